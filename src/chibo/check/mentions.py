"""Who and what a text names: people (through chibo's own names), countries and offices."""

from __future__ import annotations

import re
from collections import defaultdict

import attrs

from chibo.check.text import fold
from chibo.dataset import Dataset
from chibo.model import Role

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\wÀ-ÖØ-öø-ÿ'’-]*")
_GIVEN = frozenset(
    ["maria", "jose", "antonio", "luis", "juan", "carlos", "manuel", "francisco", "jorge", "elena", "ana", "eduardo"]
)
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "van", "von", "da", "di"})

# Demonyms and metonyms: language, not facts (the country names come from the data).
_COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "BO": ("boliviano", "boliviana", "bolivianos", "bolivianas", "bolivian", "bolivians", "la paz"),
    "CL": ("chileno", "chilena", "chilenos", "chilenas", "chilean", "chileans", "santiago", "la moneda"),
    "AR": ("argentino", "argentine", "argentinian", "casa rosada", "buenos aires"),
    "PE": ("peruano", "peruana", "peruvian", "lima"),
    "EC": ("ecuatoriano", "ecuatoriana", "ecuadorian", "quito"),
    "PY": ("paraguayo", "paraguaya", "paraguayan", "asuncion"),
    "US": ("estadounidense", "eeuu", "washington", "american"),
    "ES": ("espanol", "espanola", "spanish", "madrid"),
}

ROLE_WORDS: tuple[tuple[str, Role], ...] = (
    (
        r"vice[- ]?presidente?s?|vicepresidentas?|vice[- ]presidents?|vicepresidencia|vice[- ]presidency",
        Role.VICE_PRESIDENT,
    ),
    (
        r"ministr[oa]s? de relaciones exteriores|canciller(?:es|a|as)?|foreign ministers?|ministers? of foreign affairs"
        r"|foreign ministry|cancilleria|ministerio de relaciones exteriores",
        Role.FOREIGN_MINISTER,
    ),
    (
        r"presidente?s?|presidentas?|presidents?|mandatari[oa]s?|jef[ea]s? de estado|heads? of state|presidencia"
        r"|presidency",
        Role.PRESIDENT,
    ),
)
_ROLE_RE = [(re.compile(rf"(?<![\w-])(?:{p})(?![\w-])"), r) for p, r in ROLE_WORDS]
_ELECT = re.compile(r"\s*(?:-?\s*elect[oa]?|electo|electa)\b")
_NOT_OFFICE = re.compile(r"(?:vice|ex|ex-|former )$")


@attrs.frozen(kw_only=True, slots=True)
class Mention:
    """A name in the text and the people it may be, best first."""

    start: int
    end: int
    candidates: tuple[str, ...]
    full: bool  # a full name (not a surname alone)


@attrs.frozen(kw_only=True, slots=True)
class RoleMention:
    """An office word ("presidente", "canciller") and the country it belongs to, if said."""

    start: int
    end: int
    role: Role
    country: str | None
    elect: bool  # "presidente electo", "president-elect": not yet in office


class NameIndex:
    """Full names and surnames of every person in a dataset, folded (no accents, lower case)."""

    def __init__(self, ds: Dataset) -> None:
        self.full: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.longest = 1
        for person in ds.records.people:
            variants = (person.name, *person.other_names, *person.aliases)
            for variant in variants:
                tokens = tuple(fold(w) for w in _WORD.findall(variant))
                if not tokens:
                    continue
                self.full[tokens].add(person.id)
                self.longest = max(self.longest, len(tokens))
                if len(tokens) >= 2 and variant not in person.aliases:
                    self.surnames[tokens[-1]].add(person.id)
                    if len(tokens) >= 3 and tokens[-2] in _PARTICLES:
                        self.surnames[" ".join(tokens[-2:])].add(person.id)
                    elif len(tokens) >= 3 and variant == person.name and tokens[-2] not in _GIVEN:
                        self.surnames[tokens[-2]].add(person.id)  # the paternal of two surnames
        self.activity: dict[str, str] = {}  # person id -> latest ISO day they are seen active
        for term in ds.records.terms:
            for day in (term.start, term.end):
                if day is not None and str(day) > self.activity.get(term.person, ""):
                    self.activity[term.person] = str(day)
        for event in ds.records.events:
            for person_id in event.participants:
                if event.date is not None and str(event.date) > self.activity.get(person_id, ""):
                    self.activity[person_id] = str(event.date)
        self.countries: dict[tuple[str, ...], str] = {}
        self.codes: dict[str, str] = {}  # "BO", "USA", "EEUU": matched in capitals only
        for country in ds.records.countries:
            names = (country.name_en, country.name_es, country.official_name_en, country.official_name_es)
            for name in (*names, *country.other_names):
                if name and not re.fullmatch(r"[A-Z.\s]{2,6}", name):  # "US", "EE.UU.": matched as codes
                    self.countries[tuple(fold(w) for w in _WORD.findall(name))] = country.id
            for code in (country.id, country.alpha3, *country.other_names):
                if re.fullmatch(r"[A-Z.\s]{2,6}", code):
                    self.codes["".join(ch for ch in code if ch.isalpha())] = country.id
        for code, words in _COUNTRY_WORDS.items():
            for word in words:
                self.countries[tuple(fold(w) for w in _WORD.findall(word))] = code


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words with their offsets; an English possessive is cut off ("Morales's" -> "Morales")."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        cut = len(word) - 2 if word.endswith(("'s", "’s")) else len(word)
        out.append((m.start(), m.start() + cut, word[:cut]))
    return out


def find_people(index: NameIndex, text: str) -> list[Mention]:
    """Every person mention in ``text``; a surname alone prefers people named in full nearby."""
    tokens = _tokens(text)
    folded = [fold(t[2]) for t in tokens]
    full: list[Mention] = []
    covered: set[int] = set()
    i = 0
    while i < len(tokens):
        for size in range(min(index.longest, len(tokens) - i), 1, -1):
            key = tuple(folded[i : i + size])
            ids = index.full.get(key)
            if ids and tokens[i][2][0].isupper():
                full.append(
                    Mention(start=tokens[i][0], end=tokens[i + size - 1][1], candidates=tuple(sorted(ids)), full=True)
                )
                covered.update(range(i, i + size))
                i += size
                break
        else:
            i += 1
    out = list(full)
    for i, (start, end, word) in enumerate(tokens):
        if i in covered or not word[0].isupper():
            continue
        prev = folded[i - 1] if i and not re.search(r"[.!?;:\n«»\"“”()]", text[tokens[i - 1][1] : start]) else ""
        two = f"{prev} {folded[i]}" if prev in _PARTICLES else ""
        ids = index.surnames.get(two) if two else None
        if not ids:
            two = ""
            ids = index.surnames.get(folded[i])
            if not ids or prev in {"la", "las", "los"}:
                continue
        if prev in {"de", "del", "of"} and not any(set(m.candidates) & ids for m in full):
            continue
        before = [m for m in full if m.start < start and set(m.candidates) & ids]
        after = [m for m in full if m.start > start and set(m.candidates) & ids]
        ranked: list[str] = []
        for m in [*reversed(before), *after]:
            ranked.extend(c for c in m.candidates if c in ids and c not in ranked)
        # never named in full: the most recently active first; checkers keep the first that fits
        ranked.extend(sorted(ids - set(ranked), key=lambda p: index.activity.get(p, ""), reverse=True))
        out.append(Mention(start=start if not two else tokens[i - 1][0], end=end, candidates=tuple(ranked), full=False))
    return sorted(out, key=lambda m: m.start)


def find_countries(index: NameIndex, text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, country code) of every country named in ``text[start:end]``."""
    tokens = [(start + a, start + b, w) for a, b, w in _tokens(text[start:end])]
    folded = [fold(t[2]) for t in tokens]
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"\b[A-Z][A-Z.]{1,6}\b", text[start:end]):
        code = index.codes.get(m.group(0).replace(".", ""))
        if code:
            out.append((start + m.start(), code))
    i = 0
    while i < len(tokens):
        for size in (5, 4, 3, 2, 1):
            code = index.countries.get(tuple(folded[i : i + size]))
            if code and len(folded[i : i + size]) == size:
                out.append((tokens[i][0], code))
                i += size
                break
        else:
            i += 1
    return sorted(out)


def find_roles(index: NameIndex, text: str, start: int, end: int) -> list[RoleMention]:
    """Office words in ``text[start:end]``, with the country named next to them."""
    low = fold(text[start:end])  # offsets in ``low`` are relative to ``start``
    out: list[RoleMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, role in _ROLE_RE:
        for m in pattern.finditer(low):
            if any(a <= m.start() < b for a, b in taken) or _NOT_OFFICE.search(low[max(0, m.start() - 6) : m.start()]):
                continue
            taken.append((m.start(), m.end()))
            elect = bool(_ELECT.match(low, m.end()))
            a, b = start + m.start(), start + m.end()
            near = find_countries(index, text, max(start, a - 25), min(end, b + 25))
            country = min(near, key=lambda c: abs(c[0] - a))[1] if near else None
            out.append(RoleMention(start=a, end=b, role=role, country=country, elect=elect))
    return sorted(out, key=lambda r: r.start)
