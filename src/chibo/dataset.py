"""``Dataset``: a validated, indexed set of records and the queries over it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from importlib.resources.abc import Traversable
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from chibo.arguments import day_or_today, normalize_country, normalize_pair, vocabulary
from chibo.chronology import Timeline, TimelineEntry, build_timeline
from chibo.dates import DateLike, PartialDate, as_day
from chibo.errors import DataError, InvalidQuery, NotFound, Problem
from chibo.layout import COLLECTIONS, RecordType
from chibo.loader import read_directory
from chibo.model import (
    MEETING_KINDS,
    Agreement,
    Border,
    Claim,
    Country,
    Decree,
    Election,
    Event,
    EventKind,
    EventStatus,
    Office,
    Organization,
    Person,
    RelationsPeriod,
    RelationsStatus,
    Role,
    Source,
    Term,
    Verdict,
)
from chibo.model.metadata import DatasetInfo
from chibo.names import NameIndex
from chibo.relations import RelationsIndex
from chibo.validation import check_dataset

if TYPE_CHECKING:
    from chibo.history import Change

__all__ = ["Dataset"]

R = TypeVar("R")

_KIND_ALIASES = {name: cls.__name__.lower() for name, cls in COLLECTIONS.items()}
_SEARCHABLE = frozenset(_KIND_ALIASES.values()) - {"source"}


class Dataset:
    """A validated set of records, with an index by id and the query methods.

    Build one with :func:`chibo.load`. Every collection is a tuple attribute named
    like its file (``ds.people`` from ``people.json``). Nothing returned is a
    mutable view into the dataset: records are frozen and collections are tuples.
    """

    __slots__ = (
        "_by_id",
        "_files",
        "_holders",
        "_names",
        "_relations",
        "_shared_posts",
        "_timeline",
        "agreements",
        "borders",
        "claims",
        "countries",
        "decrees",
        "elections",
        "events",
        "info",
        "offices",
        "organizations",
        "people",
        "relations",
        "sources",
        "terms",
    )

    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    borders: tuple[Border, ...]
    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]
    offices: tuple[Office, ...]
    terms: tuple[Term, ...]
    elections: tuple[Election, ...]
    decrees: tuple[Decree, ...]
    events: tuple[Event, ...]
    agreements: tuple[Agreement, ...]
    relations: tuple[RelationsPeriod, ...]
    claims: tuple[Claim, ...]
    info: DatasetInfo

    def __init__(
        self,
        info: DatasetInfo,
        records: Mapping[str, Iterable[RecordType]],
        *,
        files: Mapping[str, str] | None = None,
    ) -> None:
        """Build a dataset from records that were already validated (see :meth:`from_records`)."""
        self.info = info
        for name, cls in COLLECTIONS.items():
            items = tuple(records.get(name, ()))
            for item in items:
                if not isinstance(item, cls):
                    raise TypeError(f"{name} holds a {type(item).__name__}")
            object.__setattr__(self, name, items)
        by_id: dict[str, RecordType] = {}
        for name in COLLECTIONS:
            for record in getattr(self, name):
                by_id[record.id] = record
        self._by_id = MappingProxyType(by_id)
        self._files = MappingProxyType(dict(files or {}))
        self._names: NameIndex | None = None
        self._timeline: Timeline | None = None
        self._relations = RelationsIndex(self.relations)
        self._holders, self._shared_posts = self._index_holders()

    # -- construction -------------------------------------------------------------

    @classmethod
    def from_records(cls, info: DatasetInfo, records: Mapping[str, Iterable[RecordType]]) -> Dataset:
        """Validate records as a whole (ids, references, terms, relations) and build a dataset."""
        materialized = {name: tuple(records.get(name, ())) for name in COLLECTIONS}
        problems = check_dataset(materialized, as_of=info.as_of)
        if problems:
            raise DataError(problems)
        return cls(info, materialized)

    @classmethod
    def read(cls, root: Traversable, *, extends: Dataset | None = None, replace: Iterable[str] = ()) -> Dataset:
        """Read and validate a data directory (see :func:`chibo.load`)."""
        problems: list[Problem] = []
        raw = read_directory(root, problems, partial=extends is not None)
        info = raw.info
        records: dict[str, tuple[RecordType, ...]] = dict(raw.records)
        files = dict(raw.files)
        if extends is not None:
            records, overlay_problems = _overlay(extends, records, set(replace))
            problems.extend(overlay_problems)
            files = {**extends._files, **files}
            info = info or extends.info
        if info is None and not problems:  # pragma: no cover - read_directory reports it
            problems.append(Problem(file="metadata.json", record=None, path="$", message="file missing"))
        # Cross-record checks run even when some records failed, so one run reports all it can.
        problems.extend(check_dataset(records, unparsed=raw.unparsed, as_of=info.as_of if info else None))
        if problems:
            raise DataError(problems)
        assert info is not None
        return cls(info, records, files=files)

    # -- indexes ------------------------------------------------------------------

    def _index_holders(
        self,
    ) -> tuple[dict[tuple[str, Role], tuple[Term, ...]], dict[tuple[str, Role], tuple[str, ...]]]:
        """Terms by (country, role) for single-seat posts, latest start first; and the
        (country, role) pairs that name several posts, with those posts' ids."""
        offices = {o.id: o for o in self.offices if o.single_seat}
        posts: dict[tuple[str, Role], set[str]] = defaultdict(set)
        for post_office in offices.values():
            posts[(post_office.country, post_office.role)].add(post_office.id)
        # A role that names several posts in one country (ministers, vice-ministers) has no single holder.
        shared = {post: tuple(sorted(ids)) for post, ids in posts.items() if len(ids) > 1}
        offices = {oid: o for oid, o in offices.items() if (o.country, o.role) not in shared}
        by_post: dict[tuple[str, Role], list[Term]] = defaultdict(list)
        for term in self.terms:
            office = offices.get(term.office)
            if office is not None and term.start is not None:
                by_post[(office.country, office.role)].append(term)
        holders = {post: tuple(sorted(terms, key=_term_key, reverse=True)) for post, terms in by_post.items()}
        return holders, shared

    # -- records --------------------------------------------------------------------

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(getattr(self, name))}" for name in COLLECTIONS)
        return f"<Dataset {self.info.version} as of {self.info.as_of}: {counts}>"

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    @property
    def version(self) -> str:
        """The dataset's own version (not the package's)."""
        return self.info.version

    def get(self, record_id: str) -> RecordType:
        """The record with this id; :class:`~chibo.NotFound` (suggesting close ids) otherwise."""
        try:
            return self._by_id[record_id]
        except KeyError:
            raise NotFound.for_key(record_id, self._by_id) from None

    def file_of(self, record_id: str) -> str | None:
        """The data file a record was read from (None for records built in Python)."""
        return self._files.get(record_id)

    def _typed(self, record_id: str, cls: type[R]) -> R:
        record = self.get(record_id)
        if not isinstance(record, cls):
            raise NotFound(record_id)
        return record

    def person(self, record_id: str) -> Person:
        return self._typed(record_id, Person)

    def source(self, record_id: str) -> Source:
        return self._typed(record_id, Source)

    def sources_of_ids(self, source_ids: Iterable[str]) -> tuple[Source, ...]:
        return tuple(self.source(s) for s in source_ids)

    def sources_of(self, record: RecordType) -> tuple[Source, ...]:
        """The :class:`Source` records a record cites."""
        if isinstance(record, Source):
            return (record,)
        return self.sources_of_ids(record.sources)

    # -- relations ----------------------------------------------------------------

    def relations_history(self, between: Iterable[str] = ("BO", "CL")) -> tuple[RelationsPeriod, ...]:
        """The ordered, contiguous periods of relations between two countries."""
        return self._relations.history(between)

    def relations_status(
        self, when: int | DateLike | PartialDate | None = None, between: Iterable[str] = ("BO", "CL")
    ) -> RelationsStatus:
        """The level of relations on a day.

        ``when`` is a day (``date`` or ``"YYYY-MM-DD"``), a year as an ``int`` (the
        status on 31 December, or today for the current year), or None for today.
        Outside the dataset's coverage (before the first period, after today) it
        raises :class:`~chibo.OutOfRange`.
        """
        return self._relations.status(when, between)

    # -- offices ------------------------------------------------------------------

    def holder(self, role: Role | str, country: str, on: DateLike | PartialDate | None = None) -> Person | None:
        """The person holding a single-seat post on a day (today if None), or None.

        A role that names several posts in one country (``minister``,
        ``vice_minister``) raises :class:`~chibo.InvalidQuery`: use :meth:`terms_of`.
        """
        day = day_or_today(on, "on")
        post = (normalize_country(country), vocabulary(Role, role, "role"))
        several = self._shared_posts.get(post)
        if several is not None:
            raise InvalidQuery(f"{post[1].value} names several posts in {post[0]}: {', '.join(several)}; use terms()")
        for term in self._holders.get(post, ()):
            if term.covers(day):
                return self.person(term.person)
        return None

    def terms_of(
        self,
        person: str | None = None,
        role: Role | str | None = None,
        country: str | None = None,
        on: DateLike | PartialDate | None = None,
    ) -> tuple[Term, ...]:
        """Terms filtered by person id, role, country and a day they cover, by start."""
        wanted_role = vocabulary(Role, role, "role") if role is not None else None
        cc = normalize_country(country) if country is not None else None
        day = as_day(on, what="on") if on is not None else None
        offices = {o.id: o for o in self.offices}
        found = []
        for term in self.terms:
            office = offices[term.office]
            if person is not None and term.person != person:
                continue
            if wanted_role is not None and office.role is not wanted_role:
                continue
            if cc is not None and office.country != cc:
                continue
            if day is not None and not term.covers(day):
                continue
            found.append(term)
        return tuple(sorted(found, key=_term_key))

    # -- elections ------------------------------------------------------------------

    def elections_in(self, country: str | None = None, year: int | None = None) -> tuple[Election, ...]:
        cc = normalize_country(country) if country is not None else None
        found = [e for e in self.elections if (cc is None or e.country == cc) and (year is None or e.year == year)]
        return tuple(sorted(found, key=lambda e: (e.date, e.id)))

    def election(self, country: str, year: int) -> Election:
        """The election held in ``country`` in ``year`` (the first, if several)."""
        found = self.elections_in(country, year)
        if not found:
            raise NotFound(f"election {normalize_country(country)} {year}")
        return found[0]

    # -- decrees ------------------------------------------------------------------------

    def decrees_of(self, country: str | None = None) -> tuple[Decree, ...]:
        cc = normalize_country(country) if country is not None else None
        found = [d for d in self.decrees if cc is None or d.country == cc]
        return tuple(sorted(found, key=lambda d: (d.issued or PartialDate(year=1), d.id)))

    def decree(self, country: str, number: str | int) -> Decree:
        cc = normalize_country(country)
        for d in self.decrees:
            if d.country == cc and d.number == str(number):
                return d
        raise NotFound(f"decree {cc} {number}")

    # -- events -------------------------------------------------------------------

    def find_events(
        self,
        kind: EventKind | str | Iterable[EventKind | str] | None = None,
        country: str | None = None,
        between: Iterable[str] | None = None,
        participant: str | None = None,
        year: int | None = None,
        as_of: DateLike | PartialDate | None = None,
    ) -> tuple[Event, ...]:
        """Events filtered, in date order (events without a date last).

        ``between`` keeps events involving both countries; ``participant`` is a
        person id; ``as_of`` answers as the sources published by that day did.
        """
        if as_of is not None:
            return self.as_of(as_of).find_events(kind, country, between, participant, year)
        kinds: frozenset[EventKind] | None
        if kind is None:
            kinds = None
        elif isinstance(kind, str):
            kinds = frozenset({vocabulary(EventKind, kind, "event kind")})
        else:
            kinds = frozenset(vocabulary(EventKind, k, "event kind") for k in kind)
        cc = normalize_country(country) if country is not None else None
        pair = normalize_pair(between) if between is not None else None
        if participant is not None:
            self.person(participant)
        found = []
        for event in self.events:
            if kinds is not None and event.kind not in kinds:
                continue
            if cc is not None and cc not in event.countries:
                continue
            if pair is not None and not set(pair) <= set(event.countries):
                continue
            if participant is not None and participant not in event.participants:
                continue
            if year is not None and (event.date is None or event.date.year != year):
                continue
            found.append(event)
        return tuple(sorted(found, key=_event_key))

    def meetings(
        self,
        country: str | None = None,
        between: Iterable[str] | None = None,
        participant: str | None = None,
        year: int | None = None,
        as_of: DateLike | PartialDate | None = None,
    ) -> tuple[Event, ...]:
        """Meetings between officials: in person, by phone, visits and commissions."""
        return self.find_events(MEETING_KINDS, country, between, participant, year, as_of)

    def last_meeting(
        self,
        between: Iterable[str] = ("BO", "CL"),
        role: Role | str = Role.FOREIGN_MINISTER,
        before: DateLike | PartialDate | None = None,
    ) -> Event | None:
        """The latest held meeting before a day in which holders of ``role`` from both countries took part.

        A participant counts when one of their terms in that role and country
        covers the meeting's date (its first or last possible day). ``before``
        defaults to today.
        """
        pair = normalize_pair(between)
        wanted = vocabulary(Role, role, "role")
        limit = day_or_today(before, "before")

        def holds(person: str, country: str, event: Event) -> bool:
            assert event.date is not None
            return any(
                term.covers(event.date.earliest) or term.covers(event.date.latest)
                for term in self.terms_of(person=person, role=wanted, country=country)
            )

        candidates = [
            e
            for e in self.meetings(between=pair)
            if e.status is EventStatus.HELD and e.date is not None and e.date.latest < limit
        ]
        for event in reversed(candidates):
            if all(any(holds(p, cc, event) for p in event.participants) for cc in pair):
                return event
        return None

    # -- timeline -----------------------------------------------------------------

    def timeline(
        self,
        start: DateLike | PartialDate | None = None,
        end: DateLike | PartialDate | None = None,
        country: str | None = None,
        as_of: DateLike | PartialDate | None = None,
    ) -> tuple[TimelineEntry, ...]:
        """Events, terms beginning and ending, election rounds, decrees and relations changes, in order.

        ``start`` and ``end`` may be partial (``"2025-10"``): an entry is kept when
        the days it may stand for overlap ``[start.earliest, end.latest]``.
        """
        if as_of is not None:
            return self.as_of(as_of).timeline(start, end, country)
        if self._timeline is None:
            self._timeline = Timeline(build_timeline(self._collections(), self._by_id))
        low = PartialDate.of(start).earliest if start is not None else None
        high = PartialDate.of(end).latest if end is not None else None
        entries = self._timeline.window(low, high)
        if country is None:
            return entries
        cc = normalize_country(country)
        return tuple(entry for entry in entries if cc in entry.countries)

    def _collections(self) -> dict[str, tuple[RecordType, ...]]:
        return {name: getattr(self, name) for name in COLLECTIONS}

    # -- search, claims -------------------------------------------------------------

    def search(self, text: str, kind: str | None = None, limit: int | None = 10) -> tuple[RecordType, ...]:
        """Records ranked by how well ``text`` matches a name, alias or label (case and accents ignored).

        ``kind`` narrows to one kind of record, by class or collection name
        (``"person"`` or ``"people"``). Sources (matched on their titles) are
        searched only when asked for with ``kind="source"``.
        """
        if self._names is None:
            self._names = NameIndex(self._by_id.values())
        kinds: frozenset[str] | None = _SEARCHABLE
        if kind is not None:
            wanted = _KIND_ALIASES.get(kind.lower(), kind.lower())
            if wanted not in _KIND_ALIASES.values():
                raise InvalidQuery(f"unknown kind {kind!r}; use one of {', '.join(sorted(_KIND_ALIASES))}")
            kinds = frozenset({wanted})
        if limit is not None and limit < 0:
            raise InvalidQuery(f"limit must be positive or None, got {limit}")
        hits = self._names.search(text, kinds, limit)
        return tuple(self._by_id[record_id] for record_id, _score in hits)

    def find_claims(self, source: str | None = None, verdict: Verdict | str | None = None) -> tuple[Claim, ...]:
        wanted = vocabulary(Verdict, verdict, "verdict") if verdict is not None else None
        return tuple(
            c for c in self.claims if (source is None or c.source == source) and (wanted is None or c.verdict is wanted)
        )

    # -- exports --------------------------------------------------------------------

    def export(self, fmt: str, path: str | PathLike[str]) -> Path:
        """Write the dataset as ``json``, ``jsonl`` or ``csv`` (a directory); deterministic."""
        from chibo.export import export

        return export(self, fmt, Path(path))

    # -- what was known when (chibo.history) -----------------------------------------

    def as_of(self, day: DateLike | PartialDate) -> Dataset:
        """The dataset as the sources published on or before ``day`` described the world."""
        from chibo.history import dataset_as_of

        return dataset_as_of(self, as_day(day, what="as_of"))

    def changes(self, since: DateLike | PartialDate, until: DateLike | PartialDate | None = None) -> tuple[Change, ...]:
        """What was first reported, changed status or changed date between two days."""
        from chibo.history import changes

        return changes(self, as_day(since, what="since"), day_or_today(until, "until"))


def _term_key(term: Term) -> tuple[PartialDate, str]:
    return (term.start or PartialDate(year=1), term.id)


def _event_key(event: Event) -> tuple[int, PartialDate, str]:
    if event.date is None:
        return (1, PartialDate(year=1), event.id)
    return (0, event.date, event.id)


def _overlay(
    base: Dataset, records: Mapping[str, tuple[RecordType, ...]], replace: set[str]
) -> tuple[dict[str, tuple[RecordType, ...]], list[Problem]]:
    problems: list[Problem] = []
    merged: dict[str, tuple[RecordType, ...]] = {}
    for name in COLLECTIONS:
        added = records.get(name, ())
        added_ids = {r.id for r in added}
        for record in added:
            if record.id in base and record.id not in replace:
                problems.append(
                    Problem(
                        file=f"{name}.json",
                        record=record.id,
                        path="$.id",
                        message="id already in the base dataset; list it in replace= to override it",
                    )
                )
        kept = tuple(r for r in getattr(base, name) if r.id not in added_ids)
        merged[name] = kept + tuple(added)
    for record_id in sorted(replace):
        if record_id not in base:
            problems.append(
                Problem(file="(replace)", record=record_id, path="$", message="not an id of the base dataset")
            )
    return merged, problems
