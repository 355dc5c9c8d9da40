"""chibo._validation: good data passes. (Each rule's refusal is a row of the table in test_bad_input.py.)"""

from __future__ import annotations

from typing import Any

import chibo
from tests.helpers import MakeDir


def test_mini_is_valid(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    ds = chibo.load(make_dir(mini))
    assert len(ds.people) == 2
    assert ds.info.version == "1.0.0"


def test_handover_day_is_not_an_overlap(make_dir: MakeDir, mini: dict[str, Any]) -> None:
    assert mini["terms"][0]["end"] == mini["terms"][1]["start"]
    chibo.load(make_dir(mini))
