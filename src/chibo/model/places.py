"""Countries and the borders between them."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pendulum

from chibo.errors import FieldError
from chibo.model.base import Record, check_country_pair, check_nonempty, check_range, check_text

__all__ = ["Border", "BorderLength", "Country"]

_ALPHA3 = re.compile(r"^[A-Z]{3}$")


def _check_alpha3(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _ALPHA3.fullmatch(value):
        raise FieldError(attribute.name, f"not an ISO 3166-1 alpha-3 code: {value!r}")


def _check_zones(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for name in value:
        try:
            pendulum.timezone(name)
        except Exception:
            raise FieldError(attribute.name, f"unknown time zone {name!r}") from None


@attrs.frozen(kw_only=True)
class Country(Record):
    """A country. Its ``id`` is its ISO 3166-1 alpha-2 code (``"BO"``).

    ``time_zones`` are IANA names.

    Examples:
        >>> import chibo
        >>> bolivia = chibo.get("BO")
        >>> bolivia.alpha3, bolivia.name_es, bolivia.time_zones
        ('BOL', 'Bolivia', ('America/La_Paz',))
    """

    alpha3: str = attrs.field(validator=_check_alpha3)
    name_en: str = attrs.field(validator=check_text)
    name_es: str = attrs.field(validator=check_text)
    official_name_en: str | None = attrs.field(default=None, validator=attrs.validators.optional(check_text))
    """The long form in English ("Plurinational State of Bolivia"), where sources give it."""
    official_name_es: str | None = attrs.field(default=None, validator=attrs.validators.optional(check_text))
    """The long form in Spanish ("Estado Plurinacional de Bolivia")."""
    other_names: tuple[str, ...] = ()
    """Short forms and abbreviations people write ("EE.UU.", "USA", "España")."""
    capital: str | None = None
    seat_of_government: str | None = None
    time_zones: tuple[str, ...] = attrs.field(default=(), validator=_check_zones)

    def __attrs_post_init__(self) -> None:
        if not re.fullmatch(r"[A-Z]{2}", self.id):
            raise FieldError("id", f"a country's id is its ISO alpha-2 code, got {self.id!r}")

    @property
    def alpha2(self) -> str:
        """Deprecated since 0.4.0: a country's ``id`` is its ISO alpha-2 code; use ``id``.

        Returns:
            The same string as ``id``.

        Examples:
            >>> import warnings, chibo
            >>> with warnings.catch_warnings():
            ...     warnings.simplefilter("ignore", DeprecationWarning)
            ...     chibo.get("BO").alpha2
            'BO'
        """
        import warnings

        warnings.warn("Country.alpha2 is deprecated: use Country.id (the ISO alpha-2 code)", DeprecationWarning, 2)
        return self.id


@attrs.frozen(kw_only=True)
class BorderLength:
    """One source's figure for a border's length, in kilometres (``km``).

    Examples:
        >>> import chibo
        >>> chibo.BorderLength(km=942.0, sources=("src-x",), preferred=True).km
        942.0
    """

    km: float = attrs.field(validator=check_range(0, 100_000))
    sources: tuple[str, ...] = attrs.field(validator=check_nonempty)
    preferred: bool = False
    note: str | None = None


@attrs.frozen(kw_only=True)
class Border(Record):
    """A land border between two countries, with every length the sources give.

    ``countries`` are two ISO alpha-2 codes in alphabetical order; exactly one length is preferred.

    Examples:
        >>> import chibo
        >>> border = chibo.get("border-bo-cl")
        >>> border.countries, border.length_km
        (('BO', 'CL'), 942.0)
    """

    countries: tuple[str, ...] = attrs.field(validator=check_country_pair)
    lengths: tuple[BorderLength, ...] = attrs.field(validator=check_nonempty)

    def __attrs_post_init__(self) -> None:
        if sum(1 for length in self.lengths if length.preferred) != 1:
            raise FieldError("lengths", "exactly one length must be marked preferred")

    @property
    def length_km(self) -> float:
        """The preferred length, in kilometres.

        Returns:
            The ``km`` of the length marked preferred.

        Examples:
            >>> import chibo
            >>> chibo.get("border-bo-cl").length_km
            942.0
        """
        return next(length.km for length in self.lengths if length.preferred)
