"""``chibo check``: read an article and say, for each checkable statement, what the data says.

Needs the ``check`` extra (``pip install 'chibo[check]'``): dateparser for multilingual and
relative dates, pysbd for sentence splitting, Babel for numbers as each language writes them.
"""

from __future__ import annotations

import datetime as dt

from chibo.check.report import CheckReport, CheckVerdict, Finding, StatementKind
from chibo.errors import InvalidQuery, MissingExtra

__all__ = ["MAX_CHARACTERS", "CheckReport", "CheckVerdict", "Finding", "StatementKind", "check"]

MAX_CHARACTERS = 1_000_000
"""The longest text :func:`check` reads (about 150,000 words; an article is a few thousand characters)."""


def check(
    text: str, published: str | dt.date | None = None, language: str | None = None, *, dataset: object = None
) -> CheckReport:
    """Find the checkable statements of ``text`` and decide each against the data.

    Args:
        text: the article (Spanish or English). A header of ``date: YYYY-MM-DD`` and
            ``language: es|en`` lines at the top, as in ``shared/factcheck``, is read when
            ``published``/``language`` are not given.
        published: the day the article was written: relative dates ("este lunes", "last
            Sunday") and ages are read against it. ISO string or date.
        language: ``"es"`` or ``"en"``; guessed from common words when None.
        dataset: a :class:`chibo.Dataset` (default: the bundled one).

    Returns:
        A :class:`CheckReport` whose ``findings`` give, for each statement, the quote and its
        offsets, the kind, the stated and found values, the verdict, the evidence record ids
        and sources, and the query that reproduces the answer.

    Raises:
        InvalidQuery: ``text`` is not a string or is longer than :data:`MAX_CHARACTERS`, or
            ``published`` is not a date.
        MissingExtra: the ``check`` extra is not installed.

    Examples:
        >>> report = check("Luis Arce, en el poder desde noviembre de 2019.", published="2025-11-09")
        >>> [(f.kind.value, f.verdict.value) for f in report.findings]
        [('office_holder', 'contradicted')]
    """
    if not isinstance(text, str):
        raise InvalidQuery(f"text must be a string, not {type(text).__name__}")
    if len(text) > MAX_CHARACTERS:
        raise InvalidQuery(f"text is {len(text):,} characters long; chibo check reads at most {MAX_CHARACTERS:,}")
    day: dt.date | None
    if published is None:
        day = None
    elif isinstance(published, dt.date):
        day = published if not isinstance(published, dt.datetime) else published.date()
    elif isinstance(published, str):
        try:
            day = dt.date.fromisoformat(published.strip())
        except ValueError:
            raise InvalidQuery(f"published must be a day as YYYY-MM-DD, not {published!r}") from None
    else:
        raise InvalidQuery(f"published must be a date or an ISO string, not {type(published).__name__}")
    if language is not None and (not isinstance(language, str) or language.lower() not in {"es", "en"}):
        raise InvalidQuery(f"language must be 'es' or 'en', not {language!r}")
    try:
        import babel  # noqa: F401
        import dateparser  # noqa: F401
        import pysbd  # noqa: F401
    except ImportError as exc:
        raise MissingExtra(
            f"chibo check needs the check extra: pip install 'chibo[check]' ({exc.name} is missing)"
        ) from exc
    from chibo.check.engine import run
    from chibo.dataset import Dataset

    if dataset is None:
        import chibo

        dataset = chibo.load()
    if not isinstance(dataset, Dataset):
        raise InvalidQuery(f"dataset must be a chibo.Dataset, not {type(dataset).__name__}")
    return run(dataset, text, day, language)
