"""Synthetic datasets 10x, 100x, 1000x the bundled one, and what loading and querying them costs.

    python benchmarks/scale.py generate --factor 10 --out /tmp/chibo-x10
    python benchmarks/scale.py run --factors 1 10 100 1000     # prints a Markdown table

A dataset of factor N holds N copies of every bundled record except countries, borders
and relations (one chain of relations per country pair: copying it would only repeat
the same periods). Copy k > 0 renames every id with the suffix ``-xk`` and rewrites every
reference to a copied record the same way, so references stay consistent and the result
passes validation. Copied offices become role ``other`` and multi-seat, so the copies'
terms neither overlap the originals nor turn ``holder('president', 'BO')`` into a
question about several posts. Sources keep a unique URL (``#xk`` appended).

``run`` loads each size in a fresh process (so peak memory is that size's own) and
reports load time, load time per record, peak resident memory, and warm query latency.
The loader's file-size guard (64 MiB) is raised for these runs: the 1000x sources file
is larger than that by design.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path
from typing import Any

SHARED = ("countries", "borders", "relations")  # not copied


def bundled() -> dict[str, Any]:
    root = files("chibo") / "data"
    return {
        entry.name.removesuffix(".json"): json.loads(entry.read_text(encoding="utf-8"))
        for entry in root.iterdir()
        if entry.name.endswith(".json")
    }


def _rename(value: Any, ids: set[str], suffix: str) -> Any:
    if isinstance(value, str):
        return value + suffix if value in ids else value
    if isinstance(value, list):
        return [_rename(v, ids, suffix) for v in value]
    if isinstance(value, dict):
        return {k: _rename(v, ids, suffix) for k, v in value.items()}
    return value


def generate(factor: int, out: Path) -> int:
    """Write a dataset ``factor`` times the bundled one into ``out``; return its record count."""
    data = bundled()
    copied = {name for name in data if name not in SHARED and name != "metadata"}
    ids = {record["id"] for name in copied for record in data[name]}
    result: dict[str, list[Any]] = {name: list(data[name]) for name in copied | set(SHARED)}
    for k in range(1, factor):
        suffix = f"-x{k}"
        for name in copied:
            for record in data[name]:
                copy = _rename(record, ids, suffix)
                if name == "sources":
                    copy["url"] = f"{record['url']}#x{k}"
                if name == "offices":
                    copy.update(role="other", single_seat=False)
                if name == "decrees":
                    copy["number"] = f"{record['number']}-x{k}"
                result[name].append(copy)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metadata.json").write_text(json.dumps(data["metadata"]), encoding="utf-8")
    for name, records in result.items():
        (out / f"{name}.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return sum(len(records) for records in result.values())


_MEASURE = r"""
import json, resource, sys, time, timeit
import chibo, chibo.loader
chibo.loader.MAX_FILE_BYTES = 1 << 40
start = time.perf_counter()
ds = chibo.load(sys.argv[1])
load = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

def per_call(stmt, number):
    best = min(timeit.repeat(stmt, globals={"ds": ds}, number=number, repeat=5))
    return best / number * 1e6

ds.search("warm"); ds.timeline()
print(json.dumps({
    "records": len(ds),
    "load_s": load,
    "peak_mib": peak / 1024,
    "relations_status_us": per_call("ds.relations_status(1976)", 5000),
    "holder_us": per_call("ds.holder('president', 'BO', on='2025-12-22')", 5000),
    "get_us": per_call("ds.get('rodrigo-paz')", 20000),
    "search_us": per_call("ds.search('tuto')", 20),
    "timeline_ms": per_call("ds.timeline('2026-01', '2026-01')", 5) / 1000,
}))
"""


def measure(directory: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(directory)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def run(factors: list[int]) -> None:
    rows = []
    for factor in factors:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            generate(factor, Path(tmp))
            print(f"generated {factor}x in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            m = measure(Path(tmp))
            print(f"measured {factor}x: {m}", file=sys.stderr)
            rows.append((factor, m))
    print(
        "| size | records | load | per record | peak RSS | relations_status | holder | get | search('tuto') "
        "| timeline(January 2026) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for factor, m in rows:
        print(
            f"| {factor}x | {m['records']:,.0f} | {m['load_s']:.2f} s | {m['load_s'] / m['records'] * 1e6:.0f} us "
            f"| {m['peak_mib']:,.0f} MiB | {m['relations_status_us']:.1f} us | {m['holder_us']:.1f} us "
            f"| {m['get_us']:.2f} us | {m['search_us']:,.0f} us | {m['timeline_ms']:,.1f} ms |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--factor", type=int, required=True)
    g.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100, 1000])
    args = parser.parse_args()
    if args.command == "generate":
        count = generate(args.factor, args.out)
        print(f"wrote {count} records to {args.out}")
    else:
        run(args.factors)


if __name__ == "__main__":
    main()
