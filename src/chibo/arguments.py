"""Checking and normalising what callers pass to the queries: country codes, pairs, vocabularies, days."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

import pendulum

from chibo.dates import DateLike, PartialDate, as_day, today
from chibo.errors import InvalidQuery

__all__ = ["day_or_today", "normalize_country", "normalize_pair", "vocabulary"]

E = TypeVar("E", bound=enum.Enum)


def normalize_country(code: str) -> str:
    """``"bo"`` -> ``"BO"``; anything that is not two letters is :class:`~chibo.InvalidQuery`."""
    if not isinstance(code, str) or len(code.strip()) != 2 or not code.strip().isalpha():
        raise InvalidQuery(f"not an ISO 3166-1 alpha-2 country code: {code!r}")
    return code.strip().upper()


def vocabulary(cls: type[E], value: E | str, what: str) -> E:
    """``Role("president")`` with an :class:`~chibo.InvalidQuery` listing the choices."""
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(str(m.value) for m in cls)
        raise InvalidQuery(f"unknown {what} {value!r}; use one of: {choices}") from None


_PAIRS: dict[tuple[str, ...], tuple[str, str]] = {}


def normalize_pair(between: Iterable[str]) -> tuple[str, str]:
    """``("cl", "BO")`` -> ``("BO", "CL")``; remembered for tuples already seen."""
    if isinstance(between, tuple):
        known = _PAIRS.get(between)
        if known is not None:
            return known
        pair = _normalize_pair(between)
        if len(_PAIRS) < 1024:
            _PAIRS[between] = pair
        return pair
    return _normalize_pair(between)


def _normalize_pair(between: Iterable[str]) -> tuple[str, str]:
    codes = sorted(normalize_country(c) for c in between)
    if len(codes) != 2 or codes[0] == codes[1]:
        raise InvalidQuery(f"between needs two different countries, got {list(between)!r}")
    return (codes[0], codes[1])


def day_or_today(value: DateLike | PartialDate | None, what: str) -> pendulum.Date:
    """The day a caller names (which must be a full day), or today for None."""
    return today() if value is None else as_day(value, what=what)
