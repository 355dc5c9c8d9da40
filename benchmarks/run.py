"""chibo's timing goals, measured (not asserted: timings live here, not in the tests).

    python benchmarks/run.py            # prints a Markdown table

Goals (issue 6): cold start to first answer within 1.25x (goal 1.10x) of importing
attrs, cattrs and pendulum alone; warm relations_status <= 5 us, holder <= 10 us,
search <= 200 us, a full timeline() <= 2 ms.
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
import timeit
from pathlib import Path

import chibo

BASELINE = "import attrs, cattrs, pendulum"
FIRST_ANSWER = "import chibo; chibo.relations_status(1976)"
HOLDER = "chibo.holder('president', 'BO', on='2025-12-22')"
SEARCH = "chibo.search('tuto')"


def cold(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def cold_start(rounds: int = 31) -> tuple[float, float, float]:
    base, ours = [], []
    for _ in range(rounds):  # interleaved, so machine noise hits both alike
        base.append(cold(BASELINE))
        ours.append(cold(FIRST_ANSWER))
    b, o = statistics.median(base), statistics.median(ours)
    return b, o, o / b


def per_call(stmt: str, number: int) -> float:
    glob = {"chibo": chibo}
    best = min(timeit.repeat(stmt, globals=glob, number=number, repeat=5))
    return best / number * 1e6


def compile_package() -> None:
    """Write chibo's bytecode, as installing the wheel does (PYTHONDONTWRITEBYTECODE may be set here)."""
    compileall.compile_dir(Path(chibo.__file__).parent, quiet=1)


def main() -> None:
    compile_package()
    chibo.load()
    chibo.search("warm")
    chibo.timeline()
    b, o, ratio = cold_start()
    rows = [
        ("cold start: `import attrs, cattrs, pendulum`", f"{b * 1000:.0f} ms", ""),
        ("cold start: import chibo + relations_status(1976)", f"{o * 1000:.0f} ms", f"ratio {ratio:.2f} (<= 1.25)"),
        ("relations_status(1976)", f"{per_call('chibo.relations_status(1976)', 20000):.1f} us", "<= 5 us"),
        ("holder('president', 'BO', on='2025-12-22')", f"{per_call(HOLDER, 20000):.1f} us", "<= 10 us"),
        ("search('tuto')", f"{per_call(SEARCH, 2000):.1f} us", "<= 200 us"),
        ("timeline() (all entries)", f"{per_call('chibo.timeline()', 200):.1f} us", "<= 2000 us"),
    ]
    print("| measure | result | goal |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
