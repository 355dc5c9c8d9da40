"""A Markdown fact-check of the seed article, written from the data.

python examples/fact_check_report.py > fact-check.md
"""

from __future__ import annotations

import chibo

SEED = "src-elciudadano-2025-12-cancilleres-en"


def report() -> str:
    ds = chibo.load()
    seed = ds.source(SEED)
    lines = [f"# Fact-check: {seed.title}", "", f"{seed.publisher}, {seed.published}. <{seed.url}>", ""]
    claims = ds.claims(source=SEED)
    for verdict in chibo.Verdict:
        chosen = [c for c in claims if c.verdict is verdict]
        if not chosen:
            continue
        lines += [f"## {verdict.value.capitalize()} ({len(chosen)})", ""]
        for claim in chosen:
            lines.append(f"- **{claim.statement}** {claim.explanation}")
            for source in (ds.source(s) for s in claim.evidence):
                lines.append(f"  - [{source.publisher}: {source.title or source.url}]({source.url})")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
