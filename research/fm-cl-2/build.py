import json,copy
S=[];P=[];T=[];V=[];C=[]
OLD={t['id']:t for t in json.load(open('../fm-cl/terms.json'))}
OLDS={s['id'] for s in json.load(open('../fm-cl/sources.json'))}|{s['id'] for s in json.load(open('../../src/chibo/data/sources.json'))}
OLDP={p['id'] for p in json.load(open('../fm-cl/people.json'))}|{p['id'] for p in json.load(open('../../src/chibo/data/people.json'))}
def src(id,url,title,pub,published,lang,note=None):
    S.append(dict(id=id,url=url,title=title,publisher=pub,published=published,language=lang,note=note))
def per(id,name,sources,other=[],bd=None,bp=None,dd=None,dp=None,note=None,alts=[]):
    P.append(dict(id=id,name=name,other_names=other,aliases=[],birth_date=bd,birth_place=bp,death_date=dd,death_place=dp,nationalities=["CL"],sources=sources,note=note,alternatives=alts))
def term(person,start,end,sources,sr="appointed",er=None,acting=False,note=None,alts=[],suffix="",id=None):
    y=start[:4] if start else (end[:4] if end else "unknown")
    tid=id or f"term-{person}-cl-foreign-minister-{y}{suffix}"
    T.append(dict(id=tid,person=person,office="cl-foreign-minister",start=start,end=end,start_reason=sr,end_reason=er,acting=acting,sources=sources,note=note,alternatives=alts))
def repl(tid,add_sources=[],note_add=None,**kw):
    t=copy.deepcopy(OLD[tid]); t['sources']=t['sources']+[s for s in add_sources if s not in t['sources']]
    for k,v in kw.items(): t[k]=v
    if note_add: t['note']=((t.get('note') or '')+' '+note_add).strip()
    t.setdefault('alternatives',[])
    T.append(t)
exec(open('data.py').read())
for n,d in [('sources',S),('people',P),('terms',T),('vacancies',V),('coverage',C)]:
    json.dump(d,open(n+'.json','w'),ensure_ascii=False,indent=1)
ids=[s['id'] for s in S]; assert len(ids)==len(set(ids)),[i for i in ids if ids.count(i)>1]
tids=[t['id'] for t in T]; assert len(tids)==len(set(tids)),[i for i in tids if tids.count(i)>1]
allsrc=set(ids)|OLDS
used=set(x for r in P+T+V+C for x in r['sources'])|set(x for r in P+T for a in r.get('alternatives',[]) for x in a['sources'])
print('missing sources',used-allsrc)
print('unknown persons',{t['person'] for t in T}-OLDP-{p['id'] for p in P})
print('dup-old sources',set(ids)&OLDS)
print(len(S),len(P),len(T),len(V),len(C))
