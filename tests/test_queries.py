"""The public query API, on the small fixture and on the bundled data."""

from __future__ import annotations

import pendulum
import pytest

import chibo


class TestOffices:
    def test_holder_on_handover_day_is_the_new_holder(self) -> None:
        before, after = (chibo.holder("president", "CL", on=day) for day in ("2026-03-10", "2026-03-11"))
        assert before is not None
        assert before.id == "gabriel-boric"
        assert after is not None
        assert after.id == "jose-antonio-kast"

    def test_holder_outside_coverage_is_not_covered(self, small: chibo.Dataset) -> None:
        with pytest.raises(chibo.NotCovered, match="covered from 2020-11-08") as caught:
            small.holder("president", "BO", on="1990-01-01")
        assert caught.value.subject == "bo-president"
        assert isinstance(caught.value, chibo.OutOfRange)
        assert small.holder("president", "bo", on="2021-01-01") is not None

    def test_unknown_role(self) -> None:
        with pytest.raises(chibo.InvalidQuery, match="unknown role"):
            chibo.holder("king", "BO")

    def test_role_with_several_posts(self) -> None:
        with pytest.raises(chibo.InvalidQuery, match="several posts"):
            chibo.holder("minister", "BO", on="2026-01-01")

    def test_terms_filters(self) -> None:
        terms = chibo.terms(role="foreign_minister", country="BO", on="2026-01-15")
        assert [t.person for t in terms] == ["fernando-aramayo"]
        assert all(t.person == "rodrigo-paz" for t in chibo.terms(person="rodrigo-paz"))


class TestElections:
    def test_rounds_and_counts(self) -> None:
        runoff = chibo.election("BO", 2025).round(2)
        assert runoff.official is not None
        assert runoff.winner == "rodrigo-paz"
        assert runoff.preliminary
        assert all(c.stage is chibo.CountStage.PRELIMINARY for c in runoff.preliminary)

    def test_filters(self) -> None:
        assert {e.id for e in chibo.elections(year=2025)} >= {"bo-2025-general"}
        assert all(e.country == "CL" for e in chibo.elections("cl"))
        with pytest.raises(chibo.NotFound, match="no presidential election in BO in 2023") as caught:
            chibo.election("BO", 2023)
        assert caught.value.kind == "election"
        with pytest.raises(chibo.NotCovered, match="elections of BO are covered from"):
            chibo.election("BO", 1975)


class TestEvents:
    def test_between_keeps_both_countries(self) -> None:
        for event in chibo.events(between=("BO", "CL")):
            assert {"BO", "CL"} <= set(event.countries)

    def test_meetings_only_meeting_kinds(self) -> None:
        kinds = {e.kind for e in chibo.meetings()}
        assert kinds <= chibo.model.MEETING_KINDS
        assert chibo.EventKind.STRIKE not in kinds

    def test_participant_and_year(self) -> None:
        found = chibo.meetings(participant="fernando-aramayo", year=2026)
        assert "2026-01-15-fm-meeting-santiago" in {e.id for e in found}
        with pytest.raises(chibo.NotFound):
            chibo.events(participant="nobody-at-all")

    def test_ordered_by_date(self) -> None:
        dated = [e.date for e in chibo.events() if e.date is not None]
        assert dated == sorted(dated)


class TestTimeline:
    def test_window_and_order(self) -> None:
        entries = chibo.timeline("2025-10", "2026-03")
        assert entries
        assert all(e.date.latest >= pendulum.Date(2025, 10, 1) for e in entries)
        assert all(e.date.earliest <= pendulum.Date(2026, 3, 31) for e in entries)
        assert [e.sort_key() for e in entries] == sorted(e.sort_key() for e in entries)

    def test_kinds_present(self) -> None:
        kinds = {e.kind for e in chibo.timeline("2025-10", "2026-03")}
        assert {
            chibo.EntryKind.EVENT,
            chibo.EntryKind.TERM_START,
            chibo.EntryKind.ELECTION_ROUND,
            chibo.EntryKind.DECREE_ISSUED,
            chibo.EntryKind.DECREE_REPEALED,
        } <= kinds
        assert chibo.EntryKind.RELATIONS_CHANGE in {e.kind for e in chibo.timeline("1975", "1978")}

    def test_country_filter(self) -> None:
        assert all("PE" in e.countries for e in chibo.timeline(country="pe"))


def test_decrees() -> None:
    d = chibo.decree("bo", 5503)
    assert d.repealed_by == "bo-ds-5516"
    assert d.status is chibo.DecreeStatus.REPEALED
    with pytest.raises(chibo.NotFound):
        chibo.decree("BO", 1)


def test_claims_filters() -> None:
    seed = "src-elciudadano-2025-12-cancilleres-en"
    assert all(c.source == seed for c in chibo.claims(source=seed))
    assert all(c.verdict is chibo.Verdict.CONTRADICTED for c in chibo.claims(verdict="contradicted"))
    with pytest.raises(chibo.InvalidQuery):
        chibo.claims(verdict="maybe")
