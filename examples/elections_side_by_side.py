"""The 2025 elections of Bolivia and Chile side by side, preliminary and official counts.

python examples/elections_side_by_side.py
"""

from __future__ import annotations

import chibo


def table() -> str:
    ds = chibo.load()
    lines = []
    for country in ("BO", "CL"):
        election = ds.election(country, 2025)
        lines.append(election.title)
        for round_ in election.rounds:
            lines.append(f"  Round {round_.number} ({round_.date}), winner: {round_.winner or 'no official count'}")
            for count in round_.counts:
                coverage = f"{count.coverage:g}%" if count.coverage is not None else "?"
                top = sorted(count.results, key=lambda r: -(r.share or 0))[:2]
                shares = "; ".join(f"{ds.person(r.candidate).name} {r.share}%" for r in top)
                lines.append(f"    {count.stage.value:<11} reported {count.reported}  counted {coverage:>7}  {shares}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
