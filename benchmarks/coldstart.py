"""Issue 17's goal check: the first answer of each query in a fresh process, against the import floor.

    python benchmarks/coldstart.py                       # this tree's chibo, 21 rounds
    python benchmarks/coldstart.py --before /tmp/old/src # and an older tree's, interleaved
    python benchmarks/coldstart.py --data /tmp/chibo-x5  # the queries on another data directory
    python benchmarks/coldstart.py --src /tmp/x5         # another tree as "after" (scale.py package)

Each round runs, in fresh processes and in turn, ``import attrs, cattrs, pendulum`` (the
floor) and every query's first answer (``import chibo`` included), for each source tree
given: machine noise hits them all alike. Prints each query's median time and its ratio
to the floor's median. The goal is a ratio of at most 1.25 (stretch 1.10) for every query;
the exit status is 1 when one misses it.

Bytecode is compiled first, as installing the wheel does (this workplace sets
``PYTHONDONTWRITEBYTECODE``, and without ``.pyc`` files every import compiles).

With ``--data DIR`` the first answer reads ``chibo.load(DIR)``, so it measures a full load
and validation of that directory (a user's directory is always validated whole), not the
bundled fast paths.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

FLOOR = "import attrs, cattrs, pendulum"
QUERIES = {
    "holder": "chibo.holder('president', 'CL', on='2026-01-01')",
    "search": "chibo.search('tuto')",
    "election": "chibo.election('BO', 2025)",
    "timeline": "chibo.timeline('2025-10', '2025-12')",
    "get": "chibo.get('rodrigo-paz')",
    "relations_status": "chibo.relations_status(1976)",
}
GOAL, STRETCH = 1.25, 1.10
SRC = Path(__file__).resolve().parent.parent / "src"


def first_answer(query: str, data: Path | None) -> str:
    if data is None:
        return f"import chibo; {query}"
    return f"import chibo; chibo_ds = chibo.load({str(data)!r}); {query.replace('chibo.', 'chibo_ds.', 1)}"


def cold(code: str, src: Path | None) -> float:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def peak_mib(code: str, src: Path | None) -> float:
    """The peak resident memory of a fresh process running ``code`` (MiB)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    probe = f"{code}; import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    out = subprocess.run([sys.executable, "-c", probe], check=True, env=env, capture_output=True, text=True)
    return int(out.stdout.split()[-1]) / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--src", type=Path, default=SRC, help="the source tree measured (default: this one's src/)")
    parser.add_argument("--before", type=Path, help="another source tree (its src/ directory), measured alongside")
    parser.add_argument("--data", type=Path, help="a data directory to load instead of the bundled data")
    parser.add_argument("--only", nargs="+", choices=sorted(QUERIES), help="measure only these queries")
    args = parser.parse_args()
    after = args.src.resolve()
    trees = {"after": after} if args.before is None else {"before": args.before.resolve(), "after": after}
    for tree in trees.values():
        compileall.compile_dir(tree / "chibo", quiet=1)
    queries = {name: QUERIES[name] for name in args.only or QUERIES}
    for tree in trees.values():  # each answer once, so a broken tree fails before the timing starts
        for query in queries.values():
            cold(first_answer(query, args.data), tree)
    floor: list[float] = []
    times: dict[tuple[str, str], list[float]] = {(t, q): [] for t in trees for q in queries}
    for _ in range(args.rounds):
        floor.append(cold(FLOOR, None))
        for name, query in queries.items():
            for label, tree in trees.items():
                times[(label, name)].append(cold(first_answer(query, args.data), tree))
    base = statistics.median(floor)
    floor_peak = peak_mib(FLOOR, None)
    print(
        f"floor `{FLOOR}`: {base * 1000:.0f} ms (median of {args.rounds}, interleaved), peak RSS {floor_peak:.0f} MiB"
    )
    print()
    print("| query | " + " | ".join(f"{t} ms | {t} ratio | {t} peak RSS" for t in trees) + " |")
    print("|---|" + "---|---|---|" * len(trees))
    missed = False
    for name in queries:
        cells = []
        for label in trees:
            median = statistics.median(times[(label, name)])
            peak = peak_mib(first_answer(queries[name], args.data), trees[label])
            cells.append(f"{median * 1000:.0f} | {median / base:.2f} | {peak:.0f} MiB")
            if label == "after" and median / base > GOAL:
                missed = True
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print(f"goal: every 'after' ratio <= {GOAL} (stretch {STRETCH}): {'missed' if missed else 'met'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
