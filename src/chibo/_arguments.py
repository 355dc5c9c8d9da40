"""Checking and normalising what callers pass to the queries: country codes, pairs, vocabularies, days."""

from __future__ import annotations

import enum
import operator
from collections.abc import Iterable
from typing import SupportsIndex, TypeVar

import pendulum

from chibo.dates import DateLike, PartialDate, as_day, as_partial, today
from chibo.errors import InvalidQuery

__all__ = [
    "as_year",
    "date_or_year",
    "day_or_today",
    "difflib_matches",
    "normalize_country",
    "normalize_pair",
    "vocabulary",
    "whole_number",
]

E = TypeVar("E", bound=enum.Enum)


def normalize_country(code: str, what: str = "country") -> str:
    """``"bo"`` -> ``"BO"``; anything that is not two letters is :class:`~chibo.InvalidQuery` naming ``what``."""
    if not isinstance(code, str) or len(code.strip()) != 2 or not code.strip().isalpha():
        raise InvalidQuery(f"{what}: not an ISO 3166-1 alpha-2 country code (such as 'BO'): {code!r}")
    return code.strip().upper()


_SPANISH = {
    "presidente": "president",
    "presidenta": "president",
    "vicepresidente": "vice_president",
    "vicepresidenta": "vice_president",
    "canciller": "foreign_minister",
    "ministro_de_relaciones_exteriores": "foreign_minister",
    "ministra_de_relaciones_exteriores": "foreign_minister",
    "fiscal_general": "attorney_general",
    "fiscal_nacional": "attorney_general",
    "embajador": "ambassador",
    "embajadora": "ambassador",
    "consul_general": "consul_general",
    "jefe_de_mision": "head_of_mission",
    "viceministro": "vice_minister",
    "ministro": "minister",
    "ministra": "minister",
    # other names people use in English and Spanish
    "jefe_de_estado": "president",
    "jefa_de_estado": "president",
    "head_of_state": "president",
    "mandatario": "president",
    "mandataria": "president",
    "foreign_minister": "foreign_minister",
    "minister_of_foreign_affairs": "foreign_minister",
    "secretary_of_foreign_affairs": "foreign_minister",
    "canciller_de_la_republica": "foreign_minister",
    "vicecanciller": "vice_minister",
    "deputy_foreign_minister": "vice_minister",
    "prosecutor_general": "attorney_general",
    "encargado_de_negocios": "head_of_mission",
    "charge_d_affaires": "head_of_mission",
    "diputado": "deputy",
    "diputada": "deputy",
    "senador": "senator",
    "senadora": "senator",
}
"""Spanish names of roles, as people write them (accents folded, spaces as underscores)."""


def vocabulary(cls: type[E], value: E | str, what: str) -> E:
    """``Role("president")`` with an :class:`~chibo.InvalidQuery` listing the choices.

    Any case, spaces or hyphens for underscores, and (for roles) the Spanish names are
    accepted: ``"President"``, ``"vice president"``, ``"canciller"``, ``"fiscal general"``.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        try:
            return cls(value)  # the common case: already the vocabulary's own spelling
        except ValueError:
            pass
    if not isinstance(value, str):
        raise InvalidQuery(f"{what} must be a string, got {type(value).__name__}")
    import unicodedata

    folded = unicodedata.normalize("NFKD", value.strip().casefold())
    key = "".join(c for c in folded if not unicodedata.combining(c)).replace("-", "_").replace(" ", "_")
    try:
        return cls(_SPANISH.get(key, key))
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
    if isinstance(between, str) or not isinstance(between, Iterable):
        raise InvalidQuery(f"between takes two country codes, such as ('BO', 'CL'), got {between!r}")
    codes = sorted(normalize_country(c, "between") for c in between)
    if len(codes) != 2 or codes[0] == codes[1]:
        raise InvalidQuery(f"between needs two different countries, got {list(between)!r}")
    return (codes[0], codes[1])


def day_or_today(value: DateLike | PartialDate | None, what: str) -> pendulum.Date:
    """The day a caller names (which must be a full day), or today for None."""
    return today() if value is None else as_day(value, what=what)


def as_year(value: object, what: str = "year") -> int:
    """A year from an int, any integral number (``numpy.int64``) or a string of digits.

    Raises :class:`~chibo.InvalidQuery` naming ``what`` for anything else (a bool, a
    float with a fraction, ``"20x5"``) and for years outside 1-9999.
    """
    year = whole_number(value)
    if year is None and isinstance(value, str) and value.strip().isdigit():
        year = int(value.strip())
    if year is None or not 1 <= year <= 9999:
        raise InvalidQuery(f"{what} must be a year (an integer 1-9999 or a string of digits), got {value!r}")
    return year


def whole_number(value: object) -> int | None:
    """``value`` as an int if it is an integral number (an int, ``numpy.int64``, anything with
    ``__index__``) but not a bool; None otherwise (a float, a string, ...)."""
    if isinstance(value, bool | str):
        return None
    if isinstance(value, int):
        return value
    if not isinstance(value, SupportsIndex):
        return None
    try:
        return operator.index(value)
    except TypeError:
        return None


def date_or_year(value: DateLike | PartialDate | int, what: str) -> PartialDate:
    """A date of any precision (``"2026-01"``, a ``date``), or a year given as an integral number (``2026``).

    Raises :class:`~chibo.BadDate` (an :class:`~chibo.InvalidQuery`) naming ``what``.
    """
    if whole_number(value) is not None:
        return PartialDate(year=as_year(value, what))
    assert not isinstance(value, int)
    return as_partial(value, what=what)


def difflib_matches(key: str, known: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` keys of ``known`` close to ``key`` (case-insensitive), best first."""
    import difflib

    lowered = {k.lower(): k for k in known}
    return [lowered[m] for m in difflib.get_close_matches(key.lower(), list(lowered), n=n, cutoff=0.5)]
