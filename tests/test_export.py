"""Exports are deterministic and readable; the generated JSON Schema validates the bundled data files."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

import chibo
from chibo._layout import COLLECTIONS
from chibo.export import ExportError, json_schema


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_exports_are_byte_identical_across_runs(ds: chibo.Dataset, tmp_path: Path, fmt: str) -> None:
    first, second = ds.export(fmt, tmp_path / f"a.{fmt}"), ds.export(fmt, tmp_path / f"b.{fmt}")
    if fmt == "csv":
        names = sorted(p.name for p in first.iterdir())
        assert names == sorted(p.name for p in second.iterdir())
        assert all((first / n).read_bytes() == (second / n).read_bytes() for n in names)
    else:
        assert first.read_bytes() == second.read_bytes()


def test_json_export_round_trips(ds: chibo.Dataset, tmp_path: Path) -> None:
    document = json.loads(ds.export("json", tmp_path / "d.json").read_text(encoding="utf-8"))
    root = tmp_path / "again"
    root.mkdir()
    for name, value in document.items():
        (root / f"{name}.json").write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    again = chibo.load(root)
    assert len(again) == len(ds)
    assert again.get("rodrigo-paz") == ds.get("rodrigo-paz")


def test_jsonl_has_one_line_per_record(ds: chibo.Dataset, tmp_path: Path) -> None:
    lines = ds.export("jsonl", tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(ds)
    first = json.loads(lines[0])
    assert set(first) == {"type", "collection", "record"}


def test_csv_has_a_file_per_collection_with_header(ds: chibo.Dataset, tmp_path: Path) -> None:
    out = ds.export("csv", tmp_path / "csv")
    for name in COLLECTIONS:
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == len(getattr(ds.records, name))
    with (out / "terms.csv").open(encoding="utf-8", newline="") as handle:
        paz = next(r for r in csv.DictReader(handle) if r["person"] == "rodrigo-paz" and r["office"] == "bo-president")
    assert paz["start"] == "2025-11-08"
    assert "|" in paz["sources"] or paz["sources"].startswith("src-")


def test_unknown_format(ds: chibo.Dataset, tmp_path: Path) -> None:
    with pytest.raises(chibo.InvalidQuery):
        ds.export("xml", tmp_path / "x")


def test_schema_is_valid_and_validates_bundled_files() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = files("chibo").joinpath("data")
    document = {
        name: json.loads(data.joinpath(f"{name}.json").read_text(encoding="utf-8"))
        for name in [*COLLECTIONS, "metadata"]
    }
    jsonschema.Draft202012Validator(schema).validate(document)


def test_schema_rejects_unknown_fields() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    person = {"id": "x", "name": "X", "sources": ["s"], "nickname": "y"}
    errors = list(validator.iter_errors({"people": [person]}))
    assert any("nickname" in e.message for e in errors)


def test_cli_export_and_schema(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "chibo", "export", "--format", "jsonl", "--out", str(tmp_path / "x.jsonl")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert (tmp_path / "x.jsonl").exists()
    schema = subprocess.run([sys.executable, "-m", "chibo", "schema"], capture_output=True, text=True, timeout=60)
    assert json.loads(schema.stdout)["$schema"].endswith("2020-12/schema")


POPOLO = Path(__file__).resolve().parent.parent.parent / "shared" / "popolo-schemas"


@pytest.mark.skipif(not POPOLO.is_dir(), reason="the Popolo schemas live in ../shared/popolo-schemas")
def test_popolo_export_validates_against_the_spec(ds: chibo.Dataset, tmp_path: Path) -> None:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT3

    schemas = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in POPOLO.glob("*.json")}
    registry: Registry = Registry().with_resources(
        (schema["id"], Resource.from_contents(schema, default_specification=DRAFT3)) for schema in schemas.values()
    )
    document = json.loads(ds.export("popolo", tmp_path / "p.json").read_text(encoding="utf-8"))
    kinds = {
        "persons": "person",
        "organizations": "organization",
        "posts": "post",
        "memberships": "membership",
        "events": "event",
    }
    assert set(document) == set(kinds)
    for key, schema_name in kinds.items():
        validator = jsonschema.Draft3Validator(schemas[schema_name], registry=registry)
        assert document[key]
        for item in document[key]:
            errors = list(validator.iter_errors(item))
            assert not errors, (key, item.get("id"), errors[0].message)
    paz = next(p for p in document["persons"] if p["id"] == "rodrigo-paz")
    assert paz["birth_date"] == "1967-09-22"
    call = next(e for e in document["events"] if e["id"] == "2025-12-paz-kast-phone-call")
    assert call["start_date"] == "2025-12"


def test_published_schema_is_the_generated_one() -> None:
    published = (Path(__file__).resolve().parent.parent / "docs" / "chibo.schema.json").read_text(encoding="utf-8")
    assert published == json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def test_an_export_file_takes_the_mode_the_umask_allows(tmp_path: Path) -> None:
    # 0.5 tester: files were owner-only (tempfile.mkstemp's 0600) whatever the umask
    old = os.umask(0o022)
    try:
        target = chibo.load().export("cow", tmp_path / "dyads.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_path_ending_in_a_separator_is_a_directory_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a directory"):
        chibo.load().export("json", f"{tmp_path}/new/")
    assert not (tmp_path / "new").exists()
