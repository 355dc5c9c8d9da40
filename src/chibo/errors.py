"""The exceptions chibo raises. All derive from :class:`ChiboError`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "BadDate",
    "ChiboError",
    "DataError",
    "FieldError",
    "InvalidQuery",
    "MissingExtra",
    "NotFound",
    "OutOfRange",
    "Problem",
]


class ChiboError(Exception):
    """Base class of every error chibo raises on purpose."""


class FieldError(ValueError):
    """Raised by model validators: a value of one field is impossible.

    ``field`` names the attribute (as spelled in the data files) so that the
    loader can report a full path such as ``$.rounds[1].counts[0].share``.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class InvalidQuery(ChiboError, ValueError):
    """An argument given to a query is not valid (an unknown role, a malformed country code, ...)."""


class BadDate(InvalidQuery):
    """A date given to chibo could not be understood, or has the wrong precision."""


class MissingExtra(ChiboError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class OutOfRange(ChiboError, ValueError):
    """A question about a date outside the dataset's coverage."""


class NotFound(ChiboError, KeyError):
    """No record has that id (or no record answers that question).

    ``suggestions`` holds the closest known ids, best first.
    """

    def __init__(self, key: str, suggestions: Sequence[str] = ()) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        message = f"no record with id {key!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:  # KeyError would quote the message otherwise
        return str(self.args[0])

    @classmethod
    def for_key(cls, key: str, known: Iterable[str]) -> NotFound:
        import difflib

        return cls(key, difflib.get_close_matches(key, list(known), n=3, cutoff=0.6))


@attrs.frozen(kw_only=True)
class Problem:
    """One fault found while loading a data directory."""

    file: str
    record: str | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record is not None:
            where += f": {self.record}"
        return f"{where}: {self.path}: {self.message}"


class DataError(ChiboError, ValueError):
    """A data directory is broken. ``problems`` lists every fault found in one pass."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        if len(self.problems) == 1:
            message = str(self.problems[0])
        else:
            message = f"{len(self.problems)} problems:\n" + "\n".join(f"  {p}" for p in self.problems)
        super().__init__(message)
