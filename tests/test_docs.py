"""Every Python example in the README and the docs runs, and the modules' doctests pass."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import chibo
import chibo.dates
from chibo._layout import DEPRECATED_MODULES
from tests.helpers import ROOT

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
    for extra in ("pandas", "duckdb", "matplotlib"):  # blocks using an optional extra need it installed
        if re.search(rf"^import {extra}\b", code, re.MULTILINE):
            pytest.importorskip(extra)
    exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})


MODULES = sorted(
    module.name
    for module in pkgutil.walk_packages(chibo.__path__, "chibo.")
    if module.name not in ("chibo.__main__", "chibo.plot")  # the command line itself; an optional extra
    and module.name.removeprefix("chibo.") not in DEPRECATED_MODULES  # old names of internal modules
)


def test_doctests_are_collected_from_every_module() -> None:
    assert {"chibo._codec", "chibo.history", "chibo.model.places", "chibo.errors"} <= set(MODULES)
    assert "chibo" not in MODULES  # the package itself is tested below, by its own name


@pytest.mark.parametrize("name", ["chibo", *MODULES, "chibo.plot"])
def test_doctests(name: str) -> None:
    if name == "chibo.plot":
        pytest.importorskip("matplotlib")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_readme_opens_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line for line in lines[:6] if line.startswith("pip install")]
    assert commands == [
        "pip install . && chibo timeline --from 2025-10 --to 2026-03",
        'pip install ".[test]" && python -m pytest',
    ]
    assert 'pip install ".[test]" && python -m pytest' in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


CONSOLE = re.compile(r"```console\n(.*?)```", re.DOTALL)
SHELL = re.compile(r"```sh\n(.*?)```", re.DOTALL)


def _transcripts() -> list[Any]:
    cases = []
    for page in PAGES:
        for b, block in enumerate(CONSOLE.findall(page.read_text(encoding="utf-8"))):
            for i, chunk in enumerate(block.split("$ ")[1:]):
                command, _, expected = chunk.partition("\n")
                cases.append(pytest.param(command, expected, id=f"{page.name}-{b}.{i}-{command[:40]}"))
    return cases


def _shell_commands() -> list[Any]:
    cases = []
    for page in PAGES:
        for block in SHELL.findall(page.read_text(encoding="utf-8")):
            for line in block.splitlines():
                command = line.split("#")[0].split(" > ")[0].strip()  # output redirection is the shell's
                if command.startswith("chibo "):
                    cases.append(pytest.param(command, id=f"{page.name}-{command[:40]}"))
    return cases


def _run_cli(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command)
    assert argv[0] == "chibo"
    for top in ("src", "tests"):  # paths in the docs are relative to the repository
        (cwd / top).symlink_to(ROOT / top)
    return subprocess.run(
        [sys.executable, "-m", "chibo", *argv[1:]], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def test_docs_have_transcripts() -> None:
    assert len(_transcripts()) >= 5
    assert len(_shell_commands()) >= 8


@pytest.mark.parametrize(("command", "expected"), _transcripts())
def test_console_transcript(command: str, expected: str, tmp_path: Path) -> None:
    if command.startswith("chibo plot"):
        pytest.importorskip("matplotlib")
    out = _run_cli(command, tmp_path)
    shown = out.stdout + out.stderr
    checker = doctest.OutputChecker()
    assert checker.check_output(expected, shown, doctest.ELLIPSIS), f"{command}\nexpected:\n{expected}\ngot:\n{shown}"
    assert (out.returncode == 0) == (not out.stderr), out.stderr


@pytest.mark.parametrize("command", _shell_commands())
def test_shell_command_runs(command: str, tmp_path: Path) -> None:
    out = _run_cli(command, tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout


def _public_members() -> dict[str, object]:
    """Every public member the docs promise a docstring for: ``chibo.__all__`` (with the public
    methods and properties of its classes, inherited ones included) and ``chibo.history``.

    A module-level query (``chibo.holder``) is ``chibo.load().holder`` with the same signature:
    its full docstring is the ``Dataset`` method's. Deprecated aliases, and the 0.2 names of
    the collections (``ds.people`` for ``ds.records.people``), are left out.
    """
    import enum
    import inspect

    import chibo.history

    found: dict[str, object] = {}
    for name in chibo.__all__:
        if name in ("__version__", "DateLike", "RecordType"):  # a string; two type aliases
            continue
        value = getattr(chibo, name)
        found[name] = getattr(chibo.Dataset, name, value) if inspect.isfunction(value) else value
        if inspect.isclass(value) and not issubclass(value, enum.Enum | BaseException):
            for member in dir(value):
                attribute = inspect.getattr_static(value, member)
                doc = getattr(attribute, "__doc__", "") or ""
                if (
                    member.startswith("_")
                    or doc.startswith("Deprecated name")
                    or re.fullmatch(r"``records\.\w+``\.", doc)
                ):
                    continue  # a deprecated alias, or a 0.2 name of a collection (documented by Records)
                if isinstance(attribute, property):
                    found[f"{name}.{member}"] = attribute.fget
                elif isinstance(attribute, classmethod | staticmethod):
                    found[f"{name}.{member}"] = attribute.__func__
                elif inspect.isfunction(attribute) and attribute.__module__.startswith("chibo"):
                    found[f"{name}.{member}"] = attribute
    for name in chibo.history.__all__:
        found[f"history.{name}"] = getattr(chibo.history, name)
    return found


@pytest.mark.parametrize("name", sorted(_public_members()))
def test_public_member_has_a_docstring_with_an_example(name: str) -> None:
    import inspect

    member = _public_members()[name]
    doc = inspect.getdoc(member) if not isinstance(member, type) else member.__doc__
    assert doc, f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring has no example"
    if inspect.isfunction(member):
        parameters = [p for p in inspect.signature(member).parameters if p not in ("self", "cls")]
        if parameters:
            assert "Args:" in doc, f"{name} takes {parameters}: its docstring needs Args:"
        if inspect.signature(member).return_annotation not in ("None", None):
            assert "Returns:" in doc, f"{name}'s docstring needs Returns:"
