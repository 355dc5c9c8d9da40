"""Decrees: by country, and by number as people write it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chibo.dates import dated_key
from chibo.errors import InvalidQuery, NotFound
from chibo.queries.lookup import Lookup, deprecated_alias

if TYPE_CHECKING:
    from chibo.model import Decree

__all__ = ["DecreeQueries"]


class DecreeQueries(Lookup):
    """``decrees`` and ``decree``."""

    __slots__ = ()

    def decrees(self, country: str | None = None) -> tuple[Decree, ...]:
        """Decrees by date issued (undated first), then id; of one country if given.

        Args:
            country: an ISO alpha-2 code (None: every country).

        Returns:
            The :class:`~chibo.Decree` records.

        Raises:
            InvalidQuery: a malformed country code.
            NotFound: a country the dataset does not hold.

        Examples:
            >>> import chibo
            >>> "bo-ds-5503" in {d.id for d in chibo.load().decrees("BO")}
            True
        """
        cc = self.country(country).id if country is not None else None
        found = [d for d in self.records.decrees if cc is None or d.country == cc]
        return tuple(sorted(found, key=lambda d: dated_key(d.issued, d.id)))

    def decree(self, country: str, number: str | int) -> Decree:
        """A decree by country and number (``"5503"``, ``5503``, ``"DS 5503"``, ``"D.S. N° 5503"``).

        Args:
            country: an ISO alpha-2 code.
            number: the decree's number, as people write it.

        Returns:
            The :class:`~chibo.Decree`.

        Raises:
            InvalidQuery: a number that is not digits.
            NotFound: the dataset holds no such decree (kind ``decree``).

        Examples:
            >>> import chibo
            >>> chibo.load().decree("BO", "D.S. N° 5503").id
            'bo-ds-5503'
        """
        from chibo._names import decree_reference

        cc = self.country(country).id
        text = decree_reference(str(number)).removeprefix("DS ").strip() if isinstance(number, str) else number
        if isinstance(text, bool) or not isinstance(text, int | str) or not str(text).strip().isdigit():
            raise InvalidQuery(f"number must be a decree number: digits (or 'DS 5503', 'D.S. N° 5503'), got {number!r}")
        wanted = str(int(str(text).strip()))
        for d in self.records.decrees:
            if d.country == cc and d.number.strip() == wanted:
                return d
        raise NotFound(f"{cc} {wanted}", kind="decree", message=f"the dataset holds no decree {cc} {wanted}")

    decrees_of = deprecated_alias(decrees, "decrees_of")
