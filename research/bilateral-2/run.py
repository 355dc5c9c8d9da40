import json,sys,re
sys.path.insert(0,'/work/main/research/bilateral-2')
from build_sources import SOURCES
from build_data import PEOPLE,ORGS,EVENTS,AGREEMENTS,CORRECTIONS
D='/work/main/src/chibo/data/'
main_src=json.load(open(D+'sources.json'))
url2id={x['url']:x['id'] for x in main_src}
main_ids={x['id'] for x in main_src}
remap={}
mine=[]
seen=set()
for s in SOURCES:
    if s['url'] in url2id:
        remap[s['id']]=url2id[s['url']]; continue
    if s['id'] in main_ids: print('ID CLASH',s['id']); 
    if s['id'] in seen: print('DUP',s['id'])
    seen.add(s['id']); mine.append(s)
print('remapped',remap)
def fix(o):
    if isinstance(o,dict): return {k:fix(v) for k,v in o.items()}
    if isinstance(o,list): return [fix(v) for v in o]
    if isinstance(o,str) and o in remap: return remap[o]
    return o
PEOPLE,ORGS,EVENTS,AGREEMENTS,CORRECTIONS=map(fix,(PEOPLE,ORGS,EVENTS,AGREEMENTS,CORRECTIONS))
_mainp={x['id'] for x in json.load(open(D+'people.json'))}
_drop=[p['id'] for p in PEOPLE if p['id'] in _mainp]
print('dropping existing people',_drop)
PEOPLE=[p for p in PEOPLE if p['id'] not in _mainp]
_mo={x['id'] for x in json.load(open(D+'organizations.json'))}
print('dropping existing orgs',[o['id'] for o in ORGS if o['id'] in _mo])
ORGS=[o for o in ORGS if o['id'] not in _mo]
allsrc=main_ids|{s['id'] for s in mine}
used=set()
def chk(recs,name):
    for r in recs:
        for sid in r.get('sources',[]):
            used.add(sid)
            if sid not in allsrc: print('MISSING SRC',name,r.get('id',r.get('record')),sid)
        for h in r.get('history',[]):
            used.add(h['source'])
            if h['source'] not in allsrc: print('MISSING HSRC',r['id'],h['source'])
        for a in r.get('alternatives',[]):
            for sid in a['sources']:
                used.add(sid)
                if sid not in allsrc: print('MISSING ASRC',r['id'],sid)
for n,r in [('people',PEOPLE),('orgs',ORGS),('events',EVENTS),('agreements',AGREEMENTS),('corrections',CORRECTIONS)]: chk(r,n)
for s in mine:
    if s['id'] not in used: print('UNUSED source',s['id'])
mp={x['id'] for x in json.load(open(D+'people.json'))}|{p['id'] for p in PEOPLE}
for p in PEOPLE:
    if p['id'] in {x['id'] for x in json.load(open(D+'people.json'))}: print('PERSON EXISTS',p['id'])
for e in EVENTS:
    for pid in e['participants']:
        if pid not in mp: print('MISSING PERSON',e['id'],pid)
for a in AGREEMENTS:
    for pid in a['signatories']:
        if pid not in mp: print('MISSING PERSON',a['id'],pid)
mev={x['id'] for x in json.load(open(D+'events.json'))}
mag={x['id'] for x in json.load(open(D+'agreements.json'))}
for e in EVENTS:
    if e['id'] in mev: print('EVENT EXISTS',e['id'])
for a in AGREEMENTS:
    if a['id'] in mag: print('AGR EXISTS',a['id'])
    if a['event'] and a['event'] not in mev|{e['id'] for e in EVENTS}: print('BAD EVENT REF',a['id'])
mo={x['id'] for x in json.load(open(D+'organizations.json'))}|{o['id'] for o in ORGS}
for e in EVENTS:
    for o in e['organizations']:
        if o not in mo: print('MISSING ORG',e['id'],o)
dre=re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
for e in EVENTS:
    for f in ('date','end_date'):
        if e[f] is not None and not dre.match(e[f]): print('BAD DATE',e['id'],e[f])
for a in AGREEMENTS:
    if a['signed'] and not dre.match(a['signed']): print('BAD DATE',a['id'])
out='/work/main/research/bilateral-2/'
for name,data in [('sources',mine),('people',PEOPLE),('organizations',ORGS),('events',EVENTS),('agreements',AGREEMENTS),('corrections',CORRECTIONS)]:
    json.dump(data,open(out+name+'.json','w'),ensure_ascii=False,indent=1)
print('counts',len(mine),len(PEOPLE),len(ORGS),len(EVENTS),len(AGREEMENTS),len(CORRECTIONS))
