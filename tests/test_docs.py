"""Every Python example in the README and the docs runs, and the modules' doctests pass."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import chibo
import chibo.dates

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"```python\n(.*?)```", re.DOTALL)
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCKS = [
    pytest.param(code, id=f"{page.name}-{i}")
    for page in PAGES
    for i, code in enumerate(FENCE.findall(page.read_text(encoding="utf-8")))
]


def test_docs_have_examples() -> None:
    assert len(BLOCKS) >= 10


@pytest.mark.parametrize("code", BLOCKS)
def test_example_runs(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})


@pytest.mark.parametrize("module", [chibo, chibo.dates])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0


def test_readme_opens_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line for line in lines[:6] if line.startswith("pip install")]
    assert commands == [
        "pip install . && chibo timeline --from 2025-10 --to 2026-03",
        'pip install ".[test]" && python -m pytest',
    ]
    assert 'pip install ".[test]" && python -m pytest' in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
