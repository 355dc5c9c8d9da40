"""chibo.names: the search index and how people write names and decree numbers."""

from __future__ import annotations

import pytest

import chibo


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Kast", "jose-antonio-kast"),
        ("5503", "bo-ds-5503"),
        ("Decreto Supremo 5503", "bo-ds-5503"),
        ("DS 5503", "bo-ds-5503"),
        ("D.S. N° 5503", "bo-ds-5503"),
        ("tuto", "jorge-quiroga"),
        ("BO", "BO"),
    ],
)
def test_a_name_code_or_number_ranks_its_record_first(query: str, first: str) -> None:
    assert chibo.search(query)[0].id == first


def test_a_person_comes_before_the_events_that_mention_them() -> None:
    found = [type(r).__name__ for r in chibo.search("Kast", limit=5)]
    assert found[0] == "Person"


def test_a_substring_inside_a_word_is_found_below_word_starts() -> None:
    found = [r.id for r in chibo.search("mayo")]
    assert "fernando-aramayo" in found
    assert found.index("fernando-aramayo") > 0


@pytest.mark.parametrize("number", ["5503", 5503, " 5503", "DS 5503", "D.S. N° 5503", "Decreto Supremo 5503"])
def test_decree_numbers_as_people_write_them(number: str | int) -> None:
    assert chibo.decree("BO", number).id == "bo-ds-5503"


def test_a_decree_number_that_is_not_one_is_refused() -> None:
    with pytest.raises(chibo.InvalidQuery):
        chibo.decree("BO", "five")
