#!/usr/bin/env python3
"""bilateral-4 builder: writes sources/events/agreements/people JSON from the lists below and checks ids."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'src', 'chibo', 'data')
def load(f):
    d = json.load(open(os.path.join(DATA, f)))
    return d['records'] if isinstance(d, dict) else d

SOURCES, EVENTS, AGREEMENTS, PEOPLE = [], [], [], []
def src(id, url, title, publisher, published, language="es", note=None):
    SOURCES.append(dict(id=id, url=url, title=title, publisher=publisher, published=published, language=language, note=note))
def ev(**k):
    base = dict(kind="meeting", end_date=None, place=None, participants=[], organizations=[], countries=["BO", "CL"],
                status="held", topics=[], outcomes=[], agreements=[], history=[], note=None, alternatives=[])
    base.update(k); EVENTS.append(base)
def ag(**k):
    base = dict(kind="agreement", place=None, parties=["BO", "CL"], signatories=[], event=None, status="signed", note=None, alternatives=[])
    base.update(k); AGREEMENTS.append(base)

exec(open(os.path.join(HERE, 'data.py'), encoding='utf-8').read())

main_src = {s['id']: s for s in load('sources.json')}
main_urls = {s['url']: s['id'] for s in main_src.values()}
main_people = {p['id'] for p in load('people.json')}
main_ev = {e['id'] for e in load('events.json')}
main_ag = {a['id'] for a in load('agreements.json')}
main_orgs = {o['id'] for o in load('organizations.json')}
err = 0
for s in SOURCES:
    if s['url'] in main_urls:
        print('URL already in main sources:', s['id'], '->', main_urls[s['url']]); err += 1
    if s['id'] in main_src: print('source id clash', s['id']); err += 1
mine = {s['id'] for s in SOURCES}
ids = [r['id'] for r in SOURCES + EVENTS + AGREEMENTS + PEOPLE]
dups = {i for i in ids if ids.count(i) > 1}
if dups: print('dup ids', dups); err += 1
for r in EVENTS + AGREEMENTS + PEOPLE:
    for sid in r['sources'] + [x for a in r.get('alternatives', []) for x in a['sources']] + [h['source'] for h in r.get('history', [])]:
        if sid not in mine and sid not in main_src: print('missing source', r['id'], sid); err += 1
    if r['id'] in main_ev or r['id'] in main_ag: print('id exists in main', r['id']); err += 1
people_ok = main_people | {p['id'] for p in PEOPLE}
for r in EVENTS:
    for p in r['participants']:
        if p not in people_ok: print('unknown person', r['id'], p); err += 1
    for o in r['organizations']:
        if o not in main_orgs: print('unknown org', r['id'], o); err += 1
for r in AGREEMENTS:
    for p in r['signatories']:
        if p not in people_ok: print('unknown person', r['id'], p); err += 1
for name, coll in [('sources.json', SOURCES), ('events.json', EVENTS), ('agreements.json', AGREEMENTS), ('people.json', PEOPLE)]:
    if coll:
        json.dump(coll, open(os.path.join(HERE, name), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('sources', len(SOURCES), 'events', len(EVENTS), 'agreements', len(AGREEMENTS), 'people', len(PEOPLE), 'errors', err)
