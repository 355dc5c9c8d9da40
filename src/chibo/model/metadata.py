"""What a data directory says about itself (``metadata.json``)."""

from __future__ import annotations

import re
from typing import Any

import attrs

from chibo.dates import PartialDate
from chibo.errors import FieldError
from chibo.model.base import check_text

__all__ = ["DatasetInfo", "Redirect"]

_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$")


def _check_version(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _SEMVER.fullmatch(value):
        raise FieldError(attribute.name, f"not a semantic version: {value!r}")


def _check_day(instance: Any, attribute: attrs.Attribute[Any], value: PartialDate) -> None:
    if not value.is_day:
        raise FieldError(attribute.name, f"must be a day, got {value}")


@attrs.frozen(kw_only=True)
class DatasetInfo:
    """The dataset's own version and the day its facts were last checked ("as of").

    ``version`` is a semantic version; ``as_of`` a day.

    Examples:
        >>> import chibo
        >>> info = chibo.load().info
        >>> info.as_of.is_day, info.version.count(".")
        (True, 2)
    """

    version: str = attrs.field(validator=_check_version)
    as_of: PartialDate = attrs.field(validator=_check_day)
    title: str = attrs.field(validator=check_text)
    license: str | None = None
    description: str | None = None


@attrs.frozen(kw_only=True)
class Redirect:
    """An id released in an earlier dataset version that now names another record.

    Downstream projects store chibo ids, so an id, once released, always resolves:
    a renamed or merged record leaves a redirect (``redirects.json``), which
    :meth:`chibo.Dataset.get` follows with a :class:`~chibo.RedirectWarning`.
    """

    id: str = attrs.field(validator=check_text)
    """The old id."""
    to: str = attrs.field(validator=check_text)
    """The id that replaces it."""
    since: str = attrs.field(validator=_check_version)
    """The dataset version in which the old id stopped naming a record."""
    reason: str = attrs.field(validator=check_text)
