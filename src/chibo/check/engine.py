"""The checker: read an article sentence by sentence and run every kind of check on it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from chibo.check import bilateral, documents, elections, offices
from chibo.check.context import Article, Sentence
from chibo.check.mentions import NameIndex, find_people
from chibo.check.report import CheckReport, Finding
from chibo.check.text import guess_language, read_header, sentences
from chibo.dataset import Dataset

CHECKS: tuple[Callable[[Sentence], None], ...] = (
    offices.check_take_office,
    offices.check_since,
    offices.check_during,
    offices.check_held,
    offices.check_leave,
    offices.check_age,
    offices.check_birth,
    elections.check_election,
    bilateral.check_relations,
    bilateral.check_meeting,
    bilateral.check_first_in,
    documents.check_decree,
    documents.check_treaty,
    documents.check_court,
    documents.check_number,
)

_INDEXES: dict[int, NameIndex] = {}


def _index(ds: Dataset) -> NameIndex:
    key = id(ds)
    index = _INDEXES.get(key)
    if index is None:
        index = NameIndex(ds)
        _INDEXES.clear()
        _INDEXES[key] = index
    return index


def run(ds: Dataset, text: str, published: dt.date | None, language: str | None) -> CheckReport:
    """Check ``text`` against ``ds``; see :func:`chibo.check.check`."""
    head_published, head_language = read_header(text)
    if published is None and head_published:
        published = dt.date.fromisoformat(head_published)
    language = (language or head_language or guess_language(text)).lower()[:2]
    if language not in {"es", "en"}:
        language = guess_language(text)
    index = _index(ds)
    article = Article(
        text=text,
        published=published,
        language=language,
        ds=ds,
        index=index,
        people=find_people(index, text),
        sentences=sentences(text, language),
    )
    for i in range(len(article.sentences)):
        sentence = article.sentence(i)
        for check in CHECKS:
            check(sentence)
    findings = [f for f in _dedupe(article.findings) if not _quoted(text, f.start, f.end)]
    info = ds.info
    return CheckReport(
        published=published.isoformat() if published else None,
        language=language,
        dataset=f"{info.version} as of {info.as_of}",
        findings=tuple(sorted(findings, key=lambda f: (f.start, f.end))),
    )


_QUOTES = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a span lies inside quoted speech: quotations are the speaker's words, not the
    article's statements (``shared/factcheck`` leaves them unannotated)."""
    return any(m.start() <= start and end <= m.end() for m in _QUOTES.finditer(text))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop a finding that repeats another (same span, kind and stated value)."""
    out: list[Finding] = []
    seen: set[tuple[int, int, str, str]] = set()
    for f in findings:
        key = (f.start, f.end, f.kind.value, f.stated)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
