"""chibo.model.coverage: declarations of completeness, vacancies and the incumbency answer."""

from __future__ import annotations

import pendulum
import pytest

import chibo

HORIZON = pendulum.Date(2026, 1, 31)


def test_a_coverage_covers_a_day_only_surely_inside_its_period() -> None:
    coverage = chibo.Coverage(
        id="c",
        kind=chibo.CoverageKind.OFFICE,
        subject="bo-president",
        start=chibo.PartialDate.parse("1825"),
        end=chibo.PartialDate.parse("1899"),
        sources=("s",),
    )
    assert coverage.covers(pendulum.Date(1825, 1, 1), HORIZON)
    assert coverage.covers(pendulum.Date(1899, 12, 31), HORIZON)
    assert not coverage.covers(pendulum.Date(1900, 1, 1), HORIZON)
    assert coverage.describe() == "from 1825 to 1899"
    assert coverage.complete


def test_a_selection_declares_no_period() -> None:
    selection = chibo.Coverage(id="c", kind=chibo.CoverageKind.SELECTION, subject="events", sources=("s",))
    assert not selection.complete
    assert not selection.covers(pendulum.Date(2000, 1, 1), HORIZON)
    with pytest.raises(chibo.ChiboError, match="a selection declares no period"):
        chibo.Coverage(
            id="c",
            kind=chibo.CoverageKind.SELECTION,
            subject="events",
            start=chibo.PartialDate.parse("2000"),
            sources=("s",),
        )


def test_a_vacancy_leaves_out_its_hand_over_days() -> None:
    vacancy = chibo.Vacancy(
        id="v",
        office="o",
        start=chibo.PartialDate.parse("2003-10-17"),
        end=chibo.PartialDate.parse("2003-10-19"),
        reason="r",
        sources=("s",),
    )
    assert [vacancy.covers(pendulum.Date(2003, 10, d)) for d in (16, 17, 18, 19, 20)] == [
        False,
        False,
        True,
        False,
        False,
    ]


def test_an_incumbency_has_a_term_or_a_vacancy_never_both() -> None:
    answer = chibo.incumbency("foreign_minister", "BO", on="2003-10-18")
    assert answer.vacant
    assert answer.person is None
    with pytest.raises(chibo.ChiboError, match="exactly one of term and vacancy"):
        chibo.Incumbency(office="o", on=pendulum.Date(2000, 1, 1), as_of=HORIZON)
