"""One chronological list of what happened: events, terms, election rounds, decrees, relations changes."""

from __future__ import annotations

import bisect
import enum
import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import attrs
import pendulum

from chibo import model
from chibo._arguments import date_or_year
from chibo.dates import PartialDate
from chibo.errors import InvalidQuery

if TYPE_CHECKING:
    from chibo._layout import RecordType
    from chibo.dates import DateLike

__all__ = ["EntryKind", "ShippedTimeline", "Timeline", "TimelineEntry", "build_timeline", "window_bounds"]


class EntryKind(enum.StrEnum):
    """What a :class:`TimelineEntry` marks: an event, a term starting or ending, a round, a decree, ...

    Examples:
        >>> import chibo
        >>> chibo.EntryKind("event")
        <EntryKind.EVENT: 'event'>
    """

    EVENT = "event"
    TERM_START = "term_start"
    TERM_END = "term_end"
    ELECTION_ROUND = "election_round"
    DECREE_ISSUED = "decree_issued"
    DECREE_REPEALED = "decree_repealed"
    RELATIONS_CHANGE = "relations_change"


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated line of a timeline, pointing at the record it comes from.

    ``record`` is the id of that record, ``countries`` ISO alpha-2 codes, ``status``
    the event's or decree's status where there is one.

    Examples:
        >>> import chibo
        >>> entry = chibo.timeline("1978-03-17", "1978-03-17")[-1]
        >>> str(entry.date), entry.kind.value, entry.record
        ('1978-03-17', 'relations_change', 'bo-cl-1978-consular')
    """

    date: PartialDate
    kind: EntryKind
    record: str
    title: str
    countries: tuple[str, ...]
    status: str | None = None

    def sort_key(self) -> tuple[PartialDate, int, str]:
        """The timeline's order: by date, then by kind (in :class:`EntryKind` order), then record id.

        Returns:
            A key for :func:`sorted`.

        Examples:
            >>> import chibo
            >>> entries = chibo.timeline("2025-10", "2025-12")
            >>> [e.sort_key() for e in entries] == sorted(e.sort_key() for e in entries)
            True
        """
        return (self.date, _KIND_ORDER[self.kind], self.record)


_KIND_ORDER = {kind: i for i, kind in enumerate(EntryKind)}


def build_timeline(
    records: Mapping[str, tuple[RecordType, ...]], index: Mapping[str, RecordType]
) -> tuple[TimelineEntry, ...]:
    """Every dated entry of the dataset, sorted (see :class:`~chibo.PartialDate` for the order)."""
    entries = sorted(_entries(records, index), key=TimelineEntry.sort_key)
    return tuple(entries)


_LONGEST_SPAN = 366  # days a date may stand for at most (a year)


class Timeline:
    """The sorted entries with an index on their first possible day, for windows in O(log n + k).

    In :class:`~chibo.PartialDate` order the first possible day never decreases, so
    the entries that may start by ``high`` are a prefix; the last possible day is at
    most a year after the first, so the entries that may end on or after ``low`` all
    lie past the first entry that may start a year before ``low``.
    """

    __slots__ = ("_first_days", "entries")

    def __init__(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.entries = entries
        self._first_days = [entry.date.earliest.toordinal() for entry in entries]

    def window(self, low: pendulum.Date | None, high: pendulum.Date | None) -> tuple[TimelineEntry, ...]:
        """The entries whose days may overlap ``[low, high]`` (either bound may be open)."""
        stop = len(self.entries) if high is None else bisect.bisect_right(self._first_days, high.toordinal())
        if low is None:
            return self.entries[:stop]
        begin = bisect.bisect_left(self._first_days, low.toordinal() - _LONGEST_SPAN, 0, stop)
        return tuple(entry for entry in self.entries[begin:stop] if entry.date.latest >= low)


class ShippedTimeline:
    """The bundled data's timeline as shipped (``chibo._bundled_timeline``): a window's entries only are built.

    One line an entry, in the timeline's order: the ordinal of its first possible day
    in seven digits, a space, and a JSON array of its date, kind, record, title,
    countries and status (``tools/datafmt.py`` writes it from :func:`build_timeline`;
    the tests compare the two). Seven digits compare as the numbers do, so the lines
    are bisected as :class:`Timeline` bisects its days, and :meth:`window` answers as
    :meth:`Timeline.window` does.

    Args:
        text: the lines (``chibo._bundled_timeline.TIMELINE``).

    Examples:
        >>> import pendulum
        >>> line = '0722160 ["1978-03-17", "event", "x", "A break", ["BO", "CL"], "held"]'
        >>> [e.record for e in ShippedTimeline(line).window(pendulum.Date(1978, 3, 1), None)]
        ['x']
    """

    __slots__ = ("_lines",)

    def __init__(self, text: str) -> None:
        self._lines = [line for line in text.split("\n") if line]

    def window(self, low: pendulum.Date | None, high: pendulum.Date | None) -> tuple[TimelineEntry, ...]:
        """The entries whose days may overlap ``[low, high]`` (either bound may be open).

        Args:
            low: the window's first day (None: open).
            high: the window's last day (None: open).

        Returns:
            The entries, in the timeline's order.

        Examples:
            >>> import pendulum
            >>> shipped = ShippedTimeline('0722144 ["1978-03", "event", "x", "A break", ["BO"], null]')
            >>> march, february = pendulum.Date(1978, 3, 31), pendulum.Date(1978, 2, 28)
            >>> len(shipped.window(march, None)), len(shipped.window(None, february))
            (1, 0)
        """
        lines = self._lines
        # "~" sorts after the space that ends the digits: every line of the day ``high`` is kept.
        stop = len(lines) if high is None else bisect.bisect_right(lines, f"{high.toordinal():07d}~")
        begin = 0 if low is None else bisect.bisect_left(lines, f"{low.toordinal() - _LONGEST_SPAN:07d}", 0, stop)
        entries = tuple(map(_shipped_entry, lines[begin:stop]))
        if low is None:
            return entries
        return tuple(entry for entry in entries if entry.date.latest >= low)


def _shipped_entry(line: str) -> TimelineEntry:
    date, kind, record, title, countries, status = json.loads(line[8:])
    return TimelineEntry(
        date=PartialDate.parse(date),
        kind=EntryKind(kind),
        record=record,
        title=title,
        countries=tuple(countries),
        status=status,
    )


def window_bounds(
    start: DateLike | PartialDate | int | None, end: DateLike | PartialDate | int | None
) -> tuple[pendulum.Date | None, pendulum.Date | None]:
    """The first and last day of a timeline's window, None where it is open.

    Args:
        start: the window's start, of any precision, or a year.
        end: the window's end, likewise.

    Returns:
        ``(first day, last day)``.

    Raises:
        InvalidQuery: a window that ends before it starts, or a malformed date.

    Examples:
        >>> window_bounds("2025-10", 2025)
        (Date(2025, 10, 1), Date(2025, 12, 31))
    """
    low = date_or_year(start, "start").earliest if start is not None else None
    high = date_or_year(end, "end").latest if end is not None else None
    if low is not None and high is not None and low > high:
        raise InvalidQuery(f"the window starts {low}, after it ends {high}")
    return low, high


def _name(index: Mapping[str, RecordType], record_id: str) -> str:
    record = index.get(record_id)
    if isinstance(record, model.Person):
        return record.name
    if isinstance(record, model.Office):
        return record.label_en
    return record_id


def _entries(records: Mapping[str, tuple[RecordType, ...]], index: Mapping[str, RecordType]) -> Iterator[TimelineEntry]:
    for event in records.get("events", ()):
        assert isinstance(event, model.Event)
        if event.date is not None:
            yield TimelineEntry(
                date=event.date,
                kind=EntryKind.EVENT,
                record=event.id,
                title=event.title,
                countries=event.countries,
                status=event.status.value,
            )
    for term in records.get("terms", ()):
        assert isinstance(term, model.Term)
        office = index.get(term.office)
        countries = (office.country,) if isinstance(office, model.Office) else ()
        who, post = _name(index, term.person), _name(index, term.office)
        acting = " (acting)" if term.acting else ""
        if term.start is not None:
            yield TimelineEntry(
                date=term.start,
                kind=EntryKind.TERM_START,
                record=term.id,
                title=f"{who} takes office as {post}{acting}",
                countries=countries,
            )
        if term.end is not None:
            how = f" ({term.end_reason.value})" if term.end_reason else ""
            yield TimelineEntry(
                date=term.end,
                kind=EntryKind.TERM_END,
                record=term.id,
                title=f"{who} leaves office as {post}{how}",
                countries=countries,
            )
    for election in records.get("elections", ()):
        assert isinstance(election, model.Election)
        for round_ in election.rounds:
            label = "first round" if round_.number == 1 else f"round {round_.number}"
            yield TimelineEntry(
                date=round_.date,
                kind=EntryKind.ELECTION_ROUND,
                record=election.id,
                title=f"{election.title}: {label}",
                countries=(election.country,),
            )
    for decree in records.get("decrees", ()):
        assert isinstance(decree, model.Decree)
        label = decree.title or f"Decree {decree.number}"
        if decree.issued is not None:
            yield TimelineEntry(
                date=decree.issued,
                kind=EntryKind.DECREE_ISSUED,
                record=decree.id,
                title=f"{label} issued",
                countries=(decree.country,),
                status=decree.status.value,
            )
        if decree.repealed_on is not None:
            yield TimelineEntry(
                date=decree.repealed_on,
                kind=EntryKind.DECREE_REPEALED,
                record=decree.id,
                title=f"{label} {decree.status.value}",
                countries=(decree.country,),
                status=decree.status.value,
            )
    for period in records.get("relations", ()):
        assert isinstance(period, model.RelationsPeriod)
        yield TimelineEntry(
            date=period.start,
            kind=EntryKind.RELATIONS_CHANGE,
            record=period.id,
            title=f"{'-'.join(period.countries)} relations: {period.level.value.replace('_', ' ')} ({period.cause})",
            countries=period.countries,
        )
