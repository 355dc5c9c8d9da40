"""Placeholder."""

from __future__ import annotations

from chibo.check.context import Sentence


def check_relations(s: Sentence) -> None:
    """Placeholder."""


def check_meeting(s: Sentence) -> None:
    """Placeholder."""


def check_first_in(s: Sentence) -> None:
    """Placeholder."""
