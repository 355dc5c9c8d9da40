"""Where facts come from."""

from __future__ import annotations

import re
from typing import Any

import attrs

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import check_id, check_text

__all__ = ["Source"]

_LANG = re.compile(r"^[a-z]{2,3}$")


_URL_FORBIDDEN = re.compile(
    '[\\s"<>\\\\^`{|}\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]'
)
"""Characters RFC 3986 excludes from URIs, spaces, and control or format (bidi) characters: never in a URL.
Letters outside ASCII are kept: the stored pages' addresses are IRIs (RFC 3987), copied as given."""


def _url_chars_ok(value: str) -> bool:
    return bool(value) and _URL_FORBIDDEN.search(value) is None


def _valid_url(value: str) -> bool:
    from urllib.parse import urlsplit

    if not _url_chars_ok(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme.lower() in ("http", "https") and "." in host and not host.startswith(".")


def _check_url(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _valid_url(value):
        raise FieldError(attribute.name, f"not an http(s) URL: {value!r}")


def _check_language(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _LANG.fullmatch(value):
        raise FieldError(
            attribute.name,
            f"not an ISO 639 code (two letters, or three where the language has no two-letter code): {value!r}",
        )


@attrs.frozen(kw_only=True)
class Source:
    """A page a fact was checked against.

    Sources are the one kind of record without ``sources`` of their own: they are
    the evidence. ``published`` is the page's date (None when it shows none) and
    ``language`` an ISO 639 code.

    Examples:
        >>> import chibo
        >>> source = chibo.get("src-instantaneas-20251217-paz-elimina")
        >>> source.url.startswith("https://"), source.language
        (True, 'es')
    """

    id: str = attrs.field(validator=check_id)
    url: str = attrs.field(validator=_check_url)
    title: str | None = attrs.field(validator=check_text)
    publisher: str = attrs.field(validator=check_text)
    published: PartialDate | None
    """None when the page shows no date (the note says what is known)."""
    language: str = attrs.field(validator=_check_language)
    note: str | None = None
