"""Diplomatic relations between two countries: the levels, the periods and the answer of a status query."""

from __future__ import annotations

import enum

import attrs
import pendulum

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import Record, check_country_pair, check_text

__all__ = ["RelationsLevel", "RelationsPeriod", "RelationsStatus"]


class RelationsLevel(enum.StrEnum):
    """Level of diplomatic representation between two countries.

    Examples:
        >>> import chibo
        >>> chibo.RelationsLevel("none")
        <RelationsLevel.NONE: 'none'>
    """

    NONE = "none"
    CONSULAR = "consular"
    CHARGE_D_AFFAIRES = "charge_d_affaires"
    MINISTER = "minister"
    AMBASSADOR = "ambassador"

    @property
    def cow_code(self) -> int:
        """Correlates of War Diplomatic Exchange code.

        0 no diplomatic representation (consular-only relations included),
        1 chargé d'affaires, 2 minister, 3 ambassador.
        """
        return _COW[self]


_COW = {
    RelationsLevel.NONE: 0,
    RelationsLevel.CONSULAR: 0,
    RelationsLevel.CHARGE_D_AFFAIRES: 1,
    RelationsLevel.MINISTER: 2,
    RelationsLevel.AMBASSADOR: 3,
}


@attrs.frozen(kw_only=True)
class RelationsPeriod(Record):
    """Relations between two countries held at one ``level`` from ``start`` to ``end``.

    ``end`` is None for the current period. Periods of one pair are contiguous: each
    ends on the date (at the precision) the next one starts.

    Examples:
        >>> import chibo
        >>> period = chibo.relations_history()[-1]
        >>> period.level.value, str(period.start), period.end
        ('consular', '1978-03-17', None)
    """

    countries: tuple[str, ...] = attrs.field(validator=check_country_pair)
    level: RelationsLevel
    start: PartialDate
    end: PartialDate | None = None
    cause: str = attrs.field(validator=check_text)
    start_event: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise FieldError("end", f"end {self.end} before start {self.start}")

    @property
    def cow_code(self) -> int:
        """The Correlates of War Diplomatic Exchange code of the period's level (0-3).

        Returns:
            0 none or consular, 1 chargé d'affaires, 2 minister, 3 ambassador.

        Examples:
            >>> import chibo
            >>> chibo.relations_history()[-1].cow_code
            0
        """
        return self.level.cow_code


@attrs.frozen(kw_only=True)
class RelationsStatus:
    """The answer of :func:`chibo.relations_status`: the level on one day and where it comes from.

    ``period`` is the id of the relations period the day falls in.

    Examples:
        >>> import chibo
        >>> status = chibo.relations_status("1976-06-01")
        >>> status.level.value, status.period, status.certain
        ('ambassador', 'bo-cl-1975-ambassador', True)
    """

    countries: tuple[str, ...]
    on: pendulum.Date
    level: RelationsLevel
    start: PartialDate
    end: PartialDate | None
    period: str
    cause: str
    sources: tuple[str, ...]
    certain: bool
    """False when ``on`` falls inside the imprecise boundary of a period (e.g. a change known only to the month)."""

    @property
    def cow_code(self) -> int:
        """Correlates of War Diplomatic Exchange code (0 none/consular, 1 chargé, 2 minister, 3 ambassador).

        Returns:
            The code, 0-3.

        Examples:
            >>> import chibo
            >>> chibo.relations_status(1976).cow_code
            3
        """
        return self.level.cow_code

    @property
    def duration(self) -> pendulum.Interval[pendulum.Date]:
        """How long relations had been at this level on ``on`` (from the period's earliest start).

        Returns:
            A pendulum interval; ``.in_days()`` gives whole days.

        Examples:
            >>> import chibo
            >>> chibo.relations_status("1976-06-01").duration.in_days()
            479
        """
        return pendulum.Interval(self.start.earliest, self.on)
