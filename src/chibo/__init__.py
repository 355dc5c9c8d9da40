"""chibo: a typed, sourced dataset of Chile–Bolivia relations.

Module-level functions answer from the bundled dataset, parsed on first use
(once, thread-safe); :func:`load` returns that :class:`Dataset` or reads another
directory. ``import chibo`` alone parses no data.

Examples:
    >>> import chibo
    >>> chibo.relations_status(1976).level.value
    'ambassador'
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from os import PathLike
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from chibo._codec import to_dict
    from chibo._layout import RecordType
    from chibo._names import NameIndex
    from chibo.chronology import EntryKind, ShippedTimeline, TimelineEntry
    from chibo.dataset import Dataset
    from chibo.dates import DateLike, PartialDate, Precision
    from chibo.errors import (
        BadDate,
        ChiboError,
        DataError,
        InvalidQuery,
        MissingExtra,
        NotCovered,
        NotFound,
        OutOfRange,
        Problem,
        RedirectWarning,
    )
    from chibo.history import Change, ChangeKind
    from chibo.model import (
        Agreement,
        AgreementKind,
        Alternative,
        Border,
        BorderLength,
        Claim,
        ClaimCheck,
        Count,
        Country,
        CountStage,
        Coverage,
        CoverageKind,
        Decree,
        DecreeReport,
        DecreeStatus,
        Election,
        Event,
        EventKind,
        EventReport,
        EventStatus,
        Incumbency,
        MissionRank,
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
        RoundKind,
        Source,
        Term,
        TermEnd,
        TermReport,
        TermStart,
        TermStatus,
        Vacancy,
        Verdict,
    )
    from chibo.model.metadata import DatasetInfo
    from chibo.records import Records
    from chibo.relations import RelationsIndex

# Public names and the module each lives in: imported on first use, so that ``import
# chibo`` stays cheap and a first answer pays only for the modules it needs. The other
# public names (``__all__``) are the record classes and vocabularies of ``chibo.model``,
# which imports each from its own module in turn.
_HOME = {
    "BadDate": "chibo.errors",
    "Change": "chibo.history",
    "ChangeKind": "chibo.history",
    "ChiboError": "chibo.errors",
    "DataError": "chibo.errors",
    "Dataset": "chibo.dataset",
    "DatasetInfo": "chibo.model.metadata",
    "DateLike": "chibo.dates",
    "EntryKind": "chibo.chronology",
    "InvalidQuery": "chibo.errors",
    "MissingExtra": "chibo.errors",
    "NotCovered": "chibo.errors",
    "NotFound": "chibo.errors",
    "OutOfRange": "chibo.errors",
    "PartialDate": "chibo.dates",
    "Precision": "chibo.dates",
    "Problem": "chibo.errors",
    "RedirectWarning": "chibo.errors",
    "RecordType": "chibo._layout",
    "Records": "chibo.records",
    "TimelineEntry": "chibo.chronology",
    "to_dict": "chibo._codec",
}


def __getattr__(name: str) -> Any:
    # The package version is looked up on first use: importlib.metadata costs ~35 ms at import.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("chibo")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0"
    module = _HOME.get(name) or ("chibo.model" if name in __all__ else None)
    if module is None:
        raise AttributeError(f"module 'chibo' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])


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
    "ClaimCheck",
    "Count",
    "CountStage",
    "Country",
    "Coverage",
    "CoverageKind",
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
    "Incumbency",
    "InvalidQuery",
    "MissingExtra",
    "MissionRank",
    "NotCovered",
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
    "Records",
    "RedirectWarning",
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
    "TimelineEntry",
    "Vacancy",
    "Verdict",
    "__version__",
    "changes",
    "claims",
    "country",
    "coverage",
    "decree",
    "decrees",
    "election",
    "elections",
    "events",
    "get",
    "holder",
    "incumbency",
    "last_meeting",
    "load",
    "meetings",
    "office_for",
    "person",
    "relations_history",
    "relations_status",
    "resolve",
    "search",
    "source",
    "sources_of",
    "sources_of_ids",
    "terms",
    "timeline",
    "to_dict",
]

_lock = threading.Lock()
_bundled: Dataset | None = None


_relations_lock = threading.Lock()
_relations: RelationsIndex | None = None


def _reset_locks_after_fork() -> None:
    """A child forked while another thread held a load lock would wait on it for ever."""
    global _lock, _relations_lock, _parts_lock, _files_lock
    _lock = threading.Lock()
    _relations_lock = threading.Lock()
    _parts_lock = threading.Lock()
    _files_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_locks_after_fork)


def _data_dir() -> Traversable:
    """The bundled data directory, as ``importlib.resources.files("chibo") / "data"`` names it.

    For a package on disk (an installed wheel, an editable install) that is the ``data``
    folder beside this file, taken directly: ``files()`` returns the same path there but
    first imports the zip-import machinery, about 4 ms of a cold first answer. Anywhere
    else (a zip import) ``files()`` is used.
    """
    from pathlib import Path

    here = Path(__file__).parent / "data"
    if here.is_dir():
        return here
    from importlib.resources import files

    return files("chibo").joinpath("data")


def _load_bundled() -> Dataset:
    global _bundled
    if _bundled is None:
        with _lock:
            if _bundled is None:
                _bundled = _read_bundled()
    return _bundled


def _read_bundled() -> Dataset:
    """The bundled dataset: when every file is the one validated at build time, without checking it again.

    ``tools/datafmt.py`` validates the bundled data as a whole and writes each file's
    fingerprint (``chibo._fingerprint``; a test checks it is current). A file whose
    bytes match is built without running its records' validators; when every file
    matches and no other file is there, the whole-dataset checks are skipped too.
    Otherwise (a file edited after installation) the data is read and validated in full.
    """
    from chibo._fingerprint import FILES
    from chibo._loader import read_directory
    from chibo.dataset import Dataset

    root = _data_dir()
    problems: list[Problem] = []
    raw = read_directory(root, problems, fingerprints=FILES)
    if problems or raw.info is None or raw.trusted != FILES.keys():
        return Dataset.read(root)
    return Dataset(raw.info, raw.records, files=raw.files, redirects=raw.redirects)


def _bundled_relations() -> RelationsIndex:
    """The relations of the bundled data; until the whole dataset is needed, from relations.json alone.

    The bundled files are validated as a whole before every release (the test suite
    loads them); reading only ``relations.json`` still checks each period and their
    contiguity, and raises :class:`DataError` like a full load would.
    """
    global _relations
    if _bundled is not None:
        return _bundled._relations  # the loaded dataset's own index: one parse of relations.json at most
    if _relations is None:
        with _relations_lock:
            if _relations is None:
                from chibo._fingerprint import FILES
                from chibo._loader import read_collection
                from chibo.errors import DataError
                from chibo.model.relations import RelationsPeriod
                from chibo.relations import RelationsIndex, contiguity_problems

                problems: list[Problem] = []
                entry = _data_dir().joinpath("relations.json")
                trusted: set[str] = set()
                periods = read_collection(
                    entry, "relations.json", RelationsPeriod, problems, fingerprints=FILES, trusted=trusted
                )
                if not trusted:
                    problems.extend(contiguity_problems(periods))
                if problems:
                    raise DataError(problems)
                _relations = RelationsIndex(periods)
    return _relations


_parts_lock = threading.Lock()
_parts: dict[tuple[str, ...], Dataset] = {}

_OFFICES_PART = ("countries", "people", "offices", "terms", "coverage", "vacancies")
"""What ``terms`` reads (a person filter is checked against the people), and the office questions
when a file changed since it was validated."""
_COVERAGE_PART = ("countries", "coverage")
"""What ``coverage`` reads."""
_ELECTIONS_PART = ("countries", "elections", "coverage")
"""What ``elections`` of every country reads, and the election questions when a file changed."""
_COUNTRIES_PART = ("countries",)
"""What the office and election questions read first: the groups they read next are keyed by country."""


def _bundled_part(names: tuple[str, ...]) -> Dataset:
    """The bundled data, or until it is loaded whole, a dataset of only the collections ``names``.

    Like the relations fast path: the bundled files are validated as a whole before every
    release (the test suite loads them, and compares every fast answer with the full
    load's); each record read here is still checked on its own, and a fault raises
    :class:`DataError`. Thread-safe; each part is read once.
    """
    if _bundled is not None:
        return _bundled
    found = _parts.get(names)
    if found is None:
        with _parts_lock:
            found = _parts.get(names)
            if found is None:
                found = _read_part(names)
                _parts[names] = found
    return found


def _read_part(names: tuple[str, ...]) -> Dataset:
    from chibo._fingerprint import FILES
    from chibo._layout import COLLECTIONS
    from chibo._loader import read_collection, read_info
    from chibo.dataset import Dataset
    from chibo.errors import DataError

    root = _data_dir()
    problems: list[Problem] = []
    info = read_info(root, problems, fingerprints=FILES)
    trusted: set[str] = set()
    records = {
        name: read_collection(
            root.joinpath(f"{name}.json"),
            f"{name}.json",
            COLLECTIONS[name],
            problems,
            fingerprints=FILES,
            trusted=trusted,
        )
        for name in names
    }
    with _files_lock:
        metadata_matches = _bundled_bytes("metadata") is not None
    if problems or info is None or len(trusted) < len(names) or not metadata_matches:
        # A bundled file edited since it was validated: the whole dataset is read and validated,
        # so that a fault anywhere (a coverage gap, an overlap) raises as a full load would.
        whole = _load_bundled()
        if problems or info is None:  # pragma: no cover - the full load raised on these already
            raise DataError(problems)
        return whole
    return Dataset(info, records)


_groups: dict[tuple[tuple[str, str], ...], Dataset] = {}


def _bundled_offices(country: str) -> Dataset:
    """The bundled data, or until it is loaded whole, the countries with the offices of one.

    The country is the one :meth:`Dataset.country` finds (and its errors are raised here);
    :meth:`Dataset.office_for` reads only the offices of the country asked about.
    """
    part = _bundled_part(_COUNTRIES_PART)
    if part is _bundled:
        return part
    return _bundled_group(part, (("offices", part.country(country).id),), _OFFICES_PART)


def _bundled_post(role: Role | str, country: str) -> Dataset:
    """The bundled data, or until it is loaded whole, one office with its coverage, vacancies, terms and their people.

    The office is the one :meth:`Dataset.office_for` finds (and its errors are raised
    here). Holder, incumbency and vacancy questions about an office read nothing else:
    the records of other offices never answer them.
    """
    part = _bundled_offices(country)
    if part is _bundled:
        return part
    office = part.office_for(role, country).id
    groups = (("coverage", f"office:{office}"), ("vacancies", office), ("terms", office), ("people", office))
    return _bundled_group(part, groups, _OFFICES_PART)


def _bundled_elections(country: str, year: int | str | None = None) -> Dataset:
    """The bundled data, or until it is loaded whole, the countries with one country's elections and their coverage.

    The country is the one :meth:`Dataset.country` finds (and its errors are raised here).
    With a valid ``year`` in which the country held elections, only that year's elections
    are read: the answer is the same, and the other years' records are not parsed. A year
    with none (whose :class:`NotFound` names the years near it) or an invalid one reads the
    country's elections, and :meth:`Dataset.election` raises as on the full load.
    """
    part = _bundled_part(_COUNTRIES_PART)
    if part is _bundled:
        return part
    cc = part.country(country).id
    coverage = ("coverage", f"elections:{cc}")
    if year is not None:
        from chibo._arguments import as_year
        from chibo._bundled_groups import GROUPS
        from chibo.errors import ChiboError

        try:
            key = f"{cc}:{as_year(year, 'year')}"
        except ChiboError:
            key = None
        if key is not None and f"\nelections {key} " in GROUPS:
            return _bundled_group(part, (("elections", key), coverage), _ELECTIONS_PART)
    return _bundled_group(part, (("elections", cc), coverage), _ELECTIONS_PART)


def _bundled_group(part: Dataset, groups: tuple[tuple[str, str], ...], whole: tuple[str, ...]) -> Dataset:
    """``part`` with the records of each (collection, key) of ``groups`` (``chibo._bundled_groups``).

    The records are read from where the shipped index says they lie in their files, when
    those files are the validated ones; otherwise the dataset of the collections ``whole``
    (each file read whole, each record checked). Thread-safe; each group is read once.
    """
    found = _groups.get(groups)
    if found is None:
        records = {}
        for collection, key in groups:
            grouped = _group_records(collection, key)
            if grouped is None:
                return _bundled_part(whole)
            records[collection] = grouped
        with _parts_lock:
            found = _groups.get(groups)
            if found is None:
                from chibo.dataset import Dataset

                found = _groups[groups] = Dataset(part.info, {**part.records.as_dict(), **records})
    return found


def _group_records(collection: str, key: str) -> tuple[RecordType, ...] | None:
    """The records of one group, from the validated file, in file order; None if that file changed."""
    import json

    from chibo._bundled_groups import GROUPS
    from chibo._layout import COLLECTIONS
    from chibo._trusted import trusted_records

    with _files_lock:
        raw = _bundled_bytes(collection)
    if raw is None:
        return None
    at = GROUPS.find(f"\n{collection} {key} ")
    if at == -1:  # a group with no records
        return ()
    spans = (span.split(":") for span in GROUPS[at + 1 : GROUPS.find("\n", at + 1)].split(" ")[2:])
    values = json.loads(b"[" + b",".join(raw[int(start) : int(end)] for start, end in spans) + b"]")
    return trusted_records(values, COLLECTIONS[collection])


_files_lock = threading.Lock()
_files: dict[str, bytes | None] = {}
_records: dict[str, RecordType] = {}
_name_index: NameIndex | None = None


def _bundled_bytes(name: str) -> bytes | None:
    """The bytes of one bundled collection file if it is the validated one, else None; hold ``_files_lock``.

    Only a file whose fingerprint matches (``chibo._fingerprint``) is used by :func:`get`
    and :func:`search` before the whole dataset is loaded: anything else is left to the
    full load, which validates it. Each file is read once.
    """
    if name not in _files:
        from chibo._fingerprint import FILES
        from chibo._loader import read_trusted_bytes

        file = f"{name}.json"
        _files[name] = read_trusted_bytes(_data_dir().joinpath(file), file, FILES)
    return _files[name]


def _bundled_record(record_id: str) -> RecordType | None:
    """The bundled record with this id, parsed alone from its file; None when the full load must answer.

    The shipped index (``chibo._bundled_index.RECORDS``, one line a record: a search of
    one string costs less than building a dict of every id) says where in its file the
    record lies; it holds only for a file whose fingerprint matches. Thread-safe: each
    record is built once.
    """
    found = _records.get(record_id)
    if found is not None:
        return found
    from chibo._bundled_index import RECORDS

    at = RECORDS.find(f"\n{record_id} ")
    if at == -1:
        return None
    found_id, name, start, end = RECORDS[at + 1 : RECORDS.find("\n", at + 1)].split(" ")
    if found_id != record_id:  # "rodrigo-paz people" is no id, though its line begins so
        return None
    return _located_record(record_id, name, start, end)


def _located_record(record_id: str, name: str, start: str, end: str) -> RecordType | None:
    """The record ``record_id``, built once from bytes ``start:end`` of the bundled file ``name``
    (where a shipped index says it lies); None if that file is not the validated one."""
    found = _records.get(record_id)
    if found is not None:
        return found
    with _files_lock:
        found = _records.get(record_id)
        if found is None:
            raw = _bundled_bytes(name)
            if raw is None:
                return None
            found = _records[record_id] = _trusted_record(name, raw[int(start) : int(end)])
    return found


def _trusted_record(name: str, raw: bytes) -> RecordType:
    import json

    from chibo._layout import COLLECTIONS
    from chibo._trusted import trusted_records

    (record,) = trusted_records([json.loads(raw)], COLLECTIONS[name])
    return record


def _bundled_search(text: str, limit: int | None) -> tuple[RecordType, ...] | None:
    """:func:`search` of every kind but sources, from the shipped name index; None when the full load must answer.

    Used only when every file that holds a searchable name matches its fingerprint.
    """
    global _name_index
    from chibo._bundled_index import NAMED, NAMES
    from chibo._layout import CLASS_NAMES
    from chibo._names import NameIndex

    with _files_lock:
        if not all(_bundled_bytes(name) is not None for name in NAMED):
            return None
    if _name_index is None:
        _name_index = NameIndex.of_lines(NAMES)
    kinds = frozenset(class_name.lower() for _module, class_name in CLASS_NAMES.values()) - {"source"}
    found = []
    for record_id, _score in _name_index.search(text, kinds, limit):
        record = _bundled_record(record_id)
        if record is None:  # pragma: no cover - every file read matched its fingerprint
            return None
        found.append(record)
    return tuple(found)


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

    Args:
        path: a data directory (None: the bundled data, parsed once and shared).
        extends: the base dataset of an overlay.
        replace: ids of the base that the overlay's records replace.

    Returns:
        The :class:`Dataset`.

    Raises:
        DataError: the directory is missing or broken (every problem listed).
        InvalidQuery: bad arguments (``extends`` without a path, ``replace`` as one string).

    Examples:
        >>> import chibo
        >>> chibo.load() is chibo.load()
        True
    """
    from pathlib import Path

    from chibo.dataset import Dataset
    from chibo.errors import DataError, InvalidQuery, Problem

    if path is None:
        if extends is not None:
            raise InvalidQuery("extends needs a path to the overlay directory")
        return _load_bundled()
    if isinstance(path, str) and not path.strip():
        raise InvalidQuery("path must name a data directory, got an empty string (use load() for the bundled data)")
    if isinstance(replace, str) or not isinstance(replace, Iterable):
        raise InvalidQuery("replace takes a list of ids, not one string: use replace=[...]")
    replace = tuple(replace)
    if not all(isinstance(r, str) for r in replace):
        raise InvalidQuery("replace takes a list of ids (strings)")
    if extends is not None and not isinstance(extends, Dataset):
        raise InvalidQuery(f"extends takes a Dataset (from chibo.load()), got {type(extends).__name__}")
    root = Path(path)
    if not root.is_dir():
        raise DataError([Problem(file=str(root), record=None, path="$", message="not a directory")])
    return Dataset.read(root, extends=extends, replace=replace)


def relations_status(
    when: int | DateLike | PartialDate | None = None, between: Iterable[str] = ("BO", "CL")
) -> RelationsStatus:
    """Level of relations on a day, or on 31 December of a year (see :meth:`Dataset.relations_status`)."""
    return _bundled_relations().status(when, between)


def relations_history(between: Iterable[str] = ("BO", "CL")) -> tuple[RelationsPeriod, ...]:
    """The ordered, contiguous periods of relations between two countries."""
    return _bundled_relations().history(between)


def holder(role: Role | str, country: str, on: DateLike | PartialDate | None = None) -> Person | None:
    """Who held a single-seat office on a day (today if None); None only for a recorded vacancy.

    Raises :class:`NotCovered` outside the office's declared coverage (see :meth:`Dataset.holder`).
    """
    if _bundled is None:
        found = _shipped_holder(role, country, on)
        if found is not None:
            return found
    return _bundled_post(role, country).holder(role, country, on)


_holder_runs: dict[str, tuple[list[int], list[str]] | None] = {}


def _shipped_holder(role: Role | str, country: str, on: DateLike | PartialDate | None) -> Person | None:
    """:func:`holder` from the shipped answers (``chibo._bundled_groups.HOLDERS``); None when a dataset must answer.

    Only the plainest question is answered here: a role's exact value, a country's upper-case
    code, a day written ``YYYY-MM-DD``, on which the shipped runs name a person; and only while
    every file those answers are drawn from matches its fingerprint (each read whole and
    checked). Everything else (today, a vacancy, an error and its message) is left to
    :func:`_bundled_post`, which answers as the full load does. The person is built alone
    from its record, once.
    """
    if not (type(on) is str and len(on) == 10 and on[4] == on[7] == "-" and type(country) is str):
        return None
    digits = on[:4] + on[5:7] + on[8:]
    if not (digits.isascii() and digits.isdigit()):
        return None
    import datetime
    from enum import Enum

    try:
        day = datetime.date.fromisoformat(on).toordinal()
    except ValueError:
        return None
    value = role.value if isinstance(role, Enum) else role
    if not (type(value) is str and value.isidentifier() and value.islower() and _plain_code(country)):
        return None
    runs = _post_runs(f"{country} {value}")
    if runs is None:
        return None
    from bisect import bisect_right

    days, answers = runs
    answer = answers[bisect_right(days, day) - 1]
    if answer == "-":
        return None
    person_id, start, end = answer.split(":")
    return cast("Person | None", _located_record(person_id, "people", start, end))  # people.json: checked by _post_runs


def _plain_code(country: object) -> bool:
    """Whether ``country`` is written as the shipped answers key it: two upper-case ASCII letters."""
    return type(country) is str and len(country) == 2 and country.isascii() and country.isalpha() and country.isupper()


def _post_runs(post: str) -> tuple[list[int], list[str]] | None:
    """The shipped runs of one post (``"CL president"``), if its files match their fingerprints; else None."""
    if post in _holder_runs:
        return _holder_runs[post]
    from chibo._bundled_groups import HOLDER_FILES, HOLDERS

    runs = None
    at = HOLDERS.find(f"\n{post} ")
    if at != -1:
        with _files_lock:
            trusted = all(_bundled_bytes(name) is not None for name in HOLDER_FILES)
        if trusted:
            entries = [run.split(":", 1) for run in HOLDERS[at + 1 : HOLDERS.find("\n", at + 1)].split(" ")[2:]]
            runs = ([int(day) for day, _answer in entries], [answer for _day, answer in entries])
    _holder_runs[post] = runs
    return runs


def incumbency(role: Role | str, country: str, on: DateLike | PartialDate | None = None) -> Incumbency:
    """Who held a single-seat office on a day, or the recorded vacancy (see :meth:`Dataset.incumbency`)."""
    return _bundled_post(role, country).incumbency(role, country, on)


def coverage(kind: CoverageKind | str | None = None, subject: str | None = None) -> tuple[Coverage, ...]:
    """What the bundled dataset declares complete, and what is a selection (see :meth:`Dataset.coverage`)."""
    return _bundled_part(_COVERAGE_PART).coverage(kind, subject)


def terms(
    person: str | None = None,
    role: Role | str | None = None,
    country: str | None = None,
    on: DateLike | PartialDate | None = None,
    office: str | None = None,
) -> tuple[Term, ...]:
    """Terms of office, filtered."""
    return _bundled_part(_OFFICES_PART).terms(person, role, country, on, office)


def elections(country: str | None = None, year: int | str | None = None) -> tuple[Election, ...]:
    """Elections, filtered by country and year."""
    if country is None:
        return _bundled_part(_ELECTIONS_PART).elections(country, year)
    return _bundled_elections(country, year).elections(country, year)


def election(country: str, year: int | str) -> Election:
    """The election of a country in a year."""
    if _bundled is None:
        found = _shipped_election(country, year)
        if found is not None:
            return found
    return _bundled_elections(country, year).election(country, year)


def _shipped_election(country: str, year: int | str) -> Election | None:
    """:func:`election` from the shipped answers (``chibo._bundled_groups.ELECTIONS``); None when a dataset must answer.

    Only a country's upper-case code and a year given as an int or as digits, for which the
    shipped answers name an election, and only while the files they are drawn from match
    their fingerprints. Anything else, errors included, is left to :func:`_bundled_elections`.
    """
    if type(year) is int:
        number = year
    elif type(year) is str and year.isascii() and year.isdigit():
        number = int(year)
    else:
        return None
    if not _plain_code(country):
        return None
    from chibo._bundled_groups import ELECTION_FILES, ELECTIONS

    at = ELECTIONS.find(f"\n{country}:{number} ")
    if at == -1:
        return None
    _key, record_id, start, end = ELECTIONS[at + 1 : ELECTIONS.find("\n", at + 1)].split(" ")
    with _files_lock:
        if not all(_bundled_bytes(name) is not None for name in ELECTION_FILES):
            return None
    return cast("Election | None", _located_record(record_id, "elections", start, end))


def decrees(country: str | None = None) -> tuple[Decree, ...]:
    """Decrees, by date issued."""
    return _load_bundled().decrees(country)


def decree(country: str, number: str | int) -> Decree:
    """A decree by country and number."""
    return _load_bundled().decree(country, number)


def events(
    kind: EventKind | str | Iterable[EventKind | str] | None = None,
    country: str | None = None,
    between: Iterable[str] | None = None,
    participant: str | None = None,
    year: int | str | None = None,
    as_of: DateLike | PartialDate | None = None,
) -> tuple[Event, ...]:
    """Events, filtered (see :meth:`Dataset.events`)."""
    return _load_bundled().events(kind, country, between, participant, year, as_of)


def meetings(
    country: str | None = None,
    between: Iterable[str] | None = None,
    participant: str | None = None,
    year: int | str | None = None,
    as_of: DateLike | PartialDate | None = None,
) -> tuple[Event, ...]:
    """Meetings between officials (in person, by phone, visits, commissions)."""
    return _load_bundled().meetings(country, between, participant, year, as_of)


def last_meeting(
    between: Iterable[str] = ("BO", "CL"),
    role: Role | str = "foreign_minister",
    before: DateLike | PartialDate | None = None,
) -> Event | None:
    """The latest meeting before a day between holders of ``role`` from both countries."""
    return _load_bundled().last_meeting(between, role, before)


def timeline(
    start: DateLike | PartialDate | int | None = None,
    end: DateLike | PartialDate | int | None = None,
    country: str | None = None,
    as_of: DateLike | PartialDate | None = None,
) -> tuple[TimelineEntry, ...]:
    """One chronological list of events, terms, election rounds, decrees and relations changes."""
    if _bundled is None and as_of is None:
        found = _shipped_timeline_window(start, end, country)
        if found is not None:
            return found
    return _load_bundled().timeline(start, end, country, as_of)


_shipped_timeline: ShippedTimeline | None = None


def _shipped_timeline_window(
    start: DateLike | PartialDate | int | None, end: DateLike | PartialDate | int | None, country: str | None
) -> tuple[TimelineEntry, ...] | None:
    """:func:`timeline` from the shipped entries (``chibo._bundled_timeline``); None when the full load must answer.

    Used only when every file the entries are made of matches its fingerprint (and
    countries.json, for a country): nothing is parsed but the window's entries.
    """
    global _shipped_timeline
    from chibo._arguments import normalize_country
    from chibo._bundled_index import RECORDS
    from chibo._bundled_timeline import FILES, TIMELINE
    from chibo.chronology import ShippedTimeline, window_bounds

    low, high = window_bounds(start, end)
    with _files_lock:
        files = (*FILES, "countries") if country is not None else FILES
        if not all(_bundled_bytes(name) is not None for name in files):
            return None
    if _shipped_timeline is None:
        _shipped_timeline = ShippedTimeline(TIMELINE)
    entries = _shipped_timeline.window(low, high)
    if country is None:
        return entries
    # What Dataset.country finds: the code itself when it is a country's id, else the code normalized.
    known = isinstance(country, str) and len(country) == 2 and f"\n{country} countries " in RECORDS
    cc = country if known else normalize_country(country)
    if f"\n{cc} countries " not in RECORDS:
        return None  # the full load says which countries there are
    return tuple(entry for entry in entries if cc in entry.countries)


def search(text: str, kind: str | None = None, limit: int | None = 10) -> tuple[RecordType, ...]:
    """Records ranked by name match, ignoring case and accents."""
    plain_limit = limit is None or (isinstance(limit, int) and not isinstance(limit, bool) and limit >= 1)
    if _bundled is None and kind is None and isinstance(text, str) and plain_limit:
        found = _bundled_search(text, limit)
        if found is not None:
            return found
    return _load_bundled().search(text, kind, limit)


def get(record_id: str) -> RecordType:
    """A record by id; :class:`NotFound` suggests close ids."""
    if _bundled is None and isinstance(record_id, str):
        found = _bundled_record(record_id)
        if found is not None:
            return found
    return _load_bundled().get(record_id)


def person(record_id: str) -> Person:
    """A person by id; :class:`NotFound` says what the id is if not a person."""
    return _load_bundled().person(record_id)


def country(code: str) -> Country:
    """A country by ISO alpha-2 code, any case."""
    return _load_bundled().country(code)


def source(record_id: str) -> Source:
    """A source by id."""
    return _load_bundled().source(record_id)


def sources_of(record: RecordType) -> tuple[Source, ...]:
    """The sources a record cites, as :class:`Source` records."""
    return _load_bundled().sources_of(record)


def sources_of_ids(source_ids: Iterable[str]) -> tuple[Source, ...]:
    """Sources by id, in the order given."""
    return _load_bundled().sources_of_ids(source_ids)


def resolve(record_id: str) -> str:
    """The current id of a record id released earlier (follows redirects)."""
    return _load_bundled().resolve(record_id)


def office_for(role: Role | str, country: str) -> Office:
    """The single-seat office of a role in a country (``office_for("canciller", "BO")``)."""
    return _bundled_offices(country).office_for(role, country)


def claims(source: str | None = None, verdict: Verdict | str | None = None) -> tuple[Claim, ...]:
    """Fact-checked claims, filtered by the claiming source and the verdict."""
    return _load_bundled().claims(source, verdict)


def changes(since: DateLike | PartialDate, until: DateLike | PartialDate | None = None) -> tuple[Change, ...]:
    """What was first reported, changed status or changed date between two days."""
    return _load_bundled().changes(since, until)
