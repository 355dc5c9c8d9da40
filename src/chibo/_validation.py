"""Checks that need the whole dataset: unique ids, references, overlapping terms, gaps in relations."""

from __future__ import annotations

import datetime as _dt
import itertools
from collections import defaultdict
from collections.abc import Iterator, Mapping

import attrs
import pendulum

from chibo._layout import RecordType
from chibo.dates import PartialDate
from chibo.errors import Problem
from chibo.model import (
    Agreement,
    Border,
    Claim,
    Count,
    Country,
    CountStage,
    Coverage,
    CoverageKind,
    Decree,
    DecreeReport,
    DecreeStatus,
    Election,
    Event,
    EventReport,
    EventStatus,
    Office,
    Organization,
    Person,
    RelationsPeriod,
    RoundKind,
    Source,
    Term,
    TermReport,
    Vacancy,
)
from chibo.model.claims import verdict_for
from chibo.relations import contiguity_problems

__all__ = ["check_dataset"]

# What a reference must point at: collection names.
_ANY = ("*",)


def _references(record: RecordType) -> Iterator[tuple[str, tuple[str, ...], str]]:
    """Yield ``(path, allowed collections, referenced id)`` for every reference in ``record``."""
    if isinstance(record, Source):
        return
    for i, source in enumerate(record.sources):
        yield f"$.sources[{i}]", ("sources",), source
    for i, alt in enumerate(record.alternatives):
        for j, source in enumerate(alt.sources):
            yield f"$.alternatives[{i}].sources[{j}]", ("sources",), source
    match record:
        case Country():
            pass
        case Border():
            for i, cc in enumerate(record.countries):
                yield f"$.countries[{i}]", ("countries",), cc
            for i, length in enumerate(record.lengths):
                for j, source in enumerate(length.sources):
                    yield f"$.lengths[{i}].sources[{j}]", ("sources",), source
        case Person():
            for i, cc in enumerate(record.nationalities):
                yield f"$.nationalities[{i}]", ("countries",), cc
        case Organization():
            if record.country is not None:
                yield "$.country", ("countries",), record.country
        case Office():
            yield "$.country", ("countries",), record.country
            if record.organization is not None:
                yield "$.organization", ("organizations",), record.organization
        case Term():
            yield "$.person", ("people",), record.person
            yield "$.office", ("offices",), record.office
            if record.organization is not None:
                yield "$.organization", ("organizations",), record.organization
            for i, term_report in enumerate(record.history):
                yield f"$.history[{i}].source", ("sources",), term_report.source
        case Election():
            yield "$.country", ("countries",), record.country
            for r, round_ in enumerate(record.rounds):
                for c, count in enumerate(round_.counts):
                    base = f"$.rounds[{r}].counts[{c}]"
                    yield f"{base}.source", ("sources",), count.source
                    for a, alt in enumerate(count.alternatives):
                        for j, source in enumerate(alt.sources):
                            yield f"{base}.alternatives[{a}].sources[{j}]", ("sources",), source
                    for k, result in enumerate(count.results):
                        yield f"{base}.results[{k}].candidate", ("people",), result.candidate
                        for j, source in enumerate(result.sources):
                            yield f"{base}.results[{k}].sources[{j}]", ("sources",), source
                        if result.party is not None:
                            yield f"{base}.results[{k}].party", ("organizations",), result.party
        case Decree():
            yield "$.country", ("countries",), record.country
            if record.issuer is not None:
                yield "$.issuer", ("people",), record.issuer
            if record.repealed_by is not None:
                yield "$.repealed_by", ("decrees",), record.repealed_by
            for i, report in enumerate(record.history):
                yield f"$.history[{i}].source", ("sources",), report.source
        case Event():
            for i, person in enumerate(record.participants):
                yield f"$.participants[{i}]", ("people",), person
            for i, org in enumerate(record.organizations):
                yield f"$.organizations[{i}]", ("organizations",), org
            for i, cc in enumerate(record.countries):
                yield f"$.countries[{i}]", ("countries",), cc
            for i, agreement in enumerate(record.agreements):
                yield f"$.agreements[{i}]", ("agreements",), agreement
            for i, event_report in enumerate(record.history):
                yield f"$.history[{i}].source", ("sources",), event_report.source
        case Agreement():
            for i, party in enumerate(record.parties):
                yield f"$.parties[{i}]", ("countries", "organizations"), party
            for i, person in enumerate(record.signatories):
                yield f"$.signatories[{i}]", ("people",), person
            if record.event is not None:
                yield "$.event", ("events",), record.event
        case RelationsPeriod():
            for i, cc in enumerate(record.countries):
                yield f"$.countries[{i}]", ("countries",), cc
            if record.start_event is not None:
                yield "$.start_event", ("events",), record.start_event
        case Coverage():
            if record.kind is CoverageKind.OFFICE:
                yield "$.subject", ("offices",), record.subject
            elif record.kind is CoverageKind.ELECTIONS:
                yield "$.subject", ("countries",), record.subject
        case Vacancy():
            yield "$.office", ("offices",), record.office
        case Claim():
            yield "$.source", ("sources",), record.source
            for i, target in enumerate(record.about):
                yield f"$.about[{i}]", _ANY, target
            for i, source in enumerate(record.evidence):
                yield f"$.evidence[{i}]", ("sources",), source


def check_dataset(
    records: Mapping[str, tuple[RecordType, ...]],
    *,
    unparsed: frozenset[str] = frozenset(),
    as_of: PartialDate | None = None,
    unreadable: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every fault that spans records, in a stable order.

    References to ``unparsed`` ids (records that failed to load, already reported)
    are not reported as dangling, nor references into ``unreadable`` collections (a file
    that could not be read at all, reported once). With ``as_of`` (the dataset's date), nothing may
    have been published or reported after it.
    """
    problems: list[Problem] = []
    where: dict[str, str] = {}
    for collection, items in records.items():
        for record in items:
            if record.id in where:
                problems.append(
                    Problem(
                        file=f"{collection}.json",
                        record=record.id,
                        path="$.id",
                        message=f"duplicate id (also in {where[record.id]}.json)",
                    )
                )
            else:
                where[record.id] = collection

    for collection, items in records.items():
        for record in items:
            for path, allowed, target in _references(record):
                found = where.get(target)
                if found is None and (
                    target in unparsed or unreadable.intersection(allowed) or (allowed == _ANY and unreadable)
                ):
                    continue  # the target's record or whole file failed to load, and was reported
                if found is None or (allowed != _ANY and found not in allowed):
                    expected = "any record" if allowed == _ANY else " or ".join(allowed)
                    problems.append(
                        Problem(
                            file=f"{collection}.json",
                            record=record.id,
                            path=path,
                            message=f"{target!r} is not a known id in {expected}",
                        )
                    )

    problems.extend(_overlapping_terms(records))
    if as_of is not None:
        problems.extend(_coverage_gaps(records, as_of.latest))
    problems.extend(_lifespans(records))
    problems.extend(_claims_against_records(records))
    problems.extend(_decree_problems(records))
    problems.extend(_count_problems(records))
    problems.extend(_record_problems(records))
    problems.extend(_more_record_problems(records))
    if as_of is not None:
        problems.extend(_future_facts(records, as_of))
    problems.extend(contiguity_problems(p for p in records.get("relations", ()) if isinstance(p, RelationsPeriod)))
    if as_of is not None:
        problems.extend(_after_as_of(records, as_of))
    return problems


def _report_dates(record: RecordType) -> Iterator[tuple[str, PartialDate]]:
    """``(path, date)`` of every publication or report date a record holds."""
    match record:
        case Source() if record.published is not None:
            yield "$.published", record.published
        case Event() | Decree() | Term():
            reports: tuple[EventReport | DecreeReport | TermReport, ...] = record.history
            for i, report in enumerate(reports):
                yield f"$.history[{i}].reported", report.reported
        case Election():
            for r, round_ in enumerate(record.rounds):
                for c, count in enumerate(round_.counts):
                    if count.reported is not None:
                        yield f"$.rounds[{r}].counts[{c}].reported", count.reported


def _after_as_of(records: Mapping[str, tuple[RecordType, ...]], as_of: PartialDate) -> Iterator[Problem]:
    for collection, items in records.items():
        for record in items:
            for path, date in _report_dates(record):
                if date.earliest > as_of.latest:
                    yield Problem(
                        file=f"{collection}.json",
                        record=record.id,
                        path=path,
                        message=f"{date} is after the dataset's as_of {as_of}",
                    )


def _overlapping_terms(records: Mapping[str, tuple[RecordType, ...]]) -> Iterator[Problem]:
    single = {o.id for o in records.get("offices", ()) if isinstance(o, Office) and o.single_seat}
    by_office: dict[str, list[Term]] = defaultdict(list)
    for term in records.get("terms", ()):
        if isinstance(term, Term) and term.office in single and term.start is not None:
            by_office[term.office].append(term)
    for office, terms in sorted(by_office.items()):
        # by the latest day each may have begun: a term known to the year ("1926") sorts after one
        # that began on a day of that year, so only a definite overlap is reported
        terms.sort(key=lambda t: ((t.start or PartialDate(year=1)).latest, t.id))
        for earlier, later in itertools.pairwise(terms):
            assert later.start is not None
            # Definite overlap only: the later term surely began before the earlier surely ended.
            if earlier.end_unknown:
                continue
            if earlier.organization is not None and earlier.organization == later.organization:
                continue  # co-presidents of one junta (Bolivia 1965: Barrientos and Ovando)
            assert earlier.start is not None
            later_ends_after = later.end is None or earlier.start.latest < later.end.earliest
            if earlier.end is None or (later.start.latest < earlier.end.earliest and later_ends_after):
                ends = "has no end" if earlier.end is None else f"ends {earlier.end}"
                yield Problem(
                    file="terms.json",
                    record=later.id,
                    path="$.start",
                    message=f"overlaps {earlier.id} in single-seat office {office} "
                    f"(starts {later.start}; {earlier.id} {ends})",
                )


def _span(start: PartialDate, end: PartialDate | None, limit: pendulum.Date) -> tuple[pendulum.Date, pendulum.Date]:
    """The widest days a term or vacancy may stand for: an open one runs to ``limit``."""
    return start.earliest, (end.latest if end is not None else limit)


def _coverage_gaps(records: Mapping[str, tuple[RecordType, ...]], as_of: pendulum.Date) -> Iterator[Problem]:
    """Inside each office's declared coverage, terms and vacancies leave no day unaccounted for.

    Boundaries are compared at their precision: a term ending ``"1841-09"`` and the next
    starting ``"1841-09"`` are contiguous (the hand-over day is not known, and
    :meth:`~chibo.Dataset.holder` says so for that month).
    """
    spans: dict[str, list[tuple[pendulum.Date, pendulum.Date, str]]] = defaultdict(list)
    for term in records.get("terms", ()):
        if isinstance(term, Term) and term.start is not None and not term.end_unknown:
            end = term.end
            limit = as_of
            if end is None and term.scheduled_end is not None and term.scheduled_end.earliest <= as_of:
                limit = term.scheduled_end.earliest - _dt.timedelta(days=1)
            spans[term.office].append((*_span(term.start, end, limit), term.id))
    for vacancy in records.get("vacancies", ()):
        if isinstance(vacancy, Vacancy):
            spans[vacancy.office].append((*_span(vacancy.start, vacancy.end, as_of), vacancy.id))
    for coverage in records.get("coverage", ()):
        if not isinstance(coverage, Coverage) or coverage.kind is not CoverageKind.OFFICE:
            continue
        assert coverage.start is not None
        low = coverage.start.earliest
        high = min(coverage.end.latest if coverage.end is not None else as_of, as_of)
        reached = low - _dt.timedelta(days=1)
        last = None
        for first, final, record_id in sorted(spans.get(coverage.subject, ())):
            if final < low or first > high:
                continue
            if first > reached + _dt.timedelta(days=1):
                yield _gap(coverage, reached + _dt.timedelta(days=1), first - _dt.timedelta(days=1), last)
            if final > reached:
                reached, last = final, record_id
        if reached < high:
            yield _gap(coverage, reached + _dt.timedelta(days=1), high, last)


def _gap(coverage: Coverage, first: pendulum.Date, final: pendulum.Date, after: str | None) -> Problem:
    where = f" after {after}" if after else ""
    return Problem(
        file="coverage.json",
        record=coverage.id,
        path="$.start",
        message=f"{coverage.subject} has no term or vacancy from {first} to {final}{where}, "
        f"inside its declared coverage ({coverage.describe()})",
    )


def _lifespans(records: Mapping[str, tuple[RecordType, ...]]) -> Iterator[Problem]:
    """A person is born before each of their terms begins, and dies after it begins (and, if it ended, not before)."""
    people = {p.id: p for p in records.get("people", ()) if isinstance(p, Person)}
    for term in records.get("terms", ()):
        if not isinstance(term, Term) or term.start is None:
            continue
        person = people.get(term.person)
        if person is None:
            continue
        if person.birth_date is not None and person.birth_date.earliest > term.start.latest:
            yield Problem(
                file="terms.json",
                record=term.id,
                path="$.start",
                message=f"starts {term.start}, before {person.id} was born ({person.birth_date})",
            )
        if person.death_date is not None:
            if person.death_date.latest < term.start.earliest:
                yield Problem(
                    file="terms.json",
                    record=term.id,
                    path="$.start",
                    message=f"starts {term.start}, after {person.id} died ({person.death_date})",
                )
            elif term.end is None and not term.end_unknown:
                yield Problem(
                    file="terms.json",
                    record=term.id,
                    path="$.end",
                    message=f"has no end, but {person.id} died {person.death_date}",
                )
            elif term.end is not None and person.death_date.latest < term.end.earliest:
                yield Problem(
                    file="terms.json",
                    record=term.id,
                    path="$.end",
                    message=f"ends {term.end}, after {person.id} died ({person.death_date})",
                )


def _claims_against_records(records: Mapping[str, tuple[RecordType, ...]]) -> Iterator[Problem]:
    """Claims and records tell one story: a claim with a ``check`` has the verdict the data gives."""
    by_id = {r.id: r for items in records.values() for r in items}
    for claim in records.get("claims", ()):
        if not isinstance(claim, Claim) or claim.check is None:
            continue
        target = by_id.get(claim.check.record)
        if target is None:
            yield Problem(
                file="claims.json",
                record=claim.id,
                path="$.check.record",
                message=f"{claim.check.record!r} is not a known id",
            )
            continue
        try:
            computed = verdict_for(claim.check, target)
        except AttributeError:
            yield Problem(
                file="claims.json",
                record=claim.id,
                path="$.check.field",
                message=f"{type(target).__name__} {target.id} has no field {claim.check.field!r}",
            )
            continue
        if computed is not claim.verdict:
            yield Problem(
                file="claims.json",
                record=claim.id,
                path="$.verdict",
                message=f"{claim.verdict.value}, but the data gives {computed.value} "
                f"({target.id}.{claim.check.field} is {getattr(target, claim.check.field)!s})",
            )


def _decree_problems(records: Mapping[str, tuple[RecordType, ...]]) -> Iterator[Problem]:
    """Repeals that cannot be: by itself, in a cycle, by another country's decree or a later one;
    ``in_force`` with ``repealed_by``; two decrees of one country with one number."""
    decrees = {d.id: d for d in records.get("decrees", ()) if isinstance(d, Decree)}
    numbers: dict[tuple[str, str], str] = {}
    for decree in decrees.values():

        def problem(path: str, message: str, decree: Decree = decree) -> Problem:
            return Problem(file="decrees.json", record=decree.id, path=path, message=message)

        key = (decree.country, decree.number.strip())
        if key in numbers:
            yield problem("$.number", f"decree {key[0]} {key[1]} is also {numbers[key]}")
        else:
            numbers[key] = decree.id
        by = decree.repealed_by
        if by is None:
            continue
        if decree.status is DecreeStatus.IN_FORCE:
            yield problem("$.status", f"in_force, but repealed by {by}")
        if by == decree.id:
            yield problem("$.repealed_by", "a decree cannot repeal itself")
            continue
        other = decrees.get(by)
        if other is None:
            continue
        if other.country != decree.country:
            yield problem("$.repealed_by", f"repealed by {by}, a decree of {other.country}")
        when = decree.repealed_on
        if when is not None and other.issued is not None and other.issued.earliest > when.latest:
            yield problem("$.repealed_by", f"repealed on {when} by {by}, issued later ({other.issued})")
        seen = {decree.id}
        current: Decree | None = other
        while current is not None and current.repealed_by is not None:
            if current.repealed_by in seen:
                yield problem("$.repealed_by", f"a cycle of repeals through {current.id}")
                break
            seen.add(current.id)
            current = decrees.get(current.repealed_by)


def _count_problems(records: Mapping[str, tuple[RecordType, ...]]) -> Iterator[Problem]:
    """A count's figures agree (issue 12): shares sum to about 100 (at most 100 when candidates are
    missing), no candidate has more votes than the valid total, and valid votes do not exceed the
    registered (the votes cast are checked with the other cross-record rules)."""
    for election in records.get("elections", ()):
        if not isinstance(election, Election):
            continue
        for r, round_ in enumerate(election.rounds):
            if round_.kind is not RoundKind.POPULAR:
                continue
            for c, count in enumerate(round_.counts):
                base = f"$.rounds[{r}].counts[{c}]"

                def problem(path: str, message: str, election: Election = election) -> Problem:
                    return Problem(file="elections.json", record=election.id, path=path, message=message)

                shares = [x.share for x in count.results]
                if all(x is not None for x in shares) and (count.coverage is None or count.coverage >= 99):
                    total = sum(x for x in shares if x is not None)
                    if total > 100.6 or (count.complete and count.stage is CountStage.OFFICIAL and total < 99.4):
                        yield problem(f"{base}.results", f"shares sum to {total:.2f}, not about 100")
                for k, result in enumerate(count.results):
                    if result.votes is not None and count.valid is not None and result.votes > count.valid:
                        yield problem(f"{base}.results[{k}].votes", f"{result.votes} votes, above {count.valid} valid")
                if count.valid is not None and count.registered is not None and count.valid > count.registered:
                    yield problem(f"{base}.valid", f"{count.valid} valid votes, above {count.registered} registered")
            yield from _officials_disagree(election, r, round_.counts)


def _officials_disagree(election: Election, r: int, counts: tuple[Count, ...]) -> Iterator[Problem]:
    """Several reports of a round's official count give the same figures (issue 12): a source
    that tabulates it differently belongs in the results' ``alternatives``."""
    first: dict[str, tuple[int | None, float | None]] = {}
    for c, count in enumerate(counts):
        if count.stage is not CountStage.OFFICIAL:
            continue
        for k, result in enumerate(count.results):
            seen = first.get(result.candidate)
            if seen is None:
                first[result.candidate] = (result.votes, result.share)
                continue
            for name, mine, theirs in (("votes", result.votes, seen[0]), ("share", result.share, seen[1])):
                if mine is not None and theirs is not None and mine != theirs:
                    yield Problem(
                        file="elections.json",
                        record=election.id,
                        path=f"$.rounds[{r}].counts[{c}].results[{k}].{name}",
                        message=f"{mine} differs from {theirs} in an earlier official count of the round",
                    )


def _record_problems(records: Mapping[str, tuple[RecordType, ...]]) -> Iterator[Problem]:
    """A claim whose evidence is its own source; an event that lists a participant twice; a
    relations period whose start event is dated elsewhere."""
    events = {e.id: e for e in records.get("events", ()) if isinstance(e, Event)}
    for claim in records.get("claims", ()):
        if isinstance(claim, Claim) and claim.source in claim.evidence:
            yield Problem(
                file="claims.json",
                record=claim.id,
                path=f"$.evidence[{claim.evidence.index(claim.source)}]",
                message="a claim's evidence cannot be the claiming source itself",
            )
    for event in events.values():
        seen: set[str] = set()
        for i, person in enumerate(event.participants):
            if person in seen:
                yield Problem(
                    file="events.json", record=event.id, path=f"$.participants[{i}]", message=f"{person} listed twice"
                )
            seen.add(person)
    for period in records.get("relations", ()):
        if not isinstance(period, RelationsPeriod) or period.start_event is None:
            continue
        start_event = events.get(period.start_event)
        if start_event is not None and start_event.date is not None:
            dated = start_event.date
            if not (dated.earliest <= period.start.latest and period.start.earliest <= dated.latest):
                yield Problem(
                    file="relations.json",
                    record=period.id,
                    path="$.start_event",
                    message=f"starts {period.start}, but its start event {start_event.id} is dated {dated}",
                )


def _future_facts(records: Mapping[str, tuple[RecordType, ...]], as_of: PartialDate) -> Iterator[Problem]:
    """Nothing is a fact after the dataset's as-of day: a held event, a term that began (unless
    announced by a report), a birth or death, an election round, a decree issued."""
    limit = as_of.latest

    for collection, items in records.items():
        for record in items:
            found: list[tuple[str, PartialDate | None]] = []
            match record:
                case Event() if record.status is EventStatus.HELD:
                    found.extend((("$.date", record.date), ("$.end_date", record.end_date)))
                case Term():
                    if not record.history:
                        found.append(("$.start", record.start))
                    found.append(("$.end", record.end))
                case Agreement():
                    found.append(("$.signed", record.signed))
                case Vacancy():
                    found.append(("$.end", record.end))
                case Coverage():
                    found.append(("$.end", record.end))
                case Person():
                    found.extend((("$.birth_date", record.birth_date), ("$.death_date", record.death_date)))
                case Election():
                    found.extend(
                        (f"$.rounds[{i}].date", r.date)
                        for i, r in enumerate(record.rounds)
                        if any(c.stage is CountStage.OFFICIAL for c in r.counts)
                    )
                case Decree():
                    found.extend((("$.issued", record.issued), ("$.repealed_on", record.repealed_on)))
            for path, date in found:
                if date is None or date.earliest <= limit:
                    continue
                yield Problem(
                    file=f"{collection}.json",
                    record=record.id,
                    path=path,
                    message=f"{date} is after the dataset's as_of {as_of}: not yet a fact",
                )


_ID_LISTS = ("sources", "evidence", "about", "countries", "organizations", "agreements", "nationalities", "parties")


def _more_record_problems(records: Mapping[str, tuple[RecordType, ...]]) -> Iterator[Problem]:
    """Faults found by probing: a vacancy that overlaps a term or another vacancy of its office;
    a count reported before its round, or with more votes cast than voters registered; a
    participant dead or unborn on the event's day; an id listed twice; an alternative that
    repeats the preferred value; a claim about itself."""
    people = {p.id: p for p in records.get("people", ()) if isinstance(p, Person)}
    terms_by_office: dict[str, list[Term]] = defaultdict(list)
    for term in records.get("terms", ()):
        if isinstance(term, Term) and term.start is not None:
            terms_by_office[term.office].append(term)
    vacancies_by_office: dict[str, list[Vacancy]] = defaultdict(list)
    for vacancy in records.get("vacancies", ()):
        if isinstance(vacancy, Vacancy):
            vacancies_by_office[vacancy.office].append(vacancy)
    for office, vacancies in vacancies_by_office.items():
        for vacancy in vacancies:
            inside_start = vacancy.start.latest
            inside_end = vacancy.end.earliest if vacancy.end is not None else None

            def overlaps(
                start: PartialDate,
                end: PartialDate | None,
                unknown_end: bool = False,
                low: pendulum.Date = inside_start,
                high: pendulum.Date | None = inside_end,
            ) -> bool:
                began_before_end = high is None or start.latest < high
                ended_after_start = not unknown_end and (end is None or end.earliest > low)
                return began_before_end and ended_after_start

            for term in terms_by_office.get(office, ()):
                assert term.start is not None
                if overlaps(term.start, term.end, term.end_unknown):
                    yield Problem(
                        file="vacancies.json",
                        record=vacancy.id,
                        path="$.start",
                        message=f"the office was held then: {term.id} ({term.start} to {term.end or 'open'})",
                    )
            for other in vacancies:
                if other is not vacancy and other.id > vacancy.id and overlaps(other.start, other.end):
                    yield Problem(
                        file="vacancies.json", record=vacancy.id, path="$.start", message=f"overlaps {other.id}"
                    )
    for collection, items in records.items():
        for record in items:
            if isinstance(record, Source):
                continue
            for name in _ID_LISTS:
                values = getattr(record, name, None)
                if isinstance(values, tuple):
                    seen: set[str] = set()
                    for i, value in enumerate(values):
                        if value in seen:
                            yield Problem(
                                file=f"{collection}.json",
                                record=record.id,
                                path=f"$.{name}[{i}]",
                                message=f"{value} listed twice",
                            )
                        seen.add(value)
            names = {f.name for f in attrs.fields(type(record))}
            for i, alternative in enumerate(record.alternatives):
                # An alternative may name a quantity the record states only in words (a claim's
                # figure, a decree's article count); one that names a field must differ from it.
                field = alternative.field
                if field in names and _text_of(getattr(record, field)) == alternative.value:
                    yield Problem(
                        file=f"{collection}.json",
                        record=record.id,
                        path=f"$.alternatives[{i}].value",
                        message="an alternative repeats the preferred value",
                    )
            if isinstance(record, Claim) and record.id in record.about:
                yield Problem(file="claims.json", record=record.id, path="$.about", message="a claim about itself")
            if isinstance(record, Event) and record.date is not None:
                for i, person_id in enumerate(record.participants):
                    person = people.get(person_id)
                    if person is None:
                        continue
                    if person.death_date is not None and person.death_date.latest < record.date.earliest:
                        yield Problem(
                            file="events.json",
                            record=record.id,
                            path=f"$.participants[{i}]",
                            message=f"{person_id} died {person.death_date}, before the event ({record.date})",
                        )
                    if person.birth_date is not None and person.birth_date.earliest > record.date.latest:
                        yield Problem(
                            file="events.json",
                            record=record.id,
                            path=f"$.participants[{i}]",
                            message=f"{person_id} was born {person.birth_date}, after the event ({record.date})",
                        )
            if isinstance(record, Election):
                for r, round_ in enumerate(record.rounds):
                    for c, count in enumerate(round_.counts):
                        base = f"$.rounds[{r}].counts[{c}]"
                        if count.reported is not None and count.reported.latest < round_.date.earliest:
                            yield Problem(
                                file="elections.json",
                                record=record.id,
                                path=f"{base}.reported",
                                message=f"reported {count.reported}, before the round ({round_.date})",
                            )
                        votes = [x.votes for x in count.results if x.votes is not None]
                        valid = max(count.valid or 0, sum(votes))  # the valid total, else the votes listed
                        cast = valid + (count.blank or 0) + (count.null_votes or 0)
                        if count.registered is not None and valid and cast > count.registered:
                            yield Problem(
                                file="elections.json",
                                record=record.id,
                                path=f"{base}.registered",
                                message=f"{cast} votes counted, above {count.registered} registered",
                            )


def _text_of(value: object) -> str:
    return str(getattr(value, "value", value))
