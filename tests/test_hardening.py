"""Concurrency, immutability and overlays. (Bad input, fuzzing included, is in test_bad_input.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import chibo
from chibo._layout import COLLECTIONS
from tests.helpers import MakeDir, run_python


def test_first_use_from_many_threads_parses_once() -> None:
    code = """
import threading, chibo
calls = []
original = chibo._read_bundled
def counting():
    calls.append(1)
    return original()
chibo._read_bundled = counting
results = []
barrier = threading.Barrier(16)
def worker():
    barrier.wait()
    results.append(chibo.load())
threads = [threading.Thread(target=worker) for _ in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
print(len(calls), len({id(r) for r in results}), len(results))
"""
    assert run_python(code).split() == ["1", "1", "16"]


def test_first_relations_answer_from_many_threads_reads_once() -> None:
    code = """
import threading, chibo, chibo._loader
calls = []
original = chibo._loader.read_collection
def counting(*a, **k):
    calls.append(a[1])
    return original(*a, **k)
chibo._loader.read_collection = counting
results = []
barrier = threading.Barrier(16)
def worker():
    barrier.wait()
    results.append(chibo.relations_history())
threads = [threading.Thread(target=worker) for _ in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
print(calls, len({id(r) for r in results}), len(results), chibo._bundled is None)
"""
    assert run_python(code).split() == ["['relations.json']", "1", "16", "True"]


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
        person = chibo._codec.unstructure(base.person("rodrigo-paz"))
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
