"""Posts (offices) and who held them (terms)."""

from __future__ import annotations

import datetime

import attrs
import pendulum

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import Record, check_report_order, check_text
from chibo.model.enums import MissionRank, Role, TermEnd, TermStart, TermStatus

__all__ = ["Office", "Term", "TermReport"]


@attrs.frozen(kw_only=True)
class Office(Record):
    """A post in a country: President of Bolivia, Chile's foreign minister, ...

    ``country`` is an ISO alpha-2 code; ``single_seat`` is False for posts several
    people hold at once (deputies, ambassadors).

    Examples:
        >>> import chibo
        >>> office = chibo.get("cl-president")
        >>> office.role.value, office.label_en
        ('president', 'President of Chile')
    """

    country: str
    role: Role
    label_en: str = attrs.field(validator=check_text)
    label_es: str = attrs.field(validator=check_text)
    organization: str | None = None
    single_seat: bool = True
    abolished: PartialDate | None = None
    """When the office stopped existing (Chile's vice presidency: 1833); None if it exists."""

    @property
    def names(self) -> tuple[str, ...]:
        """The post's English and Spanish labels.

        Returns:
            ``(label_en, label_es)``.

        Examples:
            >>> import chibo
            >>> chibo.get("cl-president").names
            ('President of Chile', 'Presidente de la República de Chile')
        """
        return (self.label_en, self.label_es)


@attrs.frozen(kw_only=True)
class TermReport:
    """What one source, published on ``reported``, said of a term (e.g. announced before it began).

    Examples:
        >>> import chibo
        >>> (term,) = chibo.terms(person="jose-antonio-kast", role="president")
        >>> term.history[0].status.value
        'announced'
    """

    reported: PartialDate
    source: str
    status: TermStatus
    start: PartialDate | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class Term(Record):
    """A person holding an office from ``start`` to ``end`` (None: still in office).

    ``person`` and ``office`` are ids; dates keep their precision.

    Examples:
        >>> import chibo
        >>> term = chibo.get("term-gabriel-boric-cl-president-2022")
        >>> term.person, str(term.start), str(term.end)
        ('gabriel-boric', '2022-03-11', '2026-03-11')
    """

    person: str
    office: str
    start: PartialDate | None
    """None when no source gives the start (the term is then never assumed to cover a day)."""
    end: PartialDate | None = None
    end_unknown: bool = False
    """True when the term surely ended but no source read says when (``end`` is then None
    and does not mean "still in office"). Such a term covers no day after its start's."""
    scheduled_end: PartialDate | None = None
    """The end fixed when the term began (a constitutional period, an interim mandate).

    A term with no ``end`` is taken to run on only up to its ``scheduled_end``: past
    that day nobody is assumed to hold the post until a source says who does.
    """
    start_reason: TermStart | None = None
    end_reason: TermEnd | None = None
    acting: bool = False
    rank: MissionRank | None = None
    """For heads of mission and consular posts: the holder's rank (ambassador, minister, ...)."""
    organization: str | None = None
    """The collective body the holder presided over while holding the post (a junta), if any."""
    history: tuple[TermReport, ...] = attrs.field(default=(), validator=check_report_order)
    """Reports in publication order; a term announced before it began is known from its first report."""

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.start is not None and self.end.latest < self.start.earliest:
            raise FieldError("end", f"end {self.end} before start {self.start}")
        if self.scheduled_end is not None and self.start is not None and self.scheduled_end < self.start:
            raise FieldError("scheduled_end", f"scheduled_end {self.scheduled_end} before start {self.start}")
        if self.end is None and self.end_reason is not None and not self.end_unknown:
            raise FieldError("end_reason", "a term without an end has no end_reason")
        if self.end_unknown and self.end is not None:
            raise FieldError("end_unknown", "a term with an end cannot have an unknown end")

    def covers(self, day: pendulum.Date) -> bool:
        """Whether the person surely held the office on ``day``.

        A precise hand-over day counts for both terms (:meth:`chibo.Dataset.holder`
        answers the successor). An imprecise boundary covers no day it may stand for:
        a term ending ``"1997-08"`` does not cover 1 August 1997, since the successor may
        have taken office that day.

        Args:
            day: the day asked about.

        Returns:
            True when the term surely covers ``day``.

        Examples:
            >>> import chibo, pendulum
            >>> term = chibo.get("term-gabriel-boric-cl-president-2022")
            >>> term.covers(pendulum.Date(2026, 3, 11)), term.covers(pendulum.Date(2026, 3, 12))
            (True, False)
        """
        if self.start is None or day < self.start.latest:
            return False
        if self.end_unknown:
            return day <= self.start.earliest
        if self.end is None:
            return not self.lapsed(day)
        return day <= self.end.earliest if self.end.is_day else day < self.end.earliest

    @property
    def dates(self) -> str:
        """The term's dates as recorded, for people: ``"1976 to 1978"``, ``"1962-01-08 to an
        unknown day"`` (over, end not found), ``"from 2025-11-08"`` (still in office).

        Returns:
            The start (or ``"an unknown day"``) and the end, in words.

        Examples:
            >>> import chibo
            >>> chibo.get("term-gabriel-boric-cl-president-2022").dates
            '2022-03-11 to 2026-03-11'
        """
        start = str(self.start) if self.start is not None else "an unknown day"
        if self.end is not None:
            return f"{start} to {self.end}"
        return f"{start} to an unknown day" if self.end_unknown else f"from {start}"

    def may_overlap(self, first: datetime.date, last: datetime.date) -> bool:
        """Whether the recorded dates allow the person to have held the office on some day from
        ``first`` to ``last``, as far as the data can vouch: a term whose end is unknown counts
        only for its start, since nothing says how long it lasted.

        Args:
            first: the window's first day.
            last: the window's last day.

        Returns:
            False for a term with no start, or one the window misses.

        Examples:
            >>> import chibo, pendulum
            >>> term = chibo.get("term-fellman-velarde-bo-foreign-minister-1962")
            >>> term.may_overlap(pendulum.Date(1962, 1, 1), pendulum.Date(1962, 12, 31))
            True
            >>> term.may_overlap(pendulum.Date(1990, 1, 1), pendulum.Date(1990, 12, 31))
            False
        """
        if self.start is None or self.start.earliest > last:
            return False
        if self.end is not None:
            return self.end.latest >= first
        if self.end_unknown:
            return self.start.latest >= first
        return True

    def lapsed(self, day: pendulum.Date) -> bool:
        """Whether ``day`` is on or past the ``scheduled_end`` of a term no source has reported ended.

        The scheduled hand-over day belongs to the successor, whom no source names: from
        the first day the scheduled end may stand for, the term answers no more.

        Args:
            day: the day asked about.

        Returns:
            True when the term, still open in the data, is past its scheduled end on ``day``.

        Examples:
            >>> import chibo, pendulum
            >>> term = chibo.Term(id="t", person="p", office="o", start=chibo.PartialDate.parse("2020-11-08"),
            ...     scheduled_end=chibo.PartialDate.parse("2025-11-08"), sources=("s",))
            >>> term.lapsed(pendulum.Date(2025, 11, 7)), term.lapsed(pendulum.Date(2025, 11, 8))
            (False, True)
        """
        return (
            self.end is None
            and not self.end_unknown
            and self.scheduled_end is not None
            and day >= self.scheduled_end.earliest
        )
