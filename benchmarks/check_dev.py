"""Score ``chibo.check`` on the annotated articles of ``shared/factcheck/dev``.

    python benchmarks/check_dev.py [DIR] [--verbose]

Prints three figures (issue #15):

* recall: the share of annotated statements found (a finding overlaps the annotated quote);
* accuracy: on the statements found, the share whose verdict equals the annotation. The
  annotations are binary, so ``disputed`` (the stated value is one a source gives) counts as
  ``confirmed``; ``unverified`` and ``not_covered`` count as wrong;
* false contradictions: annotated-true statements called contradicted, plus contradictions
  on sentences not annotated at all (the set calls those uncheckable).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import chibo.check

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "factcheck" / "dev"
_ORDER = ["contradicted", "confirmed", "disputed", "unverified", "not_covered"]


def verdict_for(findings: list[dict[str, object]], kind: str) -> str:
    """The verdict of a statement from the findings over it: a contradiction wins."""
    same = [f for f in findings if f["kind"] == kind] or findings
    verdicts = {str(f["verdict"]) for f in same}
    best = min(verdicts, key=_ORDER.index)
    return "confirmed" if best == "disputed" else best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    annotations = json.loads((args.folder / "annotations.json").read_text(encoding="utf-8"))
    reports: dict[str, list[dict[str, object]]] = {}
    texts: dict[str, str] = {}
    for path in sorted((args.folder / "articles").glob("*.txt")):
        texts[path.name] = path.read_text(encoding="utf-8")
        reports[path.name] = [f.to_dict() for f in chibo.check.check(texts[path.name]).findings]
    found = right = false_contra = 0
    covered: dict[str, list[tuple[int, int]]] = {}
    for item in annotations:
        text = texts[item["article"]]
        start = text.index(item["quote"])
        end = start + len(item["quote"])
        covered.setdefault(item["article"], []).append((start, end))
        over = [f for f in reports[item["article"]] if int(f["start"]) < end and start < int(f["end"])]  # type: ignore[call-overload]
        if not over:
            if args.verbose:
                print(f"MISSED  {item['article'][:2]} {item['kind']:13} {item['quote']}")
            continue
        found += 1
        got = verdict_for(over, item["kind"])
        if got == item["verdict"]:
            right += 1
        elif args.verbose:
            print(f"WRONG   {item['article'][:2]} {item['kind']:13} want {item['verdict']}, got {got}: {item['quote']}")
            for f in over:
                print(f"          {f['kind']} {f['verdict']}: {f['stated']} | found {f['found']}")
        if item["verdict"] == "confirmed" and got == "contradicted":
            false_contra += 1
    stray = 0
    for name, findings in reports.items():
        for f in findings:
            inside = any(int(f["start"]) < b and a < int(f["end"]) for a, b in covered.get(name, []))  # type: ignore[call-overload]
            if not inside and f["verdict"] == "contradicted":
                stray += 1
                if args.verbose:
                    print(f"STRAY   {name[:2]} {f['kind']} contradicted: {f['quote']} | {f['stated']} | {f['found']}")
    total = len(annotations)
    print(f"statements: {total}, found: {found}, verdicts right: {right}")
    print(f"recall: {found / total:.1%}")
    print(f"accuracy: {right / found:.1%}" if found else "accuracy: n/a")
    print(f"false contradictions: {false_contra} on annotated statements, {stray} on unannotated sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
