"""Statements about the relationship: relations breaks and levels, meetings, "the first in N years"."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from chibo.check.compare import age_on, date_fits, date_verdict, days_between
from chibo.check.context import Sentence
from chibo.check.mentions import Mention, find_countries
from chibo.check.report import CheckVerdict, StatementKind
from chibo.check.text import DateMention, fold
from chibo.dates import PartialDate
from chibo.model import Event, EventStatus, RelationsLevel, RelationsPeriod, Role

_LEVELS = [
    RelationsLevel.NONE,
    RelationsLevel.CONSULAR,
    RelationsLevel.CHARGE_D_AFFAIRES,
    RelationsLevel.MINISTER,
    RelationsLevel.AMBASSADOR,
]
_BREAK = r"\b(?:romp\w+|broke|broken|break|breaking|ruptura|rupture|severed|cut off|interrumpid\w*|suspendi\w*)\b"
_RESTORE = r"\b(?:restablec\w*|restor\w*|reanud\w*|resum\w*)\b"
_RELATIONS = r"\b(?:relaciones|relations|ties|embajador\w*|ambassadors?)\b"
_WITHOUT = (
    r"\b(?:sin|no|not|without|there have been no|no tienen|no hay|never)\b[^.]{0,40}"
    r"\b(?:embajador\w*|ambassadors?|relaciones|relations)\b"
)
_IRREALIS = (
    r"spoke of|talk(?:ed|s)? of|hablo de|plan\w*|propos\w*|hope\w*|quiere|busca\w*|would|could|might|may|podria"
    r"|puerta a|willing|dispuest\w*|intent\w*|goal|objetivo|para\s*$|to\s*$"
)
_AGO = r"\b(?:desde hace|hace|for)\s+(?P<n>\d{1,3})\s+(?:anos|years)\b"


def _periods(s: Sentence) -> list[RelationsPeriod]:
    return sorted(s.article.ds.records.relations, key=lambda p: p.start.earliest if p.start else dt.date.min)


def _changes(s: Sentence, down: bool) -> list[RelationsPeriod]:
    """Periods that began with a break (``down``) or a restoration (not ``down``)."""
    periods = _periods(s)
    out = []
    for before, after in itertools.pairwise(periods):
        if (_LEVELS.index(after.level) < _LEVELS.index(before.level)) == down and after.level is not before.level:
            out.append(after)
    return out


def check_relations(s: Sentence) -> None:
    """ "Bolivia broke off relations in April 1962", "no tienen embajadores desde 1978", "desde hace 45 años"."""
    if not re.search(_RELATIONS, s.folded):
        prev = s.previous()
        if prev is None or not re.search(_RELATIONS, prev.folded) or not re.search(f"{_BREAK}|{_RESTORE}", s.folded):
            return  # "se restablecieron en 1975" after a sentence on relations is about them too
    brk = re.search(_BREAK, s.folded)
    restore = re.search(_RESTORE, s.folded)
    if restore and re.search(_IRREALIS, s.folded[max(0, restore.start() - 40) : restore.start()]):
        restore = None  # "spoke of restoring", "dejó abierta la puerta a restablecer": not a fact
    without = re.search(_WITHOUT, s.folded)
    ago = re.search(_AGO, s.folded)
    if not (brk or restore or without):
        return
    base = s.article.published or dt.date.today()
    periods = _periods(s)
    current = next((p for p in reversed(periods) if p.start and p.start.earliest <= base), None)
    query = "chibo.relations_history()"
    if ago and current is not None and current.start is not None:
        n = int(ago.group("n"))
        years = age_on(current.start, base)
        years.add(base.year - current.start.year)
        s.finding(
            kind=StatementKind.RELATIONS,
            span=(s.at(without.start() if without else ago.start()), s.at(ago.end())),
            stated=f"{n} years since {current.level.value} relations began",
            found=f"since {current.start} ({'/'.join(str(y) for y in sorted(years))} years)",
            verdict=CheckVerdict.CONFIRMED if n in years else CheckVerdict.CONTRADICTED,
            evidence=(current.id,),
            query=query,
        )
        return
    triggers: list[tuple[int, int, str]] = [(m.start(), m.end(), "break") for m in re.finditer(_BREAK, s.folded)]
    for m in re.finditer(_RESTORE, s.folded):
        if not re.search(_IRREALIS, s.folded[max(0, m.start() - 40) : m.start()]):
            triggers.append((m.start(), m.end(), "restore"))
    if without:
        triggers.append((without.start(), without.end(), "without"))
    used: set[int] = set()
    for start, end, kind in sorted(triggers):
        at, stop = s.at(start), s.at(end)
        near = [d for d in s.dates if at - 25 <= d.start <= stop + 40 and d.start not in used]
        if not near:
            continue
        after = [d for d in near if d.start >= stop]
        stated = after[0] if after else max(near, key=lambda d: d.start)
        used.add(stated.start)
        _relations_finding(s, kind, at, stop, stated, current)


_LEVEL_WORDS = (
    (r"consular", RelationsLevel.CONSULAR),
    (r"encargad\w* de negocios|charge", RelationsLevel.CHARGE_D_AFFAIRES),
    (r"embajador\w*|ambassador\w*|plenas|full", RelationsLevel.AMBASSADOR),
)


def _relations_finding(
    s: Sentence, kind: str, at: int, stop: int, stated: DateMention, current: RelationsPeriod | None
) -> None:
    candidates = _changes(s, down=kind != "restore")
    if kind == "restore":  # "restored consular relations in 1979": a restoration to that level
        near = s.folded[max(0, at - s.start - 30) : stop - s.start + 30]
        named = next((level for pattern, level in _LEVEL_WORDS if re.search(pattern, near)), None)
        if named is not None:
            candidates = [p for p in candidates if p.level is named]
    if kind == "without" and current is not None:
        candidates = [current]
    if not candidates:
        return
    fitting = [p for p in candidates if p.start is not None and date_fits(stated, p.start)]
    if fitting:
        chosen, verdict = fitting[0], CheckVerdict.CONFIRMED
    else:
        since = re.search(r"\b(?:desde|since)\b", s.folded)
        if since and current is not None and current in candidates:
            chosen = current
        else:
            day = stated.bounds()[0]
            chosen = min(candidates, key=lambda p: abs(days_between(p.start.earliest if p.start else dt.date.min, day)))
        verdict = date_verdict(stated, chosen.start)
    s.finding(
        kind=StatementKind.RELATIONS,
        span=(min(at, stated.start), max(stated.end, stop)),
        stated=f"{'restored' if kind == 'restore' else 'broken'} on {stated.iso()}",
        found=f"{chosen.level.value} from {chosen.start}",
        verdict=verdict,
        evidence=(chosen.id,),
        query="chibo.relations_history()",
    )


# ---------------------------------------------------------------- meetings

_MEET = (
    r"\b(?:se reuni\w*|reunido|reunieron|reunio|reunira\w*|met|meet|meets|meeting with|encuentro con"
    r"|mantuvo un encuentro|received|recibio|"
    r"embraced|se abrazaron|abrazo|held talks|conversaron|hablaron por telefono|spoke by phone|visited|visito"
    r"|attended|asistio a)\b"
)
_FUTURE_MEET = (
    r"\b(?:se reunira\w*|reunira\w*|will meet|are to meet|is to meet|plan(?:s|ned)? to meet|would meet"
    r"|van a reunirse|se encontraran|will hold talks|viajara|will travel)\b"
)
_MEETING_KINDS = {"meeting", "visit", "phone_call", "inauguration", "commission", "signing"}


def _people_for(s: Sentence) -> list[Mention]:
    mentions = list(s.people)
    if len({m.candidates[0] for m in mentions}) < 2:
        prev = s.previous()
        if prev is not None and prev.people:
            mentions = [prev.people[0], *mentions]
    return mentions


def _events_with(s: Sentence, people: set[str]) -> list[Event]:
    return [
        e
        for e in s.article.ds.records.events
        if e.kind.value in _MEETING_KINDS and people <= set(e.participants) and e.date is not None
    ]


_PLACE = re.compile(r"\b(?:in|en|at)\s+((?:[A-ZÁÉÍÓÚ][\wáéíóúñ'-]+)(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ'-]+)*)")


def _stated_place(s: Sentence, at: int) -> tuple[str, int] | None:
    """The place a meeting sentence names after its verb ("met in Lima"), and where it ends."""
    m = _PLACE.search(s.article.text, at, s.end)
    if not m or m.start() - at > 60:
        return None
    name = m.group(1)
    if re.fullmatch(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*",
        name,
    ):
        return None
    return name, m.end(1)


def _place_fits(s: Sentence, where: tuple[str, int], place: str | None) -> bool | None:
    """True if the event's place holds the named place; False if the named place is in another
    country than the event's; None when it cannot tell (an unknown place name)."""
    if not place:
        return None
    named = " ".join(re.findall(r"[a-z0-9]+", fold(where[0])))
    if named and named in " ".join(re.findall(r"[a-z0-9]+", fold(place))):
        return True
    codes = [c for _, c in find_countries(s.article.index, where[0], 0, len(where[0]))]
    capitals = [c.id for c in s.article.ds.records.countries if c.capital and fold(c.capital) == named]
    for code in codes + capitals:
        return _in_country(s, place, code)
    return None


def check_meeting(s: Sentence) -> None:
    """ "X se reunió el 23 de diciembre con Y", "X and Y met in Santiago on 15 January"."""
    m = re.search(_MEET, s.folded)
    if not m:
        return
    at = s.at(m.start())
    mentions = _people_for(s)
    resolved: list[str] = []
    for mention in mentions:
        for candidate in mention.candidates:
            if any(candidate in e.participants for e in s.article.ds.records.events):
                if candidate not in resolved:
                    resolved.append(candidate)
                break
    if len(resolved) < 2:
        return
    events = _events_with(s, set(resolved[:2]))
    dates = [d for d in s.dates if not d.year_only or d.start > at]
    stated = min(dates, key=lambda d: abs(d.start - at)) if dates else None
    first = min([x.start for x in mentions if x.start >= s.start] + [at])
    span = (first, max(at + len(m.group(0)), stated.end if stated else at))
    query = f"chibo.meetings(participant={resolved[0]!r})"
    if not events and re.match(r"attended|asistio", m.group(0)):
        return  # attending an event is not meeting each person the sentence names
    if not events:
        s.finding(
            kind=StatementKind.MEETING,
            span=span,
            stated=f"{' and '.join(resolved[:2])} met",
            found=None,
            verdict=CheckVerdict.UNVERIFIED,
            query=query,
            note="no recorded meeting of these people (meetings are a selection)",
        )
        return
    if stated is None:
        return
    future = bool(re.search(_FUTURE_MEET, s.folded))
    held = [e for e in events if e.status is EventStatus.HELD] or events
    fit = [e for e in (events if future else held) if e.date is not None and date_fits(stated, e.date)]
    where = _stated_place(s, at)
    if fit:
        event, verdict = fit[0], CheckVerdict.CONFIRMED
    else:
        # the data holds a selection of meetings: a day that fits none of them contradicts only
        # when the text surely speaks of one it holds (same place, or within a week), never a plan
        first_day = stated.bounds()[0]
        event = min(held, key=lambda e: abs(days_between(e.date.earliest if e.date else dt.date.min, first_day)))
        gap = abs(days_between(event.date.earliest if event.date else dt.date.min, first_day))
        same_place = where is not None and _place_fits(s, where, event.place) is True
        sure = not future and (gap <= 7 or (same_place and gap <= 60))
        verdict = date_verdict(stated, event.date, event.alternative_dates("date")) if sure else CheckVerdict.UNVERIFIED
    s.article.last_date = stated if stated.date is not None else s.article.last_date
    s.article.last_meeting = stated if stated.date is not None else s.article.last_meeting
    if where is not None and verdict is CheckVerdict.CONFIRMED:
        place_ok = _place_fits(s, where, event.place)
        if place_ok is False:
            verdict = CheckVerdict.CONTRADICTED
        span = (span[0], max(span[1], where[1]))
    s.finding(
        kind=StatementKind.MEETING,
        span=span,
        stated=f"{' and '.join(resolved[:2])} {'to meet' if future else 'met'} on {stated.iso()}"
        + (f" in {where[0]}" if where else ""),
        found=f"{event.date} {event.place or ''}".strip(),
        verdict=verdict,
        evidence=(event.id,),
        query=query,
    )


# ---------------------------------------------------------------- "the first in N years"

_FIRST = r"\b(?:el primer|la primera|the first|primer|primera|first)\b"
_IN_YEARS = r"\b(?:en|in)\s+(?P<n>\d{1,3})\s+(?:anos|years)\b"
_SINCE_YEAR = r"\b(?:desde|since)\s+(?:(?:el|la)\s+)?(?P<y>1[89]\d\d|20\d\d)\b"
_INAUGURATION = r"cambio de mando|investidura|toma de posesion|transmision de mando|inauguration|swearing-in|asuncion"
_TRIP = (
    r"\b(?P<ord>primer|segundo|tercer|cuarto|quinto|first|second|third|fourth|fifth)"
    r"\s+(?:\w+\s+)?(?:viaje|gira|trip|visit|visita)\b"
)
_ORD = {
    "primer": 1,
    "first": 1,
    "segundo": 2,
    "second": 2,
    "tercer": 3,
    "third": 3,
    "cuarto": 4,
    "fourth": 4,
    "quinto": 5,
    "fifth": 5,
}


def _role_holders(s: Sentence, role: Role, country: str, on: PartialDate) -> set[str]:
    offices = {o.id for o in s.article.ds.records.offices if o.country == country and o.role is role and o.single_seat}
    day = on.earliest
    return {t.person for t in s.article.ds.records.terms if t.office in offices and t.may_overlap(day, day)}


def _in_country(s: Sentence, place: str | None, code: str) -> bool:
    """Whether an event's place lies in a country: its names, capital, seat or known cities."""
    if not place:
        return False
    text = " " + " ".join(re.findall(r"[a-z0-9]+", fold(place))) + " "
    names = [key for key, value in s.article.index.countries.items() if value == code]
    country = next((c for c in s.article.ds.records.countries if c.id == code), None)
    if country is not None:
        for extra in (country.capital, country.seat_of_government):
            if extra:
                names.append(tuple(re.findall(r"[a-z0-9]+", fold(extra))))
    return any(f" {' '.join(name)} " in text for name in names if name)


def _place_named(s: Sentence, start: int, end: int) -> str | None:
    """The country a "first ... in N years" phrase restricts to ("en territorio chileno", "in La Paz")."""
    phrase = s.folded[start:end]
    m = re.search(r"\b(?:en|in|on)\s+(?:(?:el|la|the)\s+)?(?:territorio|suelo|soil|territory|tierra)?\s*", phrase)
    if not m:
        return None
    found = [c for at, c in s.countries if s.at(start + m.end()) <= at < s.at(end)]
    return found[0] if len(set(found)) == 1 else None


def _before_current(events: list[Event], told: bool) -> tuple[Event | None, dt.date | None]:
    """The latest event of ``events`` and the day to count from. When the article did not say
    which event it speaks of, the latest is taken to be that one: the one before it is
    returned, with the day of the one spoken of."""
    ordered = sorted(events, key=lambda e: (e.date.latest if e.date else dt.date.min, e.id))
    anchor = None
    if not told and ordered:
        current = ordered.pop()
        anchor = current.date.earliest if current.date else None
        ordered = [e for e in ordered if e.date and current.date and e.date.latest < current.date.earliest]
    return (ordered[-1] if ordered else None), anchor


def check_first_in(s: Sentence) -> None:
    """ "The first meeting of the foreign ministers since 2001", "el primer ... en 25 años", "segundo viaje"."""
    trip = re.search(_TRIP, s.folded)
    if trip:
        _check_trip(s, trip)
        return
    first = re.search(_FIRST, s.folded)
    if not first:
        return
    span_end = re.search(_IN_YEARS, s.folded) or re.search(_SINCE_YEAR, s.folded)
    if not span_end or span_end.start() < first.start():
        return
    # the event the sentence speaks of: the day the article last told, else the latest such
    # event up to the article's day (both are excluded: "prior" means before it)
    inaugural = re.search(_INAUGURATION, s.folded)
    # a meeting's "first since" counts from the meeting the text told (or a day the sentence
    # names); an inauguration's from the taking of office it told
    own = [d for d in s.dates if not d.year_only and d.end <= s.at(first.start()) + 200 and d.date is not None]
    anchor_told = own[0] if own else (s.article.last_date if inaugural else s.article.last_meeting)
    told = anchor_told is not None
    if anchor_told is not None:
        ref = anchor_told.bounds()[0]
    elif s.article.published is not None:
        ref = s.article.published + dt.timedelta(days=1)
    else:
        return
    n = span_end.groupdict().get("n")
    since = dt.date(ref.year - int(n), ref.month, min(ref.day, 28)) if n else dt.date(int(span_end.group("y")), 12, 31)
    roles = [r.role for r in s.roles]
    role = roles[0] if roles else Role.PRESIDENT
    query: str
    prior: Event | None = None
    anchor: dt.date | None = None
    if inaugural:
        subject = next(iter(s.people), None)
        country = None
        if subject is not None:
            record = s.article.person(subject.candidates[0])
            country = record.nationalities[0] if record and record.nationalities else None
        host = [c for _, c in s.countries if c != country]
        if country is None or not host:
            return
        candidates = []
        for e in s.article.ds.records.events:
            if e.date is None or e.date.earliest >= ref - dt.timedelta(days=1):
                continue
            text = fold(e.title + " " + " ".join(e.outcomes))
            taking_office = (
                r"\binauguration\b|investidura|toma de posesion|transmision de mando|cambio de mando|sworn in"
            )
            if e.status is not EventStatus.HELD:
                continue
            if not (e.kind.value == "inauguration" or re.search(taking_office, text)):
                continue
            if not _in_country(s, e.place, host[0]):
                continue
            if set(e.participants) & _role_holders(s, role, country, e.date):
                candidates.append(e)
        prior, anchor = _before_current(candidates, told)
        query = f"chibo.events(kind='inauguration', country={host[0]!r})"
    else:
        where = _place_named(s, first.end(), span_end.start())
        before = ref - dt.timedelta(days=1)
        held = [
            e
            for e in s.article.ds.records.events
            if e.kind.value in _MEETING_KINDS
            and e.status is EventStatus.HELD
            and e.date is not None
            and e.date.latest <= before
            and (where is None or _in_country(s, e.place, where))
            and set(e.participants) & _role_holders(s, role, "BO", e.date)
            and set(e.participants) & _role_holders(s, role, "CL", e.date)
        ]
        prior, anchor = _before_current(held, told)
        query = f"chibo.last_meeting(role={role.value!r}, before={before.isoformat()!r})"
        if where is not None:
            query = f"chibo.meetings(between=('BO', 'CL'))  # held in {where}, before {before.isoformat()}"
    if anchor is not None and n:
        since = dt.date(anchor.year - int(n), anchor.month, min(anchor.day, 28))
    a, b = s.at(first.start()), s.at(span_end.end())
    stated = f"none since {since.isoformat()}"
    if prior is None or prior.date is None:
        s.finding(
            kind=StatementKind.MEETING,
            span=(a, b),
            stated=stated,
            found=None,
            verdict=CheckVerdict.UNVERIFIED,
            query=query,
        )
        return
    later = prior.date.earliest > since
    s.finding(
        kind=StatementKind.MEETING,
        span=(a, b),
        stated=stated,
        found=f"{prior.date}: {prior.title}",
        verdict=CheckVerdict.CONTRADICTED
        if later
        else CheckVerdict.CONFIRMED
        if prior.date.year == since.year
        else CheckVerdict.UNVERIFIED,
        evidence=(prior.id,),
        query=query,
    )


def _check_trip(s: Sentence, trip: re.Match[str]) -> None:
    """ "Es el segundo viaje internacional de Kast desde su triunfo": count trips since the win."""
    if not re.search(
        r"desde su (?:triunfo|victoria|eleccion)|since (?:his|her) (?:victory|election|win)"
        r"|tras su (?:triunfo|eleccion)",
        s.folded,
    ):
        return
    mention = next(iter(s.people), None)
    if mention is None:
        return
    person = mention.candidates[0]
    record = s.article.person(person)
    if record is None or not record.nationalities:
        return
    home = next((c for c in s.article.ds.records.countries if c.id == record.nationalities[0]), None)
    won: dt.date | None = None
    for election in s.article.ds.records.elections:
        last = election.rounds[-1] if election.rounds else None
        if last and last.date and last.winner == person:
            won = last.date.earliest
    days = [d for d in s.dates if d.date is not None and d.date.is_day]
    if days:  # "viajó a Quito el 23 de diciembre, su segundo viaje": that trip
        ref: dt.date | None = days[0].bounds()[0]
    else:
        ref = s.article.last_date.bounds()[0] if s.article.last_date else s.article.published
    if won is None or ref is None or home is None:
        return
    trips = sorted(
        {
            e.date.earliest
            for e in s.article.ds.records.events
            if person in e.participants
            and e.status is EventStatus.HELD
            and e.date is not None
            and e.date.is_day
            and won < e.date.earliest <= ref
            and e.kind.value in {"visit", "meeting"}
            and e.place
            and not _in_country(s, e.place, home.id)
        }
    )
    stated = _ORD[trip.group("ord")]
    actual = len(trips)
    s.finding(
        kind=StatementKind.MEETING,
        span=(s.at(trip.start()), mention.end),
        stated=f"trip number {stated} abroad since the election of {won}",
        found=f"{actual} ({', '.join(d.isoformat() for d in trips)})",
        verdict=CheckVerdict.CONFIRMED if actual == stated else CheckVerdict.CONTRADICTED,
        query=f"chibo.events(participant={person!r})",
    )
