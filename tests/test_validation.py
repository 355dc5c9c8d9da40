"""One test per validation rule, each with a small broken copy of the mini dataset."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import chibo

MakeDir = Callable[[dict[str, Any]], Path]


def problems_of(make_dir: MakeDir, data: dict[str, Any]) -> list[str]:
    with pytest.raises(chibo.DataError) as info:
        chibo.load(make_dir(data))
    return [str(p) for p in info.value.problems]


def test_mini_is_valid(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    ds = chibo.load(make_dir(mini))
    assert len(ds.people) == 2
    assert ds.info.version == "1.0.0"


def test_duplicate_id_across_files(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["organizations"][0]["id"] = "ana"
    assert any(
        "organizations.json: ana: $.id: duplicate id (also in people.json)" in p for p in problems_of(make_dir, mini)
    )


def test_dangling_reference(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["terms"][0]["person"] = "nobody"
    assert "terms.json: t1: $.person: 'nobody' is not a known id in people" in problems_of(make_dir, mini)


def test_reference_to_wrong_collection(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["terms"][0]["person"] = "party"
    assert any("t1: $.person" in p for p in problems_of(make_dir, mini))


def test_unresolved_source(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["people"][0]["sources"] = ["s9"]
    assert "people.json: ana: $.sources[0]: 's9' is not a known id in sources" in problems_of(make_dir, mini)


def test_empty_sources(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["people"][0]["sources"] = []
    assert "people.json: ana: $.sources: must not be empty" in problems_of(make_dir, mini)


def test_missing_sources(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    del mini["people"][0]["sources"]
    assert "people.json: ana: $.sources: required field missing" in problems_of(make_dir, mini)


def test_unknown_field(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["people"][0]["nickname"] = "x"
    assert "people.json: ana: $: unknown field(s): nickname" in problems_of(make_dir, mini)


def test_wrong_type(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["elections"][0]["rounds"][0]["counts"][1]["results"][0]["votes"] = "forty"
    found = problems_of(make_dir, mini)
    assert any(p.startswith("elections.json: bo-2025: $.rounds[0].counts[1].results[0].votes:") for p in found)


def test_share_outside_range(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["elections"][0]["rounds"][0]["counts"][1]["results"][0]["share"] = 140
    assert "elections.json: bo-2025: $.rounds[0].counts[1].results[0].share: 140.0 outside 0-100" in problems_of(
        make_dir, mini
    )


def test_impossible_date(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["people"][0]["birth_date"] = "1970-02-30"
    assert any("ana: $.birth_date: not a date" in p for p in problems_of(make_dir, mini))


def test_end_before_start(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["terms"][0]["end"] = "2019-01-01"
    assert any(
        "terms.json: t1: $.end: end 2019-01-01 before start 2020-11-08" in p for p in problems_of(make_dir, mini)
    )


def test_overlapping_single_seat_terms(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["terms"][1]["start"] = "2024-01-01"
    assert any("t2: $.start: overlaps t1" in p for p in problems_of(make_dir, mini))


def test_handover_day_is_not_an_overlap(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    assert mini["terms"][0]["end"] == mini["terms"][1]["start"]
    chibo.load(make_dir(mini))


def test_gap_in_relations(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["relations"][1]["start"] = "1978-04"
    assert any("relations.json: r2: $.start: BO-CL periods not contiguous" in p for p in problems_of(make_dir, mini))


def test_last_relations_period_open(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["relations"][1]["end"] = "2000"
    assert any("r2: $.end: the latest BO-CL period must be open" in p for p in problems_of(make_dir, mini))


def test_history_out_of_order(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["events"][0]["history"].reverse()
    assert any("events.json: meeting: $.history" in p for p in problems_of(make_dir, mini))


def test_status_must_be_latest_reports(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["events"][0]["status"] = "planned"
    assert any(
        "meeting: $.status: planned differs from the latest report's held" in p for p in problems_of(make_dir, mini)
    )


def test_missing_file(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    del mini["claims"]
    assert "claims.json: $: file missing" in problems_of(make_dir, mini)


def test_not_an_array(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["people"] = {"ana": mini["people"][0]}
    assert any("people.json: $: expected a JSON array, got dict" in p for p in problems_of(make_dir, mini))


def test_truncated_json(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    root = make_dir(mini)
    text = (root / "events.json").read_text(encoding="utf-8")
    (root / "events.json").write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(chibo.DataError, match=r"events.json: \$: invalid JSON"):
        chibo.load(root)


def test_not_utf8(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    root = make_dir(mini)
    (root / "people.json").write_bytes(json.dumps(mini["people"]).encode("utf-8") + b"\xff\xfe")
    with pytest.raises(chibo.DataError, match="not UTF-8"):
        chibo.load(root)


def test_all_problems_reported_in_one_run(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    mini["people"][0]["sources"] = []
    mini["people"][1]["birth_date"] = "yesterday"
    mini["organizations"][0]["kind"] = "club"
    found = problems_of(make_dir, mini)
    assert len(found) >= 3


def test_not_a_directory(tmp_path: Path) -> None:
    with pytest.raises(chibo.DataError, match="not a directory"):
        chibo.load(tmp_path / "nowhere")


def test_data_error_is_a_chibo_error() -> None:
    assert issubclass(chibo.DataError, chibo.ChiboError)
    assert issubclass(chibo.NotFound, KeyError)
    assert issubclass(chibo.OutOfRange, ValueError)
