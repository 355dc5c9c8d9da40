"""Statements about elections: round dates, shares, votes, ranks, winners, proclamation."""

from __future__ import annotations

import datetime as dt
import re

from chibo.check.compare import date_fits, date_verdict, days_between, number_fits
from chibo.check.context import Sentence
from chibo.check.mentions import Mention
from chibo.check.report import CheckVerdict, StatementKind
from chibo.check.text import DateMention, Number
from chibo.model import CountStage, Election, Round

_ROUND2 = r"segunda vuelta|balotaje|ballotage|runoff|run-off|second round|second-round"
_ROUND1 = r"primera vuelta|first round|first-round"
_ELECTION = (
    rf"{_ROUND1}|{_ROUND2}|eleccion|elecciones|election|comicios|votos|votes|vote|\bpercent\b|%|proclam"
    r"|(?:quedo|termino|finished|came|placed)\s+(?:en\s+el\s+|in\s+)?(?:primer|segund|tercer|cuart|first|second|third|fourth)"
)
_RANKS = {
    "primer": 1,
    "primero": 1,
    "first": 1,
    "segundo": 2,
    "second": 2,
    "tercero": 3,
    "tercer": 3,
    "third": 3,
    "cuarto": 4,
    "fourth": 4,
}
_RANK = (
    r"(?:finished|came|ended|placed|quedo|termino|salio|llego|se ubico en el)\s+(?:in\s+)?(?:el\s+|the\s+)?"
    r"(?P<rank>\w+)(?:\s+(?:lugar|place))?"
)
_WON = r"\b(?:gano|won|wins|se impuso|imponerse|impuso|vencio|triunfo en|beat|defeated|topped)\b"
_PROCLAIM = r"\bproclamad[oa]|\bproclaimed\b|\bproclamo\b"
_AGAINST = r"(?:frente a(?:l)?|against|versus|ante|contra)\s*$"


def _candidates(election: Election) -> set[str]:
    return {r.candidate for rnd in election.rounds for c in rnd.counts for r in c.results}


def _choose_election(s: Sentence, people: list[str], stated: DateMention | None) -> tuple[Election, list[str]] | None:
    base = s.article.published or dt.date.today()
    best: tuple[int, Election, list[str]] | None = None
    for election in s.article.ds.records.elections:
        names = _candidates(election)
        mine = [p for p in people if p in names]
        if not mine:
            continue
        dates = [r.date.earliest for r in election.rounds if r.date is not None]
        if not dates:
            continue
        target = stated.bounds()[0] if stated is not None and not stated.year_only else base
        distance = min(abs(days_between(d, target)) + (0 if d <= base else 400) for d in dates)
        if best is None or distance < best[0]:
            best = (distance, election, mine)
    return (best[1], best[2]) if best else None


def _round(election: Election, s: Sentence, offset: int) -> Round | None:
    """The round a value at ``offset`` belongs to: the nearest round phrase of the sentence."""
    phrases = [
        (abs(s.at(m.start()) - offset), 2 if re.fullmatch(_ROUND2, m.group(0)) else 1)
        for m in re.finditer(f"{_ROUND2}|{_ROUND1}", s.folded)
    ]
    if not phrases:
        return election.rounds[-1] if len(election.rounds) == 1 else None
    number = min(phrases)[1]
    return next((r for r in election.rounds if r.number == number), None)


def _person_for(s: Sentence, offset: int, mentions: list[tuple[Mention, str]]) -> str | None:
    """The candidate a number belongs to: named just before it, or just after "frente al"."""
    rel = offset - s.start
    if re.search(_AGAINST, s.folded[max(0, rel - 14) : rel]):
        after = [(m, p) for m, p in mentions if m.start > offset]
        if after:
            return after[0][1]
    before = [(m, p) for m, p in mentions if m.end <= offset]
    if before:
        # "Paz beat Quiroga in the runoff, winning 54.96 percent": the winner's share, not the
        # beaten one's named last
        beat = list(re.finditer(_BEAT, s.folded[:rel]))
        if beat and len(before) >= 2:
            verb = s.at(beat[-1].end())
            objects = [(m, p) for m, p in before if m.start >= verb]
            subjects = [(m, p) for m, p in before if m.end <= s.at(beat[-1].start())]
            if objects and subjects and objects[0] == before[-1]:
                return subjects[-1][1]
        return before[-1][1]
    after = [(m, p) for m, p in mentions if m.start > offset]
    return after[0][1] if after else None


_BEAT = r"\b(?:beat|beats|defeated|defeats|vencio a|derroto a|se impuso a|se impuso sobre|vence a|derrota a)\b"


def _rank(rnd: Round, person: str) -> int | None:
    count = rnd.reference_count()
    if count is None:
        return None
    order = sorted(count.results, key=lambda r: -(r.share or 0))
    for i, r in enumerate(order, 1):
        if r.candidate == person:
            return i
    return None


def check_election(s: Sentence) -> None:
    """Round dates, candidates' shares and votes, ranks, winners and proclamation days."""
    if not re.search(_ELECTION, s.folded):
        return
    mentions: list[Mention] = list(s.people)
    if not mentions:
        prev = s.previous()
        mentions = list(prev.people) if prev else []
        if not mentions:
            return
    people = [c for m in mentions for c in m.candidates]
    round_match = re.search(f"{_ROUND1}|{_ROUND2}|{_PROCLAIM}", s.folded)
    stated_round_date = None
    if round_match:
        r_at = s.at(round_match.start())
        r_end = s.at(round_match.end())
        near = [
            d
            for d in s.dates
            if -20 <= d.start - r_end <= (30 if "proclam" in round_match.group(0) else 25) or 0 <= r_at - d.end <= 3
        ]
        stated_round_date = near[0] if near else None
    chosen = _choose_election(s, people, stated_round_date)
    if chosen is None:
        return
    election = chosen[0]
    resolved: list[tuple[Mention, str]] = []
    names = _candidates(election)
    for m in mentions:
        if m.start < s.start:
            continue
        p = next((c for c in m.candidates if c in names), None)
        if p:
            resolved.append((m, p))
    rnd = _round(election, s, s.at(round_match.start()) if round_match else s.start)
    query_base = (
        f"chibo.election({election.country!r}, {election.rounds[0].date.year if election.rounds[0].date else ''})"
    )
    # proclamation day = the official count's report day of the deciding round
    proclaim = re.search(_PROCLAIM, s.folded)
    if proclaim and stated_round_date is not None:
        last = election.rounds[-1]
        official = [c for c in last.counts if c.stage is CountStage.OFFICIAL and c.reported]
        if official:
            s.finding(
                kind=StatementKind.ELECTION,
                span=(s.at(proclaim.start()) - 0, stated_round_date.end),
                stated=f"proclaimed on {stated_round_date.iso()}",
                found=str(official[-1].reported),
                verdict=date_verdict(stated_round_date, official[-1].reported),
                evidence=(election.id,),
                query=query_base + f".rounds[{len(election.rounds) - 1}].counts",
                note="the proclamation is read as the day the official count was reported",
            )
        stated_round_date = None
    if rnd is not None and stated_round_date is not None and round_match:
        s.finding(
            kind=StatementKind.ELECTION,
            span=(
                min(stated_round_date.start, s.at(round_match.start())),
                max(stated_round_date.end, s.at(round_match.end())),
            ),
            stated=f"round {rnd.number} on {stated_round_date.iso()}",
            found=str(rnd.date),
            verdict=date_verdict(stated_round_date, rnd.date),
            evidence=(election.id,),
            query=query_base + f".round({rnd.number}).date",
        )
    if rnd is None:
        rnd = _implied_round(s, election, [p for _, p in resolved])
    if rnd is None:
        return
    turnout = re.search(r"\b(?:participacion|turnout|concurrencia|asistencia a las urnas)\b", s.folded)
    for number in s.numbers:
        if turnout and number.unit == "percent" and 0 <= number.start - s.at(turnout.end()) <= 40:
            _check_turnout(s, election, _round(election, s, number.start) or rnd, number, s.at(turnout.start()))
            continue
        if number.unit not in {"percent", "votes"}:
            continue
        if not _electoral(s, number):
            continue  # an approval rating, a growth rate, a budget share: not a vote
        rnd = _round(election, s, number.start) or rnd
        person = _person_for(s, number.start, resolved)
        if person is None:
            continue
        values: list[tuple[float, str]] = []
        for count in rnd.counts:
            for r in count.results:
                if r.candidate != person:
                    continue
                value = r.share if number.unit == "percent" else r.votes
                if value is not None:
                    values.append((float(value), f"{count.stage.value} {count.reported}"))
        if not values:
            continue
        fits = [label for value, label in values if number_fits(number.value, number.step, value)]
        official_values = [v for v, label in values if label.startswith("official")]
        shown = official_values[-1] if official_values else values[-1][0]
        mention = next(m for m, p in resolved if p == person)
        a = min(number.start, mention.start) if abs(number.start - mention.end) < 60 else number.start
        s.finding(
            kind=StatementKind.ELECTION,
            span=(a, max(number.end, mention.end if a == mention.start else number.end)),
            stated=f"{person}: {number.value:g} {number.unit} in round {rnd.number}",
            found=f"{shown:g}",
            verdict=CheckVerdict.CONFIRMED if fits else CheckVerdict.CONTRADICTED,
            evidence=(election.id,),
            query=query_base + f".round({rnd.number}).counts",
            note=f"matches the {fits[0]} count" if fits else "no count of the round gives that value",
        )
    rank = re.search(_RANK, s.folded)
    if rank:
        rnd = _round(election, s, s.at(rank.start())) or rnd
    if rank and fold_rank(rank.group("rank")) and resolved:
        at = s.at(rank.start())
        person = _person_for(s, at, resolved)
        actual = _rank(rnd, person) if person else None
        if person and actual:
            stated = fold_rank(rank.group("rank"))
            s.finding(
                kind=StatementKind.ELECTION,
                span=(min(at, next(m.start for m, p in resolved if p == person)), s.at(rank.end())),
                stated=f"{person} ranked {stated} in round {rnd.number}",
                found=str(actual),
                verdict=CheckVerdict.CONFIRMED if actual == stated else CheckVerdict.CONTRADICTED,
                evidence=(election.id,),
                query=query_base + f".round({rnd.number}).counts",
            )
    won = re.search(_WON, s.folded)
    if won and resolved and rnd.number == len(election.rounds):
        person = _person_for(s, s.at(won.start()), resolved)
        actual = _rank(rnd, person) if person else None
        if person and actual:
            s.finding(
                kind=StatementKind.ELECTION,
                span=(s.at(won.start()), s.at(won.end())),
                stated=f"{person} won round {rnd.number}",
                found="won" if actual == 1 else f"ranked {actual}",
                verdict=CheckVerdict.CONFIRMED if actual == 1 else CheckVerdict.CONTRADICTED,
                evidence=(election.id,),
                query=query_base + f".round({rnd.number}).counts",
            )


def _check_turnout(s: Sentence, election: Election, rnd: Round | None, number: Number, at: int) -> None:
    """ "Turnout was 85 percent": against the turnout of the round's counts (percent of registered)."""
    if rnd is None:
        return
    values = [(c.turnout, f"{c.stage.value} {c.reported}") for c in rnd.counts if c.turnout is not None]
    if not values:
        return
    fits = [label for value, label in values if number_fits(number.value, number.step, value)]
    shown = next((v for v, label in reversed(values) if label.startswith("official")), values[-1][0])
    s.finding(
        kind=StatementKind.ELECTION,
        span=(at, number.end),
        stated=f"turnout {number.value:g} percent in round {rnd.number}",
        found=f"{shown:g}",
        verdict=CheckVerdict.CONFIRMED if fits else CheckVerdict.CONTRADICTED,
        evidence=(election.id,),
        query=f"chibo.get({election.id!r}).round({rnd.number}).counts",
        note=f"matches the {fits[0]} count" if fits else "no count of the round gives that turnout",
    )


_NOT_VOTES = (
    r"aprobacion|approval|encuesta|poll|sondeo|inflacion|inflation|crecimiento|growth|grow|rating|presupuesto"
    r"|budget|pib|gdp|escanos|seats|desempleo|unemployment|pobreza|poverty|precio|price|subsid|interes|rate"
)
_VOTES_BEFORE = (
    r"won|gano|obtuvo|obtenido|obtiene|obtained|got|secured|saco|logro|consiguio|topped|finished|quedo|termino"
    r"|with|con el|con un|frente al|y \w+ el"
    r"|frente a|against|runoff|balotaje|ballotage|vuelta|round|votacion|vote|votos|sufragios|ballots|alcanzo|reached"
    r"|garnered|captured|share|respaldo"
)


def _electoral(s: Sentence, number: Number) -> bool:
    """Whether a percent or a count is a candidate's vote: vote words around it, and none of a
    poll, a rate or a budget just before it."""
    rel = number.start - s.start
    before = s.folded[max(0, rel - 45) : rel]
    near = s.folded[max(0, rel - 28) : rel]
    after = s.folded[number.end - s.start : number.end - s.start + 25]
    if re.search(_NOT_VOTES, near):
        return False
    if number.unit == "votes":
        return True
    return bool(re.search(_VOTES_BEFORE, before) or re.search(r"vot|sufragio|ballot", after))


def _implied_round(s: Sentence, election: Election, people: list[str]) -> Round | None:
    """The round a sentence that names none speaks of: the one on a day it states, the only
    one its candidates stood in, or the first round for a rank ("finished second")."""
    for rnd in election.rounds:
        if rnd.date is not None and any(date_fits(d, rnd.date) for d in s.dates if not d.year_only):
            return rnd
    stood = {rnd.number for rnd in election.rounds for c in rnd.counts for r in c.results if r.candidate in people}
    if len(stood) == 1:
        return next(r for r in election.rounds if r.number in stood)
    if re.search(_RANK, s.folded):
        return election.rounds[0]
    return None


def fold_rank(word: str) -> int | None:
    """1 for "primero"/"first", 2 for "segundo"/"second", ..."""
    return _RANKS.get(word)
