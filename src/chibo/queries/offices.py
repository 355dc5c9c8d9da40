"""Offices, terms and incumbency: who held which post, when."""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import TYPE_CHECKING

import pendulum

from chibo import model
from chibo._arguments import day_or_today, vocabulary
from chibo.dates import PartialDate, as_day, dated_key
from chibo.errors import InvalidQuery, NotCovered, NotFound
from chibo.model.enums import CoverageKind, Role
from chibo.queries.lookup import Lookup, deprecated_alias

if TYPE_CHECKING:
    from chibo.dates import DateLike
    from chibo.model import Incumbency, Office, Person, Term
    from chibo.records import Records

__all__ = ["OfficeQueries", "index_holders", "term_key"]


def term_key(term: Term) -> tuple[PartialDate, str]:
    """Terms in order of start (a term with no start first), then id."""
    return dated_key(term.start, term.id)


def index_holders(
    records: Records,
) -> tuple[dict[tuple[str, Role], tuple[Term, ...]], dict[tuple[str, Role], tuple[str, ...]]]:
    """Terms by (country, role) for single-seat posts, latest start first; and the
    (country, role) pairs that name several posts, with those posts' ids."""
    offices = {o.id: o for o in records.offices if o.single_seat}
    posts: dict[tuple[str, Role], set[str]] = defaultdict(set)
    for post_office in offices.values():
        posts[(post_office.country, post_office.role)].add(post_office.id)
    # A role that names several posts in one country (ministers, vice-ministers) has no single holder.
    shared = {post: tuple(sorted(ids)) for post, ids in posts.items() if len(ids) > 1}
    offices = {oid: o for oid, o in offices.items() if (o.country, o.role) not in shared}
    by_post: dict[tuple[str, Role], list[Term]] = defaultdict(list)
    for term in records.terms:
        office = offices.get(term.office)
        if office is not None and term.start is not None:
            by_post[(office.country, office.role)].append(term)
    holders = {post: tuple(sorted(terms, key=term_key, reverse=True)) for post, terms in by_post.items()}
    return holders, shared


def _scheduled_through(term: Term, day: pendulum.Date) -> bool:
    """Whether an open term is scheduled by law to run on ``day`` (its scheduled end surely on or after it)."""
    return (
        term.end is None and term.scheduled_end is not None and term.covers(day) and day <= term.scheduled_end.earliest
    )


class OfficeQueries(Lookup):
    """``office_for``, ``holder``, ``incumbency`` and ``terms``."""

    __slots__ = ()

    def office_for(self, role: Role | str, country: str) -> Office:
        """The single-seat office of ``role`` in ``country`` (``"president"``, ``"BO"``).

        Args:
            role: a :class:`~chibo.Role` or its value.
            country: an ISO alpha-2 code (any case).

        Returns:
            The :class:`~chibo.Office`.

        Raises:
            NotFound: the country is not in the dataset, or has no office of that role
                (kind ``office``; suggestions list the roles it has).
            InvalidQuery: an unknown role, or a role that names several posts there
                (``minister``): use :meth:`terms`.

        Examples:
            >>> import chibo
            >>> chibo.load().office_for("president", "cl").id
            'cl-president'
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

        Examples:
            >>> import chibo
            >>> chibo.load().incumbency("president", "CL", on="2023-01-01").person
            'gabriel-boric'
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
                    return model.Incumbency(office=office.id, on=day, term=term, scheduled=True, as_of=horizon)
            self._coverage.require_office(office, day)  # raises: past the horizon
        self._require_office(office, day)
        first = bisect.bisect_left(self._holder_starts.get((office.country, office.role), []), -day.toordinal())
        for term in terms[first:]:
            if term.covers(day):
                others: tuple[Term, ...] = ()
                if term.organization is not None:  # a junta: its other members holding the office that day
                    others = tuple(
                        t for t in terms if t is not term and t.organization == term.organization and t.covers(day)
                    )
                return model.Incumbency(office=office.id, on=day, term=term, as_of=horizon, co_holders=others)
        for vacancy in self.records.vacancies:
            if vacancy.office == office.id and vacancy.covers(day):
                return model.Incumbency(office=office.id, on=day, vacancy=vacancy, as_of=horizon)
        raise NotCovered(
            f"no holder of {office.id} is known for sure on {day}: the dates of the terms around it are imprecise",
            subject=office.id,
            coverage=self._coverage.describe(CoverageKind.OFFICE, office.id),
        )

    def _require_office(self, office: Office, day: pendulum.Date) -> None:
        """:meth:`Coverage.require_office`, its error naming the terms recorded on ``day`` anyway."""
        try:
            self._coverage.require_office(office, day)
        except NotCovered as error:
            terms = self._holders.get((office.country, office.role), ())
            attested = tuple(t for t in terms if t.office == office.id and _surely_covers(t, day))
            if not attested:
                raise
            names = "; ".join(f"{self.person(t.person).name} ({t.id}, {t.dates})" for t in attested)
            raise NotCovered(
                f"{error.message}. Recorded on that day, with no claim that the record is complete: {names}",
                subject=error.subject,
                coverage=error.coverage,
                attested=tuple(t.id for t in attested),
            ) from None

    def holder(self, role: Role | str, country: str, on: DateLike | PartialDate | None = None) -> Person | None:
        """The person holding a single-seat office on a day (today if None).

        Args:
            role: a :class:`~chibo.Role` or its value (``"president"``, ``"foreign_minister"``, ...).
            country: an ISO alpha-2 code (any case).
            on: a day (``date`` or ``"YYYY-MM-DD"``); today (UTC) if None.

        Returns:
            The :class:`~chibo.Person`, or None only when the data records the office as
            vacant that day (see :meth:`incumbency` for the vacancy and its sources).

        Raises:
            NotCovered: outside the office's declared coverage or past the horizon (see :meth:`incumbency`).
            NotFound: an unknown country, or an office the country does not have.
            InvalidQuery: a role naming several posts (``minister``, ``vice_minister``): use :meth:`terms`.

        Examples:
            >>> import chibo
            >>> chibo.load().holder("president", "CL", on="2023-01-01").id
            'gabriel-boric'
        """
        answer = self.incumbency(role, country, on)
        return self.person(answer.person) if answer.person is not None else None

    def terms(
        self,
        person: str | None = None,
        role: Role | str | None = None,
        country: str | None = None,
        on: DateLike | PartialDate | None = None,
        office: str | None = None,
    ) -> tuple[Term, ...]:
        """Terms filtered by person id, role, country, office and a day they cover, by start.

        With ``on`` and ``role`` (or ``office``), every office named (in ``country``, if given)
        must be covered on that day, else :class:`~chibo.NotCovered`: the answer is then
        complete. With ``on`` but neither, the answer lists the terms recorded that day and
        claims no completeness (most posts are not covered). Past the data's as-of day only
        terms scheduled to run then are kept. Unknown person, country or office ids raise
        :class:`~chibo.NotFound`.

        Args:
            person: a person id (None: anyone).
            role: a :class:`~chibo.Role` or its value (None: any).
            country: an ISO alpha-2 code (None: any).
            on: a day the term covers (None: any day).
            office: an office id such as ``"bo-second-vice-president"`` (None: any).

        Returns:
            The :class:`~chibo.Term` records, by start (unknown starts first), then id.

        Raises:
            NotFound: an unknown person, country or office.
            NotCovered: ``on`` with ``role`` or ``office`` outside the declared coverage.
            InvalidQuery: an unknown role, a malformed country or day.

        Examples:
            >>> import chibo
            >>> [t.person for t in chibo.load().terms(role="president", country="CL", on="2026-03-12")]
            ['jose-antonio-kast']
        """
        wanted_role = vocabulary(Role, role, "role") if role is not None else None
        cc = self.country(country).id if country is not None else None
        if person is not None:
            if not isinstance(person, str):
                raise InvalidQuery(f"person must be a person id (a string), got {type(person).__name__}")
            self.person(person)
        day = as_day(on, what="on") if on is not None else None
        offices = self._offices
        if office is not None:
            if not isinstance(office, str):
                raise InvalidQuery(f"office must be an office id (a string), got {type(office).__name__}")
            folded = office.strip().lower()  # ids are lower case: "BO-PRESIDENT" is bo-president
            if folded in offices:
                office = folded
            if office not in offices:
                if office in self:
                    raise InvalidQuery(
                        f"{office!r} is not an office; office ids look like 'bo-president' "
                        "(`chibo coverage --kind office` lists the covered ones)"
                    )
                raise NotFound.for_key(office, offices, kind="office")

        def named(post: Office) -> bool:
            return (
                (wanted_role is None or post.role is wanted_role)
                and (cc is None or post.country == cc)
                and (office is None or post.id == office)
            )

        asked = wanted_role is not None or office is not None  # the posts named, so completeness is claimed
        if day is not None and asked:
            for post in offices.values():
                if named(post):
                    if day > self._coverage.horizon:
                        continue  # answered from scheduled terms only, below
                    self._require_office(post, day)
        found = []
        for term in self.records.terms:
            post = offices[term.office]
            if not named(post):
                continue
            if person is not None and term.person != person:
                continue
            if day is not None:
                if not term.covers(day):
                    continue
                if day > self._coverage.horizon and not _scheduled_through(term, day):
                    continue
            found.append(term)
        if day is not None and asked and not found:
            # Nothing covers the day: say why, as holder() would (past the horizon, an imprecise hand-over).
            for post in offices.values():
                if named(post) and post.single_seat:
                    self._incumbency(post, day)
        return tuple(sorted(found, key=term_key))

    terms_of = deprecated_alias(terms, "terms_of")


def _surely_covers(term: Term, day: pendulum.Date) -> bool:
    """:meth:`Term.covers` under the recorded dates and under every date a source gives instead
    (``alternatives`` of ``start`` and ``end``): only then is the term named as attested."""
    if not term.covers(day):
        return False
    if any(start.latest > day for start in term.alternative_dates("start")):
        return False
    return not any(
        day > end.earliest or (day == end.earliest and not end.is_day) for end in term.alternative_dates("end")
    )
