"""chibo.model.relations: levels, periods and the Correlates of War codes."""

from __future__ import annotations

import pytest

import chibo


@pytest.mark.parametrize(
    ("level", "code"),
    [("none", 0), ("consular", 0), ("charge_d_affaires", 1), ("minister", 2), ("ambassador", 3)],
)
def test_cow_codes(level: str, code: int) -> None:
    assert chibo.RelationsLevel(level).cow_code == code


def test_a_period_and_a_status_carry_their_level_s_code() -> None:
    for period in chibo.relations_history():
        assert period.cow_code == period.level.cow_code
    status = chibo.relations_status(1976)
    assert status.cow_code == status.level.cow_code == 3


def test_a_period_may_not_end_before_it_starts() -> None:
    with pytest.raises(chibo.ChiboError, match="before start"):
        chibo.RelationsPeriod(
            id="r",
            countries=("BO", "CL"),
            level=chibo.RelationsLevel.CONSULAR,
            start=chibo.PartialDate.parse("1980"),
            end=chibo.PartialDate.parse("1979"),
            cause="x",
            sources=("s",),
        )
