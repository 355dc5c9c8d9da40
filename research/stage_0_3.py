import json, sys, shutil
from pathlib import Path
R=Path('/work/main/research'); OUT=Path('/tmp/stage')
def slug(s): return s.lower().replace(':','-')
RENAME={('fm-bo','walter-guevara-arze'):'walter-guevara',('missions','manuel-trucco'):'manuel-trucco-gaete',('hos-cl','manuel-trucco'):'manuel-trucco-franzani'}
def rename(v, area):
    if isinstance(v,dict): return {k:rename(x,area) for k,x in v.items()}
    if isinstance(v,list): return [rename(x,area) for x in v]
    if isinstance(v,str) and (area,v) in RENAME: return RENAME[(area,v)]
    return v
for area in sys.argv[1:]:
    src=R/area; dst=OUT/area
    if dst.exists(): shutil.rmtree(dst)
    dst.mkdir(parents=True)
    for f in src.glob('*.json'):
        v=json.loads(f.read_text())
        name=f.stem
        if not isinstance(v,list): continue
        v=rename(v,area)
        if name=='terms':
            for t in v:
                if t['id']=='term-walter-guevara-bo-foreign-minister-1964' and t.get('start')=='1967-08-04':
                    t['id']='term-walter-guevara-bo-foreign-minister-1967'
                if t['id'].startswith('term-walter-guevara-arze-'):
                    t['id']=t['id'].replace('term-walter-guevara-arze-','term-walter-guevara-',1)
                if t['id'].startswith('term-manuel-trucco-') and not t['id'].startswith(('term-manuel-trucco-gaete','term-manuel-trucco-franzani')):
                    t['id']=t['id'].replace('term-manuel-trucco-','term-'+t['person']+'-',1)
        if name=='coverage':
            out=[]
            for c in v:
                series=c.get('series') or c.get('subject')
                if series.startswith('elections:'):
                    kind,subject='elections',series.split(':')[1]
                else:
                    kind,subject='office',series
                start=c.get('from', c.get('start')); end=c.get('to', c.get('end'))
                out.append({"id":f"coverage-{slug(subject) if kind=='office' else 'elections-'+subject.lower()}-{start}".replace('--','-'),
                            "kind":kind,"subject":subject,"start":start,"end":end,"sources":c['sources'],"note":c.get('note'),"alternatives":c.get('alternatives',[])})
            v=out
        if name=='terms':
            for t in v:
                extra=[]
                if t.pop('end_unknown',False): extra.append('The end of this term is not known (end left empty; it does not mean the term is open).')
                if t.pop('bounds_unknown',False): extra.append('Start and end not known: the person is documented in the post at the moment the note gives.')
                if extra: t['note']=((t.get('note') or '')+' '+' '.join(extra)).strip()
        if name=='elections':
            for e in v:
                rs=e['rounds']
                for i,r in enumerate(rs):
                    r.setdefault('kind','popular')
                    if i+1<len(rs):
                        nxt={x['candidate'] for c in rs[i+1]['counts'] for x in c['results']}
                        cur={x['candidate'] for c in r['counts'] for x in c['results']}
                        r.setdefault('advanced',sorted(cur&nxt)); r.setdefault('decided',False)
                    else:
                        r.setdefault('advanced',[])
                        if e.get('annulled_on'): r['decided']=False
                        else:
                            off=[c for c in r['counts'] if c['stage']=='official']
                            r.setdefault('decided', bool(off))
                e.pop('annulled',None)
                for r in rs:
                    for c in r['counts']:
                        shares=[x.get('share') for x in c['results']]
                        if c['stage']=='official' and r.get('kind','popular')=='popular' and all(x is not None for x in shares) and sum(shares)<99.4:
                            c['complete']=False
        known_cc={'AR','BO','CL','EC','ES','PE','PY','US'}
        if name=='sources':
            for s_ in v: s_.pop('alternatives',None)
        if name=='people':
            for p_ in v: p_['nationalities']=[c for c in p_.get('nationalities',[]) if c in known_cc]
        if name=='events':
            for e_ in v:
                e_['countries']=[c for c in e_.get('countries',[]) if c in known_cc]
                h=e_.get('history') or []
                if h and (any(r.get('reported') is None for r in h) or h[-1].get('status')!=e_.get('status')):
                    e_['note']=((e_.get('note') or '')+' (Report history not kept at the 0.3.0 merge: some reports had no publication date, or the last report did not give the final status; see research/'+area+'.)').strip()
                    e_['history']=[]
        (dst/f.name).write_text(json.dumps(v,ensure_ascii=False,indent=1))
    print('staged',area)
