"""The collections of a data directory: file names, record classes, ``Dataset`` attribute names.

The record classes are named here by module and class name and imported on first use
(``COLLECTIONS["people"]`` imports ``chibo.model.people``): a first answer that reads
two collections does not pay for creating every class of the model.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
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

__all__ = [
    "CLASS_NAMES",
    "COLLECTIONS",
    "DEPRECATED_MODULES",
    "METADATA_FILE",
    "OPTIONAL",
    "REDIRECTS_FILE",
    "RELEASED_FILE",
    "RecordType",
]

CLASS_NAMES: Final[dict[str, tuple[str, str]]] = {
    "sources": ("chibo.model.sources", "Source"),
    "countries": ("chibo.model.places", "Country"),
    "borders": ("chibo.model.places", "Border"),
    "people": ("chibo.model.people", "Person"),
    "organizations": ("chibo.model.people", "Organization"),
    "offices": ("chibo.model.offices", "Office"),
    "terms": ("chibo.model.offices", "Term"),
    "elections": ("chibo.model.elections", "Election"),
    "decrees": ("chibo.model.decrees", "Decree"),
    "events": ("chibo.model.events", "Event"),
    "agreements": ("chibo.model.events", "Agreement"),
    "relations": ("chibo.model.relations", "RelationsPeriod"),
    "claims": ("chibo.model.claims", "Claim"),
    "coverage": ("chibo.model.coverage", "Coverage"),
    "vacancies": ("chibo.model.coverage", "Vacancy"),
}
"""Collection name -> the module and name of its record class, in file order."""


class _Collections(Mapping[str, "type[RecordType]"]):
    """Collection name -> record class (:data:`CLASS_NAMES`), each class imported when first asked for."""

    __slots__ = ("_classes",)

    def __init__(self) -> None:
        self._classes: dict[str, type[RecordType]] = {}

    def __getitem__(self, name: str) -> type[RecordType]:
        found = self._classes.get(name)
        if found is None:
            module, class_name = CLASS_NAMES[name]
            found = self._classes[name] = getattr(importlib.import_module(module), class_name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(CLASS_NAMES)

    def __len__(self) -> int:
        return len(CLASS_NAMES)

    def __contains__(self, name: object) -> bool:
        return name in CLASS_NAMES

    def __repr__(self) -> str:
        return repr(dict(self))


COLLECTIONS: Final[Mapping[str, type[RecordType]]] = _Collections()
"""Collection name -> record class. Each lives in ``<name>.json`` and is ``Dataset.<name>``."""


def __getattr__(name: str) -> Any:
    # ``RecordType``, the union of every record class, creates every class: made on first use.
    if name != "RecordType":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import functools
    import operator

    value = functools.reduce(operator.or_, COLLECTIONS.values())
    globals()[name] = value
    return value


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
