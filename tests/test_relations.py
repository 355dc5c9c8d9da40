"""chibo.relations: the status and history of relations, and the relations-only fast path."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pendulum
import pytest

import chibo
from tests.helpers import run_python


def test_first_relations_answer_reads_relations_only() -> None:
    """relations_status/relations_history answer from relations.json alone until more is needed."""
    code = (
        "import json, sys, chibo\n"
        "s = chibo.relations_status(1976); h = chibo.relations_history()\n"
        "fast = (chibo._bundled is None, 'chibo.dataset' in sys.modules)\n"
        "full = chibo.load()\n"
        "print(json.dumps([*fast, s == full.relations_status(1976), h == full.relations_history(),"
        " chibo.relations_status(1976) == s]))"
    )
    assert json.loads(run_python(code)) == [True, False, True, True, True]


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


def test_a_month_asks_about_its_last_day() -> None:
    # 0.5 retest: the shell's hint offered YYYY-MM, which relations refused
    assert chibo.relations_status("1976-05").on == pendulum.Date(1976, 5, 31)
    assert chibo.relations_status("1978-03").level.value == "consular"  # the break of 17 March 1978
    assert chibo.relations_status("1978-02").level.value == "ambassador"
