"""The record classes of the dataset, one module per domain.

The classes are imported on first use (``chibo.model.Person`` imports
``chibo.model.people``), so that reading one collection does not pay for creating
every class.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chibo.model.base import Alternative, Record
    from chibo.model.claims import Claim, ClaimCheck
    from chibo.model.coverage import Coverage, Incumbency, Vacancy
    from chibo.model.decrees import Decree, DecreeReport
    from chibo.model.elections import Count, Election, Result, Round
    from chibo.model.enums import (
        MEETING_KINDS,
        AgreementKind,
        CountStage,
        CoverageKind,
        DecreeStatus,
        EventKind,
        EventStatus,
        MissionRank,
        OrganizationKind,
        Role,
        RoundKind,
        TermEnd,
        TermStart,
        TermStatus,
        Verdict,
    )
    from chibo.model.events import Agreement, Event, EventReport
    from chibo.model.offices import Office, Term, TermReport
    from chibo.model.people import Organization, Person
    from chibo.model.places import Border, BorderLength, Country
    from chibo.model.relations import RelationsLevel, RelationsPeriod, RelationsStatus
    from chibo.model.sources import Source

_HOME = {
    "Agreement": "chibo.model.events",
    "AgreementKind": "chibo.model.enums",
    "Alternative": "chibo.model.base",
    "Border": "chibo.model.places",
    "BorderLength": "chibo.model.places",
    "Claim": "chibo.model.claims",
    "ClaimCheck": "chibo.model.claims",
    "Count": "chibo.model.elections",
    "CountStage": "chibo.model.enums",
    "Country": "chibo.model.places",
    "Coverage": "chibo.model.coverage",
    "CoverageKind": "chibo.model.enums",
    "Decree": "chibo.model.decrees",
    "DecreeReport": "chibo.model.decrees",
    "DecreeStatus": "chibo.model.enums",
    "Election": "chibo.model.elections",
    "Event": "chibo.model.events",
    "EventKind": "chibo.model.enums",
    "EventReport": "chibo.model.events",
    "EventStatus": "chibo.model.enums",
    "MEETING_KINDS": "chibo.model.enums",
    "Incumbency": "chibo.model.coverage",
    "MissionRank": "chibo.model.enums",
    "Office": "chibo.model.offices",
    "Organization": "chibo.model.people",
    "OrganizationKind": "chibo.model.enums",
    "Person": "chibo.model.people",
    "Record": "chibo.model.base",
    "RelationsLevel": "chibo.model.relations",
    "RelationsPeriod": "chibo.model.relations",
    "RelationsStatus": "chibo.model.relations",
    "Result": "chibo.model.elections",
    "Role": "chibo.model.enums",
    "Round": "chibo.model.elections",
    "RoundKind": "chibo.model.enums",
    "Source": "chibo.model.sources",
    "Term": "chibo.model.offices",
    "TermEnd": "chibo.model.enums",
    "TermReport": "chibo.model.offices",
    "TermStart": "chibo.model.enums",
    "TermStatus": "chibo.model.enums",
    "Vacancy": "chibo.model.coverage",
    "Verdict": "chibo.model.enums",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'chibo.model' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "MEETING_KINDS",
    "Agreement",
    "AgreementKind",
    "Alternative",
    "Border",
    "BorderLength",
    "Claim",
    "ClaimCheck",
    "Count",
    "CountStage",
    "Country",
    "Coverage",
    "CoverageKind",
    "Decree",
    "DecreeReport",
    "DecreeStatus",
    "Election",
    "Event",
    "EventKind",
    "EventReport",
    "EventStatus",
    "Incumbency",
    "MissionRank",
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
    "RoundKind",
    "Source",
    "Term",
    "TermEnd",
    "TermReport",
    "TermStart",
    "TermStatus",
    "Vacancy",
    "Verdict",
]
