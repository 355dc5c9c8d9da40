"""Records by name (``search``) and what the dataset declares complete (``coverage``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chibo._arguments import vocabulary
from chibo._layout import CLASS_NAMES
from chibo.errors import InvalidQuery
from chibo.model.enums import CoverageKind
from chibo.queries.lookup import Lookup

if TYPE_CHECKING:
    from chibo._layout import RecordType
    from chibo.model import Coverage

__all__ = ["CatalogQueries"]

_KIND_ALIASES = {name: class_name.lower() for name, (_module, class_name) in CLASS_NAMES.items()}
_SEARCHABLE = frozenset(_KIND_ALIASES.values()) - {"source"}


class CatalogQueries(Lookup):
    """``search`` and ``coverage``."""

    __slots__ = ()

    def coverage(self, kind: CoverageKind | str | None = None, subject: str | None = None) -> tuple[Coverage, ...]:
        """What the dataset declares complete, and which collections are a selection.

        Args:
            kind: ``office``, ``elections``, ``relations`` or ``selection`` (None: all).
            subject: an office id, a country code (elections), a pair ``"BO-CL"`` or a
                collection name (None: all).

        Returns:
            The :class:`~chibo.Coverage` records, sorted by kind and subject. An open
            ``end`` runs to the dataset's ``info.as_of`` day.

        Raises:
            InvalidQuery: for an unknown ``kind``, or a ``subject`` that is not a string.

        Examples:
            >>> import chibo
            >>> [c.describe() for c in chibo.load().coverage("selection", "events")]
            ['a selection, not complete']
        """
        wanted = vocabulary(CoverageKind, kind, "coverage kind") if kind is not None else None
        if subject is not None and not isinstance(subject, str):
            raise InvalidQuery(f"subject must be a string, got {type(subject).__name__}")
        folded = subject.strip().casefold() if subject is not None else None
        return tuple(
            c
            for c in self._coverage.declared
            if (wanted is None or c.kind is wanted) and (folded is None or c.subject.casefold() == folded)
        )

    def search(self, text: str, kind: str | None = None, limit: int | None = 10) -> tuple[RecordType, ...]:
        """Records ranked by how well ``text`` matches a name, alias, label or text (case and accents ignored).

        Besides names, a claim's statement and an event's place are searched, ranked after
        name matches (see :class:`chibo._names.NameIndex`). Sources (matched on their
        titles) are searched only when asked for with ``kind="source"``.

        Args:
            text: what to look for.
            kind: one kind of record, by class or collection name (``"person"`` or ``"people"``); None: all.
            limit: at most this many results (None: all).

        Returns:
            The records, best match first.

        Raises:
            InvalidQuery: an unknown ``kind``.

        Examples:
            >>> import chibo
            >>> chibo.load().search("kast", kind="people")[0].id
            'jose-antonio-kast'
        """
        if not isinstance(text, str):
            raise InvalidQuery(f"search text must be a string, got {type(text).__name__}")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
            raise InvalidQuery(f"limit must be a whole number or None, got {limit!r}")
        if limit is not None and limit < 1:
            raise InvalidQuery(f"limit must be at least 1 (or None for every match), got {limit}")
        if kind is not None and not isinstance(kind, str):
            raise InvalidQuery(f"kind must be a string, got {type(kind).__name__}")
        if self._names is None:
            from chibo._names import NameIndex  # only here: the first search builds the index

            object.__setattr__(self, "_names", NameIndex(self._by_id.values()))
        assert self._names is not None
        kinds: frozenset[str] | None = _SEARCHABLE
        if kind is not None:
            wanted = _KIND_ALIASES.get(kind.lower(), kind.lower())
            if wanted not in _KIND_ALIASES.values():
                raise InvalidQuery(f"unknown kind {kind!r}; use one of {', '.join(sorted(_KIND_ALIASES))}")
            kinds = frozenset({wanted})
        hits = self._names.search(text, kinds, limit)
        return tuple(self._by_id[record_id] for record_id, _score in hits)
