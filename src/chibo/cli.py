"""The ``chibo`` command.

Exit status: 0 success, 1 nothing found, not covered or invalid data, 2 usage error (including a
bad date or country code, or a command whose optional extra is not installed). Errors are
one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import chibo
from chibo.codec import unstructure
from chibo.dataset import Dataset
from chibo.errors import ChiboError, DataError, InvalidQuery, MissingExtra, RedirectWarning, _printable
from chibo.model import Person

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


def _cmd_relations(ds: Dataset, args: argparse.Namespace) -> int:
    when: int | str | None = args.when
    if isinstance(when, str) and when.isdigit() and len(when) == 4:
        when = int(when)
    status = ds.relations_status(when, between=args.between)
    if args.json:
        data = unstructure(status)
        data["cow_code"] = status.cow_code
        data["duration_days"] = status.duration.in_days()
        print(_json(data))
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
            print(
                f"  scheduled: {answer.on} is after the data's as-of day {answer.as_of}; the term "
                f"({answer.term.id}) is due to run to {answer.term.scheduled_end}",
            )
    return 0


def _cmd_coverage(ds: Dataset, args: argparse.Namespace) -> int:
    found = ds.coverage(kind=args.kind, subject=args.subject)
    if args.json:
        _emit_json(list(found))
        return 0 if found else 1
    if not found:
        print("chibo: no coverage matches", file=sys.stderr)
        return 1
    rows = [["kind", "subject", "from", "to", "complete"]]
    for c in found:
        end = str(c.end) if c.end is not None else (f"as of {ds.info.as_of}" if c.start is not None else "")
        rows.append([c.kind.value, c.subject, str(c.start or ""), end, "yes" if c.complete else "no (a selection)"])
    print(_table(rows))
    return 0


def _cmd_timeline(ds: Dataset, args: argparse.Namespace) -> int:
    entries = ds.timeline(args.start, args.end, args.country, args.as_of)
    if args.json:
        _emit_json(list(entries))
        return 0 if entries else 1
    if not entries:
        print("chibo: no entries in that window", file=sys.stderr)
        return 1
    print(_table([[str(e.date), e.kind.value, e.status or "", e.title] for e in entries]))
    return 0


def _cmd_search(ds: Dataset, args: argparse.Namespace) -> int:
    found = ds.search(args.text, kind=args.kind, limit=args.limit)
    if args.json:
        _emit_json([{"id": r.id, "type": type(r).__name__, "record": unstructure(r)} for r in found])
        return 0 if found else 1
    if not found:
        _say(f"chibo: nothing matches {args.text!r}", file=sys.stderr)
        return 1
    from chibo.names import label_of

    print(_table([[r.id, type(r).__name__, label_of(r)] for r in found]))
    return 0


def _cmd_show(ds: Dataset, args: argparse.Namespace) -> int:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RedirectWarning)
        record = ds.get(args.id)
    for warning in caught:
        _say(f"chibo: note: {warning.message}", file=sys.stderr)
    data = unstructure(record)
    if args.json:
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
    return 0


def _cmd_elections(ds: Dataset, args: argparse.Namespace) -> int:
    found = ds.elections(args.country, args.year)
    if args.json:
        _emit_json(list(found))
        return 0 if found else 1
    if not found:
        print("chibo: no elections match", file=sys.stderr)
        return 1
    for election in found:
        _say(f"{election.title} ({election.id})")
        for round_ in election.rounds:
            for count in round_.counts:
                coverage = f", {count.coverage:g}% counted" if count.coverage is not None else ""
                reported = count.reported or "?"
                _say(f"  round {round_.number}, {round_.date}: {count.stage.value} count reported {reported}{coverage}")
                rows = []
                for result in sorted(count.results, key=lambda r: -(r.share or 0)):
                    votes = f"{result.votes:,}" if result.votes is not None else "?"
                    share = f"{result.share:.2f}%" if result.share is not None else "?"
                    rows.append(["   ", _name(ds, result.candidate), result.party or "", votes, share])
                print(_table(rows))
    return 0


def _cmd_claims(ds: Dataset, args: argparse.Namespace) -> int:
    found = ds.claims(source=args.source, verdict=args.verdict)
    if args.json:
        _emit_json(list(found))
        return 0 if found else 1
    if not found:
        print("chibo: no claims match", file=sys.stderr)
        return 1
    for claim in found:
        _say(f"[{claim.verdict.value.upper()}] {claim.statement}")
        _say(f"    {claim.explanation}")
        for source_id in claim.evidence:
            source = ds.source(source_id)
            _say(f"    - {source.publisher}, {source.published or 'n.d.'}: {source.url}")
    return 0


def _cmd_changes(ds: Dataset, args: argparse.Namespace) -> int:
    found = ds.changes(args.since, args.until)
    if args.json:
        _emit_json(list(found))
        return 0 if found else 1
    if not found:
        print("chibo: no changes in that window", file=sys.stderr)
        return 1
    print(
        _table(
            [[str(c.reported), c.record, c.kind.value, f"{c.before or ''} -> {c.after or ''}", c.source] for c in found]
        )
    )
    return 0


def _cmd_export(ds: Dataset, args: argparse.Namespace) -> int:
    target = ds.export(args.format, args.out)
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
            raise
        problems = [{"file": p.file, "record": p.record, "path": p.path, "message": p.message} for p in exc.problems]
        print(_json({"valid": False, "problems": problems}))
        return 1
    if args.json:
        print(json.dumps({"valid": True, "records": len(ds), "version": ds.version}))
    else:
        print(f"ok: {len(ds)} records, dataset {ds.version} as of {ds.info.as_of}")
    return 0


def _parser() -> _Parser:
    parser = _Parser(prog="chibo", description="A typed, sourced dataset of Chile–Bolivia relations.")
    parser.add_argument("--version", action="version", version=f"chibo {chibo.__version__}")
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

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        return p

    p = command("relations", "level of Bolivia–Chile relations on a day or in a year (default today)")
    p.add_argument("when", nargs="?", help="YYYY (31 December of that year) or YYYY-MM-DD")
    p.add_argument("--between", nargs=2, default=("BO", "CL"), metavar="CC")
    p = command("who", "who held a post on a day")
    p.add_argument("role", help="president, vice_president, foreign_minister, attorney_general, ...")
    p.add_argument("country", help="ISO alpha-2 code, e.g. BO")
    p.add_argument("--on", help="YYYY-MM-DD (default today)")
    p = command("coverage", "what the data declares complete (offices, elections, relations) and what is a selection")
    p.add_argument("--kind", help="office, elections, relations or selection")
    p.add_argument("--subject", help="an office id (bo-president), a country code (elections) or a collection")
    p = command("timeline", "events, terms, elections, decrees and relations changes in order")
    p.add_argument("--from", dest="start", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--to", dest="end", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--country", help="ISO alpha-2 code")
    p.add_argument("--as-of", dest="as_of", help="as the sources published by this day described it")
    p = command("search", "find records by name, alias or label")
    p.add_argument("text")
    p.add_argument("--kind", help="person, organization, office, event, ...")
    p.add_argument("--limit", type=int, default=10)
    p = command("show", "one record by id")
    p.add_argument("id")
    p = command("elections", "election results, preliminary and official counts")
    p.add_argument("country", nargs="?")
    p.add_argument("year", nargs="?", type=int)
    p = command("claims", "fact-checked claims with verdict and evidence")
    p.add_argument("--verdict", help="confirmed, contradicted, disputed or unverified")
    p.add_argument("--source", help="source id of the claiming article")
    p = command("changes", "what the sources reported as new or changed in a window")
    p.add_argument("--since", required=True, help="YYYY-MM-DD")
    p.add_argument("--until", help="YYYY-MM-DD (default today)")
    p = command("export", "write the dataset as json, jsonl, csv (a directory) or popolo")
    p.add_argument("--format", required=True, choices=["json", "jsonl", "csv", "popolo"])
    p.add_argument("--out", required=True, help="output file (json, jsonl) or directory (csv)")
    plot = sub.add_parser("plot", help="draw a chart (needs the extra chibo[plot])", description="draw a chart")
    charts = plot.add_subparsers(dest="chart", required=True, parser_class=_Parser)
    p = charts.add_parser("relations", help="level of relations since the 19th century, as a step chart")
    p.add_argument("--between", nargs=2, default=("BO", "CL"), metavar="CC")
    p.add_argument("--out", help="file .png, .svg or .pdf (default chibo-relations.png)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = charts.add_parser("timeline", help="a period's events, terms, elections and decrees, one row each")
    p.add_argument("--from", dest="start", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--to", dest="end", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--country", help="ISO alpha-2 code")
    p.add_argument("--out", help="file .png, .svg or .pdf (default chibo-timeline.png)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    command("schema", "print the JSON Schema (draft 2020-12) of a data directory")
    p = command("validate", "validate a data directory")
    p.add_argument("path")
    p.add_argument(
        "--as-overlay",
        action="store_true",
        help="validate PATH as an overlay on the bundled data (or on --data), with --replace ids",
    )
    return parser


_COMMANDS: dict[str, Callable[[Dataset, argparse.Namespace], int]] = {
    "relations": _cmd_relations,
    "who": _cmd_who,
    "coverage": _cmd_coverage,
    "timeline": _cmd_timeline,
    "search": _cmd_search,
    "show": _cmd_show,
    "elections": _cmd_elections,
    "claims": _cmd_claims,
    "changes": _cmd_changes,
    "export": _cmd_export,
    "plot": _cmd_plot,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    A failed write (stdout closed, a full disk, a broken pipe) is exit status 1 with one
    line on stderr. Characters the output's encoding cannot hold are escaped.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if sys.stdout is None:  # started with stdout closed (chibo ... >&-): every print would vanish
        if sys.stderr is not None:
            print("chibo: cannot write the output: standard output is closed", file=sys.stderr)
        return 1
    try:
        status = _run(argv)
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    except (BrokenPipeError, OSError, ValueError) as exc:
        # stdout closed (ValueError: I/O on closed file), /dev/full (OSError), a pipe closed early
        with contextlib.suppress(OSError, ValueError):
            print(f"chibo: cannot write the output: {exc}", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter's final flush quiet
        return 1


def _run(argv: Sequence[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "validate":
            return _cmd_validate(args)
        if args.command == "schema":
            return _cmd_schema(args)
        return _COMMANDS[args.command](_read(args, args.overlay), args)
    except _Usage as exc:
        _say(f"chibo: {exc} (see chibo --help)", file=sys.stderr)
        return 2
    except (InvalidQuery, MissingExtra) as exc:
        _say(f"chibo: {exc}", file=sys.stderr)
        return 2
    except DataError as exc:
        print(f"chibo: invalid data: {len(exc.problems)} problem(s)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except ChiboError as exc:
        print(f"chibo: {_printable(str(exc))}", file=sys.stderr)
        return 1


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
