"""Synthetic datasets N times the bundled one, and what loading and querying them costs.

    python benchmarks/scale.py generate --factor 10 --out /tmp/chibo-x10
    python benchmarks/scale.py run --factors 1 5 100             # prints a Markdown table
    python benchmarks/scale.py package --factor 5 --out /tmp/x5  # /tmp/x5/chibo: a package bundling 5x

A dataset of factor N holds N copies of every bundled record except countries, borders
and relations (one chain of relations per country pair: copying it would only repeat
the same periods). Copy k > 0 renames every id with the suffix ``-xk`` and rewrites every
reference to a copied record the same way, so references stay consistent and the result
passes validation. Copied offices become role ``other`` and multi-seat, so the copies'
terms neither overlap the originals nor turn ``holder('president', 'BO')`` into a
question about several posts. Sources keep a unique URL (``#xk`` appended).

``run`` loads each size in a fresh process (so peak memory is that size's own) and
reports load time, load time per record, peak resident memory, and warm query latency.
A directory of one's own is validated in full; with ``--bundled`` each size is the
bundled data of a package (see ``package``), read as trusted.
The loader's file-size guard (64 MiB) is raised for these runs: the 1000x sources file
is larger than that by design.

``package`` copies a source tree's ``chibo`` package (``--src``, this tree's by default)
and replaces its bundled data with a dataset of factor N; when the tree ships
fingerprints (``chibo/_fingerprint.py``), they and the indexes are generated for the new
data as ``tools/datafmt.py`` would (validating it first). ``benchmarks/coldstart.py
--src DIR`` then measures the first answers as if that data were bundled. Nothing
generated is committed: write it to a temporary directory.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SHARED = ("countries", "borders", "relations", "redirects")  # not copied
NOT_READ = ("released-ids",)  # no part of what the loader reads
ROOT = Path(__file__).resolve().parent.parent


def bundled() -> dict[str, Any]:
    root = ROOT / "src" / "chibo" / "data"
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
    copied = {name for name in data if name not in (*SHARED, *NOT_READ, "metadata")}
    ids = {record["id"] for name in copied for record in data[name]}
    result: dict[str, list[Any]] = {name: list(data[name]) for name in copied | (set(SHARED) & set(data))}
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
import chibo, chibo._loader
chibo._loader.MAX_FILE_BYTES = 1 << 40
start = time.perf_counter()
ds = chibo.load(sys.argv[1]) if sys.argv[1] != "-" else chibo.load()
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


def measure(directory: Path | None, src: Path = ROOT / "src") -> dict[str, float]:
    """Load ``directory`` (None: the bundled data of the package under ``src``) in a fresh process and measure."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    where = "-" if directory is None else str(directory)
    out = subprocess.run([sys.executable, "-c", _MEASURE, where], capture_output=True, text=True, check=True, env=env)
    result: dict[str, float] = json.loads(out.stdout)
    return result


_GENERATE = r"""
import importlib.util, sys
from pathlib import Path
import chibo._loader
chibo._loader.MAX_FILE_BYTES = 1 << 40  # the 100x sources file is larger than the guard, by design
spec = importlib.util.spec_from_file_location("datafmt", sys.argv[1])
datafmt = importlib.util.module_from_spec(spec); spec.loader.exec_module(datafmt)
package = Path(sys.argv[2])
for path, text in datafmt.generated_modules(package / "data").items():
    (package / path.name).write_text(text, encoding="utf-8")
"""


def package(factor: int, out: Path, src: Path) -> int:
    """Copy the ``chibo`` package of ``src`` into ``out`` with a bundled dataset ``factor`` times the original."""
    target = out / "chibo"
    shutil.copytree(src / "chibo", target, ignore=shutil.ignore_patterns("__pycache__"))
    for old in (target / "data").glob("*.json"):
        old.unlink()
    count = generate(factor, target / "data")
    if (target / "_fingerprint.py").is_file():
        env = {**os.environ, "PYTHONPATH": str(out)}
        subprocess.run(
            [sys.executable, "-c", _GENERATE, str(ROOT / "tools" / "datafmt.py"), str(target)], env=env, check=True
        )
    return count


def run(factors: list[int], bundled: bool = False) -> None:
    """Measure each size: a directory of one's own (validated in full), or with ``bundled`` a package bundling it."""
    rows = []
    for factor in factors:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            if bundled:
                package(factor, Path(tmp), ROOT / "src")
                # bytecode, as a wheel's installation writes it (the shipped indexes are not read by a load)
                compileall.compile_dir(Path(tmp) / "chibo", quiet=1, rx=re.compile("_bundled_"))
            else:
                generate(factor, Path(tmp))
            print(f"generated {factor}x in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            m = measure(None, Path(tmp)) if bundled else measure(Path(tmp))
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
    r.add_argument("--factors", type=int, nargs="+", default=[1, 5, 100])
    r.add_argument("--bundled", action="store_true", help="load each size as the bundled data of a package")
    p = sub.add_parser("package")
    p.add_argument("--factor", type=int, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree whose package is copied")
    args = parser.parse_args()
    if args.command == "generate":
        count = generate(args.factor, args.out)
        print(f"wrote {count} records to {args.out}")
    elif args.command == "package":
        count = package(args.factor, args.out, args.src)
        print(f"wrote a chibo package bundling {count} records to {args.out / 'chibo'}")
    else:
        run(args.factors, args.bundled)


if __name__ == "__main__":
    main()
