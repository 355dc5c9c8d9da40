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
    """What one source, published on ``reported``, said of an event at the time."""

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
        return (self.title,)

    @property
    def first_reported(self) -> PartialDate | None:
        """When the dataset's sources first mentioned the event (None: no report history)."""
        return self.history[0].reported if self.history else None


@attrs.frozen(kw_only=True)
class Agreement(Record):
    """A treaty, act, memorandum, protocol or other agreement."""

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
        return (self.title,)
