"""``Dataset``: a validated, indexed set of records and the queries over it."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from importlib.resources.abc import Traversable
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

import pendulum

from chibo.arguments import as_year, day_or_today, difflib_matches, normalize_country, normalize_pair, vocabulary
from chibo.chronology import Timeline, TimelineEntry, build_timeline
from chibo.dates import DateLike, PartialDate, as_day
from chibo.errors import DataError, InvalidQuery, NotCovered, NotFound, Problem, RedirectWarning
from chibo.knowledge import CoverageIndex
from chibo.layout import COLLECTIONS, RecordType
from chibo.loader import read_directory
from chibo.model import (
    MEETING_KINDS,
    Agreement,
    Border,
    Claim,
    Country,
    Coverage,
    CoverageKind,
    Decree,
    Election,
    Event,
    EventKind,
    EventStatus,
    Incumbency,
    Office,
    Organization,
    Person,
    RelationsPeriod,
    RelationsStatus,
    Role,
    Source,
    Term,
    Vacancy,
    Verdict,
)
from chibo.model.metadata import DatasetInfo, Redirect
from chibo.names import NameIndex
from chibo.records import Records
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

    Build one with :func:`chibo.load`. The collections are ``ds.records.<name>``
    (``ds.records.people`` from ``people.json``); the 0.2 attribute names
    (``ds.people``, ``ds.terms``, ...) still work. Nothing returned is a mutable view
    into the dataset: records are frozen and collections are tuples, and the
    dataset's own attributes cannot be assigned.
    """

    __slots__ = (
        "_by_id",
        "_coverage",
        "_files",
        "_holder_starts",
        "_holders",
        "_names",
        "_offices",
        "_redirects",
        "_relations",
        "_shared_posts",
        "_single_offices",
        "_timeline",
        "info",
        "records",
    )

    info: DatasetInfo
    records: Records
    _by_id: Mapping[str, RecordType]
    _coverage: CoverageIndex
    _files: Mapping[str, str]
    _holders: dict[tuple[str, Role], tuple[Term, ...]]
    _holder_starts: dict[tuple[str, Role], list[int]]
    _names: NameIndex | None
    _offices: Mapping[str, Office]
    _redirects: Mapping[str, Redirect]
    _relations: RelationsIndex
    _shared_posts: dict[tuple[str, Role], tuple[str, ...]]
    _single_offices: dict[tuple[str, Role], Office]
    _timeline: Timeline | None

    def __init__(
        self,
        info: DatasetInfo,
        records: Records | Mapping[str, Iterable[RecordType]],
        *,
        files: Mapping[str, str] | None = None,
        redirects: Iterable[Redirect] = (),
    ) -> None:
        """Build a dataset from records that were already validated (see :meth:`from_records`)."""
        collections = records if isinstance(records, Records) else Records.of(records)
        _set = object.__setattr__
        _set(self, "info", info)
        _set(self, "records", collections)
        by_id: dict[str, RecordType] = {}
        for _name, items in collections.items():
            for record in items:
                by_id[record.id] = record
        _set(self, "_by_id", MappingProxyType(by_id))
        _set(self, "_files", MappingProxyType(dict(files or {})))
        _set(self, "_redirects", MappingProxyType({r.id: r for r in redirects}))
        _set(self, "_names", None)
        _set(self, "_timeline", None)
        _set(self, "_relations", RelationsIndex(collections.relations))
        _set(self, "_offices", MappingProxyType({o.id: o for o in collections.offices}))
        _set(self, "_coverage", CoverageIndex(collections.coverage, info.as_of.latest))
        holders, shared = self._index_holders()
        _set(self, "_holders", holders)
        # For each post, minus the ordinal of each term's first possible start day, in the
        # holders' order (latest first): ascending, so a bisect skips the terms begun later.
        starts = {post: [-t.start.earliest.toordinal() for t in terms if t.start] for post, terms in holders.items()}
        _set(self, "_holder_starts", starts)
        _set(self, "_shared_posts", shared)
        singles: dict[tuple[str, Role], Office] = {}
        for office in collections.offices:
            if office.single_seat and (office.country, office.role) not in shared:
                singles.setdefault((office.country, office.role), office)
        _set(self, "_single_offices", singles)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Dataset is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Dataset is read-only: cannot delete {name!r}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.info, self.records, dict(self._files), tuple(self._redirects.values())))

    # -- the collections under their 0.2 names ----------------------------------------

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.records.sources

    @property
    def countries(self) -> tuple[Country, ...]:
        return self.records.countries

    @property
    def borders(self) -> tuple[Border, ...]:
        return self.records.borders

    @property
    def people(self) -> tuple[Person, ...]:
        return self.records.people

    @property
    def organizations(self) -> tuple[Organization, ...]:
        return self.records.organizations

    @property
    def offices(self) -> tuple[Office, ...]:
        return self.records.offices

    @property
    def elections(self) -> tuple[Election, ...]:
        return self.records.elections

    @property
    def decrees(self) -> tuple[Decree, ...]:
        return self.records.decrees

    @property
    def events(self) -> tuple[Event, ...]:
        return self.records.events

    @property
    def agreements(self) -> tuple[Agreement, ...]:
        return self.records.agreements

    @property
    def relations(self) -> tuple[RelationsPeriod, ...]:
        return self.records.relations

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.records.claims

    @property
    def vacancies(self) -> tuple[Vacancy, ...]:
        return self.records.vacancies

    # -- construction -------------------------------------------------------------

    @classmethod
    def from_records(cls, info: DatasetInfo, records: Mapping[str, Iterable[RecordType]]) -> Dataset:
        """Validate records as a whole (ids, references, terms, relations) and build a dataset.

        Raises :class:`~chibo.DataError` listing every fault.
        """
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
        problems.extend(
            check_dataset(records, unparsed=raw.unparsed, as_of=info.as_of if info else None, unreadable=raw.unreadable)
        )
        redirects = (*(extends._redirects.values() if extends is not None else ()), *raw.redirects)
        problems.extend(_redirect_problems(redirects, records))
        if problems:
            raise DataError(problems)
        assert info is not None
        return cls(info, records, files=files, redirects=redirects)

    # -- indexes ------------------------------------------------------------------

    def _index_holders(
        self,
    ) -> tuple[dict[tuple[str, Role], tuple[Term, ...]], dict[tuple[str, Role], tuple[str, ...]]]:
        """Terms by (country, role) for single-seat posts, latest start first; and the
        (country, role) pairs that name several posts, with those posts' ids."""
        offices = {o.id: o for o in self.records.offices if o.single_seat}
        posts: dict[tuple[str, Role], set[str]] = defaultdict(set)
        for post_office in offices.values():
            posts[(post_office.country, post_office.role)].add(post_office.id)
        # A role that names several posts in one country (ministers, vice-ministers) has no single holder.
        shared = {post: tuple(sorted(ids)) for post, ids in posts.items() if len(ids) > 1}
        offices = {oid: o for oid, o in offices.items() if (o.country, o.role) not in shared}
        by_post: dict[tuple[str, Role], list[Term]] = defaultdict(list)
        for term in self.records.terms:
            office = offices.get(term.office)
            if office is not None and term.start is not None:
                by_post[(office.country, office.role)].append(term)
        holders = {post: tuple(sorted(terms, key=_term_key, reverse=True)) for post, terms in by_post.items()}
        return holders, shared

    # -- records --------------------------------------------------------------------

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(items)}" for name, items in self.records.items())
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
        """The record with this id.

        An id of an earlier release that was renamed or merged is followed to its new
        record, with a :class:`~chibo.RedirectWarning` naming the new id (see
        :meth:`resolve`). Raises :class:`~chibo.NotFound` (suggesting close ids) for an
        unknown id, and :class:`~chibo.InvalidQuery` for a value that is not a string.
        """
        if not isinstance(record_id, str):
            raise InvalidQuery(f"record id must be a string, got {type(record_id).__name__}")
        found = self._by_id.get(record_id)
        if found is not None:
            return found
        redirect = self._redirects.get(record_id)
        if redirect is not None:
            import warnings

            warnings.warn(RedirectWarning(redirect.id, redirect.to, redirect.since), stacklevel=2)
            return self._by_id[redirect.to]
        raise NotFound.for_key(record_id, self._by_id)

    def resolve(self, record_id: str) -> str:
        """The current id for ``record_id``: itself, or the id its redirect names.

        Raises :class:`~chibo.NotFound` when neither a record nor a redirect has that id.
        """
        if record_id in self._by_id:
            return record_id
        redirect = self._redirects.get(record_id)
        if redirect is not None:
            return redirect.to
        raise NotFound.for_key(record_id, self._by_id)

    @property
    def redirects(self) -> tuple[Redirect, ...]:
        """The redirects of ids released earlier, by old id."""
        return tuple(sorted(self._redirects.values(), key=lambda r: r.id))

    def file_of(self, record_id: str) -> str | None:
        """The data file a record was read from (None for records built in Python)."""
        return self._files.get(record_id)

    def _typed(self, record_id: str, cls: type[R]) -> R:
        record = self.get(record_id)
        if not isinstance(record, cls):
            kind = cls.__name__.lower()
            raise NotFound(
                record_id,
                kind=kind,
                message=f"{record_id!r} is a {type(record).__name__.lower()}, not a {kind}",
            )
        return record

    def person(self, record_id: str) -> Person:
        return self._typed(record_id, Person)

    def source(self, record_id: str) -> Source:
        return self._typed(record_id, Source)

    def sources_of_ids(self, source_ids: Iterable[str]) -> tuple[Source, ...]:
        return tuple(self.source(s) for s in source_ids)

    def sources_of(self, record: RecordType) -> tuple[Source, ...]:
        """The :class:`Source` records a record cites; :class:`~chibo.InvalidQuery` for a non-record."""
        if not isinstance(record, tuple(COLLECTIONS.values())):
            raise InvalidQuery(f"sources_of takes a record (from get()), got {type(record).__name__}")
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

    # -- coverage -------------------------------------------------------------------

    def coverage(self, kind: CoverageKind | str | None = None, subject: str | None = None) -> tuple[Coverage, ...]:
        """What the dataset declares complete, and which collections are a selection.

        Args:
            kind: ``office``, ``elections``, ``relations`` or ``selection`` (None: all).
            subject: an office id, a country code (elections), a pair ``"BO-CL"`` or a
                collection name (None: all).

        Returns:
            The :class:`~chibo.Coverage` records, sorted by kind and subject. An open
            ``end`` runs to the dataset's ``info.as_of`` day.

        Raises:
            InvalidQuery: for an unknown ``kind``.
        """
        wanted = vocabulary(CoverageKind, kind, "coverage kind") if kind is not None else None
        folded = subject.strip().casefold() if subject is not None else None
        return tuple(
            c
            for c in self._coverage.declared
            if (wanted is None or c.kind is wanted) and (folded is None or c.subject.casefold() == folded)
        )

    def country(self, code: str) -> Country:
        """The country with this ISO alpha-2 code (any case).

        Raises :class:`~chibo.InvalidQuery` for a malformed code and
        :class:`~chibo.NotFound` (kind ``country``) for a code the dataset does not hold.
        """
        record = self._by_id.get(code) if isinstance(code, str) and len(code) == 2 else None
        if isinstance(record, Country):
            return record
        cc = normalize_country(code)
        record = self._by_id.get(cc)
        if not isinstance(record, Country):
            known = [c.id for c in self.records.countries]
            raise NotFound(
                cc,
                difflib_matches(cc, known),
                kind="country",
                message=f"no country {cc!r} in the dataset (it holds {', '.join(sorted(known))})",
            )
        return record

    def office_for(self, role: Role | str, country: str) -> Office:
        """The single-seat office of ``role`` in ``country`` (``"president"``, ``"BO"``).

        Raises:
            NotFound: the country is not in the dataset, or has no office of that role
                (kind ``office``; suggestions list the roles it has).
            InvalidQuery: an unknown role, or a role that names several posts there
                (``minister``): use :meth:`terms`.
        """
        cc = self.country(country).id
        wanted = vocabulary(Role, role, "role")
        known = self._single_offices.get((cc, wanted))
        if known is not None:
            return known
        several = self._shared_posts.get((cc, wanted))
        if several is not None:
            raise InvalidQuery(f"{wanted.value} names several posts in {cc}: {', '.join(several)}; use terms()")
        roles = sorted({o.role.value for o in self.records.offices if o.country == cc and o.single_seat})
        raise NotFound(
            f"{wanted.value} of {cc}",
            roles,
            kind="office",
            message=f"the dataset holds no office of {wanted.value} in {cc}",
        )

    # -- offices ------------------------------------------------------------------

    def incumbency(self, role: Role | str, country: str, on: DateLike | PartialDate | None = None) -> Incumbency:
        """Who held a single-seat office on a day, or the recorded vacancy; never a guess.

        Args:
            role: ``president``, ``vice_president``, ``foreign_minister``, ... (see :class:`~chibo.Role`).
            country: ISO alpha-2 code.
            on: a day (``date`` or ``"YYYY-MM-DD"``); today (UTC) if None.

        Returns:
            An :class:`~chibo.Incumbency` with the covering term or the vacancy. Past the
            data's as-of day the answer comes only from a term whose ``scheduled_end``
            reaches that day (``scheduled`` is then True).

        Raises:
            NotCovered: the day is outside the office's declared coverage or past the
                horizon with no scheduled term, or the day falls on an imprecise boundary.
            NotFound, InvalidQuery: see :meth:`office_for`.
        """
        office = self.office_for(role, country)
        day = day_or_today(on, "on")
        return self._incumbency(office, day)

    def _incumbency(self, office: Office, day: pendulum.Date) -> Incumbency:
        horizon = self._coverage.horizon
        if office.abolished is not None and day > office.abolished.latest:
            raise NotFound(
                f"{office.role.value} of {office.country} on {day}",
                kind="office",
                message=f"the office {office.id} was abolished in {office.abolished}; it had no holder on {day}",
            )
        terms = self._holders.get((office.country, office.role), ())
        if day > horizon:
            for term in terms:
                if _scheduled_through(term, day):
                    return Incumbency(office=office.id, on=day, term=term, scheduled=True, as_of=horizon)
            self._coverage.require_office(office, day)  # raises: past the horizon
        self._coverage.require_office(office, day)
        first = bisect.bisect_left(self._holder_starts.get((office.country, office.role), []), -day.toordinal())
        for term in terms[first:]:
            if term.covers(day):
                others: tuple[Term, ...] = ()
                if term.organization is not None:  # a junta: its other members holding the office that day
                    others = tuple(
                        t for t in terms if t is not term and t.organization == term.organization and t.covers(day)
                    )
                return Incumbency(office=office.id, on=day, term=term, as_of=horizon, co_holders=others)
        for vacancy in self.records.vacancies:
            if vacancy.office == office.id and vacancy.covers(day):
                return Incumbency(office=office.id, on=day, vacancy=vacancy, as_of=horizon)
        raise NotCovered(
            f"no holder of {office.id} is known for sure on {day}: the dates of the terms around it are imprecise",
            subject=office.id,
            coverage=self._coverage.describe(CoverageKind.OFFICE, office.id),
        )

    def holder(self, role: Role | str, country: str, on: DateLike | PartialDate | None = None) -> Person | None:
        """The person holding a single-seat office on a day (today if None).

        Returns None only when the data records the office as vacant that day (see
        :meth:`incumbency` for the vacancy and its sources). Raises
        :class:`~chibo.NotCovered` outside the office's declared coverage or past the
        horizon (see :meth:`incumbency`); :class:`~chibo.NotFound` for an unknown
        country or an office the country does not have; :class:`~chibo.InvalidQuery`
        for a role naming several posts (``minister``, ``vice_minister``): use :meth:`terms`.
        """
        answer = self.incumbency(role, country, on)
        return self.person(answer.person) if answer.person is not None else None

    def terms_of(
        self,
        person: str | None = None,
        role: Role | str | None = None,
        country: str | None = None,
        on: DateLike | PartialDate | None = None,
    ) -> tuple[Term, ...]:
        """Terms filtered by person id, role, country and a day they cover, by start.

        With ``on`` and ``role``, every office that role names (in ``country``, if given)
        must be covered on that day, else :class:`~chibo.NotCovered`: the answer is then
        complete. Past the data's as-of day only terms scheduled to run then are kept.
        Unknown person or country ids raise :class:`~chibo.NotFound`.
        """
        wanted_role = vocabulary(Role, role, "role") if role is not None else None
        cc = self.country(country).id if country is not None else None
        if person is not None:
            self.person(person)
        day = as_day(on, what="on") if on is not None else None
        offices = self._offices
        if day is not None and wanted_role is not None:
            for office in offices.values():
                if office.role is wanted_role and (cc is None or office.country == cc):
                    if day > self._coverage.horizon:
                        continue  # answered from scheduled terms only, below
                    self._coverage.require_office(office, day)
        found = []
        for term in self.records.terms:
            office = offices[term.office]
            if person is not None and term.person != person:
                continue
            if wanted_role is not None and office.role is not wanted_role:
                continue
            if cc is not None and office.country != cc:
                continue
            if day is not None:
                if not term.covers(day):
                    continue
                if day > self._coverage.horizon and not _scheduled_through(term, day):
                    continue
            found.append(term)
        if day is not None and wanted_role is not None and not found:
            # Nothing covers the day: say why, as holder() would (past the horizon, an imprecise hand-over).
            for office in offices.values():
                if office.role is wanted_role and (cc is None or office.country == cc) and office.single_seat:
                    self._incumbency(office, day)
        return tuple(sorted(found, key=_term_key))

    def terms(
        self,
        person: str | None = None,
        role: Role | str | None = None,
        country: str | None = None,
        on: DateLike | PartialDate | None = None,
    ) -> tuple[Term, ...]:
        """The same as :func:`chibo.terms`: see :meth:`terms_of`."""
        return self.terms_of(person, role, country, on)

    # -- elections ------------------------------------------------------------------

    def elections_in(self, country: str | None = None, year: int | str | None = None) -> tuple[Election, ...]:
        """Presidential elections, by date; filtered by country and by the year of their first round.

        With both ``country`` and ``year``, the year must lie inside the country's
        declared election coverage, else :class:`~chibo.NotCovered`; an empty tuple then
        means no election was held that year. ``year`` may be an int or a string of digits.
        """
        cc = self.country(country).id if country is not None else None
        wanted = as_year(year, "year") if year is not None else None
        if cc is not None:
            self._coverage.require_elections(cc, wanted)
        found = [
            e
            for e in self.records.elections
            if (cc is None or e.country == cc) and (wanted is None or e.year == wanted)
        ]
        return tuple(sorted(found, key=lambda e: (e.date, e.id)))

    def election(self, country: str, year: int | str) -> Election:
        """The presidential election of ``country`` whose first round was in ``year``.

        Raises :class:`~chibo.NotCovered` for a year outside the country's declared
        election coverage, and :class:`~chibo.NotFound` (kind ``election``) for a
        covered year in which no election was held.
        """
        cc = self.country(country).id
        wanted = as_year(year, "year")
        found = self.elections_in(cc, wanted)
        if not found:
            years = sorted({e.year for e in self.records.elections if e.country == cc})
            raise NotFound(
                f"{cc} {wanted}",
                [str(y) for y in years if abs(y - wanted) <= 2],
                kind="election",
                message=f"no presidential election in {cc} in {wanted}",
            )
        return found[0]

    # -- decrees ------------------------------------------------------------------------

    def decrees_of(self, country: str | None = None) -> tuple[Decree, ...]:
        cc = normalize_country(country) if country is not None else None
        found = [d for d in self.records.decrees if cc is None or d.country == cc]
        return tuple(sorted(found, key=lambda d: (d.issued or PartialDate(year=1), d.id)))

    def decree(self, country: str, number: str | int) -> Decree:
        """A decree by country and number (``"5503"`` or ``5503``).

        Raises :class:`~chibo.InvalidQuery` for a number that is not digits, and
        :class:`~chibo.NotFound` (kind ``decree``) when the dataset holds no such decree.
        """
        from chibo.names import decree_reference

        cc = self.country(country).id
        text = decree_reference(str(number)).removeprefix("DS ").strip() if isinstance(number, str) else number
        if isinstance(text, bool) or not isinstance(text, int | str) or not str(text).strip().isdigit():
            raise InvalidQuery(f"a decree number is digits (or 'DS 5503', 'D.S. N° 5503'), got {number!r}")
        wanted = str(int(str(text).strip()))
        for d in self.records.decrees:
            if d.country == cc and d.number.strip() == wanted:
                return d
        raise NotFound(f"{cc} {wanted}", kind="decree", message=f"the dataset holds no decree {cc} {wanted}")

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
        for event in self.records.events:
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
        """Meetings between officials: in person, by phone, visits and commissions, in date order.

        With ``between=(A, B)`` only events where officials of both countries met or
        spoke are kept: among the participants there is someone of each country. A
        participant belongs to a country through an office of that country whose term
        covers the event's date, or, where no term is recorded, through a nationality.
        A visit by one side alone (Kast at the Chacalluta border post; Choquehuanca's
        unofficial 2015 trip to Santiago, with no Chilean authority met) is an event,
        not a meeting: find it with :meth:`find_events`.
        """
        found = self.find_events(MEETING_KINDS, country, between, participant, year, as_of)
        if between is None:
            return found
        pair = normalize_pair(between)
        view = self if as_of is None else self.as_of(as_of)
        return tuple(e for e in found if all(view._represented(e, cc) for cc in pair))

    def _represented(self, event: Event, country: str) -> bool:
        """Whether a participant of ``event`` acted for ``country`` (office held that day, or nationality)."""
        for person_id in event.participants:
            terms = self.terms_of(person=person_id)
            if terms and event.date is not None:
                day = event.date
                if any(
                    self._offices[t.office].country == country and (t.covers(day.earliest) or t.covers(day.latest))
                    for t in terms
                ):
                    return True
            person = self._by_id.get(person_id)
            if isinstance(person, Person) and country in person.nationalities:
                return True
        return False

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
            object.__setattr__(self, "_timeline", Timeline(build_timeline(self._collections(), self._by_id)))
        assert self._timeline is not None
        low = PartialDate.of(start).earliest if start is not None else None
        high = PartialDate.of(end).latest if end is not None else None
        if low is not None and high is not None and low > high:
            raise InvalidQuery(f"the window starts {low}, after it ends {high}")
        entries = self._timeline.window(low, high)
        if country is None:
            return entries
        cc = self.country(country).id
        return tuple(entry for entry in entries if cc in entry.countries)

    def _collections(self) -> dict[str, tuple[RecordType, ...]]:
        return self.records.as_dict()

    # -- search, claims -------------------------------------------------------------

    def search(self, text: str, kind: str | None = None, limit: int | None = 10) -> tuple[RecordType, ...]:
        """Records ranked by how well ``text`` matches a name, alias or label (case and accents ignored).

        ``kind`` narrows to one kind of record, by class or collection name
        (``"person"`` or ``"people"``). Sources (matched on their titles) are
        searched only when asked for with ``kind="source"``.
        """
        if not isinstance(text, str):
            raise InvalidQuery(f"search text must be a string, got {type(text).__name__}")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
            raise InvalidQuery(f"limit must be a whole number or None, got {limit!r}")
        if limit is not None and limit < 1:
            raise InvalidQuery(f"limit must be at least 1 (or None for every match), got {limit}")
        if kind is not None and not isinstance(kind, str):
            raise InvalidQuery(f"kind must be a string, got {type(kind).__name__}")
        if self._names is None:
            object.__setattr__(self, "_names", NameIndex(self._by_id.values()))
        assert self._names is not None
        kinds: frozenset[str] | None = _SEARCHABLE
        if kind is not None:
            wanted = _KIND_ALIASES.get(kind.lower(), kind.lower())
            if wanted not in _KIND_ALIASES.values():
                raise InvalidQuery(f"unknown kind {kind!r}; use one of {', '.join(sorted(_KIND_ALIASES))}")
            kinds = frozenset({wanted})
        hits = self._names.search(text, kinds, limit)
        return tuple(self._by_id[record_id] for record_id, _score in hits)

    def find_claims(self, source: str | None = None, verdict: Verdict | str | None = None) -> tuple[Claim, ...]:
        """Claims, filtered by the claiming source's id and the verdict.

        Raises :class:`~chibo.NotFound` for a source id the dataset does not hold and
        :class:`~chibo.InvalidQuery` for an unknown verdict.
        """
        if source is not None:
            self.source(source)
        wanted = vocabulary(Verdict, verdict, "verdict") if verdict is not None else None
        return tuple(
            c
            for c in self.records.claims
            if (source is None or c.source == source) and (wanted is None or c.verdict is wanted)
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
        """What became known about events and decrees between two days (status, date, place).

        Exactly what turns ``as_of(since - 1 day)`` into ``as_of(until)`` for events and
        decrees; terms and counts are not listed (compare two views for them). Raises
        :class:`~chibo.InvalidQuery` when ``since`` is after ``until``.
        """
        from chibo.history import changes

        low, high = as_day(since, what="since"), day_or_today(until, "until")
        if low > high:
            raise InvalidQuery(f"since {low} is after until {high}")
        return changes(self, low, high)


def _scheduled_through(term: Term, day: pendulum.Date) -> bool:
    """Whether an open term is scheduled by law to run on ``day`` (its scheduled end surely on or after it)."""
    return (
        term.end is None and term.scheduled_end is not None and term.covers(day) and day <= term.scheduled_end.earliest
    )


def _term_key(term: Term) -> tuple[PartialDate, str]:
    return (term.start or PartialDate(year=1), term.id)


def _event_key(event: Event) -> tuple[int, PartialDate, str]:
    if event.date is None:
        return (1, PartialDate(year=1), event.id)
    return (0, event.date, event.id)


def _redirect_problems(redirects: Iterable[Redirect], records: Mapping[str, tuple[RecordType, ...]]) -> list[Problem]:
    """A redirect's old id names no record, and its new id names one."""
    ids = {r.id for items in records.values() for r in items}
    problems = []
    for redirect in redirects:
        if redirect.id in ids:
            message = "the old id still names a record"
        elif redirect.to not in ids:
            message = f"redirects to {redirect.to!r}, which is not a known id"
        else:
            continue
        problems.append(Problem(file="redirects.json", record=redirect.id, path="$", message=message))
    return problems


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
        kept = tuple(r for r in getattr(base.records, name) if r.id not in added_ids)
        merged[name] = kept + tuple(added)
    added_anywhere = {r.id for items in records.values() for r in items}
    for record_id in sorted(replace):
        if record_id not in base:
            problems.append(
                Problem(file="(replace)", record=record_id, path="$", message="not an id of the base dataset")
            )
        elif record_id not in added_anywhere:
            problems.append(
                Problem(
                    file="(replace)", record=record_id, path="$", message="the overlay holds no record with this id"
                )
            )
    return merged, problems


def _rebuild(info: DatasetInfo, records: Records, files: dict[str, str], redirects: tuple[Redirect, ...]) -> Dataset:
    return Dataset(info, records, files=files, redirects=redirects)
