"""The example scripts run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
