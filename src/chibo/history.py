"""What was known when: the dataset as of a day, and what changed between two days.

Rules (also in ``docs/concepts.md``):

* An event with a report ``history`` is known from its first report; one without
  history is known from its own date (a held event is taken to be reported when
  it happened). A record is kept by ``as_of(D)`` when that date surely falls on or
  before ``D`` (its latest possible day is ``<= D``).
* A kept event takes the status, date and place of its latest report on or before ``D``.
* Terms that began after ``D`` are dropped, unless a report announced them by ``D``
  (then they are kept, upcoming); terms that ended after ``D`` are open.
* Election rounds held after ``D`` and counts reported after ``D`` are dropped.
* Decrees issued after ``D`` are dropped; a decree's status is its latest report's.
* Relations periods that began after ``D`` are dropped; the last one kept is open.
* Agreements signed after ``D`` are dropped, and so are claims made by a source
  published after ``D``. People, organizations, offices, countries, borders and
  sources are kept: they are reference data, not news.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

import attrs
import pendulum

from chibo.dates import PartialDate
from chibo.model import (
    Claim,
    Decree,
    DecreeReport,
    Election,
    Event,
    EventReport,
    RelationsPeriod,
    Term,
    Vacancy,
)

if TYPE_CHECKING:
    from chibo.dataset import Dataset

__all__ = ["Change", "ChangeKind", "changes", "dataset_as_of"]

R = TypeVar("R", EventReport, DecreeReport)


def _known(date: PartialDate | None, day: pendulum.Date) -> bool:
    return date is not None and date.latest <= day


def _known_order(reports: tuple[R, ...]) -> tuple[R, ...]:
    """Reports in the order they became known: by the last day their date stands for.

    A report dated only ``2025-12`` is known on 31 December, after one of ``2025-12-20``.
    """
    return tuple(sorted(reports, key=lambda r: r.reported.latest))


def event_as_of(event: Event, day: pendulum.Date) -> Event | None:
    """The event as its reports published by ``day`` described it.

    A report that gives no date or place leaves the previous report's in force.
    When every report is known by ``day`` the record is returned unchanged (its
    own date and place may be more precise than any single report).
    """
    if not event.history:
        return event if _known(event.date, day) else None
    reports = tuple(r for r in _known_order(event.history) if _known(r.reported, day))
    if not reports:
        return None
    if len(reports) == len(event.history):
        return event
    date, place = None, None
    for report in reports:
        date = report.date if report.date is not None else date
        place = report.place if report.place is not None else place
    kept = tuple(r for r in event.history if _known(r.reported, day))  # publication order, as stored
    return attrs.evolve(event, history=kept, status=reports[-1].status, date=date, place=place, end_date=None)


def decree_as_of(decree: Decree, day: pendulum.Date) -> Decree | None:
    reports = tuple(r for r in _known_order(decree.history) if _known(r.reported, day))
    if (decree.history and not reports) or (not decree.history and not _known(decree.issued, day)):
        return None
    repealed = _known(decree.repealed_on, day)
    return attrs.evolve(
        decree,
        history=tuple(r for r in decree.history if _known(r.reported, day)),
        status=reports[-1].status if reports else decree.status,
        repealed_on=decree.repealed_on if repealed else None,
        repealed_by=decree.repealed_by if repealed else None,
    )


def term_as_of(term: Term, day: pendulum.Date) -> Term | None:
    if term.history:
        reports = tuple(r for r in term.history if _known(r.reported, day))
        if not reports:
            return None
        term = attrs.evolve(term, history=reports)
        if term.start is not None and not _known(term.start, day):
            # announced, not yet begun: the start is the latest report's (None if none gave it)
            start = next((r.start for r in reversed(reports) if r.start is not None), None)
            return attrs.evolve(term, start=start, end=None, end_reason=None)
    elif term.start is not None and not _known(term.start, day):
        return None
    if term.end is not None and not _known(term.end, day):
        return attrs.evolve(term, end=None, end_reason=None)
    return term


def election_as_of(election: Election, day: pendulum.Date) -> Election | None:
    rounds = []
    for round_ in election.rounds:
        if not _known(round_.date, day):
            continue
        counts = tuple(c for c in round_.counts if c.reported is None or _known(c.reported, day))
        if counts:
            rounds.append(attrs.evolve(round_, counts=counts))
    return attrs.evolve(election, rounds=tuple(rounds)) if rounds else None


def dataset_as_of(ds: Dataset, day: pendulum.Date) -> Dataset:
    """The view of ``ds`` as the sources published by ``day`` described the world.

    On or after the dataset's own ``as_of`` day the view is ``ds`` itself. Before it,
    the view's ``info.as_of`` is ``day``: that day is the view's knowledge horizon.

    Args:
        ds: the dataset.
        day: the day whose knowledge the view shows.

    Returns:
        A dataset built from the records as the sources of ``day`` described them.

    Examples:
        >>> import chibo, pendulum
        >>> view = dataset_as_of(chibo.load(), pendulum.Date(2025, 12, 23))
        >>> view.get("2026-01-15-fm-meeting-santiago").status.value
        'planned'
    """
    from chibo.dataset import Dataset

    if day >= ds.info.as_of.latest:
        return ds
    records = ds.records
    events = tuple(e for e in (event_as_of(e, day) for e in records.events) if e is not None)
    agreements = tuple(a for a in records.agreements if a.signed is None or _known(a.signed, day))
    agreement_ids = {a.id for a in agreements}
    events = tuple(attrs.evolve(e, agreements=tuple(a for a in e.agreements if a in agreement_ids)) for e in events)
    periods = sorted((p for p in records.relations if _known(p.start, day)), key=lambda p: (p.countries, p.start))
    relations: list[RelationsPeriod] = []
    for i, period in enumerate(periods):
        is_last = i + 1 == len(periods) or periods[i + 1].countries != period.countries
        relations.append(attrs.evolve(period, end=None) if is_last else period)
    sources = {s.id: s for s in records.sources}

    def claim_known(claim: Claim) -> bool:
        published = sources[claim.source].published
        return published is None or _known(published, day)

    view = attrs.evolve(
        records,
        terms=tuple(t for t in (term_as_of(t, day) for t in records.terms) if t is not None),
        elections=tuple(e for e in (election_as_of(e, day) for e in records.elections) if e is not None),
        decrees=tuple(d for d in (decree_as_of(d, day) for d in records.decrees) if d is not None),
        events=events,
        agreements=agreements,
        relations=tuple(relations),
        claims=tuple(c for c in records.claims if claim_known(c)),
        vacancies=tuple(v for v in (vacancy_as_of(v, day) for v in records.vacancies) if v is not None),
    )
    return Dataset(attrs.evolve(ds.info, as_of=PartialDate.of(day)), view, redirects=ds.redirects)


def vacancy_as_of(vacancy: Vacancy, day: pendulum.Date) -> Vacancy | None:
    """A vacancy that began by ``day``; one that ended after ``day`` is open."""
    if not _known(vacancy.start, day):
        return None
    if vacancy.end is not None and not _known(vacancy.end, day):
        return attrs.evolve(vacancy, end=None)
    return vacancy


class ChangeKind(enum.StrEnum):
    """What a :class:`Change` changed: the first report of a record, or its status, date or place.

    Examples:
        >>> import chibo
        >>> chibo.ChangeKind("first_reported")
        <ChangeKind.FIRST_REPORTED: 'first_reported'>
    """

    FIRST_REPORTED = "first_reported"
    STATUS = "status"
    DATE = "date"
    PLACE = "place"


@attrs.frozen(kw_only=True)
class Change:
    """One change in what the sources said, and the report that made it.

    ``reported`` is the report's date, ``record`` the changed record's id, ``source``
    the report's source; ``before`` and ``after`` are the values as text (None: none).

    Examples:
        >>> import chibo
        >>> found = chibo.changes("2025-12-01", "2025-12-31")
        >>> first = next(c for c in found if c.record == "2026-01-15-fm-meeting-santiago")
        >>> first.kind.value, first.after
        ('first_reported', 'planned')
    """

    reported: PartialDate
    kind: ChangeKind
    record: str
    source: str
    before: str | None
    after: str | None


def _text(value: object) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


_FIELDS = (ChangeKind.STATUS, ChangeKind.DATE, ChangeKind.PLACE)


def _steps(
    record: str, reported: PartialDate, source: str, before: tuple[object, ...] | None, after: tuple[object, ...]
) -> Iterator[Change]:
    """The changes from one state (status, date, place) to the next; ``before`` None: first reported."""
    if before is None:
        yield Change(
            reported=reported,
            kind=ChangeKind.FIRST_REPORTED,
            record=record,
            source=source,
            before=None,
            after=_text(after[0]),
        )
        before = (after[0], *(None for _ in after[1:]))
    for kind, old, new in zip(_FIELDS, before, after, strict=False):
        if old != new:
            yield Change(
                reported=reported, kind=kind, record=record, source=source, before=_text(old), after=_text(new)
            )


def _event_changes(event: Event) -> Iterator[Change]:
    """Each report's change, in order; the stream ends on the record's own values (what
    :func:`event_as_of` shows once every report is known). A first report also gives the
    date and place it named, as changes from nothing."""
    if not event.history:
        if event.date is not None:
            yield from _steps(event.id, event.date, event.sources[0], None, (event.status, event.date, event.place))
        return
    previous: tuple[object, ...] | None = None
    date: PartialDate | None = None
    place: str | None = None
    history = _known_order(event.history)
    for report in history:
        # A report that gives no date or place leaves the previous one in force, as in event_as_of.
        date = report.date if report.date is not None else date
        place = report.place if report.place is not None else place
        current = (report.status, date, place)
        yield from _steps(event.id, report.reported, report.source, previous, current)
        previous = current
    last = history[-1]
    yield from _steps(event.id, last.reported, last.source, previous, (event.status, event.date, event.place))


def _decree_changes(decree: Decree) -> Iterator[Change]:
    """A decree's first report and each change of status; one without reports is known from its issue date."""
    if not decree.history:
        if decree.issued is not None:
            yield from _steps(decree.id, decree.issued, decree.sources[0], None, (decree.status,))
        return
    previous: tuple[object, ...] | None = None
    for report in _known_order(decree.history):
        current = (report.status,)
        yield from _steps(decree.id, report.reported, report.source, previous, current)
        previous = current


def changes(ds: Dataset, since: pendulum.Date, until: pendulum.Date) -> tuple[Change, ...]:
    """Changes that became known in ``[since, until]``: what turns ``as_of(since - 1 day)`` into ``as_of(until)``.

    A report is known from the last day its (possibly partial) date stands for, the same
    rule :func:`dataset_as_of` applies: a report dated ``2025-12`` is known on 31 December.

    Args:
        ds: the dataset.
        since: the first day, included.
        until: the last day, included.

    Returns:
        The changes in the order they became known (first reports before what follows them).

    Examples:
        >>> import chibo, pendulum
        >>> found = changes(chibo.load(), pendulum.Date(2026, 1, 14), pendulum.Date(2026, 1, 16))
        >>> ("2026-01-15-fm-meeting-santiago", "held") in {(c.record, c.after) for c in found}
        True
    """
    found: list[Change] = []
    for event in ds.records.events:
        found.extend(_event_changes(event))
    for decree in ds.records.decrees:
        found.extend(_decree_changes(decree))
    kept = [c for c in found if since <= c.reported.latest <= until]
    order = {kind: i for i, kind in enumerate(ChangeKind)}  # first_reported before what follows it
    return tuple(sorted(kept, key=lambda c: (c.reported.latest, c.reported, c.record, order[c.kind])))
