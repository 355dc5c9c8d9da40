"""The exceptions chibo raises. All derive from :class:`ChiboError`."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "BadDate",
    "ChiboError",
    "DataError",
    "FieldError",
    "InvalidQuery",
    "MissingExtra",
    "NotCovered",
    "NotFound",
    "OutOfRange",
    "Problem",
    "RedirectWarning",
]


class ChiboError(Exception):
    """Base class of every error chibo raises on purpose.

    Catch it to handle any refusal of chibo's (a missing record, a bad argument, broken data)
    while letting programming errors through.

    Examples:
        >>> import chibo
        >>> try:
        ...     chibo.get("no-such-record")
        ... except chibo.ChiboError as error:
        ...     print(type(error).__name__)
        NotFound
    """


class FieldError(ChiboError, ValueError):
    """Raised by model validators: a value of one field is impossible.

    ``field`` names the attribute (as spelled in the data files) so that the
    loader can report a full path such as ``$.rounds[1].counts[0].share``.

    Args:
        field: the attribute's name.
        message: what is wrong with its value.

    Examples:
        >>> import chibo
        >>> try:
        ...     chibo.Country(id="BOL", alpha3="BOL", name_en="Bolivia", name_es="Bolivia", sources=("s",))
        ... except chibo.ChiboError as error:
        ...     print(error.field, "|", error.message)
        id | a country's id is its ISO alpha-2 code, got 'BOL'
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        return (type(self), (self.field, self.message))


class InvalidQuery(ChiboError, ValueError):
    """An argument given to a query is not valid (an unknown role, a malformed country code, ...).

    Examples:
        >>> import chibo
        >>> chibo.holder("king", "BO")
        Traceback (most recent call last):
        ...
        chibo.errors.InvalidQuery: unknown role 'king'...
    """


class BadDate(InvalidQuery):
    """A date given to chibo could not be understood, or has the wrong precision.

    Examples:
        >>> import chibo
        >>> chibo.PartialDate.parse("2025-02-30")
        Traceback (most recent call last):
        ...
        chibo.errors.BadDate: not a date: '2025-02-30'...
    """


class MissingExtra(ChiboError, ImportError):
    """An optional dependency is not installed; the message names the extra to install.

    It is an :class:`ImportError` as well, so ``except ImportError`` keeps working.

    Examples:
        >>> import chibo
        >>> issubclass(chibo.MissingExtra, ImportError)
        True
    """


class OutOfRange(ChiboError, ValueError):
    """A question about a date outside the range chibo can answer: a year outside 1-9999, or
    (as its subclass :class:`NotCovered`) a day outside the dataset's declared coverage.

    Examples:
        >>> import chibo
        >>> chibo.relations_status(10000)
        Traceback (most recent call last):
        ...
        chibo.errors.OutOfRange: year 10000 is outside 1-9999
        >>> issubclass(chibo.NotCovered, chibo.OutOfRange)
        True
    """


class NotCovered(OutOfRange):
    """A question outside what the dataset declares complete (see :func:`chibo.coverage`).

    ``subject`` names what was asked about (an office id such as ``"cl-president"``,
    ``"elections:BO"``); ``coverage`` describes what is covered (``"from 1990-03-11"``),
    or is None when nothing of that subject is covered. Never a guess: chibo raises
    this instead of answering None or an empty tuple where it may simply not know.

    ``attested`` holds the ids of the terms the data does record on the day asked about,
    outside its declared coverage: sourced, but with no claim that they are the only ones
    (an office held by a known person that day may also have had a holder the data lacks
    in the same days, or the term's imprecise dates may only seem to cover it).

    Args:
        message: the one-line explanation.
        subject: what was asked about.
        coverage: what is covered of it, or None.
        attested: term ids recorded on that day, outside the coverage (maybe empty).

    Examples:
        >>> import chibo
        >>> try:
        ...     chibo.election("BO", 1975)
        ... except chibo.NotCovered as error:
        ...     print(error.subject)
        elections:BO
    """

    def __init__(
        self, message: str, *, subject: str = "", coverage: str | None = None, attested: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.message = message
        self.subject = subject
        self.coverage = coverage
        self.attested = tuple(attested)

    def __reduce__(self) -> tuple[object, ...]:
        attributes = {"subject": self.subject, "coverage": self.coverage, "attested": self.attested}
        return (_rebuild, (type(self), (self.message,), attributes))


class NotFound(ChiboError, KeyError):
    """No record has that key (or no record answers that question).

    ``kind`` says what was looked up (``"record"`` for an id, ``"election"``,
    ``"decree"``, ``"country"``, ``"person"``, ``"round"``, ...), ``key`` the key as
    given, and ``suggestions`` the closest known keys, best first.

    Args:
        key: the key as given.
        suggestions: close keys that do exist.
        kind: what was looked up.
        message: the message, when the default ``no <kind> <key>`` does not fit.

    Examples:
        >>> import chibo
        >>> try:
        ...     chibo.get("rodrigo-pas")
        ... except chibo.NotFound as error:
        ...     print(error.kind, error.key, error.suggestions[0])
        record rodrigo-pas rodrigo-paz
    """

    def __init__(
        self,
        key: str,
        suggestions: Sequence[str] = (),
        *,
        kind: str = "record",
        message: str | None = None,
    ) -> None:
        self.key = key
        self.kind = kind
        self.suggestions = tuple(suggestions)
        if message is None:
            message = f"no record with id {key!r}" if kind == "record" else f"no {kind} {key!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:  # KeyError would quote the message otherwise
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_not_found, (type(self), self.key, self.suggestions, self.kind, self.message))

    @classmethod
    def for_key(cls, key: str, known: Iterable[str], *, kind: str = "record") -> NotFound:
        """A NotFound for ``key`` suggesting up to three close keys among ``known``.

        The work is bounded: only keys of a similar length that share the missed key's
        first letters (or, failing those, of a similar length) are compared, at most
        :data:`_MAX_CANDIDATES` of them, and a key longer than 200 characters gets none.
        """
        import difflib

        if not isinstance(key, str) or len(key) > 200:
            return cls(str(key)[:200], (), kind=kind)
        size = len(key)
        similar = [k for k in known if abs(len(k) - size) <= max(3, size // 3)]
        prefix = key[:3]
        close = [k for k in similar if k.startswith(prefix)] or similar
        candidates = list(itertools.islice(close, _MAX_CANDIDATES))
        return cls(key, difflib.get_close_matches(key, candidates, n=3, cutoff=0.6), kind=kind)


_MAX_CANDIDATES = 2_000
"""Suggestions compare a missed key with at most this many known keys (bounded work)."""


def _rebuild(cls: type[Exception], args: tuple[object, ...], attributes: dict[str, object]) -> Exception:
    error = cls(*args, **attributes)
    return error


def _rebuild_not_found(cls: type[NotFound], key: str, suggestions: Sequence[str], kind: str, message: str) -> NotFound:
    error = cls(key, kind=kind, message=message)
    error.suggestions = tuple(suggestions)
    return error


@attrs.frozen(kw_only=True)
class Problem:
    """One fault found while loading a data directory.

    ``file`` is the data file's name, ``record`` the record's id (``#3`` for the fourth
    record when it has no usable id; None for the file as a whole) and ``path`` a JSON
    path inside the record (``$`` for the record itself).

    Examples:
        >>> import chibo
        >>> print(chibo.Problem(file="people.json", record="ana", path="$.name", message="must not be blank"))
        people.json: ana: $.name: must not be blank
    """

    file: str
    record: str | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record is not None:
            where += f": {self.record}"
        return _printable(f"{where}: {self.path}: {self.message}")


def _printable(text: str) -> str:
    """``text`` with control and bidi characters escaped (``\\n``, ``\\u202e``): one line, no terminal codes."""
    import unicodedata

    if all(c.isprintable() and unicodedata.category(c) != "Cf" for c in text):
        return text
    return "".join(
        c if c.isprintable() and unicodedata.category(c) != "Cf" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


class DataError(ChiboError, ValueError):
    """A data directory is broken. ``problems`` lists every fault found in one pass.

    Args:
        problems: the faults, each a :class:`Problem`.

    Examples:
        >>> import chibo, tempfile
        >>> try:
        ...     chibo.load(tempfile.mkdtemp() + "/nowhere")
        ... except chibo.DataError as error:
        ...     print(len(error.problems), error.problems[0].message)
        1 not a directory
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        if len(self.problems) == 1:
            message = str(self.problems[0])
        else:
            message = f"{len(self.problems)} problems:\n" + "\n".join(f"  {p}" for p in self.problems)
        super().__init__(message)

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


class RedirectWarning(UserWarning):
    """An old id was looked up: :meth:`chibo.Dataset.get` followed its redirect to the new id.

    Args:
        old: the id that was looked up.
        new: the id that replaced it.
        since: the dataset version that replaced it.

    Examples:
        >>> import chibo
        >>> warning = chibo.RedirectWarning("old-id", "new-id", "0.2.0")
        >>> (warning.old, warning.new, warning.since)
        ('old-id', 'new-id', '0.2.0')
    """

    def __init__(self, old: str, new: str, since: str) -> None:
        super().__init__(f"id {old!r} was replaced by {new!r} in dataset {since}; store the new id")
        self.old = old
        self.new = new
        self.since = since

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.old, self.new, self.since))
