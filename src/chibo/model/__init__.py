"""The record classes of the dataset, one module per domain."""

from chibo.model.base import Alternative, Record
from chibo.model.claims import Claim
from chibo.model.decrees import Decree, DecreeReport
from chibo.model.elections import Count, Election, Result, Round
from chibo.model.enums import (
    MEETING_KINDS,
    AgreementKind,
    CountStage,
    DecreeStatus,
    EventKind,
    EventStatus,
    OrganizationKind,
    RelationsLevel,
    Role,
    TermEnd,
    TermStart,
    TermStatus,
    Verdict,
)
from chibo.model.events import Agreement, Event, EventReport
from chibo.model.offices import Office, Term, TermReport
from chibo.model.people import Organization, Person
from chibo.model.places import Border, BorderLength, Country
from chibo.model.relations import RelationsPeriod, RelationsStatus
from chibo.model.sources import Source

__all__ = [
    "MEETING_KINDS",
    "Agreement",
    "AgreementKind",
    "Alternative",
    "Border",
    "BorderLength",
    "Claim",
    "Count",
    "CountStage",
    "Country",
    "Decree",
    "DecreeReport",
    "DecreeStatus",
    "Election",
    "Event",
    "EventKind",
    "EventReport",
    "EventStatus",
    "Office",
    "Organization",
    "OrganizationKind",
    "Person",
    "Record",
    "RelationsLevel",
    "RelationsPeriod",
    "RelationsStatus",
    "Result",
    "Role",
    "Round",
    "Source",
    "Term",
    "TermEnd",
    "TermReport",
    "TermStart",
    "TermStatus",
    "Verdict",
]
