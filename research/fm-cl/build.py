import json
S=[];P=[];T=[];V=[];C=[]
def src(id,url,title,pub,published,lang,note=None):
    S.append(dict(id=id,url=url,title=title,publisher=pub,published=published,language=lang,note=note))
def per(id,name,sources,other=[],bd=None,bp=None,dd=None,dp=None,note=None,alts=[]):
    P.append(dict(id=id,name=name,other_names=other,aliases=[],birth_date=bd,birth_place=bp,death_date=dd,death_place=dp,nationalities=["CL"],sources=sources,note=note,alternatives=alts))
def term(person,start,end,sources,sr="appointed",er=None,acting=False,note=None,alts=[],suffix=""):
    y=start[:4] if start else (end[:4] if end else "unknown")
    T.append(dict(id=f"term-{person}-cl-foreign-minister-{y}{suffix}",person=person,office="cl-foreign-minister",start=start,end=end,start_reason=sr,end_reason=er,acting=acting,sources=sources,note=note,alternatives=alts))
exec(open('data.py').read())
for n,d in [('sources',S),('people',P),('terms',T),('vacancies',V),('coverage',C)]:
    json.dump(d,open(n+'.json','w'),ensure_ascii=False,indent=1)
ids=[s['id'] for s in S]; assert len(ids)==len(set(ids))
used=set(x for r in P+T for x in r['sources'])|set(x for r in P+T for a in r['alternatives'] for x in a['sources'])
print('missing sources',used-set(ids)); print(len(S),len(P),len(T))
