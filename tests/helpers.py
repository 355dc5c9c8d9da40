"""Helpers shared by the test modules: the mini dataset, writing it out, running Python."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
"""The repository's root directory."""

Data = dict[str, Any]
"""A data directory as a dict: collection name -> the JSON value of its file."""

MakeDir = Callable[[Data], Path]
"""The ``make_dir`` fixture: writes a data dict to a fresh directory and returns it."""

MINI: dict[str, Any] = {
    "metadata": {"version": "1.0.0", "as_of": "2026-01-31", "title": "mini"},
    "sources": [
        {
            "id": "s1",
            "url": "https://example.org/a",
            "title": "A",
            "publisher": "Example",
            "published": "2025-12-22",
            "language": "en",
        },
        {
            "id": "s2",
            "url": "https://example.org/b",
            "title": "B",
            "publisher": "Example",
            "published": "2026-01-16",
            "language": "es",
        },
    ],
    "countries": [
        {"id": "BO", "alpha3": "BOL", "name_en": "Bolivia", "name_es": "Bolivia", "sources": ["s1"]},
        {"id": "CL", "alpha3": "CHL", "name_en": "Chile", "name_es": "Chile", "sources": ["s1"]},
    ],
    "borders": [],
    "people": [
        {"id": "ana", "name": "Ana Pérez", "aliases": ["Anita"], "birth_date": "1970-05-02", "sources": ["s1"]},
        {"id": "beto", "name": "Beto Núñez", "sources": ["s1"]},
    ],
    "organizations": [{"id": "party", "name": "Partido", "kind": "party", "country": "BO", "sources": ["s1"]}],
    "offices": [
        {
            "id": "bo-president",
            "country": "BO",
            "role": "president",
            "label_en": "President of Bolivia",
            "label_es": "Presidente de Bolivia",
            "sources": ["s1"],
        }
    ],
    "terms": [
        {
            "id": "t1",
            "person": "ana",
            "office": "bo-president",
            "start": "2020-11-08",
            "end": "2025-11-08",
            "end_reason": "completed",
            "sources": ["s1"],
        },
        {"id": "t2", "person": "beto", "office": "bo-president", "start": "2025-11-08", "sources": ["s1"]},
    ],
    "elections": [
        {
            "id": "bo-2025",
            "country": "BO",
            "kind": "general",
            "title": "Election",
            "rounds": [
                {
                    "number": 1,
                    "date": "2025-10-19",
                    "counts": [
                        {
                            "stage": "preliminary",
                            "source": "s1",
                            "reported": "2025-10-20",
                            "coverage": 97.0,
                            "results": [{"candidate": "ana", "share": 45.0}, {"candidate": "beto", "share": 55.0}],
                        },
                        {
                            "stage": "official",
                            "source": "s1",
                            "reported": "2025-10-25",
                            "results": [
                                {"candidate": "ana", "party": "party", "votes": 40, "share": 40.0},
                                {"candidate": "beto", "votes": 60, "share": 60.0},
                            ],
                        },
                    ],
                }
            ],
            "sources": ["s1"],
        }
    ],
    "decrees": [],
    "events": [
        {
            "id": "meeting",
            "kind": "meeting",
            "title": "Ministers meet",
            "status": "held",
            "date": "2026-01-15",
            "place": "Santiago",
            "participants": ["ana", "beto"],
            "countries": ["BO", "CL"],
            "history": [
                {"reported": "2025-12-22", "source": "s1", "status": "planned", "date": "2026-01", "place": "Santiago"},
                {"reported": "2026-01-16", "source": "s2", "status": "held", "date": "2026-01-15", "place": "Santiago"},
            ],
            "sources": ["s1", "s2"],
        }
    ],
    "agreements": [],
    "relations": [
        {
            "id": "r1",
            "countries": ["BO", "CL"],
            "level": "ambassador",
            "start": "1975-02-08",
            "end": "1978-03-17",
            "cause": "Charaña",
            "sources": ["s1"],
        },
        {
            "id": "r2",
            "countries": ["BO", "CL"],
            "level": "consular",
            "start": "1978-03-17",
            "cause": "Break",
            "sources": ["s1"],
        },
    ],
    "coverage": [
        {
            "id": "cov-bo-president",
            "kind": "office",
            "subject": "bo-president",
            "start": "2020-11-08",
            "sources": ["s1"],
        },
        {"id": "cov-elections-bo", "kind": "elections", "subject": "BO", "start": "2025", "sources": ["s1"]},
    ],
    "vacancies": [],
    "claims": [
        {
            "id": "c1",
            "source": "s1",
            "statement": "They met.",
            "verdict": "confirmed",
            "explanation": "They did.",
            "about": ["meeting"],
            "evidence": ["s2"],
            "sources": ["s1"],
        }
    ],
}


def write_dataset(root: Path, data: Data) -> Path:
    """Write ``data`` as one ``<name>.json`` per key under ``root``; return ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, value in data.items():
        (root / f"{name}.json").write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return root


def run_python(code: str, *, timeout: float = 60) -> str:
    """Run ``code`` in a fresh interpreter (the one running the tests); return its standard output."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=timeout
    ).stdout
