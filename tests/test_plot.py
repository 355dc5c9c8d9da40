"""Charts (`chibo plot`, extra `chibo[plot]`)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import chibo
from chibo.cli import main
from chibo.plot import MAX_TIMELINE_ROWS, relations_chart, timeline_chart

matplotlib = pytest.importorskip("matplotlib")

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_relations_chart_png_is_deterministic(tmp_path: Path) -> None:
    first = relations_chart(chibo.load(), tmp_path / "a.png")
    second = relations_chart(chibo.load(), tmp_path / "b.png")
    assert first.read_bytes().startswith(PNG_MAGIC)
    assert first.read_bytes() == second.read_bytes()


def test_relations_chart_labels_every_turning_point(tmp_path: Path) -> None:
    svg = relations_chart(chibo.load(), tmp_path / "r.svg").read_text(encoding="utf-8")
    for period in chibo.relations_history():
        assert f"{period.start}: " in svg, period.id
    for label in ("no relations", "consular only", "ambassadors"):
        assert label in svg


def test_timeline_chart_has_one_row_per_entry(tmp_path: Path) -> None:
    entries = chibo.timeline("2026-01", "2026-01")
    svg = timeline_chart(chibo.load(), tmp_path / "t.svg", "2026-01", "2026-01").read_text(encoding="utf-8")
    labels = re.findall(r">(\d{4}(?:-\d\d){0,2}) ", svg)  # "<date> <title>", one per row
    assert labels == [str(entry.date) for entry in entries]


def test_timeline_chart_rejects_empty_and_huge_periods(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(chibo.InvalidQuery, match="no timeline entries"):
        timeline_chart(chibo.load(), tmp_path / "t.png", "1700", "1701")
    assert MAX_TIMELINE_ROWS >= 100
    monkeypatch.setattr("chibo.plot.MAX_TIMELINE_ROWS", 10)
    with pytest.raises(chibo.InvalidQuery, match="at most 10 fit"):
        timeline_chart(chibo.load(), tmp_path / "t.png", "2026-01", "2026-01")
    assert not (tmp_path / "t.png").exists()


def test_unknown_chart_format(tmp_path: Path) -> None:
    with pytest.raises(chibo.InvalidQuery, match=r"\.png, \.svg, \.pdf"):
        relations_chart(chibo.load(), tmp_path / "r.gif")


def test_drawing_leaves_user_settings_alone(tmp_path: Path) -> None:
    before = matplotlib.rcParams["svg.fonttype"]
    relations_chart(chibo.load(), tmp_path / "r.svg")
    assert matplotlib.rcParams["svg.fonttype"] == before


def test_missing_matplotlib_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(chibo.MissingExtra, match=r"chibo\[plot\]"):
        relations_chart(chibo.load(), tmp_path / "r.png")
    assert main(["plot", "relations", "--out", str(tmp_path / "r.png")]) == 2
    assert "pip install 'chibo[plot]'" in capsys.readouterr().err


def test_cli_plot(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "chibo", "plot", "timeline", "--from", "2025-12", "--to", "2026-01", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"chart": "timeline", "path": "chibo-timeline.png"}
    assert (tmp_path / "chibo-timeline.png").read_bytes().startswith(PNG_MAGIC)
    bad = subprocess.run(
        [sys.executable, "-m", "chibo", "plot", "relations", "--out", "x.txt"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("chibo: chart file must end in")


def test_import_chibo_does_not_import_matplotlib() -> None:
    code = "import sys, chibo; chibo.relations_status(1976); print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_chart_onto_a_directory_is_one_error(tmp_path: Path) -> None:
    from chibo.export import ExportError

    (tmp_path / "chart.png").mkdir()
    with pytest.raises(ExportError, match="is a directory"):
        relations_chart(chibo.load(), tmp_path / "chart.png")
    out = relations_chart(chibo.load(), tmp_path / "new" / "folder" / "chart.png")
    assert out.read_bytes().startswith(b"\x89PNG")
    assert not list(out.parent.glob(".*.tmp"))


def test_timeline_axis_ends_with_the_period(tmp_path: Path) -> None:
    """The room right of the last entry holds labels, not dates past the period (issue 16)."""
    svg = timeline_chart(chibo.load(), tmp_path / "t.svg", "2025-12", "2026-01", country="BO").read_text("utf-8")
    ticks = set(re.findall(r">(\d{4}-\d\d-\d\d)<", svg))  # tick labels stand alone; row labels carry a title
    assert "2026-01-15" in ticks
    assert all(tick <= "2026-02-01" for tick in ticks), sorted(ticks)
