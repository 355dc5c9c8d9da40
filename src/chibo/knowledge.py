"""Declared coverage and the knowledge horizon: when a question may be answered at all.

The rules (also in ``docs/knowledge.md``):

* An office question (``holder``, ``terms(role=..., on=...)``) about a day is answered
  only when a coverage record of that office covers the day. Otherwise
  :class:`~chibo.NotCovered` names what is covered.
* An election question (``election``, ``elections(country, year)``) is answered only
  for years inside the country's declared election coverage.
* The horizon: the dataset's ``as_of`` day. A day after it is answered only from a term
  whose ``scheduled_end`` (fixed by law when it began) lies on or after that day: the
  answer is then a scheduled one, and says so. Any other question about a later day
  raises :class:`~chibo.NotCovered`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pendulum

from chibo.dates import PartialDate
from chibo.errors import NotCovered
from chibo.model.enums import CoverageKind

if TYPE_CHECKING:
    from chibo.model import Coverage, Office

__all__ = ["CoverageIndex", "elections_subject"]


def elections_subject(country: str) -> str:
    """The subject string used in messages for a country's elections: ``"elections:BO"``."""
    return f"elections:{country}"


class CoverageIndex:
    """Coverage records by (kind, subject), and the horizon (the dataset's as-of day)."""

    __slots__ = ("_by_subject", "declared", "horizon")

    def __init__(self, coverage: Iterable[Coverage], horizon: pendulum.Date) -> None:
        self.declared = tuple(sorted(coverage, key=lambda c: (c.kind.value, c.subject, c.start or "", c.id)))
        self.horizon = horizon
        by_subject: dict[tuple[CoverageKind, str], list[Coverage]] = defaultdict(list)
        for record in self.declared:
            by_subject[(record.kind, record.subject)].append(record)
        self._by_subject = {key: tuple(value) for key, value in by_subject.items()}

    def of(self, kind: CoverageKind, subject: str) -> tuple[Coverage, ...]:
        """The coverage records of one subject, earliest first (empty when none is declared)."""
        return self._by_subject.get((kind, subject), ())

    def describe(self, kind: CoverageKind, subject: str) -> str | None:
        """``"from 1990-03-11"``, or None when nothing is declared.

        Periods that touch (one ends the day the next starts) are described as one;
        separate periods are joined by ``"; "``.
        """
        found = sorted(self.of(kind, subject), key=lambda c: c.start.earliest if c.start else self.horizon)
        if not found:
            return None
        spans: list[list[PartialDate | None]] = []
        for record in found:
            if spans and spans[-1][1] is not None and record.start is not None and record.start <= spans[-1][1]:
                spans[-1][1] = record.end if record.end is None or spans[-1][1] < record.end else spans[-1][1]
            else:
                spans.append([record.start, record.end])
        return "; ".join(f"from {a}" + (f" to {b}" if b is not None else "") for a, b in spans)

    def office_covers(self, office: Office, day: pendulum.Date) -> bool:
        """Whether every holder of ``office`` on ``day`` is in the data (``day`` within the horizon)."""
        return day <= self.horizon and any(c.covers(day, self.horizon) for c in self.of(CoverageKind.OFFICE, office.id))

    def require_office(self, office: Office, day: pendulum.Date) -> None:
        """Raise :class:`NotCovered` unless :meth:`office_covers`; the message names the coverage."""
        if self.office_covers(office, day):
            return
        what = f"{office.role.value} of {office.country} ({office.id})"
        described = self.describe(CoverageKind.OFFICE, office.id)
        if day > self.horizon:
            message = (
                f"{day} is after the data's as-of day {self.horizon}, and no term of the {what} "
                "is scheduled by law to run then"
            )
        elif described is None:
            message = f"the {what} is not covered: the dataset does not claim to hold its holders"
        else:
            message = f"the {what} is covered {described}; {day} is outside"
        raise NotCovered(message, subject=office.id, coverage=described)

    def elections_cover(self, country: str, year: int | None = None) -> bool:
        """Whether every presidential election of ``country`` held in ``year`` is in the data
        (with no year: whether any period of its elections is declared)."""
        if year is None:
            return bool(self.of(CoverageKind.ELECTIONS, country))
        if year > self.horizon.year:
            return False
        for record in self.of(CoverageKind.ELECTIONS, country):
            assert record.start is not None
            end = record.end.year if record.end is not None else self.horizon.year
            if record.start.year <= year <= end:
                return True
        return False

    def require_elections(self, country: str, year: int | None = None) -> None:
        """Raise :class:`NotCovered` unless :meth:`elections_cover`."""
        if self.elections_cover(country, year):
            return
        subject = elections_subject(country)
        described = self.describe(CoverageKind.ELECTIONS, country)
        if year is not None and year > self.horizon.year:
            message = f"{year} is after the data's as-of day {self.horizon}"
        elif described is None:
            message = f"the presidential elections of {country} are not covered"
        else:
            message = f"the presidential elections of {country} are covered {described}; {year} is outside"
        raise NotCovered(message, subject=subject, coverage=described)
