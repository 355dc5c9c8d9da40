"""chibo.model.elections: results, counts, rounds and elections."""

from __future__ import annotations

import pytest

import chibo


def _count(*shares: tuple[str, float], stage: str = "official") -> chibo.Count:
    results = tuple(chibo.Result(candidate=who, share=share) for who, share in shares)
    return chibo.Count(stage=chibo.CountStage(stage), source="s", results=results)


def test_the_leader_of_a_count_and_a_tie() -> None:
    assert _count(("a", 40.0), ("b", 60.0)).leader == "b"
    assert _count(("a", 50.0), ("b", 50.0)).leader is None


def test_a_candidate_listed_twice_is_refused() -> None:
    with pytest.raises(chibo.ChiboError, match="listed twice"):
        _count(("a", 40.0), ("a", 60.0))


def test_only_a_deciding_round_has_a_winner() -> None:
    date = chibo.PartialDate.parse("2025-08-17")
    first = chibo.Round(number=1, date=date, counts=(_count(("a", 40.0), ("b", 30.0)),), advanced=("a", "b"))
    assert (first.leader, first.winner) == ("a", None)
    deciding = chibo.Round(number=1, date=date, counts=(_count(("a", 60.0), ("b", 40.0)),), decided=True)
    assert deciding.winner == "a"
    only_preliminary = chibo.Round(number=1, date=date, counts=(_count(("a", 60.0), stage="preliminary"),))
    assert (only_preliminary.official, only_preliminary.leader) == (None, None)
    assert len(only_preliminary.preliminary) == 1


def test_the_reference_count_is_official_else_the_latest_preliminary() -> None:
    date = chibo.PartialDate.parse("2025-08-17")

    def count(stage: str, reported: str, *who: str) -> chibo.Count:
        results = tuple(chibo.Result(candidate=w, share=50.0) for w in who)
        return chibo.Count(
            stage=chibo.CountStage(stage), source="s", reported=chibo.PartialDate.parse(reported), results=results
        )

    early, late = count("preliminary", "2025-08-17", "a", "b"), count("preliminary", "2025-08-18", "a")
    official = count("official", "2025-08-20", "a", "b")
    assert chibo.Round(number=1, date=date, counts=(late, early)).reference_count() is late
    assert chibo.Round(number=1, date=date, counts=(early, late)).reference_count("b") is early
    with_official = chibo.Round(number=1, date=date, counts=(early, official, late))
    assert with_official.reference_count() is official
    assert with_official.reference_count("c") is None
    same_day = count("preliminary", "2025-08-18", "a")
    advanced = chibo.Count(
        stage=chibo.CountStage.PRELIMINARY, source="s", reported=late.reported, coverage=97.7, results=late.results
    )
    assert chibo.Round(number=1, date=date, counts=(advanced, same_day)).reference_count() is advanced
    assert chibo.Round(number=1, date=date, counts=(late, same_day)).reference_count() is same_day


def test_an_election_s_round_by_number() -> None:
    election = chibo.election("BO", 2025)
    assert election.round(2).number == 2
    with pytest.raises(chibo.NotFound, match="has no round 3") as caught:
        election.round(3)
    assert caught.value.kind == "round"
    with pytest.raises(chibo.InvalidQuery, match="whole number"):
        election.round(True)


def test_rounds_must_be_numbered_in_order() -> None:
    date = chibo.PartialDate.parse("2025")
    second = chibo.Round(number=2, date=date, counts=(_count(("a", 100.0)),))
    with pytest.raises(chibo.ChiboError, match="numbered 1, 2"):
        chibo.Election(id="e", country="BO", kind="general", title="E", rounds=(second,), sources=("s",))
