"""What ``chibo.check`` returns: one :class:`Finding` per checkable statement of an article."""

from __future__ import annotations

import enum
import json
from typing import Any

import attrs


class StatementKind(enum.Enum):
    """The kinds of statement the checker reads (the set of ``../shared/factcheck``)."""

    OFFICE_HOLDER = "office_holder"  # who held or took an office, and when
    AGE_BIRTH = "age_birth"  # a person's age at a date, birth date or place
    ELECTION = "election"  # round dates, shares, votes, ranks, proclamation
    RELATIONS = "relations"  # level of relations, breaks and restorations
    MEETING = "meeting"  # who met whom, when, where; "the first in N years"
    DECREE = "decree"  # decrees: dates, issuer, measures, what replaced them
    TREATY = "treaty"  # treaties and court cases: dates, places
    NUMBER = "number"  # border length, court vote counts


class CheckVerdict(enum.Enum):
    """What the data says of a statement.

    ``contradicted`` is used only when the data's preferred value differs and no kept
    alternative matches within the precision the text states; ``disputed`` when the stated
    value is one that sources give but not the preferred one; ``unverified`` when the data
    has no answer; ``not_covered`` when the question falls outside the declared coverage.
    """

    CONFIRMED = "confirmed"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"
    NOT_COVERED = "not_covered"


@attrs.frozen(kw_only=True, slots=True)
class Finding:
    """One checkable statement of the text and what the data says of it.

    Attributes:
        quote: the exact text of the span, ``text[start:end]``.
        start, end: character offsets into the text given to :func:`chibo.check`.
        kind: the :class:`StatementKind`.
        stated: the value the text states, as text (a date is ISO at its precision).
        found: the value the data holds, or None.
        verdict: a :class:`CheckVerdict`.
        evidence: ids of the records that decided it.
        sources: ids of those records' sources.
        query: a Python expression over ``chibo`` that reproduces the answer.
        note: one line on how the verdict was reached.
    """

    quote: str
    start: int
    end: int
    kind: StatementKind
    stated: str
    found: str | None
    verdict: CheckVerdict
    evidence: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    query: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready values (enums as their strings)."""
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "stated": self.stated,
            "found": self.found,
            "verdict": self.verdict.value,
            "evidence": list(self.evidence),
            "sources": list(self.sources),
            "query": self.query,
            "note": self.note,
        }


@attrs.frozen(kw_only=True, slots=True)
class CheckReport:
    """The findings of one article, in text order.

    Attributes:
        published: the day relative dates and ages were read against (ISO), or None.
        language: ``"es"`` or ``"en"``.
        dataset: the dataset version and as-of day the answers come from.
        findings: a tuple of :class:`Finding`.
    """

    published: str | None
    language: str
    dataset: str
    findings: tuple[Finding, ...] = ()

    def counts(self) -> dict[str, int]:
        """Number of findings per verdict, e.g. ``{"confirmed": 3, "contradicted": 1}``."""
        out: dict[str, int] = {}
        for finding in self.findings:
            out[finding.verdict.value] = out.get(finding.verdict.value, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready values."""
        return {
            "published": self.published,
            "language": self.language,
            "dataset": self.dataset,
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The report as a JSON string (ASCII-safe)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=True)
