"""The example scripts run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import chibo

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(name: str, *args: str) -> str:
    out = subprocess.run([sys.executable, str(EXAMPLES / name), *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_relations_briefing() -> None:
    text = run("relations_briefing.py", "1976")
    assert "ambassador" in text
    assert "Hugo Banzer" in text


def test_who_met_whom() -> None:
    text = run("who_met_whom.py", "2026-01-01", "2026-01-31")
    assert "Fernando Aramayo" in text
    assert "2026-01-15" in text


def test_elections_side_by_side() -> None:
    text = run("elections_side_by_side.py")
    assert "preliminary" in text
    assert "official" in text
    assert "54.96%" in text


@pytest.mark.parametrize("verdict", ["Confirmed", "Contradicted", "Disputed", "Unverified"])
def test_fact_check_report(verdict: str) -> None:
    text = run("fact_check_report.py")
    assert text.startswith("# Fact-check:")
    assert f"## {verdict}" in text
    assert "](https://" in text


def test_csv_with_pandas_duckdb(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("duckdb")
    text = run("csv_with_pandas_duckdb.py", str(tmp_path / "csv"))
    assert (tmp_path / "csv" / "events.csv").is_file()
    presidents = text.split("(pandas):")[1].split("(DuckDB):")[0]
    assert "Rodrigo Paz Pereira 2025-11-08 (in office)" in presidents
    assert "Evo Morales" in presidents
    assert "Hugo Banzer" not in presidents  # before 2000
    # the DuckDB counts agree with the query API
    counts = {tuple(line.split()[:2]): int(line.split()[2]) for line in text.split("(DuckDB):")[1].strip().splitlines()}
    for (year, kind), count in counts.items():
        assert count == len(chibo.load().events(kind=kind, year=int(year))), (year, kind)
    assert sum(counts.values()) == sum(len(chibo.load().events(year=y)) for y in range(2025, 2027))
