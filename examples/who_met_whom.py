"""Who met whom between two dates (meetings, calls, visits and commissions).

python examples/who_met_whom.py 2025-12-01 2026-03-31
"""

from __future__ import annotations

import sys

import chibo
from chibo import PartialDate


def report(start: str, end: str) -> str:
    ds = chibo.load()
    low, high = PartialDate.parse(start).earliest, PartialDate.parse(end).latest
    lines = []
    for event in ds.meetings(between=("BO", "CL")):
        if event.date is None or event.date.latest < low or event.date.earliest > high:
            continue
        names = ", ".join(ds.person(p).name for p in event.participants) or "(participants not recorded)"
        lines.append(f"{event.date}  {event.kind.value:<10} {event.status.value:<9} {names}")
        lines.append(f"{'':12}{event.title}")
    return "\n".join(lines)


if __name__ == "__main__":
    args = sys.argv[1:] or ["2025-12-01", "2026-03-31"]
    print(report(args[0], args[1]))
