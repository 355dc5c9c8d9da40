from __future__ import annotations

import json

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chibo
from chibo._codec import TRAILING_KEYS, StructureError, converter, field_order, structure, unstructure
from chibo._layout import COLLECTIONS

from .strategies import BY_CLASS


def test_every_collection_class_has_a_strategy() -> None:
    assert set(COLLECTIONS.values()) == set(BY_CLASS)


@pytest.mark.parametrize("cls", list(BY_CLASS), ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_round_trip_through_json(cls: type, data: st.DataObject) -> None:
    record = data.draw(BY_CLASS[cls])
    text = json.dumps(unstructure(record), ensure_ascii=False)
    again: object = structure(json.loads(text), cls)
    assert again == record
    assert unstructure(again) == json.loads(text)


def test_bundled_records_round_trip(ds: chibo.Dataset) -> None:
    for name, cls in COLLECTIONS.items():
        for record in getattr(ds.records, name):
            assert structure(unstructure(record), cls) == record


def test_pendulum_dates_stay_pendulum() -> None:
    assert converter.structure("2026-01-15", pendulum.Date) == pendulum.Date(2026, 1, 15)
    assert type(converter.structure("2026-01-15", pendulum.Date)) is pendulum.Date
    assert unstructure(pendulum.Date(2026, 1, 15)) == "2026-01-15"
    assert unstructure(chibo.PartialDate.parse("2026-01")) == "2026-01"


def test_errors_carry_paths() -> None:
    bad = {
        "id": "e",
        "country": "BO",
        "kind": "general",
        "title": "t",
        "rounds": [
            {
                "number": 1,
                "date": "2025",
                "counts": [{"stage": "official", "source": "s", "results": [{"candidate": "a", "share": 101}]}],
            }
        ],
        "sources": ["s"],
        "extra": 1,
    }
    with pytest.raises(StructureError) as info:
        structure(bad, chibo.Election)
    problems = dict(info.value.problems)
    assert "$.rounds[0].counts[0].results[0].share" in problems
    assert "unknown field" in problems["$"]


@pytest.mark.parametrize(
    ("value", "message"),
    [(True, "integer"), ("3", "integer"), (3.5, "integer")],
)
def test_primitives_are_strict(value: object, message: str) -> None:
    with pytest.raises(StructureError, match=message):
        structure({"candidate": "a", "votes": value}, chibo.Result)


def test_enums_structure_to_members() -> None:
    count = structure({"stage": "official", "source": "s", "results": [{"candidate": "a"}]}, chibo.Count)
    assert count.stage is chibo.CountStage.OFFICIAL
    with pytest.raises(StructureError, match="not one of"):
        structure({"stage": "final", "source": "s", "results": [{"candidate": "a"}]}, chibo.Count)


@pytest.mark.parametrize("cls", list(BY_CLASS), ids=lambda c: c.__name__)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_to_dict_is_json_for_every_record_kind(cls: type, data: st.DataObject) -> None:
    record = data.draw(BY_CLASS[cls])
    out = chibo.to_dict(record)
    assert json.loads(json.dumps(out)) == out
    assert _plain(out)
    assert list(out)[: len(field_order(cls))] == field_order(cls)
    assert {k: v for k, v in out.items() if k in field_order(cls)} == unstructure(record)


def _plain(value: object) -> bool:
    """Only JSON's own types, not their subclasses (a vocabulary value is a plain ``str``)."""
    if isinstance(value, dict):
        return all(type(k) is str and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return type(value) in (str, int, float, bool, type(None))


def test_to_dict_of_answers_and_nested_records(ds: chibo.Dataset) -> None:
    answers: list[object] = [
        ds.relations_status(1976),
        ds.incumbency("president", "CL", on="2026-01-01"),
        ds.timeline("2026-01", "2026-01")[0],
        ds.changes("2025-12-01", "2026-01-31")[0],
        ds.info,
        *ds.relations_history(),
    ]
    for answer in answers:
        out = chibo.to_dict(answer)
        assert json.loads(json.dumps(out)) == out, answer
        assert _plain(out), answer
    status = chibo.to_dict(ds.relations_status(1976))
    assert (status["cow_code"], status["duration_days"]) == (3, 692)
    assert list(status)[-2:] == ["cow_code", "duration_days"]
    incumbency = chibo.to_dict(ds.incumbency("president", "CL", on="2026-01-01"))
    assert (incumbency["person"], incumbency["vacant"]) == ("gabriel-boric", False)
    assert incumbency["term"]["person"] == "gabriel-boric"
    border = ds.records.borders[0]
    assert chibo.to_dict(border)["length_km"] == border.length_km


def test_to_dict_computes_what_unstructure_leaves_out() -> None:
    period = chibo.relations_history()[0]
    assert "cow_code" not in unstructure(period)
    assert chibo.to_dict(period)["cow_code"] == period.cow_code


def test_to_dict_refuses_what_is_not_a_record() -> None:
    with pytest.raises(chibo.InvalidQuery, match="not a chibo record: dict"):
        chibo.to_dict({"id": "x"})


def test_export_columns_follow_the_codec_order() -> None:
    from chibo.export import unstructure_order

    for cls in COLLECTIONS.values():
        assert unstructure_order(cls) == field_order(cls)
        shared = [k for k in TRAILING_KEYS if k in field_order(cls)]
        assert field_order(cls)[len(field_order(cls)) - len(shared) :] == shared


@pytest.mark.parametrize("cls", list(BY_CLASS), ids=lambda c: c.__name__)
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_to_dict_without_computed_values_is_the_data_file_form(cls: type, data: st.DataObject) -> None:
    record = data.draw(BY_CLASS[cls])
    out = chibo.to_dict(record, computed=False)
    assert list(out) == field_order(cls)
    assert _plain(out)
    assert structure(json.loads(json.dumps(out)), cls) == record
