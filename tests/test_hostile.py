"""The catalogue of malformed data directories: each one is refused with a DataError.

Every fixture breaks a copy of the mini dataset in one way. For each, ``chibo.load``
raises :class:`chibo.DataError` whose problems name the file, the record (or ``$`` for
the whole file) and a field path; ``chibo validate`` exits 1 and prints them, never a
traceback. The last test breaks many things at once and expects every one reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import chibo
import chibo.loader
from chibo.cli import main
from tests.conftest import write_dataset

Data = dict[str, Any]


def _count(data: Data) -> dict[str, Any]:
    counts: dict[str, Any] = data["elections"][0]["rounds"][0]["counts"][1]
    return counts


def _rewrite(name: str, change: Callable[[str], str | bytes]) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        new = change((root / name).read_text(encoding="utf-8"))
        if isinstance(new, bytes):
            (root / name).write_bytes(new)
        else:
            (root / name).write_text(new, encoding="utf-8")

    return apply


# name -> (change to the data before writing, change to the files after writing, expected problem)
FIXTURES: dict[str, tuple[Callable[[Data], Any] | None, Callable[[Path], None] | None, str]] = {
    "truncated-json": (None, _rewrite("events.json", lambda t: t[: len(t) // 2]), r"^events\.json: \$: invalid JSON"),
    "not-utf8": (None, _rewrite("people.json", lambda t: t.encode() + b"\xff\xfe"), r"^people\.json: \$: .*not UTF-8"),
    "nan": (None, _rewrite("elections.json", lambda t: t.replace("40.0", "NaN")), r"^elections\.json: .*NaN"),
    "deeply-nested": (None, _rewrite("people.json", lambda t: "[" * 5000 + "]" * 5000), r"^people\.json: \$"),
    "empty-file": (None, _rewrite("terms.json", lambda t: ""), r"^terms\.json: \$: invalid JSON"),
    "not-an-array": (
        lambda d: d.update(people={"ana": d["people"][0]}),
        None,
        r"^people\.json: \$: expected a JSON",
    ),
    "record-not-an-object": (lambda d: d["people"].append(42), None, r"^people\.json: #2: \$: expected an object"),
    "missing-file": (lambda d: d.pop("claims"), None, r"^claims\.json: \$: file missing"),
    "missing-metadata": (lambda d: d.pop("metadata"), None, r"^metadata\.json: \$: file missing"),
    "bad-dataset-version": (lambda d: d["metadata"].update(version="one"), None, r"^metadata\.json: \$\.version"),
    "missing-sources": (lambda d: d["people"][0].pop("sources"), None, r"^people\.json: ana: \$\.sources: required"),
    "empty-sources": (lambda d: d["people"][0].update(sources=[]), None, r"^people\.json: ana: \$\.sources: must not"),
    "unresolved-source": (lambda d: d["people"][0].update(sources=["s9"]), None, r"ana: \$\.sources\[0\]: 's9' is not"),
    "missing-id": (lambda d: d["people"][0].pop("id"), None, r"^people\.json: #0: \$\.id: required field missing"),
    "malformed-id": (lambda d: d["people"][1].update(id="Beto N"), None, r"^people\.json: Beto N: \$\.id: not a valid"),
    "duplicate-id": (lambda d: d["people"].append(dict(d["people"][0])), None, r"ana: \$\.id: duplicate id"),
    "dangling-reference": (lambda d: d["terms"][0].update(person="nobody"), None, r"^terms\.json: t1: \$\.person:"),
    "unknown-field": (lambda d: d["people"][0].update(nickname="x"), None, r"^people\.json: ana: \$: unknown field"),
    "wrong-type": (lambda d: _count(d)["results"][0].update(votes="forty"), None, r"results\[0\]\.votes: expected"),
    "bool-for-integer": (lambda d: _count(d)["results"][0].update(votes=True), None, r"results\[0\]\.votes: expected"),
    "wrong-enum": (lambda d: d["organizations"][0].update(kind="club"), None, r"party: \$\.kind: 'club' is not one"),
    "impossible-date": (lambda d: d["people"][0].update(birth_date="1970-02-30"), None, r"ana: \$\.birth_date: not a"),
    "death-before-birth": (
        lambda d: d["people"][0].update(death_date="1960"),
        None,
        r"ana: \$\.death_date: death",
    ),
    "end-before-start": (lambda d: d["terms"][0].update(end="2019-01-01"), None, r"^terms\.json: t1: \$\.end: end"),
    "end-reason-without-end": (lambda d: d["terms"][1].update(end_reason="resigned"), None, r"t2: \$\.end_reason"),
    "scheduled-end-before-start": (
        lambda d: d["terms"][1].update(scheduled_end="2020"),
        None,
        r"t2: \$\.scheduled_end",
    ),
    "overlapping-terms": (lambda d: d["terms"][1].update(start="2024-01-01"), None, r"t2: \$\.start: overlaps t1"),
    "relations-gap": (lambda d: d["relations"][1].update(start="1978-04"), None, r"r2: \$\.start: BO-CL periods not"),
    "relations-closed": (lambda d: d["relations"][1].update(end="2000"), None, r"r2: \$\.end: the latest BO-CL"),
    "relations-one-country": (lambda d: d["relations"][0].update(countries=["BO", "BO"]), None, r"r1: \$\.countries"),
    "share-out-of-range": (lambda d: _count(d)["results"][0].update(share=140), None, r"\.share: 140\.0 outside"),
    "negative-votes": (lambda d: _count(d)["results"][0].update(votes=-5), None, r"\.votes: -5 outside"),
    "duplicate-candidate": (lambda d: _count(d)["results"].append(_count(d)["results"][0]), None, r"listed twice"),
    "bad-url": (lambda d: d["sources"][0].update(url="javascript:alert(1)"), None, r"s1: \$\.url: not an http"),
    "bad-language": (lambda d: d["sources"][0].update(language="español"), None, r"s1: \$\.language: not an ISO"),
    "published-after-as-of": (lambda d: d["sources"][1].update(published="2099"), None, r"s2: \$\.published: 2099 is"),
    "reports-out-of-order": (lambda d: d["events"][0]["history"].reverse(), None, r"meeting: \$\.history"),
    "status-not-latest-report": (lambda d: d["events"][0].update(status="planned"), None, r"meeting: \$\.status"),
    "blank-name": (lambda d: d["people"][0].update(name="  "), None, r"ana: \$\.name: must not be blank"),
    # -- 0.3.0: files that are not what they seem
    "symlink-outside": (
        None,
        lambda root: _symlink(root, "people.json", "/etc/hostname"),
        r"^people\.json: \$: a symlink",
    ),
    "directory-as-file": (
        None,
        lambda root: _replace_with_dir(root, "events.json"),
        r"^events\.json: \$: not a regular",
    ),
    "fifo-as-file": (None, lambda root: _replace_with_fifo(root, "claims.json"), r"^claims\.json: \$: not a regular"),
    "unknown-file": (None, lambda root: (root / "event.json").write_text("[]"), r"^event\.json: \$: unknown data file"),
    "duplicate-key": (
        None,
        _rewrite("people.json", lambda t: t.replace('"name": "Ana Pérez"', '"name": "Ana Pérez", "name": "X"')),
        r"^people\.json: \$: invalid JSON: duplicate key 'name'",
    ),
    # -- text that would reach a terminal
    "trailing-newline-id": (lambda d: d["people"][1].update(id="beto\n"), None, r"beto\\n: \$\.id: not a valid id"),
    "trailing-newline-country": (lambda d: d["countries"][0].update(id="BO\n"), None, r"countries\.json: .*\$\.id"),
    "ansi-escape": (lambda d: d["people"][0].update(name="Ana\x1b[31m"), None, r"ana: \$\.name: control character"),
    "forged-line": (lambda d: d["events"][0].update(title="x\r2026-01-01 held"), None, r"\$\.title: control"),
    "bidi-control": (lambda d: d["people"][0].update(name="Ana\u202e"), None, r"ana: \$\.name: control character"),
    "date-with-spaces": (lambda d: d["people"][0].update(birth_date=" 1970-05-02 "), None, r"ana: \$\.birth_date"),
    "url-with-space": (lambda d: d["sources"][0].update(url="https://a.org/x y"), None, r"s1: \$\.url: not an http"),
    "url-with-quote": (lambda d: d["sources"][0].update(url='https://a.org/"x'), None, r"s1: \$\.url: not an http"),
    "url-with-angle": (lambda d: d["sources"][0].update(url="https://a.org/<x>"), None, r"s1: \$\.url: not an"),
    "url-bidi": (lambda d: d["sources"][0].update(url="https://a.org/\u202ex"), None, r"s1: \$\.url: control char"),
    "url-no-host-dot": (lambda d: d["sources"][0].update(url="https://localhost/x"), None, r"s1: \$\.url: not an"),
    # -- facts after the as-of day
    "future-held-event": (
        lambda d: d["events"][0].update(date="2030-01-01", history=[]),
        None,
        r"meeting: \$\.date: 2030-01-01 is after the dataset's as_of",
    ),
    "future-term-start": (lambda d: d["terms"][1].update(start="2030-01-01"), None, r"t2: \$\.start: 2030-01-01 is"),
    "future-birth": (lambda d: d["people"][1].update(birth_date="2030"), None, r"beto: \$\.birth_date: 2030 is"),
    # -- decrees
    "decree-repeals-itself": (lambda d: _decrees(d, repeal=("d1", "d1")), None, r"d1: \$\.repealed_by: a decree"),
    "decree-repeal-cycle": (lambda d: _decrees(d, repeal=("d1", "d2"), back=True), None, r"a cycle of repeals"),
    "decree-in-force-repealed": (
        lambda d: _decrees(d, repeal=("d1", "d2"), status="in_force"),
        None,
        r"d1: \$\.status: in_force, but repealed",
    ),
    "decree-other-country": (
        lambda d: _decrees(d, repeal=("d1", "d2"), other_country=True),
        None,
        r"d1: \$\.repealed_by: repealed by d2, a decree of CL",
    ),
    "decree-repealed-by-later": (
        lambda d: _decrees(d, repeal=("d1", "d2"), later=True),
        None,
        r"d1: \$\.repealed_by: repealed on .* issued later",
    ),
    "decree-same-number": (lambda d: _decrees(d, same_number=True), None, r"d2: \$\.number: decree BO 100 is"),
    # -- counts, claims, events, relations
    "shares-far-from-100": (lambda d: _count(d)["results"][1].update(share=20.0), None, r"shares sum to 60\.00"),
    "votes-above-valid": (lambda d: _count(d).update(valid=50), None, r"votes: 60 votes, above 50 valid"),
    "valid-above-registered": (lambda d: _count(d).update(valid=100, registered=50), None, r"valid: 100 valid"),
    "claim-evidence-is-own-source": (lambda d: d["claims"][0].update(evidence=["s1"]), None, r"c1: \$\.evidence"),
    "duplicate-participants": (
        lambda d: d["events"][0].update(participants=["ana", "ana"]),
        None,
        r"meeting: \$\.participants\[1\]: ana listed twice",
    ),
    "start-event-elsewhere": (
        lambda d: d["relations"][0].update(start_event="meeting"),
        None,
        r"r1: \$\.start_event: starts 1975-02-08",
    ),
    "claim-check-disagrees": (
        lambda d: d["claims"][0].update(check={"record": "meeting", "field": "status", "value": "cancelled"}),
        None,
        r"c1: \$\.verdict: confirmed, but the data gives contradicted",
    ),
    "claim-check-unknown-field": (
        lambda d: d["claims"][0].update(check={"record": "meeting", "field": "colour", "value": "red"}),
        None,
        r"c1: \$\.check\.field",
    ),
    # -- coverage, vacancies, redirects, 0.3.0 fields
    "coverage-gap": (lambda d: d["terms"][1].update(start="2025-11-20"), None, r"no term or vacancy from 2025-11-09"),
    "coverage-unknown-office": (lambda d: d["coverage"][0].update(subject="xx-king"), None, r"\$\.subject: 'xx-king'"),
    "coverage-end-before-start": (lambda d: d["coverage"][0].update(end="2019"), None, r"\$\.end: end 2019"),
    "vacancy-unknown-office": (
        lambda d: d["vacancies"].append(
            {"id": "v1", "office": "xx-king", "start": "2021", "reason": "none", "sources": ["s1"]}
        ),
        None,
        r"v1: \$\.office: 'xx-king'",
    ),
    "redirect-to-nowhere": (
        None,
        lambda root: (root / "redirects.json").write_text(
            json.dumps([{"id": "old", "to": "nowhere", "since": "1.0.0", "reason": "test"}])
        ),
        r"^redirects\.json: old: \$: redirects to 'nowhere'",
    ),
    "redirect-from-live-id": (
        None,
        lambda root: (root / "redirects.json").write_text(
            json.dumps([{"id": "ana", "to": "beto", "since": "1.0.0", "reason": "test"}])
        ),
        r"^redirects\.json: ana: \$: the old id still names a record",
    ),
    "wrong-rank": (lambda d: d["terms"][0].update(rank="emperor"), None, r"t1: \$\.rank: 'emperor' is not one"),
    "advanced-stranger": (
        lambda d: d["elections"][0]["rounds"][0].update(advanced=["nobody"]),
        None,
        r"bo-2025: \$\.rounds: round 1 advanced \['nobody'\]",
    ),
    "annulled-and-decided": (
        lambda d: (
            d["elections"][0].update(annulled_on="2025-11"),
            d["elections"][0]["rounds"][0].update(decided=True),
        ),
        None,
        r"bo-2025: \$\.rounds: round 1 of an annulled election",
    ),
    # -- found by probing as a new user would (second pass)
    "symlink-loop": (None, lambda root: _symlink(root, "people.json", "people.json"), r"^people\.json: \$: cannot be"),
    "vacancy-over-a-term": (
        lambda d: d["vacancies"].append(
            {"id": "v1", "office": "bo-president", "start": "2021", "end": "2022", "reason": "x", "sources": ["s1"]}
        ),
        None,
        r"v1: \$\.start: the office was held then: t1",
    ),
    "count-before-round": (lambda d: _count(d).update(reported="2025-10-01"), None, r"reported 2025-10-01, before"),
    "cast-above-registered": (lambda d: _count(d).update(registered=50), None, r"100 votes counted, above 50"),
    "dead-participant": (lambda d: d["people"][1].update(death_date="1990"), None, r"beto died 1990, before the event"),
    "duplicate-source": (lambda d: d["people"][0].update(sources=["s1", "s1"]), None, r"ana: \$\.sources\[1\]: s1"),
    "alternative-repeats-value": (
        lambda d: d["people"][0].update(
            alternatives=[{"field": "birth_date", "value": "1970-05-02", "sources": ["s1"]}]
        ),
        None,
        r"ana: \$\.alternatives\[0\]\.value: an alternative repeats",
    ),
    "claim-about-itself": (lambda d: d["claims"][0].update(about=["c1"]), None, r"c1: \$\.about: a claim about itself"),
    "future-term-end": (lambda d: d["terms"][1].update(end="2030-01-01"), None, r"t2: \$\.end: 2030-01-01 is after"),
    "future-agreement": (
        lambda d: d["agreements"].append(
            {"id": "a1", "title": "A", "kind": "treaty", "status": "signed", "signed": "2030", "sources": ["s1"]}
        ),
        None,
        r"a1: \$\.signed: 2030 is after",
    ),
    "invisible-character": (lambda d: d["people"][0].update(name="Ana\u200b"), None, r"ana: \$\.name: control"),
    "line-separator": (lambda d: d["people"][0].update(name="Ana\u2028X"), None, r"ana: \$\.name: control"),
    "born-after-term": (lambda d: d["people"][1].update(birth_date="2025-12"), None, r"t2: \$\.start: starts 2025-11"),
}


def _symlink(root: Path, name: str, target: str) -> None:
    (root / name).unlink()
    (root / name).symlink_to(target)


def _replace_with_dir(root: Path, name: str) -> None:
    (root / name).unlink()
    (root / name).mkdir()


def _replace_with_fifo(root: Path, name: str) -> None:
    import os

    (root / name).unlink()
    os.mkfifo(root / name)


def _decrees(
    data: Data,
    *,
    repeal: tuple[str, str] | None = None,
    back: bool = False,
    status: str = "repealed",
    other_country: bool = False,
    later: bool = False,
    same_number: bool = False,
) -> None:
    def decree(decree_id: str, number: str) -> dict[str, Any]:
        return {
            "id": decree_id,
            "country": "BO",
            "number": number,
            "kind": "supreme_decree",
            "status": "in_force",
            "issued": "2025-12-17",
            "sources": ["s1"],
        }

    d1, d2 = decree("d1", "100"), decree("d2", "100" if same_number else "101")
    if other_country:
        d2["country"] = "CL"
    if later:
        d2["issued"] = "2026-01-20"
    if repeal is not None:
        d1.update(status=status, repealed_by=repeal[1])
        if status != "in_force":
            d1.update(repealed_on="2026-01-13")
    if back:
        d2.update(status="repealed", repealed_by="d1", repealed_on="2026-01-14")
    data["decrees"] = [d1, d2]


def _build(name: str, mini: Data, make_dir: Callable[[Data], Path]) -> Path:
    change_data, change_files, _ = FIXTURES[name]
    if change_data is not None:
        change_data(mini)
    root = make_dir(mini)
    if change_files is not None:
        change_files(root)
    return root


def test_catalogue_is_large_enough() -> None:
    assert len(FIXTURES) >= 70


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_refused_with_located_problems(
    name: str, mini: Data, make_dir: Callable[[Data], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = _build(name, mini, make_dir)
    with pytest.raises(chibo.DataError) as info:
        chibo.load(root)
    lines = [str(problem) for problem in info.value.problems]
    assert any(re.search(FIXTURES[name][2], line) for line in lines), lines
    for problem in info.value.problems:
        assert re.fullmatch(r"\w+\.json", problem.file), problem
        assert problem.path.startswith("$"), problem
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "Traceback" not in out.err
    assert out.err.splitlines()[1:] == [f"  {line}" for line in lines]


def test_enormous_file(mini: Data, make_dir: Callable[[Data], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chibo.loader, "MAX_FILE_BYTES", 1000)
    root = make_dir(mini)
    (root / "sources.json").write_text(json.dumps(mini["sources"] * 50), encoding="utf-8")
    with pytest.raises(chibo.DataError, match=r"sources\.json: \$: .*larger than 1000 bytes"):
        chibo.load(root)


def test_every_problem_in_one_run(mini: Data, tmp_path: Path) -> None:
    """All the record-level breaks at once: one DataError names each of them."""
    independent = [
        "missing-sources",
        "malformed-id",
        "unknown-field",
        "wrong-enum",
        "end-reason-without-end",
        "relations-gap",
        "negative-votes",
        "bad-url",
        "published-after-as-of",
        "status-not-latest-report",
    ]
    for name in independent:
        change = FIXTURES[name][0]
        assert change is not None
        change(mini)
    with pytest.raises(chibo.DataError) as info:
        chibo.load(write_dataset(tmp_path / "all", mini))
    lines = [str(problem) for problem in info.value.problems]
    for name in independent:
        assert any(re.search(FIXTURES[name][2], line) for line in lines), (name, lines)


def test_seven_faults_in_two_records_are_all_reported(mini: Data, tmp_path: Path) -> None:
    """One bad field never hides a record's other faults."""
    mini["sources"][0].update(url="ftp://x", publisher=" ", language="español")  # 3 faults
    mini["people"][1].update(id="Beto N", name=" ", birth_date="1970-02-30", nickname="B")  # 4 faults
    with pytest.raises(chibo.DataError) as info:
        chibo.load(write_dataset(tmp_path / "seven", mini))
    mine = [p for p in info.value.problems if p.record in ("s1", "Beto N")]
    paths = sorted((p.record, p.path) for p in mine)
    assert paths == [
        ("Beto N", "$"),
        ("Beto N", "$.birth_date"),
        ("Beto N", "$.id"),
        ("Beto N", "$.name"),
        ("s1", "$.language"),
        ("s1", "$.publisher"),
        ("s1", "$.url"),
    ]
