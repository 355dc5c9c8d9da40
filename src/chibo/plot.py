"""Pictures of the dataset: the level of relations over time and a period's timeline.

Needs the optional extra ``chibo[plot]`` (matplotlib). matplotlib is imported when a
chart is drawn, never by ``import chibo``. Charts are drawn on a private ``Figure``
(no pyplot state), so drawing is safe from several threads, and written without
timestamps or version metadata, so the same data gives the same file.
"""

from __future__ import annotations

import datetime
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chibo.chronology import EntryKind, TimelineEntry
from chibo.dates import DateLike, PartialDate
from chibo.errors import InvalidQuery, MissingExtra
from chibo.model import RelationsLevel, RelationsPeriod

if TYPE_CHECKING:
    from chibo.dataset import Dataset

__all__ = ["FORMATS", "MAX_TIMELINE_ROWS", "relations_chart", "timeline_chart"]

FORMATS = ("png", "svg", "pdf")
"""Output formats, chosen by the file name's extension."""

MAX_TIMELINE_ROWS = 250
"""A timeline chart has one row per entry; past this many the chart is unreadable, narrow the period."""

_LEVELS = tuple(RelationsLevel)
_LEVEL_LABELS = {
    RelationsLevel.NONE: "no relations",
    RelationsLevel.CONSULAR: "consular only",
    RelationsLevel.CHARGE_D_AFFAIRES: "chargé d'affaires",
    RelationsLevel.MINISTER: "ministers",
    RelationsLevel.AMBASSADOR: "ambassadors",
}
_KIND_COLORS = {
    EntryKind.EVENT: "#1f77b4",
    EntryKind.TERM_START: "#2ca02c",
    EntryKind.TERM_END: "#98df8a",
    EntryKind.ELECTION_ROUND: "#9467bd",
    EntryKind.DECREE_ISSUED: "#d62728",
    EntryKind.DECREE_REPEALED: "#ff9896",
    EntryKind.RELATIONS_CHANGE: "#ff7f0e",
}
_RC: Any = {"svg.hashsalt": "chibo", "svg.fonttype": "none"}  # stable ids and real text in SVG files
_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}


def _matplotlib() -> tuple[Any, Any]:
    """matplotlib's Figure class and a context with chibo's settings (the user's rcParams stay untouched)."""
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise MissingExtra("drawing charts needs matplotlib: pip install 'chibo[plot]'") from exc
    return Figure, matplotlib.rc_context(_RC)


def _target(out: str | Path) -> tuple[Path, str]:
    path = Path(out)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidQuery(f"chart file must end in one of {', '.join('.' + f for f in FORMATS)}: {str(path)!r}")
    return path, fmt


def _save(figure: Any, path: Path, fmt: str) -> Path:
    """Render the chart, then write it whole or not at all (see :func:`chibo.export.write_file`)."""
    import io

    from chibo.export import write_file

    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=120, metadata=_METADATA[fmt])
    write_file(path, buffer.getvalue())
    return path


def relations_chart(ds: Dataset, out: str | Path, between: Iterable[str] = ("BO", "CL")) -> Path:
    """Draw the level of relations between two countries as a step chart, turning points labelled.

    A period whose start is known only to the year or month is drawn from its first
    possible day, with the uncertain span shaded. The chart ends on the dataset's
    ``as_of`` day. Returns the path written.
    """
    path, fmt = _target(out)
    periods = ds.relations_history(between)
    figure_class, style = _matplotlib()
    with style:
        return _draw_relations(ds, periods, figure_class(figsize=(12, 5.5), layout="constrained"), path, fmt)


def _draw_relations(ds: Dataset, periods: tuple[RelationsPeriod, ...], fig: Any, path: Path, fmt: str) -> Path:
    end_day = ds.info.as_of.latest  # what the dataset knows; a chart drawn later stays the same
    ax = fig.add_subplot()
    xs: list[Any] = []
    ys: list[int] = []
    for period in periods:
        level = _LEVELS.index(period.level)
        xs.append(period.start.earliest)
        ys.append(level)
        if not period.start.is_day:
            ax.axvspan(period.start.earliest, period.start.latest, color="0.85", linewidth=0)
    xs.append(end_day)
    ys.append(ys[-1])
    ax.step(xs, ys, where="post", color="#1f4e79", linewidth=2)
    for i, period in enumerate(periods):
        level = _LEVELS.index(period.level)
        event = ds.get(period.start_event) if period.start_event else None
        reason = getattr(event, "title", None) or _LEVEL_LABELS[period.level]
        label = f"{period.start}: " + textwrap.shorten(reason, width=42, placeholder="…")
        offset = 0.32 if i % 2 == 0 else -0.42
        ax.annotate(
            label,
            xy=(period.start.earliest, level),
            xytext=(period.start.earliest, level + offset),
            fontsize=7.5,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
            arrowprops={"arrowstyle": "-", "color": "0.5", "linewidth": 0.6},
        )
    ax.set_yticks(range(len(_LEVELS)), [_LEVEL_LABELS[level] for level in _LEVELS])
    ax.set_ylim(-0.8, len(_LEVELS) - 0.3)
    ax.grid(axis="y", color="0.9")
    pair = "–".join(periods[0].countries)
    ax.set_title(f"Level of diplomatic relations {pair}, {periods[0].start.year}–{end_day.year}")
    ax.set_xlabel(f"chibo dataset {ds.version} as of {ds.info.as_of}; grey: date known only to the year or month")
    return _save(fig, path, fmt)


def timeline_chart(
    ds: Dataset,
    out: str | Path,
    start: DateLike | PartialDate | None = None,
    end: DateLike | PartialDate | None = None,
    country: str | None = None,
) -> Path:
    """Draw a period's timeline, one row per entry, coloured by kind.

    Entries known only to the month or year are drawn as a bar over the days they
    may stand for. Raises :class:`~chibo.InvalidQuery` when the period holds no
    entry or more than :data:`MAX_TIMELINE_ROWS`. Returns the path written.
    """
    path, fmt = _target(out)
    entries = ds.timeline(start, end, country=country)
    if not entries:
        raise InvalidQuery("no timeline entries in that period")
    if len(entries) > MAX_TIMELINE_ROWS:
        raise InvalidQuery(f"{len(entries)} entries in that period, at most {MAX_TIMELINE_ROWS} fit a chart")
    figure_class, style = _matplotlib()
    with style:
        fig = figure_class(figsize=(12, 1.2 + 0.24 * len(entries)), layout="constrained")
        title = f"Timeline {start or entries[0].date} to {end or entries[-1].date}" + (
            f" ({country})" if country else ""
        )
        return _draw_timeline(ds, entries, fig, title, path, fmt)


def _draw_timeline(ds: Dataset, entries: tuple[TimelineEntry, ...], fig: Any, title: str, path: Path, fmt: str) -> Path:
    ax = fig.add_subplot()
    for row, entry in enumerate(entries):
        color = _KIND_COLORS[entry.kind]
        first, last = entry.date.earliest, entry.date.latest
        if entry.date.is_day:
            ax.plot([first], [row], marker="o", markersize=5, color=color)
        else:
            ax.plot([first, last], [row, row], linewidth=4, color=color, solid_capstyle="butt")
        ax.annotate(
            textwrap.shorten(f"{entry.date}  {entry.title}", width=90, placeholder="…"),
            xy=(last, row),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            fontsize=7,
        )
    ax.invert_yaxis()
    ax.set_yticks([])
    for spine in ("left", "right", "top"):
        ax.spines[spine].set_visible(False)
    ax.margins(x=0.02)
    right = max(entry.date.latest for entry in entries)
    left = min(entry.date.earliest for entry in entries)
    room = (right.toordinal() - left.toordinal()) * 0.9 + 1  # space on the right for the labels
    ax.set_xlim(left, right + datetime.timedelta(days=room))
    # The axis and its dates stop at the period's last day: the room beyond is for the labels only.
    from matplotlib import dates

    to_number: Any = dates.date2num
    ax.set_xticks([tick for tick in ax.get_xticks() if tick <= to_number(right)])
    ax.spines["bottom"].set_bounds(to_number(left), to_number(right))
    handles = [
        ax.plot([], [], marker="o", linestyle="", color=color, label=kind.value.replace("_", " "))[0]
        for kind, color in _KIND_COLORS.items()
        if any(entry.kind is kind for entry in entries)
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=7, frameon=False)
    ax.set_title(title)
    ax.set_xlabel(f"chibo dataset {ds.version} as of {ds.info.as_of}; bars: dates known only to the month or year")
    return _save(fig, path, fmt)
