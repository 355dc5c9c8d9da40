"""What chibo knows: declared coverage, recorded vacancies, the horizon (chibo.knowledge).

Each case listed in the coverage issue is pinned here.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path
from typing import Any

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chibo

DATA = Path(chibo.__file__).parent / "data"


def test_outside_coverage_is_not_covered_not_nobody() -> None:
    with pytest.raises(chibo.NotCovered) as caught:
        chibo.holder("president", "CL", on="1816-01-01")
    assert caught.value.subject == "cl-president"
    assert "covered from 1817-02-16" in str(caught.value)


def test_outside_coverage_names_the_terms_recorded_that_day() -> None:
    # Bolivia's foreign ministers of 1976-78 are attested, not declared complete.
    for ask in (
        lambda: chibo.holder("foreign_minister", "BO", on="1977-06-01"),
        lambda: chibo.terms(role="foreign_minister", country="BO", on="1977-06-01"),
    ):
        with pytest.raises(chibo.NotCovered) as caught:
            ask()
        assert caught.value.attested == ("term-oscar-adriazola-bo-foreign-minister-1976",)
        assert "no claim that the record is complete: Oscar Adriázola" in str(caught.value)
    # a term whose year-only dates may not cover the day is not named
    with pytest.raises(chibo.NotCovered) as caught:
        chibo.holder("foreign_minister", "BO", on="1976-01-01")
    assert caught.value.attested == ()
    with pytest.raises(chibo.NotCovered) as caught:
        chibo.holder("president", "CL", on="1816-01-01")
    assert caught.value.attested == ()


def test_a_real_vacancy_is_none_with_its_source() -> None:
    assert chibo.holder("president", "BO", on="2019-11-11") is None
    answer = chibo.incumbency("president", "BO", on="2019-11-11")
    assert answer.vacant
    assert answer.vacancy is not None
    assert answer.vacancy.sources


def test_unknown_country_and_missing_office_are_not_found() -> None:
    with pytest.raises(chibo.NotFound) as caught:
        chibo.holder("president", "UK")
    assert caught.value.kind == "country"
    with pytest.raises(chibo.NotFound):
        chibo.holder("president", "XX")
    with pytest.raises(chibo.NotFound) as office:
        chibo.holder("attorney_general", "PY", on="2025-01-01")
    assert office.value.kind == "office"


@pytest.mark.parametrize(
    ("role", "country", "day"), [("president", "BO", "2099-12-31"), ("president", "AR", "2031-01-01")]
)
def test_the_far_future_is_not_covered(role: str, country: str, day: str) -> None:
    with pytest.raises(chibo.NotCovered, match="after the data's as-of day"):
        chibo.holder(role, country, on=day)


def test_past_the_as_of_day_only_scheduled_terms_answer() -> None:
    ds = chibo.load()
    day = ds.info.as_of.earliest.add(days=3)
    answer = ds.incumbency("president", "BO", on=day)
    assert answer.scheduled
    assert answer.person == "rodrigo-paz"
    with pytest.raises(chibo.NotCovered):  # foreign ministers serve at the president's pleasure
        ds.holder("foreign_minister", "BO", on=day)


def test_today_in_the_latest_time_zone_is_not_the_future() -> None:
    latest = chibo.dates.latest_today()
    assert chibo.relations_status(latest).level is not None
    with pytest.raises(chibo.OutOfRange):
        chibo.relations_status(latest + dt.timedelta(days=1))


def test_last_meeting_of_foreign_ministers_decides_roles_from_terms() -> None:
    found = chibo.last_meeting(role="foreign_minister", before="2011-01-18")
    assert found is not None
    assert found.id == "2011-01-17-choquehuanca-moreno-santiago"


def test_a_round_that_did_not_decide_has_no_winner() -> None:
    first = chibo.election("CL", 2025).round(1)
    assert first.winner is None
    assert first.leader == "jeannette-jara"
    assert set(first.advanced) == {"jeannette-jara", "jose-antonio-kast"}
    assert chibo.election("CL", 2025).winner == "jose-antonio-kast"


def test_an_annulled_election_elected_nobody() -> None:
    annulled = chibo.election("BO", 2019)
    assert annulled.annulled
    assert annulled.winner is None
    assert annulled.note
    assert "annul" in annulled.note.lower()


def test_congress_chose_before_2009() -> None:
    election = chibo.election("BO", 1989)
    last = election.rounds[-1]
    assert last.kind is chibo.RoundKind.CONGRESS
    assert election.winner == "jaime-paz-zamora"
    assert election.rounds[0].winner is None


def test_meetings_need_officials_of_both_countries() -> None:
    ids = {e.id for e in chibo.meetings(between=("BO", "CL"))}
    assert "2026-03-16-kast-launches-escudo-fronterizo-chacalluta" not in ids
    assert "2015-10-29-choquehuanca-santiago-unofficial" not in ids
    assert "2026-01-15-fm-meeting-santiago" in ids


def test_the_view_of_the_as_of_day_is_the_dataset() -> None:
    ds = chibo.load()
    assert len(chibo.meetings()) == len(chibo.meetings(as_of=str(ds.info.as_of)))


def test_an_announced_inauguration_is_known_in_the_view() -> None:
    view = chibo.load().as_of("2025-12-23")
    assert view.holder("president", "CL", on="2026-03-12").id == "jose-antonio-kast"  # type: ignore[union-attr]


def test_the_paz_kast_call_tells_one_story() -> None:
    claim = chibo.get("claim-paz-kast-phone-call")
    event = chibo.get("2025-12-paz-kast-phone-call")
    assert isinstance(claim, chibo.Claim)
    assert isinstance(event, chibo.Event)
    assert event.status is chibo.EventStatus.HELD
    assert claim.verdict is chibo.Verdict.CONFIRMED
    assert claim.check is not None
    assert claim.check.record == event.id


def test_a_stored_verdict_that_disagrees_with_its_check_is_invalid(mini: dict, make_dir) -> None:  # type: ignore[no-untyped-def,type-arg]
    mini["claims"][0]["check"] = {"record": "meeting", "field": "status", "value": "cancelled"}
    with pytest.raises(chibo.DataError, match="the data gives contradicted"):
        chibo.load(make_dir(mini))


def test_a_gap_inside_declared_coverage_is_invalid(mini: dict, make_dir) -> None:  # type: ignore[no-untyped-def,type-arg]
    mini["terms"][1]["start"] = "2025-11-20"
    with pytest.raises(chibo.DataError, match="no term or vacancy from 2025-11-09 to 2025-11-19"):
        chibo.load(make_dir(mini))


def test_coverage_is_listed_by_kind() -> None:
    kinds = {c.kind for c in chibo.coverage()}
    assert kinds == set(chibo.CoverageKind)
    (events,) = chibo.coverage(kind="selection", subject="events")
    assert not events.complete
    with pytest.raises(chibo.InvalidQuery):
        chibo.coverage(kind="everything")


def test_elections_inside_coverage_without_an_election_are_not_found() -> None:
    with pytest.raises(chibo.NotFound):
        chibo.election("BO", 1999)
    assert chibo.elections("BO", "2019")[0].id.startswith("bo-2019")
    with pytest.raises(chibo.NotCovered):
        chibo.elections("CL", 1970)


def test_every_released_id_still_resolves() -> None:
    ds = chibo.load()
    released = json.loads((DATA / "released-ids.json").read_text(encoding="utf-8"))
    assert "0.2.0" in released
    for version, ids in released.items():
        for record_id in ids:
            assert ds.resolve(record_id) in ds, (version, record_id)


def test_a_redirect_is_followed_and_said() -> None:
    with pytest.warns(chibo.RedirectWarning, match="bo-cl-1843-minister"):
        period = chibo.get("bo-cl-1845-charge-d-affaires")
    assert period.id == "bo-cl-1843-minister"


def test_errors_and_dataset_survive_pickle() -> None:
    ds = chibo.load()
    again = pickle.loads(pickle.dumps(ds))
    assert len(again) == len(ds)
    with pytest.raises(chibo.NotCovered) as not_covered:
        ds.holder("president", "CL", on="1700-01-01")
    copy = pickle.loads(pickle.dumps(not_covered.value))
    assert str(copy) == str(not_covered.value)
    assert copy.subject == not_covered.value.subject
    with pytest.raises(chibo.NotFound) as not_found:
        ds.get("no-such-id")
    again = pickle.loads(pickle.dumps(not_found.value))
    assert str(again) == str(not_found.value)
    assert again.kind == "record"


def test_dataset_is_read_only() -> None:
    ds = chibo.load()
    with pytest.raises(AttributeError, match="read-only"):
        ds.info = ds.info


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1817, 1, 1), max_value=dt.date(2026, 11, 30)), st.sampled_from(["BO", "CL"]))
def test_the_indexed_holder_is_the_one_a_full_scan_finds(day: dt.date, country: str) -> None:
    """holder() skips the terms begun later with a bisect; a scan of every term agrees."""
    ds = chibo.load()
    try:
        answer = ds.incumbency("president", country, on=day)
    except chibo.NotCovered:
        return
    if answer.term is None:
        return
    when = pendulum.Date(day.year, day.month, day.day)
    covering = [t for t in ds.terms(role="president", country=country) if t.covers(when)]
    assert answer.term in covering
    assert answer.term.start == max(t.start for t in covering if t.start is not None)


@pytest.mark.parametrize(
    "ask",
    [
        lambda: chibo.events(country="XX"),
        lambda: chibo.meetings(between=("BO", "XX")),
        lambda: chibo.decrees("XX"),
    ],
)
def test_an_unknown_country_is_not_found_never_an_empty_answer(ask: Any) -> None:
    with pytest.raises(chibo.NotFound, match="no country 'XX'"):
        ask()


def test_attested_terms_hold_under_every_date_a_source_gives() -> None:
    # Salas Edwards's end is 12 July 1907; a kept alternative ends it on 12 June 1907.
    with pytest.raises(chibo.NotCovered) as caught:
        chibo.holder("foreign_minister", "CL", on="1907-06-20")
    assert caught.value.attested == ()
    term = chibo.get("term-ricardo-salas-edwards-cl-foreign-minister-1906")
    assert isinstance(term, chibo.Term)
    assert term.covers(pendulum.Date(1907, 6, 20))


def test_terms_of_one_office_claim_completeness_like_a_role() -> None:
    second = chibo.terms(office="bo-second-vice-president", on="1910-01-01")
    assert [t.person for t in second] == ["juan-misael-saracho"]
    with pytest.raises(chibo.NotCovered) as caught:
        chibo.terms(office="bo-foreign-minister", on="1977-06-01")
    assert caught.value.attested == ("term-oscar-adriazola-bo-foreign-minister-1976",)
    with pytest.raises(chibo.NotFound) as missing:
        chibo.terms(office="bo-foreign-ministre")
    assert missing.value.kind == "office"
    assert "bo-foreign-minister" in missing.value.suggestions
    # without role or office the answer is a listing, complete or not
    assert chibo.terms(country="BO", on="1841-09-24") == ()


def test_an_office_id_in_capitals_is_the_office() -> None:
    assert chibo.terms(office="BO-PRESIDENT", on="2026-01-01") == chibo.terms(office="bo-president", on="2026-01-01")
