"""Records from trusted input: a bundled data file whose fingerprint matches.

The bundled data files are validated as a whole at build and test time (``tools/datafmt.py``),
and the fingerprint of each is shipped (``chibo._fingerprint``). A bundled file whose bytes
match is built here: each record is created without running its class's validators (they
passed on these very bytes), field by field from a plan made once per class. Any other
input goes through :func:`chibo._codec.structure`. This module imports no cattrs converter,
so that a first answer from trusted files does not pay for creating one.
"""

from __future__ import annotations

import enum
import inspect
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pendulum

from chibo.dates import PartialDate
from chibo.errors import DataError, Problem

__all__ = ["is_optional", "trusted_records"]

T = TypeVar("T")

_new = object.__new__
_set = object.__setattr__
_MISSING = object()
_Plan = tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]
_plans: dict[type, Callable[[Any], Any]] = {}


_dates: dict[str, PartialDate] = {}
"""Each date text read, once: dates are frozen, and the same few thousand days recur."""


def _trusted_partial_date(value: str) -> PartialDate:
    date = _dates.get(value)
    if date is None:
        parts = value.split("-")
        date = _new(PartialDate)
        _set(date, "year", int(parts[0]))
        _set(date, "month", int(parts[1]) if len(parts) > 1 else None)
        _set(date, "day", int(parts[2]) if len(parts) > 2 else None)
        _dates[value] = date
    return date


def _trusted_pendulum_date(value: str) -> pendulum.Date:
    year, month, day = value.split("-")
    return pendulum.Date(int(year), int(month), int(day))


def _trusted_converter(t: Any) -> Callable[[Any], Any] | None:
    """What turns a trusted JSON value into a value of type ``t``; None: the value itself."""
    if t is str or t is int or t is bool:
        return None
    if t is float:
        return float
    if t is PartialDate:
        return _trusted_partial_date
    if t is pendulum.Date:
        return _trusted_pendulum_date
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return t._value2member_map_.__getitem__  # what t(value) finds, without Enum's call machinery
    if isinstance(t, type) and attrs.has(t):
        return _trusted_builder(t)
    if is_optional(t):
        (inner,) = (a for a in t.__args__ if a is not type(None))
        convert = _trusted_converter(inner)
        if convert is None:
            return None
        return lambda value: None if value is None else convert(value)
    if typing.get_origin(t) is tuple and len(t.__args__) == 2 and t.__args__[1] is Ellipsis:
        item = _trusted_converter(t.__args__[0])
        if item is None:
            return tuple
        return lambda value: tuple(map(item, value))
    raise TypeError(f"no trusted structuring for {t!r}")  # pragma: no cover - the model uses none other


def _trusted_builder(cl: type[T]) -> Callable[[Any], T]:
    found = _plans.get(cl)
    if found is not None:
        return found
    types_ = _field_types(cl)
    plan: _Plan = tuple(
        (field.name, _trusted_converter(types_[field.name]), field.default)
        for field in attrs.fields(typing.cast(Any, cl))
    )

    converters: dict[str, Any] = {name: convert for name, convert, _default in plan}
    fields = len(plan)

    def build(data: Any) -> T:
        # The keys present are set first (a record names few of its optional fields), then the defaults.
        obj = _new(cl)
        found = 0
        for name, value in data.items():
            convert = converters.get(name, _MISSING)
            if convert is not _MISSING:
                _set(obj, name, value if convert is None else convert(value))
                found += 1
        if found < fields:
            for name, _convert, default in plan:
                if name not in data:
                    if default is attrs.NOTHING:  # pragma: no cover - the fingerprint says the file is valid
                        problem = Problem(file="(bundled)", record=None, path=f"$.{name}", message="missing")
                        raise DataError([problem])
                    _set(obj, name, default)
        return obj

    _plans[cl] = build
    return build


_evaluated: dict[tuple[str, str], Any] = {}
"""(module, annotation text) -> the type it names: ``str | None`` is evaluated once, not once a class."""


def _field_types(cl: type) -> dict[str, Any]:
    """The type each annotation of ``cl`` and its bases names, as :func:`typing.get_type_hints` finds it.

    Each text is evaluated in the module of the class that wrote it (what ``get_type_hints``
    does), once per module: ``attrs.resolve_types`` compiles every annotation of every
    class again, a millisecond of a first answer.
    """
    found: dict[str, Any] = {}
    for base in reversed(cl.__mro__):
        for name, text in inspect.get_annotations(base).items():
            value = text
            if isinstance(text, str):
                key = (base.__module__, text)
                value = _evaluated.get(key, _MISSING)
                if value is _MISSING:
                    value = _evaluated[key] = eval(text, vars(sys.modules[base.__module__]))  # our own annotations
            found[name] = value
    return found


def trusted_records(values: list[Any], cls: type[T]) -> tuple[T, ...]:
    """Records of ``cls`` from a bundled file whose fingerprint matched: validators are not run.

    Only for input validated at build time (see ``chibo._fingerprint``); the result
    equals what :func:`chibo._codec.structure` makes of the same values (a test compares every
    bundled record).
    """
    return tuple(map(_trusted_builder(cls), values))


def is_optional(t: Any) -> bool:
    """Whether ``t`` is ``X | None``."""
    args = getattr(t, "__args__", ())
    return typing.get_origin(t) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args
