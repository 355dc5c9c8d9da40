"""Hostile input, fuzzing, concurrency and overlays."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chibo
from chibo.layout import COLLECTIONS

from .conftest import write_dataset

MakeDir = Callable[[dict[str, Any]], Path]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(collection=st.sampled_from(sorted(COLLECTIONS)), value=json_values)
def test_fuzz_loader_gives_dataset_or_data_error(
    tmp_path_factory: pytest.TempPathFactory, mini: dict[str, Any], collection: str, value: Any
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
def test_fuzz_records(tmp_path_factory: pytest.TempPathFactory, mini: dict[str, Any], record: dict[str, Any]) -> None:
    data = json.loads(json.dumps(mini))
    data["people"].append(record)
    root = write_dataset(tmp_path_factory.mktemp("fuzzrec"), data)
    try:
        chibo.load(root)
    except chibo.DataError as error:
        assert all(p.file for p in error.problems)


def test_deeply_nested_value(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    root = make_dir(mini)
    (root / "people.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    with pytest.raises(chibo.DataError, match=r"people.json: \$"):
        chibo.load(root)


def test_enormous_file(make_dir: MakeDir, mini: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import chibo.loader

    monkeypatch.setattr(chibo.loader, "MAX_FILE_BYTES", 1000)
    root = make_dir(mini)
    (root / "sources.json").write_text(json.dumps(mini["sources"] * 50), encoding="utf-8")
    with pytest.raises(chibo.DataError, match="larger than 1000 bytes"):
        chibo.load(root)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    root = make_dir(mini)
    (root / "people.json").chmod(0)
    with pytest.raises(chibo.DataError, match="cannot read"):
        chibo.load(root)


def test_nan_is_refused(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    root = make_dir(mini)
    text = (root / "elections.json").read_text(encoding="utf-8").replace('"share": 40.0', '"share": NaN')
    (root / "elections.json").write_text(text, encoding="utf-8")
    with pytest.raises(chibo.DataError, match="NaN is not allowed"):
        chibo.load(root)


def test_first_use_from_many_threads_parses_once() -> None:
    code = """
import threading, chibo, chibo.dataset
calls = []
original = chibo.dataset.Dataset.read.__func__
def counting(cls, *a, **k):
    calls.append(1)
    return original(cls, *a, **k)
chibo.dataset.Dataset.read = classmethod(counting)
results = []
barrier = threading.Barrier(16)
def worker():
    barrier.wait()
    results.append(chibo.load())
threads = [threading.Thread(target=worker) for _ in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
print(len(calls), len({id(r) for r in results}), len(results))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["1", "1", "16"]


def test_first_relations_answer_from_many_threads_reads_once() -> None:
    code = """
import threading, chibo, chibo.loader
calls = []
original = chibo.loader.read_collection
def counting(*a, **k):
    calls.append(a[1])
    return original(*a, **k)
chibo.loader.read_collection = counting
results = []
barrier = threading.Barrier(16)
def worker():
    barrier.wait()
    results.append(chibo.relations_history())
threads = [threading.Thread(target=worker) for _ in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
print(calls, len({id(r) for r in results}), len(results), chibo._bundled is None)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["['relations.json']", "1", "16", "True"]


def test_nothing_returned_is_mutable(ds: chibo.Dataset) -> None:
    for name in COLLECTIONS:
        assert isinstance(getattr(ds.records, name), tuple)
    with pytest.raises(AttributeError):
        ds.people[0].name = "x"  # type: ignore[misc]
    assert isinstance(chibo.events(), tuple)
    assert isinstance(chibo.timeline(), tuple)


class TestOverlay:
    def overlay(self, make_dir: MakeDir, **files: Any) -> Path:
        return make_dir(files)

    def test_new_records_may_reference_bundled_ones(self, make_dir: MakeDir) -> None:
        root = self.overlay(
            make_dir,
            sources=[
                {
                    "id": "my-src",
                    "url": "https://example.org/x",
                    "title": "X",
                    "publisher": "Me",
                    "published": "2026-04-01",
                    "language": "en",
                }
            ],
            events=[
                {
                    "id": "my-event",
                    "kind": "meeting",
                    "title": "Another meeting",
                    "status": "held",
                    "date": "2026-04-01",
                    "participants": ["rodrigo-paz", "jose-antonio-kast"],
                    "countries": ["BO", "CL"],
                    "sources": ["my-src"],
                }
            ],
        )
        ds = chibo.load(root, extends=chibo.load())
        assert ds.get("my-event").participants == ("rodrigo-paz", "jose-antonio-kast")  # type: ignore[union-attr]
        assert len(ds.people) == len(chibo.load().people)

    def test_colliding_id_is_an_error_unless_replaced(self, make_dir: MakeDir) -> None:
        base = chibo.load()
        person = chibo.codec.unstructure(base.person("rodrigo-paz"))
        person["aliases"] = [*person["aliases"], "RPP"]
        root = self.overlay(make_dir, people=[person])
        with pytest.raises(chibo.DataError, match="already in the base dataset"):
            chibo.load(root, extends=base)
        replaced = chibo.load(root, extends=base, replace=["rodrigo-paz"])
        assert "RPP" in replaced.person("rodrigo-paz").aliases

    def test_overlay_is_validated_as_a_whole(self, make_dir: MakeDir) -> None:
        root = self.overlay(
            make_dir,
            terms=[
                {
                    "id": "bad-term",
                    "person": "gabriel-boric",
                    "office": "bo-president",
                    "start": "2026-01-01",
                    "sources": ["src-elciudadano-2025-12-cancilleres-en"],
                }
            ],
        )
        with pytest.raises(chibo.DataError, match="overlaps"):
            chibo.load(root, extends=chibo.load())
