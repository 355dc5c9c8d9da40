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
    """A person, named as they write their own name."""

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
        """Every name this person is known by: name, other names and aliases."""
        return (self.name, *self.other_names, *self.aliases)

    def age_range(self, on: pendulum.Date) -> tuple[int, int] | None:
        """Youngest and oldest age this person can have on ``on`` given the birth date's precision."""
        if self.birth_date is None:
            return None
        return (_years(self.birth_date.latest, on), _years(self.birth_date.earliest, on))

    def age(self, on: pendulum.Date) -> int | None:
        """Age in whole years on ``on``, or None when the birth date cannot decide it."""
        ages = self.age_range(on)
        if ages is None or ages[0] != ages[1]:
            return None
        return ages[0]


def _years(born: pendulum.Date, on: pendulum.Date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@attrs.frozen(kw_only=True)
class Organization(Record):
    """A party, ministry, electoral body, union, prosecutors' office or other body."""

    name: str = attrs.field(validator=check_text)
    kind: OrganizationKind
    abbreviation: str | None = None
    other_names: tuple[str, ...] = ()
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        extra = (self.abbreviation,) if self.abbreviation else ()
        return (self.name, *extra, *self.other_names)
