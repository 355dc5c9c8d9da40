"""Put src/chibo/data in canonical form, or check that it is (``--check``, used by the tests).

Canonical form: each collection file is a JSON array of records sorted by id, indented
by two spaces, UTF-8 without escapes, ending in one newline; metadata.json likewise.
A diff of two canonical files shows only what changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "chibo" / "data"


def canonical_text(value: object) -> str:
    """The canonical text of a data file's parsed value."""
    if isinstance(value, list):
        value = sorted(value, key=lambda r: r["id"])
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report files not in canonical form; change nothing")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    bad = []
    for path in sorted(args.data.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        wanted = canonical_text(json.loads(text))
        if text != wanted:
            bad.append(path.name)
            if not args.check:
                path.write_text(wanted, encoding="utf-8")
    if args.check and bad:
        print("not in canonical form: " + ", ".join(bad) + " (run python tools/datafmt.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
