"""chibo.model.offices: terms, their bounds and their reports."""

from __future__ import annotations

import attrs
import pendulum
import pytest

import chibo


def test_scheduled_end_bounds_an_open_term(small: chibo.Dataset) -> None:
    term = small.get("t2")
    assert isinstance(term, chibo.Term)
    bounded = attrs.evolve(term, scheduled_end=chibo.PartialDate.parse("2030-11"))
    assert bounded.covers(pendulum.Date(2030, 10, 31))
    assert not bounded.lapsed(pendulum.Date(2030, 10, 31))
    assert bounded.lapsed(pendulum.Date(2030, 11, 1))  # the scheduled month may hold the hand-over day
    assert not bounded.covers(pendulum.Date(2030, 11, 1))
    ended = attrs.evolve(bounded, end=chibo.PartialDate.parse("2031-01-05"), end_reason=chibo.TermEnd.COMPLETED)
    assert ended.covers(pendulum.Date(2031, 1, 5))  # a recorded end wins over the scheduled one
    assert not ended.lapsed(pendulum.Date(2031, 1, 5))
    with pytest.raises(ValueError, match="scheduled_end"):
        attrs.evolve(term, scheduled_end=chibo.PartialDate.parse("2020"))
