"""The public query API, on the small fixture and on the bundled data."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest

import chibo

MakeDir = Callable[[dict[str, Any]], Path]


@pytest.fixture
def small(make_dir: MakeDir, mini: dict[str, Any]) -> chibo.Dataset:
    return chibo.load(make_dir(mini))


def test_import_parses_nothing() -> None:
    import subprocess
    import sys

    code = "import sys, chibo; print(chibo._bundled is None, 'chibo.dataset' in sys.modules, 'pendulum' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]


def test_first_relations_answer_reads_relations_only() -> None:
    """relations_status/relations_history answer from relations.json alone until more is needed."""
    import subprocess
    import sys

    code = (
        "import json, sys, chibo\n"
        "s = chibo.relations_status(1976); h = chibo.relations_history()\n"
        "fast = (chibo._bundled is None, 'chibo.dataset' in sys.modules)\n"
        "full = chibo.load()\n"
        "print(json.dumps([*fast, s == full.relations_status(1976), h == full.relations_history(),"
        " chibo.relations_status(1976) == s]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [True, False, True, True, True]


def test_bundled_data_dir_is_what_importlib_resources_names() -> None:
    from importlib.resources import files

    assert Path(str(chibo._data_dir())) == Path(str(files("chibo").joinpath("data")))


def test_relations_only_read_still_validates(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A broken relations.json fails the fast path with the same DataError a full load gives."""
    broken = tmp_path / "chibo" / "data"
    broken.mkdir(parents=True)
    periods = json.loads((Path(chibo.__file__).parent / "data" / "relations.json").read_text(encoding="utf-8"))
    periods[3]["start"] = "1885"  # a gap after the previous period's end
    (broken / "relations.json").write_text(json.dumps(periods), encoding="utf-8")
    monkeypatch.setattr(chibo, "_relations", None)
    monkeypatch.setattr(chibo, "_bundled", None)
    monkeypatch.setattr(chibo, "_data_dir", lambda: broken)
    with pytest.raises(chibo.DataError, match="not contiguous"):
        chibo.relations_status(1976)


class TestRelations:
    def test_int_year_means_31_december(self) -> None:
        status = chibo.relations_status(1976)
        assert status.on == pendulum.Date(1976, 12, 31)
        assert status.level is chibo.RelationsLevel.AMBASSADOR
        assert status.cow_code == 3

    def test_year_of_change_reports_status_at_year_end(self) -> None:
        assert chibo.relations_status(1978).level is chibo.RelationsLevel.CONSULAR
        assert chibo.relations_status(1975).level is chibo.RelationsLevel.AMBASSADOR

    def test_dates_in_every_form(self) -> None:
        for when in ("1978-03-16", dt.date(1978, 3, 16), pendulum.Date(1978, 3, 16)):
            assert chibo.relations_status(when).level is chibo.RelationsLevel.AMBASSADOR
        assert chibo.relations_status("1978-03-17").level is chibo.RelationsLevel.CONSULAR

    def test_consular_is_cow_zero(self) -> None:
        assert chibo.relations_status(1990).cow_code == 0

    def test_imprecise_boundary_is_flagged(self) -> None:
        assert chibo.relations_status("1962-04-20").certain is False
        assert chibo.relations_status("1962-06-01").certain is True

    def test_current_year_means_today(self) -> None:
        this_year = pendulum.today().year
        assert chibo.relations_status(this_year).on == chibo.dates.today()

    def test_out_of_range(self) -> None:
        with pytest.raises(chibo.OutOfRange):
            chibo.relations_status(1700)
        with pytest.raises(chibo.OutOfRange):
            chibo.relations_status(pendulum.today().add(years=1).year)

    def test_countries_in_any_case_and_order(self) -> None:
        assert chibo.relations_status(1976, between=("cl", "bo")).countries == ("BO", "CL")
        with pytest.raises(chibo.NotFound):
            chibo.relations_status(1976, between=("AR", "CL"))

    def test_history_is_contiguous(self) -> None:
        periods = chibo.relations_history()
        assert all(a.end == b.start for a, b in itertools.pairwise(periods))
        assert periods[-1].end is None

    def test_duration(self) -> None:
        status = chibo.relations_status("2025-12-22")
        assert status.start == chibo.PartialDate.parse("1978-03-17")
        assert status.duration.in_years() == 47


class TestOffices:
    def test_holder_on_handover_day_is_the_new_holder(self) -> None:
        assert chibo.holder("president", "CL", on="2026-03-10").id == "gabriel-boric"
        assert chibo.holder("president", "CL", on="2026-03-11").id == "jose-antonio-kast"

    def test_holder_outside_coverage_is_not_covered(self, small: chibo.Dataset) -> None:
        with pytest.raises(chibo.NotCovered, match="covered from 2020-11-08") as caught:
            small.holder("president", "BO", on="1990-01-01")
        assert caught.value.subject == "bo-president"
        assert isinstance(caught.value, chibo.OutOfRange)
        assert small.holder("president", "bo", on="2021-01-01") is not None

    def test_scheduled_end_bounds_an_open_term(self, small: chibo.Dataset) -> None:
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


class TestSearch:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("jeri", "jose-jeri"),
            ("tuto", "jorge-quiroga"),
            ("JOSÉ JERÍ", "jose-jeri"),
            ("van klaveren", "alberto-van-klaveren"),
        ],
    )
    def test_names_aliases_accents(self, text: str, expected: str) -> None:
        assert chibo.search(text)[0].id == expected

    def test_kind_and_limit(self) -> None:
        assert all(isinstance(r, chibo.Person) for r in chibo.search("paz", kind="people"))
        assert len(chibo.search("a", limit=3)) <= 3
        with pytest.raises(chibo.InvalidQuery):
            chibo.search("x", kind="planets")

    def test_sources_only_on_request(self) -> None:
        assert not any(isinstance(r, chibo.Source) for r in chibo.search("kast"))
        assert any(isinstance(r, chibo.Source) for r in chibo.search("kast", kind="source"))


def test_get_and_not_found_suggestions() -> None:
    assert chibo.get("rodrigo-paz").name == "Rodrigo Paz Pereira"
    with pytest.raises(chibo.NotFound) as info:
        chibo.get("rodrigo-pas")
    assert "rodrigo-paz" in info.value.suggestions
    assert "did you mean" in str(info.value)


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


class TestAsOf:
    def test_planned_then_held(self, small: chibo.Dataset) -> None:
        before = small.as_of("2025-12-23").get("meeting")
        assert isinstance(before, chibo.Event)
        assert before.status is chibo.EventStatus.PLANNED
        assert str(before.date) == "2026-01"
        after = small.as_of("2026-01-16").get("meeting")
        assert isinstance(after, chibo.Event)
        assert after.status is chibo.EventStatus.HELD

    def test_absent_before_first_report(self, small: chibo.Dataset) -> None:
        assert "meeting" not in small.as_of("2025-12-21")
        assert small.events(as_of="2025-12-21") == ()

    def test_terms_open_and_drop(self, small: chibo.Dataset) -> None:
        seen = small.as_of("2025-01-01")
        assert seen.get("t1").end is None  # type: ignore[union-attr]
        assert "t2" not in seen

    def test_counts_reported_later_are_dropped(self, small: chibo.Dataset) -> None:
        round_ = small.as_of("2025-10-21").election("BO", 2025).round(1)
        assert round_.official is None
        assert len(round_.preliminary) == 1

    def test_bundled_meeting_as_of_the_article(self) -> None:
        ds = chibo.load().as_of("2025-12-23")
        meeting = ds.get("2026-01-15-fm-meeting-santiago")
        assert isinstance(meeting, chibo.Event)
        assert meeting.status is chibo.EventStatus.PLANNED
        assert str(meeting.date) == "2026-01"

    def test_changes(self, small: chibo.Dataset) -> None:
        kinds = [(c.kind, c.record) for c in small.changes("2025-12-01", "2026-01-31")]
        assert (chibo.ChangeKind.FIRST_REPORTED, "meeting") in kinds
        assert (chibo.ChangeKind.STATUS, "meeting") in kinds
        assert (chibo.ChangeKind.DATE, "meeting") in kinds
        assert small.changes("2025-12-23", "2026-01-15") == ()


class TestAnnouncedTerms:
    def test_kast_known_as_president_elect_before_taking_office(self) -> None:
        then = chibo.load().as_of("2025-12-20")
        (term,) = then.terms(person="jose-antonio-kast", role="president")
        assert {r.status for r in term.history} == {chibo.TermStatus.ANNOUNCED}
        assert str(term.start) == "2026-03-11"  # announced by La Nación on 14 December
        assert then.holder("president", "CL", on="2025-12-20").id == "gabriel-boric"  # type: ignore[union-attr]

    def test_unknown_before_the_first_report(self) -> None:
        assert chibo.load().as_of("2025-12-13").terms(person="jose-antonio-kast", role="president") == ()

    def test_history_after_taking_office(self) -> None:
        (term,) = chibo.terms(person="jose-antonio-kast", role="president")
        assert term.history[-1].status is chibo.TermStatus.IN_OFFICE
        assert str(term.start) == "2026-03-11"


def test_no_submodule_shadows_a_function() -> None:
    """``import chibo.<module>`` must not replace a function of the same name on the package."""
    import importlib
    import pkgutil

    for module in pkgutil.walk_packages(chibo.__path__, "chibo."):
        if module.name not in ("chibo.plot", "chibo.__main__"):  # an optional extra; the command line
            importlib.import_module(module.name)
    for name in chibo.__all__:
        value = getattr(chibo, name)
        assert not isinstance(value, type(chibo)), name
