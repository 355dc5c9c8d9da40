import json, sys
exec(open('data.py').read())
D='/work/main/src/chibo/data/'
ex_people={p['id'] for p in json.load(open(D+'people.json'))}
ex_sources={s['id'] for s in json.load(open(D+'sources.json'))}
ex_urls={s['url'] for s in json.load(open(D+'sources.json'))}
ex_terms=json.load(open(D+'terms.json'))
ex_tids={t['id'] for t in ex_terms}
ex_keys={(t['person'],t['office'],t['start']) for t in ex_terms}
errs=[]
my_src={s['id'] for s in SOURCES}
my_people={p['id'] for p in PEOPLE}
for s in SOURCES:
    if s['id'] in ex_sources: errs.append('source exists '+s['id'])
    if s['url'] in ex_urls: errs.append('source URL exists '+s['id'])
for p in PEOPLE:
    if p['id'] in ex_people: errs.append('person exists '+p['id'])
allsrc=my_src|ex_sources
ids=set()
for coll in (SOURCES,PEOPLE,TERMS,COVERAGE,FILLS):
    for r in coll:
        rid=r.get('id')
        if rid:
            if rid in ids: errs.append('dup id '+rid)
            ids.add(rid)
        for sid in r.get('sources',[]):
            if sid not in allsrc: errs.append(f'missing source {sid} in {rid}')
        for a in r.get('alternatives',[]) or []:
            for sid in a.get('sources',[]):
                if sid not in allsrc: errs.append(f'missing alt source {sid} in {rid}')
for t in TERMS:
    if t['person'] not in my_people|ex_people: errs.append('missing person '+t['person'])
    if t['id'] in ex_tids: errs.append('term id exists '+t['id'])
    if t['start'] is not None and (t['person'],t['office'],t['start']) in ex_keys: errs.append('term exists '+t['id'])
print('\n'.join(errs) if errs else 'no errors')
for name,coll in [("sources",SOURCES),("people",PEOPLE),("terms",TERMS),("coverage",COVERAGE),("fills",FILLS)]:
    json.dump(coll,open(name+'.json','w'),ensure_ascii=False,indent=1)
print('written', len(SOURCES),len(PEOPLE),len(TERMS),len(COVERAGE))
