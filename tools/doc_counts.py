"""Rewrite the record counts in docs/data.md's coverage table from the bundled data.

    python tools/doc_counts.py [--check]

The table's last column lists, for the collections named in backticks in its first column,
how many records each holds; ``tests/test_data.py`` holds the page to the data. The sources
row also gives the count by language. With ``--check`` nothing is written and the exit
status says whether the page is current.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

import chibo

PAGE = Path(__file__).resolve().parent.parent / "docs" / "data.md"
ROW = re.compile(r"^(\| (`[^|]+) \|[^|]*\| )([\d, ]+)( \|)$", re.MULTILINE)


def current(text: str) -> str:
    """The page with every count recomputed."""
    records = chibo.load().records

    def counts(match: re.Match[str]) -> str:
        names = re.findall(r"`(\w+)`", match.group(2))
        numbers = ", ".join(str(len(getattr(records, n))) for n in names)
        return f"{match.group(1)}{numbers}{match.group(4)}"

    text = ROW.sub(counts, text)
    languages = collections.Counter(s.language for s in records.sources)
    return re.sub(
        r"\d[\d,]* distinct pages \([\d,]+ in Spanish, [\d,]+ in English,",
        f"{len(records.sources):,} distinct pages ({languages['es']:,} in Spanish, {languages['en']:,} in English,",
        text,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the page is current")
    args = parser.parse_args()
    text = PAGE.read_text(encoding="utf-8")
    new = current(text)
    if args.check:
        print("current" if new == text else "stale: run python tools/doc_counts.py")
        return 0 if new == text else 1
    PAGE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
