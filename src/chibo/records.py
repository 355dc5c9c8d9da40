"""``Records``: the collections of a dataset, one typed tuple per data file.

The loader, validation, the as-of views, export and :class:`~chibo.Dataset` all pass
collections around as one ``Records`` value. Its fields are the table
:data:`chibo._layout.COLLECTIONS` (a test holds the two together).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import attrs

from chibo._layout import COLLECTIONS

if TYPE_CHECKING:  # the classes are imported only where records of them are made
    from chibo._layout import RecordType
    from chibo.model import (
        Agreement,
        Border,
        Claim,
        Country,
        Coverage,
        Decree,
        Election,
        Event,
        Office,
        Organization,
        Person,
        RelationsPeriod,
        Source,
        Term,
        Vacancy,
    )

__all__ = ["Records"]


@attrs.frozen(kw_only=True)
class Records:
    """Every collection of a dataset, each a tuple in file order.

    Examples:
        >>> import chibo
        >>> records = chibo.load().records
        >>> records.countries[0].id in ("AR", "BO", "CL", "PE")
        True
    """

    sources: tuple[Source, ...] = ()
    countries: tuple[Country, ...] = ()
    borders: tuple[Border, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    offices: tuple[Office, ...] = ()
    terms: tuple[Term, ...] = ()
    elections: tuple[Election, ...] = ()
    decrees: tuple[Decree, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    relations: tuple[RelationsPeriod, ...] = ()
    claims: tuple[Claim, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    vacancies: tuple[Vacancy, ...] = ()

    @classmethod
    def of(cls, collections: Mapping[str, Iterable[RecordType]]) -> Records:
        """Records from a mapping of collection name -> records.

        Raises :class:`TypeError` when a collection holds a record of another class,
        and :class:`KeyError` for a name that is not a collection.

        Args:
            collections: collection name -> records; a missing name gives an empty tuple.

        Returns:
            The records.

        Raises:
            TypeError: a collection holds a record of another class.
            KeyError: a name is not a collection.

        Examples:
            >>> import chibo
            >>> bolivia = chibo.get("BO")
            >>> chibo.Records.of({"countries": [bolivia]}).countries == (bolivia,)
            True
        """
        values: dict[str, tuple[RecordType, ...]] = {}
        for name, items in collections.items():
            if name not in COLLECTIONS:
                raise KeyError(name)
            found = tuple(items)
            if found:  # the class of an empty collection is not created
                wanted = COLLECTIONS[name]
                for item in found:
                    if not isinstance(item, wanted):
                        raise TypeError(f"{name} holds a {type(item).__name__}")
            values[name] = found
        return cls(**values)  # type: ignore[arg-type]

    def items(self) -> Iterator[tuple[str, tuple[RecordType, ...]]]:
        """``(collection name, records)`` in the order of :data:`~chibo._layout.COLLECTIONS`.

        Returns:
            An iterator over the pairs, empty collections included.

        Examples:
            >>> import chibo
            >>> next(chibo.Records().items())
            ('sources', ())
        """
        for name in COLLECTIONS:
            yield name, getattr(self, name)

    def as_dict(self) -> dict[str, tuple[RecordType, ...]]:
        """The collections as a plain dict, in the order of :data:`~chibo._layout.COLLECTIONS`.

        Returns:
            Collection name -> records.

        Examples:
            >>> import chibo
            >>> list(chibo.Records().as_dict())[:3]
            ['sources', 'countries', 'borders']
        """
        return dict(self.items())

    def __len__(self) -> int:
        return sum(len(items) for _, items in self.items())
