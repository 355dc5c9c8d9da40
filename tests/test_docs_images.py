"""The docs' pictures (docs/img) are what the current code draws from the current data."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import ROOT


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_images", ROOT / "tools" / "docs_images.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def test_every_picture_the_docs_show_is_drawn_by_the_tool() -> None:
    shown = {
        Path(found).name
        for page in (ROOT / "docs").glob("*.md")
        for found in re.findall(r"\]\((img/[^)]+)\)", page.read_text(encoding="utf-8"))
    }
    assert shown == set(TOOL.PICTURES)


def test_docs_pictures_are_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert TOOL.main(["--check"]) == 0, capsys.readouterr().out


def test_a_picture_drawn_from_other_data_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    images = tmp_path / "img"
    shutil.copytree(ROOT / "docs" / "img", images)
    stale = images / "timeline.png"
    stamp = TOOL.stamp_of(stale)
    assert stamp is not None
    stale.write_bytes(stale.read_bytes().replace(stamp.encode("latin-1"), b"0" * len(stamp)))
    assert TOOL.main(["--check", "--images", str(images)]) == 1
    assert capsys.readouterr().out == "not current: timeline.png (run python tools/docs_images.py)\n"
