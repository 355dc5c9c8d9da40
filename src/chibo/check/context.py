"""What a checker knows while it reads one sentence: the article, the data and the mentions."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from chibo.check.mentions import Mention, NameIndex, RoleMention, find_countries, find_roles
from chibo.check.report import CheckVerdict, Finding, StatementKind
from chibo.check.text import DateMention, Number, find_dates, find_numbers, fold
from chibo.dataset import Dataset
from chibo.errors import ChiboError
from chibo.model import Decree, Event, Person

_FUTURE = re.compile(
    r"\b(?:asumira|sera|will|llegara|tomara|jurara|viajara|se reunira|se reuniran|is due|manana|tomorrow)\b"
)


@attrs.define(kw_only=True)
class Article:
    """The text being checked, its day and language, and what was found so far."""

    text: str
    published: dt.date | None
    language: str
    ds: Dataset
    index: NameIndex
    people: list[Mention]
    sentences: list[tuple[int, int]]
    findings: list[Finding] = attrs.Factory(list)
    last_date: DateMention | None = None  # the last event day stated ("in the same act")
    last_meeting: DateMention | None = None  # the day of the last meeting the text told
    last_decree: Decree | None = None  # "the decree" refers to it
    last_court: Event | None = None  # "por 11 votos contra 4" refers to it
    read: dict[int, Sentence] = attrs.Factory(dict)  # each sentence is read once

    def sentence(self, index: int) -> Sentence:
        """Sentence ``index`` with its mentions, read on first use."""
        found = self.read.get(index)
        if found is None:
            found = self.read[index] = Sentence.read(self, index)
        return found

    def person(self, person_id: str) -> Person | None:
        """The person with that id, or None."""
        try:
            record = self.ds.get(person_id)
        except ChiboError:
            return None
        return record if isinstance(record, Person) else None


@attrs.define(kw_only=True)
class Sentence:
    """One sentence, with the mentions inside it."""

    article: Article
    index: int
    start: int
    end: int
    folded: str = ""
    people: list[Mention] = attrs.Factory(list)
    dates: list[DateMention] = attrs.Factory(list)
    numbers: list[Number] = attrs.Factory(list)
    roles: list[RoleMention] = attrs.Factory(list)
    countries: list[tuple[int, str]] = attrs.Factory(list)

    @classmethod
    def read(cls, article: Article, index: int) -> Sentence:
        start, end = article.sentences[index]
        text = article.text
        folded = fold(text[start:end])
        dates = find_dates(text, start, end, article.language, article.published, "")
        futures = [start + m.end() for m in _FUTURE.finditer(folded)]
        if futures:  # a day right after a future verb ("asumirá el 11 de marzo") is read forward
            ahead = find_dates(text, start, end, article.language, article.published, "future")
            dates = [
                next((f for f in ahead if f.start == d.start), d) if any(0 <= d.start - v <= 40 for v in futures) else d
                for d in dates
            ]
        return cls(
            article=article,
            index=index,
            start=start,
            end=end,
            folded=folded,
            people=[m for m in article.people if start <= m.start < end],
            dates=dates,
            numbers=list(find_numbers(text, start, end, article.language)),
            roles=find_roles(article.index, text, start, end),
            countries=find_countries(article.index, text, start, end),
        )

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]

    def find(self, pattern: str) -> re.Match[str] | None:
        """Search the folded sentence (no accents, lower case); offsets are absolute."""
        m = re.search(pattern, self.folded)
        return m

    def at(self, offset: int) -> int:
        """An offset in the folded sentence as an offset in the article."""
        return self.start + offset

    def previous(self, back: int = 1) -> Sentence | None:
        """The sentence ``back`` places earlier, or None."""
        i = self.index - back
        return self.article.sentence(i) if i >= 0 else None

    def finding(
        self,
        *,
        kind: StatementKind,
        span: tuple[int, int],
        stated: str,
        found: str | None,
        verdict: CheckVerdict,
        evidence: tuple[str, ...] = (),
        query: str = "",
        note: str = "",
    ) -> Finding:
        """Record a finding over ``span`` (absolute offsets, clipped to the sentence)."""
        a, b = max(self.start, span[0]), min(self.end, span[1])
        if b <= a:
            a, b = self.start, self.end
        text = self.article.text
        while a < b and (text[a].isspace() or text[a] in "—–-,;:"):  # a quote starts at a word
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
            b -= 1
        sources: list[str] = []
        for record_id in evidence:
            try:
                record = self.article.ds.get(record_id)
            except ChiboError:
                continue
            for s in getattr(record, "sources", ()):
                if s not in sources:
                    sources.append(s)
        finding = Finding(
            quote=self.article.text[a:b],
            start=a,
            end=b,
            kind=kind,
            stated=stated,
            found=found,
            verdict=verdict,
            evidence=evidence,
            sources=tuple(sources),
            query=query,
            note=note,
        )
        self.article.findings.append(finding)
        return finding
