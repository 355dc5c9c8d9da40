"""The shell as users expect it: the list commands, --json anywhere, errors in one line (or JSON)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from chibo.cli import main


def shell(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def as_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    status, out, _ = shell(capsys, *argv, "--json")
    return status, json.loads(out)


# -- the commands for what Python can do ----------------------------------------------------


def test_terms_by_role_country_and_day(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = shell(capsys, "terms", "--role", "president", "--country", "BO", "--on", "2025-12-22")
    assert status == 0
    assert "Rodrigo Paz Pereira (rodrigo-paz)" in out
    assert out.count("\n") == 1


def test_terms_take_the_spanish_role_and_an_office_id(capsys: pytest.CaptureFixture[str]) -> None:
    status, found = as_json(capsys, "terms", "--role", "canciller", "--country", "CL", "--on", "2026-01-15")
    assert status == 0
    assert [t["person"] for t in found] == ["alberto-van-klaveren"]
    status, found = as_json(capsys, "terms", "--office", "bo-head-of-mission-cl")
    assert status == 0
    assert found
    assert {t["office"] for t in found} == {"bo-head-of-mission-cl"}


def test_terms_of_a_person(capsys: pytest.CaptureFixture[str]) -> None:
    status, found = as_json(capsys, "terms", "--person", "rodrigo-paz")
    assert status == 0
    assert "bo-president" in {t["office"] for t in found}
    assert all(t["person"] == "rodrigo-paz" for t in found)


def test_terms_office_must_be_an_office(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = shell(capsys, "terms", "--office", "rodrigo-paz")
    assert status == 2
    assert "is not an office" in err


@pytest.mark.parametrize("number", ["5503", "DS 5503", "D.S. N° 5503"])
def test_decrees_by_number_as_people_write_it(capsys: pytest.CaptureFixture[str], number: str) -> None:
    status, found = as_json(capsys, "decrees", "--country", "BO", "--number", number)
    assert status == 0
    assert [d["number"] for d in found] == ["5503"]


def test_decrees_in_a_window(capsys: pytest.CaptureFixture[str]) -> None:
    status, found = as_json(capsys, "decrees", "--country", "BO", "--from", "2026-01", "--to", "2026-01")
    assert status == 0
    assert found
    assert all(d["issued"].startswith("2026-01") for d in found)
    assert "5503" not in {d["number"] for d in found}


def test_decree_number_needs_a_country(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = shell(capsys, "decrees", "--number", "5503")
    assert status == 2
    assert "--number needs --country" in err


def test_events_by_kind_and_window(capsys: pytest.CaptureFixture[str]) -> None:
    status, found = as_json(capsys, "events", "--kind", "meeting", "--from", "2026-01", "--to", "2026-01")
    assert status == 0
    assert "2026-01-15-fm-meeting-santiago" in {e["id"] for e in found}
    assert {e["kind"] for e in found} == {"meeting"}
    assert all(e["date"].startswith("2026-01") for e in found)


def test_events_of_a_country_and_a_participant(capsys: pytest.CaptureFixture[str]) -> None:
    status, found = as_json(capsys, "events", "--country", "CL", "--participant", "rodrigo-paz")
    assert status == 0
    assert found
    assert all("CL" in e["countries"] and "rodrigo-paz" in e["participants"] for e in found)


def test_meetings_between_the_two_countries(capsys: pytest.CaptureFixture[str]) -> None:
    status, found = as_json(capsys, "meetings", "--between", "BO", "CL", "--from", "2026-01", "--to", "2026-01")
    assert status == 0
    ids = {e["id"] for e in found}
    assert "2026-01-15-fm-meeting-santiago" in ids
    assert "2026-01-05-dialogue-casa-grande" not in ids  # a Bolivian meeting, not between the two


@pytest.mark.parametrize("command", ["events", "meetings", "decrees", "timeline"])
def test_a_reversed_window_is_a_usage_error(capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, _, err = shell(capsys, command, "--from", "2026-02", "--to", "2026-01")
    assert status == 2
    assert "after it ends" in err


def test_show_person_lists_posts_elections_and_meetings(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = shell(capsys, "show", "rodrigo-paz")
    assert status == 0
    assert "posts held:" in out
    assert "President of Bolivia" in out
    assert "elections run:" in out
    assert "bo-2025-general" in out
    assert "meetings and events:" in out
    assert "2026-01-29-paz-kast-meeting-panama" in out
    assert "\\n" not in out


def test_show_person_json_has_terms_elections_and_events(capsys: pytest.CaptureFixture[str]) -> None:
    status, data = as_json(capsys, "show", "rodrigo-paz")
    assert status == 0
    assert data["birth_date"] == "1967-09-22"
    assert "bo-president" in {t["office"] for t in data["terms"]}
    election = next(e for e in data["elections"] if e["id"] == "bo-2025-general")
    assert (election["round"], election["share"], election["count"]) == (2, 54.96, "official")
    assert "2026-01-29-paz-kast-meeting-panama" in {e["id"] for e in data["events"]}


def test_show_person_gives_the_official_share_not_an_early_partial_count(capsys: pytest.CaptureFixture[str]) -> None:
    status, data = as_json(capsys, "show", "jose-antonio-kast")
    assert status == 0
    election = next(e for e in data["elections"] if e["id"] == "cl-2025-presidential")
    assert (election["round"], election["share"], election["count"]) == (2, 58.17, "official")


def test_show_other_records_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    status, data = as_json(capsys, "show", "bo-president")
    assert status == 0
    assert "terms" not in data
    assert data["role"] == "president"


# -- --json, before or after -----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["relations", "1976"],
        ["who", "president", "BO", "--on", "2025-12-22"],
        ["terms", "--role", "president", "--country", "CL", "--on", "1970-12-01"],
        ["coverage", "--kind", "office"],
        ["meetings", "--between", "BO", "CL", "--from", "2026"],
    ],
)
def test_json_before_or_after_the_command(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status_after, after, _ = shell(capsys, *argv, "--json")
    status_before, before, _ = shell(capsys, "--json", *argv)
    assert status_after == status_before == 0
    assert json.loads(before) == json.loads(after)


# -- nothing found: the same in every list command -------------------------------------------

NOTHING = [
    ["terms", "--country", "PY", "--on", "1900-01-01"],
    ["decrees", "--country", "CL", "--from", "1800", "--to", "1801"],
    ["events", "--country", "PY", "--from", "1800", "--to", "1801"],
    ["meetings", "--from", "1800", "--to", "1801"],
    ["coverage", "--subject", "nothing-like-this"],
    ["timeline", "--from", "1700", "--to", "1700"],
    ["search", "zzzzqqqq"],
    ["elections", "BO", "2024"],
    ["claims", "--source", "src-weblavoz-2023-milei-jura"],
    ["changes", "--since", "1800-01-01", "--until", "1800-01-02"],
]


@pytest.mark.parametrize("argv", NOTHING, ids=lambda argv: argv[0])
def test_nothing_found_is_an_empty_list_and_exit_1(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = shell(capsys, *argv, "--json")
    assert (status, json.loads(out), err) == (1, [], "")
    status, out, err = shell(capsys, *argv)
    assert status == 1
    assert out == ""
    assert err.startswith("chibo: ")
    assert err.count("\n") == 1


# -- errors under --json ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "kind", "code"),
    [
        (["show", "rodrigo-pas"], "NotFound", 1),
        (["who", "president", "BO", "--on", "2025-13-01"], "BadDate", 2),
        (["who", "king", "BO"], "InvalidQuery", 2),
        (["frobnicate"], "usage", 2),
        (["relations", "1700"], "NotCovered", 1),
    ],
)
def test_json_errors_go_to_stderr_as_json(
    capsys: pytest.CaptureFixture[str], argv: list[str], kind: str, code: int
) -> None:
    for placed in (["--json", *argv], [*argv, "--json"]):
        status, out, err = shell(capsys, *placed)
        assert status == code
        assert out == ""
        assert err.count("\n") == 1
        error = json.loads(err)
        assert error["kind"] == kind
        assert error["error"]


def test_messages_speak_shell(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = shell(capsys, "who", "minister", "BO")
    assert status == 2
    assert "use `chibo terms`" in err
    assert "terms()" not in err


def test_subcommands_are_one_table() -> None:
    from chibo.cli import _COMMANDS, _parser

    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert list(_COMMANDS) == list(sub.choices)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("python", "shell_words"),
    [
        ("names several posts in BO; use terms()", "names several posts in BO; use `chibo terms`"),
        ("use terms(role=..., on=...) for the others", "use `chibo terms` for the others"),
        ("see holder()", "see `chibo who`"),
        ("use replace=[...]", "use `--replace ID` once per id"),
        ("out.csv exists (overwrite=False)", "out.csv exists; use --force to replace it"),
    ],
)
def test_python_words_become_shell_words(python: str, shell_words: str) -> None:
    from chibo.cli import _shell

    assert _shell(python) == shell_words


_NEW = [
    ["terms"],
    ["decrees"],
    ["events"],
    ["meetings"],
    ["show", "rodrigo-paz"],
    ["export", "--format", "cow", "--out"],
]
_NOISE = [
    "--json",
    "--role",
    "--office",
    "--person",
    "--country",
    "--number",
    "--kind",
    "--between",
    "--participant",
    "--from",
    "--to",
    "--on",
    "--force",
    "--excel",
    "canciller",
    "BO",
    "CL",
    "bo-president",
    "rodrigo-paz",
    "2026-01",
    "2026-13-01",
    "DS 5503",
    "",
    "\x1b[31m",
    "é",
]


@pytest.mark.parametrize("seed", range(80))
def test_new_commands_never_show_a_traceback(seed: int, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rng = random.Random(seed)
    argv = list(rng.choice(_NEW)) + [rng.choice(_NOISE) for _ in range(rng.randint(0, 4))]
    if argv[0] == "export":
        argv.insert(4, str(tmp_path / "x.csv"))
    status = main(argv)
    out = capsys.readouterr()
    assert status in (0, 1, 2), argv
    assert "Traceback" not in out.err, (argv, out.err)
    if status != 0 and "--json" in argv:
        if out.err:  # an error, as one JSON line
            assert out.err.count("\n") == 1, argv
            assert set(json.loads(out.err)) >= {"error", "kind"}, argv
        else:  # nothing found
            assert (status, json.loads(out.out)) == (1, []), argv
    elif status != 0:
        assert out.err.strip(), argv
