"""Accent- and case-insensitive index over names, aliases, labels and the text of records.

Names: a person's names and aliases, a country's names and codes, an office's labels, a
decree's number, the title of an event, agreement or election, and for an agreement the
short form people use ("Tratado de 1904", "Treaty of 1904"). Texts, ranked after names:
a claim's statement and an event's place. Known place names in other languages are read
as the name the data uses (:data:`PLACE_ALIASES`: "La Haya" is "The Hague").
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chibo.model.enums import AgreementKind

if TYPE_CHECKING:  # the record classes are imported on first use: a first search reads shipped names
    from chibo._layout import RecordType

__all__ = ["PLACE_ALIASES", "NameIndex", "fold", "label_of", "names_of", "texts_of"]

_KIND_RANK = {
    kind: i
    for i, kind in enumerate(
        [
            "person",
            "organization",
            "office",
            "country",
            "event",
            "agreement",
            "decree",
            "election",
            "claim",
            "source",
        ]
    )
}

_WORD = re.compile(r"[a-z0-9]+")

_DECREE = re.compile(r"\b(?:d\s*\.?\s*s\s*\.?|decreto\s+supremo|decree)\s*(?:n\s*[°º.o]*\s*)?(\d+)\b", re.IGNORECASE)
"""A decree as people write it: ``DS 5503``, ``D.S. N° 5503``, ``Decreto Supremo 5503``."""

_ENTITIES = frozenset({"person", "country", "organization", "office"})
"""Kinds that come before the records whose titles mention them (events, claims, ...)."""


def decree_reference(text: str) -> str:
    """``"D.S. N° 5503"`` -> ``"DS 5503"``; other text unchanged."""
    return _DECREE.sub(lambda m: f"DS {m.group(1)}", text)


def strip_accents(text: str) -> str:
    """``text`` without combining marks, in compatibility form: ``"Jerí"`` -> ``"Jeri"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text``, its words joined by single spaces:
    ``"José Jerí"`` -> ``"jose jeri"``."""
    return " ".join(_WORD.findall(strip_accents(text).casefold()))


PLACE_ALIASES = {
    "la haya": "the hague",
    "den haag": "the hague",
    "hague": "the hague",
    "ginebra": "geneva",
    "nueva york": "new york",
}
"""Place names (folded) as people write them -> the form the data uses (``Event.place``).

The International Court of Justice sits in The Hague: "La Haya" finds the ICJ cases.
"""

_AGREEMENT_KINDS = {
    AgreementKind.TREATY: ("Treaty", "Tratado"),
    AgreementKind.PROTOCOL: ("Protocol", "Protocolo"),
    AgreementKind.MEMORANDUM: ("Memorandum", "Memorándum"),
    AgreementKind.ACT: ("Act", "Acta"),
    AgreementKind.DECLARATION: ("Declaration", "Declaración"),
    AgreementKind.AGREEMENT: ("Agreement", "Acuerdo"),
    AgreementKind.AGENDA: ("Agenda", "Agenda"),
}
"""How an agreement's kind is named in English and Spanish, for "Tratado de 1904"."""


def names_of(record: RecordType) -> tuple[str, ...]:
    """The names a record can be searched by.

    An agreement is also named by its kind and year, and by its kind and the place it was
    signed, as people name treaties: ``"Treaty of 1904"``, ``"1904 Treaty"``, ``"Tratado de
    1904"``, ``"Tratado de Lima"``, ``"Acta de Charaña"``.
    """
    from chibo.model import Agreement, Country, Source

    if isinstance(record, Source):
        return (record.title,) if record.title else ()
    if isinstance(record, Country):
        official = tuple(n for n in (record.official_name_en, record.official_name_es) if n)
        return (record.name_en, record.name_es, record.id, record.alpha3, *official, *record.other_names)
    names: tuple[str, ...] = getattr(record, "names", ())
    if isinstance(record, Agreement) and record.kind in _AGREEMENT_KINDS:
        english, spanish = _AGREEMENT_KINDS[record.kind]
        if record.signed is not None:
            year = record.signed.year
            names = (*names, f"{english} of {year}", f"{year} {english}", f"{spanish} de {year}")
        if record.place:
            city = record.place.split(",")[0].strip()
            names = (*names, f"{english} of {city}", f"{spanish} de {city}")
            if record.signed is not None:  # "Tratado de Lima de 1929", "Treaty of Lima 1929"
                year = record.signed.year
                names = (
                    *names,
                    f"{english} of {city} {year}",
                    f"{spanish} de {city} de {year}",
                    f"{spanish} de {city} {year}",
                )
    return names


def texts_of(record: RecordType) -> tuple[str, ...]:
    """Text a record can be found by, ranked after its names: a claim's statement, an event's place."""
    from chibo.model import Claim, Event

    if isinstance(record, Claim):
        return (record.statement,)
    if isinstance(record, Event) and record.place:
        return (record.place,)
    return ()


def label_of(record: RecordType) -> str:
    """What to show for a search result: its first name, else its first text (a claim's statement), else its id."""
    return next(iter((*names_of(record), *texts_of(record))), record.id)


def _with_places(query: str) -> str:
    """The folded query with known place names in other languages as the data writes them."""
    padded = f" {query} "
    for alias, name in PLACE_ALIASES.items():
        if f" {alias} " in padded and f" {name} " not in padded:
            padded = padded.replace(f" {alias} ", f" {name} ")
    return padded.strip()


class NameIndex:
    """Scores records by how well a query matches one of their names.

    Scores: whole name 100, name starts with the query 80, every query word is a
    word of the name 60 (a word prefix 40), the query occurs inside the name 20.
    A record whose name, alias, code or number is exactly the query comes first; then
    people, countries, organizations and offices come before the events, claims and
    other records whose titles mention them; then a match on a name before a match on
    a text (a claim's statement, an event's place); then the score decides. Ties go by kind
    (people first, then organizations, offices, countries, events, agreements, decrees,
    elections, claims, sources), then to the shorter name, then to the id. Decree
    references are read as people write them (``D.S. N° 5503``).
    """

    __slots__ = ("_grams", "_lines", "_names", "_words")

    def __init__(self, records: Iterable[RecordType]) -> None:
        self._lines: str | None = None
        self._names: list[tuple[str, str, str, bool]] = []  # folded name or text, record id, kind, is a name
        self._words: dict[str, set[int]] = defaultdict(set)
        self._grams: dict[str, set[int]] = defaultdict(set)
        for record in records:
            kind = type(record).__name__.lower()
            for texts, is_name in ((names_of(record), True), (texts_of(record), False)):
                for text in texts:
                    self._add(fold(decree_reference(text)), record.id, kind, is_name)

    def _add(self, folded: str, record_id: str, kind: str, is_name: bool) -> None:
        if not folded:
            return
        position = len(self._names)
        self._names.append((folded, record_id, kind, is_name))
        for word in folded.split():
            self._words[word[:3]].add(position)
            for start in range(len(word) - 2):
                self._grams[word[start : start + 3]].add(position)

    @classmethod
    def of_lines(cls, lines: str) -> NameIndex:
        """An index of names already folded: one ``<record id> <kind> <1: a name, 0: a text> <folded>`` a line.

        It builds nothing: each search finds the lines holding the query's longest word
        (a name that scores holds it inside one of its words, so the answers are those
        of an index built from the records), which for the bundled names costs less
        than building the trigram index in the first search of a fresh process.
        """
        index = cls(())
        index._lines = lines
        return index

    def _holding(self, word: str) -> list[tuple[str, str, str, bool]]:
        """The names of :meth:`of_lines` whose folded text holds ``word``, in line order."""
        lines = self._lines or ""
        found = []
        at = lines.find(word)
        while at != -1:
            start = lines.rfind("\n", 0, at) + 1
            end = lines.find("\n", at)
            end = len(lines) if end == -1 else end
            record_id, kind, is_name, folded = lines[start:end].split(" ", 3)
            if word in folded:
                found.append((folded, record_id, kind, is_name == "1"))
            at = lines.find(word, end)
        return found

    def _rank(
        self, query: str, words: list[str], pool: Iterable[tuple[str, str, str, bool]], kinds: frozenset[str] | None
    ) -> dict[str, tuple[int, ...]]:
        best: dict[str, tuple[int, ...]] = {}
        for folded, record_id, kind, is_name in pool:
            if kinds is not None and kind not in kinds:
                continue
            score = _score(query, words, folded)
            if score == 0:
                continue
            exact = score == 100 and is_name
            rank = (
                exact,
                kind in _ENTITIES,
                is_name,
                score,
                -_KIND_RANK.get(kind, len(_KIND_RANK)),
                -len(folded),
            )
            current = best.get(record_id)
            if current is None or rank > current:
                best[record_id] = rank
        return best

    def search(self, text: str, kinds: frozenset[str] | None = None, limit: int | None = None) -> list[tuple[str, int]]:
        """``(record id, score)`` pairs, best first, one per record; the first ``limit`` only if given."""
        query = fold(decree_reference(text))
        if not query:
            return []
        best = self._best(query, kinds)
        place = _with_places(query)
        if place != query:  # "la haya": also as the data writes it, "the hague"
            for record_id, rank in self._best(place, kinds).items():
                if rank > best.get(record_id, ()):
                    best[record_id] = rank

        def order(item: tuple[str, tuple[int, ...]]) -> tuple[tuple[int, ...], str]:
            return (tuple(-x for x in item[1]), item[0])

        ordered = sorted(best.items(), key=order) if limit is None else heapq.nsmallest(limit, best.items(), key=order)
        return [(record_id, rank[3]) for record_id, rank in ordered]

    def _best(self, query: str, kinds: frozenset[str] | None) -> dict[str, tuple[int, ...]]:
        words = query.split()
        # Every three-letter piece of every word is indexed: the names holding all the
        # pieces of the query's longest word are the candidates, so a query found inside a
        # word ("mayo" in "Aramayo") is found too. A query of short words scans every name.
        longest = max(words, key=len)
        pool: Iterable[tuple[str, str, str, bool]]
        if self._lines is not None:
            pool = self._holding(longest)
        elif len(longest) >= 3:
            grams = [longest[i : i + 3] for i in range(len(longest) - 2)]
            positions = sorted(set.intersection(*(self._grams.get(g, set()) for g in grams)))
            pool = (self._names[p] for p in positions)
        else:
            pool = self._names
        return self._rank(query, words, pool, kinds)


def _score(query: str, words: list[str], name: str) -> int:
    if name == query:
        return 100
    if name.startswith(query):
        return 80
    name_words = name.split()
    if all(w in name_words for w in words):
        return 60
    if all(any(nw.startswith(w) for nw in name_words) for w in words):
        return 40
    if query in name:
        return 20
    return 0
