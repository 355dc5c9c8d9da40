"""Statements made by a source, and the verdict the evidence gives."""

from __future__ import annotations

import attrs

from chibo.model.base import Record, check_nonempty, check_text
from chibo.model.enums import Verdict

__all__ = ["Claim"]


@attrs.frozen(kw_only=True)
class Claim(Record):
    """A checkable statement in a ``source`` and its fact-check.

    ``sources`` are where the claim was read (the claiming source among them);
    ``evidence`` are the sources the verdict rests on.
    """

    source: str
    statement: str = attrs.field(validator=check_text)
    verdict: Verdict
    explanation: str = attrs.field(validator=check_text)
    about: tuple[str, ...] = ()
    evidence: tuple[str, ...] = attrs.field(default=(), validator=check_nonempty)
