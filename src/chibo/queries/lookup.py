"""Records by id and by type.

:class:`Lookup` holds the state every query reads (the records, the index by id, the
redirects, the coverage); the other query classes build on it.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from chibo import model
from chibo._arguments import difflib_matches, normalize_country
from chibo._layout import COLLECTIONS
from chibo.errors import InvalidQuery, NotFound, RedirectWarning

if TYPE_CHECKING:
    from chibo._layout import RecordType
    from chibo._names import NameIndex
    from chibo.chronology import Timeline
    from chibo.dataset import Dataset
    from chibo.dates import DateLike, PartialDate
    from chibo.knowledge import CoverageIndex
    from chibo.model import Country, Office, Person, Role, Source, Term
    from chibo.model.metadata import DatasetInfo, Redirect
    from chibo.records import Records
    from chibo.relations import RelationsIndex

__all__ = ["Lookup"]

R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])


def deprecated_alias(method: F, old: str) -> F:
    """``method`` under its 0.3 name ``old``, warning with a :class:`DeprecationWarning` on each call."""
    new = method.__name__

    @functools.wraps(method)
    def alias(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(
            f"Dataset.{old}() is deprecated; use Dataset.{new}() (the same as chibo.{new}())",
            DeprecationWarning,
            stacklevel=2,
        )
        return method(*args, **kwargs)

    alias.__name__ = old
    alias.__qualname__ = alias.__qualname__.rsplit(".", 1)[0] + f".{old}"
    alias.__doc__ = f"Deprecated name of :meth:`{new}` (same arguments); warns with a DeprecationWarning."
    return cast("F", alias)


def _check_id(record_id: object, what: str = "record_id") -> None:
    if not isinstance(record_id, str):
        raise InvalidQuery(f"{what} must be a string, got {type(record_id).__name__}")


class Lookup:
    """The state of a dataset and the lookups by id, type and name."""

    __slots__ = (
        "_by_id",
        "_coverage",
        "_files",
        "_holder_starts",
        "_holders",
        "_names",
        "_offices",
        "_redirects",
        "_relations",
        "_shared_posts",
        "_single_offices",
        "_timeline",
        "info",
        "records",
    )

    info: DatasetInfo
    records: Records
    _by_id: Mapping[str, RecordType]
    _coverage: CoverageIndex
    _files: Mapping[str, str]
    _holders: dict[tuple[str, Role], tuple[Term, ...]]
    _holder_starts: dict[tuple[str, Role], list[int]]
    _names: NameIndex | None
    _offices: Mapping[str, Office]
    _redirects: Mapping[str, Redirect]
    _relations: RelationsIndex
    _shared_posts: dict[tuple[str, Role], tuple[str, ...]]
    _single_offices: dict[tuple[str, Role], Office]
    _timeline: Timeline | None

    if TYPE_CHECKING:

        def as_of(self, day: DateLike | PartialDate) -> Dataset: ...

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Dataset is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Dataset is read-only: cannot delete {name!r}")

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    @property
    def version(self) -> str:
        """The dataset's own version (not the package's).

        Returns:
            A semantic version string.

        Examples:
            >>> import chibo
            >>> chibo.load().version == chibo.load().info.version
            True
        """
        return self.info.version

    def get(self, record_id: str) -> RecordType:
        """The record with this id.

        An id of an earlier release that was renamed or merged is followed to its new
        record, with a :class:`~chibo.RedirectWarning` naming the new id (see :meth:`resolve`).

        Args:
            record_id: the id.

        Returns:
            The record.

        Raises:
            NotFound: an unknown id (suggesting close ids).
            InvalidQuery: a value that is not a string.

        Examples:
            >>> import chibo
            >>> chibo.load().get("rodrigo-paz").name
            'Rodrigo Paz Pereira'
        """
        _check_id(record_id)
        found = self._by_id.get(record_id)
        if found is not None:
            return found
        redirect = self._redirects.get(record_id)
        if redirect is not None:
            warnings.warn(RedirectWarning(redirect.id, redirect.to, redirect.since), stacklevel=2)
            return self._by_id[redirect.to]
        raise NotFound.for_key(record_id, self._by_id)

    def resolve(self, record_id: str) -> str:
        """The current id for ``record_id``: itself, or the id its redirect names.

        Args:
            record_id: an id, current or of an earlier release.

        Returns:
            The current id.

        Raises:
            NotFound: neither a record nor a redirect has that id.
            InvalidQuery: a value that is not a string.

        Examples:
            >>> import chibo
            >>> chibo.load().resolve("andres-faye")
            'andres-paye'
        """
        _check_id(record_id)
        if record_id in self._by_id:
            return record_id
        redirect = self._redirects.get(record_id)
        if redirect is not None:
            return redirect.to
        raise NotFound.for_key(record_id, self._by_id)

    @property
    def redirects(self) -> tuple[Redirect, ...]:
        """The redirects of ids released earlier, by old id.

        Returns:
            Each :class:`~chibo.model.metadata.Redirect` (old id, new id, version, reason).

        Examples:
            >>> import chibo
            >>> [(r.to, r.since) for r in chibo.load().redirects if r.id == "andres-faye"]
            [('andres-paye', '0.3.0')]
        """
        return tuple(sorted(self._redirects.values(), key=lambda r: r.id))

    def file_of(self, record_id: str) -> str | None:
        """The data file a record was read from (None for records built in Python).

        Args:
            record_id: the record's id.

        Returns:
            The file's name, such as ``"people.json"``, or None.

        Examples:
            >>> import chibo
            >>> chibo.load().file_of("BO")
            'countries.json'
        """
        _check_id(record_id)
        return self._files.get(record_id)

    def _typed(self, record_id: str, cls: type[R]) -> R:
        record = self.get(record_id)
        if not isinstance(record, cls):
            kind = cls.__name__.lower()
            raise NotFound(
                record_id,
                kind=kind,
                message=f"{record_id!r} is a {type(record).__name__.lower()}, not a {kind}",
            )
        return record

    def person(self, record_id: str) -> Person:
        """The person with this id.

        Args:
            record_id: a person's id.

        Returns:
            The :class:`~chibo.Person`.

        Raises:
            NotFound: no record has that id, or the record is not a person (the error says which type it is).

        Examples:
            >>> import chibo
            >>> chibo.load().person("rodrigo-paz").birth_date
            PartialDate('1967-09-22')
        """
        return self._typed(record_id, model.Person)

    def source(self, record_id: str) -> Source:
        """The source with this id.

        Args:
            record_id: a source's id.

        Returns:
            The :class:`~chibo.Source`.

        Raises:
            NotFound: no record has that id, or the record is not a source.

        Examples:
            >>> import chibo
            >>> chibo.load().source("src-instantaneas-20251217-paz-elimina").language
            'es'
        """
        return self._typed(record_id, model.Source)

    def sources_of_ids(self, source_ids: Iterable[str]) -> tuple[Source, ...]:
        """The :class:`~chibo.Source` records with these ids, in order.

        Args:
            source_ids: source ids.

        Returns:
            The sources.

        Raises:
            NotFound: an id that names no source (InvalidQuery: one that is not a string).

        Examples:
            >>> import chibo
            >>> [s.id for s in chibo.load().sources_of_ids(["src-instantaneas-20251217-paz-elimina"])]
            ['src-instantaneas-20251217-paz-elimina']
        """
        if isinstance(source_ids, (str, bytes, Mapping)) or not isinstance(source_ids, Iterable):
            raise InvalidQuery(f"source_ids takes a list of source ids, got {type(source_ids).__name__}")
        ids = list(source_ids)
        for item in ids:
            if not isinstance(item, str):
                raise InvalidQuery(f"source_ids must hold strings, got {type(item).__name__}")
        return tuple(self.source(s) for s in ids)

    def sources_of(self, record: RecordType) -> tuple[Source, ...]:
        """The :class:`~chibo.Source` records ``record`` cites; InvalidQuery for a non-record.

        Args:
            record: any record with ``sources``.

        Returns:
            The sources, in the record's order.

        Examples:
            >>> import chibo
            >>> ds = chibo.load()
            >>> [s.id for s in ds.sources_of(ds.get("BO"))] == list(ds.get("BO").sources)
            True
        """
        if not isinstance(record, tuple(COLLECTIONS.values())):
            raise InvalidQuery(f"sources_of takes a record (from get()), got {type(record).__name__}")
        if isinstance(record, model.Source):
            return (record,)
        return self.sources_of_ids(record.sources)

    def country(self, code: str) -> Country:
        """The country with this ISO alpha-2 code (any case).

        Args:
            code: the code, such as ``"bo"``.

        Returns:
            The :class:`~chibo.Country`.

        Raises:
            InvalidQuery: a malformed code.
            NotFound: a code the dataset does not hold (kind ``country``).

        Examples:
            >>> import chibo
            >>> chibo.load().country("bo").name_en
            'Bolivia'
        """
        record = self._by_id.get(code) if isinstance(code, str) and len(code) == 2 else None
        if isinstance(record, model.Country):
            return record
        cc = normalize_country(code)
        record = self._by_id.get(cc)
        if not isinstance(record, model.Country):
            known = [c.id for c in self.records.countries]
            raise NotFound(
                cc,
                difflib_matches(cc, known),
                kind="country",
                message=f"no country {cc!r} in the dataset (it holds {', '.join(sorted(known))})",
            )
        return record
