"""The closed vocabularies of the dataset. Values are the strings used in the data files."""

from __future__ import annotations

import enum

__all__ = [
    "AgreementKind",
    "CountStage",
    "CoverageKind",
    "DecreeStatus",
    "EventKind",
    "EventStatus",
    "MissionRank",
    "OrganizationKind",
    "Role",
    "RoundKind",
    "TermEnd",
    "TermStart",
    "TermStatus",
    "Verdict",
]


class Role(enum.StrEnum):
    """The role of a post (an :class:`~chibo.Office`).

    Examples:
        >>> import chibo
        >>> chibo.Role("president")
        <Role.PRESIDENT: 'president'>
    """

    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    FOREIGN_MINISTER = "foreign_minister"
    VICE_MINISTER = "vice_minister"
    ATTORNEY_GENERAL = "attorney_general"
    MINISTER = "minister"
    AMBASSADOR = "ambassador"
    CONSUL_GENERAL = "consul_general"
    HEAD_OF_MISSION = "head_of_mission"
    DEPUTY = "deputy"
    SENATOR = "senator"
    OTHER = "other"


class TermStart(enum.StrEnum):
    """How a term began.

    Examples:
        >>> import chibo
        >>> chibo.TermStart("elected")
        <TermStart.ELECTED: 'elected'>
    """

    ELECTED = "elected"
    APPOINTED = "appointed"
    SUCCESSION = "succession"
    INTERIM = "interim"
    ACTING = "acting"
    COUP = "coup"
    CONGRESS = "congress"
    """Chosen by congress or a constituent convention (Bolivia's Congress before 2009)."""
    OTHER = "other"


class TermEnd(enum.StrEnum):
    """How a term ended.

    Examples:
        >>> import chibo
        >>> chibo.TermEnd("completed")
        <TermEnd.COMPLETED: 'completed'>
    """

    COMPLETED = "completed"
    RESIGNED = "resigned"
    REMOVED = "removed"
    CENSURED = "censured"
    DIED = "died"
    KILLED = "killed"
    OVERTHROWN = "overthrown"
    REPLACED = "replaced"
    OTHER = "other"


class MissionRank(enum.StrEnum):
    """The rank of a head of mission (or of a consular post's head), highest first.

    Diplomatic ranks follow the Vienna Convention on Diplomatic Relations (1961), art. 14:
    ambassadors, envoys and ministers, chargés d'affaires.

    Examples:
        >>> import chibo
        >>> chibo.MissionRank("ambassador")
        <MissionRank.AMBASSADOR: 'ambassador'>
    """

    AMBASSADOR = "ambassador"
    MINISTER = "minister"
    CHARGE_D_AFFAIRES = "charge_d_affaires"
    CONSUL_GENERAL = "consul_general"
    CONSUL = "consul"


class RoundKind(enum.StrEnum):
    """How a round was voted: by the people, or by congress choosing among the leaders.

    Examples:
        >>> import chibo
        >>> chibo.RoundKind("popular")
        <RoundKind.POPULAR: 'popular'>
    """

    POPULAR = "popular"
    CONGRESS = "congress"


class CoverageKind(enum.StrEnum):
    """What a coverage record declares complete (or declares a selection).

    Examples:
        >>> import chibo
        >>> chibo.CoverageKind("office")
        <CoverageKind.OFFICE: 'office'>
    """

    OFFICE = "office"
    """Every holder of one office over a period."""
    ELECTIONS = "elections"
    """Every presidential election of one country over a period."""
    RELATIONS = "relations"
    """The level of relations of one pair of countries over a period."""
    SELECTION = "selection"
    """A collection that is a selection, never complete (events, decrees, agreements)."""


class TermStatus(enum.StrEnum):
    """Where a term stands, as a report describes it.

    Examples:
        >>> import chibo
        >>> chibo.TermStatus("announced")
        <TermStatus.ANNOUNCED: 'announced'>
    """

    ANNOUNCED = "announced"
    IN_OFFICE = "in_office"
    ENDED = "ended"


class CountStage(enum.StrEnum):
    """Whether a vote count is a preliminary (quick) count or the official one.

    Examples:
        >>> import chibo
        >>> chibo.CountStage("preliminary")
        <CountStage.PRELIMINARY: 'preliminary'>
    """

    PRELIMINARY = "preliminary"
    OFFICIAL = "official"


class EventStatus(enum.StrEnum):
    """Where an event stands, as a report describes it.

    Examples:
        >>> import chibo
        >>> chibo.EventStatus("announced")
        <EventStatus.ANNOUNCED: 'announced'>
    """

    ANNOUNCED = "announced"
    PLANNED = "planned"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class EventKind(enum.StrEnum):
    """What sort of thing an event is.

    Examples:
        >>> import chibo
        >>> chibo.EventKind("meeting")
        <EventKind.MEETING: 'meeting'>
    """

    MEETING = "meeting"
    PHONE_CALL = "phone_call"
    VISIT = "visit"
    COMMISSION = "commission"
    SIGNING = "signing"
    INAUGURATION = "inauguration"
    STRIKE = "strike"
    PROTEST = "protest"
    COURT_CASE = "court_case"
    COURT_RULING = "court_ruling"
    RELATIONS_CHANGE = "relations_change"
    ELECTION = "election"
    ANNOUNCEMENT = "announcement"
    OTHER = "other"


MEETING_KINDS = frozenset({EventKind.MEETING, EventKind.PHONE_CALL, EventKind.VISIT, EventKind.COMMISSION})
"""Event kinds that :func:`chibo.meetings` treats as meetings between officials."""


class DecreeStatus(enum.StrEnum):
    """Legal status of a decree, as a report describes it.

    Examples:
        >>> import chibo
        >>> chibo.DecreeStatus("announced")
        <DecreeStatus.ANNOUNCED: 'announced'>
    """

    ANNOUNCED = "announced"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    REPEALED = "repealed"
    REPLACED = "replaced"


class OrganizationKind(enum.StrEnum):
    """What sort of organization a record is: a party, a ministry, a court, ...

    Examples:
        >>> import chibo
        >>> chibo.OrganizationKind("party")
        <OrganizationKind.PARTY: 'party'>
    """

    PARTY = "party"
    ALLIANCE = "alliance"
    MINISTRY = "ministry"
    ELECTORAL_BODY = "electoral_body"
    UNION = "union"
    PROSECUTORS_OFFICE = "prosecutors_office"
    COURT = "court"
    GOVERNMENT = "government"
    INTERNATIONAL = "international"
    OTHER = "other"


class AgreementKind(enum.StrEnum):
    """What sort of agreement a record is: a treaty, an act, a memorandum, ...

    Examples:
        >>> import chibo
        >>> chibo.AgreementKind("treaty")
        <AgreementKind.TREATY: 'treaty'>
    """

    TREATY = "treaty"
    MEMORANDUM = "memorandum"
    PROTOCOL = "protocol"
    ACT = "act"
    DECLARATION = "declaration"
    AGREEMENT = "agreement"
    AGENDA = "agenda"
    OTHER = "other"


class Verdict(enum.StrEnum):
    """A fact-check's verdict on a claim.

    Examples:
        >>> import chibo
        >>> chibo.Verdict("confirmed")
        <Verdict.CONFIRMED: 'confirmed'>
    """

    CONFIRMED = "confirmed"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"


def __getattr__(name: str) -> object:
    # RelationsLevel moved to chibo.model.relations in 0.2.0; kept importable from here.
    if name == "RelationsLevel":
        from chibo.model.relations import RelationsLevel

        return RelationsLevel
    raise AttributeError(f"module 'chibo.model.enums' has no attribute {name!r}")
