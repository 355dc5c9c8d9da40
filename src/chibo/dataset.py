"""``Dataset``: a validated, indexed set of records, and the queries it inherits.

This module builds a dataset (from a directory through :mod:`chibo._loader`, or from
records) and its indexes. The queries live in :mod:`chibo.queries`, one module per
domain: ``queries/offices.py`` answers ``holder`` and ``terms``, ``queries/events.py``
answers ``events`` and ``timeline``, and so on (that package's docstring has the table).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib.resources.abc import Traversable
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from chibo._arguments import day_or_today
from chibo._layout import COLLECTIONS
from chibo.dates import DateLike, PartialDate, as_day
from chibo.errors import DataError, InvalidQuery
from chibo.knowledge import CoverageIndex
from chibo.queries.catalog import CatalogQueries
from chibo.queries.claims import ClaimQueries
from chibo.queries.decrees import DecreeQueries
from chibo.queries.elections import ElectionQueries
from chibo.queries.events import EventQueries
from chibo.queries.offices import index_holders
from chibo.queries.relations import RelationsQueries
from chibo.records import Records
from chibo.relations import RelationsIndex

if TYPE_CHECKING:  # record classes are created where records of them are made, not here
    from chibo._layout import RecordType
    from chibo.history import Change
    from chibo.model import (
        Agreement,
        Border,
        Country,
        Office,
        Organization,
        Person,
        RelationsPeriod,
        Role,
        Source,
        Vacancy,
    )
    from chibo.model.metadata import DatasetInfo, Redirect

__all__ = ["Dataset"]


class Dataset(EventQueries, ElectionQueries, DecreeQueries, ClaimQueries, RelationsQueries, CatalogQueries):
    """A validated set of records, with an index by id and the query methods.

    Build one with :func:`chibo.load`. Every module-level query ``chibo.X(...)`` is
    ``ds.X(...)`` here, with the same arguments. The collections are
    ``ds.records.<name>`` (``ds.records.people`` from ``people.json``); the 0.2
    attribute names that are not queries (``ds.people``, ``ds.offices``, ...) still
    work. Nothing returned is a mutable view into the dataset: records are frozen and
    collections are tuples, and the dataset's own attributes cannot be assigned.
    A dataset can be pickled, and shared between threads.

    Examples:
        >>> import chibo
        >>> ds = chibo.load()
        >>> ds.holder("president", "CL", on="2023-01-01") == chibo.holder("president", "CL", on="2023-01-01")
        True
    """

    __slots__ = ()

    def __init__(
        self,
        info: DatasetInfo,
        records: Records | Mapping[str, Iterable[RecordType]],
        *,
        files: Mapping[str, str] | None = None,
        redirects: Iterable[Redirect] = (),
    ) -> None:
        """Build a dataset from records that were already validated (see :meth:`from_records`)."""
        collections = records if isinstance(records, Records) else Records.of(records)
        _set = object.__setattr__
        _set(self, "info", info)
        _set(self, "records", collections)
        by_id: dict[str, RecordType] = {}
        for _name, items in collections.items():
            for record in items:
                by_id[record.id] = record
        _set(self, "_by_id", MappingProxyType(by_id))
        _set(self, "_files", MappingProxyType(dict(files or {})))
        _set(self, "_redirects", MappingProxyType({r.id: r for r in redirects}))
        _set(self, "_names", None)
        _set(self, "_timeline", None)
        _set(self, "_relations", RelationsIndex(collections.relations))
        _set(self, "_offices", MappingProxyType({o.id: o for o in collections.offices}))
        _set(self, "_coverage", CoverageIndex(collections.coverage, info.as_of.latest))
        holders, shared = index_holders(collections)
        _set(self, "_holders", holders)
        # For each post, minus the ordinal of each term's first possible start day, in the
        # holders' order (latest first): ascending, so a bisect skips the terms begun later.
        starts = {post: [-t.start.earliest.toordinal() for t in terms if t.start] for post, terms in holders.items()}
        _set(self, "_holder_starts", starts)
        _set(self, "_shared_posts", shared)
        singles: dict[tuple[str, Role], Office] = {}
        for office in collections.offices:
            if office.single_seat and (office.country, office.role) not in shared:
                singles.setdefault((office.country, office.role), office)
        _set(self, "_single_offices", singles)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.info, self.records, dict(self._files), tuple(self._redirects.values())))

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(items)}" for name, items in self.records.items())
        return f"<Dataset {self.info.version} as of {self.info.as_of}: {counts}>"

    # -- the collections under their 0.2 names (those not taken by a query) ------------

    @property
    def sources(self) -> tuple[Source, ...]:
        """``records.sources``."""
        return self.records.sources

    @property
    def countries(self) -> tuple[Country, ...]:
        """``records.countries``."""
        return self.records.countries

    @property
    def borders(self) -> tuple[Border, ...]:
        """``records.borders``."""
        return self.records.borders

    @property
    def people(self) -> tuple[Person, ...]:
        """``records.people``."""
        return self.records.people

    @property
    def organizations(self) -> tuple[Organization, ...]:
        """``records.organizations``."""
        return self.records.organizations

    @property
    def offices(self) -> tuple[Office, ...]:
        """``records.offices``."""
        return self.records.offices

    @property
    def agreements(self) -> tuple[Agreement, ...]:
        """``records.agreements``."""
        return self.records.agreements

    @property
    def relations(self) -> tuple[RelationsPeriod, ...]:
        """``records.relations``."""
        return self.records.relations

    @property
    def vacancies(self) -> tuple[Vacancy, ...]:
        """``records.vacancies``."""
        return self.records.vacancies

    # -- construction -------------------------------------------------------------

    @classmethod
    def from_records(cls, info: DatasetInfo, records: Mapping[str, Iterable[RecordType]]) -> Dataset:
        """Validate records as a whole (ids, references, terms, relations) and build a dataset.

        Args:
            info: the dataset's metadata.
            records: collection name -> records (a missing collection is empty).

        Returns:
            The dataset.

        Raises:
            DataError: listing every fault.

        Examples:
            >>> import chibo
            >>> ds = chibo.load()
            >>> again = chibo.Dataset.from_records(ds.info, ds.records.as_dict())
            >>> len(again) == len(ds)
            True
        """
        from chibo._validation import check_dataset  # only here: the bundled fast paths never need it

        materialized = {name: tuple(records.get(name, ())) for name in COLLECTIONS}
        problems = check_dataset(materialized, as_of=info.as_of)
        if problems:
            raise DataError(problems)
        return cls(info, materialized)

    @classmethod
    def read(cls, root: Traversable, *, extends: Dataset | None = None, replace: Iterable[str] = ()) -> Dataset:
        """Read and validate a data directory, or an overlay on ``extends`` (see :func:`chibo.load`).

        Args:
            root: the directory.
            extends: the base dataset of an overlay, or None.
            replace: ids of the base that the overlay replaces.

        Returns:
            The dataset.

        Raises:
            DataError: listing every fault of the directory.

        Examples:
            >>> import chibo
            >>> from importlib.resources import files
            >>> len(chibo.Dataset.read(files("chibo") / "data")) == len(chibo.load())
            True
        """
        from chibo._loader import read_dataset

        if extends is None:
            found = read_dataset(root)
        else:
            found = read_dataset(
                root,
                base=extends.records,
                base_files=extends._files,
                base_info=extends.info,
                base_redirects=extends._redirects.values(),
                replace=replace,
            )
        return cls(found.info, found.records, files=found.files, redirects=found.redirects)

    # -- exports and what was known when (chibo.export, chibo.history) -----------------

    def export(self, fmt: str, path: str | PathLike[str], *, excel: bool = False, overwrite: bool = True) -> Path:
        """Write the dataset in one of :data:`chibo.export.EXPORT_FORMATS`; deterministic.

        See :func:`chibo.export.export` for the formats, ``excel`` and ``overwrite``.

        Args:
            fmt: the format.
            path: the file (or, for ``csv``, the directory) to write.
            excel: for CSV, a byte-order mark and cells that cannot run as formulas.
            overwrite: whether an existing file may be replaced.

        Returns:
            The path written.

        Raises:
            InvalidQuery: an unknown format.
            ExportError: the target exists (``overwrite=False``), is a directory, or the write failed.

        Examples:
            >>> import chibo, tempfile
            >>> path = chibo.load().export("jsonl", tempfile.mkdtemp() + "/chibo.jsonl")
            >>> path.suffix
            '.jsonl'
        """
        from chibo.export import export

        return export(self, fmt, path, excel=excel, overwrite=overwrite)

    def as_of(self, day: DateLike | PartialDate) -> Dataset:
        """The dataset as the sources published on or before ``day`` described the world.

        The rules are in :mod:`chibo.history` (and the docs' concepts page).

        Args:
            day: the day (a ``date``, ``"YYYY-MM-DD"`` or a ``PartialDate``; a partial date
                stands for its last day).

        Returns:
            A dataset whose ``info.as_of`` is ``day`` (the dataset itself on or after its own as-of day).

        Examples:
            >>> import chibo
            >>> chibo.load().as_of("2025-12-23").get("2026-01-15-fm-meeting-santiago").status.value
            'planned'
        """
        from chibo.history import dataset_as_of

        return dataset_as_of(self, as_day(day, what="as_of"))

    def changes(self, since: DateLike | PartialDate, until: DateLike | PartialDate | None = None) -> tuple[Change, ...]:
        """What became known about events and decrees between two days (status, date, place).

        Exactly what turns ``as_of(since - 1 day)`` into ``as_of(until)`` for events and
        decrees; terms and counts are not listed (compare two views for them).

        Args:
            since: the first day, included.
            until: the last day, included (the dataset's as-of day if None).

        Returns:
            The :class:`~chibo.Change` records, in the order they became known.

        Raises:
            InvalidQuery: ``since`` is after ``until``.

        Examples:
            >>> import chibo
            >>> found = chibo.load().changes("2026-01-14", "2026-01-16")
            >>> ("2026-01-15-fm-meeting-santiago", "held") in {(c.record, c.after) for c in found}
            True
        """
        from chibo.history import changes

        low, high = as_day(since, what="since"), day_or_today(until, "until")
        if low > high:
            raise InvalidQuery(f"since {low} is after until {high}")
        return changes(self, low, high)


def _rebuild(info: DatasetInfo, records: Records, files: dict[str, str], redirects: tuple[Redirect, ...]) -> Dataset:
    return Dataset(info, records, files=files, redirects=redirects)
