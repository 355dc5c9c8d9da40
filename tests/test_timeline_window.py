"""The timeline's indexed window returns exactly what a full scan would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chibo import PartialDate
from chibo.chronology import EntryKind, Timeline, TimelineEntry

from .strategies import partial_dates


def _entry(date: PartialDate, i: int) -> TimelineEntry:
    return TimelineEntry(date=date, kind=EntryKind.EVENT, record=f"e{i}", title="t", countries=("BO",))


@given(st.lists(partial_dates, max_size=60), st.none() | partial_dates, st.none() | partial_dates)
def test_window_equals_scan(dates: list[PartialDate], start: PartialDate | None, end: PartialDate | None) -> None:
    entries = tuple(sorted((_entry(d, i) for i, d in enumerate(dates)), key=TimelineEntry.sort_key))
    low = start.earliest if start is not None else None
    high = end.latest if end is not None else None
    expected = tuple(
        e for e in entries if (low is None or e.date.latest >= low) and (high is None or e.date.earliest <= high)
    )
    assert Timeline(entries).window(low, high) == expected


def test_year_precision_entry_before_the_window_start_is_kept() -> None:
    entries = (_entry(PartialDate(year=2025), 0), _entry(PartialDate(year=2025, month=3, day=1), 1))
    found = Timeline(entries).window(PartialDate(year=2025, month=12, day=31).earliest, None)
    assert [e.record for e in found] == ["e0"]
