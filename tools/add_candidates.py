"""Add research candidates to the curated data in src/chibo/data, never overwriting it.

    python tools/add_candidates.py research/hos-cl research/fm-bo ... [--write]

``src/chibo/data/*.json`` is the source of truth, edited by hand and reviewed as diffs.
A research folder (see research/FORMAT.md) holds candidate records. This tool:

* adds every candidate whose id is new, in canonical form (sorted by id, 2-space JSON);
* refuses to touch a curated record: a candidate with an existing id that differs is
  reported as a conflict and left out (edit the curated record by hand instead);
* deduplicates sources by URL (a candidate source whose URL is already known takes the
  known id, and the candidate's references are rewritten to it);
* with ``--fill``, completes a known record instead: a field that is empty or unstated there
  (null, an empty list, ``false``, the reason ``"other"``) takes the candidate's value, a date
  is refined when the candidate's is a more precise date inside it ("1961" -> "1961-08-26"),
  the candidate's sources are appended and its note is added to the record's; no other
  field that holds a value is changed;
* reports what it added, filled, skipped and refused. Without ``--write`` nothing is written.

It never deletes or rewrites a curated record; run ``python tools/datafmt.py`` after a
hand edit to put the files back in canonical form.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "src" / "chibo" / "data"
COLLECTIONS = [
    "sources",
    "countries",
    "borders",
    "people",
    "organizations",
    "offices",
    "terms",
    "elections",
    "decrees",
    "events",
    "agreements",
    "relations",
    "claims",
    "coverage",
    "vacancies",
]
SOURCE_LISTS = {"sources", "evidence"}
SOURCE_SCALARS = {"source"}


def canonical(records: list[dict[str, Any]]) -> str:
    """The one formatting of a data file: records sorted by id, 2-space indent, UTF-8, final newline."""
    return json.dumps(sorted(records, key=lambda r: r["id"]), indent=2, ensure_ascii=False) + "\n"


def _folded(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _same_name(a: str, b: str) -> bool:
    """One name's words are all in the other's ("Augusto Pinochet", "Augusto Pinochet Ugarte")."""
    words_a, words_b = set(_folded(a).split()), set(_folded(b).split())
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


def _norm_url(url: str) -> str:
    return url.strip().rstrip("/")


def _rewrite(value: Any, remap: dict[str, str], key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _rewrite(v, remap, k) for k, v in value.items()}
    if isinstance(value, list):
        if key in SOURCE_LISTS:
            return list(dict.fromkeys(remap.get(v, v) if isinstance(v, str) else v for v in value))
        return [_rewrite(v, remap) for v in value]
    if isinstance(value, str) and key in SOURCE_SCALARS:
        return remap.get(value, value)
    return value


_DATE = re.compile(r"\d{4}(-\d{2}){0,2}")


def _unstated(value: Any) -> bool:
    """Empty, or a default that says nothing: ``False`` (``acting``) and ``"other"`` (a reason)."""
    return value is False or value in (None, [], "", "other")


def _refines(known: Any, value: Any) -> bool:
    """A more precise date inside the known one: "1961" -> "1961-08-26", "1961-08" -> "1961-08-26"."""
    return (
        isinstance(known, str)
        and isinstance(value, str)
        and bool(_DATE.fullmatch(known))
        and bool(_DATE.fullmatch(value))
        and len(value) > len(known)
        and value.startswith(known + "-")
    )


def _fill(known: dict[str, Any], candidate: dict[str, Any]) -> list[str]:
    """Fill ``known``'s empty fields from ``candidate`` and append its sources; the names filled.

    Records with a ``name`` are filled only when one name's words are all in the other's
    (one id, one person); "Manuel Trucco Gaete" never fills "Manuel Trucco Franzani".
    """
    if "name" in known and not _same_name(known["name"], candidate.get("name", "")):
        return []
    filled = []
    for key, value in candidate.items():
        if key in ("id", "sources", "note", "alternatives"):
            continue
        if (_unstated(known.get(key)) and not _unstated(value)) or _refines(known.get(key), value):
            known[key] = value
            filled.append(key)
    if "end" in filled and known.get("end_unknown"):
        known["end_unknown"] = False
    if filled:
        if candidate.get("note"):
            known["note"] = f"{known['note']} {candidate['note']}" if known.get("note") else candidate["note"]
        for source in candidate.get("sources", []):
            if source not in known["sources"]:
                known["sources"].append(source)
        known.setdefault("alternatives", [])
        for alt in candidate.get("alternatives", []):
            if alt not in known["alternatives"]:
                known["alternatives"].append(alt)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true", help="write the data files (default: report only)")
    parser.add_argument("--fill", action="store_true", help="fill empty fields of known records from candidates")
    args = parser.parse_args(argv)

    data = {name: json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")) for name in COLLECTIONS}
    curated_ids = {r["id"] for records in data.values() for r in records}
    by_url = {_norm_url(s["url"]): s["id"] for s in data["sources"]}
    added: dict[str, int] = {}
    report: list[str] = []
    for folder in args.folders:
        remap: dict[str, str] = {}
        candidates = {}
        for name in COLLECTIONS:
            path = folder / f"{name}.json"
            candidates[name] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
        for source in candidates["sources"]:
            known = by_url.get(_norm_url(source["url"]))
            if known is not None and known != source["id"]:
                remap[source["id"]] = known
        for name in COLLECTIONS:
            known_ids = {r["id"]: r for r in data[name]}
            for record in candidates[name]:
                if name == "sources" and record["id"] in remap:
                    continue
                record = _rewrite(record, remap)
                rid = record["id"]
                if rid in known_ids:
                    if known_ids[rid] != record and args.fill and name != "sources":
                        filled = _fill(known_ids[rid], record)
                        if filled:
                            report.append(f"filled {folder.name}/{name}.json {rid}: {', '.join(filled)}")
                            continue
                    if known_ids[rid] != record:
                        origin = "curated" if rid in curated_ids else "added earlier in this run"
                        names = ""
                        if "name" in record and record.get("name") != known_ids[rid].get("name"):
                            names = f" (names: {known_ids[rid].get('name')!r} vs {record.get('name')!r})"
                        report.append(
                            f"refused {folder.name}/{name}.json {rid}: differs from the {origin} record{names}"
                        )
                    continue
                if any(rid in {r["id"] for r in data[other]} for other in COLLECTIONS if other != name):
                    report.append(f"refused {folder.name}/{name}.json {rid}: id used by another collection")
                    continue
                data[name].append(record)
                known_ids[rid] = record
                if name == "sources":
                    by_url[_norm_url(record["url"])] = rid
                added[name] = added.get(name, 0) + 1
    for line in report:
        print(line)
    print("added: " + (", ".join(f"{n} {c}" for n, c in sorted(added.items())) or "nothing"))
    if args.write:
        for name in COLLECTIONS:
            (DATA / f"{name}.json").write_text(canonical(data[name]), encoding="utf-8")
        print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
