"""chibo._layout: the collections of a data directory and the files that hold them."""

from __future__ import annotations

import typing
from importlib.resources import files

import chibo
from chibo._layout import COLLECTIONS, METADATA_FILE, OPTIONAL, REDIRECTS_FILE, RELEASED_FILE, RecordType
from tests.helpers import Data, MakeDir


def test_each_bundled_data_file_is_a_collection_or_a_known_extra() -> None:
    names = {entry.name for entry in files("chibo").joinpath("data").iterdir() if entry.name.endswith(".json")}
    collections = {f"{name}.json" for name in COLLECTIONS}
    assert collections <= names
    assert names - collections <= {METADATA_FILE, REDIRECTS_FILE, RELEASED_FILE}


def test_optional_collections_are_collections() -> None:
    assert set(COLLECTIONS) >= OPTIONAL


def test_record_type_is_the_union_of_the_collection_classes() -> None:
    assert set(typing.get_args(RecordType)) == set(COLLECTIONS.values())
    assert chibo.RecordType is RecordType


def test_a_directory_without_the_optional_files_loads(make_dir: MakeDir, mini: Data) -> None:
    for name in OPTIONAL:
        mini.pop(name)
    ds = chibo.load(make_dir(mini))
    for name in OPTIONAL:
        assert getattr(ds.records, name) == ()
