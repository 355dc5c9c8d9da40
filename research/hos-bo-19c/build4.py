import json
OUT='/work/main/research/hos-bo-19c/'
L=['src-ecured-nodate-anexo-presidentes-bolivia','src-outremer-wp2023-list-presidents-bolivia','src-eswikiacademic-nodate-presidente-de-bolivia']
def C(id,f,t,note): return dict(id=id,series='bo-president',**{'from':f,'to':t},sources=L,note=note,alternatives=[])
cov=[
C('coverage-bo-president-1825','1825-08-06','1839-02-17','Every holder from Bolívar to Santa Cruz per the EcuRed list (Anexo:Presidentes de Bolivia) and the Spanish-Wikipedia table copy, cross-checked against per-person pages. Delegated acting powers of vice president Calvo while Santa Cruz was in Peru (c. 1836-1839) are not recorded as separate terms (no dated source). The 31 Dec 1828 status (Blanco arrested?) is uncertain.'),
C('coverage-bo-president-1839','1839-02-22','1841-09-22','Velasco (3rd), Ágreda, Calvo per EcuRed and per-person pages. 17/20-22 Feb 1839 excluded: no holder named by any source seen.'),
C('coverage-bo-president-1841','1841-09-27','1848-01-02','José Ballivián and Guilarte per EcuRed and per-person pages. 22-27 Sep 1841 excluded (no holder named). Not recorded as a separate term: the Consejo de Gobierno headed by Urdininea 3 Jan-22 Apr 1842 while Ballivián campaigned in Peru (one source: BNP book p. 371).'),
C('coverage-bo-president-1848','1848-01-18','1899-04-12','Velasco (4th) to Fernández Alonso per EcuRed (to 1871) and per-person pages (English/Spanish Wikipedia and copies, ibolivia.net, Encyclopedia.com, EcuRed biographies) after 1871; 2-18 Jan 1848 excluded (no holder named). Includes the 1879 acting holders Guerra and Reyes Ortiz and the La Paz junta of Silva. One-day boundaries not treated as gaps: 27/28 Nov 1872 (Morales killed / Frías) and 10/11 Sep 1879 (Guerra died / Reyes Ortiz).'),
]
json.dump(cov,open(OUT+'coverage.json','w'),ensure_ascii=False,indent=1)
json.dump([],open(OUT+'vacancies.json','w'))
