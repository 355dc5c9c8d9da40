"""Fact-checked claims: by the claiming source and the verdict."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chibo._arguments import vocabulary
from chibo.errors import InvalidQuery
from chibo.model.enums import Verdict
from chibo.queries.lookup import Lookup, deprecated_alias

if TYPE_CHECKING:
    from chibo.model import Claim

__all__ = ["ClaimQueries"]


class ClaimQueries(Lookup):
    """``claims``."""

    __slots__ = ()

    def claims(self, source: str | None = None, verdict: Verdict | str | None = None) -> tuple[Claim, ...]:
        """Claims, filtered by the claiming source's id and the verdict, in file order.

        To find claims by the words of their statement, use :meth:`search` with ``kind="claim"``.

        Args:
            source: the claiming source's id (None: any).
            verdict: a :class:`~chibo.Verdict` or its value (None: any).

        Returns:
            The :class:`~chibo.Claim` records.

        Raises:
            NotFound: a source id the dataset does not hold.
            InvalidQuery: an unknown verdict.

        Examples:
            >>> import chibo
            >>> all(c.verdict.value == "contradicted" for c in chibo.load().claims(verdict="contradicted"))
            True
        """
        if source is not None:
            if not isinstance(source, str):
                raise InvalidQuery(f"source must be a source id (a string), got {type(source).__name__}")
            self.source(source)
        wanted = vocabulary(Verdict, verdict, "verdict") if verdict is not None else None
        return tuple(
            c
            for c in self.records.claims
            if (source is None or c.source == source) and (wanted is None or c.verdict is wanted)
        )

    find_claims = deprecated_alias(claims, "find_claims")
