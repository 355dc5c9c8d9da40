"""Statements about office holders ("juró como presidente", "in power since") and ages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from chibo.check.compare import age_on, date_fits, date_verdict, days_between, strongest
from chibo.check.context import Sentence
from chibo.check.mentions import Mention, RoleMention
from chibo.check.report import CheckVerdict, StatementKind
from chibo.check.text import DateMention
from chibo.dates import PartialDate
from chibo.errors import ChiboError, NotCovered
from chibo.model import Person, Role, Term

_TAKE = (
    r"\b(?:juro|juramento|asumio|asume|asumira|asumido|jurado|tomo posesion|fue investid[oa]"
    r"|inicio su (?P<ord>\w+ )?mandato"
    r"|sworn in|took office|takes office|will take office|took up (?:his|her|the) post|was inaugurated"
    r"|assumed (?:office|the)"
    r"|began (?:his|her) (?P<ord2>\w+ )?term|(?:chose|eligio|elected|designo|appointed|named|nombro) "
    r"|seized power|took power|came to power|tomo el poder|llego al poder|asumio el poder|se hizo con el poder)"
)
_SINCE = r"\b(?:desde|since)\b"
_POWER = (
    r"en el poder|in power|held the post|gobernaba|gobierna|headed|ha encabezado|ha dirigido|al frente|en el cargo"
    r"|in office|has led|has headed|had held|ejerce|ejercia|governed|has governed|had governed|has ruled|had ruled"
    r"|ocupa el cargo|ocupaba el cargo|holds the post|has held the post|ocupa la|goberno|gobernado|presidio"
    r"|in the post|in the job|en el puesto"
)
_DURING = (
    r"\b(?:during|under) the (?:presidency|government|rule) of"
    r"|\b(?:durante|bajo) (?:la presidencia|el gobierno|el mandato) de"
    r"|\bunder (?:president|presidente) |\bbajo (?:el )?(?:presidente|la presidenta) "
    r"|\bdecided by the government of|\bdecidid[oa] por el gobierno de|\bthe government of|\bel gobierno de"
)
_ORDINALS = {
    "primer": 1,
    "primero": 1,
    "first": 1,
    "segundo": 2,
    "second": 2,
    "tercer": 3,
    "third": 3,
    "cuarto": 4,
    "fourth": 4,
}
_SAME_ACT = r"\b(?:en el mismo acto|en la misma ceremonia|in the same ceremony|at the same ceremony)\b"


def office_of(s: Sentence, country: str, role: Role) -> str | None:
    """The office id for a country's role (president, vice president, foreign minister)."""
    for office in s.article.ds.records.offices:
        if office.country == country and office.role is role and office.single_seat:
            return office.id
    return None


def terms_in(s: Sentence, person: str, office: str) -> list[Term]:
    """The person's terms in the office, by start."""
    terms = [t for t in s.article.ds.records.terms if t.person == person and t.office == office]
    return sorted(terms, key=lambda t: t.start.earliest if t.start else dt.date.min)


def person_terms(s: Sentence, person: str, roles: tuple[Role, ...]) -> list[Term]:
    """The person's terms in any single-seat office of those roles, by start."""
    offices = {o.id for o in s.article.ds.records.offices if o.role in roles and o.single_seat}
    terms = [t for t in s.article.ds.records.terms if t.person == person and t.office in offices]
    return sorted(terms, key=lambda t: t.start.earliest if t.start else dt.date.min)


def pick(s: Sentence, mention: Mention, want: Callable[[str], bool]) -> str | None:
    """The first candidate of a mention for which ``want(person_id)`` holds."""
    for candidate in mention.candidates:
        if want(candidate):
            return candidate
    return None


def _date_after(s: Sentence, offset: int) -> DateMention | None:
    later = [d for d in s.dates if (d.start >= offset and not d.year_only) or d.start >= offset]
    return min(later, key=lambda d: d.start) if later else None


def _subject(s: Sentence, offset: int) -> Mention | None:
    before = [m for m in s.people if m.end <= offset]
    if before:
        return before[-1]
    after = [m for m in s.people if m.start >= offset]
    return after[0] if after else None


def check_take_office(s: Sentence) -> None:
    """ "X juró el 8 de noviembre como presidente", "took up his post on 19 November"."""
    m = s.find(_TAKE)
    if not m or re.search(r"\brelaciones\b|\brelations\b", s.folded):
        return
    verb = s.at(m.start())
    if re.match(r"(?:chose|eligio|elected|designo|appointed|named|nombro) ", m.group(0)) and not s.roles:
        return
    subject = _subject(s, verb)
    if subject is None:
        return
    roles = [r for r in s.roles if not r.elect]
    role = min(roles, key=lambda r: abs(r.start - verb)).role if roles else None
    stated = _date_after(s, verb) or (min(s.dates, key=lambda d: abs(d.start - verb)) if s.dates else None)
    if stated is None and s.find(_SAME_ACT):
        stated = s.article.last_date
    if stated is not None and stated.year_only and s.find(r"\bnacid|\bborn\b"):
        return
    wanted = (role,) if role else (Role.PRESIDENT, Role.VICE_PRESIDENT, Role.FOREIGN_MINISTER)
    person = pick(s, subject, lambda p: bool(person_terms(s, p, wanted)))
    if person is None:
        return
    terms = person_terms(s, person, wanted)
    if roles and roles[0].country:
        terms = [t for t in terms if t.office.startswith(roles[0].country.lower() + "-")] or terms
    ordinal = (m.groupdict().get("ord") or m.groupdict().get("ord2") or "").strip()
    if ordinal in _ORDINALS and len(terms) >= _ORDINALS[ordinal]:
        term = terms[_ORDINALS[ordinal] - 1]
    elif stated is not None:
        first = stated.bounds()[0]
        term = min(terms, key=lambda t: abs(days_between(t.start.earliest if t.start else dt.date.min, first)))
    else:
        base = s.article.published or dt.date.today()
        term = min(terms, key=lambda t: abs(days_between(t.start.earliest if t.start else dt.date.min, base)))
    end = max(subject.end, stated.end if stated and stated.start >= s.start else subject.end, m.end() + s.start)
    span = (subject.start if 0 <= verb - subject.end < 25 or subject.start > verb else verb, end)
    query = f"chibo.terms(person={person!r})"
    if stated is None:
        day = s.article.published
        recent = day is not None and term.start is not None and abs(days_between(term.start.earliest, day)) <= 45
        s.finding(
            kind=StatementKind.OFFICE_HOLDER,
            span=span,
            stated=f"{person} took office as {term.office}",
            found=str(term.start),
            verdict=CheckVerdict.CONFIRMED if recent else CheckVerdict.UNVERIFIED,
            evidence=(term.id,),
            query=query,
        )
        return
    verdict = date_verdict(stated, term.start, term.alternative_dates("start"))
    s.article.last_date = stated if stated.date and stated.date.is_day else s.article.last_date
    s.finding(
        kind=StatementKind.OFFICE_HOLDER,
        span=span,
        stated=f"{person} took office as {term.office} on {stated.iso()}",
        found=str(term.start),
        verdict=verdict,
        evidence=(term.id,),
        query=query,
    )


def check_since(s: Sentence) -> None:
    """ "Luis Arce, en el poder desde noviembre de 2019", "headed the ministry since March 2023"."""
    for m in re.finditer(_SINCE, s.folded):
        at = s.at(m.start())
        stated = next((d for d in s.dates if 0 <= d.start - m.end() - s.start <= 4), None)
        if stated is None:
            continue
        window = s.folded[max(0, m.start() - 60) : m.start()]
        roles = [r for r in s.roles if r.start < at and not r.elect]
        if re.search(
            r"relacion|relation|embajador|ambassador|sin |without|no (?:tienen|hay)|there have been no", window
        ):
            continue
        power = re.search(_POWER, window)
        if not power and (not roles or at - roles[-1].end > 25):
            continue  # "enfrentado con Paz desde diciembre": a "since" that is not about the post
        subject = _subject(s, at)
        if subject is None:
            continue
        wanted = (roles[-1].role,) if roles else (Role.PRESIDENT, Role.VICE_PRESIDENT, Role.FOREIGN_MINISTER)
        person = pick(s, subject, lambda p, w=wanted: bool(person_terms(s, p, w)))  # type: ignore[misc]
        if person is None:
            continue
        terms = person_terms(s, person, wanted)
        if roles and roles[-1].country:
            terms = [t for t in terms if t.office.startswith(roles[-1].country.lower() + "-")] or terms
        base = s.article.published or dt.date.today()
        current = [t for t in terms if t.may_overlap(base, base)]
        past = [t for t in terms if t.start and t.start.earliest <= base]
        term = current[-1] if current else (past[-1] if past else terms[-1])
        verdict = date_verdict(stated, term.start, term.alternative_dates("start"))
        gone = None if current or verdict is CheckVerdict.CONTRADICTED else _gone_by(s, person, term, base)
        if gone and re.search(_PRESENT, window) and not re.search(_PAST, re.sub(r"\b(?:has|have) \w+", "", window)):
            s.finding(  # "X es presidente desde 2020" of someone no longer in office on the article's day
                kind=StatementKind.OFFICE_HOLDER,
                span=(min(subject.start, at), stated.end),
                stated=f"{person} in {term.office} since {stated.iso()}, still on {base.isoformat()}",
                found=term.dates,
                verdict=CheckVerdict.CONTRADICTED,
                evidence=(term.id,),
                query=f"chibo.terms(person={person!r})",
                note=f"not in that office on the article's day ({base.isoformat()}): {gone}",
            )
            continue
        s.finding(
            kind=StatementKind.OFFICE_HOLDER,
            span=(min(subject.start, at), stated.end),
            stated=f"{person} in {term.office} since {stated.iso()}",
            found=str(term.start),
            verdict=verdict,
            evidence=(term.id,),
            query=f"chibo.terms(person={person!r})",
        )


# A present tense that says the person still holds the post on the article's day (a tenseless
# "en el poder desde ..." may describe a past moment: "..., entregó el mando").
_PRESENT = (
    r"\b(?:es|is|are|son|esta|sigue|lleva|ha sido|has been|have been|has governed|has ruled|has led|has headed"
    r"|has held|gobierna|ejerce|ocupa|holds)\b"
)
_PAST = r"\b(?:fue|was|were|had|habia|era|gobernaba|ejercia|ocupaba|estuvo|governed|ruled|led|headed|held)\b"


def _died_before(s: Sentence, person: str, day: dt.date) -> PartialDate | None:
    """The day ``person`` died, when it surely falls before ``day``; else None."""
    died = s.article.ds.person(person).death_date
    return died if died is not None and died.latest < day else None


def _gone_by(s: Sentence, person: str, term: Term, day: dt.date) -> str | None:
    """Why ``person`` surely no longer held ``term``'s office on ``day`` (its end, or their
    death, before it), or None when the data cannot say."""
    if term.end is not None and term.end.latest < day:
        return f"the term ended {term.end}"
    died = _died_before(s, person, day)
    return f"{person} died {died}" if died is not None else None


def check_during(s: Sentence) -> None:
    """ "signed during the presidency of Ismael Montes", "decided by the government of Banzer"."""
    m = s.find(_DURING)
    if not m:
        return
    at = s.at(m.end())
    after = [p for p in s.people if p.start >= at]
    if not after or after[0].start - at > 3:
        return
    mention = after[0]
    others = [d for d in s.dates if d.end <= s.at(m.start())] or [d for d in s.dates if d.start > mention.end]
    if not others:
        return
    stated = others[-1]
    person = pick(s, mention, lambda p: bool(person_terms(s, p, (Role.PRESIDENT,))))
    if person is None:
        return
    record = s.article.person(person)
    country = record.nationalities[0] if record and record.nationalities else None
    office = office_of(s, country, Role.PRESIDENT) if country else None
    if office is None or country is None:
        return
    first, last = stated.bounds()
    held = [t for t in s.article.ds.records.terms if t.office == office and t.may_overlap(first, last)]
    query = (
        f"chibo.holder('president', {country!r}, on={stated.iso()!r})"
        if stated.date is not None and stated.date.is_day
        else f"chibo.terms(role='president', country={country!r})"
    )
    span = (s.at(m.start()), mention.end)
    try:
        s.article.ds.holder("president", country, on=PartialDate.of(first))
    except NotCovered:
        s.finding(
            kind=StatementKind.OFFICE_HOLDER,
            span=span,
            stated=f"{person} president on {stated.iso()}",
            found=None,
            verdict=CheckVerdict.NOT_COVERED,
            query=query,
        )
        return
    except ChiboError:
        pass
    mine = [t for t in held if t.person == person]
    verdict = CheckVerdict.CONFIRMED if mine else CheckVerdict.CONTRADICTED
    if not mine and not held:
        verdict = CheckVerdict.UNVERIFIED
    s.finding(
        kind=StatementKind.OFFICE_HOLDER,
        span=span,
        stated=f"{person} president of {country} on {stated.iso()}",
        found=", ".join(sorted({t.person for t in held})) or None,
        verdict=verdict,
        evidence=tuple(t.id for t in (mine or held)),
        query=query,
    )


# ---------------------------------------------------------------- ages and births

_AGE = (
    r"(?:,|\b(?:de|con))\s+(?P<a>\d{1,3})\s+anos(?!\s+(?:despues|antes|atras|mas|de (?!edad\b)))"
    r"|\b(?P<b>\d{1,3})-year-old\b|\ba los (?P<c>\d{1,3}) anos\b|\bat (?P<d>\d{1,3}),(?!\d)|\baged (?P<e>\d{1,3})\b"
    r"|\b(?P<f>\d{1,3}) anos de edad\b|\bis (?P<g>\d{1,3}) years old\b|(?<=[a-z]), (?P<h>\d{2}),(?= [a-z])"
)
_NOT_AGE = r"(?:hace|desde hace|en|durante|por|tras|for|in|after|ago)\s+$"
_KIN = (
    r"\b(?:hij[oa]s?|espos[oa]|madre|padre|niet[oa]s?|herman[oa]s?|sobrin[oa]s?|nuera|yerno|pareja|novi[oa]"
    r"|son|daughter|wife|husband|mother|father|grandson|granddaughter|brother|sister|partner|child|children)\b"
)


def _alive_with_birth(s: Sentence, person_id: str, on: dt.date) -> bool:
    p = s.article.person(person_id)
    if p is None:
        return False
    return p.death_date is None or p.death_date.latest >= on


_INSTITUTION = (
    r"\b(?:senado|camara|congreso|corte|tribunal|asamblea|partido|sindicato|central obrera|empresa|banco"
    r"|universidad|senate|chamber|court|assembly|party|union|company|bank|university|alcald\w+|mayor|gobernador"
    r"|governor|ministr[oa] de (?!relaciones)|diputad[oa]|senador[a]?|lawmaker|deputy|dirigente|leader|analista"
    r"|analyst)\b"
)


def _person_before(s: Sentence, offset: int, on: dt.date) -> str | None:
    """The person an age or "born in" refers to: named just before, else the recent subject."""
    near = [m for m in s.people if m.end <= offset and offset - m.end <= 50]
    for mention in reversed(near):
        found = pick(s, mention, lambda p: _alive_with_birth(s, p, on))
        if found:
            return found
    if re.search(_INSTITUTION, s.folded[: offset - s.start]):
        return None  # "La presidenta del Senado, de 45 años": someone the text does not name
    for back in (0, 1, 2, 3):
        prev = s if back == 0 else s.previous(back)
        if prev is None:
            break
        mentions = prev.people if back else [m for m in s.people if m.start > offset]
        for mention in mentions:
            found = pick(s, mention, lambda p: _alive_with_birth(s, p, on))
            if found:
                return found
    counts: dict[str, int] = {}
    for mention in s.article.people:  # else the article's most named living person
        if _alive_with_birth(s, mention.candidates[0], on):
            counts[mention.candidates[0]] = counts.get(mention.candidates[0], 0) + 1
    return max(counts, key=lambda p: counts[p]) if counts else None


def check_age(s: Sentence) -> None:
    """ "Kast, de 59 años", "The 83-year-old lawmaker", "At 41, he": age on the article's day."""
    for m in re.finditer(_AGE, s.folded):
        if re.search(_NOT_AGE, s.folded[max(0, m.start() - 14) : m.start() + 1]):
            continue
        age = int(next(v for v in m.groupdict().values() if v))
        on = s.article.published
        # "a los N años" tells the age at the event the sentence tells, and so does "At N," with a
        # taking-office verb ("At 43, he was sworn in"); otherwise an age is the one of the article's day
        at_event = bool(m.group("c") or (m.group("d") and s.find(_TAKE)))
        years = [d for d in s.dates if d.date is not None and (on is None or d.date.year != on.year)]
        if s.find(_BORN) or not at_event:
            years = []
        event_day = bool(years and years[0].date is not None)
        if years and years[0].date is not None:
            on = years[0].date.latest
        if on is None:
            continue
        at = s.at(m.start())
        if re.search(_KIN, s.folded[max(0, m.start() - 45) : m.start()]):
            continue  # "el hijo de Kast, de 12 años": someone else's age
        person = _person_before(s, at, on)
        if person is None:
            continue
        record = s.article.person(person)
        if record is None:
            continue
        if at_event and not event_day:
            # "asumió a los 36 años": the age on the day of the event the sentence tells
            took = s.find(_TAKE)
            heads = person_terms(s, person, (Role.PRESIDENT, Role.VICE_PRESIDENT, Role.FOREIGN_MINISTER))
            started = [t.start.earliest for t in heads if t.start is not None and t.start.earliest <= on]
            if not took or not started:
                continue  # the day of the event is not known: no verdict rather than a guess
            on = max(started)
        if record.birth_date is None:
            s.finding(
                kind=StatementKind.AGE_BIRTH,
                span=(at, s.at(m.end())),
                stated=f"{person} aged {age} on {on.isoformat()}",
                found=None,
                verdict=CheckVerdict.UNVERIFIED,
                evidence=(person,),
                query=f"chibo.get({person!r}).birth_date",
                note="the data has no birth date",
            )
            continue
        ages = age_on(record.birth_date, on)
        verdict = (
            CheckVerdict.CONFIRMED
            if ages == {age}
            else CheckVerdict.CONTRADICTED
            if age not in ages
            else CheckVerdict.UNVERIFIED
        )
        s.finding(
            kind=StatementKind.AGE_BIRTH,
            span=(at, s.at(m.end())),
            stated=f"{person} aged {age} on {on.isoformat()}",
            found="/".join(str(a) for a in sorted(ages)) + f" (born {record.birth_date})",
            verdict=verdict,
            evidence=(person,),
            query=f"chibo.get({person!r}).birth_date",
        )


_BORN = r"\b(?:nacid[oa]|born)\b"


def _place_verdict(stated: str, record: Person) -> CheckVerdict:
    from chibo.check.text import fold

    want = fold(stated).strip(" ,.")
    have = [fold(record.birth_place or "")] if record.birth_place else []
    alts = [fold(str(a.value)) for a in record.alternatives_for("birth_place")]
    if not have:
        return CheckVerdict.UNVERIFIED
    if any(want in h or h.split(",")[0] in want for h in have):
        return CheckVerdict.CONFIRMED
    if any(want in a or a.split(",")[0] in want for a in alts):
        return CheckVerdict.DISPUTED
    return CheckVerdict.CONTRADICTED


def check_birth(s: Sentence) -> None:
    """ "nacido en Santiago de Compostela en 1967", "born in Punta Arenas on 11 February 1986"."""
    m = s.find(_BORN)
    if not m:
        return
    at = s.at(m.start())
    on = s.article.published or dt.date.today()
    person = _person_before(s, at, on)
    if person is None:
        return
    record = s.article.person(person)
    if record is None:
        return
    rest = s.text[m.end() :]
    place = re.match(r"\s+(?:en|in)\s+((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+(?:de|del|la)\s+|\s+)?)+)", rest)
    dates = [d for d in s.dates if d.start >= s.at(m.end()) and d.start - s.at(m.end()) < 60]
    end = s.at(m.end())
    parts: list[str] = []
    verdicts: list[CheckVerdict] = []
    if place:
        stated_place = place.group(1).strip()
        parts.append(f"born in {stated_place}")
        verdicts.append(_place_verdict(stated_place, record))
        end = max(end, s.at(m.end()) + place.end(1))
    if dates:
        stated = dates[0]
        others = record.alternative_dates("birth_date")
        parts.append(f"born {stated.iso()}")
        verdicts.append(date_verdict(stated, record.birth_date, others))
        end = max(end, stated.end)
    if not verdicts:
        return
    verdict = strongest(verdicts)
    s.finding(
        kind=StatementKind.AGE_BIRTH,
        span=(at, end),
        stated=f"{person} " + ", ".join(parts),
        found=f"born {record.birth_date} in {record.birth_place}",
        verdict=verdict,
        evidence=(person,),
        query=f"chibo.get({person!r})",
    )


_SPAN = (
    r"\b(?:entre|between|from|de|desde)\s+(?:el\s+|(?:the\s+)?)?(?P<a>[^,;()]{4,30}?)\s+(?:y|and|to|a|al|hasta|until)"
    r"\s+(?:el\s+)?(?P<b>[^,;()]{4,30}?)(?=[\s,.;)]|$)|\((?P<c>1[89]\d\d|20\d\d)\s*[-–]\s*(?P<d>1[89]\d\d|20\d\d)\)"
)
_WAS = (
    r"\b(?:was|fue|era|served as|se desempenaba como|se desempeno como|ejercia como|held the post of)"
    r"\s+(?:the\s+|el\s+|la\s+)?(?:[\w']+\s+){0,2}?"
)


def _terms_for_role(s: Sentence, person: str, role: Role, country: str | None) -> list[Term]:
    terms = person_terms(s, person, (role,))
    if country:
        terms = [t for t in terms if t.office.startswith(country.lower() + "-")] or terms
    return terms


_RULED = r"\b(?:ruled|governed|gobernaba|goberno|presidio|led the country|dirigio el pais)\b"


def check_held(s: Sentence) -> None:
    """ "Choquehuanca fue canciller entre 2006 y 2017", "Paz Estenssoro was president of Bolivia in 1962"."""
    roles = [r for r in s.roles if not r.elect]
    ruled = s.find(_RULED)
    if not roles and ruled:  # "ruled Bolivia from 1971 to 1978": the head of state
        countries = [c for at, c in s.countries if at >= s.at(ruled.start())]
        roles = [
            RoleMention(
                start=s.at(ruled.start()),
                end=s.at(ruled.end()),
                role=Role.PRESIDENT,
                country=countries[0] if countries else None,
                elect=False,
            )
        ]
    if not roles or not s.people or s.find(_TAKE) or re.search(_SINCE, s.folded):
        return
    role = roles[0]
    subject = _subject(s, role.start)
    if subject is None:
        return
    person = pick(s, subject, lambda p: bool(_terms_for_role(s, p, role.role, role.country)))
    if person is None:
        return
    terms = _terms_for_role(s, person, role.role, role.country)
    span = re.search(_SPAN, s.folded[role.end - s.start :])
    if span:
        base = role.end + span.start()
        inside = [d for d in s.dates if base <= d.start < role.end + span.end()]
        if len(inside) >= 2:
            first, last = inside[0], inside[-1]
            note = ""
            fits = [t for t in terms if t.start is not None and date_fits(first, t.start)]
            both = [t for t in fits if t.end is not None and date_fits(last, t.end)]
            if both:
                verdict, term = CheckVerdict.CONFIRMED, both[0]
            elif fits:
                term = fits[0]
                verdict = date_verdict(last, term.end) if term.end is not None else CheckVerdict.UNVERIFIED
                died = _died_before(s, person, last.bounds()[0])
                if term.end is None and died is not None:
                    verdict = CheckVerdict.CONTRADICTED  # a tenure said to run past the holder's death
                    note = f"{person} died {died}"
            else:
                term = min(
                    terms,
                    key=lambda t: abs(days_between(t.start.earliest if t.start else dt.date.min, first.bounds()[0])),
                )
                verdict = date_verdict(first, term.start)
            s.finding(
                kind=StatementKind.OFFICE_HOLDER,
                span=(min(subject.start, role.start), last.end),
                stated=f"{person} in {term.office} from {first.iso()} to {last.iso()}",
                found=term.dates,
                verdict=verdict,
                evidence=(term.id,),
                query=f"chibo.terms(person={person!r})",
                note=note,
            )
            return
    was = re.search(_WAS + r"$", s.folded[max(0, role.start - s.start - 40) : role.start - s.start])
    if not was:
        return
    dates = [d for d in s.dates if d.start > role.end or d.end < subject.start]
    if not dates:
        return
    stated = dates[0]
    low, high = stated.bounds()
    held = [t for t in terms if t.may_overlap(low, high)]
    office = terms[0].office
    query = (
        f"chibo.terms(person={person!r}, on={stated.iso()!r})"
        if stated.date is not None and stated.date.is_day
        else f"chibo.terms(person={person!r})"
    )
    died = None if held else _died_before(s, person, stated.bounds()[0])
    if held:
        verdict = CheckVerdict.CONFIRMED
    elif died is not None:
        verdict = CheckVerdict.CONTRADICTED  # a post held after the holder's death
    else:
        verdict = _not_held(s, office, stated)
    s.finding(
        kind=StatementKind.OFFICE_HOLDER,
        span=(min(subject.start, role.start), max(role.end, stated.end)),
        stated=f"{person} in {office} on {stated.iso()}",
        found=", ".join(t.dates for t in terms),
        note=f"{person} died {died}" if died is not None else "",
        verdict=verdict,
        evidence=tuple(t.id for t in (held or terms)),
        query=query,
    )


def _not_held(s: Sentence, office: str, stated: DateMention) -> CheckVerdict:
    """Contradicted when the office is covered then (someone else held it), else not covered."""
    holder_office = next((o for o in s.article.ds.records.offices if o.id == office), None)
    if holder_office is None:
        return CheckVerdict.UNVERIFIED
    try:
        s.article.ds.holder(holder_office.role.value, holder_office.country, on=PartialDate.of(stated.bounds()[0]))
    except NotCovered:
        return CheckVerdict.NOT_COVERED
    except ChiboError:
        return CheckVerdict.UNVERIFIED
    return CheckVerdict.CONTRADICTED


_LEAVE = (
    r"\b(?:dejo el cargo|dejara el cargo|dejo el poder|dejara el poder|renuncio|renunciara|resigned|stepped down"
    r"|left office|will leave office|leaves office|will step down|entrego el mando|entregara el mando|handed over"
    r"|will hand over|hands over|concluye su mandato|concluira su mandato|termina su mandato)\b"
)


def check_leave(s: Sentence) -> None:
    """ "Van Klaveren dejará el cargo el 11 de marzo", "Morales resigned on 10 November 2019"."""
    m = s.find(_LEAVE)
    if not m:
        return
    verb = s.at(m.start())
    subject = _subject(s, verb)
    after = [d for d in s.dates if d.start >= s.at(m.end()) and d.start - s.at(m.end()) <= 30]
    if subject is None or not after:
        return
    stated = after[0]
    roles = [r for r in s.roles if not r.elect]
    wanted = (roles[0].role,) if roles else (Role.PRESIDENT, Role.VICE_PRESIDENT, Role.FOREIGN_MINISTER)
    person = pick(s, subject, lambda p: bool(person_terms(s, p, wanted)))
    if person is None:
        return
    ended = [t for t in person_terms(s, person, wanted) if t.end is not None or t.scheduled_end is not None]
    if not ended:
        return
    first = stated.bounds()[0]

    def end_of(t: Term) -> PartialDate:
        day = t.end if t.end is not None else t.scheduled_end
        assert day is not None
        return day

    term = min(ended, key=lambda t: abs(days_between(end_of(t).earliest, first)))
    if abs(days_between(end_of(term).earliest, first)) > 400:
        return  # no term of theirs ended near that day: nothing to compare with
    s.finding(
        kind=StatementKind.OFFICE_HOLDER,
        span=(subject.start if 0 <= verb - subject.end < 40 else verb, stated.end),
        stated=f"{person} left {term.office} on {stated.iso()}",
        found=str(end_of(term)),
        verdict=date_verdict(stated, end_of(term), term.alternative_dates("end")),
        evidence=(term.id,),
        query=f"chibo.terms(person={person!r})",
    )
