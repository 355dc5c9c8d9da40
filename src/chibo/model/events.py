"""Events (meetings, calls, visits, strikes, rulings, ...), the reports about them, and agreements."""

from __future__ import annotations

import attrs

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import Record, check_report_order, check_text
from chibo.model.enums import AgreementKind, EventKind, EventStatus

__all__ = ["Agreement", "Event", "EventReport"]


@attrs.frozen(kw_only=True)
class EventReport:
    """What one source, published on ``reported``, said of an event at the time.

    A report that gives no ``date`` or ``place`` leaves the earlier report's in force.

    Examples:
        >>> import chibo
        >>> first = chibo.get("2026-01-15-fm-meeting-santiago").history[0]
        >>> str(first.reported), first.status.value, str(first.date)
        ('2025-12', 'planned', '2026-01')
    """

    reported: PartialDate
    source: str
    status: EventStatus
    date: PartialDate | None = None
    place: str | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class Event(Record):
    """Something that happened, or was planned to happen, on a (partial) date.

    ``history`` keeps every report in publication order (see :func:`chibo.changes`).
    The record's ``status`` is the latest report's; its ``date`` and ``place`` are
    the best current values, which may be more precise than any single report.
    ``participants`` are person ids, ``countries`` ISO alpha-2 codes.

    Examples:
        >>> import chibo
        >>> meeting = chibo.get("2026-01-15-fm-meeting-santiago")
        >>> meeting.kind.value, meeting.status.value, str(meeting.date)
        ('meeting', 'held', '2026-01-15')
    """

    kind: EventKind
    title: str = attrs.field(validator=check_text)
    status: EventStatus
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    history: tuple[EventReport, ...] = attrs.field(default=(), validator=check_report_order)

    def __attrs_post_init__(self) -> None:
        if self.end_date is not None:
            if self.date is None:
                raise FieldError("end_date", "an end date needs a start date")
            if self.end_date.latest < self.date.earliest:
                raise FieldError("end_date", f"end {self.end_date} before start {self.date}")
        if self.history and self.history[-1].status is not self.status:
            raise FieldError(
                "status",
                f"{self.status.value} differs from the latest report's {self.history[-1].status.value}",
            )

    @property
    def names(self) -> tuple[str, ...]:
        """The event's title, the one name search finds it by.

        Returns:
            ``(title,)``.

        Examples:
            >>> import chibo
            >>> chibo.get("2026-01-15-fm-meeting-santiago").names[0].startswith("Meeting of foreign ministers")
            True
        """
        return (self.title,)

    @property
    def first_reported(self) -> PartialDate | None:
        """When the dataset's sources first mentioned the event (None: no report history).

        :meth:`chibo.Dataset.as_of` knows the event from the last day this date stands for.

        Returns:
            The first report's date, at its precision, or None.

        Examples:
            >>> import chibo
            >>> str(chibo.get("2026-01-15-fm-meeting-santiago").first_reported)
            '2025-12'
        """
        return self.history[0].reported if self.history else None


@attrs.frozen(kw_only=True)
class Agreement(Record):
    """A treaty, act, memorandum, protocol or other agreement.

    ``parties`` are ISO alpha-2 codes or organization ids, ``signatories`` person ids.

    Examples:
        >>> import chibo
        >>> agreement = chibo.get("aap-27-1983")
        >>> agreement.kind.value, str(agreement.signed)
        ('agreement', '1983-04-30')
    """

    title: str = attrs.field(validator=check_text)
    kind: AgreementKind
    status: str = attrs.field(validator=check_text)
    signed: PartialDate | None = None
    place: str | None = None
    parties: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()
    event: str | None = None
    summary: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The agreement's title, the one name search finds it by.

        Returns:
            ``(title,)``.

        Examples:
            >>> import chibo
            >>> chibo.get("aap-27-1983").names[0].startswith("Partial Scope Agreement No. 27")
            True
        """
        return (self.title,)
