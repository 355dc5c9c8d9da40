"""What the dataset claims to hold completely (coverage) and the recorded vacancies of offices."""

from __future__ import annotations

import attrs
import pendulum

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import Record, check_text
from chibo.model.enums import CoverageKind
from chibo.model.offices import Term

__all__ = ["Coverage", "Incumbency", "Vacancy"]


@attrs.frozen(kw_only=True)
class Coverage(Record):
    """A declaration of completeness: over ``[start, end]`` the dataset holds every fact of ``subject``.

    ``subject`` is an office id (kind ``office``), a country code (``elections``: every
    presidential election of that country), a pair ``"BO-CL"`` (``relations``) or a
    collection name (``selection``: never complete; ``start`` and ``end`` are then None).
    ``end`` None means "up to the dataset's as-of day". Dates keep their precision: a
    coverage declared from ``"1825"`` covers a day only from 1 January 1825 on, and
    one ending ``"1899"`` up to 31 December 1899.

    Examples:
        >>> import chibo
        >>> latest = chibo.coverage(kind="office", subject="cl-president")[-1]
        >>> str(latest.start), latest.end
        ('1990-03-11', None)
    """

    kind: CoverageKind
    subject: str = attrs.field(validator=check_text)
    start: PartialDate | None = None
    end: PartialDate | None = None

    def __attrs_post_init__(self) -> None:
        if self.kind is CoverageKind.SELECTION:
            if self.start is not None or self.end is not None:
                raise FieldError("start", "a selection declares no period")
            return
        if self.start is None:
            raise FieldError("start", f"a coverage of kind {self.kind.value} needs a start")
        if self.end is not None and self.end.latest < self.start.earliest:
            raise FieldError("end", f"end {self.end} before start {self.start}")

    @property
    def complete(self) -> bool:
        """False for a selection (events, decrees, agreements), True otherwise.

        Returns:
            Whether the record declares completeness.

        Examples:
            >>> import chibo
            >>> chibo.coverage(kind="office", subject="cl-president")[-1].complete
            True
        """
        return self.kind is not CoverageKind.SELECTION

    def covers(self, day: pendulum.Date, horizon: pendulum.Date) -> bool:
        """Whether ``day`` lies surely inside the period; an open end runs to ``horizon`` (the as-of day).

        Args:
            day: the day asked about.
            horizon: the last day an open period runs to (the dataset's as-of day).

        Returns:
            True when ``day`` is surely covered.

        Examples:
            >>> import chibo, pendulum
            >>> coverage = chibo.coverage(kind="office", subject="cl-president")[-1]
            >>> coverage.covers(pendulum.Date(2000, 1, 1), horizon=pendulum.Date(2026, 1, 1))
            True
            >>> coverage.covers(pendulum.Date(1980, 1, 1), horizon=pendulum.Date(2026, 1, 1))
            False
        """
        if self.start is None:
            return False
        end = self.end.latest if self.end is not None else horizon
        return self.start.earliest <= day <= end

    def describe(self) -> str:
        """``"from 1990-03-11"`` or ``"from 1825 to 1899-04-12"``: the period in words.

        Returns:
            The period as text (``"a selection, not complete"`` for a selection).

        Examples:
            >>> import chibo
            >>> chibo.coverage(kind="office", subject="cl-president")[-1].describe()
            'from 1990-03-11'
        """
        if self.start is None:
            return "a selection, not complete"
        return f"from {self.start}" + (f" to {self.end}" if self.end is not None else "")


@attrs.frozen(kw_only=True)
class Vacancy(Record):
    """A period inside an office's coverage when, by its sources, nobody held the office.

    ``end`` None means the office is still vacant. The hand-over days follow the terms'
    rule: the vacancy begins on the day the last holder left and ends on the day the
    next one took office.

    Examples:
        >>> import chibo
        >>> vacancy = chibo.get("vacancy-bo-foreign-minister-2003")
        >>> vacancy.office, str(vacancy.start), str(vacancy.end)
        ('bo-foreign-minister', '2003-10-17', '2003-10-19')
    """

    office: str
    start: PartialDate
    end: PartialDate | None = None
    reason: str = attrs.field(validator=check_text)

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end.latest < self.start.earliest:
            raise FieldError("end", f"end {self.end} before start {self.start}")

    def covers(self, day: pendulum.Date) -> bool:
        """Whether the office was surely vacant on ``day`` (hand-over days excluded).

        Args:
            day: the day asked about.

        Returns:
            True when nobody held the office on ``day``.

        Examples:
            >>> import chibo, pendulum
            >>> vacancy = chibo.get("vacancy-bo-foreign-minister-2003")
            >>> [vacancy.covers(pendulum.Date(2003, 10, d)) for d in (17, 18, 19)]
            [False, True, False]
        """
        if day <= self.start.latest:
            return False
        return self.end is None or day < self.end.earliest


@attrs.frozen(kw_only=True)
class Incumbency:
    """The answer of :meth:`chibo.Dataset.incumbency`: who held an office on a day, or that it was vacant.

    Exactly one of ``term`` and ``vacancy`` is set. ``scheduled`` is True when ``on``
    lies after the data's ``as_of`` day and the answer rests on the term's
    ``scheduled_end`` (the end fixed by law), not on a report that the holder was in office.

    Examples:
        >>> import chibo
        >>> answer = chibo.incumbency("president", "CL", on="2023-01-01")
        >>> answer.person, answer.vacant, answer.scheduled
        ('gabriel-boric', False, False)
    """

    office: str
    on: pendulum.Date
    term: Term | None = None
    vacancy: Vacancy | None = None
    scheduled: bool = False
    as_of: pendulum.Date
    co_holders: tuple[Term, ...] = ()
    """Terms of others who held the office with the same junta that day (co-presidents)."""

    def __attrs_post_init__(self) -> None:
        if (self.term is None) == (self.vacancy is None):
            raise FieldError("term", "exactly one of term and vacancy must be set")

    @property
    def person(self) -> str | None:
        """The holder's person id, None when the office was vacant.

        Returns:
            A person id, or None.

        Examples:
            >>> import chibo
            >>> chibo.incumbency("president", "CL", on="2023-01-01").person
            'gabriel-boric'
        """
        return self.term.person if self.term is not None else None

    @property
    def vacant(self) -> bool:
        """Whether nobody held the office that day (a recorded vacancy).

        Returns:
            True when ``vacancy`` is set.

        Examples:
            >>> import chibo
            >>> chibo.incumbency("foreign_minister", "BO", on="2003-10-18").vacant
            True
        """
        return self.vacancy is not None
