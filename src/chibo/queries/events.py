"""Events, meetings between officials, and the timeline of everything dated."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chibo import model
from chibo._arguments import as_year, day_or_today, normalize_pair, vocabulary
from chibo.dates import PartialDate, dated_key
from chibo.errors import InvalidQuery
from chibo.model.enums import MEETING_KINDS, EventKind, EventStatus, Role
from chibo.queries.lookup import deprecated_alias
from chibo.queries.offices import OfficeQueries

if TYPE_CHECKING:
    from chibo.chronology import TimelineEntry
    from chibo.dates import DateLike
    from chibo.model import Event

__all__ = ["EventQueries"]


def _event_key(event: Event) -> tuple[int, PartialDate, str]:
    return (event.date is None, *dated_key(event.date, event.id))  # undated events last


def _kinds(kind: EventKind | str | Iterable[EventKind | str] | None) -> frozenset[EventKind] | None:
    if kind is None:
        return None
    if isinstance(kind, str):
        return frozenset({vocabulary(EventKind, kind, "event kind")})
    if not isinstance(kind, Iterable):
        raise InvalidQuery(f"kind must be an event kind or several, got {type(kind).__name__}")
    return frozenset(vocabulary(EventKind, k, "event kind") for k in kind)


class EventQueries(OfficeQueries):
    """``events``, ``meetings``, ``last_meeting`` and ``timeline`` (meetings read who held which office)."""

    __slots__ = ()

    def events(
        self,
        kind: EventKind | str | Iterable[EventKind | str] | None = None,
        country: str | None = None,
        between: Iterable[str] | None = None,
        participant: str | None = None,
        year: int | str | None = None,
        as_of: DateLike | PartialDate | None = None,
    ) -> tuple[Event, ...]:
        """Events filtered, in date order (events without a date last).

        ``between`` keeps events involving both countries; ``participant`` is a
        person id; ``year`` an int, integral number or string of digits; ``as_of``
        answers as the sources published by that day did.

        Args:
            kind: an :class:`~chibo.EventKind` (or its value), or several (None: any).
            country: an ISO alpha-2 code: events involving that country.
            between: two codes: events involving both countries.
            participant: a person id.
            year: the event's year.
            as_of: answer as the sources of that day knew it.

        Returns:
            The :class:`~chibo.Event` records.

        Raises:
            NotFound: an unknown participant, or nothing at all for a participant filter.
            InvalidQuery: an unknown kind, a malformed country, pair, year or day.
            NotFound: a country the dataset does not hold, or an unknown participant.

        Examples:
            >>> import chibo
            >>> len(chibo.load().events(year="2026")) == len(chibo.load().events(year=2026))
            True
        """
        if as_of is not None:
            return self.as_of(as_of).events(kind, country, between, participant, year)
        kinds = _kinds(kind)
        cc = self.country(country).id if country is not None else None
        pair = normalize_pair(between) if between is not None else None
        for code in pair or ():
            self.country(code)  # an unknown country is NotFound, never an empty answer
        if participant is not None:
            if not isinstance(participant, str):
                raise InvalidQuery(f"participant must be a person id (a string), got {type(participant).__name__}")
            self.person(participant)
        wanted_year = as_year(year, "year") if year is not None else None
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
            if wanted_year is not None and (event.date is None or event.date.year != wanted_year):
                continue
            found.append(event)
        return tuple(sorted(found, key=_event_key))

    find_events = deprecated_alias(events, "find_events")

    def meetings(
        self,
        country: str | None = None,
        between: Iterable[str] | None = None,
        participant: str | None = None,
        year: int | str | None = None,
        as_of: DateLike | PartialDate | None = None,
    ) -> tuple[Event, ...]:
        """Meetings between officials: in person, by phone, visits and commissions, in date order.

        With ``between=(A, B)`` only events where officials of both countries met or
        spoke are kept: among the participants there is someone of each country. A
        participant belongs to a country through an office of that country whose term
        covers the event's date, or, where no term is recorded, through a nationality.
        A visit by one side alone (Kast at the Chacalluta border post; Choquehuanca's
        unofficial 2015 trip to Santiago, with no Chilean authority met) is an event,
        not a meeting: find it with :meth:`events`.

        Args:
            country: an ISO alpha-2 code: meetings that involve that country.
            between: two codes: meetings between officials of both.
            participant: a person id.
            year: the year of the meeting (an int or a string of digits).
            as_of: answer as the sources of that day knew it (see :meth:`as_of`).

        Returns:
            The meeting events, by date.

        Raises:
            InvalidQuery: a malformed country, pair or year.
            NotFound: an unknown participant.

        Examples:
            >>> import chibo
            >>> held = chibo.load().meetings(between=("BO", "CL"), year=2026)
            >>> "2026-01-15-fm-meeting-santiago" in {e.id for e in held}
            True
        """
        found = self.events(MEETING_KINDS, country, between, participant, year, as_of)
        if between is None:
            return found
        pair = normalize_pair(between)
        view = self if as_of is None else self.as_of(as_of)
        return tuple(e for e in found if all(view._represented(e, cc) for cc in pair))

    def _represented(self, event: Event, country: str) -> bool:
        """Whether a participant of ``event`` acted for ``country`` (office held that day, or nationality)."""
        for person_id in event.participants:
            terms = self.terms(person=person_id)
            if terms and event.date is not None:
                day = event.date
                if any(
                    self._offices[t.office].country == country and (t.covers(day.earliest) or t.covers(day.latest))
                    for t in terms
                ):
                    return True
            person = self._by_id.get(person_id)
            if isinstance(person, model.Person) and country in person.nationalities:
                return True
        return False

    def last_meeting(
        self,
        between: Iterable[str] = ("BO", "CL"),
        role: Role | str = "foreign_minister",
        before: DateLike | PartialDate | None = None,
    ) -> Event | None:
        """The latest held meeting before a day in which holders of ``role`` from both countries took part.

        A participant counts when one of their terms in that role and country covers the
        meeting's date (its first or last possible day).

        Args:
            between: the two countries' ISO alpha-2 codes.
            role: the role both sides held (``"foreign_minister"`` by default).
            before: the day (today if None).

        Returns:
            The meeting, or None when no such meeting is recorded.

        Raises:
            InvalidQuery: a malformed pair, role or day.

        Examples:
            >>> import chibo
            >>> chibo.load().last_meeting(before="2026-02-01").id
            '2026-01-15-fm-meeting-santiago'
        """
        pair = normalize_pair(between)
        wanted = vocabulary(Role, role, "role")
        limit = day_or_today(before, "before")

        def holds(person: str, country: str, event: Event) -> bool:
            assert event.date is not None
            return any(
                term.covers(event.date.earliest) or term.covers(event.date.latest)
                for term in self.terms(person=person, role=wanted, country=country)
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

    def timeline(
        self,
        start: DateLike | PartialDate | int | None = None,
        end: DateLike | PartialDate | int | None = None,
        country: str | None = None,
        as_of: DateLike | PartialDate | None = None,
    ) -> tuple[TimelineEntry, ...]:
        """Events, terms beginning and ending, election rounds, decrees and relations changes, in order.

        An entry is kept when the days it may stand for overlap ``[start.earliest, end.latest]``.

        Args:
            start: the window's start; may be partial (``"2025-10"``) or a year (``2025``); None: open.
            end: the window's end, likewise.
            country: keep entries about this country (ISO alpha-2 code).
            as_of: answer as the sources of that day knew it (see :meth:`as_of`).

        Returns:
            The :class:`~chibo.TimelineEntry` values, by date, kind and record id.

        Raises:
            InvalidQuery: a window that ends before it starts, or a malformed date or country.

        Examples:
            >>> import chibo
            >>> entries = chibo.load().timeline("1978-03-17", "1978-03-17")
            >>> ("1978-03-17", "relations_change") in {(str(e.date), e.kind.value) for e in entries}
            True
        """
        if as_of is not None:
            return self.as_of(as_of).timeline(start, end, country)
        from chibo.chronology import Timeline, build_timeline, window_bounds

        low, high = window_bounds(start, end)
        if self._timeline is None:
            object.__setattr__(self, "_timeline", Timeline(build_timeline(self.records.as_dict(), self._by_id)))
        assert self._timeline is not None
        entries = self._timeline.window(low, high)
        if country is None:
            return entries
        cc = self.country(country).id
        return tuple(entry for entry in entries if cc in entry.countries)
