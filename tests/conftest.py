"""Shared fixtures: the bundled dataset and a small valid data directory to break."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import chibo
from tests.helpers import MINI, Data, MakeDir, write_dataset


@pytest.fixture
def mini() -> Data:
    """A fresh deep copy of the small valid dataset, to be broken by a test."""
    return copy.deepcopy(MINI)


@pytest.fixture
def make_dir(tmp_path: Path) -> MakeDir:
    """Write a data dict to a new directory under ``tmp_path`` (a new one each call)."""
    counter = iter(range(1000))

    def make(data: Data) -> Path:
        return write_dataset(tmp_path / f"data{next(counter)}", data)

    return make


@pytest.fixture
def small(make_dir: MakeDir, mini: Data) -> chibo.Dataset:
    """The mini dataset, loaded."""
    return chibo.load(make_dir(mini))


@pytest.fixture(scope="session")
def ds() -> chibo.Dataset:
    """The bundled dataset."""
    return chibo.load()
