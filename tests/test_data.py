"""Invariants over the whole bundled dataset, and spot checks of facts across both countries and decades."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pendulum
import pytest

import chibo

SEED = "src-elciudadano-2025-12-cancilleres-en"


def _all_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _all_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _all_strings(v)]
    return []


def test_info(ds: chibo.Dataset) -> None:
    assert ds.info.as_of.is_day
    assert ds.version.count(".") == 2


def test_floor_of_sixty_distinct_source_urls(ds: chibo.Dataset) -> None:
    assert len({s.url for s in ds.sources}) >= 60


def test_every_record_cites_a_source_that_resolves(ds: chibo.Dataset) -> None:
    for name in chibo._layout.COLLECTIONS:
        if name == "sources":
            continue
        for record in getattr(ds.records, name):
            assert record.sources
            assert all(isinstance(ds.get(s), chibo.Source) for s in record.sources)


def test_imprecise_dates_keep_their_precision() -> None:
    periods = {p.id: p for p in chibo.relations_history()}
    assert str(periods["bo-cl-1962-none"].start) == "1962-04"
    assert periods["bo-cl-1962-none"].start.precision is chibo.Precision.MONTH
    call = chibo.get("2025-12-paz-kast-phone-call")
    assert isinstance(call, chibo.Event)
    assert str(call.date) == "2025-12"


def test_single_seat_terms_never_overlap(ds: chibo.Dataset) -> None:
    for office in ds.offices:
        if not office.single_seat:
            continue
        # by the latest day each may have begun ("1926" after "1926-02-04"); a pair fails only
        # when the two surely overlap, whatever day an imprecise date stands for
        terms = sorted(
            (t for t in ds.records.terms if t.office == office.id and t.start is not None),
            key=lambda t: (t.start.latest if t.start else None, t.id),
        )
        for earlier, later in itertools.pairwise(terms):
            if earlier.end_unknown or (earlier.organization and earlier.organization == later.organization):
                continue  # ended on a day no source gives; or co-presidents of one junta
            assert earlier.end is not None, f"{earlier.id} is open but {later.id} follows"
            assert later.start is not None
            assert earlier.start is not None
            surely_overlap = later.start.latest < earlier.end.earliest and (
                later.end is None or earlier.start.latest < later.end.earliest
            )
            assert not surely_overlap, (earlier.id, later.id)


def test_relations_contiguous_from_first_to_today(ds: chibo.Dataset) -> None:
    periods = ds.relations_history()
    assert periods[0].start.year < 1879
    for earlier, later in itertools.pairwise(periods):
        assert earlier.end == later.start
    assert periods[-1].end is None


def test_official_shares_sum_to_100(ds: chibo.Dataset) -> None:
    for election in ds.records.elections:
        for round_ in election.rounds:
            official = round_.official
            if official is None or any(r.share is None for r in official.results):
                continue
            total = sum(r.share for r in official.results if r.share is not None)
            if official.complete:
                assert total == pytest.approx(100, abs=0.6), (election.id, round_.number, total)
            else:
                assert 50 < total <= 100.6, (election.id, round_.number, total)


def test_event_participants_were_alive(ds: chibo.Dataset) -> None:
    for event in ds.records.events:
        if event.date is None or event.status is not chibo.EventStatus.HELD:
            continue
        for person_id in event.participants:
            person = ds.person(person_id)
            if person.birth_date is not None:
                assert person.birth_date.earliest <= event.date.latest, (event.id, person_id)
            if person.death_date is not None:
                assert event.date.earliest <= person.death_date.latest, (event.id, person_id)


def test_holders_in_meetings_were_in_office(ds: chibo.Dataset) -> None:
    meeting = ds.get("2026-01-15-fm-meeting-santiago")
    assert isinstance(meeting, chibo.Event)
    assert meeting.date is not None
    day = meeting.date.earliest
    assert ds.holder("foreign_minister", "BO", on=day).id in meeting.participants  # type: ignore[union-attr]
    assert ds.holder("foreign_minister", "CL", on=day).id in meeting.participants  # type: ignore[union-attr]


# -- spot facts --------------------------------------------------------------------


@pytest.mark.parametrize("year", [1990, 2000, 2006, 2018, 2025])
def test_no_ambassadors_since_1978(year: int) -> None:
    assert chibo.relations_status(year).level is chibo.RelationsLevel.CONSULAR


@pytest.mark.parametrize(
    ("when", "level"), [("1975-02-08", "ambassador"), ("1978-03-17", "consular"), (1970, "none"), (1950, "ambassador")]
)
def test_turning_points(when: int | str, level: str) -> None:
    assert chibo.relations_status(when).level.value == level


@pytest.mark.parametrize(
    ("role", "country", "day", "person"),
    [
        ("president", "BO", "1990-01-01", "jaime-paz-zamora"),
        ("president", "BO", "2020-01-01", "jeanine-anez"),
        ("president", "BO", "2025-11-07", "luis-arce"),
        ("president", "BO", "2025-11-08", "rodrigo-paz"),
        ("president", "CL", "2007-01-01", "michelle-bachelet"),
        ("president", "PE", "2025-12-22", "jose-jeri"),
        ("president", "AR", "2025-12-16", "javier-milei"),
        ("president", "EC", "2025-12-23", "daniel-noboa"),
        ("foreign_minister", "CL", "2026-01-15", "alberto-van-klaveren"),
        ("foreign_minister", "BO", "2022-07-21", "rogelio-mayta"),
        ("attorney_general", "CL", "2025-12-16", "angel-valencia"),
        ("attorney_general", "BO", "2025-12-16", "roger-mariaca"),
        ("vice_president", "BO", "2026-01-01", "edmand-lara"),
        ("president", "PE", "2026-07-27", "jose-maria-balcazar"),
        ("president", "PY", "2026-03-11", "santiago-pena"),
    ],
)
def test_holders(role: str, country: str, day: str, person: str) -> None:
    holder = chibo.holder(role, country, on=day)
    assert holder is not None
    assert holder.id == person


def test_peru_after_balcazars_scheduled_end_is_unknown() -> None:
    """No source read reports the July 2026 handover: the dataset answers None, not Balcázar."""
    term = chibo.get("term-jose-maria-balcazar-pe-president-2026")
    assert isinstance(term, chibo.Term)
    assert term.end is None
    assert str(term.scheduled_end) == "2026-07-28"
    assert [a.value for a in term.alternatives_for("scheduled_end")] == ["2026-07-26"]
    with pytest.raises(chibo.NotCovered, match="2026-07-27"):
        chibo.holder("president", "PE", on="2026-07-29")


def test_chile_has_no_vice_president_since_1833() -> None:
    with pytest.raises(chibo.NotFound, match="abolished in 1833") as caught:
        chibo.holder("vice_president", "CL", on="2025-01-01")
    assert caught.value.kind == "office"


def test_a_role_a_country_never_had_is_not_found() -> None:
    with pytest.raises(chibo.NotFound, match="no office of attorney_general in PY") as caught:
        chibo.holder("attorney_general", "PY", on="2025-01-01")
    assert "president" in caught.value.suggestions


def test_rodrigo_paz() -> None:
    paz = chibo.get("rodrigo-paz")
    assert isinstance(paz, chibo.Person)
    assert str(paz.birth_date) == "1967-09-22"
    assert "Santiago de Compostela" in (paz.birth_place or "")
    assert paz.age(pendulum.Date(2025, 12, 22)) == 58


def test_bolivia_2025_runoff_counts() -> None:
    runoff = chibo.election("BO", 2025).round(2)
    assert str(runoff.date) == "2025-10-19"
    official = runoff.official
    assert official is not None
    paz = official.result_for("rodrigo-paz")
    assert paz is not None
    assert paz.votes == 3_519_534
    assert paz.share == pytest.approx(54.96)
    prelim_shares = {c.result_for("rodrigo-paz").share for c in runoff.preliminary if c.result_for("rodrigo-paz")}  # type: ignore[union-attr]
    assert 54.53 in prelim_shares


def test_chile_2025_runoff() -> None:
    runoff = chibo.election("CL", 2025).round(2)
    assert str(runoff.date) == "2025-12-14"
    assert runoff.winner == "jose-antonio-kast"


def test_decree_5503_replaced_by_5516() -> None:
    d = chibo.decree("BO", "5503")
    assert str(d.issued) == "2025-12-17"
    assert d.repealed_by == "bo-ds-5516"
    assert str(d.repealed_on) == "2026-01-13"
    assert chibo.decree("BO", "5516").status is chibo.DecreeStatus.IN_FORCE


def test_foreign_ministers_met_in_santiago() -> None:
    meeting = chibo.get("2026-01-15-fm-meeting-santiago")
    assert isinstance(meeting, chibo.Event)
    assert meeting.status is chibo.EventStatus.HELD
    assert str(meeting.date) == "2026-01-15"
    assert "Santiago" in (meeting.place or "")
    assert {"fernando-aramayo", "alberto-van-klaveren"} <= set(meeting.participants)
    assert meeting.history[0].status is chibo.EventStatus.PLANNED


def test_icj_judgments() -> None:
    rulings = {str(e.date) for e in chibo.events(kind="court_ruling", between=("BO", "CL"))}
    assert {"2018-10-01", "2022-12-01"} <= rulings


def test_border_lengths_disagree() -> None:
    border = chibo.load().get("border-bo-cl")
    assert isinstance(border, chibo.Border)
    assert {861, 942} <= {length.km for length in border.lengths}
    assert border.length_km == 942


def test_seed_article_claims(ds: chibo.Dataset) -> None:
    claims = ds.claims(source=SEED)
    assert len(claims) >= 20
    verdicts = {c.verdict for c in claims}
    assert {
        chibo.Verdict.CONFIRMED,
        chibo.Verdict.CONTRADICTED,
        chibo.Verdict.DISPUTED,
        chibo.Verdict.UNVERIFIED,
    } <= verdicts


def test_docs_coverage_table_matches_the_data() -> None:
    """docs/data.md's counts are the data's (``python tools/doc_counts.py`` rewrites them)."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "data.md").read_text(encoding="utf-8")
    ds = chibo.load()
    assert f"Dataset **{ds.version}**, as of **{ds.info.as_of}**" in page
    rows = re.findall(r"^\| (`[^|]+) \|[^|]*\| ([\d, ]+) \|$", page, re.MULTILINE)
    assert len(rows) >= 10
    for names, counts in rows:
        collections = re.findall(r"`(\w+)`", names)
        numbers = [int(n) for n in counts.split(",")]
        assert len(collections) == len(numbers), names
        for collection, number in zip(collections, numbers, strict=True):
            assert len(getattr(ds.records, collection)) == number, collection


_RANK_LEVEL = {
    chibo.MissionRank.AMBASSADOR: chibo.RelationsLevel.AMBASSADOR,
    chibo.MissionRank.MINISTER: chibo.RelationsLevel.MINISTER,
    chibo.MissionRank.CHARGE_D_AFFAIRES: chibo.RelationsLevel.CHARGE_D_AFFAIRES,
}
_ORDER = list(chibo.RelationsLevel)


def test_relations_levels_agree_with_the_envoys(ds: chibo.Dataset) -> None:
    """A head of mission's rank never exceeds the level of relations when the mission began,
    and no diplomatic envoy begins a mission while relations are broken or consular only."""
    offices = {"bo-head-of-mission-cl", "cl-head-of-mission-bo"}
    checked = 0
    for term in ds.records.terms:
        if term.office not in offices or term.start is None or term.rank not in _RANK_LEVEL:
            continue
        assert term.rank is not None
        status = ds.relations_status(term.start.latest)
        if not status.certain:
            continue
        assert _ORDER.index(_RANK_LEVEL[term.rank]) <= _ORDER.index(status.level), (term.id, status.period)
        checked += 1
    assert checked >= 5


def test_decree_21060_of_1985() -> None:
    d = chibo.decree("BO", "21060")
    assert str(d.issued) == "1985-08-29"
    assert d.issuer == "victor-paz-estenssoro"


def test_turnout_agrees_with_the_votes_cast(ds: chibo.Dataset) -> None:
    """Where a count gives its turnout and every part of the votes cast (issue 12), the two agree
    to within a quarter of a point (sources round, and a few correct the registry later)."""
    checked = 0
    for election in ds.records.elections:
        for round_ in election.rounds:
            for count in round_.counts:
                parts = (count.valid, count.blank, count.null_votes)
                if count.turnout is None or count.registered is None or None in parts:
                    continue
                cast = sum(p for p in parts if p is not None)
                assert abs(100 * cast / count.registered - count.turnout) < 0.25, (election.id, round_.number)
                checked += 1
    assert checked >= 20


def test_elections_lie_inside_the_declared_coverage(ds: chibo.Dataset) -> None:
    for election in ds.records.elections:
        spans = ds.coverage(kind="elections", subject=election.country)
        assert any(
            c.start is not None
            and c.start.earliest <= election.date.earliest
            and (c.end is None or election.date.latest <= c.end.latest)
            for c in spans
        ), election.id


def test_an_open_term_is_a_current_one(ds: chibo.Dataset) -> None:
    """A term with no end and no ``end_unknown`` means "still in office" (the Term docstring):
    it is the last of its office, its holder is alive, and an attestation without a start is a
    recent one. Historical attestations carry ``end_unknown`` (the tester's finding of 0.5.0)."""
    for term in ds.records.terms:
        if term.end is not None or term.end_unknown:
            continue
        person = ds.person(term.person)
        assert person.death_date is None, term.id
        if term.start is None:
            assert term.id.endswith(("-2025", "-2026")), term.id
            continue
        for other in ds.records.terms:
            if other.office == term.office and other is not term and other.start is not None:
                assert other.start.earliest <= term.start.latest, (term.id, other.id)
