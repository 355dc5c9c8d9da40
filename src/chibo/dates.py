"""Dates known to the year, the month or the day, and parsing of user input.

A :class:`PartialDate` keeps exactly the precision its source gave: ``"2026"`` is
the year 2026, not 1 January 2026.

Ordering
--------
Partial dates are totally ordered by ``(year, month, day)`` where a missing month
or day counts as *before* any known one. So a coarser date sorts just before the
finer dates it contains::

    2025 < 2026 < 2026-01 < 2026-01-01 < 2026-01-15 < 2026-02

This order is what ``sorted()`` and the timeline use. It is not a statement that
"2026" happened before "2026-01-15": use :meth:`PartialDate.earliest`,
:meth:`PartialDate.latest` and :meth:`PartialDate.contains` for questions about
time.

Against a ``datetime.date`` (or ``pendulum.Date``) a partial date behaves as if the
date were the day-precision ``PartialDate`` naming it: a day-precision partial date
equals that date and hashes alike, and ordering follows the same order, so
``PartialDate.parse("2026") < date(2026, 1, 1)``. A ``datetime`` is never equal, and
ordering against it (or anything else) raises ``TypeError``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from typing import Any

import attrs
import pendulum

from chibo.errors import BadDate, FieldError

__all__ = ["DateLike", "PartialDate", "Precision", "as_day", "as_partial", "dated_key", "latest_today", "today"]


class Precision(enum.StrEnum):
    """How much of a date is known.

    Examples:
        >>> import chibo
        >>> chibo.Precision("year")
        <Precision.YEAR: 'year'>
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")

_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


def _check_parts(instance: PartialDate, attribute: Any, value: Any) -> None:
    year, month, day = instance.year, instance.month, instance.day
    if not 1 <= year <= 9999:
        raise FieldError("year", f"year {year} outside 1-9999")
    if month is None:
        if day is not None:
            raise FieldError("day", "a day needs a month")
        return
    if not 1 <= month <= 12:
        raise FieldError("month", f"month {month} outside 1-12")
    if day is not None:
        try:
            _dt.date(year, month, day)
        except ValueError:
            raise FieldError("day", f"{year:04d}-{month:02d} has no day {day}") from None


@attrs.frozen(kw_only=True, eq=False, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Examples:
        >>> d = PartialDate.parse("2026-01")
        >>> str(d), d.precision.value
        ('2026-01', 'month')
        >>> d.earliest, d.latest
        (Date(2026, 1, 1), Date(2026, 1, 31))
    """

    year: int
    month: int | None = None
    day: int | None = attrs.field(default=None, validator=_check_parts)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse reduced ISO 8601: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Args:
            text: the date; surrounding spaces are ignored.

        Returns:
            The date, at the precision written.

        Raises:
            BadDate: not such a date (``"2025-02-30"``, ``"yesterday"``, not a string).

        Examples:
            >>> PartialDate.parse("1978-03").precision.value
            'month'
        """
        if not isinstance(text, str):
            raise BadDate(f"expected a date string, got {type(text).__name__}")
        match = _ISO.fullmatch(text.strip())
        if match is None:
            raise BadDate(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g is not None else None for g in match.groups())
        assert year is not None
        try:
            return cls(year=year, month=month, day=day)
        except FieldError as exc:
            raise BadDate(f"not a date: {text!r} ({exc.message})") from None

    @classmethod
    def of(cls, value: DateLike | PartialDate) -> PartialDate:
        """Coerce a ``PartialDate``, a ``date`` (stdlib or pendulum) or an ISO string.

        Args:
            value: the date.

        Returns:
            ``value`` itself if already a ``PartialDate``, else a new one (a ``date`` gives a day).

        Raises:
            BadDate: a datetime, a malformed string or another type.

        Examples:
            >>> import datetime
            >>> PartialDate.of(datetime.date(2026, 1, 15))
            PartialDate('2026-01-15')
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, _dt.datetime):
            raise BadDate("give a date, not a datetime")
        if isinstance(value, _dt.date):
            return cls(year=value.year, month=value.month, day=value.day)
        if isinstance(value, str):
            return cls.parse(value)
        raise BadDate(f"expected a date, got {type(value).__name__}")

    @property
    def precision(self) -> Precision:
        """How precise the date is: a year, a month or a day.

        Returns:
            The :class:`Precision`.

        Examples:
            >>> PartialDate.parse("2026").precision.value
            'year'
        """
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def earliest(self) -> pendulum.Date:
        """The first day this date may stand for.

        Returns:
            A pendulum date (1 January for a year, the 1st for a month).

        Examples:
            >>> PartialDate.parse("2026").earliest
            Date(2026, 1, 1)
        """
        return pendulum.Date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> pendulum.Date:
        """The last day this date may stand for.

        Returns:
            A pendulum date (31 December for a year, the month's last day for a month).

        Examples:
            >>> PartialDate.parse("2024-02").latest
            Date(2024, 2, 29)
        """
        if self.month is None:
            return pendulum.Date(self.year, 12, 31)
        if self.day is None:
            return pendulum.Date(self.year, self.month, 1).end_of("month")
        return pendulum.Date(self.year, self.month, self.day)

    @property
    def is_day(self) -> bool:
        """Whether the date is known to the day.

        Returns:
            True for ``YYYY-MM-DD``.

        Examples:
            >>> PartialDate.parse("2026-01-15").is_day, PartialDate.parse("2026-01").is_day
            (True, False)
        """
        return self.day is not None

    def contains(self, other: DateLike | PartialDate) -> bool:
        """Whether every day ``other`` may stand for lies within this date.

        Args:
            other: a date in any form :meth:`of` accepts.

        Returns:
            True when ``other`` lies wholly inside this date.

        Examples:
            >>> PartialDate.parse("2026-01").contains("2026-01-15"), PartialDate.parse("2026-01").contains("2026")
            (True, False)
        """
        o = PartialDate.of(other)
        return self.earliest <= o.earliest and o.latest <= self.latest

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    @staticmethod
    def _key_of(other: object) -> tuple[int, int, int] | None:
        """The sort key of a partial date or a ``date`` (a day), None for anything else (a datetime too)."""
        if isinstance(other, PartialDate):
            return other._key()
        if isinstance(other, _dt.date) and not isinstance(other, _dt.datetime):
            return (other.year, other.month, other.day)
        return None

    def __eq__(self, other: object) -> bool:
        key = PartialDate._key_of(other)
        if key is None:
            return NotImplemented
        return self._key() == key

    def __hash__(self) -> int:
        if self.month is not None and self.day is not None:
            return hash(_dt.date(self.year, self.month, self.day))  # equal to the date it names: hash alike
        return hash((self.year, self.month))

    def __lt__(self, other: object) -> bool:
        key = PartialDate._key_of(other)
        return NotImplemented if key is None else self._key() < key

    def __le__(self, other: object) -> bool:
        key = PartialDate._key_of(other)
        return NotImplemented if key is None else self._key() <= key

    def __gt__(self, other: object) -> bool:
        key = PartialDate._key_of(other)
        return NotImplemented if key is None else self._key() > key

    def __ge__(self, other: object) -> bool:
        key = PartialDate._key_of(other)
        return NotImplemented if key is None else self._key() >= key

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"


DateLike = _dt.date | str
"""What the query functions accept as a date: a ``date`` (stdlib or pendulum) or an ISO string."""


_YEAR_ONE = PartialDate(year=1)


def dated_key(date: PartialDate | None, record_id: str) -> tuple[PartialDate, str]:
    """The sort key of a dated record: its date, a missing date as year 1 (so first), then its id.

    Args:
        date: the record's date (a term's start, a decree's issue date, ...), or None.
        record_id: the record's id, which breaks ties.

    Returns:
        A key that sorts by date, then id.

    Examples:
        >>> keys = [dated_key(PartialDate.parse("2020-05"), "b"), dated_key(None, "z"), dated_key(None, "a")]
        >>> [f"{d} {i}" for d, i in sorted(keys)]
        ['0001 a', '0001 z', '2020-05 b']
    """
    return (_YEAR_ONE if date is None else date, record_id)


def today() -> pendulum.Date:
    """Today's date in UTC."""
    now = _dt.datetime.now(_dt.UTC)
    return pendulum.Date(now.year, now.month, now.day)


def latest_today() -> pendulum.Date:
    """The latest calendar day anywhere on Earth now: today at UTC+14 (Kiribati's Line Islands).

    A day after this one is in the future for everybody; chibo refuses only such days
    as "future", so that ``date.today()`` works in every time zone.
    """
    now = _dt.datetime.now(_dt.UTC) + _dt.timedelta(hours=14)
    return pendulum.Date(now.year, now.month, now.day)


def as_partial(value: DateLike | PartialDate, *, what: str = "date") -> PartialDate:
    """Coerce user input naming a date of any precision (``start=``); a :class:`~chibo.BadDate` names ``what``."""
    try:
        return PartialDate.of(value)
    except BadDate as exc:
        raise BadDate(f"{what}: {exc}") from None


def as_day(value: DateLike | PartialDate, *, what: str = "date") -> pendulum.Date:
    """Coerce user input that must name one day (``on=``, ``as_of=``); a :class:`~chibo.BadDate` names ``what``."""
    partial = as_partial(value, what=what)
    if not partial.is_day:
        raise BadDate(f"{what} must be a day (YYYY-MM-DD), got {str(partial)!r}")
    return partial.earliest
