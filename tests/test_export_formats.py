"""Export formats declared once; files and output that fail in one line; CSV for spreadsheets; cow and leaders."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pendulum
import pytest

import chibo
from chibo.cli import _parser, main
from chibo.export import COW_COLUMNS, EXPORT_FORMATS, FORMATS, LEADER_COLUMNS, ExportError, _csv, cow_rows, leader_rows


def shell(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chibo", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# -- declared once -------------------------------------------------------------------------------


def test_formats_are_declared_once() -> None:
    assert tuple(EXPORT_FORMATS) == FORMATS
    assert {"json", "jsonl", "csv", "popolo", "cow", "leaders"} <= set(FORMATS)
    commands = next(a for a in _parser()._actions if a.dest == "command")
    assert isinstance(commands.choices, dict)
    export = next(a for a in commands.choices["export"]._actions if a.dest == "format")
    assert list(export.choices or ()) == list(FORMATS)
    for spec in EXPORT_FORMATS.values():
        assert f"{spec.name}: {spec.description}" in (export.help or "")


@pytest.mark.parametrize("fmt", FORMATS)
def test_dataset_export_writes_every_declared_format(ds: chibo.Dataset, tmp_path: Path, fmt: str) -> None:
    out = ds.export(fmt, tmp_path / "out" / f"x.{fmt}")
    assert out.is_dir() == EXPORT_FORMATS[fmt].directory
    assert out.exists()


def test_unknown_format_names_every_format(ds: chibo.Dataset, tmp_path: Path) -> None:
    with pytest.raises(chibo.InvalidQuery, match="popolo, cow, leaders"):
        ds.export("xml", tmp_path / "x")


# -- file errors ----------------------------------------------------------------------------------


def test_export_into_a_missing_folder_creates_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "d.json"
    status, out, _ = shell(capsys, "export", "--format", "json", "--out", str(target))
    assert status == 0
    assert out.startswith("wrote json to")
    assert json.loads(target.read_text(encoding="utf-8"))["metadata"]["version"]


@pytest.mark.parametrize("fmt", ["json", "cow", "csv"])
def test_export_onto_an_existing_file_needs_force(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "t"
    assert shell(capsys, "export", "--format", fmt, "--out", str(target))[0] == 0
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    status, _, err = shell(capsys, "export", "--format", fmt, "--out", str(target))
    assert status == 1
    assert "exists; use --force to replace it" in err
    assert err.count("\n") == 1
    assert before == {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert shell(capsys, "export", "--format", fmt, "--out", str(target), "--force")[0] == 0


def test_python_export_still_overwrites_by_default(ds: chibo.Dataset, tmp_path: Path) -> None:
    target = tmp_path / "d.json"
    ds.export("json", target)
    ds.export("json", target)
    with pytest.raises(ExportError, match="exists"):
        ds.export("json", target, overwrite=False)
    assert issubclass(ExportError, chibo.ChiboError)


def test_export_onto_a_directory_fails_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = shell(capsys, "export", "--format", "json", "--out", str(tmp_path), "--force")
    assert status == 1
    assert "is a directory" in err
    assert err.count("\n") == 1
    (tmp_path / "file").write_text("x")
    status, _, err = shell(capsys, "export", "--format", "csv", "--out", str(tmp_path / "file"), "--force")
    assert status == 1
    assert "is a file" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_export_onto_dev_full_fails_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = shell(capsys, "export", "--format", "json", "--out", "/dev/full", "--force")
    assert status == 1
    assert "cannot write /dev/full" in err
    assert err.count("\n") == 1
    status, _, err = shell(capsys, "--json", "export", "--format", "json", "--out", "/dev/full", "--force")
    assert json.loads(err)["kind"] == "ExportError"


# -- output errors --------------------------------------------------------------------------------


def test_a_pipe_closed_early_is_one_line() -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "chibo", "timeline"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert reader.stdout is not None
    reader.stdout.close()  # as `chibo timeline | head -0` does
    _, err = reader.communicate(timeout=60)
    assert reader.returncode == 1
    assert "Traceback" not in err
    assert err.strip() == "chibo: cannot write the output: the reading end of the pipe was closed"


def test_output_the_terminal_cannot_encode_is_transliterated() -> None:
    out = run("who", "president", "BO", "--on", "1825-09-01", PYTHONIOENCODING="ascii")
    assert out.returncode == 0
    assert out.stdout.startswith("Simon Bolivar  (simon-bolivar)")
    as_json = run("who", "president", "BO", "--on", "1825-09-01", "--json", PYTHONIOENCODING="ascii")
    assert json.loads(as_json.stdout)["name"] == "Simón Bolívar"  # JSON escapes instead, and stays exact
    arrow = run("search", "→", PYTHONIOENCODING="ascii")
    assert arrow.returncode == 1
    assert "\\u2192" in arrow.stderr


# -- CSV for spreadsheets -------------------------------------------------------------------------


def test_excel_csv_starts_with_a_bom(ds: chibo.Dataset, tmp_path: Path) -> None:
    plain = ds.export("cow", tmp_path / "plain.csv").read_bytes()
    excel = ds.export("cow", tmp_path / "excel.csv", excel=True).read_bytes()
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert excel == b"\xef\xbb\xbf" + plain
    folder = ds.export("csv", tmp_path / "dir", excel=True)
    assert (folder / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (folder / "metadata.json").read_bytes().startswith(b"\xef\xbb\xbf")


def test_excel_applies_to_csv_formats_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = shell(capsys, "export", "--format", "json", "--excel", "--out", str(tmp_path / "x.json"))
    assert status == 2
    assert "--excel applies to the CSV formats" in err


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_excel_disarms_formulas(start: str) -> None:
    cell = f'{start}HYPERLINK("http://x")'
    rows = list(csv.reader(io.StringIO(_csv(["a", "b"], [[cell, "plain"]], excel=True))))
    assert rows[1] == ["'" + cell, "plain"]
    rows = list(csv.reader(io.StringIO(_csv(["a"], [[cell]]))))
    assert rows[1] == [cell]


def test_excel_export_of_a_hostile_name(
    mini: dict[str, Any], make_dir: Callable[[dict[str, Any]], Path], tmp_path: Path
) -> None:
    mini["people"][0]["name"] = "=cmd|' /C calc'!A0"
    out = run("--data", str(make_dir(mini)), "export", "--format", "csv", "--excel", "--out", str(tmp_path / "c"))
    assert out.returncode == 0, out.stderr
    names = {row["id"]: row["name"] for row in read_csv(tmp_path / "c" / "people.csv")}
    assert names["ana"] == "'=cmd|' /C calc'!A0"


# -- for researchers ------------------------------------------------------------------------------


def test_cow_dyad_years(ds: chibo.Dataset, tmp_path: Path) -> None:
    rows = read_csv(ds.export("cow", tmp_path / "cow.csv"))
    assert tuple(rows[0]) == COW_COLUMNS
    first = ds.relations_history()[0].start.year
    assert [int(r["year"]) for r in rows] == list(range(first, pendulum.today().year + 1))
    assert {(r["ccode1"], r["ccode2"]) for r in rows} == {("145", "155")}
    assert all(r["sources"] for r in rows)
    by_year = {int(r["year"]): r for r in rows}
    assert (by_year[1976]["DR_at_1"], by_year[1976]["DR_at_2"], by_year[1976]["DE"]) == ("3", "3", "1")
    assert (by_year[1880]["DR_at_1"], by_year[1880]["DR_at_2"], by_year[1880]["DE"]) == ("0", "0", "0")
    assert by_year[1990]["level"] == "consular"
    assert (by_year[1990]["DR_at_1"], by_year[1990]["DE"]) == ("0", "0")
    assert by_year[1920]["DR_at_1"] == "2"


def test_cow_levels_are_directed_by_the_heads_of_mission(ds: chibo.Dataset) -> None:
    """1845: the relations period says minister, but Bolivia's envoy in Chile was a chargé d'affaires."""
    row = next(r for r in cow_rows(ds) if r["year"] == 1845)
    assert row["DR_at_1"] == 2  # Chile's representation in Bolivia (country 2 in country 1)
    assert row["DR_at_2"] == 1  # Bolivia's in Chile
    assert "src-umsa-aguirre-mision-1845" in row["sources"]


def test_leaders_one_row_per_head_of_state_spell(ds: chibo.Dataset, tmp_path: Path) -> None:
    rows = read_csv(ds.export("leaders", tmp_path / "leaders.csv"))
    assert tuple(rows[0]) == LEADER_COLUMNS
    presidents = {o.id for o in ds.offices if o.role.value == "president"}
    assert len(rows) == sum(1 for t in ds.records.terms if t.office in presidents)
    paz = next(r for r in rows if r["term"] == "term-rodrigo-paz-bo-president-2025")
    assert (paz["country"], paz["ccode"], paz["start"], paz["start_reason"]) == ("BO", "145", "2025-11-08", "elected")
    allende = next(r for r in rows if r["person"] == "salvador-allende")
    assert (allende["ccode"], allende["end_reason"]) == ("155", "overthrown")
    assert leader_rows(ds) == sorted(leader_rows(ds), key=lambda r: (r["country"], r["start"] or "", r["term"]))
