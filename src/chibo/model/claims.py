"""Statements made by a source, and the verdict the evidence gives."""

from __future__ import annotations

import attrs

from chibo.model.base import Record, check_nonempty, check_text
from chibo.model.enums import Verdict

__all__ = ["Claim", "ClaimCheck"]


@attrs.frozen(kw_only=True)
class ClaimCheck:
    """A claim stated as a field value of a record: ``record.field == value``.

    The verdict of a claim that carries a check is computed from the data (see
    :func:`chibo._validation` and :meth:`verdict_for`): ``confirmed`` when the record's
    preferred value is ``value``, ``disputed`` when ``value`` is one of the record's kept
    alternatives for that field, ``contradicted`` otherwise.

    Examples:
        >>> import chibo
        >>> chibo.get("claim-paz-kast-phone-call").check
        ClaimCheck(record='2025-12-paz-kast-phone-call', field='status', value='held')
    """

    record: str = attrs.field(validator=check_text)
    field: str = attrs.field(validator=check_text)
    value: str


def _text(value: object) -> str:
    return str(getattr(value, "value", value))


def verdict_for(check: ClaimCheck, record: object) -> Verdict:
    """The verdict the data gives a check on ``record`` (any record with that field).

    Raises :class:`AttributeError` when the record has no such field.
    """
    actual = getattr(record, check.field)
    if _text(actual) == check.value:
        return Verdict.CONFIRMED
    alternatives = getattr(record, "alternatives", ())
    if any(a.field == check.field and a.value == check.value for a in alternatives):
        return Verdict.DISPUTED
    return Verdict.CONTRADICTED


@attrs.frozen(kw_only=True)
class Claim(Record):
    """A checkable statement in a ``source`` and its fact-check.

    ``sources`` are where the claim was read (the claiming source among them);
    ``evidence`` are the sources the verdict rests on.

    Examples:
        >>> import chibo
        >>> claim = chibo.get("claim-paz-kast-phone-call")
        >>> claim.verdict.value, claim.source
        ('confirmed', 'src-elciudadano-2025-12-cancilleres-en')
    """

    source: str
    statement: str = attrs.field(validator=check_text)
    verdict: Verdict
    explanation: str = attrs.field(validator=check_text)
    about: tuple[str, ...] = ()
    evidence: tuple[str, ...] = attrs.field(default=(), validator=check_nonempty)
    check: ClaimCheck | None = None
    """The statement as a field value of a record; the verdict must then be the computed one."""
