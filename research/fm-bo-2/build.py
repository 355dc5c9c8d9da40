import json
S=[];P=[];T=[];V=[];C=[]
def src(id,url,title,publisher,published,lang="es",note=None):
    S.append(dict(id=id,url=url,title=title,publisher=publisher,published=published,language=lang,note=note))
def person(id,name,other=None,birth=None,bplace=None,death=None,dplace=None,sources=(),note=None,alts=None):
    P.append(dict(id=id,name=name,other_names=other or [],aliases=[],birth_date=birth,birth_place=bplace,death_date=death,death_place=dplace,nationalities=["BO"],sources=list(sources),note=note,alternatives=alts or []))
def term(id,person,start,end,sr,er,sources,note,acting=False,alts=None,**kw):
    d=dict(id=id,person=person,office="bo-foreign-minister",start=start,end=end,start_reason=sr,end_reason=er,acting=acting,sources=list(sources),note=note,alternatives=alts or [])
    d.update(kw); T.append(d)
exec(open('data.py').read())
for name,obj in [('sources',S),('people',P),('terms',T),('vacancies',V),('coverage',C)]:
    pass
for name,obj in [('sources',S),('people',P),('terms',T),('vacancies',V),('coverage',C)]:
    json.dump(obj,open(name+'.json','w'),ensure_ascii=False,indent=1)
ids=[x['id'] for x in S]; assert len(ids)==len(set(ids)),'dup src'
ext=set(x['id'] for x in json.load(open('../fm-bo/sources.json')))|set(x['id'] for x in json.load(open('/work/main/src/chibo/data/sources.json')))
for i in ids: assert i not in ext,('src already exists elsewhere',i)
ids=set(ids)|ext
for t in T:
    for s in t['sources']: assert s in ids,(t['id'],s)
    for a in t['alternatives']:
        for s in a['sources']: assert s in ids,(t['id'],s)
for p in P:
    for s in p['sources']: assert s in ids,(p['id'],s)
for v in V+C:
    for s in v['sources']: assert s in ids,(v.get('id',v.get('series')),s)
print(len(S),len(P),len(T))
