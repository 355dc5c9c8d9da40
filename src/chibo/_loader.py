"""Reading a data directory: JSON files -> records, with every fault collected.

The loader never executes code from the data and never opens a network
connection: it reads files with ``json`` and builds records with the converter; a bundled
file whose fingerprint matches the one shipped (``chibo._fingerprint``: validated as a
whole at build time) is built by :mod:`chibo._trusted`, without running validators.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from chibo._trusted import trusted_records
from chibo.errors import Problem

try:  # what hashlib.blake2b is, without the 2 ms hashlib spends importing OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python implementation
    from hashlib import blake2b

if TYPE_CHECKING:
    from collections.abc import Iterable

    from chibo._layout import RecordType
    from chibo.model.metadata import DatasetInfo, Redirect
    from chibo.records import Records

__all__ = [
    "MAX_FILE_BYTES",
    "RawDataset",
    "ReadDataset",
    "fingerprint",
    "read_collection",
    "read_dataset",
    "read_directory",
    "read_info",
    "read_trusted_bytes",
]

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
    unreadable: frozenset[str] = frozenset()
    """Collections whose file could not be read at all: references into them are not reported again."""
    trusted: frozenset[str] = frozenset()
    """Files whose fingerprint matched: built without running the records' validators."""


def _read_bytes(entry: Traversable, name: str, problems: list[Problem]) -> bytes | None:
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
    return raw


def _parse_json(raw: bytes, name: str, problems: list[Problem]) -> Any | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(file=name, record=None, path="$", message=f"not UTF-8 (byte {exc.start})"))
        return None
    try:
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
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


def fingerprint(raw: bytes) -> str:
    """The fingerprint of a data file's bytes, as ``chibo._fingerprint`` stores it (BLAKE2b, 32 bytes, hex)."""
    return blake2b(raw, digest_size=32).hexdigest()


def read_trusted_bytes(entry: Traversable, name: str, fingerprints: Mapping[str, str]) -> bytes | None:
    """The bytes of a bundled data file if it is the one validated at build time (its fingerprint matches), else None.

    Nothing is reported: a file that does not match is left to the full load, which validates it.
    """
    raw = _read_bytes(entry, name, [])
    return raw if raw is not None and _trusted(raw, name, fingerprints) else None


def _trusted(raw: bytes, name: str, fingerprints: Mapping[str, str] | None) -> bool:
    """Whether ``raw`` is the very file that was validated at build time (its fingerprint matches)."""
    return fingerprints is not None and fingerprints.get(name) == fingerprint(raw)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are unique (``json`` would silently keep the last duplicate)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"duplicate key {key!r} in one object")
        found[key] = value
    return found


def _regular_file(root: Traversable, entry: Traversable, name: str, problems: list[Problem]) -> bool | None:
    """Whether ``entry`` is a regular file inside ``root``: True; absent: None; refused (reported): False.

    A symlink that leaves the directory is refused, and so is a directory, FIFO or
    device named like a data file: nothing outside the data directory is ever read.
    """
    if not isinstance(entry, Path) or not isinstance(root, Path):
        return True if entry.is_file() else None
    try:
        if not entry.exists() and not entry.is_symlink():
            return None
        target = entry.resolve(strict=entry.is_symlink())
        base = root.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop, a dangling link, a path that cannot be resolved
        message = f"cannot be read: {'a symlink loop' if isinstance(exc, RuntimeError) else exc.__class__.__name__}"
        problems.append(Problem(file=name, record=None, path="$", message=message))
        return False
    if entry.is_symlink() and not target.is_relative_to(base):
        problems.append(Problem(file=name, record=None, path="$", message="a symlink that leaves the data directory"))
        return False
    if not entry.is_file():
        problems.append(Problem(file=name, record=None, path="$", message="not a regular file"))
        return False
    return True


def _records(name: str, value: Any, cls: type[R], problems: list[Problem], unparsed: set[str]) -> Iterator[R]:
    from chibo._codec import StructureError, structure  # not imported by a first answer from trusted files

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


def read_directory(
    root: Traversable,
    problems: list[Problem],
    *,
    partial: bool = False,
    fingerprints: Mapping[str, str] | None = None,
) -> RawDataset:
    """Read every collection file under ``root``; faults go to ``problems``.

    With ``partial`` (an overlay), missing files are allowed. ``fingerprints`` (file
    name -> fingerprint) is for the bundled data only: a file whose bytes match was
    validated at build time, and its records are built without their validators.
    """
    from chibo._layout import COLLECTIONS, OPTIONAL, REDIRECTS_FILE
    from chibo.model.metadata import Redirect

    info: DatasetInfo | None = None
    records: dict[str, tuple[RecordType, ...]] = {}
    files: dict[str, str] = {}
    unparsed: set[str] = set()
    unreadable: set[str] = set()
    trusted: set[str] = set()
    info = read_info(root, problems, partial=partial, fingerprints=fingerprints, trusted=trusted)
    for collection, cls in COLLECTIONS.items():
        name = f"{collection}.json"
        entry = root.joinpath(name)
        state = _regular_file(root, entry, name, problems)
        if not state:
            if state is None and not partial and collection not in OPTIONAL:
                problems.append(Problem(file=name, record=None, path="$", message="file missing"))
            if state is False or (state is None and not partial and collection not in OPTIONAL):
                unreadable.add(collection)
            records[collection] = ()
            continue
        before = len(problems)
        found = read_collection(entry, name, cls, problems, unparsed, fingerprints=fingerprints, trusted=trusted)
        if any(p.file == name and p.record is None for p in problems[before:]):
            unreadable.add(collection)
        records[collection] = found
        for record in found:
            files.setdefault(record.id, name)
    redirects: tuple[Redirect, ...] = ()
    entry = root.joinpath(REDIRECTS_FILE)
    if _regular_file(root, entry, REDIRECTS_FILE, problems):
        redirects = read_collection(
            entry, REDIRECTS_FILE, Redirect, problems, fingerprints=fingerprints, trusted=trusted
        )
    problems.extend(_unknown_files(root))
    return RawDataset(
        info=info,
        records=records,
        files=files,
        unparsed=frozenset(unparsed),
        redirects=redirects,
        unreadable=frozenset(unreadable),
        trusted=frozenset(trusted),
    )


def read_info(
    root: Traversable,
    problems: list[Problem],
    *,
    partial: bool = False,
    fingerprints: Mapping[str, str] | None = None,
    trusted: set[str] | None = None,
) -> DatasetInfo | None:
    """The directory's ``metadata.json``, or None with its faults in ``problems``.

    With ``partial`` (an overlay), a missing file is allowed. ``fingerprints`` and
    ``trusted`` are those of :func:`read_collection`.
    """
    from chibo._layout import METADATA_FILE
    from chibo.model.metadata import DatasetInfo

    meta = root.joinpath(METADATA_FILE)
    state = _regular_file(root, meta, METADATA_FILE, problems)
    if state is None and not partial:
        problems.append(Problem(file=METADATA_FILE, record=None, path="$", message="file missing"))
    if not state:
        return None
    raw = _read_bytes(meta, METADATA_FILE, problems)
    if raw is None:
        return None
    if _trusted(raw, METADATA_FILE, fingerprints):
        if trusted is not None:
            trusted.add(METADATA_FILE)
        (info,) = trusted_records([json.loads(raw)], DatasetInfo)
        return info
    value = _parse_json(raw, METADATA_FILE, problems)
    if value is None:
        return None
    from chibo._codec import StructureError, structure

    try:
        return structure(value, DatasetInfo)
    except StructureError as exc:
        problems.extend(Problem(file=METADATA_FILE, record=None, path=p, message=m) for p, m in exc.problems)
        return None


def _unknown_files(root: Traversable) -> list[Problem]:
    """A ``.json`` file that is no part of the layout (a misspelled ``event.json``) is reported."""
    import difflib

    from chibo._layout import COLLECTIONS, METADATA_FILE, REDIRECTS_FILE, RELEASED_FILE

    known = [f"{name}.json" for name in COLLECTIONS] + [METADATA_FILE, REDIRECTS_FILE, RELEASED_FILE]
    problems = []
    for entry in root.iterdir():
        name = entry.name
        if name.endswith(".json") and name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            problems.append(Problem(file=name, record=None, path="$", message=f"unknown data file{hint}"))
    return sorted(problems, key=lambda p: p.file)


def read_collection(
    entry: Traversable,
    name: str,
    cls: type[R],
    problems: list[Problem],
    unparsed: set[str] | None = None,
    *,
    fingerprints: Mapping[str, str] | None = None,
    trusted: set[str] | None = None,
) -> tuple[R, ...]:
    """The records of one data file, each checked on its own; faults go to ``problems``.

    Ids of records that failed to parse are added to ``unparsed``. When ``fingerprints``
    (bundled data only) holds this file's fingerprint, the file was validated at build
    time: its records are built without their validators and ``name`` is added to
    ``trusted``.
    """
    raw = _read_bytes(entry, name, problems)
    if raw is None:
        return ()
    if _trusted(raw, name, fingerprints):
        if trusted is not None:
            trusted.add(name)
        return trusted_records(json.loads(raw), cls)
    value = _parse_json(raw, name, problems)
    if value is None:
        return ()
    return tuple(_records(name, value, cls, problems, set() if unparsed is None else unparsed))


# -- a whole dataset: a directory, or an overlay on a base, validated as a whole ---------


class ReadDataset(NamedTuple):
    """What :func:`read_dataset` validated: the makings of a :class:`~chibo.Dataset`."""

    info: DatasetInfo
    records: dict[str, tuple[RecordType, ...]]
    files: dict[str, str]
    redirects: tuple[Redirect, ...]


def read_dataset(
    root: Traversable,
    *,
    base: Records | None = None,
    base_files: Mapping[str, str] | None = None,
    base_info: DatasetInfo | None = None,
    base_redirects: Iterable[Redirect] = (),
    replace: Iterable[str] = (),
) -> ReadDataset:
    """Read a data directory, merge it over ``base`` (an overlay) if given, and validate the whole.

    An overlay's files are all optional; a record whose id is already in ``base`` is a
    fault unless its id is in ``replace``. Raises :class:`~chibo.DataError` listing every fault.
    """
    from chibo._validation import check_dataset
    from chibo.errors import DataError

    problems: list[Problem] = []
    raw = read_directory(root, problems, partial=base is not None)
    info = raw.info
    records: dict[str, tuple[RecordType, ...]] = dict(raw.records)
    files = dict(raw.files)
    if base is not None:
        records, overlay_problems = _overlay(base, records, set(replace))
        problems.extend(overlay_problems)
        files = {**(base_files or {}), **files}
        info = info or base_info
    if info is None and not problems:  # pragma: no cover - read_directory reports it
        problems.append(Problem(file="metadata.json", record=None, path="$", message="file missing"))
    # Cross-record checks run even when some records failed, so one run reports all it can.
    problems.extend(
        check_dataset(records, unparsed=raw.unparsed, as_of=info.as_of if info else None, unreadable=raw.unreadable)
    )
    redirects = (*base_redirects, *raw.redirects)
    problems.extend(_redirect_problems(redirects, records))
    if problems:
        raise DataError(problems)
    assert info is not None
    return ReadDataset(info=info, records=records, files=files, redirects=redirects)


def _redirect_problems(redirects: Iterable[Redirect], records: Mapping[str, tuple[RecordType, ...]]) -> list[Problem]:
    """A redirect's old id names no record, and its new id names one."""
    ids = {r.id for items in records.values() for r in items}
    problems = []
    for redirect in redirects:
        if redirect.id in ids:
            message = "the old id still names a record"
        elif redirect.to not in ids:
            message = f"redirects to {redirect.to!r}, which is not a known id"
        else:
            continue
        problems.append(Problem(file="redirects.json", record=redirect.id, path="$", message=message))
    return problems


def _overlay(
    base: Records, records: Mapping[str, tuple[RecordType, ...]], replace: set[str]
) -> tuple[dict[str, tuple[RecordType, ...]], list[Problem]]:
    """The base's collections with the overlay's records added, or replacing those listed in ``replace``."""
    from chibo._layout import COLLECTIONS

    base_ids = {r.id for _name, items in base.items() for r in items}
    problems: list[Problem] = []
    merged: dict[str, tuple[RecordType, ...]] = {}
    for name in COLLECTIONS:
        added = records.get(name, ())
        added_ids = {r.id for r in added}
        for record in added:
            if record.id in base_ids and record.id not in replace:
                problems.append(
                    Problem(
                        file=f"{name}.json",
                        record=record.id,
                        path="$.id",
                        message="id already in the base dataset; list it in replace= to override it",
                    )
                )
        kept = tuple(r for r in getattr(base, name) if r.id not in added_ids)
        merged[name] = kept + tuple(added)
    added_anywhere = {r.id for items in records.values() for r in items}
    for record_id in sorted(replace):
        if record_id not in base_ids:
            problems.append(
                Problem(file="(replace)", record=record_id, path="$", message="not an id of the base dataset")
            )
        elif record_id not in added_anywhere:
            problems.append(
                Problem(
                    file="(replace)", record=record_id, path="$", message="the overlay holds no record with this id"
                )
            )
    return merged, problems
