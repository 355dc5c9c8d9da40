"""Contracts between two views of one rule: the loader and the published schema; the
shell and its arguments; a fork and the load lock; a miss and its suggestions."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chibo
from chibo._codec import StructureError, structure
from chibo.cli import main
from chibo.export import json_schema

jsonschema = pytest.importorskip("jsonschema")

_DATE_SCHEMA = json_schema()["$defs"]["Person"]["properties"]["birth_date"]
_date_texts = st.one_of(
    st.text(alphabet="0123456789- \n٢", max_size=12),
    st.builds(
        lambda y, m, d, sep: f"{y:04d}{sep}{m:02d}{sep}{d:02d}",
        st.integers(0, 9999),
        st.integers(0, 13),
        st.integers(0, 32),
        st.sampled_from(["-", "-", "/"]),
    ),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(0, 9999), st.integers(0, 13)),
)


def _schema_accepts(value: str) -> bool:
    validator = jsonschema.Draft202012Validator(
        {"anyOf": [{"type": "null"}, *_DATE_SCHEMA.get("anyOf", [_DATE_SCHEMA])]}
    )
    return bool(validator.is_valid(value))


def _loader_accepts(value: str) -> bool:
    try:
        structure({"id": "p", "name": "P", "birth_date": value, "sources": ["s"]}, chibo.Person)
    except StructureError:
        return False
    return True


def _calendar_day_exists(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(_date_texts)
def test_loader_and_schema_agree_on_dates(value: str) -> None:
    """The same verdict, except that the schema cannot know the calendar (30 February):
    there the loader alone refuses."""
    schema, loader = _schema_accepts(value), _loader_accepts(value)
    if schema and not loader:
        assert not _calendar_day_exists(value), value
    else:
        assert schema == loader, value


_COMMANDS = [
    ["relations"],
    ["who", "president", "BO"],
    ["timeline"],
    ["search", "x"],
    ["show", "BO"],
    ["elections"],
    ["claims"],
    ["changes", "--since", "2026-01-01"],
    ["coverage"],
    ["validate", "."],
    ["schema"],
    ["export", "--format", "json", "--out"],
]
_NOISE = [
    "--json",
    "--on",
    "--from",
    "--to",
    "--as-of",
    "--kind",
    "--limit",
    "--between",
    "--verdict",
    "--source",
    "--country",
    "--subject",
    "--since",
    "--until",
    "-1",
    "0",
    "2026-13-40",
    "1976",
    "BO",
    "XX",
    "",
    " ",
    "\x1b[31m",
    "president",
    "canciller",
    "--overlay",
    "--data",
    "--replace",
    "9" * 30,
    "é",
    "--format",
    "popolo",
]


@pytest.mark.parametrize("seed", range(120))
def test_shell_fuzz_never_shows_a_traceback(seed: int, capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    rng = random.Random(seed)
    argv = list(rng.choice(_COMMANDS)) + [rng.choice(_NOISE) for _ in range(rng.randint(0, 4))]
    if argv[0] == "export":
        argv.append(str(tmp_path))
    try:
        status = main(argv)
    except SystemExit as exc:  # --help and --version exit through argparse
        status = int(exc.code or 0)
    out = capsys.readouterr()
    assert status in (0, 1, 2), argv
    assert "Traceback" not in out.err, (argv, out.err)
    if status != 0:
        assert out.err.strip(), argv


def test_a_fork_while_another_thread_loads_does_not_deadlock() -> None:
    code = (
        "import os, threading, chibo, chibo as c\n"
        "c._lock.acquire()\n"  # as if another thread were loading at the fork
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    chibo.holder('president', 'BO', on='2025-12-22'); os._exit(0)\n"
        "c._lock.release()\n"
        "_, status = os.waitpid(pid, 0)\n"
        "raise SystemExit(os.waitstatus_to_exitcode(status))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_a_miss_costs_milliseconds_even_for_long_ids() -> None:
    ds = chibo.load()
    start = time.perf_counter()
    for i in range(10):
        with pytest.raises(chibo.NotFound):
            ds.get(f"term-{'x' * 150}-{i}")
        with pytest.raises(chibo.NotFound) as caught:
            ds.get("term-rodrigo-paz-bo-presidnt-2025")
    assert (time.perf_counter() - start) / 20 < 0.25
    assert "term-rodrigo-paz-bo-president-2025" in caught.value.suggestions


def test_write_failures_exit_nonzero() -> None:
    full = subprocess.run(
        [sys.executable, "-m", "chibo", "timeline", "--from", "2026-01", "--to", "2026-01"],
        stdout=open(os.devnull, "w") if not os.path.exists("/dev/full") else open("/dev/full", "w"),  # noqa: SIM115
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
    )
    if os.path.exists("/dev/full"):
        assert full.returncode == 1
        assert full.stderr.count("\n") == 1
    closed = subprocess.run(
        [sys.executable, "-m", "chibo", "timeline"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.close(1),
    )
    assert closed.returncode == 1
    assert "standard output is closed" in closed.stderr


OVERLAY = Path(__file__).resolve().parent / "fixtures" / "overlay"


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--data", "", "who", "president", "BO"], "--data needs a directory"),
        (["--overlay", "", "who", "president", "BO"], "--overlay needs a directory"),
        (["--overlay", str(OVERLAY), "--overlay", str(OVERLAY), "timeline"], "may be given only once"),
        (["--data", "x", "--data", "y", "timeline"], "may be given only once"),
        (["--overlay", str(OVERLAY), "validate", str(OVERLAY)], "use chibo validate DIR --as-overlay"),
        (["--replace", "x", "timeline"], "--replace needs --overlay"),
    ],
)
def test_overlay_arguments_are_usage_errors(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert needle in capsys.readouterr().err


def test_replace_must_name_an_overlay_record_and_be_a_list() -> None:
    base = chibo.load()
    with pytest.raises(chibo.DataError, match="the overlay holds no record with this id"):
        chibo.load(OVERLAY, extends=base, replace=["rodrigo-paz"])
    with pytest.raises(chibo.InvalidQuery, match="list of ids"):
        chibo.load(OVERLAY, extends=base, replace="rodrigo-paz")


def test_an_empty_path_is_refused() -> None:
    with pytest.raises(chibo.InvalidQuery, match="empty string"):
        chibo.load("")


def test_record_constructors_raise_chibo_errors() -> None:
    with pytest.raises(chibo.ChiboError):
        chibo.Source(id="s", url="ftp://x", title=None, publisher="p", published=None, language="es")
    with pytest.raises(chibo.ChiboError):
        chibo.PartialDate.parse("2025-02-30")


def test_fast_answers_equal_the_full_load() -> None:
    """Office and election questions read only their collections until the whole dataset is
    loaded; every answer equals the full load's (compared in a fresh process)."""
    code = (
        "import json, chibo\n"
        "qs = [('president','BO','1850-06-01'), ('president','CL','1973-09-12'),"
        " ('foreign_minister','CL','1976-01-01'), ('president','BO','2019-11-11'),"
        " ('vice_president','BO','1990-01-01')]\n"
        "fast = [repr(chibo.incumbency(*q)) for q in qs]\n"
        "fast += [repr(chibo.election('BO', 1985)), repr(chibo.elections('CL')), repr(chibo.coverage())]\n"
        "fast += [repr(chibo.terms(person='evo-morales'))]\n"
        "assert chibo._bundled is None, 'the fast path loaded everything'\n"
        "full = chibo.load()\n"
        "slow = [repr(full.incumbency(*q)) for q in qs]\n"
        "slow += [repr(full.election('BO', 1985)), repr(full.elections('CL')), repr(full.coverage())]\n"
        "slow += [repr(full.terms(person='evo-morales'))]\n"
        "print(json.dumps(fast == slow))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "true"
