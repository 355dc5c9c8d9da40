#!/usr/bin/env python3
"""Builds the JSON files of research/bilateral-3 (run: python3 build.py)."""
import json

S = []  # sources
def src(id, url, title, publisher, published, language="es", note=None):
    S.append({"id": id, "url": url, "title": title, "publisher": publisher,
              "published": published, "language": language, "note": note})

E = []  # events
def ev(**k):
    base = {"kind": "meeting", "end_date": None, "place": None, "participants": [], "organizations": [],
            "countries": ["BO", "CL"], "status": "held", "topics": [], "outcomes": [], "agreements": [],
            "history": [], "note": None, "alternatives": []}
    base.update(k)
    E.append(base)

A = []  # agreements
def ag(**k):
    base = {"kind": "agreement", "place": None, "parties": ["BO", "CL"], "signatories": [], "event": None,
            "status": "signed", "summary": None, "note": None, "alternatives": []}
    base.update(k)
    A.append(base)

P = []  # people
def person(**k):
    base = {"other_names": [], "aliases": [], "birth_date": None, "birth_place": None, "death_date": None,
            "death_place": None, "note": None}
    base.update(k)
    P.append(base)

exec(open("data_sources.py").read())
exec(open("data_records.py").read())

for name, coll in (("sources.json", S), ("events.json", E), ("agreements.json", A), ("people.json", P)):
    ids = [x["id"] for x in coll]
    assert len(ids) == len(set(ids)), name
    with open(name, "w") as f:
        json.dump(coll, f, ensure_ascii=False, indent=1)
# check every cited source exists here or in the main data
main = {x["id"] for x in json.load(open("/work/main/src/chibo/data/sources.json"))}
mine = {x["id"] for x in S}
for coll in (E, A, P):
    for r in coll:
        cited = list(r.get("sources", []))
        for h in r.get("history", []):
            cited.append(h["source"])
        for al in r.get("alternatives", []):
            cited += al["sources"]
        for c in cited:
            assert c in mine or c in main, (r["id"], c)
print(len(S), "sources,", len(E), "events,", len(A), "agreements,", len(P), "people")
