"""The collections of a data directory: file names, record classes, ``Dataset`` attribute names."""

from __future__ import annotations

from typing import Final

from chibo.model import (
    Agreement,
    Border,
    Claim,
    Country,
    Coverage,
    Decree,
    Election,
    Event,
    Office,
    Organization,
    Person,
    RelationsPeriod,
    Source,
    Term,
    Vacancy,
)

__all__ = [
    "COLLECTIONS",
    "DEPRECATED_MODULES",
    "METADATA_FILE",
    "OPTIONAL",
    "REDIRECTS_FILE",
    "RELEASED_FILE",
    "RecordType",
]

RecordType = (
    Source
    | Country
    | Border
    | Person
    | Organization
    | Office
    | Term
    | Election
    | Decree
    | Event
    | Agreement
    | RelationsPeriod
    | Claim
    | Coverage
    | Vacancy
)

COLLECTIONS: Final[dict[str, type[RecordType]]] = {
    "sources": Source,
    "countries": Country,
    "borders": Border,
    "people": Person,
    "organizations": Organization,
    "offices": Office,
    "terms": Term,
    "elections": Election,
    "decrees": Decree,
    "events": Event,
    "agreements": Agreement,
    "relations": RelationsPeriod,
    "claims": Claim,
    "coverage": Coverage,
    "vacancies": Vacancy,
}
"""Collection name -> record class. Each lives in ``<name>.json`` and is ``Dataset.<name>``."""

OPTIONAL: Final = frozenset({"coverage", "vacancies"})
"""Collections added in 0.3.0: a data directory without their file holds none of them
(and so declares no coverage: every office and election question is then not covered)."""

METADATA_FILE: Final = "metadata.json"
REDIRECTS_FILE: Final = "redirects.json"
"""Optional: ids of earlier releases and the ids that replace them (see :class:`~chibo.model.metadata.Redirect`)."""
RELEASED_FILE: Final = "released-ids.json"
"""Optional: every id each dataset version released, by version (read by the tests, not the loader)."""

DEPRECATED_MODULES: Final = ("arguments", "codec", "layout", "loader", "names", "validation")
"""Modules made internal in 0.4.0 (``chibo._codec`` ...); their old names warn and re-export until 1.0."""
