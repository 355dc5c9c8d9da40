"""Statements about documents and figures: decrees, treaties, court cases, the border, court votes."""

from __future__ import annotations

import datetime as dt
import re

from chibo.check.compare import (
    date_fits,
    date_verdict,
    days_between,
    number_fits,
    number_verdict,
    strongest,
)
from chibo.check.context import Sentence
from chibo.check.report import CheckVerdict, StatementKind
from chibo.check.text import DateMention, Number, find_numbers, fold
from chibo.model import Agreement, Decree, Event

# ---------------------------------------------------------------- decrees

_DECREE_REF = r"\b(?:(?:supreme\s+)?decree|decreto(?:\s+supremo)?|d\.?\s?s\.?)\s*(?:n[º°o.]*\s*)?(?P<n>\d{3,6})\b"
_THE_DECREE = r"\b(?:the|el|la|this|este|esta)\s+(?:new\s+|nuevo\s+|nueva\s+)?(?:decree|decreto|norma|measure)\b"
_SIGN = (
    r"\b(?:signed|firmo|promulgo|promulgated|issued|emitio|dicto|aprobo|approved|promulgad[oa]|firmad[oa]"
    r"|emitid[oa]|dictad[oa]|aprobad[oa])\b"
)
_REPEALED = (
    r"\b(?:was repealed|was annulled|was abrogated|fue abrogad[oa]|fue derogad[oa]|fue anulad[oa]|quedo abrogad[oa])\b"
)
_REPLACE = r"\b(?:reemplazo|replaced|sustituyo|abrogo|repealed|derogo|annulled|anulo)\b"
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "to",
        "on",
        "in",
        "its",
        "it",
        "at",
        "by",
        "for",
        "from",
        "with",
        "which",
        "that",
        "this",
        "decree",
        "decreto",
        "supremo",
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "y",
        "en",
        "que",
        "su",
        "sus",
        "un",
        "una",
        "al",
        "por",
        "con",
        "para",
        "se",
        "lo",
        "le",
        "les",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "be",
        "been",
        "month",
        "year",
        "mes",
        "ano",
    ]
)


def _decree(s: Sentence, number: str) -> Decree | None:
    return next((d for d in s.article.ds.records.decrees if d.number == number), None)


_DECREE_AFTER = r"\b(?:the|el|la|del)\s+(?P<n>\d{3,6})\s+(?:decree|decreto)\b"
_PASSIVE = (
    r"\b(?:(?:was|were|fue|ha sido|had been)\s+)?(?:replaced|superseded|repealed|abrogated|annulled|scrapped"
    r"|reemplazad[oa]|sustituid[oa]|abrogad[oa]|derogad[oa]|anulad[oa])(?:\s+[^\s.;]+){0,6}?\s+(?:by|por)\b"
)


def _refs(s: Sentence) -> list[re.Match[str]]:
    """Every decree reference of the sentence ("DS 5503", "Decreto Supremo 5516", "the 5503 decree")."""
    found = list(re.finditer(_DECREE_REF, s.folded)) + list(re.finditer(_DECREE_AFTER, s.folded))
    return sorted(found, key=lambda m: m.start())


def _dates_of_numbers(s: Sentence, refs: list[re.Match[str]]) -> list[tuple[str, int, DateMention]]:
    """Days written right after a decree's number ("5503 of December 18", "DS 5503 del 17 de
    diciembre"): the number, where its reference starts, and the day."""
    out = []
    for ref in refs:
        end = s.at(ref.end())
        for d in s.dates:
            gap = s.folded[ref.end() : d.start - s.start]
            if d.start >= end and re.fullmatch(r",?\s*(?:of|del|de|from)\s+(?:el\s+)?", gap):
                out.append((ref.group("n"), s.at(ref.start()), d))
    return out


def _check_passive(s: Sentence, old: Decree, refs: list[re.Match[str]]) -> bool:
    """ "The 5503 decree was replaced by Supreme Decree 5516 on 13 January"."""
    passive = re.search(_PASSIVE, s.folded)
    if not passive:
        return False
    after = [m for m in refs if m.start() > passive.start()]
    new = _decree(s, after[0].group("n")) if after else None
    if new is None:
        return False
    verdicts = [CheckVerdict.CONFIRMED if old.repealed_by == new.id else CheckVerdict.CONTRADICTED]
    when = [d for d in s.dates if d.start >= s.at(passive.start())]
    if when and old.repealed_on is not None:
        verdicts.append(date_verdict(when[0], old.repealed_on, old.alternative_dates("repealed_on")))
    verdict = strongest(verdicts)
    s.finding(
        kind=StatementKind.DECREE,
        span=(s.at(refs[0].start()), max(s.at(after[0].end()), when[0].end if when else 0)),
        stated=f"DS {old.number} replaced by DS {new.number}" + (f" on {when[0].iso()}" if when else ""),
        found=f"repealed by {old.repealed_by} on {old.repealed_on}",
        verdict=verdict,
        evidence=(old.id, new.id),
        query=f"chibo.decree({old.country!r}, {old.number!r}).repealed_by",
    )
    return True


def check_decree(s: Sentence) -> None:
    """Issue day and issuer of a decree, what replaced it, and the amounts it set."""
    refs = _refs(s)
    ref = refs[0] if refs else None
    decree: Decree | None = None
    if ref:
        decree = _decree(s, ref.group("n"))
        at = s.at(ref.start())
    else:
        the = re.search(_THE_DECREE, s.folded)
        last = s.article.last_decree
        if not the or last is None:
            return
        decree = last
        at = s.at(the.start())
    if decree is None:
        return
    s.article.last_decree = decree
    passive = bool(ref) and _check_passive(s, decree, refs)
    query = f"chibo.decree({decree.country!r}, {decree.number!r})"
    sign = re.search(_SIGN, s.folded)
    replace = re.search(_REPLACE, s.folded)
    owned = _dates_of_numbers(s, refs)
    for number, begin, day in owned:  # "Decree 5503 of December 18": that decree's day
        other = _decree(s, number)
        if other is not None and other.issued is not None:
            s.finding(
                kind=StatementKind.DECREE,
                span=(begin, day.end),
                stated=f"DS {other.number} of {day.iso()}",
                found=str(other.issued),
                verdict=date_verdict(day, other.issued),
                evidence=(other.id,),
                query=f"chibo.decree({other.country!r}, {other.number!r}).issued",
            )
    taken = {day.start for _, _, day in owned}
    if sign:
        dates = [d for d in s.dates if 0 <= d.start - s.at(sign.end()) <= 25 and d.start not in taken] or [
            d for d in s.dates if 0 <= s.at(sign.start()) - d.end <= 25 and d.start not in taken
        ]
        if dates and decree.issued is not None:
            stated = dates[0]
            s.finding(
                kind=StatementKind.DECREE,
                span=(min(at, stated.start), max(at, stated.end)),
                stated=f"DS {decree.number} signed on {stated.iso()}",
                found=str(decree.issued),
                verdict=date_verdict(stated, decree.issued),
                evidence=(decree.id,),
                query=query + ".issued",
            )
        signer = [m for m in s.people if abs(m.start - s.at(sign.start())) < 60]
        if signer and decree.issuer:
            mention = signer[-1]
            ok = decree.issuer in mention.candidates
            s.finding(
                kind=StatementKind.DECREE,
                span=(min(at, mention.start), max(mention.end, s.at(sign.end()))),
                stated=f"DS {decree.number} signed by {mention.candidates[0]}",
                found=decree.issuer,
                verdict=CheckVerdict.CONFIRMED if ok else CheckVerdict.CONTRADICTED,
                evidence=(decree.id,),
                query=query + ".issuer",
            )
    if replace and ref and not passive and not re.match(r"\s+(?:by|por)\b", s.folded[replace.end() :]):
        others = [
            m
            for m in re.finditer(r"\b(\d{3,6})\b", s.folded)
            if m.group(1) != decree.number and m.start() > replace.start()
        ]
        old = _decree(s, others[0].group(1)) if others else None
        if old is not None:
            ok = old.repealed_by == decree.id
            verdicts = [CheckVerdict.CONFIRMED if ok else CheckVerdict.CONTRADICTED]
            when = [
                d
                for d in s.dates
                if s.at(replace.start()) - 25 <= d.start <= s.at(replace.end()) + 25 and d.start not in taken
            ]
            if when and decree.issued is not None:
                verdicts.append(date_verdict(when[0], decree.issued))
            verdict = CheckVerdict.CONTRADICTED if CheckVerdict.CONTRADICTED in verdicts else verdicts[-1]
            s.finding(
                kind=StatementKind.DECREE,
                span=(at, s.at(others[0].end())),
                stated=f"DS {decree.number} replaced DS {old.number}" + (f" in {when[0].iso()}" if when else ""),
                found=f"DS {old.number} repealed by {old.repealed_by} on {old.repealed_on}",
                verdict=verdict,
                evidence=(decree.id, old.id),
                query=f"chibo.decree({old.country!r}, {old.number!r}).repealed_by",
            )
    repealed = re.search(_REPEALED, s.folded)
    if repealed and not replace and not passive and decree.repealed_on is not None:
        when = [d for d in s.dates if d.start >= s.at(repealed.start())]
        if when:
            s.finding(
                kind=StatementKind.DECREE,
                span=(at, when[0].end),
                stated=f"DS {decree.number} repealed on {when[0].iso()}",
                found=f"{decree.repealed_on} by {decree.repealed_by}",
                verdict=date_verdict(when[0], decree.repealed_on),
                evidence=(decree.id,),
                query=query + ".repealed_on",
            )
    _check_measures(s, decree, at)


_GLOSSARY = {
    "salario": "wage",
    "sueldo": "wage",
    "minimo": "minimum",
    "gasolina": "gasol",
    "gasoline": "gasol",
    "petrol": "gasol",
    "diesel": "diesel",
    "bono": "bono",
    "bonus": "bono",
    "renta": "renta",
    "pension": "renta",
    "precio": "price",
    "litro": "litre",
    "liter": "litre",
    "jubilacion": "renta",
    "dignidad": "dignidad",
}
"""Spanish and English words of the measures, to one stem (the measures are written in English)."""
_VERBS = frozenset(
    [
        "lifts",
        "lifted",
        "raises",
        "raised",
        "rises",
        "sube",
        "subio",
        "eleva",
        "elevo",
        "elevado",
        "mantiene",
        "mantuvo",
        "keeps",
        "kept",
        "sets",
        "fija",
        "fijo",
        "fijado",
        "increases",
        "increased",
        "aumenta",
        "aumento",
        "bolivianos",
        "decreto",
        "decree",
        "supremo",
    ]
)


def _stem(word: str) -> str:
    return _GLOSSARY.get(word, word[:5])


def _amount_in(segment: str, start: int) -> float | None:
    """The amount a measure sets after ``start``: the one after "to Bs", else the first "Bs N"."""
    rest = segment[start:]
    to = re.search(r"\bto bs\.?\s*(\d[\d,]*(?:\.\d+)?)", rest)
    first = re.search(r"\bbs\.?\s*(\d[\d,]*(?:\.\d+)?)", rest)
    found = to or first
    return float(found.group(1).replace(",", "")) if found else None


def _check_amount(s: Sentence, chain: list[Decree], at: int, number: Number) -> None:
    """ "lifts the Renta Dignidad to 300 bolivianos": the amount the decree's measure sets for that thing."""
    words = re.findall(r"[a-z]{4,}", fold(s.article.text[at : number.start]))
    keys = {_stem(w) for w in words if w not in _STOP and w not in _VERBS}
    best: tuple[int, Decree, str, int] | None = None
    for d in chain:
        for measure in d.measures:
            for segment in re.split(r";|\.\s", fold(measure)):
                stems = [(m.start(), _stem(m.group(0))) for m in re.finditer(r"[a-z]{4,}", segment)]
                hits = [pos for pos, stem in stems if stem in keys]
                if hits and (best is None or len(set(st for _, st in stems if st in keys)) > best[0]):
                    best = (len({st for _, st in stems if st in keys}), d, segment, min(hits))
    if best is None:
        return
    score, d, segment, start = best
    amount = _amount_in(segment, start)
    if amount is None:
        return
    ok = number_fits(number.value, number.step, amount)
    verdict = CheckVerdict.CONFIRMED if ok else CheckVerdict.CONTRADICTED if score >= 1 else CheckVerdict.UNVERIFIED
    s.finding(
        kind=StatementKind.DECREE,
        span=(at, number.end),
        stated=f"DS {chain[0].number}: {number.value:g} Bs",
        found=f"{amount:g} Bs",
        verdict=verdict,
        evidence=(d.id,),
        query=f"chibo.decree({d.country!r}, {d.number!r}).measures",
        note=f"from the measure: {segment.strip()[:100]}",
    )


def _check_measures(s: Sentence, decree: Decree, at: int) -> None:
    money = [n for n in s.numbers if n.unit == "bs" and n.start > at]
    clause = s.folded[at - s.start :]
    chain = [decree]
    replaced = [d for d in s.article.ds.records.decrees if d.repealed_by == decree.id]
    chain.extend(replaced)
    if money:
        start = at
        for number in money:  # each amount is read with the words since the previous one
            _check_amount(s, chain, start, number)
            start = number.end
        return
    verbs = re.search(
        r"\b(?:ended|elimin\w+|declar\w+|raised|lifted|ended|removed|suspend\w+|authori[sz]\w+|fij\w+|set)\b", clause
    )
    if not verbs:
        return
    tail = re.split(r"[,;.]", clause[verbs.end() :], maxsplit=1)[0]
    content = [w for w in re.findall(r"[a-z]{4,}", tail) if w not in _STOP][:8]
    text = fold(" ".join(decree.measures) + " " + (decree.summary or "") + " " + (decree.title or ""))
    stems = [w[:6] for w in content]
    hits = [w for w in stems if w in text]
    if len(hits) >= 2 and len(hits) >= len(stems) // 2:
        s.finding(
            kind=StatementKind.DECREE,
            span=(at, s.end),
            stated=f"DS {decree.number}: {' '.join(content)}",
            found="in the decree's measures",
            verdict=CheckVerdict.CONFIRMED,
            evidence=(decree.id,),
            query=f"chibo.decree({decree.country!r}, {decree.number!r}).measures",
            note=f"matched: {', '.join(hits)}",
        )


# ---------------------------------------------------------------- treaties

_TREATY = (
    r"\b(?:treaty|tratado|truce|tregua|pact|pacto|protocol|protocolo|acta|act of|convention|convencion"
    r"|memorandum|memorando)\b"
)
_GENERIC = frozenset(
    [
        "treaty",
        "tratado",
        "truce",
        "tregua",
        "pact",
        "pacto",
        "protocol",
        "protocolo",
        "between",
        "entre",
        "chile",
        "bolivia",
        "and",
        "y",
        "of",
        "de",
        "del",
        "the",
        "la",
        "el",
    ]
)


_KIND_WORDS = {
    "tratado": "treaty",
    "tregua": "truce",
    "pacto": "pact",
    "protocolo": "protocol",
    "acta": "act",
    "convencion": "convention",
    "memorando": "memorandum",
}


def _kind_word(word: str) -> str:
    return _KIND_WORDS.get(word, word)


def _agreement(s: Sentence) -> tuple[Agreement, int] | None:
    """The agreement a sentence names, by its kind word, the words of its title and id (the ids
    are Spanish: ``tratado-paz-amistad-1904``) and its year; None when two fit equally well."""
    m = re.search(_TREATY, s.folded)
    if not m:
        return None
    window = s.folded[max(0, m.start() - 40) : m.end() + 60]
    words = {_kind_word(w) for w in re.findall(r"[a-z]{3,}", window)} - _GENERIC
    years = {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", s.folded)}
    scored: list[tuple[int, str, Agreement]] = []
    for a in s.article.ds.records.agreements:
        if not {"BO", "CL"} <= set(a.parties) and "tregua" not in fold(a.title) and "1904" not in a.title:
            continue
        title = fold(a.title)
        names = set(re.findall(r"[a-z]{3,}", title + " " + a.id.replace("-", " ")))
        kinds = {_kind_word(k) for k in re.findall(_TREATY, title + " " + a.id.replace("-", " "))}
        same_kind = _kind_word(m.group(0)) in kinds
        truce = m.group(0) in {"truce", "tregua"} and ("tregua" in title or "truce" in title)
        if not same_kind and not truce:
            continue
        score = len(words & {_kind_word(n) for n in names})
        if a.signed is not None and a.signed.year in years:
            score += 2
        minor = "confidential" in title or "complementary" in title
        if minor or ("protocol" in title and "protocol" not in m.group(0)):
            score -= 1
        if score > 0:
            scored.append((score, a.id, a))
    scored.sort(key=lambda x: (-x[0], x[1]))
    if not scored:
        return None
    tied = [a for score, _, a in scored if score == scored[0][0]]
    if len(tied) > 1:  # "the Treaty of Peace and Friendship of 20 October 1905": the nearest in time
        day = next((d.bounds()[0] for d in s.dates if d.start > s.at(m.start())), None)
        if day is None:
            return None
        tied.sort(key=lambda a: abs(days_between(a.signed.earliest if a.signed else dt.date.min, day)))
        first = abs(days_between(tied[0].signed.earliest if tied[0].signed else dt.date.min, day))
        second = abs(days_between(tied[1].signed.earliest if tied[1].signed else dt.date.min, day))
        if first == second:
            return None
    return tied[0], s.at(m.start())


def check_treaty(s: Sentence) -> None:
    """Signing day and place of a treaty: "a truce signed in Valparaíso on 4 April 1884"."""
    if re.search(r"corte internacional|international court|\bicj\b|\bcij\b|la haya|the hague", s.folded):
        return
    found = _agreement(s)
    if found is None:
        return
    agreement, at = found
    query = f"chibo.get({agreement.id!r})"
    dates = [
        d
        for d in s.dates
        if d.start >= at - 45
        and not (d.year_only and d.end <= at + 40 and d.start < at + 40 and len(s.dates) > 1 and d is not s.dates[-1])
    ]
    dated = [d for d in dates if not d.year_only] or dates
    place = re.search(
        r"\b(?:signed|firmad[oa]|suscrit[oa]|firmó|firmo|firmaron|se firmó|suscribió)\s+(?:in|en)\s+"
        r"((?:[A-ZÁÉÍÓÚ][\wáéíóúñ]+)(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ]+)*)",
        s.text,
    )
    if dated and agreement.signed is not None:
        stated = dated[0]
        if not (stated.year_only and str(stated.date) in agreement.title):
            s.finding(
                kind=StatementKind.TREATY,
                span=(at, stated.end),
                stated=f"{agreement.id} signed on {stated.iso()}",
                found=str(agreement.signed),
                verdict=date_verdict(stated, agreement.signed),
                evidence=(agreement.id,),
                query=query + ".signed",
            )
    if place and agreement.place:
        said = fold(place.group(1))
        have = fold(agreement.place)
        ok = said in have or have.split(",")[0] in said
        s.finding(
            kind=StatementKind.TREATY,
            span=(min(at, s.start + place.start()), s.start + place.end()),
            stated=f"{agreement.id} signed in {place.group(1)}",
            found=agreement.place,
            verdict=CheckVerdict.CONFIRMED if ok else CheckVerdict.CONTRADICTED,
            evidence=(agreement.id,),
            query=query + ".place",
        )


# ---------------------------------------------------------------- court cases

_COURT = (
    r"corte internacional de justicia|international court of justice|\bicj\b|\bcij\b|la haya|the hague"
    r"|top court|world court|tribunal internacional|alto tribunal"
    r"|\bla corte\b|\bthe court\b|\bfallo\b|\bjudgment\b|silala"
)
_FILE = (
    r"\b(?:filed|presento|presentada|lawsuit|demanda|instituted|interpuso|brought|submitted|taken the case"
    r"|took the case|llevo el caso|recurrio|took chile to|took bolivia to|sued|demando a chile|demando a bolivia"
    r"|llevo a chile|llevo a bolivia)\b"
)
_RULE = (
    r"\b(?:fallo|judgment|judgement|ruling|ruled|sentencia|verdict|decided|decidio|rechaz\w+|rejected|dismissed"
    r"|desestim\w+|concluy\w+|found that)\b"
)


def _case_events(s: Sentence) -> list[Event]:
    silala = "silala" in s.folded
    out = []
    for e in s.article.ds.records.events:
        if e.kind.value not in {"court_case", "court_ruling"}:
            continue
        title = fold(e.title)
        if "icj" not in title and "court" not in title:
            continue
        if silala != ("silala" in title):
            continue
        out.append(e)
    return out


def check_court(s: Sentence) -> None:
    """Filing and judgment days of the ICJ cases."""
    if not re.search(_COURT, s.folded):
        return
    events = _case_events(s)
    file = re.search(_FILE, s.folded)
    rule = re.search(_RULE, s.folded)
    for trigger, wanted in ((file, "file"), (rule, "rul")):
        if trigger is None:
            continue
        at = s.at(trigger.start())
        if wanted == "file":
            limit = s.at(rule.start()) if rule is not None else s.end
            pairs = [
                (abs(d.start - s.at(t.start())), s.at(t.start()))
                for t in re.finditer(_FILE, s.folded)
                for d in s.dates
                if d.start < limit
            ]
            at = min(pairs)[1] if pairs else at
        pool = [
            e
            for e in events
            if (wanted == "file" and e.kind.value == "court_case" and "files ICJ case" in e.title)
            or (wanted == "rul" and e.kind.value == "court_ruling")
        ]
        # a day right after the trigger, or just before it ("en 2015 presentó"); never the year
        # of a treaty's name ("el Tratado de 1904 ... la demanda")
        dates = [
            d
            for d in s.dates
            if -40 < d.start - at < 70
            and not re.search(r"(?:tratado|treaty|pacto|protocolo?)\s+(?:de|of)\s+$", s.folded[: d.start - s.start])
            and not re.match(r"\s*(?:treaty|tratado)", s.folded[d.end - s.start :])
        ]
        other = rule if wanted == "file" else file
        if other is not None:  # a day belongs to the verb it follows ("filed in 2013 ... ruled in 2018")
            there = s.at(other.start())
            if at < there:
                dates = [d for d in dates if d.start < there]
            else:
                dates = [d for d in dates if d.start >= there + (at - there) // 2]
        if not pool or not dates:
            continue
        following = [d for d in dates if d.start >= at]  # the day after the verb, if any
        stated = following[0] if following else min(dates, key=lambda d: abs(d.start - at))
        fit = [e for e in pool if e.date is not None and date_fits(stated, e.date)]
        event = (
            fit[0]
            if fit
            else min(
                pool, key=lambda e: abs(days_between(e.date.earliest if e.date else dt.date.min, stated.bounds()[0]))
            )
        )
        s.finding(
            kind=StatementKind.TREATY,
            span=(min(at, stated.start), max(stated.end, s.at(trigger.end()))),
            stated=f"{'filed' if wanted == 'file' else 'judgment'} on {stated.iso()}",
            found=f"{event.date}: {event.title[:80]}",
            verdict=CheckVerdict.CONFIRMED if fit else date_verdict(stated, event.date),
            evidence=(event.id,),
            query="chibo.events(kind=['court_case', 'court_ruling'], between=('BO', 'CL'))",
        )
        s.article.last_court = event


# ---------------------------------------------------------------- figures

_VOTES = r"\b(?:por|by)?\s*(?P<a>\d{1,2})\s+(?:votos|votes)\s+(?:contra|to|a|against)\s+(?P<b>\d{1,2})\b"
_BORDER = r"\b(?:frontera|border|frontier|limite|boundary)\b"
_ABOUT = (
    r"\b(?:about|some|roughly|around|nearly|almost|unos|unas|cerca de|casi|alrededor de|aproximadamente"
    r"|approximately)\s*$"
)
_MILE = 1.609344


def _ruling_for(s: Sentence) -> Event | None:
    """The court ruling a vote count belongs to: one on a day the sentence states, one the
    sentence names ("preliminary objection", "Silala"), else the ruling last spoken of."""
    rulings = [e for e in _case_events(s) if e.kind.value == "court_ruling"]
    dated = [e for e in rulings if e.date is not None and any(date_fits(d, e.date) for d in s.dates)]
    if dated:
        return dated[0]
    if re.search(r"objecion preliminar|preliminary objection|excepcion preliminar|jurisdiccion|jurisdiction", s.folded):
        named = [e for e in rulings if "preliminary" in e.title.lower()]
        if named:
            return named[0]
    if s.article.last_court is not None and s.article.last_court.kind.value == "court_ruling":
        return s.article.last_court
    return None


def check_number(s: Sentence) -> None:
    """Court vote counts ("por 11 votos contra 4") and the border's length."""
    v = re.search(_VOTES, s.folded)
    if v:
        event = _ruling_for(s)
        if event is not None:
            counts = [
                (int(a), int(b)) for a, b in re.findall(r"(\d{1,2}) votes to (\d{1,2})", " ".join(event.outcomes))
            ]
            stated = (int(v.group("a")), int(v.group("b")))
            if counts:
                s.finding(
                    kind=StatementKind.NUMBER,
                    span=(s.at(v.start()), s.at(v.end())),
                    stated=f"{stated[0]} votes to {stated[1]}",
                    found=", ".join(f"{a} to {b}" for a, b in counts),
                    evidence=(event.id,),
                    verdict=CheckVerdict.CONFIRMED if stated in counts else CheckVerdict.CONTRADICTED,
                    query=f"chibo.get({event.id!r}).outcomes",
                )
    if not re.search(_BORDER, s.folded):
        return
    border = next((b for b in s.article.ds.records.borders if {"BO", "CL"} <= set(b.countries)), None)
    if border is None:
        return
    for number in find_numbers(s.article.text, s.start, s.end, s.article.language):
        if number.unit not in {"km", "mi"}:
            continue
        if re.search(r"costa|coast|litoral|territor|km2|square", fold(s.article.text[number.start : number.end + 25])):
            continue
        km = number.value * (_MILE if number.unit == "mi" else 1.0)
        said_about = re.search(_ABOUT, fold(s.article.text[max(s.start, number.start - 20) : number.start]))
        about = bool(said_about) or (number.decimals == 0 and number.value >= 100 and number.value % 10 == 0)
        # "about 861", "850 km": within 2 percent; a conversion from miles within half a percent
        step = max(number.step * (_MILE if number.unit == "mi" else 1.0), km * (0.04 if about else 0.01))
        preferred = next((x.km for x in border.lengths if x.preferred), None)
        others = [x.km for x in border.lengths if not x.preferred]
        if preferred is None:
            continue
        verdict = number_verdict(km, step, preferred, others)
        s.finding(
            kind=StatementKind.NUMBER,
            span=(s.start, number.end),
            stated=f"border {km:.0f} km",
            found=f"{preferred} km preferred; also " + ", ".join(str(o) for o in others),
            verdict=verdict,
            evidence=(border.id,),
            query=f"chibo.get({border.id!r}).lengths",
            note="sources disagree on the border's length; the stated value is one of them"
            if verdict is CheckVerdict.DISPUTED
            else "",
        )
