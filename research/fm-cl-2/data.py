# ---- sources
GH="https://github.com/bgonzalezbustamante/chilean-ministers/blob/a6bedd96764a3703b4704df557332a6824e8aae7/data/tidy/Chilean_cabinets_1990_2014.csv"
src("src-bgonzalezbustamante-nodate-chilean-cabinets-1990-2014",GH,"data/tidy/Chilean_cabinets_1990_2014.csv","bgonzalezbustamante",None,"en","GitHub data set 'chilean-ministers' (Chilean cabinet ministers 1990-2014, with start_minister/end_minister days). Read in full.")
src("src-wiki34pt-nodate-almeyda","https://pt.wiki34.com/wiki/Clodomiro_Almeyda","Clodomiro Almeyda","wiki34 (Portuguese Wikipedia copy)",None,"pt","Infobox: FM 3 Nov 1970 - 22 May 1973 and 9 Aug - 11 Sep 1973; Defence 5 Jul - 9 Aug 1973.")
src("src-ruwiki-nodate-almeyda","https://ru.m.wikipedia.org/wiki/%D0%90%D0%BB%D1%8C%D0%BC%D0%B5%D0%B9%D0%B4%D0%B0,_%D0%9A%D0%BB%D0%BE%D0%B4%D0%BE%D0%BC%D0%B8%D1%80%D0%BE","Альмейда, Клодомиро","Wikipedia (ru)",None,"ru","Infobox: FM 3 Nov 1970 - 25 May 1973 and 9 Aug - 11 Sep 1973. it.wiki7.org carries the same text translated.")
src("src-elpais-19870708-fernandez-interior","https://elpais.com/diario/1987/07/08/internacional/552693622_850215.html","Pinochet nombra nuevo ministro del Interior al 'duro' Sergio Fernández","El País","1987-07-08","es","Pinochet named Sergio Fernández Interior minister 'ayer' (7 Jul 1987) in a reshuffle of seven ministries; the former Interior minister Ricardo García 'pasó a Relaciones Exteriores'.")
src("src-latimes-19881022-nine-cabinet","http://161.35.110.226/archives/la-xpm-1988-10-22-mn-1-story.html","Pinochet Replaces 9 Cabinet Members in 1st Shake-Up Since Plebiscite Loss","Los Angeles Times","1988-10-22","en","Copy of latimes.com archives la-xpm-1988-10-22-mn-1. On Friday (21 Oct 1988) Pinochet replaced nine ministers and accepted the resignation of Foreign Minister Ricardo Garcia Rodriguez.")
src("src-ladb-19940930-frei-cabinet","https://docslib.org/doc/6395805/chilean-president-makes-major-changes-in-cabinet-ladb-staff","Chilean President Makes Major Changes In Cabinet (NotiSur, LADB Staff)","University of New Mexico, Latin America Digital Beat (copy on docslib)","1994-09-30","en","The Sept. 20 [1994] changes affected the interior, education and foreign ministers.")
src("src-guardian-19730914-junta-cabinet","https://www.theguardian.com/world/1973/sep/14/chile.fromthearchive","Junta general names himself as new President of Chile","The Guardian","1973-09-14","en","New junta cabinet: Rear-Admiral Ismael Huerta (Foreign Affairs); Defence to Rear-Admiral Patricio Carvajal.")
src("src-ucsc-nodate-del-valle","https://web-new.ucsc.cl/old.ucsc.cl/blogs-academicos/gran-academico-canciller-la-mediacion","Gran académico y Canciller de la Mediación","Universidad Católica de la Santísima Concepción (blog académico)",None,"es","Obituary note: Jaime del Valle Alliende, professor of law at PUC, FM; represented Chile at the 2 May 1985 exchange of ratifications of the 1984 Treaty of Peace and Friendship with Argentina.")

# ---- people (new / updated)
per("jaime-del-valle","Jaime del Valle Alliende",["src-ucsc-nodate-del-valle","src-emol-20040827-del-valle"],other=["Jaime del Valle"],note="Full name from UCSC obituary note (also in fm-cl as 'Jaime del Valle'); full replacement record of fm-cl's person.")
per("clodomiro-almeyda","Clodomiro Almeyda Medina",["src-wiki34pt-nodate-almeyda","src-ruwiki-nodate-almeyda","src-enacademic-nodate-almeyda"],bd="1923-02-11",bp="Santiago, Chile",dd="1997-08-25",dp="Santiago, Chile",note="Birth/death from the pt and ru Wikipedia infoboxes (two copies of Wikipedia = one underlying source). Replaces fm-cl record (which had death '1997' only). giftpals.com's '2 Dec 1914, Valparaíso' / '3 Apr 1997' is rejected (low quality).")
per("alejandro-foxley","Alejandro Foxley Rioseco",["src-bgonzalezbustamante-nodate-chilean-cabinets-1990-2014"],other=["Alejandro Foxley"],note="Maternal surname from the chilean-ministers data set ('Foxley Rioseco, Alejandro').")
per("mariano-fernandez","Mariano Fernández Amunátegui",["src-bgonzalezbustamante-nodate-chilean-cabinets-1990-2014","src-emol-20090313-fernandez-juro"],other=["Mariano Fernández"],note="Maternal surname from the chilean-ministers data set ('Fernández Amunátegui , Mariano').")

# ---- terms 1964-1988 (replacements of fm-cl terms, same ids)
repl("term-clodomiro-almeyda-cl-foreign-minister-1970",["src-wiki34pt-nodate-almeyda","src-ruwiki-nodate-almeyda"],end="1973-05-22",end_reason="replaced",
  note="Replacement of fm-cl record. Infobox of pt.wiki34 (Portuguese Wikipedia copy): FM 3 Nov 1970 - 22 May 1973, predecessor Gabriel Valdés Subercaseaux, successor Orlando Letelier; ru.wikipedia: 3 Nov 1970 - 25 May 1973. 22 May preferred because Letelier's 'two months and 18 days' (it.frwiki) ending 9 Aug 1973 points to 22 May. Start 3 Nov 1970 = inauguration of Allende (both infoboxes).",
  alternatives=[{"field":"end","value":"1973-05-25","sources":["src-ruwiki-nodate-almeyda"],"note":"ru.wikipedia infobox (and its it.wiki7 translation); not preferred: inconsistent with Letelier's 2 months 18 days to 9 Aug 1973."}])
repl("term-orlando-letelier-cl-foreign-minister-1973",["src-wiki34pt-nodate-almeyda","src-ruwiki-nodate-almeyda"],start="1973-05-22",end="1973-08-09",end_reason="other",
  note="Replacement of fm-cl record. Days derived: Almeyda's first FM term ended 22 May 1973 with Letelier as successor and his second began 9 Aug 1973 with Letelier as predecessor (pt.wiki34 infobox); it.frwiki gives Letelier 'two months and 18 days' as FM, which is exactly 22 May - 9 Aug. He then became Minister of the Interior and of Defence (loshechos). No page states his own days directly.",
  alternatives=[{"field":"start","value":"1973-05-25","sources":["src-ruwiki-nodate-almeyda"],"note":"ru.wikipedia gives Almeyda's first term ending 25 May 1973."}])
repl("term-clodomiro-almeyda-cl-foreign-minister-1973-2",["src-wiki34pt-nodate-almeyda","src-ruwiki-nodate-almeyda"],start="1973-08-09",end="1973-09-11",end_reason="overthrown",
  note="Replacement of fm-cl record. Second term 9 Aug - 11 Sep 1973 (pt.wiki34 and ru.wikipedia infoboxes agree; predecessor Letelier, successor Ismael Huerta). Before it he was Minister of Defence 5 Jul - 9 Aug 1973 (pt.wiki34). Ended by the 11 Sep 1973 coup.")
repl("term-ismael-huerta-cl-foreign-minister-1973",["src-guardian-19730914-junta-cabinet"],note_add="fm-cl-2: The Guardian (14 Sep 1973) confirms Huerta as Foreign Affairs minister in the junta's first cabinet (second, independent source for the appointment; the day 12 Sep is not in the Guardian excerpt).")
repl("term-jaime-del-valle-cl-foreign-minister-1983",["src-elpais-19870708-fernandez-interior","src-ucsc-nodate-del-valle"],end="1987-07-07",end_reason="replaced",
  note_add="fm-cl-2: end 7 Jul 1987 - El País (8 Jul 1987): in the reshuffle of 'ayer' (7 Jul 1987) Ricardo García left Interior and 'pasó a Relaciones Exteriores' (one source for the day; that del Valle left that day is implied, not stated).")
repl("term-ricardo-garcia-rodriguez-cl-foreign-minister-1987",["src-elpais-19870708-fernandez-interior","src-latimes-19881022-nine-cabinet"],start="1987-07-07",
  note_add="fm-cl-2: start 7 Jul 1987 - El País 8 Jul 1987 ('Ricardo García (quien pasó a Relaciones Exteriores)' in the reshuffle of 'ayer'); one source for the start day. End 21 Oct 1988 now has a second publisher: Los Angeles Times 22 Oct 1988 (Pinochet on Friday accepted the resignation of Foreign Minister Ricardo Garcia Rodriguez).")
repl("term-hernan-felipe-errazuriz-cl-foreign-minister-1988",["src-latimes-19881022-nine-cabinet"],note_add="fm-cl-2: Los Angeles Times (22 Oct 1988) independently reports the Friday 21 Oct 1988 replacement of nine ministers incl. the foreign minister.")
# ---- 1990-2014: second source from the chilean-ministers data set
GHS="src-bgonzalezbustamante-nodate-chilean-cabinets-1990-2014"
for tid,txt in [
 ("term-enrique-silva-cimma-cl-foreign-minister-1990","'Silva Cimma, Enrique', Relaciones Exteriores 1990-03-11 to 1994-03-11"),
 ("term-carlos-figueroa-serrano-cl-foreign-minister-1994","'Figueroa Serrano, Carlos', Relaciones Exteriores 1994-03-11 to 1994-09-20 (then Interior from 1994-09-20)"),
 ("term-jose-miguel-insulza-cl-foreign-minister-1994","'Insulza Salinas, José Miguel', Relaciones Exteriores 1994-09-20 to 1999-06-22 (then SEGPRES from 1999-06-22)"),
 ("term-juan-gabriel-valdes-cl-foreign-minister-1999","'Valdés Soublette, Juan Gabriel', Relaciones Exteriores 1999-06-22 to 2000-03-11"),
 ("term-soledad-alvear-cl-foreign-minister-2000","'Alvear Valenzuela, Soledad', Relaciones Exteriores 2000-03-11 to 2004-09-29"),
 ("term-ignacio-walker-cl-foreign-minister-2004","'Walker Prieto, Ignacio', Relaciones Exteriores 2004-09-29 to 2006-03-11"),
 ("term-alejandro-foxley-cl-foreign-minister-2006","'Foxley Rioseco, Alejandro', Relaciones Exteriores 2006-03-11 to 2009-03-12"),
 ("term-mariano-fernandez-cl-foreign-minister-2009","'Fernández Amunátegui, Mariano', Relaciones Exteriores 2009-03-13 to 2010-03-11"),
 ("term-alfredo-moreno-cl-foreign-minister-2010","'Moreno Charme, Alfredo', Relaciones Exteriores 2010-03-11 to 2014-03-11"),
]:
    extra={}
    if tid.startswith("term-carlos-figueroa") or tid.startswith("term-jose-miguel-insulza"):
        add=[GHS,"src-ladb-19940930-frei-cabinet"]; txt+="; LADB NotiSur (30 Sep 1994) independently reports the 20 Sep 1994 change of foreign minister"
    else: add=[GHS]
    repl(tid,add,note_add="fm-cl-2: second source - chilean-ministers data set (GitHub, bgonzalezbustamante): "+txt+".")
# Alvear end: the data set agrees with Walker's start 29 Sep 2004 -> make 29 Sep preferred
t=[x for x in T if x['id']=="term-soledad-alvear-cl-foreign-minister-2000"][0]
print('ALVEAR',t['end'],t['alternatives'])
t=[x for x in T if x['id']=="term-ignacio-walker-cl-foreign-minister-2004"][0]
print('WALKER',t['start'],t['alternatives'])
t=[x for x in T if x['id']=="term-soledad-alvear-cl-foreign-minister-2000"][0]
t['end']="2004-09-29"
t['alternatives']=[{"field":"end","value":"2004-10-01","sources":["src-enwiki-20190718-alvear"],"note":"en.wikipedia Alvear infobox; not preferred since fm-cl-2: Walker's page and the chilean-ministers data set both give 29 Sep 2004 (Walker start / Alvear end)."}]
t['note']+=" fm-cl-2 changed the preferred end from 1 Oct to 29 Sep 2004 (two sources now)."
