"""chibo._loader: reading a data directory; ``import chibo`` reads nothing."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import chibo
from chibo._layout import COLLECTIONS
from tests.helpers import Data, MakeDir, run_python


def test_import_parses_nothing() -> None:
    code = "import sys, chibo; print(chibo._bundled is None, 'chibo.dataset' in sys.modules, 'pendulum' in sys.modules)"
    out = run_python(code)
    assert out.split() == ["True", "False", "False"]


def test_bundled_data_dir_is_what_importlib_resources_names() -> None:
    from importlib.resources import files

    assert Path(str(chibo._data_dir())) == Path(str(files("chibo").joinpath("data")))


def test_not_a_directory(tmp_path: Path) -> None:
    with pytest.raises(chibo.DataError, match="not a directory"):
        chibo.load(tmp_path / "nowhere")


def test_read_collection_reads_one_file(make_dir: MakeDir, mini: Data) -> None:
    from chibo._loader import read_collection
    from chibo.errors import Problem

    problems: list[Problem] = []
    root = make_dir(mini)
    people = read_collection(root / "people.json", "people.json", chibo.Person, problems)
    assert problems == []
    assert [p.id for p in people] == ["ana", "beto"]


def test_a_record_that_is_not_an_object_is_a_problem_not_a_crash(make_dir: MakeDir, mini: Data) -> None:
    from chibo._loader import read_collection
    from chibo.errors import Problem

    mini["people"].append("zed")
    problems: list[Problem] = []
    root = make_dir(mini)
    people = read_collection(root / "people.json", "people.json", chibo.Person, problems)
    assert [p.id for p in people] == ["ana", "beto"]
    assert [str(p) for p in problems] == ["people.json: #2: $: expected an object, got str"]


def test_file_of_names_the_file_a_record_came_from(make_dir: MakeDir, mini: Data) -> None:
    base = chibo.load(make_dir(mini))
    assert base.file_of("ana") == "people.json"
    assert base.file_of("bo-2025") == "elections.json"
    assert base.file_of("nobody") is None
    overlay = {"people": [{"id": "carla", "name": "Carla Soto", "sources": ["s1"]}]}
    both = chibo.load(make_dir(overlay), extends=base)
    assert (both.file_of("carla"), both.file_of("ana")) == ("people.json", "people.json")


def test_from_records_validates_records_as_a_whole(small: chibo.Dataset) -> None:
    records = {name: getattr(small.records, name) for name in COLLECTIONS}
    again = chibo.Dataset.from_records(small.info, records)
    assert again.records == small.records
    terms = records["terms"]
    records["terms"] = (*terms, attrs.evolve(terms[0], id="t3"))  # the same seat held twice at once
    with pytest.raises(chibo.DataError, match=r"t3: \$\.start: overlaps t1"):
        chibo.Dataset.from_records(small.info, records)
