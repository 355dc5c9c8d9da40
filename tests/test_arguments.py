"""What every public query accepts: years, wrong types, reversed windows (chibo._arguments).

The tables walk the public query functions of ``chibo`` (the same walk as
``test_dataset.py``), so a new query or a new argument is checked without a new test.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import numpy
import pytest

import chibo
from chibo._arguments import as_year, whole_number

from .test_dataset import public_queries

VALID: dict[str, dict[str, Any]] = {
    "changes": {"since": "2026-01-01", "until": "2026-01-31"},
    "claims": {},
    "country": {"code": "BO"},
    "coverage": {},
    "decree": {"country": "BO", "number": "5503"},
    "decrees": {},
    "election": {"country": "BO", "year": 2005},
    "elections": {},
    "events": {},
    "get": {"record_id": "evo-morales"},
    "holder": {"role": "president", "country": "BO", "on": "2006-06-01"},
    "incumbency": {"role": "president", "country": "BO", "on": "2006-06-01"},
    "last_meeting": {},
    "meetings": {},
    "office_for": {"role": "president", "country": "BO"},
    "person": {"record_id": "evo-morales"},
    "relations_history": {},
    "relations_status": {},
    "resolve": {"record_id": "andres-faye"},
    "search": {"text": "paz"},
    "source": {"record_id": "src-instantaneas-20251217-paz-elimina"},
    "sources_of": {"record": chibo.get("BO")},
    "sources_of_ids": {"source_ids": ["src-instantaneas-20251217-paz-elimina"]},
    "terms": {},
    "timeline": {"start": "2026-01-01", "end": "2026-01-31"},
}
"""Arguments with which each query answers, to change one at a time."""

YEAR_ARGUMENTS = [("elections", "year"), ("election", "year"), ("events", "year"), ("meetings", "year")]
"""Every argument that is a year (``relations_status(when)`` takes a year or a day: below)."""


class Index:
    """An integral number that is no int: what ``numpy.int64`` and friends offer."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


WRONG_TYPES: list[object] = [object(), 2.5, [object()], b"BO", {"a": 1}]
"""Values of no type any query argument takes."""


def test_every_query_has_valid_arguments_in_the_table() -> None:
    assert set(VALID) == set(public_queries())
    for name, arguments in VALID.items():
        getattr(chibo, name)(**arguments)  # each answers (a NotFound would say the table is stale)


def test_every_year_argument_is_in_the_table() -> None:
    found = {
        (name, parameter)
        for name in public_queries()
        for parameter in inspect.signature(getattr(chibo, name)).parameters
        if parameter == "year"
    }
    assert found == set(YEAR_ARGUMENTS)


@pytest.mark.parametrize(("name", "parameter"), YEAR_ARGUMENTS)
@pytest.mark.parametrize("year", [2025, numpy.int64(2025), Index(2025), "2025", " 2025 "])
def test_a_year_is_an_int_an_integral_number_or_digits(name: str, parameter: str, year: object) -> None:
    query: Callable[..., Any] = getattr(chibo, name)
    country = {"country": "BO"} if name in {"election", "elections"} else {}
    assert query(**{**country, parameter: year}) == query(**{**country, parameter: 2025})
    if name != "election":
        assert query(**{**country, parameter: year})  # something to compare: 2025 has answers


@pytest.mark.parametrize(("name", "parameter"), YEAR_ARGUMENTS)
@pytest.mark.parametrize("year", [True, 2025.0, 2025.5, "20x5", "", "MMXXV", 0, 10000, -1])
def test_anything_else_is_not_a_year(name: str, parameter: str, year: object) -> None:
    country = {"country": "BO"} if name in {"election", "elections"} else {}
    with pytest.raises(chibo.InvalidQuery, match=parameter):
        getattr(chibo, name)(**{**country, parameter: year})


@pytest.mark.parametrize("year", [1976, numpy.int64(1976), numpy.int32(1976), Index(1976), "1976"])
def test_relations_status_takes_a_year_in_every_form(year: object) -> None:
    status = chibo.relations_status(year)  # type: ignore[arg-type]
    assert status == chibo.relations_status(1976)
    assert str(status.on) == "1976-12-31"
    assert status.level.value == "ambassador"


def test_issue_cases_for_years() -> None:
    assert chibo.elections(year="2025") == chibo.elections(year=2025) != ()
    assert chibo.election("BO", "2025").id == "bo-2025-general"
    assert chibo.relations_status(numpy.int64(1976)).level.value == "ambassador"  # type: ignore[arg-type]


def _wrong_type_cases() -> list[tuple[str, str, object]]:
    return [
        (name, parameter, value)
        for name in public_queries()
        for parameter in inspect.signature(getattr(chibo, name)).parameters
        for value in WRONG_TYPES
    ]


@pytest.mark.parametrize(("name", "parameter", "value"), _wrong_type_cases())
def test_a_wrong_type_is_an_invalid_query_naming_the_argument(name: str, parameter: str, value: object) -> None:
    """Never a raw TypeError, AttributeError or IndexError."""
    with pytest.raises(chibo.InvalidQuery) as caught:
        getattr(chibo, name)(**{**VALID[name], parameter: value})
    message = str(caught.value)
    assert parameter in message or parameter.replace("_", " ") in message, message


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: chibo.get(None), "record_id"),  # type: ignore[arg-type]
        (lambda: chibo.search(None), "text"),  # type: ignore[arg-type]
        (lambda: chibo.search("paz", limit=2.5), "limit"),  # type: ignore[arg-type]
        (lambda: chibo.election("BO", 2025).round(3.0), "round"),  # type: ignore[arg-type]
        (lambda: chibo.timeline("2026-01-16", "2026-01-14"), "window"),
        (lambda: chibo.timeline("2026-02", "2026-01"), "window"),
        (lambda: chibo.changes("2026-01-16", "2026-01-14"), "since"),
        (lambda: chibo.holder("president", "BO", on=20060601), "on"),  # type: ignore[arg-type]
        (lambda: chibo.events(between=["BO", 5]), "between"),  # type: ignore[list-item]
    ],
)
def test_issue_cases_for_wrong_input(call: Callable[[], object], match: str) -> None:
    with pytest.raises(chibo.InvalidQuery, match=match):
        call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: chibo.timeline("2026-01-16", "2026-01-14"), "starts 2026-01-16, after it ends 2026-01-14"),
        (lambda: chibo.load().timeline("2026-01-16", "2026-01-14"), "starts 2026-01-16, after it ends 2026-01-14"),
        (lambda: chibo.changes("2026-01-16", "2026-01-14"), "since 2026-01-16 is after until 2026-01-14"),
        (lambda: chibo.load().changes("2026-01-16", "2026-01-14"), "since 2026-01-16 is after until 2026-01-14"),
    ],
)
def test_a_reversed_window_is_an_invalid_query(call: Callable[[], object], message: str) -> None:
    with pytest.raises(chibo.InvalidQuery) as caught:
        call()
    assert message in str(caught.value)


def test_a_window_of_one_day_is_not_reversed() -> None:
    assert chibo.timeline("2026-01-15", "2026-01-15")
    chibo.changes("2026-01-15", "2026-01-15")


@pytest.mark.parametrize(
    ("value", "number"),
    [(5, 5), (numpy.int64(5), 5), (Index(5), 5), (True, None), (5.0, None), ("5", None), (None, None)],
)
def test_whole_number(value: object, number: int | None) -> None:
    assert whole_number(value) == number


def test_as_year_names_the_argument() -> None:
    assert as_year(numpy.uint16(1999), "since_year") == 1999
    with pytest.raises(chibo.InvalidQuery, match="since_year"):
        as_year(1999.5, "since_year")


@pytest.mark.parametrize("year", [2026, numpy.int64(2026), "2026"])
def test_a_timeline_window_may_be_years(year: Any) -> None:
    assert chibo.timeline(year, year) == chibo.timeline("2026-01-01", "2026-12-31")
    assert chibo.timeline(year, year)


DATASET_ONLY: list[tuple[str, tuple[Any, ...], str]] = [
    ("resolve", (None,), "record_id"),
    ("resolve", (5,), "record_id"),
    ("person", (5,), "record_id"),
    ("source", ([],), "record_id"),
    ("country", (5,), "country"),
    ("office_for", (5, "BO"), "role"),
    ("office_for", ("president", 5), "country"),
    ("sources_of", (5,), "sources_of"),
    ("sources_of_ids", (5,), "source_ids"),
    ("sources_of_ids", ("src-x",), "source_ids"),
    ("file_of", ([],), "record_id"),
    ("as_of", (5,), "as_of"),
]
"""The methods only a Dataset has, with a wrong argument each."""


@pytest.mark.parametrize(("method", "args", "name"), DATASET_ONLY)
def test_dataset_methods_refuse_wrong_types_by_name(
    ds: chibo.Dataset, method: str, args: tuple[Any, ...], name: str
) -> None:
    with pytest.raises(chibo.InvalidQuery, match=name):
        getattr(ds, method)(*args)


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("jefe de estado", chibo.Role.PRESIDENT),
        ("Head of State", chibo.Role.PRESIDENT),
        ("mandataria", chibo.Role.PRESIDENT),
        ("vicecanciller", chibo.Role.VICE_MINISTER),
        ("Minister of Foreign Affairs", chibo.Role.FOREIGN_MINISTER),
        ("senadora", chibo.Role.SENATOR),
    ],
)
def test_other_names_of_roles(word: str, role: chibo.Role) -> None:
    from chibo._arguments import vocabulary

    assert vocabulary(chibo.Role, word, "role") is role
