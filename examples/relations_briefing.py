"""A short briefing on Bolivia–Chile relations in a given year.

python examples/relations_briefing.py 1976
"""

from __future__ import annotations

import sys

import chibo


def briefing(year: int) -> str:
    ds = chibo.load()
    status = ds.relations_status(year)
    lines = [
        f"Bolivia–Chile relations on {status.on}: {status.level.value.replace('_', ' ')} (COW code {status.cow_code})",
        f"  since {status.start}: {status.cause}",
    ]
    for country in ("BO", "CL"):
        try:
            president = ds.holder("president", country, on=status.on)
            name = president.name if president else "(vacant)"
        except chibo.NotCovered as exc:  # outside what the dataset declares complete
            name = f"(not covered: {exc})"
        lines.append(f"  President of {ds.get(country).name_en}: {name}")  # type: ignore[union-attr]
    events = [e for e in ds.events(between=("BO", "CL"), year=year)]
    if events:
        lines.append("  Events that year:")
        lines.extend(f"    {e.date}  {e.title}" for e in events)
    sources = ", ".join(s.publisher for s in ds.sources_of(ds.get(status.period)))
    lines.append(f"  Sources: {sources}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(briefing(int(sys.argv[1]) if len(sys.argv) > 1 else 1976))
