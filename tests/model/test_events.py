"""chibo.model.events: events, their reports, and agreements."""

from __future__ import annotations

import chibo


def test_first_reported_is_the_first_report(small: chibo.Dataset) -> None:
    meeting = small.get("meeting")
    assert isinstance(meeting, chibo.Event)
    assert meeting.first_reported == chibo.PartialDate.parse("2025-12-22")
    assert chibo.to_dict(meeting)["first_reported"] == "2025-12-22"


def test_first_reported_is_none_without_reports(small: chibo.Dataset) -> None:
    import attrs

    meeting = small.get("meeting")
    assert isinstance(meeting, chibo.Event)
    bare = attrs.evolve(meeting, history=())
    assert bare.first_reported is None
    assert chibo.to_dict(bare)["first_reported"] is None


def test_the_view_before_the_first_report_lacks_the_event(small: chibo.Dataset) -> None:
    meeting = small.get("meeting")
    assert isinstance(meeting, chibo.Event)
    assert meeting.first_reported is not None
    day = meeting.first_reported.earliest
    assert "meeting" in small.as_of(day)
    assert "meeting" not in small.as_of(day.subtract(days=1))
