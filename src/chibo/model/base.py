"""The parts every record shares: an id, its sources, a note and alternative values."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from chibo.errors import FieldError

if TYPE_CHECKING:
    from chibo.dates import PartialDate

__all__ = [
    "Alternative",
    "Record",
    "check_country_pair",
    "check_id",
    "check_nonempty",
    "check_range",
    "check_report_order",
    "check_text",
]

_ID = re.compile(r"^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$")


def check_id(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise FieldError(attribute.name, f"not a valid id: {value!r}")


def check_nonempty(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if len(value) == 0:
        raise FieldError(attribute.name, "must not be empty")


def check_text(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not value.strip():
        raise FieldError(attribute.name, "must not be blank")


def check_range(low: float, high: float) -> Callable[[Any, attrs.Attribute[Any], float | int | None], None]:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: float | int | None) -> None:
        if value is not None and not low <= value <= high:
            raise FieldError(attribute.name, f"{value} outside {low:g}-{high:g}")

    return check


def check_report_order(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """Reports (anything with a ``reported`` PartialDate) must be in publication order."""
    for earlier, later in itertools.pairwise(value):
        if later.reported < earlier.reported:
            raise FieldError(attribute.name, f"reports out of date order ({earlier.reported} then {later.reported})")


def check_country_pair(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if len(value) != 2 or value[0] == value[1]:
        raise FieldError(attribute.name, f"needs two different countries, got {list(value)}")
    if list(value) != sorted(value):
        raise FieldError(attribute.name, f"countries must be in alphabetical order: {list(value)}")


@attrs.frozen(kw_only=True)
class Alternative:
    """Another value a source gives for a field, next to the preferred one in the record.

    Mirrors Wikidata's ranks: the record's own field is the preferred value; each
    alternative keeps the value (as text), the sources that give it and why it is not
    preferred.

    Examples:
        >>> import chibo
        >>> alternative = chibo.Alternative(field="birth_date", value="1967-09-23", sources=("src-x",), note="a typo?")
        >>> alternative.field, alternative.value
        ('birth_date', '1967-09-23')
    """

    field: str = attrs.field(validator=check_text)
    value: str
    sources: tuple[str, ...] = attrs.field(validator=check_nonempty)
    note: str | None = None


@attrs.frozen(kw_only=True)
class Record:
    """Base of every sourced record: a dataset-wide unique ``id`` and at least one source."""

    id: str = attrs.field(validator=check_id)
    sources: tuple[str, ...] = attrs.field(validator=check_nonempty)
    note: str | None = None
    alternatives: tuple[Alternative, ...] = ()

    def alternatives_for(self, field: str) -> tuple[Alternative, ...]:
        """The non-preferred values that sources give for ``field``.

        Args:
            field: a field name, as in the data files.

        Returns:
            The :class:`Alternative` values for that field (maybe none).

        Examples:
            >>> import chibo
            >>> alternative = chibo.Alternative(field="birth_date", value="1950", sources=("s",))
            >>> person = chibo.Person(id="x", name="X", alternatives=(alternative,), sources=("s",))
            >>> person.alternatives_for("birth_date") == (alternative,), person.alternatives_for("name")
            (True, ())
        """
        return tuple(a for a in self.alternatives if a.field == field)

    def alternative_dates(self, field: str) -> tuple[PartialDate, ...]:
        """The dates sources give for ``field`` instead of the preferred one (:meth:`alternatives_for`),
        as :class:`~chibo.PartialDate` values; an alternative that is not a date is skipped.

        Args:
            field: a date field's name, as in the data files (``"start"``, ``"birth_date"``).

        Returns:
            The kept alternative dates, in the order recorded (maybe none).

        Examples:
            >>> import chibo
            >>> alternative = chibo.Alternative(field="birth_date", value="1950", sources=("s",))
            >>> person = chibo.Person(id="x", name="X", alternatives=(alternative,), sources=("s",))
            >>> [str(d) for d in person.alternative_dates("birth_date")]
            ['1950']
        """
        from chibo.dates import PartialDate
        from chibo.errors import ChiboError

        out = []
        for alternative in self.alternatives_for(field):
            try:
                out.append(PartialDate.of(str(alternative.value)))
            except (ChiboError, ValueError, TypeError):
                continue
        return tuple(out)
