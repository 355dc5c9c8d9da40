"""Claims whose verdict a query can decide are recomputed here, so data and verdict cannot drift apart."""

from __future__ import annotations

import pendulum

import chibo

ARTICLE_DAY = pendulum.Date(2025, 12, 22)  # the El Deber interview the article relays


def verdict(claim_id: str) -> chibo.Verdict:
    claim = chibo.get(claim_id)
    assert isinstance(claim, chibo.Claim)
    return claim.verdict


def test_first_fm_meeting_in_25_years() -> None:
    last = chibo.last_meeting(role="foreign_minister", before=ARTICLE_DAY.subtract(days=21))
    assert last is not None
    assert last.date is not None
    within_25_years = last.date.earliest > ARTICLE_DAY.subtract(years=25)
    assert within_25_years
    assert verdict("claim-first-fm-meeting-in-25-years") is chibo.Verdict.CONTRADICTED


def test_paz_age_57() -> None:
    age = chibo.load().person("rodrigo-paz").age(ARTICLE_DAY)
    assert age == 58
    assert verdict("claim-paz-age-57") is (chibo.Verdict.CONFIRMED if age == 57 else chibo.Verdict.CONTRADICTED)


def test_paz_took_office_november_9() -> None:
    (term,) = chibo.terms(person="rodrigo-paz", role="president")
    assert str(term.start) == "2025-11-08"
    assert verdict("claim-paz-assumed-power-november-9") is chibo.Verdict.CONTRADICTED


def test_no_ambassadors_since_1962_except_1975_1978() -> None:
    ambassador_years = {
        year for year in range(1962, 2026) if chibo.relations_status(year).level is chibo.RelationsLevel.AMBASSADOR
    }
    assert ambassador_years == {1975, 1976, 1977}
    assert verdict("claim-no-ambassadors-since-1962-except-1975-1978") is chibo.Verdict.CONFIRMED


def test_runoff_on_october_19_won_by_paz() -> None:
    runoff = chibo.election("BO", 2025).round(2)
    assert str(runoff.date) == "2025-10-19"
    assert runoff.winner == "rodrigo-paz"
    assert verdict("claim-paz-won-runoff-october-19") is chibo.Verdict.CONFIRMED


def test_kast_inauguration_march_11() -> None:
    (term,) = chibo.terms(person="jose-antonio-kast", role="president")
    assert str(term.start) == "2026-03-11"
    assert verdict("claim-kast-inauguration-march-11") is chibo.Verdict.CONFIRMED


def test_border_over_900_km_is_disputed() -> None:
    border = chibo.get("border-bo-cl")
    assert isinstance(border, chibo.Border)
    over_900 = {length.km > 900 for length in border.lengths}
    assert over_900 == {True, False}  # sources disagree
    assert verdict("claim-border-over-900-km") is chibo.Verdict.DISPUTED
