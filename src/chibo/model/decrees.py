"""Decrees and what happened to them."""

from __future__ import annotations

import attrs

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import Record, check_report_order, check_text
from chibo.model.enums import DecreeStatus

__all__ = ["Decree", "DecreeReport"]


@attrs.frozen(kw_only=True)
class DecreeReport:
    """What one source, published on ``reported``, said of a decree's status.

    Examples:
        >>> import chibo
        >>> report = chibo.decree("BO", 5503).history[0]
        >>> str(report.reported), report.status.value
        ('2025-12-17', 'in_force')
    """

    reported: PartialDate
    source: str
    status: DecreeStatus
    note: str | None = None


@attrs.frozen(kw_only=True)
class Decree(Record):
    """A decree (Bolivia's *decretos supremos*, ...).

    ``country`` is an ISO alpha-2 code; ``number`` the decree's number as text;
    ``repealed_by`` the id of the decree that repealed it.

    Examples:
        >>> import chibo
        >>> decree = chibo.decree("BO", 5503)
        >>> str(decree.issued), decree.status.value, decree.repealed_by
        ('2025-12-17', 'repealed', 'bo-ds-5516')
    """

    country: str
    number: str = attrs.field(validator=check_text)
    kind: str = attrs.field(validator=check_text)
    status: DecreeStatus
    title: str | None = None
    issued: PartialDate | None = None
    issuer: str | None = None
    summary: str | None = None
    measures: tuple[str, ...] = ()
    repealed_by: str | None = None
    repealed_on: PartialDate | None = None
    history: tuple[DecreeReport, ...] = attrs.field(default=(), validator=check_report_order)

    def __attrs_post_init__(self) -> None:
        if self.repealed_on is not None and self.issued is not None and self.repealed_on < self.issued:
            raise FieldError("repealed_on", f"repealed {self.repealed_on} before issued {self.issued}")
        ended = self.status in (DecreeStatus.REPEALED, DecreeStatus.REPLACED)
        if self.repealed_on is not None and not ended:
            raise FieldError("status", f"has repealed_on but status is {self.status.value}")
        if self.history and self.history[-1].status is not self.status:
            raise FieldError("history", "the record's status must be that of its latest report")

    @property
    def names(self) -> tuple[str, ...]:
        """``"Decree 5503"``, ``"DS 5503"``, ``"Decreto Supremo 5503"``, the number alone and the title.

        Returns:
            The names search finds the decree by.

        Examples:
            >>> import chibo
            >>> chibo.decree("BO", 5503).names[:4]
            ('Decree 5503', 'DS 5503', 'Decreto Supremo 5503', '5503')
        """
        number = self.number.strip()
        labels = (f"Decree {number}", f"DS {number}", f"Decreto Supremo {number}", number)
        return (*labels, self.title) if self.title else labels
