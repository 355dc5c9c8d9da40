"""Reading a data directory: JSON files -> records, with every fault collected.

The loader never executes code from the data and never opens a network
connection: it reads files with ``json`` and builds records with the converter.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from chibo.codec import StructureError, structure
from chibo.errors import Problem

if TYPE_CHECKING:
    from chibo.layout import RecordType
    from chibo.model.metadata import DatasetInfo, Redirect

__all__ = ["MAX_FILE_BYTES", "RawDataset", "read_collection", "read_directory"]

R = TypeVar("R")

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A data file larger than this is refused rather than read into memory."""

# Nesting deeper than Python's recursion limit is refused by ``json`` itself (reported as
# invalid JSON); shallower surplus nesting fails structuring with a typed error and a path.


class RawDataset(NamedTuple):
    """What :func:`read_directory` found: records per collection (file order) and the metadata.

    A plain named tuple: it never leaves the loader, and an attrs class would cost the
    first relations answer its creation time.
    """

    info: DatasetInfo | None
    records: dict[str, tuple[RecordType, ...]]
    files: dict[str, str]
    """Record id -> the file it came from."""
    unparsed: frozenset[str] = frozenset()
    """Ids of records that failed to load: references to them are not reported again."""
    redirects: tuple[Redirect, ...] = ()
    """Old ids and the ids that replace them (``redirects.json``, optional)."""


def _read_json(entry: Traversable, name: str, problems: list[Problem]) -> Any | None:
    try:
        if isinstance(entry, Path) and entry.stat().st_size > MAX_FILE_BYTES:
            problems.append(
                Problem(file=name, record=None, path="$", message=f"file larger than {MAX_FILE_BYTES} bytes")
            )
            return None
        raw = entry.read_bytes()
    except OSError as exc:
        problems.append(Problem(file=name, record=None, path="$", message=f"cannot read: {exc.strerror or exc}"))
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(file=name, record=None, path="$", message=f"file larger than {MAX_FILE_BYTES} bytes"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(file=name, record=None, path="$", message=f"not UTF-8 (byte {exc.start})"))
        return None
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        problems.append(
            Problem(
                file=name,
                record=None,
                path="$",
                message=f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            )
        )
        return None
    except (ValueError, RecursionError) as exc:
        problems.append(Problem(file=name, record=None, path="$", message=f"invalid JSON: {exc}"))
        return None
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _records(name: str, value: Any, cls: type[R], problems: list[Problem], unparsed: set[str]) -> Iterator[R]:
    if not isinstance(value, list):
        problems.append(
            Problem(file=name, record=None, path="$", message=f"expected a JSON array, got {type(value).__name__}")
        )
        return
    for index, item in enumerate(value):
        record_id = item.get("id") if isinstance(item, dict) else None
        label = record_id if isinstance(record_id, str) and record_id else f"#{index}"
        try:
            yield structure(item, cls)
        except StructureError as exc:
            unparsed.add(label)
            problems.extend(
                Problem(file=name, record=label, path=path, message=message) for path, message in exc.problems
            )


def read_directory(root: Traversable, problems: list[Problem], *, partial: bool = False) -> RawDataset:
    """Read every collection file under ``root``; faults go to ``problems``.

    With ``partial`` (an overlay), missing files are allowed.
    """
    from chibo.layout import COLLECTIONS, METADATA_FILE, OPTIONAL, REDIRECTS_FILE
    from chibo.model.metadata import DatasetInfo, Redirect

    info: DatasetInfo | None = None
    records: dict[str, tuple[RecordType, ...]] = {}
    files: dict[str, str] = {}
    unparsed: set[str] = set()
    meta = root.joinpath(METADATA_FILE)
    if meta.is_file():
        value = _read_json(meta, METADATA_FILE, problems)
        if value is not None:
            try:
                info = structure(value, DatasetInfo)
            except StructureError as exc:
                problems.extend(Problem(file=METADATA_FILE, record=None, path=p, message=m) for p, m in exc.problems)
    elif not partial:
        problems.append(Problem(file=METADATA_FILE, record=None, path="$", message="file missing"))
    for collection, cls in COLLECTIONS.items():
        name = f"{collection}.json"
        entry = root.joinpath(name)
        if not entry.is_file():
            if not partial and collection not in OPTIONAL:
                problems.append(Problem(file=name, record=None, path="$", message="file missing"))
            records[collection] = ()
            continue
        found = read_collection(entry, name, cls, problems, unparsed)
        records[collection] = found
        for record in found:
            files.setdefault(record.id, name)
    redirects: tuple[Redirect, ...] = ()
    entry = root.joinpath(REDIRECTS_FILE)
    if entry.is_file():
        redirects = read_collection(entry, REDIRECTS_FILE, Redirect, problems)
    return RawDataset(info=info, records=records, files=files, unparsed=frozenset(unparsed), redirects=redirects)


def read_collection(
    entry: Traversable, name: str, cls: type[R], problems: list[Problem], unparsed: set[str] | None = None
) -> tuple[R, ...]:
    """The records of one data file, each checked on its own; faults go to ``problems``.

    Ids of records that failed to parse are added to ``unparsed``.
    """
    value = _read_json(entry, name, problems)
    if value is None:
        return ()
    return tuple(_records(name, value, cls, problems, set() if unparsed is None else unparsed))
