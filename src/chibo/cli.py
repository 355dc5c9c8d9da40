"""The ``chibo`` command.

Exit status: 0 success, 1 nothing found, not covered, invalid data or a file that cannot be
written, 2 usage error (including a bad date or country code, or a command whose optional extra
is not installed). Errors are one line on stderr, never a traceback; under ``--json`` that line
is a JSON object ``{"error": ..., "kind": ...}``.

Each subcommand is one row of :data:`_COMMANDS`: its help, a function that adds its arguments
and a function that runs it. A list command answers through :func:`_listing`, so "nothing found" is
the same everywhere: an empty list under ``--json``, a line on stderr otherwise, exit 1.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import chibo
from chibo._codec import to_dict, unstructure
from chibo.dataset import Dataset
from chibo.dates import PartialDate
from chibo.errors import ChiboError, DataError, InvalidQuery, MissingExtra, NotCovered, RedirectWarning, _printable
from chibo.model import Decree, Election, Event, Person, Term

__all__ = ["main"]


class _Usage(Exception):
    pass


class _Once(argparse.Action):
    """An option that may be given once: a second ``--overlay`` is a usage error, not silently dropped."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        if getattr(namespace, self.dest, None) is not None:
            raise _Usage(f"{option} may be given only once")
        setattr(namespace, self.dest, values)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would print usage and exit 2 itself
        raise _Usage(message)


def _say(line: str, file: Any = None) -> None:
    """Print one line, with any control character in it escaped: data never forges a line."""
    print(_printable(line), file=file)


def _json(value: Any, indent: int | None = 2) -> str:
    """JSON text; ASCII-only where standard output cannot hold other characters (still valid JSON)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("_", "-")
    return json.dumps(value, ensure_ascii=not encoding.startswith("utf"), indent=indent)


def _emit_json(value: Any) -> None:
    print(_json(unstructure(value)))


def _table(rows: Sequence[Sequence[str]]) -> str:
    """Rows as aligned columns; a newline or other control character in a cell is escaped."""
    if not rows:
        return ""
    rows = [[_printable(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def _name(ds: Dataset, record_id: str) -> str:
    record = ds.get(record_id)
    return record.name if isinstance(record, Person) else record_id


def _listing(
    args: argparse.Namespace,
    found: Sequence[Any],
    nothing: str,
    render: Callable[[Sequence[Any]], None],
    as_json: Callable[[Any], Any] = unstructure,
) -> int:
    """Every list command answers here: a list (``[]`` when empty) under --json, else ``render``; exit 1 when empty."""
    if args.json:
        print(_json([as_json(item) for item in found]))
        return 0 if found else 1
    if not found:
        _say(f"chibo: {nothing}", file=sys.stderr)
        return 1
    render(found)
    return 0


def _window(args: argparse.Namespace) -> tuple[PartialDate | None, PartialDate | None]:
    """The --from/--to window as partial dates; a reversed window is a usage error."""
    low = PartialDate.of(args.start) if args.start else None
    high = PartialDate.of(args.end) if args.end else None
    if low is not None and high is not None and low.earliest > high.latest:
        raise InvalidQuery(f"the window starts {low}, after it ends {high}")
    return low, high


def _in_window(day: PartialDate | None, low: PartialDate | None, high: PartialDate | None) -> bool:
    """Whether a record dated ``day`` may fall in the window (undated records only without a window)."""
    if low is None and high is None:
        return True
    if day is None:
        return False
    return (low is None or day.latest >= low.earliest) and (high is None or day.earliest <= high.latest)


def _text(value: object) -> str:
    return "" if value is None else str(value)


# -- the commands ------------------------------------------------------------------------


def _cmd_relations(ds: Dataset, args: argparse.Namespace) -> int:
    when: int | str | None = args.when
    if isinstance(when, str) and when.isdigit() and len(when) == 4:
        when = int(when)
    status = ds.relations_status(when, between=args.between)
    if args.json:
        print(_json(to_dict(status)))  # with cow_code and duration_days
        return 0
    end = str(status.end) if status.end else "today"
    print(
        _table(
            [
                ["countries", "-".join(status.countries)],
                ["on", str(status.on)],
                ["level", status.level.value + ("" if status.certain else " (boundary imprecise)")],
                ["cow_code", str(status.cow_code)],
                ["period", f"{status.start} to {end} ({status.period})"],
                ["cause", status.cause],
                ["sources", ", ".join(status.sources)],
            ]
        )
    )
    return 0


def _cmd_who(ds: Dataset, args: argparse.Namespace) -> int:
    answer = ds.incumbency(args.role, args.country, args.on)
    if answer.vacancy is not None:
        vacancy = answer.vacancy
        sources = ", ".join(f"{s.publisher} ({s.url})" for s in ds.sources_of(vacancy))
        if args.json:
            _emit_json({"office": answer.office, "on": answer.on, "vacant": True, "vacancy": vacancy})
        else:
            _say(f"vacant on {answer.on}: {vacancy.reason}")
            _say(f"  source: {sources}")
        return 0
    assert answer.term is not None
    person = ds.person(answer.term.person)
    if args.json:
        data = unstructure(person)
        data["incumbency"] = unstructure(
            {"office": answer.office, "on": answer.on, "scheduled": answer.scheduled, "as_of": answer.as_of}
        )
        data["incumbency"]["term"] = unstructure(answer.term)
        print(_json(data))
    else:
        _say(f"{person.name}  ({person.id})" + ("  acting" if answer.term.acting else ""))
        for other in answer.co_holders:
            _say(f"  with {_name(ds, other.person)}  ({other.person}), of the same junta ({other.organization})")
        if answer.scheduled:
            _say(
                f"  scheduled: {answer.on} is after the data's as-of day {answer.as_of}; the term "
                f"({answer.term.id}) is due to run to {answer.term.scheduled_end}",
            )
    return 0


def _cmd_coverage(ds: Dataset, args: argparse.Namespace) -> int:
    def render(found: Sequence[Any]) -> None:
        rows = [["kind", "subject", "from", "to", "complete"]]
        for c in found:
            end = str(c.end) if c.end is not None else (f"as of {ds.info.as_of}" if c.start is not None else "")
            rows.append([c.kind.value, c.subject, _text(c.start), end, "yes" if c.complete else "no (a selection)"])
        print(_table(rows))

    return _listing(args, ds.coverage(kind=args.kind, subject=args.subject), "no coverage matches", render)


def _cmd_timeline(ds: Dataset, args: argparse.Namespace) -> int:
    entries = ds.timeline(args.start, args.end, args.country, args.as_of)

    def render(found: Sequence[Any]) -> None:
        print(_table([[str(e.date), e.kind.value, e.status or "", e.title] for e in found]))

    return _listing(args, entries, "no entries in that window", render)


def _cmd_search(ds: Dataset, args: argparse.Namespace) -> int:
    from chibo._names import label_of

    def render(found: Sequence[Any]) -> None:
        print(_table([[r.id, type(r).__name__, label_of(r)] for r in found]))

    def as_json(r: Any) -> Any:
        return {"id": r.id, "type": type(r).__name__, "record": unstructure(r)}

    found = ds.search(args.text, kind=args.kind, limit=args.limit)
    return _listing(args, found, f"nothing matches {args.text!r}", render, as_json)


def _terms_rows(ds: Dataset, terms: Iterable[Term], *, person: bool = True) -> list[list[str]]:
    offices = {o.id: o for o in ds.records.offices}
    rows = []
    for t in terms:
        end = "?" if t.end_unknown else (_text(t.end) or (f"(to {t.scheduled_end})" if t.scheduled_end else ""))
        notes = " ".join(n for n in ("acting" if t.acting else "", t.rank.value if t.rank else "") if n)
        who = [f"{_name(ds, t.person)} ({t.person})"] if person else []
        rows.append([_text(t.start) or "?", end, offices[t.office].label_en, *who, notes])
    return rows


def _cmd_terms(ds: Dataset, args: argparse.Namespace) -> int:
    found = ds.terms(person=args.person, role=args.role, country=args.country, on=args.on, office=args.office)
    return _listing(args, found, "no terms match", lambda f: print(_table(_terms_rows(ds, f))))


def _cmd_decrees(ds: Dataset, args: argparse.Namespace) -> int:
    if args.number is not None:
        if args.country is None:
            raise InvalidQuery("--number needs --country (a decree number is unique within a country)")
        found: Sequence[Decree] = (ds.decree(args.country, args.number),)
    else:
        found = ds.decrees(args.country)
    low, high = _window(args)
    found = tuple(d for d in found if _in_window(d.issued, low, high))

    def render(decrees: Sequence[Decree]) -> None:
        rows = [
            [_text(d.issued) or "?", d.country, f"{d.kind} {d.number}", d.status.value, d.title or ""] for d in decrees
        ]
        print(_table(rows))

    return _listing(args, found, "no decrees match", render)


def _events_table(events: Sequence[Event]) -> None:
    print(_table([[_text(e.date) or "?", e.kind.value, e.status.value, e.title, e.id] for e in events]))


def _event_filters(args: argparse.Namespace) -> dict[str, Any]:
    return {"country": args.country, "between": args.between, "participant": args.participant, "as_of": args.as_of}


def _cmd_events(ds: Dataset, args: argparse.Namespace) -> int:
    low, high = _window(args)
    kinds = args.kind or None
    found = ds.events(kind=kinds, **_event_filters(args))
    found = tuple(e for e in found if _in_window(e.date, low, high))
    return _listing(args, found, "no events match", _events_table)


def _cmd_meetings(ds: Dataset, args: argparse.Namespace) -> int:
    low, high = _window(args)
    found = tuple(e for e in ds.meetings(**_event_filters(args)) if _in_window(e.date, low, high))
    return _listing(args, found, "no meetings match", _events_table)


def _elections_run(ds: Dataset, person: str) -> list[tuple[Election, int, float | None, str]]:
    """The elections ``person`` stood in: the last round they stood in, their share there
    (percent of valid votes) and the count it comes from (the official count, else the
    latest preliminary one)."""
    found = []
    for election in ds.records.elections:
        for round_ in reversed(election.rounds):
            count = round_.reference_count(person)
            if count is None:
                continue
            share = next(r.share for r in count.results if r.candidate == person)
            found.append((election, round_.number, share, count.stage.value))
            break
    return sorted(found, key=lambda row: (row[0].date, row[0].id))


def _show_person(ds: Dataset, person: Person, data: dict[str, Any], args: argparse.Namespace) -> None:
    """The person's posts (terms), the elections run and the events attended, after the record."""
    terms = ds.terms(person=person.id)
    elections = _elections_run(ds, person.id)
    events = ds.events(participant=person.id)
    if args.json:
        data["terms"] = [unstructure(t) for t in terms]
        data["elections"] = [
            {"id": e.id, "title": e.title, "date": str(e.date), "round": n, "share": share, "count": stage}
            for e, n, share, stage in elections
        ]
        data["events"] = [
            {"id": e.id, "date": _text(e.date) or None, "kind": e.kind.value, "title": e.title} for e in events
        ]
        return
    sections: list[tuple[str, list[list[str]]]] = [
        ("posts held", _terms_rows(ds, terms, person=False)),
        (
            "elections run",
            [
                [str(e.date), e.title, f"round {n}", f"{v:.2f}% ({stage})" if v is not None else "", e.id]
                for e, n, v, stage in elections
            ],
        ),
        ("meetings and events", [[_text(e.date) or "?", e.kind.value, e.title, e.id] for e in events]),
    ]
    for title, rows in sections:
        if rows:
            print()
            _say(f"{title}:")
            print(_table([["  ", *row] for row in rows]))


def _cmd_show(ds: Dataset, args: argparse.Namespace) -> int:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RedirectWarning)
        record = ds.get(args.id)
    for warning in caught:
        _say(f"chibo: note: {warning.message}", file=sys.stderr)
    data = unstructure(record)
    if args.json:
        if isinstance(record, Person):
            _show_person(ds, record, data, args)
        print(_json(data))
        return 0
    _say(f"{type(record).__name__} {record.id}")
    rows = []
    for key, value in data.items():
        if key == "id" or value in (None, [], ""):
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        rows.append([key, text])
    print(_table(rows))
    if isinstance(record, Person):
        _show_person(ds, record, data, args)
    return 0


def _cmd_elections(ds: Dataset, args: argparse.Namespace) -> int:
    def render(found: Sequence[Election]) -> None:
        for election in found:
            _say(f"{election.title} ({election.id})")
            for round_ in election.rounds:
                for count in round_.counts:
                    coverage = f", {count.coverage:g}% counted" if count.coverage is not None else ""
                    reported = count.reported or "?"
                    stage = f"{count.stage.value} count reported {reported}{coverage}"
                    _say(f"  round {round_.number}, {round_.date}: {stage}")
                    rows = []
                    for result in sorted(count.results, key=lambda r: -(r.share or 0)):
                        votes = f"{result.votes:,}" if result.votes is not None else "?"
                        share = f"{result.share:.2f}%" if result.share is not None else "?"
                        rows.append(["   ", _name(ds, result.candidate), result.party or "", votes, share])
                    print(_table(rows))

    found = ds.elections(args.country, args.year)
    return _listing(args, found, "no elections match", render)


def _cmd_claims(ds: Dataset, args: argparse.Namespace) -> int:
    def render(found: Sequence[Any]) -> None:
        for claim in found:
            _say(f"[{claim.verdict.value.upper()}] {claim.statement}")
            _say(f"    {claim.explanation}")
            for source_id in claim.evidence:
                source = ds.source(source_id)
                _say(f"    - {source.publisher}, {source.published or 'n.d.'}: {source.url}")

    found = ds.claims(source=args.source, verdict=args.verdict)
    return _listing(args, found, "no claims match", render)


def _cmd_changes(ds: Dataset, args: argparse.Namespace) -> int:
    def render(found: Sequence[Any]) -> None:
        rows = [
            [str(c.reported), c.record, c.kind.value, f"{c.before or ''} -> {c.after or ''}", c.source] for c in found
        ]
        print(_table(rows))

    return _listing(args, ds.changes(args.since, args.until), "no changes in that window", render)


def _cmd_export(ds: Dataset, args: argparse.Namespace) -> int:
    from chibo.export import export

    target = export(ds, args.format, args.out, excel=args.excel, overwrite=args.force)
    if args.json:
        print(json.dumps({"format": args.format, "path": str(target)}))
    else:
        _say(f"wrote {args.format} to {target}")
    return 0


def _cmd_plot(ds: Dataset, args: argparse.Namespace) -> int:
    from chibo.plot import relations_chart, timeline_chart

    if args.chart == "relations":
        target = relations_chart(ds, args.out or "chibo-relations.png", between=args.between)
    else:
        target = timeline_chart(ds, args.out or "chibo-timeline.png", args.start, args.end, country=args.country)
    if args.json:
        print(json.dumps({"chart": args.chart, "path": str(target)}))
    else:
        _say(f"wrote {target}")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from chibo.export import json_schema

    print(_json(json_schema()))
    return 0


def _read(args: argparse.Namespace, overlay: str | None) -> Dataset:
    """The data the options name: the bundled data or ``--data``, with ``overlay`` laid on top."""
    if args.data is not None and not args.data.strip():
        raise _Usage("--data needs a directory")
    if overlay is not None and not overlay.strip():
        raise _Usage("--overlay needs a directory")
    ds = chibo.load(args.data) if args.data else chibo.load()
    if overlay:
        return chibo.load(overlay, extends=ds, replace=args.replace)
    if args.replace:
        raise _Usage("--replace needs --overlay")
    return ds


def _cmd_validate(args: argparse.Namespace) -> int:
    if args.overlay is not None:
        raise _Usage("--overlay does not apply to validate: use chibo validate DIR --as-overlay")
    try:
        ds = _read(args, args.path) if args.as_overlay else chibo.load(args.path)
    except DataError as exc:
        if not args.json:
            details = [str(problem) for problem in exc.problems]
            return _fail(f"invalid data: {len(exc.problems)} problem(s)", "DataError", False, 1, details)
        problems = [{"file": p.file, "record": p.record, "path": p.path, "message": p.message} for p in exc.problems]
        print(_json({"valid": False, "problems": problems}))
        return 1
    if args.json:
        print(json.dumps({"valid": True, "records": len(ds), "version": ds.version}))
    else:
        print(f"ok: {len(ds)} records, dataset {ds.version} as of {ds.info.as_of}")
    return 0


# -- the arguments -----------------------------------------------------------------------

_DATE = "YYYY, YYYY-MM or YYYY-MM-DD"


def _window_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", help=_DATE)
    p.add_argument("--to", dest="end", help=_DATE)


def _args_relations(p: argparse.ArgumentParser) -> None:
    p.add_argument("when", nargs="?", help="YYYY (31 December of that year) or YYYY-MM-DD")
    p.add_argument("--between", nargs=2, default=("BO", "CL"), metavar="CC")


def _args_who(p: argparse.ArgumentParser) -> None:
    p.add_argument("role", help="president, vice_president, foreign_minister, attorney_general, ...")
    p.add_argument("country", help="ISO alpha-2 code, e.g. BO")
    p.add_argument("--on", help="YYYY-MM-DD (default today)")


def _args_coverage(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", help="office, elections, relations or selection")
    p.add_argument("--subject", help="an office id (bo-president), a country code (elections) or a collection")


def _args_timeline(p: argparse.ArgumentParser) -> None:
    _window_args(p)
    p.add_argument("--country", help="ISO alpha-2 code")
    p.add_argument("--as-of", dest="as_of", help="as the sources published by this day described it")


def _args_search(p: argparse.ArgumentParser) -> None:
    p.add_argument("text")
    p.add_argument("--kind", help="person, organization, office, event, ...")
    p.add_argument("--limit", type=int, default=10)


def _args_show(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", help="a record id; for a person, also the posts held, elections run and events attended")


def _args_terms(p: argparse.ArgumentParser) -> None:
    p.add_argument("--role", help="president, foreign_minister, ... (Spanish forms too: canciller)")
    p.add_argument("--office", help="an office id, e.g. bo-head-of-mission-cl")
    p.add_argument("--country", help="ISO alpha-2 code")
    p.add_argument("--person", help="a person id")
    p.add_argument("--on", help="YYYY-MM-DD: only the terms covering that day")


def _args_decrees(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="ISO alpha-2 code")
    p.add_argument("--number", help="a decree number as people write it: 5503, 'DS 5503', 'D.S. N° 5503'")
    _window_args(p)


def _event_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="ISO alpha-2 code")
    p.add_argument("--between", nargs=2, metavar="CC", help="events involving both countries")
    p.add_argument("--participant", help="a person id")
    _window_args(p)
    p.add_argument("--as-of", dest="as_of", help="as the sources published by this day described it")


def _args_events(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", action="append", help="meeting, visit, election, ... (repeat for several)")
    _event_args(p)


def _args_elections(p: argparse.ArgumentParser) -> None:
    p.add_argument("country", nargs="?")
    p.add_argument("year", nargs="?")


def _args_claims(p: argparse.ArgumentParser) -> None:
    p.add_argument("--verdict", help="confirmed, contradicted, disputed or unverified")
    p.add_argument("--source", help="source id of the claiming article")


def _args_changes(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", required=True, help="YYYY-MM-DD")
    p.add_argument("--until", help="YYYY-MM-DD (default today)")


def _args_export(p: argparse.ArgumentParser) -> None:
    from chibo.export import EXPORT_FORMATS

    choices = "; ".join(f"{f.name}: {f.description}" for f in EXPORT_FORMATS.values())
    p.add_argument("--format", required=True, choices=list(EXPORT_FORMATS), help=choices)
    p.add_argument("--out", required=True, help="output file, or directory for csv (missing folders are created)")
    p.add_argument("--force", action="store_true", help="replace files that exist")
    p.add_argument(
        "--excel",
        action="store_true",
        help="CSV for spreadsheets: UTF-8 with a BOM, and cells starting with = + - @ prefixed with '",
    )


def _args_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("path")
    p.add_argument(
        "--as-overlay",
        action="store_true",
        help="validate PATH as an overlay on the bundled data (or on --data), with --replace ids",
    )


def _args_none(p: argparse.ArgumentParser) -> None:
    return None


def _args_plot(p: argparse.ArgumentParser) -> None:
    charts = p.add_subparsers(dest="chart", required=True, parser_class=_Parser)
    chart = charts.add_parser("relations", help="level of relations since the 19th century, as a step chart")
    chart.add_argument("--between", nargs=2, default=("BO", "CL"), metavar="CC")
    chart.add_argument("--out", help="file .png, .svg or .pdf (default chibo-relations.png)")
    _json_flag(chart)
    chart = charts.add_parser("timeline", help="a period's events, terms, elections and decrees, one row each")
    _window_args(chart)
    chart.add_argument("--country", help="ISO alpha-2 code")
    chart.add_argument("--out", help="file .png, .svg or .pdf (default chibo-timeline.png)")
    _json_flag(chart)


def _args_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the article, a text file in Spanish or English; - reads standard input")
    p.add_argument("--published", metavar="DATE", help="the day the article was written (YYYY-MM-DD)")
    p.add_argument("--language", choices=("es", "en"), help="default: from a 'language:' header, else guessed")


def _cmd_check(ds: Dataset, args: argparse.Namespace) -> int:
    from chibo.check import check

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:  # newline="": offsets count the file's own characters, "\r\n" included
            with Path(args.file).open(encoding="utf-8", newline="") as handle:
                text = handle.read()
        except UnicodeDecodeError as exc:
            raise InvalidQuery(
                f"cannot read {args.file}: not UTF-8 (byte {exc.start}); convert it, e.g. iconv -f latin1 -t utf-8"
            ) from None
        except OSError as exc:
            raise InvalidQuery(f"cannot read {args.file}: {exc.strerror or exc}") from None
    report = check(text, published=args.published, language=args.language, dataset=ds)
    if args.json:
        print(_json(report.to_dict()))
        return 0 if report.findings else 1
    if not report.findings:
        _say("no checkable statements found", file=sys.stderr)
        return 1
    for f in report.findings:
        _say(f"[{f.verdict.value.upper()}] {f.kind.value}: {f.quote}")
        _say(f"    stated: {f.stated}")
        _say(f"    data:   {f.found if f.found is not None else '(none)'}  [{', '.join(f.evidence)}]")
        _say(f"    query:  {f.query}")
    counts = ", ".join(f"{n} {v}" for v, n in sorted(report.counts().items()))
    _say(f"{len(report.findings)} statements ({counts}); dataset {report.dataset}")
    return 0


class _Command(NamedTuple):
    """One subcommand: its help, a function adding its arguments, and how it runs."""

    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[Dataset, argparse.Namespace], int] | None = None
    """Runs on the data the options name (the bundled data, --data, --overlay)."""
    plain: Callable[[argparse.Namespace], int] | None = None
    """Runs without reading the data (schema, validate)."""
    json_flag: bool = True


_COMMANDS: dict[str, _Command] = {
    "relations": _Command(
        "level of Bolivia–Chile relations on a day or in a year (default today)", _args_relations, _cmd_relations
    ),
    "who": _Command("who held a post on a day", _args_who, _cmd_who),
    "terms": _Command("terms of office, filtered by role or office, country, person and day", _args_terms, _cmd_terms),
    "coverage": _Command(
        "what the data declares complete (offices, elections, relations) and what is a selection",
        _args_coverage,
        _cmd_coverage,
    ),
    "timeline": _Command(
        "events, terms, elections, decrees and relations changes in order", _args_timeline, _cmd_timeline
    ),
    "search": _Command("find records by name, alias or label", _args_search, _cmd_search),
    "show": _Command("one record by id", _args_show, _cmd_show),
    "elections": _Command("election results, preliminary and official counts", _args_elections, _cmd_elections),
    "decrees": _Command("decrees, by country, number and date window", _args_decrees, _cmd_decrees),
    "events": _Command("events, by kind, country, participant and date window", _args_events, _cmd_events),
    "meetings": _Command(
        "meetings between officials, by country pair, participant and date window", _event_args, _cmd_meetings
    ),
    "claims": _Command("fact-checked claims with verdict and evidence", _args_claims, _cmd_claims),
    "check": _Command("fact-check an article against the data (needs the extra chibo[check])", _args_check, _cmd_check),
    "changes": _Command("what the sources reported as new or changed in a window", _args_changes, _cmd_changes),
    "plot": _Command("draw a chart (needs the extra chibo[plot])", _args_plot, _cmd_plot, json_flag=False),
    "export": _Command("write the dataset in one of the export formats", _args_export, _cmd_export),
    "schema": _Command("print the JSON Schema (draft 2020-12) of a data directory", _args_none, plain=_cmd_schema),
    "validate": _Command("validate a data directory", _args_validate, plain=_cmd_validate),
}
"""The subcommands, in the order ``chibo --help`` lists them. A new command is one row here."""


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", dest="json_here", help="machine-readable output")


def _parser() -> _Parser:
    parser = _Parser(prog="chibo", description="A typed, sourced dataset of Chile–Bolivia relations.")
    parser.add_argument("--version", action="version", version=f"chibo {chibo.__version__}")
    parser.add_argument("--json", action="store_true", help="machine-readable output (before or after the command)")
    parser.add_argument(
        "--data", metavar="DIR", action=_Once, help="read this data directory instead of the bundled data; once"
    )
    parser.add_argument(
        "--overlay",
        metavar="DIR",
        action=_Once,
        help="read this directory on top of the data (see docs: Extending the data); once",
    )
    parser.add_argument(
        "--replace", metavar="ID", action="append", default=[], help="an overlay record that replaces a base id"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, command in _COMMANDS.items():
        p = sub.add_parser(name, help=command.help, description=command.help)
        if command.json_flag:
            _json_flag(p)
        command.arguments(p)
    return parser


# -- running -----------------------------------------------------------------------------

_SHELL_COMMANDS = {"holder": "who", "incumbency": "who", "relations_status": "relations", "get": "show"}
"""Python queries whose shell command has another name; the others share it (terms, events, ...)."""

_SHELL_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(
            r"\b(terms|elections|events|meetings|decrees|claims|search|timeline|coverage|changes"
            r"|holder|incumbency|relations_status|get)\([^()]*\)"
        ),
        lambda m: f"`chibo {_SHELL_COMMANDS.get(m.group(1), m.group(1))}`",
    ),
    (re.compile(r"\(use load\(\) for the bundled data\)"), "(leave out --data for the bundled data)"),
    (re.compile(r"replace=\[\.\.\.\]"), "`--replace ID` once per id"),
    (re.compile(r" \(overwrite=False\)"), "; use --force to replace it"),
    (re.compile(r"\bexcel applies\b"), "--excel applies"),
)


def _shell(message: str) -> str:
    """An error message in the shell's words: ``use terms()`` becomes ``use `chibo terms```."""
    for pattern, words in _SHELL_WORDS:
        message = pattern.sub(words, message)
    return message


def _fail(
    message: str,
    kind: str,
    as_json: bool,
    status: int,
    details: Sequence[str] = (),
    fields: dict[str, Any] | None = None,
) -> int:
    """Report an error on stderr, as one line (JSON under --json, with ``details`` as a list
    and ``fields`` as more keys), and return ``status``."""
    message = _shell(message)
    if as_json:
        error: dict[str, Any] = {"error": message, "kind": kind, **(fields or {})}
        if details:
            error["problems"] = list(details)
        print(json.dumps(error, ensure_ascii=True), file=sys.stderr)
    else:
        _say(f"chibo: {message}", file=sys.stderr)
        for line in details:
            _say(f"  {line}", file=sys.stderr)
    return status


_TRANSLITERATE = "chibo-transliterate"
_PLAIN = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "°": "o", "«": '"', "»": '"'})


def _transliterate(exc: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a character the output cannot hold loses its accent (é -> e), else is escaped."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for char in exc.object[exc.start : exc.end]:
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", char.translate(_PLAIN)) if not unicodedata.combining(c)
        )
        try:
            plain.encode(exc.encoding)
        except UnicodeEncodeError:
            plain = ""
        out.append(plain or char.encode("ascii", "backslashreplace").decode("ascii"))
    return "".join(out), exc.end


codecs.register_error(_TRANSLITERATE, _transliterate)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    A failed write (stdout closed, a full disk, a broken pipe) is exit status 1 with one
    line on stderr. Characters the output's encoding cannot hold lose their accents, or are
    escaped (``\\u2192``) when they have no plain form.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=_TRANSLITERATE)
    if sys.stdout is None:  # started with stdout closed (chibo ... >&-): every print would vanish
        if sys.stderr is not None:
            print("chibo: cannot write the output: standard output is closed", file=sys.stderr)
        return 1
    try:
        status = _run(list(sys.argv[1:] if argv is None else argv))
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    except (OSError, ValueError) as exc:
        # stdout closed (ValueError: I/O on closed file), /dev/full (OSError), a pipe closed early
        if isinstance(exc, BrokenPipeError):
            reason = "the reading end of the pipe was closed"
        elif isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
        else:
            reason = "standard output is closed"
        with contextlib.suppress(OSError, ValueError):
            print(f"chibo: cannot write the output: {reason}", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter's final flush quiet
        return 1


def _run(argv: list[str]) -> int:
    parser = _parser()
    as_json = "--json" in argv[: argv.index("--")] if "--" in argv else "--json" in argv
    try:
        args = parser.parse_args(argv)
        args.json = args.json or getattr(args, "json_here", False)
        command = _COMMANDS[args.command]
        if command.plain is not None:
            return command.plain(args)
        assert command.run is not None
        return command.run(_read(args, args.overlay), args)
    except _Usage as exc:
        return _fail(f"{exc} (see chibo --help)", "usage", as_json, 2)
    except (InvalidQuery, MissingExtra) as exc:
        return _fail(str(exc), type(exc).__name__, as_json, 2)
    except DataError as exc:  # the data of --data or --overlay: one line; `chibo validate DIR` lists them all
        first = f", the first: {exc.problems[0]}" if exc.problems else ""
        message = f"invalid data: {len(exc.problems)} problem(s){first} (chibo validate DIR lists them all)"
        return _fail(message, "DataError", as_json, 1)
    except NotCovered as exc:
        fields = {"subject": exc.subject, "coverage": exc.coverage, "attested": list(exc.attested)}
        return _fail(str(exc), "NotCovered", as_json, 1, fields=fields)
    except ChiboError as exc:
        return _fail(str(exc), type(exc).__name__, as_json, 1)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
