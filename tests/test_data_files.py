"""The data files are in canonical form, and the curation tools keep them so."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

TOOLS = ROOT / "tools"


def test_data_files_are_canonical() -> None:
    out = subprocess.run(
        [sys.executable, str(TOOLS / "datafmt.py"), "--check"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_datafmt_reports_a_file_out_of_order(tmp_path: Path) -> None:
    records = [{"id": "b"}, {"id": "a"}]
    (tmp_path / "people.json").write_text(json.dumps(records), encoding="utf-8")
    check = [sys.executable, str(TOOLS / "datafmt.py"), "--check", "--data", str(tmp_path)]
    assert subprocess.run(check, capture_output=True, timeout=60).returncode == 1
    subprocess.run([sys.executable, str(TOOLS / "datafmt.py"), "--data", str(tmp_path)], check=True, timeout=60)
    assert subprocess.run(check, capture_output=True, timeout=60).returncode == 0
    assert [r["id"] for r in json.loads((tmp_path / "people.json").read_text(encoding="utf-8"))] == ["a", "b"]


def test_add_candidates_never_overwrites_a_curated_record(tmp_path: Path) -> None:
    folder = tmp_path / "research"
    folder.mkdir()
    curated = json.loads((ROOT / "src" / "chibo" / "data" / "people.json").read_text(encoding="utf-8"))[0]
    changed = dict(curated, name="Somebody Else")
    (folder / "people.json").write_text(json.dumps([changed]), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(TOOLS / "add_candidates.py"), "--fill", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert f"refused research/people.json {curated['id']}" in out.stdout
    assert "added: nothing" in out.stdout


def test_add_candidates_refines_a_date_only_inside_the_known_one() -> None:
    spec = importlib.util.spec_from_file_location("add_candidates", TOOLS / "add_candidates.py")
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    known = {"id": "t", "start": "1961", "end": None, "end_unknown": True, "sources": ["a"], "note": "Old."}
    filled = tool._fill(dict(known), {"id": "t", "start": "1961-08-26", "sources": ["b"], "note": "New."})
    assert filled == ["start"]
    term = dict(known)
    tool._fill(term, {"id": "t", "start": "1962-08-26", "end": "1963", "sources": ["b"]})
    assert (term["start"], term["end"], term["end_unknown"], term["sources"]) == ("1961", "1963", False, ["a", "b"])
    assert not tool._refines("1961-08", "1961-09-01")
    assert not tool._refines("1961", "19610")


def test_add_candidates_fills_an_unstated_flag_or_reason() -> None:
    spec = importlib.util.spec_from_file_location("add_candidates", TOOLS / "add_candidates.py")
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    known = {"id": "t", "acting": False, "end_reason": "other", "start_reason": "appointed", "sources": ["a"]}
    candidate = {"id": "t", "acting": True, "end_reason": "replaced", "start_reason": "acting", "sources": ["b"]}
    assert tool._fill(known, candidate) == ["acting", "end_reason"]
    assert known["start_reason"] == "appointed"  # a stated value is never changed
