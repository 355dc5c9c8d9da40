"""chibo.history: the as-of views and the changes between them are one story."""

from __future__ import annotations

import datetime as dt

import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

import chibo

DS = chibo.load()
FIRST = dt.date(2025, 8, 1)
_END = DS.info.as_of.earliest
LAST = dt.date(_END.year, _END.month, _END.day) - dt.timedelta(days=1)


def _state(view: chibo.Dataset) -> dict[str, tuple[str | None, ...]]:
    state: dict[str, tuple[str | None, ...]] = {}
    for event in view.records.events:
        state[event.id] = (event.status.value, _text(event.date), event.place)
    for decree in view.records.decrees:
        state[decree.id] = (decree.status.value,)
    return state


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _replay(
    state: dict[str, tuple[str | None, ...]], found: tuple[chibo.Change, ...]
) -> dict[str, tuple[str | None, ...]]:
    out = {k: list(v) for k, v in state.items()}
    position = {"status": 0, "date": 1, "place": 2}
    for change in found:
        if change.kind is chibo.ChangeKind.FIRST_REPORTED:
            width = 1 if change.record in {d.id for d in DS.records.decrees} else 3
            out[change.record] = [change.after] + [None] * (width - 1)
        else:
            out[change.record][position[change.kind.value]] = change.after
    return {k: tuple(v) for k, v in out.items()}


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=FIRST, max_value=LAST), st.dates(min_value=FIRST, max_value=LAST))
def test_changes_are_the_difference_between_two_views(a: dt.date, b: dt.date) -> None:
    a, b = min(a, b), max(a, b)
    before = _state(DS.as_of(a))
    after = _state(DS.as_of(b))
    since = pendulum.Date(a.year, a.month, a.day).add(days=1)
    found = DS.changes(since, b) if since <= pendulum.Date(b.year, b.month, b.day) else ()
    assert _replay(before, found) == after


def test_a_report_without_a_date_keeps_the_earlier_date() -> None:
    found = DS.changes("2026-01-14", "2026-01-16")
    dates = [c for c in found if c.record == "2026-01-15-fm-meeting-santiago" and c.kind is chibo.ChangeKind.DATE]
    assert all(c.after is not None for c in dates)


def test_the_view_on_or_after_the_as_of_day_is_the_dataset() -> None:
    assert DS.as_of(DS.info.as_of) is DS
    assert len(chibo.meetings()) == len(chibo.meetings(as_of=str(DS.info.as_of)))


def test_an_announced_successor_follows_the_scheduled_end() -> None:
    view = DS.as_of("2025-12-23")
    assert view.info.as_of == chibo.PartialDate.parse("2025-12-23")
    assert view.holder("president", "CL", on="2026-03-10").id == "gabriel-boric"  # type: ignore[union-attr]
    answer = view.incumbency("president", "CL", on="2026-03-12")
    assert answer.person == "jose-antonio-kast"
    assert answer.scheduled


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
