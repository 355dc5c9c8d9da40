"""The collections of a data directory: file names, record classes, ``Dataset`` attribute names."""

from __future__ import annotations

from typing import Final

from chibo.model import (
    Agreement,
    Border,
    Claim,
    Country,
    Decree,
    Election,
    Event,
    Office,
    Organization,
    Person,
    RelationsPeriod,
    Source,
    Term,
)

__all__ = ["COLLECTIONS", "METADATA_FILE", "RecordType"]

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
}
"""Collection name -> record class. Each lives in ``<name>.json`` and is ``Dataset.<name>``."""

METADATA_FILE: Final = "metadata.json"
