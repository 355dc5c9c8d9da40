"""Draw the docs' pictures (docs/img/*.png) from the bundled data, or check that they are current.

Each picture carries, in a PNG text chunk, a fingerprint of what it was drawn from: the chart
and its arguments, the dataset's version and as-of day, the records the chart shows (as
``chibo.to_dict`` gives them) and the source of ``chibo.plot``. ``--check`` (run by the tests,
no matplotlib needed) recomputes the fingerprints and names every picture whose data or drawing
code changed since it was drawn. Run ``python tools/docs_images.py`` (needs ``chibo[plot]``) to
redraw them.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "img"
KEY = b"chibo-inputs"
"""The PNG text chunk's keyword."""

PICTURES: dict[str, tuple[str, dict[str, Any]]] = {
    "relations.png": ("relations", {"between": ["BO", "CL"]}),
    "timeline.png": ("timeline", {"start": "2025-12", "end": "2026-01", "country": "BO"}),
}
"""File in docs/img -> (chart, its arguments). The docs' pages show these files."""


def _shown(chart: str, arguments: dict[str, Any]) -> list[Any]:
    """The records a chart draws, as JSON."""
    import chibo

    ds = chibo.load()
    if chart == "relations":
        periods = ds.relations_history(arguments["between"])
        events = [ds.get(p.start_event) for p in periods if p.start_event]
        return [chibo.to_dict(record) for record in (*periods, *events)]
    entries = ds.timeline(arguments["start"], arguments["end"], country=arguments["country"])
    return [chibo.to_dict(entry) for entry in entries]


def fingerprint(name: str) -> str:
    """What the picture ``name`` is drawn from, hashed: the chart, the data it shows and the drawing code."""
    import chibo
    import chibo.plot

    chart, arguments = PICTURES[name]
    ds = chibo.load()
    inputs = {
        "chart": chart,
        "arguments": arguments,
        "version": ds.version,
        "as_of": str(ds.info.as_of),
        "shown": _shown(chart, arguments),
        "code": inspect.getsource(chibo.plot),
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        chunks.append((kind, data[at + 8 : at + 8 + length]))
        at += 12 + length
    return chunks


def stamp_of(path: Path) -> str | None:
    """The fingerprint stored in a PNG file, or None."""
    for kind, body in _chunks(path.read_bytes()):
        if kind == b"tEXt" and body.startswith(KEY + b"\0"):
            return body[len(KEY) + 1 :].decode("latin-1")
    return None


def _stamp(path: Path, value: str) -> None:
    """Store ``value`` in a text chunk of the PNG at ``path``, just before its end."""
    body = KEY + b"\0" + value.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
    data = path.read_bytes()
    end = data.rindex(b"IEND") - 4
    path.write_bytes(data[:end] + chunk + data[end:])


def draw(name: str, out: Path) -> Path:
    """Draw the picture ``name`` to ``out`` and stamp it with its fingerprint."""
    import chibo
    from chibo.plot import relations_chart, timeline_chart

    chart, arguments = PICTURES[name]
    ds = chibo.load()
    charts: dict[str, Callable[..., Path]] = {"relations": relations_chart, "timeline": timeline_chart}
    charts[chart](ds, out, **arguments)
    _stamp(out, fingerprint(name))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report pictures that are not current; draw nothing")
    parser.add_argument("--images", type=Path, default=IMAGES)
    args = parser.parse_args(argv)
    stale = [name for name in sorted(PICTURES) if stamp_of(args.images / name) != fingerprint(name)]
    if args.check:
        if stale:
            print("not current: " + ", ".join(stale) + " (run python tools/docs_images.py)")
            return 1
        return 0
    for name in stale:
        draw(name, args.images / name)
        print(f"drew {args.images / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
