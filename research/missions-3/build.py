import json
S=[];P=[];T=[];F=[]
def src(id,url,title,pub,published,lang="es",note=None):
    S.append(dict(id=id,url=url,title=title,publisher=pub,published=published,language=lang,note=note))
def person(id,name,other=[],nat=["BO"],note=None,sources=[],**kw):
    d=dict(id=id,name=name,other_names=other,aliases=[],birth_date=None,birth_place=None,death_date=None,nationalities=nat,sources=sources,note=note)
    d.update(kw);P.append(d)
def term(id,person,office,start,end,rank,sources,note,start_reason="appointed",end_reason=None,acting=False,end_unknown=False,alternatives=None):
    d=dict(id=id,person=person,office=office,start=start,end=end,start_reason=start_reason,end_reason=end_reason,acting=acting,rank=rank,sources=sources,note=note)
    if end_unknown: d["end_unknown"]=True
    if alternatives: d["alternatives"]=alternatives
    T.append(d)
def fill(id,person,office,start,sources,note,**fields):
    d=dict(id=id,person=person,office=office,start=start); d.update(fields); d["sources"]=sources; d["note"]=note; F.append(d)
exec(open("data.py").read())
for name,arr in [("sources.json",S),("people.json",P),("terms.json",T),("fills.json",F)]:
    json.dump(arr,open(name,"w"),ensure_ascii=False,indent=1)
print(len(S),len(P),len(T),len(F))
