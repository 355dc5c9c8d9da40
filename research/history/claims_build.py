import json
C=[]
def cl(id,source,statement,about,verdict,expl,evidence,sources,note=None):
    C.append(dict(id=id,source=source,statement=statement,about=about,verdict=verdict,explanation=expl,evidence=evidence,sources=sources,note=note,alternatives=[]))
cl("claim-seed-first-fm-meeting-25-years","src-elciudadano-20251222-cancilleres",
 "A Bolivia–Chile foreign-ministers' meeting in Santiago in January 2026 would be the first (formal bilateral) meeting of the two foreign ministers in 25 years.",
 ["2026-01-15-aramayo-van-klaveren-santiago","2011-01-17-choquehuanca-moreno-santiago","2011-02-07-moreno-la-paz","2022-07-21-urrejola-mayta-asuncion","2021-05-allamand-mayta-quito"],
 "contradicted",
 "FMs met bilaterally in Santiago (17 Jan 2011) and La Paz (7 Feb 2011), ~15 years earlier, and in person on summit sidelines in Oct 2011 (Asunción), May 2021 (Quito) and 21 Jul 2022 (Asunción, with joint communiqué).",
 ["src-sela-20110204-13-puntos","src-cooperativa-20110207-moreno-la-paz","src-biobio-20111030-cancilleres-asuncion","src-veaglobal-2021-allamand-mayta-quito","src-rt-20220721-cancilleres-hoja-ruta","src-veritascapitur-20220721-hoja-ruta"],
 ["src-radiopaulina-20251222-reunion-cancilleres"],
 "The seed article itself was not read by this helper; the brief states it makes this claim, and Radio Paulina (22 Dec 2025, citing El Deber) carries the same wording ('la primera reunión bilateral de cancilleres formal de los últimos 25 años'). Even restricting to visits to the other's capital, the last was Moreno in La Paz (Feb 2011), i.e. ~15 years. Choquehuanca's Oct 2015 trip to Santiago was non-official with no meeting.")
cl("claim-radiopaulina-first-fm-meeting-25-years","src-radiopaulina-20251222-reunion-cancilleres",
 "The planned January 2026 FM meeting would be the first formal bilateral FM meeting in the last 25 years.",
 ["2026-01-15-aramayo-van-klaveren-santiago","2011-01-17-choquehuanca-moreno-santiago","2011-02-07-moreno-la-paz"],
 "contradicted","Formal FM meetings of the High-Level Commission took place in Santiago (Jan 2011) and La Paz (Feb 2011).",
 ["src-sela-20110204-13-puntos","src-cooperativa-20110207-moreno-la-paz","src-boliviaopina-201101-cancilleres"],["src-radiopaulina-20251222-reunion-cancilleres"])
cl("claim-latercera-suspended-since-1974","src-latercera-20260115-vk-aramayo",
 "Chile–Bolivia diplomatic relations have been suspended since 1974.",["bo-cl-1978-consular","bo-cl-1975-ambassador"],"contradicted",
 "Relations were restored at Charaña in Feb 1975 and broken on 17 March 1978.",
 ["src-eju-20120317-34-anos-ruptura","src-elpais-19780319-sorpresa-chilena","src-wikipedia-es-relaciones-bolivia-chile"],["src-latercera-20260115-vk-aramayo","src-adnradio-20260115-vk-aramayo"],
 "ADN Radio (same day) repeats '1974' and also misnames the Bolivian FM as 'Rogelio Mayta Aramayo' (he is Fernando Aramayo).")
cl("claim-boliviaopina-no-relations-since-1976","src-boliviaopina-201101-cancilleres",
 "Bolivia and Chile have had no diplomatic relations since 1976.",["bo-cl-1978-consular"],"contradicted","The break was on 17 March 1978.",
 ["src-eju-20120317-34-anos-ruptura","src-elpais-19780319-sorpresa-chilena"],["src-boliviaopina-201101-cancilleres"])
cl("claim-radiofides-charana-7-feb","src-radiofides-20151022-charana",
 "The Charaña agreement between Pinochet and Banzer dates from 7 February 1975.",["1975-02-08-charana","acta-charana-1975"],"contradicted",
 "All other sources (incl. BioBio efemérides, Wikipedia, La Razón via eju, La Mula) give 8 February 1975.",
 ["src-biobio-20250208-efemerides-charana","src-wikipedia-es-acuerdo-charana","src-eju-20120317-34-anos-ruptura","src-lamula-20210312-fracaso-charana"],["src-radiofides-20151022-charana"])
cl("claim-cooperativa-13-puntos-mayo-2006","src-cooperativa-20150130-13-puntos",
 "The 13-point agenda was agreed in May 2006.",["agenda-13-puntos-2006","2006-07-17-agenda-13-puntos"],"contradicted",
 "ICJ annexes date the minutes to 17 July 2006 and a joint press release to 18 July 2006; Xinhua (20 July 2006) reports the deputy FMs set the agenda that Tuesday.",
 ["src-icj-chile-countermemorial-vol6","src-xinhua-20060720-agenda"],["src-cooperativa-20150130-13-puntos"])
cl("claim-urgente-2010-fm-meetings","src-urgente-20260122-reunion-cancilleres",
 "In 2010 FMs Alfredo Moreno and David Choquehuanca held meetings in La Paz and Santiago.",["2011-01-17-choquehuanca-moreno-santiago","2011-02-07-moreno-la-paz","2010-11-choquehuanca-chile"],"disputed",
 "The dated reports put the Santiago and La Paz FM meetings in January and February 2011; a Choquehuanca trip to Chile in November 2010 is mentioned only by himself.",
 ["src-sela-20110204-13-puntos","src-cooperativa-20110207-moreno-la-paz","src-eldeber-48418-choquehuanca-chile-2015"],["src-urgente-20260122-reunion-cancilleres"])
cl("claim-vk-fm-meetings-not-frequent","src-latercera-20260115-vk-aramayo",
 "Van Klaveren: in the past meetings between Chilean and Bolivian foreign ministers, in either country, have not been frequent.",["2026-01-15-aramayo-van-klaveren-santiago"],"confirmed",
 "Only a handful of FM meetings found since 1978 (2006 UNGA; Jan/Feb/Oct 2011; May 2021; Jul 2022; Jan 2026); visits to the other's capital: 2011 (both) and Jan 2026.",
 ["src-ionglobaltrends-20060922-foxley-choquehuanca","src-sela-20110204-13-puntos","src-cooperativa-20110207-moreno-la-paz","src-rt-20220721-cancilleres-hoja-ruta"],["src-latercera-20260115-vk-aramayo"],
 "The list may be incomplete (FM meetings 2006-2010 under Bachelet/Foxley beyond the UNGA one were not searched exhaustively).")
json.dump(C,open("claims.json","w"),ensure_ascii=False,indent=1)
print(len(C))
