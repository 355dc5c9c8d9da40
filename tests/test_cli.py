"""The `chibo` command, run as a subprocess like a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import chibo


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "chibo", *args], capture_output=True, text=True, timeout=60)


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"chibo {chibo.__version__}"


def test_relations() -> None:
    out = run("relations", "1976")
    assert out.returncode == 0
    assert "ambassador" in out.stdout
    assert "1975-02-08" in out.stdout
    data = json.loads(run("relations", "1976", "--json").stdout)
    assert data["level"] == "ambassador"
    assert data["cow_code"] == 3


def test_who() -> None:
    out = run("who", "president", "bo", "--on", "2025-12-22")
    assert out.returncode == 0
    assert "Rodrigo Paz Pereira" in out.stdout
    assert json.loads(run("who", "president", "BO", "--on", "2025-12-22", "--json").stdout)["id"] == "rodrigo-paz"


def test_timeline_and_as_of() -> None:
    out = run("timeline", "--from", "2025-10", "--to", "2026-03")
    assert out.returncode == 0
    assert "2026-01-15" in out.stdout
    before = json.loads(
        run("timeline", "--as-of", "2025-12-23", "--from", "2026-01", "--to", "2026-01", "--json").stdout
    )
    meeting = [e for e in before if e["record"] == "2026-01-15-fm-meeting-santiago"]
    assert meeting
    assert meeting[0]["status"] == "planned"
    assert meeting[0]["date"] == "2026-01"


def test_search_show_elections_claims_changes() -> None:
    assert "jorge-quiroga" in run("search", "tuto").stdout
    assert json.loads(run("show", "rodrigo-paz", "--json").stdout)["birth_date"] == "1967-09-22"
    assert "54.96%" in run("elections", "BO", "2025").stdout
    assert "[CONTRADICTED]" in run("claims", "--verdict", "contradicted").stdout
    assert run("changes", "--since", "2026-01-01", "--until", "2026-01-31").returncode == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("who", "president", "BO", "--on", "2025-13-01"), 2, "not a date"),
        (("relations", "1700"), 1, "before the dataset"),
        (("show", "rodrigo-pas"), 1, "did you mean"),
        (("who", "king", "BO"), 2, "unknown role"),
        (("timeline", "--country", "Bolivia"), 2, "country code"),
        (("frobnicate",), 2, "invalid choice"),
        (("search", "zzzzqqq"), 1, "nothing matches"),
    ],
)
def test_errors_are_one_line(args: tuple[str, ...], code: int, message: str) -> None:
    out = run(*args)
    assert out.returncode == code
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_validate(make_dir: Callable[[dict[str, Any]], Path], mini: dict[str, Any]) -> None:
    good = run("validate", str(make_dir(mini)))
    assert good.returncode == 0
    assert good.stdout.startswith("ok:")
    mini["people"][0]["sources"] = []
    mini["terms"][0]["person"] = "ghost"
    bad = run("validate", str(make_dir(mini)))
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert "people.json: ana: $.sources: must not be empty" in bad.stderr
    assert "terms.json: t1: $.person" in bad.stderr


def test_who_after_a_lapsed_term_explains() -> None:
    out = run("who", "president", "PE", "--on", "2026-08-01")
    assert out.returncode == 1
    assert out.stdout == ""
    assert "covered from 2022-12-07 to 2026-07-27; 2026-08-01 is outside" in out.stderr


def test_not_covered_under_json_names_subject_coverage_and_attested_terms() -> None:
    out = run("--json", "who", "foreign-minister", "BO", "--on", "1977-06-01")
    assert out.returncode == 1
    error = json.loads(out.stderr)
    assert (error["kind"], error["subject"]) == ("NotCovered", "bo-foreign-minister")
    assert error["attested"] == ["term-oscar-adriazola-bo-foreign-minister-1976"]
    assert "1993-08-06" in error["coverage"]


def test_bad_data_under_a_query_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "people.json").write_text('[{"id": 1}]', encoding="utf-8")
    out = run("--data", str(tmp_path), "who", "president", "BO")
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1
    assert "chibo validate DIR lists them all" in out.stderr
    listed = run("validate", str(tmp_path))
    assert len(listed.stderr.strip().splitlines()) > 2
