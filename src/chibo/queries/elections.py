"""Presidential elections: by country and year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chibo._arguments import as_year
from chibo.errors import NotFound
from chibo.queries.lookup import Lookup, deprecated_alias

if TYPE_CHECKING:
    from chibo.model import Election

__all__ = ["ElectionQueries"]


class ElectionQueries(Lookup):
    """``elections`` and ``election``."""

    __slots__ = ()

    def elections(self, country: str | None = None, year: int | str | None = None) -> tuple[Election, ...]:
        """Presidential elections, by date; filtered by country and by the year of their first round.

        With both ``country`` and ``year``, the year must lie inside the country's
        declared election coverage, else :class:`~chibo.NotCovered`; an empty tuple then
        means no election was held that year. ``year`` may be an int, any integral
        number (``numpy.int64``) or a string of digits.

        Args:
            country: an ISO alpha-2 code (None: every country).
            year: the year of the first round (None: every year).

        Returns:
            The :class:`~chibo.Election` records.

        Raises:
            NotCovered: ``country`` and ``year`` outside the declared election coverage.
            InvalidQuery: a malformed country or year.

        Examples:
            >>> import chibo
            >>> [e.year for e in chibo.load().elections("BO", "2025")]
            [2025]
        """
        cc = self.country(country).id if country is not None else None
        wanted = as_year(year, "year") if year is not None else None
        if cc is not None:
            self._coverage.require_elections(cc, wanted)
        found = [
            e
            for e in self.records.elections
            if (cc is None or e.country == cc) and (wanted is None or e.year == wanted)
        ]
        return tuple(sorted(found, key=lambda e: (e.date, e.id)))

    def election(self, country: str, year: int | str) -> Election:
        """The presidential election of ``country`` whose first round was in ``year``.

        Args:
            country: an ISO alpha-2 code.
            year: the year (an int or a string of digits).

        Returns:
            The :class:`~chibo.Election`.

        Raises:
            NotCovered: a year outside the country's declared election coverage.
            NotFound: a covered year in which no election was held (kind ``election``).

        Examples:
            >>> import chibo
            >>> chibo.load().election("BO", 2025).winner
            'rodrigo-paz'
        """
        cc = self.country(country).id
        wanted = as_year(year, "year")
        found = self.elections(cc, wanted)
        if not found:
            years = sorted({e.year for e in self.records.elections if e.country == cc})
            raise NotFound(
                f"{cc} {wanted}",
                [str(y) for y in years if abs(y - wanted) <= 2],
                kind="election",
                message=f"no presidential election in {cc} in {wanted}",
            )
        return found[0]

    elections_in = deprecated_alias(elections, "elections_in")
