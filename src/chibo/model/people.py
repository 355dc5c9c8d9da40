"""People and organizations."""

from __future__ import annotations

import attrs
import pendulum

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import Record, check_text
from chibo.model.enums import OrganizationKind

__all__ = ["Organization", "Person"]


@attrs.frozen(kw_only=True)
class Person(Record):
    """A person, named as they write their own name.

    Dates are :class:`~chibo.PartialDate` (a year, a month or a day); ``nationalities``
    are ISO alpha-2 country codes.

    Examples:
        >>> import chibo
        >>> person = chibo.get("rodrigo-paz")
        >>> person.name, str(person.birth_date)
        ('Rodrigo Paz Pereira', '1967-09-22')
    """

    name: str = attrs.field(validator=check_text)
    other_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    birth_date: PartialDate | None = None
    birth_place: str | None = None
    death_date: PartialDate | None = None
    death_place: str | None = None
    nationalities: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.birth_date and self.death_date and self.death_date < self.birth_date:
            raise FieldError("death_date", "death before birth")

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this person is known by: name, other names and aliases.

        Returns:
            The names, the preferred one first.

        Examples:
            >>> import chibo
            >>> chibo.get("rodrigo-paz").names[:2]
            ('Rodrigo Paz Pereira', 'Rodrigo Paz')
        """
        return (self.name, *self.other_names, *self.aliases)

    def age_range(self, on: pendulum.Date) -> tuple[int, int] | None:
        """Youngest and oldest age this person can have on ``on`` given the birth date's precision.

        Args:
            on: the day.

        Returns:
            ``(youngest, oldest)`` in whole years, or None without a birth date.

        Examples:
            >>> import chibo, pendulum
            >>> born_1950 = chibo.Person(id="x", name="X", birth_date=chibo.PartialDate.parse("1950"), sources=("s",))
            >>> born_1950.age_range(pendulum.Date(2000, 6, 1))
            (49, 50)
        """
        if self.birth_date is None:
            return None
        return (_years(self.birth_date.latest, on), _years(self.birth_date.earliest, on))

    def age(self, on: pendulum.Date) -> int | None:
        """Age in whole years on ``on``, or None when the birth date cannot decide it.

        Args:
            on: the day.

        Returns:
            The age in whole years, or None (no birth date, or one too imprecise for that day).

        Examples:
            >>> import chibo, pendulum
            >>> chibo.get("rodrigo-paz").age(pendulum.Date(2026, 1, 1))
            58
        """
        ages = self.age_range(on)
        if ages is None or ages[0] != ages[1]:
            return None
        return ages[0]


def _years(born: pendulum.Date, on: pendulum.Date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@attrs.frozen(kw_only=True)
class Organization(Record):
    """A party, ministry, electoral body, union, prosecutors' office or other body.

    ``country`` is an ISO alpha-2 code (None for an international body).

    Examples:
        >>> import chibo
        >>> party = chibo.get("adn-bo")
        >>> party.abbreviation, party.kind.value
        ('ADN', 'party')
    """

    name: str = attrs.field(validator=check_text)
    kind: OrganizationKind
    abbreviation: str | None = None
    other_names: tuple[str, ...] = ()
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the organization: its name, its abbreviation and its other names.

        Returns:
            The names, the preferred one first.

        Examples:
            >>> import chibo
            >>> chibo.get("adn-bo").names
            ('Acción Democrática Nacionalista', 'ADN')
        """
        extra = (self.abbreviation,) if self.abbreviation else ()
        return (self.name, *extra, *self.other_names)
