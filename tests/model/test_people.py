"""chibo.model.people: people and organizations."""

from __future__ import annotations

import pendulum
import pytest

import chibo


def _born(date: str) -> chibo.Person:
    return chibo.Person(id="x", name="X", birth_date=chibo.PartialDate.parse(date), sources=("s",))


def test_age_is_known_only_when_the_birth_date_decides_it() -> None:
    assert _born("1950-06-15").age(pendulum.Date(2000, 6, 14)) == 49
    assert _born("1950-06-15").age(pendulum.Date(2000, 6, 15)) == 50
    assert _born("1950").age_range(pendulum.Date(2000, 6, 1)) == (49, 50)
    assert _born("1950").age(pendulum.Date(2000, 6, 1)) is None
    assert _born("1950").age(pendulum.Date(2000, 12, 31)) == 50
    assert chibo.Person(id="x", name="X", sources=("s",)).age_range(pendulum.Date(2000, 1, 1)) is None


def test_names_are_the_name_then_other_names_then_aliases() -> None:
    person = chibo.Person(
        id="x", name="Jorge Quiroga", other_names=("Jorge Quiroga Ramírez",), aliases=("Tuto",), sources=("s",)
    )
    assert person.names == ("Jorge Quiroga", "Jorge Quiroga Ramírez", "Tuto")


def test_death_before_birth_is_refused() -> None:
    with pytest.raises(chibo.ChiboError, match="death before birth"):
        chibo.Person(
            id="x",
            name="X",
            birth_date=chibo.PartialDate.parse("1950"),
            death_date=chibo.PartialDate.parse("1940"),
            sources=("s",),
        )


def test_an_organization_is_found_by_its_abbreviation() -> None:
    party = chibo.Organization(
        id="mas-bo",
        name="Movimiento al Socialismo",
        abbreviation="MAS",
        kind=chibo.OrganizationKind("party"),
        sources=("s",),
    )
    assert party.names == ("Movimiento al Socialismo", "MAS")
