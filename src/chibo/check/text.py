"""Reading an article: its header, language, sentences, dates and numbers.

Dates are parsed by ``dateparser`` (multilingual, relative to the article's day) and
sentences are split by ``pysbd``; both come with the ``chibo[check]`` extra. This module
only finds the spans to hand them and keeps the precision the text states.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import attrs

from chibo._names import strip_accents
from chibo.dates import PartialDate

_HEADER = re.compile(r"\A\ufeff?(?:[ \t]*(date|language|published|lang)[ \t]*:[ \t]*(\S+)[ \t]*\r?\n)+", re.I)

_STOP_ES = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "que",
        "y",
        "en",
        "un",
        "una",
        "por",
        "con",
        "para",
        "se",
        "su",
        "al",
        "es",
        "fue",
        "como",
        "desde",
    ]
)
_STOP_EN = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "was",
        "for",
        "on",
        "with",
        "that",
        "as",
        "by",
        "his",
        "her",
        "from",
        "has",
        "have",
    ]
)


def fold(text: str) -> str:
    """Lower case without accents, punctuation and spacing kept (offsets are read in it):
    the form names and keywords are matched in."""
    return strip_accents(text).lower()


def read_header(text: str) -> tuple[str | None, str | None]:
    """``date:`` and ``language:`` lines at the top of a text, as in ``../shared/factcheck``."""
    match = _HEADER.match(text)
    published = language = None
    if match:
        for key, value in re.findall(r"(\w+)[ \t]*:[ \t]*(\S+)", match.group(0)):
            if key.lower() in {"date", "published"}:
                published = value
            else:
                language = value.lower()
    return published, language


def guess_language(text: str) -> str:
    """``"es"`` or ``"en"``, by counting common words."""
    words = re.findall(r"[a-záéíóúñ]+", text.lower())
    es = sum(w in _STOP_ES for w in words)
    en = sum(w in _STOP_EN for w in words)
    return "es" if es >= en else "en"


def sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (headlines and paragraphs apart)."""
    import pysbd

    segmenter = pysbd.Segmenter(language=language, clean=False, char_span=True)
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        base = para.start()
        chunk = para.group(0)
        for piece in segmenter.segment(chunk):
            start = base + piece.start
            end = base + piece.end
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    return spans


# ---------------------------------------------------------------- dates

_MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
_MONTHS_EN = "January February March April May June July August September October November December"
_DAYS_ES = "lunes martes miércoles miercoles jueves viernes sábado sabado domingo"
_DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_M = "|".join(_MONTHS_ES.split() + _MONTHS_EN.split())
_D = "|".join(_DAYS_ES.split() + _DAYS_EN.split())
_Y = r"(?:1[5-9]\d\d|20\d\d)"

_DATE_PATTERNS = [
    # 17 de marzo de 1978, 15 January 2026, sábado 8 de noviembre, Thursday, 15 January
    rf"(?:(?P<wd1>{_D}),?\s+)?(?P<d1>\d{{1,2}})(?!\d)(?:º|°|st|nd|rd|th)?\s+(?:de\s+)?(?P<m1>{_M})(?:,?\s+(?:de\s+|del\s+)?(?P<y1>{_Y}))?",
    # January 15, 2026
    rf"(?:(?P<wd2>{_D}),?\s+)?(?P<m2>{_M})\s+(?P<d2>\d{{1,2}})(?![\d])(?:st|nd|rd|th)?(?:,?\s+(?P<y2>{_Y}))?",
    # noviembre de 2019, March 2023
    rf"(?P<m3>{_M})\s+(?:de\s+|del\s+)?(?P<y3>{_Y})",
    # este martes, el pasado domingo, last Sunday, this Saturday
    rf"(?P<rel>este|esta|el\s+pasado|el\s+próximo|el\s+proximo|last|this|next|el|on)\s+(?P<wd4>{_D})(?!,?\s+\d)(?:\s+(?P<rel2>pasado|próximo|proximo))?",
    r"(?P<week>esta\s+semana|la\s+semana\s+pasada|this\s+week|last\s+week)",
    r"hace\s+(?P<agon>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?P<agou>d[ií]as|semanas)"
    r"|(?P<agon2>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<agou2>days|weeks)\s+ago",
    rf"(?<=desde )(?P<m8>{_M})\b(?!\s+(?:de\s+|del\s+)?\d)|(?<=since )(?P<m9>{_M})\b(?!\s+\d)"
    rf"|(?<=en )(?P<m10>{_M})\b(?!\s+(?:de\s+|del\s+)?\d)|(?<=in )(?P<m11>{_M})\b(?!\s+\d)",
    r"(?P<rel5>ayer|anteayer|hoy|yesterday|today)",
    rf"(?P<y6>{_Y})",
]
DATE_RE = re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS), re.I)


@attrs.frozen(kw_only=True, slots=True)
class DateMention:
    """A date the text states: a span, the date at its precision, or a range of days."""

    start: int
    end: int
    text: str
    date: PartialDate | None = None
    first: dt.date | None = None  # for a range such as "esta semana"
    last: dt.date | None = None
    year_only: bool = False  # a bare year ("en 1978")

    def bounds(self) -> tuple[dt.date, dt.date]:
        """First and last day the mention can mean."""
        if self.date is not None:
            return self.date.earliest, self.date.latest
        assert self.first is not None
        assert self.last is not None
        return self.first, self.last

    def iso(self) -> str:
        """The stated date as ISO at its precision, or a range ``A/B``."""
        if self.date is not None:
            return str(self.date)
        return f"{self.first}/{self.last}"


_PARSERS: dict[tuple[str, str], Any] = {}
_COUNT = {
    "un": 1,
    "una": 1,
    "one": 1,
    "dos": 2,
    "two": 2,
    "tres": 3,
    "three": 3,
    "cuatro": 4,
    "four": 4,
    "cinco": 5,
    "five": 5,
    "seis": 6,
    "six": 6,
    "siete": 7,
    "seven": 7,
    "ocho": 8,
    "eight": 8,
    "nueve": 9,
    "nine": 9,
    "diez": 10,
    "ten": 10,
}


def _parse(text: str, language: str, base: dt.date, prefer: str) -> tuple[dt.date, str] | None:
    from dateparser.date import DateDataParser

    key = (language, prefer)
    parser = _PARSERS.get(key)
    if parser is None:
        parser = DateDataParser(
            languages=[language, "en" if language == "es" else "es"],
            settings={"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False},
        )
        _PARSERS[key] = parser
    parser._settings.RELATIVE_BASE = dt.datetime(base.year, base.month, base.day)
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period)


def _nearest(text: str, language: str, base: dt.date, direction: str) -> dt.date | None:
    """A day-and-month without a year: the nearest such day to ``base`` (or past/future)."""
    past = _parse(text, language, base, "past")
    future = _parse(text, language, base, "future")
    options = [p[0] for p in (past, future) if p is not None]
    if direction == "past":
        options = [d for d in options if d <= base] or options
    elif direction == "future":
        options = [d for d in options if d >= base] or options
    return min(options, key=lambda d: abs((d - base).days)) if options else None


def find_dates(
    text: str, start: int, end: int, language: str, base: dt.date | None, direction: str = ""
) -> list[DateMention]:
    """Date mentions in ``text[start:end]``, resolved against ``base`` (the article's day).

    ``direction`` is ``"past"``, ``"future"`` or ``""`` (nearest): how a day without a year
    is placed. A weekday alone, "this week" or "yesterday" need ``base``; without it they
    are skipped.
    """
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text, start, end):
        g = m.groupdict()
        span = (m.start(), m.end())
        if g["d1"] or g["d2"]:
            day, month, year = (g["d1"], g["m1"], g["y1"]) if g["d1"] else (g["d2"], g["m2"], g["y2"])
            core = f"{int(day)} {month} {year}" if year else f"{int(day)} {month}"
            if year:
                parsed = _parse(core, language, base or dt.date(2000, 1, 1), "past")
                when = parsed[0] if parsed else None
            elif base is not None:
                when = _nearest(core, language, base, direction)
            else:
                when = None
            if when is not None:
                out.append(DateMention(start=span[0], end=span[1], text=m.group(0), date=PartialDate.of(when)))
        elif g["m3"]:
            parsed = _parse(f"{g['m3']} {g['y3']}", language, base or dt.date(2000, 1, 1), "past")
            if parsed:
                when = parsed[0]
                out.append(
                    DateMention(
                        start=span[0], end=span[1], text=m.group(0), date=PartialDate(year=when.year, month=when.month)
                    )
                )
        elif g["wd4"] and base is not None:
            rel = fold(g["rel"] + " " + (g["rel2"] or ""))
            if "pasado" in rel or "last" in rel:
                direction4 = "past"
            elif "proximo" in rel or "next" in rel:
                direction4 = "future"
            else:
                direction4 = direction
            when = _nearest(g["wd4"], language, base, direction4)
            if when is not None and abs((when - base).days) <= 7:
                out.append(DateMention(start=span[0], end=span[1], text=m.group(0), date=PartialDate.of(when)))
        elif (g["m8"] or g["m9"] or g["m10"] or g["m11"]) and base is not None:
            # a month without a year: the last such month up to the article's day (the next
            # one after a future verb)
            name = g["m8"] or g["m9"] or g["m10"] or g["m11"]
            parsed = _parse(f"{name} {base.year}", language, base, "past")
            if parsed:
                month = parsed[0].month
                year = base.year
                if direction == "future":
                    year += month < base.month
                elif month > base.month:
                    year -= 1
                mention = DateMention(
                    start=span[0], end=span[1], text=m.group(0), date=PartialDate(year=year, month=month)
                )
                out.append(mention)
        elif (g["agon"] or g["agon2"]) and base is not None:
            # "hace cinco días", "two weeks ago": a day give or take one (three for weeks)
            count = _COUNT.get(fold(g["agon"] or g["agon2"]), 0) or int(g["agon"] or g["agon2"])
            weeks = (g["agou"] or g["agou2"] or "").lower().startswith(("semana", "week"))
            around = base - dt.timedelta(days=count * (7 if weeks else 1))
            slack = dt.timedelta(days=3 if weeks else 1)
            out.append(
                DateMention(start=span[0], end=span[1], text=m.group(0), first=around - slack, last=around + slack)
            )
        elif g["week"] and base is not None:
            monday = base - dt.timedelta(days=base.weekday())
            if "pasada" in g["week"].lower() or "last" in g["week"].lower():
                monday -= dt.timedelta(days=7)
            out.append(
                DateMention(
                    start=span[0], end=span[1], text=m.group(0), first=monday, last=monday + dt.timedelta(days=6)
                )
            )
        elif g["rel5"] and base is not None:
            word = fold(g["rel5"])
            back = {"ayer": 1, "yesterday": 1, "anteayer": 2, "hoy": 0, "today": 0}[word]
            out.append(
                DateMention(
                    start=span[0], end=span[1], text=m.group(0), date=PartialDate.of(base - dt.timedelta(days=back))
                )
            )
        elif g["y6"]:
            out.append(
                DateMention(
                    start=span[0], end=span[1], text=m.group(0), date=PartialDate(year=int(g["y6"])), year_only=True
                )
            )
    return out


# ---------------------------------------------------------------- numbers

_NUM = r"\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@attrs.frozen(kw_only=True, slots=True)
class Number:
    """A number the text states, with the number of decimals written (its precision)."""

    start: int
    end: int
    value: float
    decimals: int
    unit: str = ""  # "percent", "votes", "km", "mi", "years", "bs", "million"
    step: float = 1.0  # the precision written: 0.01 for "54,96", 100000.0 for "7,8 millones"


def parse_number(raw: str, language: str) -> tuple[float, int] | None:
    """A number as written in ``language`` (``54,96``, ``3.337.031``, ``3,337,031``), by Babel."""
    from babel.numbers import NumberFormatError, parse_decimal

    raw = raw.replace("\u00a0", " ").strip()
    grouped = re.fullmatch(r"\d{1,3}(?:([.,  ])\d{3})+", raw)
    if grouped:  # thousands groups only: read the same in both languages
        return float(re.sub(r"\D", "", raw)), 0
    locale = "es_ES" if language == "es" else "en_US"
    try:
        value = parse_decimal(raw.replace(" ", ""), locale=locale, strict=False)
    except NumberFormatError:
        return None
    sep = "," if language == "es" else "."
    decimals = len(raw.rsplit(sep, 1)[1]) if sep in raw else 0
    return float(value), decimals


_UNIT = re.compile(
    r"\s*(?:(?P<pct>%|por\s*ciento|percent|per\s*cent)|(?P<mil>millones|millón|million)(?:\s+de)?(?:\s+(?P<mv>votos|votes))?"
    r"|(?P<votes>votos|votes)|-?(?P<km>kilómetros|kilometros|kilómetro|kilometro|kilometres|kilometers|kilometre|kilometer|km)\b"
    r"|-?(?P<mi>millas|miles|mile|mi)\b"
    r"|(?P<bs>bolivianos|Bs)\b|(?P<years>años|years))",
    re.I,
)


def find_numbers(text: str, start: int, end: int, language: str) -> Iterator[Number]:
    """Numbers in ``text[start:end]`` with the unit that follows them, if any.

    A four-digit year-like number without a unit is skipped (dates are read apart).
    """
    for m in re.finditer(rf"(?:Bs\.?\s*)?(?<![\w.,])({_NUM})(?![\w])", text[start:end]):
        raw = m.group(1)
        parsed = parse_number(raw, language)
        if parsed is None:
            continue
        value, decimals = parsed
        a, b = start + m.start(), start + m.end()
        unit = "bs" if m.group(0).lower().startswith("bs") else ""
        scale = 1.0
        u = _UNIT.match(text, b, end)
        if u and not unit:
            for name in ("pct", "mil", "votes", "km", "mi", "bs", "years"):
                if u.group(name):
                    unit = {"pct": "percent", "mil": "million", "votes": "votes"}.get(name, name)
                    break
            if unit == "million":
                value *= 1_000_000
                scale = 1_000_000.0
                unit = "votes" if u.group("mv") else "million"
            b = u.end()
        if not unit and re.fullmatch(r"1[5-9]\d\d|20\d\d", raw):
            continue
        yield Number(start=a, end=b, value=value, decimals=decimals, unit=unit, step=scale / 10**decimals)
