"""Verdicts from a stated value and the data's values, within the precision stated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from chibo.check.report import CheckVerdict
from chibo.check.text import DateMention
from chibo.dates import PartialDate

_STRENGTH = (CheckVerdict.CONTRADICTED, CheckVerdict.DISPUTED, CheckVerdict.UNVERIFIED, CheckVerdict.CONFIRMED)


def strongest(verdicts: Iterable[CheckVerdict]) -> CheckVerdict:
    """The verdict of a statement made of several parts: a contradiction wins, then a dispute."""
    return min(verdicts, key=_STRENGTH.index)


def date_fits(stated: DateMention, found: PartialDate) -> bool | None:
    """True if ``found`` lies inside what ``stated`` can mean, False if it cannot, None if the
    data is less precise than the text and still compatible (it cannot decide)."""
    s_first, s_last = stated.bounds()
    f_first, f_last = found.earliest, found.latest
    if s_first <= f_first and f_last <= s_last:
        return True
    if f_last < s_first or s_last < f_first:
        return False
    return None


def date_verdict(
    stated: DateMention, preferred: PartialDate | None, others: Iterable[PartialDate] = ()
) -> CheckVerdict:
    """Confirmed, contradicted (no kept alternative fits), disputed or unverified."""
    if preferred is None:
        return CheckVerdict.UNVERIFIED
    fit = date_fits(stated, preferred)
    if fit:
        return CheckVerdict.CONFIRMED
    if any(date_fits(stated, alt) for alt in others):
        return CheckVerdict.DISPUTED
    if fit is None:
        return CheckVerdict.UNVERIFIED
    return CheckVerdict.CONTRADICTED


def number_fits(stated: float, step: float, found: float) -> bool:
    """True if ``found`` rounds to ``stated`` at the precision written (``step``).

    54.5 (step 0.1) fits 54.53; 7.8 million (step 100,000) does not fit 7,254,850.
    """
    return abs(found - stated) <= step / 2 + 1e-9 * max(1.0, abs(stated))


def number_verdict(stated: float, step: float, preferred: float | None, others: Iterable[float] = ()) -> CheckVerdict:
    """Confirmed, contradicted, disputed or unverified for a number."""
    if preferred is None:
        return CheckVerdict.UNVERIFIED
    if number_fits(stated, step, preferred):
        return CheckVerdict.CONFIRMED
    if any(number_fits(stated, step, o) for o in others):
        return CheckVerdict.DISPUTED
    return CheckVerdict.CONTRADICTED


def days_between(a: dt.date, b: dt.date) -> int:
    """``a - b`` in days, for stdlib and pendulum dates alike."""
    return (dt.date(a.year, a.month, a.day) - dt.date(b.year, b.month, b.day)).days


def age_on(birth: PartialDate, on: dt.date) -> set[int]:
    """The ages a person born on ``birth`` (at its precision) can have on ``on``."""
    ages = set()
    for day in (birth.earliest, birth.latest):
        ages.add(on.year - day.year - ((on.month, on.day) < (day.month, day.day)))
    return set(range(min(ages), max(ages) + 1))
