"""The catalogue of malformed data directories: each one is refused with a DataError.

Every fixture breaks a copy of the mini dataset in one way. For each, ``chibo.load``
raises :class:`chibo.DataError` whose problems name the file, the record (or ``$`` for
the whole file) and a field path; ``chibo validate`` exits 1 and prints them, never a
traceback. Tests after the table break many things at once and expect every one reported; the fuzz
tests write arbitrary JSON and expect a dataset or a DataError, nothing else.

This one table replaces the near-copies that test_validation.py, test_hostile.py and
test_hardening.py kept until 0.4: every case they held is a row here.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chibo
import chibo._loader
from chibo._layout import COLLECTIONS
from chibo.cli import main
from tests.helpers import MINI, Data, MakeDir, write_dataset


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


def line(text: str) -> str:
    """A pattern for a problem line that reads exactly ``text``."""
    return "^" + re.escape(text) + "$"


def part(text: str) -> str:
    """A pattern for a problem line that contains ``text``."""
    return re.escape(text)


class Bad(NamedTuple):
    """One way to break the mini dataset, and the problem ``chibo.load`` must report."""

    data: Callable[[Data], Any] | None
    """A change to the data dict before it is written."""
    files: Callable[[Path], Any] | None
    """A change to the written files."""
    expect: str
    """A pattern one problem line matches."""
    also: tuple[str, ...] = ()
    """More patterns, each matched by some problem line (the exact wording of a rule's message)."""
    patch: Callable[[pytest.MonkeyPatch], None] | None = None
    """A change to the loader's settings (a lower size limit) for this case."""
    needs_permissions: bool = False
    """The case relies on file permissions, which do not hold for root."""

    @property
    def patterns(self) -> tuple[str, ...]:
        return (self.expect, *self.also)


# name -> how the data is broken and what the loader says
FIXTURES: dict[str, Bad] = {
    "truncated-json": Bad(
        None,
        _rewrite("events.json", lambda t: t[: len(t) // 2]),
        r"^events\.json: \$: invalid JSON",
        also=(part("events.json: $: invalid JSON"),),
    ),
    "not-utf8": Bad(
        None,
        _rewrite("people.json", lambda t: t.encode() + b"\xff\xfe"),
        r"^people\.json: \$: .*not UTF-8",
        also=(part("not UTF-8"),),
    ),
    "nan": Bad(
        None,
        _rewrite("elections.json", lambda t: t.replace("40.0", "NaN")),
        r"^elections\.json: .*NaN",
        also=(part("NaN is not allowed"),),
    ),
    "deeply-nested": Bad(
        None,
        _rewrite("people.json", lambda t: "[" * 5000 + "]" * 5000),
        r"^people\.json: \$",
        also=(part("people.json: $"),),
    ),
    "empty-file": Bad(None, _rewrite("terms.json", lambda t: ""), r"^terms\.json: \$: invalid JSON"),
    "not-an-array": Bad(
        lambda d: d.update(people={"ana": d["people"][0]}),
        None,
        r"^people\.json: \$: expected a JSON",
        also=(part("people.json: $: expected a JSON array, got dict"),),
    ),
    "record-not-an-object": Bad(lambda d: d["people"].append(42), None, r"^people\.json: #2: \$: expected an object"),
    "missing-file": Bad(
        lambda d: d.pop("claims"),
        None,
        r"^claims\.json: \$: file missing",
        also=(line("claims.json: $: file missing"),),
    ),
    "missing-metadata": Bad(lambda d: d.pop("metadata"), None, r"^metadata\.json: \$: file missing"),
    "bad-dataset-version": Bad(lambda d: d["metadata"].update(version="one"), None, r"^metadata\.json: \$\.version"),
    "missing-sources": Bad(
        lambda d: d["people"][0].pop("sources"),
        None,
        r"^people\.json: ana: \$\.sources: required",
        also=(line("people.json: ana: $.sources: required field missing"),),
    ),
    "empty-sources": Bad(
        lambda d: d["people"][0].update(sources=[]),
        None,
        r"^people\.json: ana: \$\.sources: must not",
        also=(line("people.json: ana: $.sources: must not be empty"),),
    ),
    "unresolved-source": Bad(
        lambda d: d["people"][0].update(sources=["s9"]),
        None,
        r"ana: \$\.sources\[0\]: 's9' is not",
        also=(line("people.json: ana: $.sources[0]: 's9' is not a known id in sources"),),
    ),
    "missing-id": Bad(lambda d: d["people"][0].pop("id"), None, r"^people\.json: #0: \$\.id: required field missing"),
    "malformed-id": Bad(
        lambda d: d["people"][1].update(id="Beto N"), None, r"^people\.json: Beto N: \$\.id: not a valid"
    ),
    "duplicate-id": Bad(lambda d: d["people"].append(dict(d["people"][0])), None, r"ana: \$\.id: duplicate id"),
    "dangling-reference": Bad(
        lambda d: d["terms"][0].update(person="nobody"),
        None,
        r"^terms\.json: t1: \$\.person:",
        also=(line("terms.json: t1: $.person: 'nobody' is not a known id in people"),),
    ),
    "unknown-field": Bad(
        lambda d: d["people"][0].update(nickname="x"),
        None,
        r"^people\.json: ana: \$: unknown field",
        also=(line("people.json: ana: $: unknown field(s): nickname"),),
    ),
    "wrong-type": Bad(
        lambda d: _count(d)["results"][0].update(votes="forty"),
        None,
        r"results\[0\]\.votes: expected",
        also=(part("elections.json: bo-2025: $.rounds[0].counts[1].results[0].votes:"),),
    ),
    "bool-for-integer": Bad(
        lambda d: _count(d)["results"][0].update(votes=True), None, r"results\[0\]\.votes: expected"
    ),
    "wrong-enum": Bad(lambda d: d["organizations"][0].update(kind="club"), None, r"party: \$\.kind: 'club' is not one"),
    "impossible-date": Bad(
        lambda d: d["people"][0].update(birth_date="1970-02-30"),
        None,
        r"ana: \$\.birth_date: not a",
        also=(part("ana: $.birth_date: not a date"),),
    ),
    "death-before-birth": Bad(
        lambda d: d["people"][0].update(death_date="1960"),
        None,
        r"ana: \$\.death_date: death",
    ),
    "end-before-start": Bad(
        lambda d: d["terms"][0].update(end="2019-01-01"),
        None,
        r"^terms\.json: t1: \$\.end: end",
        also=(part("terms.json: t1: $.end: end 2019-01-01 before start 2020-11-08"),),
    ),
    "end-reason-without-end": Bad(lambda d: d["terms"][1].update(end_reason="resigned"), None, r"t2: \$\.end_reason"),
    "scheduled-end-before-start": Bad(
        lambda d: d["terms"][1].update(scheduled_end="2020"),
        None,
        r"t2: \$\.scheduled_end",
    ),
    "overlapping-terms": Bad(lambda d: d["terms"][1].update(start="2024-01-01"), None, r"t2: \$\.start: overlaps t1"),
    "relations-gap": Bad(
        lambda d: d["relations"][1].update(start="1978-04"),
        None,
        r"r2: \$\.start: BO-CL periods not",
        also=(part("relations.json: r2: $.start: BO-CL periods not contiguous"),),
    ),
    "relations-closed": Bad(
        lambda d: d["relations"][1].update(end="2000"),
        None,
        r"r2: \$\.end: the latest BO-CL",
        also=(part("r2: $.end: the latest BO-CL period must be open"),),
    ),
    "relations-one-country": Bad(
        lambda d: d["relations"][0].update(countries=["BO", "BO"]), None, r"r1: \$\.countries"
    ),
    "share-out-of-range": Bad(
        lambda d: _count(d)["results"][0].update(share=140),
        None,
        r"\.share: 140\.0 outside",
        also=(line("elections.json: bo-2025: $.rounds[0].counts[1].results[0].share: 140.0 outside 0-100"),),
    ),
    "negative-votes": Bad(lambda d: _count(d)["results"][0].update(votes=-5), None, r"\.votes: -5 outside"),
    "duplicate-candidate": Bad(lambda d: _count(d)["results"].append(_count(d)["results"][0]), None, r"listed twice"),
    "bad-url": Bad(lambda d: d["sources"][0].update(url="javascript:alert(1)"), None, r"s1: \$\.url: not an http"),
    "bad-language": Bad(lambda d: d["sources"][0].update(language="español"), None, r"s1: \$\.language: not an ISO"),
    "published-after-as-of": Bad(
        lambda d: d["sources"][1].update(published="2099"), None, r"s2: \$\.published: 2099 is"
    ),
    "reports-out-of-order": Bad(
        lambda d: d["events"][0]["history"].reverse(),
        None,
        r"meeting: \$\.history",
        also=(part("events.json: meeting: $.history"),),
    ),
    "status-not-latest-report": Bad(
        lambda d: d["events"][0].update(status="planned"),
        None,
        r"meeting: \$\.status",
        also=(part("meeting: $.status: planned differs from the latest report's held"),),
    ),
    "blank-name": Bad(lambda d: d["people"][0].update(name="  "), None, r"ana: \$\.name: must not be blank"),
    # -- 0.3.0: files that are not what they seem
    "symlink-outside": Bad(
        None,
        lambda root: _symlink(root, "people.json", "/etc/hostname"),
        r"^people\.json: \$: a symlink",
    ),
    "directory-as-file": Bad(
        None,
        lambda root: _replace_with_dir(root, "events.json"),
        r"^events\.json: \$: not a regular",
    ),
    "fifo-as-file": Bad(
        None, lambda root: _replace_with_fifo(root, "claims.json"), r"^claims\.json: \$: not a regular"
    ),
    "unknown-file": Bad(
        None, lambda root: (root / "event.json").write_text("[]"), r"^event\.json: \$: unknown data file"
    ),
    "duplicate-key": Bad(
        None,
        _rewrite("people.json", lambda t: t.replace('"name": "Ana Pérez"', '"name": "Ana Pérez", "name": "X"')),
        r"^people\.json: \$: invalid JSON: duplicate key 'name'",
    ),
    # -- text that would reach a terminal
    "trailing-newline-id": Bad(lambda d: d["people"][1].update(id="beto\n"), None, r"beto\\n: \$\.id: not a valid id"),
    "trailing-newline-country": Bad(lambda d: d["countries"][0].update(id="BO\n"), None, r"countries\.json: .*\$\.id"),
    "ansi-escape": Bad(lambda d: d["people"][0].update(name="Ana\x1b[31m"), None, r"ana: \$\.name: control character"),
    "forged-line": Bad(lambda d: d["events"][0].update(title="x\r2026-01-01 held"), None, r"\$\.title: control"),
    "bidi-control": Bad(lambda d: d["people"][0].update(name="Ana\u202e"), None, r"ana: \$\.name: control character"),
    "date-with-spaces": Bad(lambda d: d["people"][0].update(birth_date=" 1970-05-02 "), None, r"ana: \$\.birth_date"),
    "url-with-space": Bad(lambda d: d["sources"][0].update(url="https://a.org/x y"), None, r"s1: \$\.url: not an http"),
    "url-with-quote": Bad(lambda d: d["sources"][0].update(url='https://a.org/"x'), None, r"s1: \$\.url: not an http"),
    "url-with-angle": Bad(lambda d: d["sources"][0].update(url="https://a.org/<x>"), None, r"s1: \$\.url: not an"),
    "url-bidi": Bad(lambda d: d["sources"][0].update(url="https://a.org/\u202ex"), None, r"s1: \$\.url: control char"),
    "url-no-host-dot": Bad(lambda d: d["sources"][0].update(url="https://localhost/x"), None, r"s1: \$\.url: not an"),
    # -- facts after the as-of day
    "future-held-event": Bad(
        lambda d: d["events"][0].update(date="2030-01-01", history=[]),
        None,
        r"meeting: \$\.date: 2030-01-01 is after the dataset's as_of",
    ),
    "future-term-start": Bad(lambda d: d["terms"][1].update(start="2030-01-01"), None, r"t2: \$\.start: 2030-01-01 is"),
    "future-birth": Bad(lambda d: d["people"][1].update(birth_date="2030"), None, r"beto: \$\.birth_date: 2030 is"),
    # -- decrees
    "decree-repeals-itself": Bad(lambda d: _decrees(d, repeal=("d1", "d1")), None, r"d1: \$\.repealed_by: a decree"),
    "decree-repeal-cycle": Bad(lambda d: _decrees(d, repeal=("d1", "d2"), back=True), None, r"a cycle of repeals"),
    "decree-in-force-repealed": Bad(
        lambda d: _decrees(d, repeal=("d1", "d2"), status="in_force"),
        None,
        r"d1: \$\.status: in_force, but repealed",
    ),
    "decree-other-country": Bad(
        lambda d: _decrees(d, repeal=("d1", "d2"), other_country=True),
        None,
        r"d1: \$\.repealed_by: repealed by d2, a decree of CL",
    ),
    "decree-repealed-by-later": Bad(
        lambda d: _decrees(d, repeal=("d1", "d2"), later=True),
        None,
        r"d1: \$\.repealed_by: repealed on .* issued later",
    ),
    "decree-same-number": Bad(lambda d: _decrees(d, same_number=True), None, r"d2: \$\.number: decree BO 100 is"),
    # -- counts, claims, events, relations
    "shares-far-from-100": Bad(lambda d: _count(d)["results"][1].update(share=20.0), None, r"shares sum to 60\.00"),
    "votes-above-valid": Bad(lambda d: _count(d).update(valid=50), None, r"votes: 60 votes, above 50 valid"),
    "valid-above-registered": Bad(lambda d: _count(d).update(valid=100, registered=50), None, r"valid: 100 valid"),
    "valid-blank-null-above-registered": Bad(
        lambda d: _count(d).update(valid=100, blank=30, null_votes=20, registered=140),
        None,
        r"registered: 150 votes counted, above 140 registered",
    ),
    "two-official-counts-disagree": Bad(
        lambda d: d["elections"][0]["rounds"][0]["counts"].append(
            {**copy.deepcopy(_count(d)), "source": "s1", "results": [{**_count(d)["results"][0], "votes": 1}]}
        ),
        None,
        r"differs from .* in an earlier official count",
    ),
    "claim-evidence-is-own-source": Bad(lambda d: d["claims"][0].update(evidence=["s1"]), None, r"c1: \$\.evidence"),
    "duplicate-participants": Bad(
        lambda d: d["events"][0].update(participants=["ana", "ana"]),
        None,
        r"meeting: \$\.participants\[1\]: ana listed twice",
    ),
    "start-event-elsewhere": Bad(
        lambda d: d["relations"][0].update(start_event="meeting"),
        None,
        r"r1: \$\.start_event: starts 1975-02-08",
    ),
    "claim-check-disagrees": Bad(
        lambda d: d["claims"][0].update(check={"record": "meeting", "field": "status", "value": "cancelled"}),
        None,
        r"c1: \$\.verdict: confirmed, but the data gives contradicted",
    ),
    "claim-check-unknown-field": Bad(
        lambda d: d["claims"][0].update(check={"record": "meeting", "field": "colour", "value": "red"}),
        None,
        r"c1: \$\.check\.field",
    ),
    # -- coverage, vacancies, redirects, 0.3.0 fields
    "coverage-gap": Bad(
        lambda d: d["terms"][1].update(start="2025-11-20"), None, r"no term or vacancy from 2025-11-09"
    ),
    "coverage-unknown-office": Bad(
        lambda d: d["coverage"][0].update(subject="xx-king"), None, r"\$\.subject: 'xx-king'"
    ),
    "coverage-end-before-start": Bad(lambda d: d["coverage"][0].update(end="2019"), None, r"\$\.end: end 2019"),
    "vacancy-unknown-office": Bad(
        lambda d: d["vacancies"].append(
            {"id": "v1", "office": "xx-king", "start": "2021", "reason": "none", "sources": ["s1"]}
        ),
        None,
        r"v1: \$\.office: 'xx-king'",
    ),
    "redirect-to-nowhere": Bad(
        None,
        lambda root: (root / "redirects.json").write_text(
            json.dumps([{"id": "old", "to": "nowhere", "since": "1.0.0", "reason": "test"}])
        ),
        r"^redirects\.json: old: \$: redirects to 'nowhere'",
    ),
    "redirect-from-live-id": Bad(
        None,
        lambda root: (root / "redirects.json").write_text(
            json.dumps([{"id": "ana", "to": "beto", "since": "1.0.0", "reason": "test"}])
        ),
        r"^redirects\.json: ana: \$: the old id still names a record",
    ),
    "wrong-rank": Bad(lambda d: d["terms"][0].update(rank="emperor"), None, r"t1: \$\.rank: 'emperor' is not one"),
    "advanced-stranger": Bad(
        lambda d: d["elections"][0]["rounds"][0].update(advanced=["nobody"]),
        None,
        r"bo-2025: \$\.rounds: round 1 advanced \['nobody'\]",
    ),
    "annulled-and-decided": Bad(
        lambda d: (
            d["elections"][0].update(annulled_on="2025-11"),
            d["elections"][0]["rounds"][0].update(decided=True),
        ),
        None,
        r"bo-2025: \$\.rounds: round 1 of an annulled election",
    ),
    # -- found by probing as a new user would (second pass)
    "symlink-loop": Bad(
        None, lambda root: _symlink(root, "people.json", "people.json"), r"^people\.json: \$: cannot be"
    ),
    "vacancy-over-a-term": Bad(
        lambda d: d["vacancies"].append(
            {"id": "v1", "office": "bo-president", "start": "2021", "end": "2022", "reason": "x", "sources": ["s1"]}
        ),
        None,
        r"v1: \$\.start: the office was held then: t1",
    ),
    "count-before-round": Bad(lambda d: _count(d).update(reported="2025-10-01"), None, r"reported 2025-10-01, before"),
    "cast-above-registered": Bad(lambda d: _count(d).update(registered=50), None, r"100 votes counted, above 50"),
    "dead-participant": Bad(
        lambda d: d["people"][1].update(death_date="1990"), None, r"beto died 1990, before the event"
    ),
    "duplicate-source": Bad(lambda d: d["people"][0].update(sources=["s1", "s1"]), None, r"ana: \$\.sources\[1\]: s1"),
    "alternative-repeats-value": Bad(
        lambda d: d["people"][0].update(
            alternatives=[{"field": "birth_date", "value": "1970-05-02", "sources": ["s1"]}]
        ),
        None,
        r"ana: \$\.alternatives\[0\]\.value: an alternative repeats",
    ),
    "claim-about-itself": Bad(
        lambda d: d["claims"][0].update(about=["c1"]), None, r"c1: \$\.about: a claim about itself"
    ),
    "future-term-end": Bad(lambda d: d["terms"][1].update(end="2030-01-01"), None, r"t2: \$\.end: 2030-01-01 is after"),
    "future-agreement": Bad(
        lambda d: d["agreements"].append(
            {"id": "a1", "title": "A", "kind": "treaty", "status": "signed", "signed": "2030", "sources": ["s1"]}
        ),
        None,
        r"a1: \$\.signed: 2030 is after",
    ),
    "invisible-character": Bad(lambda d: d["people"][0].update(name="Ana\u200b"), None, r"ana: \$\.name: control"),
    "line-separator": Bad(lambda d: d["people"][0].update(name="Ana\u2028X"), None, r"ana: \$\.name: control"),
    "born-after-term": Bad(
        lambda d: d["people"][1].update(birth_date="2025-12"), None, r"t2: \$\.start: starts 2025-11"
    ),
    # -- kept from the former test_validation.py and test_hardening.py
    "duplicate-id-across-files": Bad(
        lambda d: d["organizations"][0].update(id="ana"),
        None,
        part("organizations.json: ana: $.id: duplicate id (also in people.json)"),
    ),
    "reference-to-wrong-collection": Bad(lambda d: d["terms"][0].update(person="party"), None, part("t1: $.person")),
    "enormous-file": Bad(
        None,
        lambda root: (root / "sources.json").write_text(json.dumps(MINI["sources"] * 50), encoding="utf-8"),
        r"^sources\.json: \$: .*larger than 1000 bytes",
        patch=lambda mp: mp.setattr(chibo._loader, "MAX_FILE_BYTES", 1000),
    ),
    "unreadable-file": Bad(None, lambda root: (root / "people.json").chmod(0), "cannot read", needs_permissions=True),
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


def test_catalogue_is_large_enough() -> None:
    assert len(FIXTURES) >= 70


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_refused_with_located_problems(
    name: str, mini: Data, make_dir: MakeDir, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = FIXTURES[name]
    if bad.needs_permissions and (os.name != "posix" or os.geteuid() == 0):
        pytest.skip("root reads any file")
    if bad.patch is not None:
        bad.patch(monkeypatch)
    if bad.data is not None:
        bad.data(mini)
    root = make_dir(mini)
    if bad.files is not None:
        bad.files(root)
    with pytest.raises(chibo.DataError) as info:
        chibo.load(root)
    lines = [str(problem) for problem in info.value.problems]
    for pattern in bad.patterns:
        assert any(re.search(pattern, line) for line in lines), (pattern, lines)
    for problem in info.value.problems:
        assert re.fullmatch(r"\w+\.json", problem.file), problem
        assert problem.path.startswith("$"), problem
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "Traceback" not in out.err
    assert out.err.splitlines()[1:] == [f"  {line}" for line in lines]


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
        change = FIXTURES[name].data
        assert change is not None
        change(mini)
    with pytest.raises(chibo.DataError) as info:
        chibo.load(write_dataset(tmp_path / "all", mini))
    lines = [str(problem) for problem in info.value.problems]
    for name in independent:
        assert any(re.search(FIXTURES[name].expect, line) for line in lines), (name, lines)


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


def test_all_problems_reported_in_one_run(make_dir: MakeDir, mini: Data) -> None:
    mini["people"][0]["sources"] = []
    mini["people"][1]["birth_date"] = "yesterday"
    mini["organizations"][0]["kind"] = "club"
    with pytest.raises(chibo.DataError) as info:
        chibo.load(make_dir(mini))
    assert len(info.value.problems) >= 3


# -- fuzzing: whatever the files hold, the loader gives a dataset or a DataError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(collection=st.sampled_from(sorted(COLLECTIONS)), value=json_values)
def test_fuzz_loader_gives_dataset_or_data_error(
    tmp_path_factory: pytest.TempPathFactory, mini: Data, collection: str, value: Any
) -> None:
    data = json.loads(json.dumps(mini))
    data[collection] = value
    root = write_dataset(tmp_path_factory.mktemp("fuzz"), data)
    try:
        chibo.load(root)
    except chibo.DataError as error:
        assert error.problems


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=st.dictionaries(st.sampled_from(["id", "name", "sources", "birth_date", "aliases", "x"]), json_values))
def test_fuzz_records(tmp_path_factory: pytest.TempPathFactory, mini: Data, record: dict[str, Any]) -> None:
    data = json.loads(json.dumps(mini))
    data["people"].append(record)
    root = write_dataset(tmp_path_factory.mktemp("fuzzrec"), data)
    try:
        chibo.load(root)
    except chibo.DataError as error:
        assert all(p.file for p in error.problems)
