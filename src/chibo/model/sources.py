"""Where facts come from."""

from __future__ import annotations

import re
from typing import Any

import attrs

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import check_id, check_text

__all__ = ["Source"]

_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")
_LANG = re.compile(r"^[a-z]{2,3}$")


def _check_url(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _URL.match(value):
        raise FieldError(attribute.name, f"not an http(s) URL: {value!r}")


def _check_language(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _LANG.match(value):
        raise FieldError(
            attribute.name,
            f"not an ISO 639 code (two letters, or three where the language has no two-letter code): {value!r}",
        )


@attrs.frozen(kw_only=True)
class Source:
    """A page a fact was checked against.

    Sources are the one kind of record without ``sources`` of their own: they are
    the evidence.
    """

    id: str = attrs.field(validator=check_id)
    url: str = attrs.field(validator=_check_url)
    title: str | None = attrs.field(validator=check_text)
    publisher: str = attrs.field(validator=check_text)
    published: PartialDate | None
    """None when the page shows no date (the note says what is known)."""
    language: str = attrs.field(validator=_check_language)
    note: str | None = None
