from __future__ import annotations

import datetime as dt
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chibo import BadDate, PartialDate, Precision
from chibo.dates import as_day


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2026", Precision.YEAR, (2026, 1, 1), (2026, 12, 31)),
        ("2026-01", Precision.MONTH, (2026, 1, 1), (2026, 1, 31)),
        ("2024-02", Precision.MONTH, (2024, 2, 1), (2024, 2, 29)),
        ("2026-01-15", Precision.DAY, (2026, 1, 15), (2026, 1, 15)),
    ],
)
def test_parse_keeps_precision(
    text: str, precision: Precision, earliest: tuple[int, int, int], latest: tuple[int, int, int]
) -> None:
    d = PartialDate.parse(text)
    assert str(d) == text
    assert d.precision is precision
    assert d.earliest == pendulum.Date(*earliest)
    assert d.latest == pendulum.Date(*latest)
    assert isinstance(d.earliest, pendulum.Date)


def test_year_is_not_first_of_january() -> None:
    assert PartialDate.parse("2026") != PartialDate.parse("2026-01-01")
    assert PartialDate.parse("2026").month is None


@pytest.mark.parametrize("text", ["", "26", "2026-13", "2026-02-30", "2026-1-5", "2026-01-01T00:00", "abcd", "0000"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(BadDate):
        PartialDate.parse(text)


def test_order_puts_coarser_first() -> None:
    texts = ["2026-02", "2026-01-15", "2026", "2025", "2026-01", "2026-01-01"]
    ordered = [str(d) for d in sorted(PartialDate.parse(t) for t in texts)]
    assert ordered == ["2025", "2026", "2026-01", "2026-01-01", "2026-01-15", "2026-02"]


def test_of_accepts_dates_and_rejects_datetimes() -> None:
    assert PartialDate.of(dt.date(2025, 12, 22)) == PartialDate.parse("2025-12-22")
    assert PartialDate.of(pendulum.Date(2025, 12, 22)) == PartialDate.parse("2025-12-22")
    with pytest.raises(BadDate):
        PartialDate.of(dt.datetime(2025, 12, 22, 10, 0))
    with pytest.raises(BadDate):
        as_day("2025-12")


def test_contains() -> None:
    assert PartialDate.parse("2026").contains("2026-03-11")
    assert PartialDate.parse("2026-01").contains("2026-01")
    assert not PartialDate.parse("2026-01").contains("2026")


partial_dates = st.builds(
    lambda d, precision: PartialDate(
        year=d.year, month=d.month if precision > 0 else None, day=d.day if precision > 1 else None
    ),
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(0, 2),
)


@given(partial_dates)
def test_str_parse_round_trip(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d


@given(partial_dates)
def test_earliest_not_after_latest_and_contained(d: PartialDate) -> None:
    assert d.earliest <= d.latest
    assert d.contains(d)
    assert d.contains(d.earliest)
    assert d.contains(d.latest)


@given(partial_dates, partial_dates)
def test_order_is_total_and_consistent(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) + (a == b) + (a > b) == 1
    assert (a <= b) == (not a > b)
    if a.precision is b.precision:
        assert (a < b) == (a.earliest < b.earliest)


days = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31))


@given(days)
def test_a_day_equals_the_date_it_names_and_hashes_alike(day: dt.date) -> None:
    partial = PartialDate.of(day)
    for other in (day, pendulum.Date(day.year, day.month, day.day)):
        assert partial == other
        assert other == partial
        assert (partial != other) is False
        assert hash(partial) == hash(other)
    assert len({partial, day}) == 1
    found: dict[object, str] = {day: "found"}
    assert found[partial] == "found"


@given(partial_dates, days)
def test_only_a_day_equals_a_date(partial: PartialDate, day: dt.date) -> None:
    same_day = partial.is_day and partial.earliest == day
    assert (partial == day) is same_day
    assert (day == partial) is same_day
    assert (partial != day) is not same_day


@given(partial_dates, days)
def test_ordering_against_a_date_is_the_order_of_partial_dates(partial: PartialDate, day: dt.date) -> None:
    """A date is compared as the day-precision PartialDate naming it, from either side."""
    as_partial = PartialDate.of(day)
    assert (partial < day) == (partial < as_partial) == (day > partial)
    assert (partial <= day) == (partial <= as_partial) == (day >= partial)
    assert (partial > day) == (partial > as_partial) == (day < partial)
    assert (partial >= day) == (partial >= as_partial) == (day <= partial)
    assert (partial < day) + (partial == day) + (partial > day) == 1


def test_sorting_dates_and_partial_dates_together() -> None:
    mixed: list[Any] = [
        dt.date(2026, 1, 15),
        PartialDate.parse("2026-01"),
        PartialDate.parse("2026"),
        dt.date(2025, 12, 31),
    ]
    assert [str(d) for d in sorted(mixed)] == ["2025-12-31", "2026", "2026-01", "2026-01-15"]


@pytest.mark.parametrize("other", [dt.datetime(2026, 1, 15), "2026-01-15", 2026, None])
def test_a_datetime_or_anything_else_is_never_equal_nor_ordered(other: object) -> None:
    partial = PartialDate.parse("2026-01-15")
    assert partial != other
    with pytest.raises(TypeError):
        assert partial < other
    with pytest.raises(TypeError):
        assert other >= partial
