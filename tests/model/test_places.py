"""chibo.model.places: countries and borders."""

from __future__ import annotations

import pytest

import chibo


def test_alpha2_is_deprecated_for_id() -> None:
    country = chibo.get("BO")
    assert isinstance(country, chibo.Country)
    with pytest.deprecated_call(match="use Country.id"):
        assert country.alpha2 == country.id == "BO"


def test_a_country_id_is_an_alpha2_code() -> None:
    with pytest.raises(chibo.ChiboError, match="ISO alpha-2"):
        chibo.Country(id="BOL", alpha3="BOL", name_en="Bolivia", name_es="Bolivia", sources=("s",))


def test_a_border_length_is_its_preferred_figure() -> None:
    lengths = (
        chibo.BorderLength(km=861.0, sources=("a",)),
        chibo.BorderLength(km=850.0, sources=("b",), preferred=True),
    )
    border = chibo.Border(id="bo-cl", countries=("BO", "CL"), lengths=lengths, sources=("a",))
    assert border.length_km == 850.0
    with pytest.raises(chibo.ChiboError, match="exactly one length"):
        chibo.Border(id="bo-cl", countries=("BO", "CL"), lengths=lengths[:1], sources=("a",))
