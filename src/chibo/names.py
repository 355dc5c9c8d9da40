"""Accent- and case-insensitive name index over names, aliases and labels."""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from chibo.layout import RecordType
from chibo.model import Country, Source

__all__ = ["NameIndex", "fold"]

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


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text``: ``"José Jerí"`` -> ``"jose jeri"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped.casefold()))


def names_of(record: RecordType) -> tuple[str, ...]:
    """The names a record can be searched by."""
    if isinstance(record, Source):
        return (record.title,) if record.title else ()
    if isinstance(record, Country):
        return (record.name_en, record.name_es, record.id, record.alpha3)
    names: tuple[str, ...] = getattr(record, "names", ())
    return names


class NameIndex:
    """Scores records by how well a query matches one of their names.

    Scores: whole name 100, name starts with the query 80, every query word is a
    word of the name 60 (a word prefix 40), the query occurs inside the name 20.
    A record whose name, alias, code or number is exactly the query comes first; then
    people, countries, organizations and offices come before the events, claims and
    other records whose titles mention them; then the score decides. Ties go by kind
    (people first, then organizations, offices, countries, events, agreements, decrees,
    elections, claims, sources), then to the shorter name, then to the id. Decree
    references are read as people write them (``D.S. N° 5503``).
    """

    __slots__ = ("_grams", "_names", "_words")

    def __init__(self, records: Iterable[RecordType]) -> None:
        self._names: list[tuple[str, str, str]] = []  # folded name, record id, kind
        self._words: dict[str, set[int]] = defaultdict(set)
        self._grams: dict[str, set[int]] = defaultdict(set)
        for record in records:
            kind = type(record).__name__.lower()
            for name in names_of(record):
                folded = fold(name)
                if not folded:
                    continue
                position = len(self._names)
                self._names.append((folded, record.id, kind))
                for word in folded.split():
                    self._words[word[:3]].add(position)
                    for start in range(len(word) - 2):
                        self._grams[word[start : start + 3]].add(position)

    def _rank(
        self, query: str, words: list[str], pool: Iterable[int], kinds: frozenset[str] | None
    ) -> dict[str, tuple[int, ...]]:
        best: dict[str, tuple[int, ...]] = {}
        for position in pool:
            folded, record_id, kind = self._names[position]
            if kinds is not None and kind not in kinds:
                continue
            score = _score(query, words, folded)
            if score == 0:
                continue
            exact = score == 100
            rank = (exact, kind in _ENTITIES, score, -_KIND_RANK.get(kind, len(_KIND_RANK)), -len(folded))
            current = best.get(record_id)
            if current is None or rank > current:
                best[record_id] = rank
        return best

    def search(self, text: str, kinds: frozenset[str] | None = None, limit: int | None = None) -> list[tuple[str, int]]:
        """``(record id, score)`` pairs, best first, one per record; the first ``limit`` only if given."""
        query = fold(decree_reference(text))
        if not query:
            return []
        words = query.split()
        # Every three-letter piece of every word is indexed: the names holding all the
        # pieces of the query's longest word are the candidates, so a query found inside a
        # word ("mayo" in "Aramayo") is found too. A query of short words scans every name.
        longest = max(words, key=len)
        if len(longest) >= 3:
            grams = [longest[i : i + 3] for i in range(len(longest) - 2)]
            pool: Iterable[int] = sorted(set.intersection(*(self._grams.get(g, set()) for g in grams)))
        else:
            pool = range(len(self._names))
        best = self._rank(query, words, pool, kinds)

        def order(item: tuple[str, tuple[int, ...]]) -> tuple[tuple[int, ...], str]:
            return (tuple(-x for x in item[1]), item[0])

        ordered = sorted(best.items(), key=order) if limit is None else heapq.nsmallest(limit, best.items(), key=order)
        return [(record_id, rank[0]) for record_id, rank in ordered]


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
