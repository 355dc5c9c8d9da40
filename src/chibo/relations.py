"""Relations between two countries over time: contiguity of the periods, and the index behind the queries."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import pendulum

from chibo import model
from chibo._arguments import normalize_pair, whole_number
from chibo.dates import DateLike, PartialDate, as_day, latest_today, today
from chibo.errors import BadDate, NotCovered, NotFound, OutOfRange, Problem

if TYPE_CHECKING:  # created with the first period read: a dataset without relations needs neither
    from chibo.model.relations import RelationsPeriod, RelationsStatus

__all__ = ["RelationsIndex", "contiguity_problems"]


def _by_pair(periods: Iterable[RelationsPeriod]) -> dict[tuple[str, ...], list[RelationsPeriod]]:
    by_pair: dict[tuple[str, ...], list[RelationsPeriod]] = defaultdict(list)
    for period in periods:
        by_pair[period.countries].append(period)
    for found in by_pair.values():
        found.sort(key=lambda p: (p.start, p.id))
    return by_pair


def contiguity_problems(periods: Iterable[RelationsPeriod]) -> Iterator[Problem]:
    """Each pair's periods must follow one another without gap or overlap, the latest open."""
    for pair, ordered in sorted(_by_pair(periods).items()):
        for earlier, later in itertools.pairwise(ordered):
            if earlier.end != later.start:
                yield Problem(
                    file="relations.json",
                    record=later.id,
                    path="$.start",
                    message=f"{'-'.join(pair)} periods not contiguous: {earlier.id} ends "
                    f"{earlier.end or 'never'}, {later.id} starts {later.start}",
                )
        if ordered and ordered[-1].end is not None:
            yield Problem(
                file="relations.json",
                record=ordered[-1].id,
                path="$.end",
                message=f"the latest {'-'.join(pair)} period must be open (end null)",
            )


class RelationsIndex:
    """Periods by country pair, with the first day of each, for lookups by day in O(log n)."""

    __slots__ = ("_pairs",)

    def __init__(self, periods: Iterable[RelationsPeriod]) -> None:
        self._pairs = {
            pair: ([p.start.earliest for p in ordered], tuple(ordered)) for pair, ordered in _by_pair(periods).items()
        }

    def _find(self, between: Iterable[str]) -> tuple[tuple[str, str], list[pendulum.Date], tuple[RelationsPeriod, ...]]:
        pair = normalize_pair(between)
        found = self._pairs.get(pair)
        if found is None:
            raise NotFound(
                "-".join(pair),
                kind="relations",
                message=f"the dataset holds no relations between {pair[0]} and {pair[1]}",
            )
        return pair, found[0], found[1]

    def history(self, between: Iterable[str]) -> tuple[RelationsPeriod, ...]:
        """The ordered, contiguous periods of relations between two countries."""
        return self._find(between)[2]

    def status(self, when: int | DateLike | PartialDate | None, between: Iterable[str]) -> RelationsStatus:
        """The level on a day, a year's 31 December (today for the current year), a month's last
        day (today for the current month), or today (None).

        A year is an int, any integral number (``numpy.int64``) or a string of digits.
        """
        pair, starts, periods = self._find(between)
        now = today()
        year = whole_number(when)
        if year is None and isinstance(when, str) and when.strip().isdigit():
            year = int(when.strip())  # a year as a string of digits: "1976"
        if when is None:
            day = now
        elif isinstance(when, bool):
            raise BadDate(f"when: not a year or a date: {when!r}")
        elif year is not None:
            if not 1 <= year <= 9999:
                raise OutOfRange(f"year {year} is outside 1-9999")
            day = now if year == now.year else pendulum.Date(year, 12, 31)
        elif isinstance(when, str) and re.fullmatch(r"\s*\d{4}-\d{1,2}\s*", when):
            month = PartialDate.parse(when.strip())  # a month: its last day, as a year is its 31 December
            day = now if month.earliest <= now <= month.latest else month.latest
        else:
            assert not isinstance(when, int)  # an int is a year, above
            day = as_day(when, what="when")
        if day > now and day > latest_today():
            raise NotCovered(
                f"{day} is in the future; the dataset covers {periods[0].start} to today",
                subject="-".join(pair),
                coverage=f"from {periods[0].start}",
            )
        position = bisect.bisect_right(starts, day) - 1
        if position < 0:
            raise NotCovered(
                f"{day} is before the dataset's coverage, which starts {periods[0].start}",
                subject="-".join(pair),
                coverage=f"from {periods[0].start}",
            )
        period = periods[position]
        return model.RelationsStatus(
            countries=pair,
            on=day,
            level=period.level,
            start=period.start,
            end=period.end,
            period=period.id,
            cause=period.cause,
            sources=period.sources,
            certain=not (_before_start(period.start, day) or _from_end(period.end, day)),
        )


def _before_start(start: PartialDate, day: pendulum.Date) -> bool:
    """The period may not have begun by ``day`` (its start is imprecise and may fall later)."""
    return not start.is_day and day < start.latest


def _from_end(end: PartialDate | None, day: pendulum.Date) -> bool:
    """The period may already have ended by ``day`` (its end is imprecise and may fall earlier)."""
    return end is not None and not end.is_day and day >= end.earliest
