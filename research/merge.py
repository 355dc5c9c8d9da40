"""Merge helper research folders into src/chibo/data (run from research/). Prints conflicts."""
import json, sys, re
from pathlib import Path

ROOT = Path(__file__).parent
OUT = ROOT.parent / "src" / "chibo" / "data"
AREAS = ["manual", "offices", "elections", "bilateral", "history", "regional", "decree", "claims", "after2026", "gaps2026"]
COLLS = ["sources","countries","borders","people","organizations","offices","terms","elections","decrees","events","agreements","relations","claims"]
PRIORITY = {
    "people": ["manual","offices","elections","bilateral","history","regional","decree","claims","gaps2026","after2026"],
    "terms": ["manual","offices","bilateral","history","regional","decree","gaps2026","after2026"],
    "offices": ["manual","offices","bilateral","history","regional","decree","gaps2026","after2026"],
    "organizations": ["manual","offices","elections","bilateral","decree","history","regional","claims"],
    "events": ["manual","bilateral","regional","history","decree","claims","after2026","gaps2026"],
    "agreements": ["manual","bilateral","history","decree","regional"],
    "claims": ["manual","claims","history","regional","offices","bilateral","decree","elections","after2026"],
}
conflicts = []

def norm_url(u):
    return u.strip().rstrip("/")

def load(area, coll):
    p = ROOT / area / f"{coll}.json"
    if not p.exists():
        return []
    return json.loads(p.read_text())

# 1. sources: dedupe by URL, build remap of ids
sources, by_url, remap = {}, {}, {}
for area in AREAS:
    for s in load(area, "sources"):
        key = norm_url(s["url"])
        if key in by_url:
            remap[(area, s["id"])] = by_url[key]
            continue
        sid = s["id"]
        if sid in sources:  # same id, other url
            new = f"{sid}-{area}"
            conflicts.append(f"source id {sid} reused for {s['url']} -> {new}")
            remap[(area, sid)] = new
            sid = new
            s = dict(s, id=new)
        sources[sid] = s
        by_url[key] = sid
        remap[(area, s["id"])] = sid

extra_remap = json.loads((ROOT / "manual" / "remap.json").read_text()) if (ROOT / "manual" / "remap.json").exists() else {}

global_remap = {}
for (a, old), new in remap.items():
    global_remap.setdefault(old, new)
for old, new in extra_remap.items():
    global_remap[old] = new

def rs(area, x):
    if x in extra_remap:
        return extra_remap[x]
    return remap.get((area, x)) or global_remap.get(x, x)

SOURCE_KEYS = {"sources", "evidence"}
SOURCE_SCALAR = {"source"}

def fix(obj, area):
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k in SOURCE_KEYS and isinstance(v, list):
                v = [rs(area, x) for x in v]
                v = list(dict.fromkeys(v))
            elif k in SOURCE_SCALAR and isinstance(v, str):
                v = rs(area, v)
            else:
                v = fix(v, area)
            out[k] = v
        return out
    if isinstance(obj, list):
        return [fix(x, area) for x in obj]
    if isinstance(obj, str) and obj in extra_remap:
        return extra_remap[obj]
    return obj

def merge(a, b, coll, rid):
    out = dict(a)
    for k, v in b.items():
        if k not in out or out[k] in (None, [], ""):
            out[k] = v
        elif isinstance(out[k], list) and isinstance(v, list):
            if all(isinstance(x, str) for x in out[k] + v):
                out[k] = list(dict.fromkeys(out[k] + v))
            elif k == "history":
                seen = {(h["reported"], h["source"]) for h in out[k]}
                out[k] = out[k] + [h for h in v if (h["reported"], h["source"]) not in seen]
        elif v not in (None, [], "") and out[k] != v and k not in ("note", "title", "summary", "name"):
            conflicts.append(f"{coll} {rid}.{k}: kept {out[k]!r}, other {v!r}")
    return out

SOURCE_FIELDS = ["id", "url", "title", "publisher", "published", "language", "note"]
def clean_source(s):
    out = {k: s.get(k) for k in SOURCE_FIELDS}
    return out
data = {"sources": sorted((clean_source(s) for s in sources.values()), key=lambda s: s["id"])}
for coll in COLLS[1:]:
    order = PRIORITY.get(coll, AREAS)
    merged = {}
    for area in order:
        for rec in load(area, coll):
            rec = fix(rec, area)
            rid = extra_remap.get(rec["id"], rec["id"])
            rec["id"] = rid
            merged[rid] = merge(merged[rid], rec, coll, rid) if rid in merged else rec
    data[coll] = sorted(merged.values(), key=lambda r: r["id"])

import fixups
fixups.apply(data, conflicts)

drop = json.loads((ROOT / "manual" / "drop.json").read_text()) if (ROOT / "manual" / "drop.json").exists() else {}
for coll, ids in drop.items():
    data[coll] = [r for r in data[coll] if r["id"] not in set(ids)]

OUT.mkdir(parents=True, exist_ok=True)
for coll, recs in data.items():
    (OUT / f"{coll}.json").write_text(json.dumps(recs, ensure_ascii=False, indent=2) + "\n")
print("\n".join(conflicts))
print({k: len(v) for k, v in data.items()}, file=sys.stderr)
