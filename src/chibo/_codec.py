"""The one cattrs converter: JSON-ready dicts <-> model classes.

Every conversion between the data files (or exports) and the classes goes
through :data:`converter`. Hooks for ``PartialDate`` and ``pendulum.Date`` are
registered explicitly, so that neither cattrs' defaults nor its JSON preconf turn
pendulum dates back into stdlib dates.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import pendulum
from cattrs import Converter
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from chibo.dates import PartialDate
from chibo.errors import BadDate, ChiboError, FieldError

__all__ = [
    "TRAILING_KEYS",
    "StructureError",
    "configure_converter",
    "converter",
    "field_order",
    "structure",
    "to_dict",
    "unstructure",
]

T = TypeVar("T")


def _structure_partial_date(value: Any, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise BadDate(f"expected a date string (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    if value != value.strip():
        raise BadDate(f"a date in the data must not have surrounding spaces: {value!r}")
    return PartialDate.parse(value)


_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ud800-\udfff\ufeff\ufff9-\uffff\U000e0000-\U000e007f]"
)
"""Control characters (but newline and tab), bidi and other invisible format characters, line and
paragraph separators, lone surrogates and noncharacters: never in data text."""


def _check_characters(value: str) -> None:
    """Data text holds no control characters (but newline and tab) and no bidi controls."""
    found = _FORBIDDEN.search(value)
    if found is not None:
        raise ValueError(f"control character {found.group()!r} at position {found.start()}")


def _structure_pendulum_date(value: Any, _: type) -> pendulum.Date:
    if not isinstance(value, str):
        raise BadDate(f"expected an ISO date string, got {value!r}")
    partial = PartialDate.parse(value)
    if not partial.is_day:
        raise BadDate(f"expected a full date, got {value!r}")
    return partial.earliest


def _structure_str(value: Any, cl: type) -> Any:
    # The default hook would accept any value and call str() on it. The hook also
    # receives str subclasses, which in the model are the StrEnum vocabularies.
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    _check_characters(value)
    if issubclass(cl, enum.Enum):
        try:
            return cl(value)
        except ValueError:
            choices = ", ".join(repr(m.value) for m in cl)
            raise ValueError(f"{value!r} is not one of {choices}") from None
    return value


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {value!r}")
    return value


def _structure_float(value: Any, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {value!r}")
    return float(value)


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _structure_tuple(conv: Converter, value: Any, cl: Any) -> Any:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    (item_type, _ellipsis) = cl.__args__
    errors: list[Exception] = []
    items: list[Any] = []
    for index, item in enumerate(value):
        try:
            items.append(conv.structure(item, item_type))
        except Exception as exc:
            note = IterableValidationNote(f"Structuring {cl} @ index {index}", index, item_type)
            exc.__notes__ = [*getattr(exc, "__notes__", []), note]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
    return tuple(items)


def _is_optional(t: Any) -> bool:
    args = getattr(t, "__args__", ())
    return typing.get_origin(t) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args


def _structure_optional(conv: Converter, value: Any, cl: Any) -> Any:
    if value is None:
        return None
    (inner,) = (a for a in cl.__args__ if a is not type(None))
    return conv.structure(value, inner)


def _is_homogeneous_tuple(t: Any) -> bool:
    return (
        getattr(t, "__origin__", None) is tuple and len(getattr(t, "__args__", ())) == 2 and t.__args__[1] is Ellipsis
    )


TRAILING_KEYS = ("sources", "note", "alternatives")
"""The keys shared by every record, written after a record's own fields (in JSON and CSV alike)."""


def field_order(cls: type) -> list[str]:
    """The keys of ``cls`` as written: its fields in declaration order, then :data:`TRAILING_KEYS`.

    Args:
        cls: an attrs class of the model.

    Returns:
        The field names, the shared ones last.

    Examples:
        >>> import chibo
        >>> field_order(chibo.Country)[-3:]
        ['sources', 'note', 'alternatives']
    """
    names = [a.name for a in attrs.fields(cls)]
    return [n for n in names if n not in TRAILING_KEYS] + [n for n in TRAILING_KEYS if n in names]


def _unstructure_factory(conv: Converter, cl: type) -> Callable[[Any], dict[str, Any]]:
    """Generated unstructure function, with the keys shared by every record moved last."""
    base: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(cl, conv)
    order = field_order(cl)

    def unstructure_record(obj: Any) -> dict[str, Any]:
        raw = base(obj)
        return {name: raw[name] for name in order}

    return unstructure_record


def _structure_factory(conv: Converter, cl: type) -> Callable[[Any, type], Any]:
    """cattrs' generated structure function, which reports every validator's fault.

    attrs runs a class's validators one after the other and stops at the first failure,
    so one bad field would hide a record's other faults. When construction fails on a
    validator, each field of the record is structured and validated on its own, and
    every fault is reported in one run (with the class-level check that failed, if any).
    """
    base: Callable[[Any, type], Any] = make_dict_structure_fn(cl, conv)

    def structure_record(data: Any, _: type) -> Any:
        try:
            return base(data, cl)
        except (FieldError, ClassValidationError) as first:
            if isinstance(first, ClassValidationError) and not all(
                isinstance(e, FieldError) and not getattr(e, "__notes__", None) for e in first.exceptions
            ):
                # Some fields failed to structure (cattrs lists each); add the other fields' validator faults.
                extra = _field_faults(conv, cl, data)
                if not extra:
                    raise
                raise ClassValidationError(first.message, [*first.exceptions, *extra], cl) from None
            firsts = list(first.exceptions) if isinstance(first, ClassValidationError) else [first]
            faults = _field_faults(conv, cl, data)
            seen = {(f.field, f.message) for f in faults}
            faults.extend(f for f in firsts if isinstance(f, FieldError) and (f.field, f.message) not in seen)
            if len(faults) <= 1:
                raise
            raise ClassValidationError(f"While structuring {cl.__name__}", faults, cl) from None

    return structure_record


def _field_faults(conv: Converter, cl: type, data: Any) -> list[FieldError]:
    """The validator faults of each field of ``data``, each field structured and checked on its own."""
    faults: list[FieldError] = []
    if not isinstance(data, dict):
        return faults
    attrs.resolve_types(cl)
    for field in attrs.fields(cl):
        if field.validator is None or field.name not in data:
            continue
        try:
            value = conv.structure(data[field.name], field.type)
            field.validator(None, field, value)
        except FieldError as fault:
            faults.append(fault)
        except Exception:  # a structuring fault is cattrs' to report, not this pass's
            continue
    return faults


def configure_converter(conv: Converter) -> None:
    """Register chibo's hooks on ``conv``; the module's :data:`converter` is configured so.

    The rules, in the order they are registered:

    * ``PartialDate``: from a date string (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, no surrounding
      spaces; anything else is a :class:`~chibo.errors.BadDate`), to the same string.
    * ``pendulum.Date``: from a full ISO date string, to ``YYYY-MM-DD`` (and ``datetime.date`` too),
      so that dates stay pendulum dates both ways.
    * ``str`` (and the ``StrEnum`` vocabularies): only a string, without control, bidi or invisible
      characters; an enum value not in the vocabulary lists the allowed values.
    * ``int``, ``float``, ``bool``: only that JSON type (``true`` is not ``1``, ``"3"`` is not ``3``).
    * ``X | None``: ``null`` is ``None``, anything else is structured as ``X``.
    * ``tuple[X, ...]``: only a JSON array; every item's fault is reported with its index.
    * attrs classes, to JSON: the fields in declaration order, :data:`TRAILING_KEYS` last
      (:func:`field_order`).
    * attrs classes, from JSON: unknown keys are errors, and when a validator fails every other
      field's validator fault is reported in the same run.

    Args:
        conv: a converter made with ``forbid_extra_keys=True, detailed_validation=True``.

    Returns:
        None; ``conv`` is changed in place.

    Examples:
        >>> from cattrs import Converter
        >>> conv = Converter(forbid_extra_keys=True, detailed_validation=True)
        >>> configure_converter(conv)
        >>> conv.unstructure(PartialDate.parse("2026-01"))
        '2026-01'
    """
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(pendulum.Date, _structure_pendulum_date)
    conv.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook_func(_is_optional, functools.partial(_structure_optional, conv))
    conv.register_structure_hook_func(_is_homogeneous_tuple, functools.partial(_structure_tuple, conv))
    conv.register_unstructure_hook_factory(attrs.has, functools.partial(_unstructure_factory, conv))
    conv.register_structure_hook_factory(attrs.has, functools.partial(_structure_factory, conv))


converter = Converter(forbid_extra_keys=True, detailed_validation=True)
"""The converter. Unknown keys are errors; every error carries its path.

A plain :class:`cattrs.Converter` with chibo's own hooks (:func:`configure_converter`): the
data holds only JSON types, ``PartialDate`` and ``pendulum.Date``, so cattrs' JSON preconf
(whose import costs more than the rest of this module) adds nothing we use.
"""
configure_converter(converter)


class StructureError(ChiboError, ValueError):
    """A dict could not become a record; ``problems`` are ``(path, message)`` pairs.

    Args:
        problems: each fault's JSON path inside the dict and its message.

    Examples:
        >>> import chibo
        >>> try:
        ...     structure({"id": "x", "name": " ", "sources": ["s"]}, chibo.Person)
        ... except StructureError as error:
        ...     print(error.problems)
        [('$.name', 'must not be blank')]
    """

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p}: {m}" for p, m in problems))


def _walk(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                yield from _walk(inner, f"{path}.{note.name}")
            elif isinstance(note, IterableValidationNote):
                yield from _walk(inner, f"{path}[{note.index!r}]")
            else:  # pragma: no cover - cattrs adds no other notes today
                yield from _walk(inner, path)
        for inner in without:
            yield from _walk(inner, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        yield path, "unknown field(s): " + ", ".join(sorted(exc.extra_fields))
    elif isinstance(exc, FieldError):
        yield f"{path}.{exc.field}", exc.message
    elif isinstance(exc, KeyError):
        yield path, "required field missing"
    elif isinstance(exc, TypeError) and "missing" in str(exc) and "required" in str(exc):
        yield path, str(exc)
    else:
        yield path, str(exc) or type(exc).__name__


def structure(data: Any, cls: type[T]) -> T:
    """Turn a JSON value into ``cls``; raise :class:`StructureError` with every fault's path."""
    if not isinstance(data, dict):
        raise StructureError([("$", f"expected an object, got {type(data).__name__}")])
    try:
        return converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError, ValueError, TypeError, KeyError) as exc:
        raise StructureError(list(_walk(exc, "$"))) from None


def unstructure(obj: Any) -> Any:
    """Turn a record (or any model value) into JSON-ready Python values."""
    return converter.unstructure(obj)


def _computed() -> dict[type, tuple[tuple[str, Callable[[Any], Any]], ...]]:
    """Class -> the computed values :func:`to_dict` adds after the fields (what the CLI prints)."""
    from chibo.model import Border, Event, Incumbency, RelationsPeriod, RelationsStatus

    return {
        RelationsPeriod: (("cow_code", lambda p: p.cow_code),),
        RelationsStatus: (("cow_code", lambda s: s.cow_code), ("duration_days", lambda s: s.duration.in_days())),
        Border: (("length_km", lambda b: b.length_km),),
        Event: (("first_reported", lambda e: None if e.first_reported is None else str(e.first_reported)),),
        Incumbency: (("person", lambda i: i.person), ("vacant", lambda i: i.vacant)),
    }


_public: dict[bool, Converter] = {}


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _public_converter(computed: bool) -> Converter:
    """A converter like :data:`converter` that writes vocabularies as plain strings and, when
    ``computed``, adds each record's computed values (:func:`_computed`)."""
    found = _public.get(computed)
    if found is not None:
        return found
    conv = Converter(forbid_extra_keys=True, detailed_validation=True)
    configure_converter(conv)
    conv.register_unstructure_hook(enum.StrEnum, _enum_value)  # the vocabularies: plain strings
    if computed:
        table = _computed()

        def factory(cl: type) -> Callable[[Any], dict[str, Any]]:
            base = _unstructure_factory(conv, cl)
            extra = table.get(cl, ())
            if not extra:
                return base

            def with_computed(obj: Any) -> dict[str, Any]:
                return {**base(obj), **{name: value(obj) for name, value in extra}}

            return with_computed

        conv.register_unstructure_hook_factory(attrs.has, factory)
    return _public.setdefault(computed, conv)


def to_dict(record: Any, *, computed: bool = True) -> dict[str, Any]:
    """A record (or any answer object, such as a relations status) as a JSON-ready dict.

    The keys are the record's fields, in the order the data files use (:func:`field_order`),
    then the values computed from them that the command line prints as well: ``cow_code``
    (Correlates of War code, 0-3) of a relations period or status, ``duration_days`` (whole
    days at that level) of a status, ``length_km`` (the preferred length, in kilometres) of a
    border, ``first_reported`` of an event and ``person`` and ``vacant`` of an incumbency.
    Nested records are converted the same way. Dates become ISO strings, vocabularies their
    values, tuples lists: ``json.dumps(chibo.to_dict(record))`` always works.

    With ``computed=False`` the dict is the record as a data file holds it, ready to be
    written to an overlay (see the docs' "Extending the data").

    Args:
        record: a record of any collection, or an answer object (``RelationsStatus``,
            ``Incumbency``, ``TimelineEntry``, ``Change``, ``DatasetInfo``, ...).
        computed: whether to add the computed values after the fields.

    Returns:
        A new dict of JSON values.

    Raises:
        InvalidQuery: ``record`` is not one of chibo's record or answer classes.

    Examples:
        >>> import json, chibo
        >>> data = chibo.to_dict(chibo.relations_status("1976-06-01"))
        >>> data["level"], data["cow_code"], data["on"]
        ('ambassador', 3, '1976-06-01')
        >>> json.loads(json.dumps(data)) == data
        True
        >>> "cow_code" in chibo.to_dict(chibo.relations_history()[0], computed=False)
        False
    """
    if not attrs.has(type(record)):
        from chibo.errors import InvalidQuery

        raise InvalidQuery(f"not a chibo record: {type(record).__name__}")
    result: dict[str, Any] = _public_converter(computed).unstructure(record)
    return result
