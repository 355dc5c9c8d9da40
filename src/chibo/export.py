"""Exports downstream tools read: JSON, JSON Lines, CSV, and a JSON Schema generated from the model.

Every export is deterministic: records in id order, keys in field order, UTF-8,
``\\n`` line endings, so two runs give byte-identical files.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import io
import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from chibo.codec import unstructure
from chibo.dates import PartialDate
from chibo.errors import InvalidQuery
from chibo.layout import COLLECTIONS, METADATA_FILE
from chibo.model.metadata import DatasetInfo

if TYPE_CHECKING:
    from chibo.dataset import Dataset

__all__ = ["FORMATS", "export", "json_schema"]

FORMATS = ("json", "jsonl", "csv", "popolo")


def _collections(ds: Dataset) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    for name in COLLECTIONS:
        records = sorted(getattr(ds.records, name), key=lambda r: r.id)
        yield name, [unstructure(r) for r in records]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def export(ds: Dataset, fmt: str, path: str | Path) -> Path:
    """Write ``ds`` as ``fmt`` to ``path`` (a file for json, jsonl and popolo; a directory for csv).

    Every file is written whole or not at all: each is written to a temporary file beside
    it and renamed into place, so a failed export never leaves a truncated file or destroys
    an earlier one. Missing parent folders are created. Raises :class:`~chibo.InvalidQuery`
    for an unknown format or an empty path.
    """
    if fmt not in FORMATS:
        raise InvalidQuery(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if not str(path).strip():
        raise InvalidQuery("the export needs a path, got an empty string")
    target = Path(path)
    if fmt == "json":
        document = {"metadata": unstructure(ds.info), **dict(_collections(ds))}
        _write(target, _dumps(document))
    elif fmt == "jsonl":
        lines = [
            json.dumps({"type": COLLECTIONS[name].__name__, "collection": name, "record": record}, ensure_ascii=False)
            + "\n"
            for name, records in _collections(ds)
            for record in records
        ]
        _write(target, "".join(lines))
    elif fmt == "csv":
        files = {f"{name}.csv": _csv(COLLECTIONS[name], records) for name, records in _collections(ds)}
        files[METADATA_FILE] = _dumps(unstructure(ds.info))
        target.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            _write(target / name, text)
    else:
        _write(target, _dumps(popolo(ds)))
    return target


def _write(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` atomically: a temporary file in the same folder, then a rename."""
    import os
    import tempfile

    data = text.encode("utf-8")  # fails here, before anything is touched, on text UTF-8 cannot hold
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _cell(value: Any) -> str:
    """Scalars as text, lists of scalars joined with ``|``, anything nested as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value) and not any("|" in v for v in value):
        return "|".join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _csv(cls: type, records: list[dict[str, Any]]) -> str:
    columns = list(unstructure_order(cls))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record.get(column)) for column in columns])
    return buffer.getvalue()


def unstructure_order(cls: type) -> list[str]:
    names = [a.name for a in attrs.fields(cls)]
    last = [n for n in ("sources", "note", "alternatives") if n in names]
    return [n for n in names if n not in last] + last


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
    "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
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
