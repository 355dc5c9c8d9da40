import json,sys,os
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
import data
D='/work/main/src/chibo/data'
ex_src={x['id'] for x in json.load(open(f'{D}/sources.json'))}
ex_people={x['id'] for x in json.load(open(f'{D}/people.json'))}
ex_terms=json.load(open(f'{D}/terms.json'))
my_src={x['id'] for x in data.SOURCES}
ids=set()
for t in data.TERMS:
    assert t['id'] not in ids, t['id']; ids.add(t['id'])
    for s in t['sources']+[a for al in t['alternatives'] for a in al['sources']]:
        assert s in my_src or s in ex_src, (t['id'],s)
    assert t['person'] in ex_people or t['person'] in {p['id'] for p in data.PEOPLE}, t['person']
    for e in ex_terms:
        if e['person']==t['person'] and e['office']==t['office'] and e['start']==t['start']:
            raise SystemExit('dup term '+t['id'])
    assert t['id'] not in {e['id'] for e in ex_terms}, t['id']
for p in data.PEOPLE:
    assert p['id'] not in ex_people, p['id']
    for s in p['sources']: assert s in my_src or s in ex_src,(p['id'],s)
for s in data.SOURCES: assert s['id'] not in ex_src, s['id']
COV=[
 {"series":"cl-foreign-minister","from":"1938-12-24","to":"1940-02-08",
  "sources":["src-enwiki-nodate-abraham-ortega","src-juliogalvez-201003-abraham-ortega"],
  "note":"Single holder Abraham Ortega Aguayo (24 Dec 1938 – 8 Feb 1940, en.wikipedia infobox; start also per Gálvez blog). Routine subrogancias not listed. The 8–14 Feb 1940 interval before Cristóbal Sáenz is NOT covered."},
 {"series":"cl-foreign-minister","from":"1940-02-14","to":"1942-10-26",
  "sources":["src-enwiki-nodate-cristobal-saenz","src-friendlywiki-nodate-marcial-mora","src-enwiki-nodate-manuel-bianchi","src-melakarnets-eswiki-nodate-rossetti","src-enwiki-nodate-barros-jarpa","src-frus-1942v05-d44-bowers-rossetti"],
  "note":"Chain Sáenz (14 Feb 1940) → Mora (30 Jul 1940) → Bianchi (7 Nov 1940) → Álamos (26 Mar 1941) → Rossetti (10 Jun 1941) → del Pedregal (5 Jan 1942) → Barros Jarpa (2 Apr 1942, existing chibo term) → Fernández Fernández (26 Oct 1942). Each hand-over day comes from an infobox that names the neighbour; Álamos's and del Pedregal's own days are derived from their neighbours' infoboxes. Mostly one underlying source (Wikipedia, en/es editions) per day; FRUS 1942 confirms the order Ortega, Sáenz, Mora, Bianchi, Álamos, Rossetti. Mora→Bianchi: 6 vs 7 Nov 1940 (7 Nov used). Subrogantes not listed."}
]
def dump(name,obj):
    json.dump(obj,open(name,'w'),ensure_ascii=False,indent=1)
dump('sources.json',data.SOURCES); dump('people.json',data.PEOPLE); dump('terms.json',data.TERMS); dump('coverage.json',COV)
print(len(data.SOURCES),len(data.PEOPLE),len(data.TERMS))
