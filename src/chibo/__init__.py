"""chibo: a typed, sourced dataset of Chile–Bolivia relations.

Module-level functions answer from the bundled dataset, parsed on first use
(once, thread-safe); :func:`load` returns that :class:`Dataset` or reads another
directory. ``import chibo`` alone parses no data.

>>> import chibo
>>> chibo.relations_status(1976).level.value
'ambassador'
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from importlib.resources import files
from os import PathLike
from pathlib import Path

from chibo.dataset import Dataset
from chibo.dates import DateLike, PartialDate, Precision
from chibo.errors import (
    BadDate,
    ChiboError,
    DataError,
    InvalidQuery,
    MissingExtra,
    NotFound,
    OutOfRange,
    Problem,
)
from chibo.history import Change, ChangeKind
from chibo.layout import RecordType
from chibo.model import (
    Agreement,
    AgreementKind,
    Alternative,
    Border,
    BorderLength,
    Claim,
    Count,
    Country,
    CountStage,
    Decree,
    DecreeReport,
    DecreeStatus,
    Election,
    Event,
    EventKind,
    EventReport,
    EventStatus,
    Office,
    Organization,
    OrganizationKind,
    Person,
    RelationsLevel,
    RelationsPeriod,
    RelationsStatus,
    Result,
    Role,
    Round,
    Source,
    Term,
    TermEnd,
    TermReport,
    TermStart,
    TermStatus,
    Verdict,
)
from chibo.model.metadata import DatasetInfo
from chibo.timeline import EntryKind, TimelineEntry


def __getattr__(name: str) -> str:
    # The package version is looked up on first use: importlib.metadata costs ~35 ms at import.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("chibo")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0"
    raise AttributeError(f"module 'chibo' has no attribute {name!r}")


__all__ = [
    "Agreement",
    "AgreementKind",
    "Alternative",
    "BadDate",
    "Border",
    "BorderLength",
    "Change",
    "ChangeKind",
    "ChiboError",
    "Claim",
    "Count",
    "CountStage",
    "Country",
    "DataError",
    "Dataset",
    "DatasetInfo",
    "DateLike",
    "Decree",
    "DecreeReport",
    "DecreeStatus",
    "Election",
    "EntryKind",
    "Event",
    "EventKind",
    "EventReport",
    "EventStatus",
    "InvalidQuery",
    "MissingExtra",
    "NotFound",
    "Office",
    "Organization",
    "OrganizationKind",
    "OutOfRange",
    "PartialDate",
    "Person",
    "Precision",
    "Problem",
    "RecordType",
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
    "TimelineEntry",
    "Verdict",
    "__version__",
    "changes",
    "claims",
    "decree",
    "decrees",
    "election",
    "elections",
    "events",
    "get",
    "holder",
    "last_meeting",
    "load",
    "meetings",
    "relations_history",
    "relations_status",
    "search",
    "terms",
    "timeline",
]

_lock = threading.Lock()
_bundled: Dataset | None = None


def _load_bundled() -> Dataset:
    global _bundled
    if _bundled is None:
        with _lock:
            if _bundled is None:
                _bundled = Dataset.read(files("chibo").joinpath("data"))
    return _bundled


def load(
    path: str | PathLike[str] | None = None,
    *,
    extends: Dataset | None = None,
    replace: Iterable[str] = (),
) -> Dataset:
    """The bundled dataset (no ``path``), or the data directory at ``path``, validated.

    With ``extends``, the directory is an overlay on that dataset: its files are
    all optional, its records may reference the base's, and an id that is already
    in the base is an error unless it is listed in ``replace``. The result is
    validated as a whole. Any fault raises :class:`DataError` listing every problem.
    """
    if path is None:
        if extends is not None:
            raise InvalidQuery("extends needs a path to the overlay directory")
        return _load_bundled()
    root = Path(path)
    if not root.is_dir():
        raise DataError([Problem(file=str(root), record=None, path="$", message="not a directory")])
    return Dataset.read(root, extends=extends, replace=replace)


def relations_status(
    when: int | DateLike | PartialDate | None = None, between: Iterable[str] = ("BO", "CL")
) -> RelationsStatus:
    """Level of relations on a day, or on 31 December of a year (see :meth:`Dataset.relations_status`)."""
    return _load_bundled().relations_status(when, between)


def relations_history(between: Iterable[str] = ("BO", "CL")) -> tuple[RelationsPeriod, ...]:
    """The ordered, contiguous periods of relations between two countries."""
    return _load_bundled().relations_history(between)


def holder(role: Role | str, country: str, on: DateLike | PartialDate | None = None) -> Person | None:
    """Who held a single-seat post on a day (today if None)."""
    return _load_bundled().holder(role, country, on)


def terms(
    person: str | None = None,
    role: Role | str | None = None,
    country: str | None = None,
    on: DateLike | PartialDate | None = None,
) -> tuple[Term, ...]:
    """Terms of office, filtered."""
    return _load_bundled().terms_of(person, role, country, on)


def elections(country: str | None = None, year: int | None = None) -> tuple[Election, ...]:
    """Elections, filtered by country and year."""
    return _load_bundled().elections_in(country, year)


def election(country: str, year: int) -> Election:
    """The election of a country in a year."""
    return _load_bundled().election(country, year)


def decrees(country: str | None = None) -> tuple[Decree, ...]:
    """Decrees, by date issued."""
    return _load_bundled().decrees_of(country)


def decree(country: str, number: str | int) -> Decree:
    """A decree by country and number."""
    return _load_bundled().decree(country, number)


def events(
    kind: EventKind | str | Iterable[EventKind | str] | None = None,
    country: str | None = None,
    between: Iterable[str] | None = None,
    participant: str | None = None,
    year: int | None = None,
    as_of: DateLike | PartialDate | None = None,
) -> tuple[Event, ...]:
    """Events, filtered (see :meth:`Dataset.find_events`)."""
    return _load_bundled().find_events(kind, country, between, participant, year, as_of)


def meetings(
    country: str | None = None,
    between: Iterable[str] | None = None,
    participant: str | None = None,
    year: int | None = None,
    as_of: DateLike | PartialDate | None = None,
) -> tuple[Event, ...]:
    """Meetings between officials (in person, by phone, visits, commissions)."""
    return _load_bundled().meetings(country, between, participant, year, as_of)


def last_meeting(
    between: Iterable[str] = ("BO", "CL"),
    role: Role | str = Role.FOREIGN_MINISTER,
    before: DateLike | PartialDate | None = None,
) -> Event | None:
    """The latest meeting before a day between holders of ``role`` from both countries."""
    return _load_bundled().last_meeting(between, role, before)


def timeline(
    start: DateLike | PartialDate | None = None,
    end: DateLike | PartialDate | None = None,
    country: str | None = None,
    as_of: DateLike | PartialDate | None = None,
) -> tuple[TimelineEntry, ...]:
    """One chronological list of events, terms, election rounds, decrees and relations changes."""
    return _load_bundled().timeline(start, end, country, as_of)


def search(text: str, kind: str | None = None, limit: int | None = 10) -> tuple[RecordType, ...]:
    """Records ranked by name match, ignoring case and accents."""
    return _load_bundled().search(text, kind, limit)


def get(record_id: str) -> RecordType:
    """A record by id; :class:`NotFound` suggests close ids."""
    return _load_bundled().get(record_id)


def claims(source: str | None = None, verdict: Verdict | str | None = None) -> tuple[Claim, ...]:
    """Fact-checked claims, filtered by the claiming source and the verdict."""
    return _load_bundled().find_claims(source, verdict)


def changes(since: DateLike | PartialDate, until: DateLike | PartialDate | None = None) -> tuple[Change, ...]:
    """What was first reported, changed status or changed date between two days."""
    return _load_bundled().changes(since, until)
