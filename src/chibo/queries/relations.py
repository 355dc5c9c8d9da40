"""Relations between two countries: the level on a day, and the periods (index in ``chibo.relations``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chibo.queries.lookup import Lookup

if TYPE_CHECKING:
    from chibo.dates import DateLike, PartialDate
    from chibo.model import RelationsPeriod, RelationsStatus

__all__ = ["RelationsQueries"]


class RelationsQueries(Lookup):
    """``relations_status`` and ``relations_history``."""

    __slots__ = ()

    def relations_history(self, between: Iterable[str] = ("BO", "CL")) -> tuple[RelationsPeriod, ...]:
        """The ordered, contiguous periods of relations between two countries.

        Args:
            between: the two countries' ISO alpha-2 codes, in any order and case.

        Returns:
            The :class:`~chibo.RelationsPeriod` records, oldest first; the last one is open.

        Raises:
            NotFound: no relations are recorded for that pair.

        Examples:
            >>> import chibo
            >>> periods = chibo.load().relations_history(("cl", "bo"))
            >>> periods[-1].end is None
            True
        """
        return self._relations.history(between)

    def relations_status(
        self, when: int | DateLike | PartialDate | None = None, between: Iterable[str] = ("BO", "CL")
    ) -> RelationsStatus:
        """The level of relations on a day.

        Args:
            when: a day (``date`` or ``"YYYY-MM-DD"``), a year (an ``int``, any integral
                number such as ``numpy.int64``, or a string of digits: the status on
                31 December, or today for the current year), or None for today.
            between: the two countries' ISO alpha-2 codes.

        Returns:
            The :class:`~chibo.RelationsStatus`.

        Raises:
            OutOfRange: outside the dataset's coverage (before the first period, after today).
            NotFound: no relations are recorded for that pair.

        Examples:
            >>> import chibo
            >>> chibo.load().relations_status(1976).level.value
            'ambassador'
        """
        return self._relations.status(when, between)
