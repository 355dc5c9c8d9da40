"""Exports downstream tools read, and a JSON Schema generated from the model.

The formats (JSON, JSON Lines, CSV, Popolo, COW dyad-years, leaders) are declared once, in
:data:`EXPORT_FORMATS`. Every export is deterministic: records in id order, keys in field
order, UTF-8, ``\\n`` line endings, so two runs give byte-identical files (``cow`` runs to
the current year, so it grows on 1 January).
"""

from __future__ import annotations

import contextlib
import csv
import enum
import io
import json
import os
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from chibo._codec import field_order, unstructure
from chibo._layout import COLLECTIONS, METADATA_FILE
from chibo.dates import PartialDate
from chibo.errors import ChiboError, InvalidQuery
from chibo.model.metadata import DatasetInfo

if TYPE_CHECKING:
    from chibo.dataset import Dataset

__all__ = [
    "COW_CODES",
    "COW_COLUMNS",
    "EXPORT_FORMATS",
    "FORMATS",
    "LEADER_COLUMNS",
    "ExportError",
    "ExportFormat",
    "cow_rows",
    "export",
    "json_schema",
    "leader_rows",
    "write_file",
]


class ExportError(ChiboError, OSError):
    """An export could not be written: the target exists, is a directory, or the disk refused the write."""


@attrs.frozen(kw_only=True)
class ExportFormat:
    """One export format: its name, what it writes, and how.

    ``render`` maps a dataset and the ``excel`` flag to the files to write: a mapping of
    file name to text, where the name ``""`` stands for the target file itself.
    """

    name: str
    description: str
    directory: bool
    """True when the target is a directory of files (``csv``), False for a single file."""
    tabular: bool
    """True for CSV output, which takes ``excel`` (a BOM, and formulas disarmed)."""
    render: Callable[[Dataset, bool], dict[str, str]]


def _collections(ds: Dataset) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    for name in COLLECTIONS:
        records = sorted(getattr(ds.records, name), key=lambda r: r.id)
        yield name, [unstructure(r) for r in records]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _render_json(ds: Dataset, excel: bool) -> dict[str, str]:
    return {"": _dumps({"metadata": unstructure(ds.info), **dict(_collections(ds))})}


def _render_jsonl(ds: Dataset, excel: bool) -> dict[str, str]:
    lines = [
        json.dumps({"type": COLLECTIONS[name].__name__, "collection": name, "record": record}, ensure_ascii=False)
        + "\n"
        for name, records in _collections(ds)
        for record in records
    ]
    return {"": "".join(lines)}


def _render_csv(ds: Dataset, excel: bool) -> dict[str, str]:
    files = {}
    for name, records in _collections(ds):
        columns = unstructure_order(COLLECTIONS[name])
        files[f"{name}.csv"] = _csv(columns, ([record.get(c) for c in columns] for record in records), excel)
    files[METADATA_FILE] = _dumps(unstructure(ds.info))
    return files


def _render_popolo(ds: Dataset, excel: bool) -> dict[str, str]:
    return {"": _dumps(popolo(ds))}


def _render_cow(ds: Dataset, excel: bool) -> dict[str, str]:
    return {"": _csv(COW_COLUMNS, ([row[c] for c in COW_COLUMNS] for row in cow_rows(ds)), excel)}


def _render_leaders(ds: Dataset, excel: bool) -> dict[str, str]:
    return {"": _csv(LEADER_COLUMNS, ([row[c] for c in LEADER_COLUMNS] for row in leader_rows(ds)), excel)}


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            name="json",
            description="one JSON document in the data files' layout",
            directory=False,
            tabular=False,
            render=_render_json,
        ),
        ExportFormat(
            name="jsonl",
            description="JSON Lines, one record per line with its type",
            directory=False,
            tabular=False,
            render=_render_jsonl,
        ),
        ExportFormat(
            name="csv",
            description="a directory, one CSV file per collection",
            directory=True,
            tabular=True,
            render=_render_csv,
        ),
        ExportFormat(
            name="popolo",
            description="Popolo JSON: persons, organizations, posts, memberships, events",
            directory=False,
            tabular=False,
            render=_render_popolo,
        ),
        ExportFormat(
            name="cow",
            description="Bolivia-Chile dyad-years in the layout of the COW Diplomatic Exchange data (CSV)",
            directory=False,
            tabular=True,
            render=_render_cow,
        ),
        ExportFormat(
            name="leaders",
            description="one row per head-of-state spell, for joining with leaders datasets (CSV)",
            directory=False,
            tabular=True,
            render=_render_leaders,
        ),
    )
}
"""Every export format, declared once: the CLI's choices and help, and :meth:`Dataset.export`, read it."""

FORMATS = tuple(EXPORT_FORMATS)


def export(ds: Dataset, fmt: str, path: str | PathLike[str], *, excel: bool = False, overwrite: bool = True) -> Path:
    """Write ``ds`` as ``fmt`` to ``path`` (a file, or a directory for ``csv``).

    Every file is written whole or not at all: each is written to a temporary file beside
    it and renamed into place, so a failed export never leaves a truncated file or destroys
    an earlier one. Missing parent folders are created.

    Args:
        ds: the dataset.
        fmt: one of :data:`FORMATS` (see :data:`EXPORT_FORMATS`).
        path: the file (or, for ``csv``, the directory) to write.
        excel: for CSV formats, start each file with a UTF-8 byte order mark and prefix
            with ``'`` every cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
            carriage return, so that a spreadsheet shows it as text rather than running it.
        overwrite: replace existing files (the default); False refuses with
            :class:`ExportError` when a file to be written exists.

    Returns:
        The path written.

    Raises:
        InvalidQuery: an unknown format, an empty path, or ``excel`` for a format that is not CSV.
        ExportError: the target is a directory (or, for ``csv``, a file), exists while
            ``overwrite`` is False, or cannot be written (a full disk, no permission).

    Examples:
        >>> import chibo, tempfile, pathlib
        >>> out = chibo.load().export("cow", pathlib.Path(tempfile.mkdtemp()) / "dyads.csv")
        >>> out.read_text(encoding="utf-8").splitlines()[0]
        'ccode1,ccode2,year,DR_at_1,DR_at_2,DE,level,sources'
    """
    spec = EXPORT_FORMATS.get(fmt) if isinstance(fmt, str) else None
    if spec is None:
        raise InvalidQuery(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if not str(path).strip():
        raise InvalidQuery("the export needs a path, got an empty string")
    if excel and not spec.tabular:
        tabular = ", ".join(f.name for f in EXPORT_FORMATS.values() if f.tabular)
        raise InvalidQuery(f"excel applies to the CSV formats ({tabular}), not to {fmt}")
    target = Path(path)
    files = spec.render(ds, excel)
    if spec.directory:
        if target.exists() and not target.is_dir():
            raise ExportError(f"{target} is a file; the {fmt} export writes a directory")
        paths = {target / name: text for name, text in files.items()}
    else:
        if target.is_dir() or str(path).endswith(("/", os.sep)):
            raise ExportError(f"{target} is a directory; the {fmt} export writes a file")
        paths = {target: files[""]}
    if not overwrite:
        existing = [str(p) for p in paths if p.exists() or p.is_symlink()]
        if existing:
            raise ExportError(f"{existing[0]} exists (overwrite=False)")
    prefix = "\ufeff" if excel else ""
    for file, text in paths.items():
        write_file(file, prefix + text if file.suffix == ".csv" else text)
    return target


def write_file(target: Path, content: str | bytes) -> None:
    """Write ``content`` to ``target`` whole or not at all, creating missing folders.

    Raises:
        ExportError: the target is a directory, or the system refused the write (a full
            disk, no permission), in one line.
    """
    if target.is_dir():
        raise ExportError(f"{target} is a directory")
    try:
        _write(target, content)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _write(target: Path, text: str | bytes) -> None:
    """Write ``text`` (as UTF-8) to ``target`` atomically: a temporary file in the same folder, then a rename.

    A target that is not a regular file (``/dev/full``, a pipe) is written in place: it
    cannot be renamed over.
    """
    import os
    import secrets
    import stat

    # fails here, before anything is touched, on text UTF-8 cannot hold
    data = text.encode("utf-8") if isinstance(text, str) else text
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(target.stat().st_mode):
            with target.open("wb") as device:
                device.write(data)
            return
    # not tempfile.mkstemp: it makes the file owner-only (0600); 0o666 lets the umask decide, as open() does
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = str(target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            handle = os.open(temporary, flags, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any, excel: bool = False) -> str:
    """Scalars as text, lists of scalars joined with ``|``, anything nested as JSON.

    With ``excel``, a cell a spreadsheet would run as a formula gets a leading ``'``.
    """
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str | int | float):
        text = str(value)
    elif (
        isinstance(value, list | tuple) and all(isinstance(v, str) for v in value) and not any("|" in v for v in value)
    ):
        text = "|".join(value)
    else:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if excel and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def _csv(columns: Sequence[str], rows: Iterable[Sequence[Any]], excel: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(value, excel) for value in row])
    return buffer.getvalue()


def unstructure_order(cls: type) -> list[str]:
    return field_order(cls)


# -- For researchers: COW dyad-years and leaders ----------------------------------------

COW_CODES = {"US": 2, "EC": 130, "PE": 135, "BO": 145, "PY": 150, "CL": 155, "AR": 160, "ES": 230}
"""Correlates of War state codes of the countries in the data (COW State System Membership)."""

COW_COLUMNS = ("ccode1", "ccode2", "year", "DR_at_1", "DR_at_2", "DE", "level", "sources")
LEADER_COLUMNS = (
    "country",
    "ccode",
    "person",
    "name",
    "start",
    "end",
    "start_reason",
    "end_reason",
    "acting",
    "term",
    "sources",
)

_RANK_COW = {"ambassador": 3, "minister": 2, "charge_d_affaires": 1}


def cow_rows(ds: Dataset, between: tuple[str, str] = ("BO", "CL")) -> list[dict[str, Any]]:
    """The Bolivia-Chile dyad-years in the layout of the COW Diplomatic Exchange data.

    One row per year from the first relations period to today. The level is the one on
    31 December (today for the current year), as ``chibo relations YEAR`` answers.
    ``DR_at_1`` is the level at which country 2 is represented in country 1, ``DR_at_2``
    the reverse: 0 none (consular relations only included), 1 chargé d'affaires,
    2 minister, 3 ambassador. Each side's level comes from the relations period, unless
    a term of that side's head of mission covers the day and gives a diplomatic rank, which
    then decides it. ``DE`` is 1 when each country is represented in the other, else 0.

    Args:
        ds: the dataset.
        between: the two countries, country 1 first.

    Returns:
        One dict per year with the keys of :data:`COW_COLUMNS`.

    Examples:
        >>> import chibo
        >>> row = next(r for r in cow_rows(chibo.load()) if r["year"] == 1976)
        >>> (row["ccode1"], row["ccode2"], row["DR_at_1"], row["DR_at_2"], row["DE"])
        (145, 155, 3, 3, 1)
    """
    import pendulum

    first, second = between
    history = ds.relations_history(between)
    if not history:
        return []
    heads = {o.id: o.country for o in ds.records.offices if o.role.value == "head_of_mission"}
    missions = {cc: [t for t in ds.records.terms if heads.get(t.office) == cc] for cc in between}
    rows = []
    for year in range(history[0].start.year, pendulum.today().year + 1):
        status = ds.relations_status(year, between=between)
        sources = list(status.sources)
        levels = {}
        for sender in between:
            level = status.level.cow_code
            for term in missions[sender]:
                if term.rank is not None and term.rank.value in _RANK_COW and term.covers(status.on):
                    level = _RANK_COW[term.rank.value]
                    sources.extend(s for s in term.sources if s not in sources)
            levels[sender] = level
        rows.append(
            {
                "ccode1": COW_CODES.get(first),
                "ccode2": COW_CODES.get(second),
                "year": year,
                "DR_at_1": levels[second],
                "DR_at_2": levels[first],
                "DE": 1 if levels[first] and levels[second] else 0,
                "level": status.level.value,
                "sources": sources,
            }
        )
    return rows


def leader_rows(ds: Dataset) -> list[dict[str, Any]]:
    """One row per head-of-state spell (a term as president), by country and start.

    Args:
        ds: the dataset.

    Returns:
        One dict per term with the keys of :data:`LEADER_COLUMNS`; dates are ISO text at
        their precision (``1879``, ``1879-12``, ``1879-12-28``), empty when unknown.

    Examples:
        >>> import chibo
        >>> row = next(r for r in leader_rows(chibo.load()) if r["person"] == "rodrigo-paz")
        >>> (row["country"], row["ccode"], row["start"], row["start_reason"])
        ('BO', 145, '2025-11-08', 'elected')
    """
    heads = {o.id: o for o in ds.records.offices if o.role.value == "president"}
    names = {p.id: p.name for p in ds.records.people}
    rows = []
    for term in ds.records.terms:
        office = heads.get(term.office)
        if office is None:
            continue
        rows.append(
            {
                "country": office.country,
                "ccode": COW_CODES.get(office.country),
                "person": term.person,
                "name": names.get(term.person, ""),
                "start": _date(term.start),
                "end": _date(term.end),
                "start_reason": term.start_reason.value if term.start_reason else None,
                "end_reason": term.end_reason.value if term.end_reason else None,
                "acting": term.acting,
                "term": term.id,
                "sources": list(term.sources),
            }
        )
    return sorted(rows, key=lambda r: (r["country"], r["start"] or "", r["term"]))


# -- Popolo ------------------------------------------------------------------------------


def _links(ds: Dataset, source_ids: tuple[str, ...]) -> list[dict[str, str]]:
    links = []
    for source in ds.sources_of_ids(source_ids):
        link = {"url": source.url}
        if source.title:
            link["note"] = f"{source.publisher}: {source.title}"
        links.append(link)
    return links


def _date(value: PartialDate | None) -> str | None:
    return str(value) if value is not None else None


def _clean(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v not in (None, [], "")}


def popolo(ds: Dataset) -> dict[str, Any]:
    """The dataset in Popolo form: persons, organizations, posts, memberships (terms) and events.

    Dates keep their reduced precision; ``sources`` are Popolo links (URL, and
    publisher and title as the note).
    """
    persons = [
        _clean(
            {
                "id": p.id,
                "name": p.name,
                "other_names": [{"name": n} for n in (*p.other_names, *p.aliases)],
                "birth_date": _date(p.birth_date),
                "death_date": _date(p.death_date),
                "summary": p.note,
                "sources": _links(ds, p.sources),
            }
        )
        for p in sorted(ds.people, key=lambda r: r.id)
    ]
    organizations = [
        _clean(
            {
                "id": o.id,
                "name": o.name,
                "other_names": [{"name": n} for n in o.names[1:]],
                "classification": o.kind.value,
                "sources": _links(ds, o.sources),
            }
        )
        for o in sorted(ds.organizations, key=lambda r: r.id)
    ]
    posts = [
        _clean(
            {
                "id": o.id,
                "label": o.label_en,
                "other_label": [o.label_es],
                "role": o.role.value,
                "organization_id": o.organization,
                "area_id": o.country,
                "sources": _links(ds, o.sources),
            }
        )
        for o in sorted(ds.offices, key=lambda r: r.id)
    ]
    offices = {o.id: o for o in ds.offices}
    memberships = [
        _clean(
            {
                "id": t.id,
                "person_id": t.person,
                "post_id": t.office,
                "organization_id": offices[t.office].organization,
                "role": offices[t.office].role.value,
                "start_date": _date(t.start),
                "end_date": _date(t.end),
                "sources": _links(ds, t.sources),
            }
        )
        for t in sorted(ds.records.terms, key=lambda r: r.id)
    ]
    names = {p.id: p.name for p in ds.people}
    events = [
        _clean(
            {
                "id": e.id,
                "name": e.title,
                "start_date": _date(e.date),
                "end_date": _date(e.end_date),
                "location": e.place,
                "status": e.status.value,
                "classification": e.kind.value,
                "attendees": [{"id": p, "name": names[p]} for p in e.participants],
                "description": e.note,
                "sources": _links(ds, e.sources),
            }
        )
        for e in sorted(ds.records.events, key=lambda r: r.id)
    ]
    return {
        "persons": persons,
        "organizations": organizations,
        "posts": posts,
        "memberships": memberships,
        "events": events,
    }


# -- JSON Schema -------------------------------------------------------------------------

_DATE = {
    "type": "string",
    # "$(?!\n)": Python's "$" (jsonschema's engine) also matches before a final newline
    "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$(?!\n)",
    "description": "YYYY, YYYY-MM or YYYY-MM-DD (the loader also checks the calendar: no 30 February)",
}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if tp is type(None):
        return {"type": "null"}
    if origin is tuple:
        (item, _) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if tp is PartialDate:
        return dict(_DATE)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - the model uses only the types above


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    required = []
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
        properties[field.name] = schema
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    return {
        "type": "object",
        "description": doc,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for a whole data directory, generated from the model classes.

    The top-level object's keys are the data files' names without ``.json``; each
    collection is an array of records, ``metadata`` is an object.
    """
    defs: dict[str, Any] = {}
    properties: dict[str, Any] = {"metadata": _type_schema(DatasetInfo, defs)}
    for name, cls in COLLECTIONS.items():
        properties[name] = {"type": "array", "items": _type_schema(cls, defs)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://chibo.invalid/schema/dataset.json",
        "title": "chibo dataset",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
