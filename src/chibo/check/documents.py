"""Placeholder."""

from __future__ import annotations

from chibo.check.context import Sentence


def check_decree(s: Sentence) -> None:
    """Placeholder."""


def check_treaty(s: Sentence) -> None:
    """Placeholder."""


def check_court(s: Sentence) -> None:
    """Placeholder."""


def check_number(s: Sentence) -> None:
    """Placeholder."""
