# working data for fm-cl-3 (not for merge)
SOURCES = []
PEOPLE = []
TERMS = []
def S(id,url,title,publisher,published,language,note=None):
    SOURCES.append(dict(id=id,url=url,title=title,publisher=publisher,published=published,language=language,note=note))
def P(id,name,sources,other_names=None,birth_date=None,birth_place=None,death_date=None,death_place=None,note=None,alternatives=None):
    PEOPLE.append(dict(id=id,name=name,other_names=other_names or [],aliases=[],birth_date=birth_date,birth_place=birth_place,
        death_date=death_date,death_place=death_place,nationalities=["CL"],sources=sources,note=note,alternatives=alternatives or []))
def T(person,start,end,sources,start_reason="appointed",end_reason=None,acting=False,note=None,alternatives=None,end_unknown=None,suffix="",idyear=None):
    y=idyear or ((start or "x")[:4] if start else "nodate")
    d=dict(id=f"term-{person}-cl-foreign-minister-{y}{suffix}",person=person,office="cl-foreign-minister",start=start,end=end,
        start_reason=start_reason,end_reason=end_reason,acting=acting,sources=sources,note=note,alternatives=alternatives or [])
    if end_unknown: d["end_unknown"]=True
    TERMS.append(d)

# ---------------- sources ----------------
S("src-enwiki-nodate-abraham-ortega","https://en.wikipedia.org/wiki/Abraham_Ortega","Abraham Ortega","Wikipedia (en)",None,"en",
  "Infobox: Minister of Foreign Affairs and Trade, 24 Dec 1938 – 8 Feb 1940, President Pedro Aguirre Cerda, predecessor Luis Arteaga, successor Cristóbal Sáenz; born Lumaco 14 Jun 1891, died Santiago 20 Sep 1951.")
S("src-juliogalvez-201003-abraham-ortega","http://juliogalvezbarraza.blogspot.cl/2010/03/","Abraham Ortega Aguayo","Julio Gálvez Barraza (blog)","2010-03","es",
  "Ortega was in Aguirre Cerda's cabinet 'desde el primer día de Gobierno' as Foreign Minister; presented his resignation on 4 Jul 1939 over the Spanish refugees (Winnipeg) question.")
S("src-museuexili-2018-abraham-ortega","https://www.museuexili.cat/en/cultural-programme/yesterdays/altres-activitats/event/1546","Homage to the Chilean Minister Abraham Ortega","Museu Memorial de l'Exili (MUME)","2018-06-28","en",
  "Abraham Ortega Aguayo (Lumaco 1891 – Santiago 1951), Foreign Minister of Chile during the government of Pedro Aguirre Cerda.")
S("src-enwiki-nodate-cristobal-saenz","https://en.wikipedia.org/wiki/Crist%C3%B3bal_S%C3%A1enz","Cristóbal Sáenz","Wikipedia (en)",None,"en",
  "Infobox: Minister of Foreign Affairs 14 Feb 1940 – 30 Jul 1940 under Pedro Aguirre Cerda; senator until 14 Feb 1940; born Traiguén 31 Aug 1889, died 13 Jul 1962.")
S("src-friendlywiki-nodate-marcial-mora","https://friendlywiki.com/article/index.php?title=Marcial_Mora","Marcial Mora","friendlywiki.com (copy of English Wikipedia source text)",None,"en",
  "Infobox wikitext: Minister of Foreign Affairs 30 Jul 1940 – 6 Nov 1940 (President Pedro Aguirre Cerda; predecessor Cristóbal Sáenz Cerda; successor Manuel Bianchi Gundián); Minister of Finance 7 Nov 1940 – 10 Jun 1941; 'Chilean politician (1895–1972)'.")
S("src-stringtranslate-nodate-marcial-mora","https://es.stringtranslate.com/wiki/Marcial_Mora_Miranda","Marcial Mora","stringtranslate.com (Spanish Wikipedia-derived text)",None,"es",
  "Says that thanks to Mora's efforts the president signed the decree of 6 Nov 1940 fixing the limits of the Chilean Antarctic Territory (consistent with his being Foreign Minister that day).")
S("src-enwiki-nodate-manuel-bianchi","https://en.wikipedia.org/wiki/Manuel_Bianchi_Gundi%C3%A1n","Manuel Bianchi Gundián","Wikipedia (en)",None,"en",
  "Infobox: Minister of Foreign Affairs 7 Nov 1940 – 26 Mar 1941 (President Pedro Aguirre Cerda; predecessor Marcial Mora; successor Luis Álamos Barros); born Santiago 14 Jan 1894, died Santiago 16 Dec 1982.")
S("src-dewiki-nodate-luis-alamos","https://de.m.wikipedia.org./wiki/Luis_%C3%81lamos_Barros","Luis Álamos Barros","Wikipedia (de)",None,"de",
  "Born Chillán 8 Feb 1893, died Santiago 6 Jan 1960; 'fungierte 1941 als Minister für Auswärtiges und Handel'. No days.")
S("src-kampuspedia-nodate-luis-alamos","https://kampuspedia.com/es/Luis_%C3%81lamos_Barros","Luis Álamos Barros","kampuspedia.com (Spanish Wikipedia copy)",None,"es",
  "Born Chillán 8 Feb 1893, died Santiago 6 Jan 1960; minister under Arturo Alessandri, Pedro Aguirre Cerda and Juan Antonio Ríos (excerpt ends before the FM dates).")
S("src-melakarnets-eswiki-nodate-rossetti","https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fes.m.wikipedia.org%2Fwiki%2FJuan_Rossetti_Colombino","Juan Bautista Rossetti","Wikipedia (es), proxied copy",None,"es",
  "Infobox: Ministro de Relaciones Exteriores y Comercio 10 Jun 1941 – 5 Jan 1942 (President Pedro Aguirre Cerda; predecessor Luis Álamos Barros; successor Guillermo del Pedregal Herrera); born Santiago 9 Oct 1903, died 23 Oct 1976.")
S("src-frus-1942v05-d44-bowers-rossetti","https://history.state.gov/historicaldocuments/frus1942v05/d44","The Ambassador in Chile (Bowers) to the Under Secretary of State (Welles) [FRUS 1942 vol. V doc. 44]","Office of the Historian, US Department of State (FRUS)",None,"en",
  "Bowers on Rossetti after the Rio Conference (Jan 1942): 'Remember that neither Ortega, Saenz, Mora, Bianchi or Alam[os]...' — lists Rossetti's predecessors in this order; names only. Document date not shown in the excerpt.")
S("src-frus-1942v05-d8-bowers-rossetti","https://history.state.gov/historicaldocuments/frus1942v05/d8","The Ambassador in Chile (Bowers) to the Secretary of State [FRUS 1942 vol. V doc. 8]","Office of the Historian, US Department of State (FRUS)",None,"en",
  "Telegram 849 reporting Rossetti's views before the Rio conference; replies to US telegrams of 24 and 27 Dec [1941]; Rossetti acting as foreign minister.")
S("src-jakami-dewiki-2023-koch","https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2023-10/A/Osvaldo_Koch_Krefft","Osvaldo Koch Krefft","Wikipedia (de), 2023-10 mini dump mirrored at wikipedia.jakami.de","2023-10","de",
  "Koch Krefft (30 Dec 1896 – 15 Apr 1963, Santiago): in Ibáñez's second government Interior minister from 1 Apr 1953, Justice from 2 Mar 1954, Secretary-General of Government from 26 Mar 1954 and 'ab 7. Januar 1955 Außenminister von Chile'. No end date. Cites Fuentes/Cortés, Diccionario político de Chile (1967).")
S("src-artikeldigital-nodate-koch","https://artikeldigital.com/es/Osvaldo_Koch_Krefft","Osvaldo Koch Krefft","artikeldigital.com (Spanish Wikipedia copy)",None,"es",
  "Born Santiago 30 Dec 1896, died there 15 Apr 1963; minister several times in both Ibáñez governments (son-in-law of Ibáñez). Excerpt ends before his 1953–55 posts.")
S("src-frus-1952-54v04-d247-tobias-barros","https://history.state.gov/historicaldocuments/frus1952-54v04/d247","Memorandum of Conversation, by Milton Barall of the Office of South American Affairs [FRUS 1952–54 vol. IV doc. 247]","Office of the Historian, US Department of State (FRUS)",None,"en",
  "Participants: 'Tobias Barros, Chilean Foreign Minister-designate'; refers to the 'upcoming Caracas Conference'. Date not visible in the excerpt.")
S("src-pdfslide-1947-juliet-exposicion","https://pdfslide.es/documents/1-ieclaracion-1-ieclaracion-de-principios-del-par-7100-radical-en-lo-relativo.html","Exposición sobre la política exterior de Chile, hecha ante el Senado de la República, en sesión extraordinaria de fecha 21 de enero de 1947, por el señor Ministro de Relaciones Exteriores don [OCR: MUL JULIET WMEZ]","pdfslide.es (scan of a 1947 pamphlet)","1947","es",
  "OCR title: speech to the Senate in extraordinary session of 21 Jan 1947 by the Minister of Foreign Affairs; the OCR gives the name as 'MUL JULIET WMEZ', read here as Raúl Juliet Gómez (reading is ours, not printed legibly on the page).")
S("src-dfat-1945-evatt-makin","https://wragge.github.io/dfat-documents-web/volumes/volume-8-1945/116-evatt-to-makin/","Evatt to Makin, cablegram SFC61, San Francisco, 18 June 1945 (Documents on Australian Foreign Policy vol. 8)","Documents on Australian Foreign Policy (DFAT), web edition by Tim Sherratt","1945-06-18","en",
  "Footnote identifies 'The Chilean Foreign Minister' in June 1945 as Joaquín Fernández Fernández.")
S("src-frus-1938v05-d11-armour","https://history.state.gov/historicaldocuments/frus1938v05/d11","The Ambassador in Chile (Armour) to the Secretary of State, No. 107 [FRUS 1938 vol. V doc. 11]","Office of the Historian, US Department of State (FRUS)",None,"en",
  "In 1938 (before the Lima conference of 9 Dec 1938) the Minister for Foreign Affairs was 'Sr. Gutierrez Alliende'; Germán Vergara was Under Secretary.")
S("src-frus-1926v01-d351-engert","https://www.history.state.gov/historicaldocuments/frus1926v01/d351","The Chargé in Chile (Engert) to the Secretary of State, telegram 338 [FRUS 1926 vol. I doc. 351]","Office of the Historian, US Department of State (FRUS)",None,"en",
  "Footnote: 'Jorge Matte, who had succeeded Mr. Huneeus as Chilean Minister for Foreign Affairs' (late 1926; references a telegram of 30 Nov).")
S("src-enwiki-nodate-arturo-olavarria","https://en.wikipedia.org/wiki/Arturo_Olavarr%C3%ADa_Bravo","Arturo Olavarría Bravo","Wikipedia (en)",None,"en",
  "Infobox: Minister of Foreign Affairs 3 Nov 1952 – 1 Apr 1953 (President Carlos Ibáñez del Campo; predecessor Fernando García Oldini; successor Oscar Fenner); Interior 17 Nov 1954 – 6 Jan 1955; born Curicó 2 Apr 1900, died 12 Jan 1977.")
S("src-anales-nodate-fenner-marin","http://anales.cl/fenner-marin-oscar/","Fenner Marín Oscar","anales.cl (Anales de la República)",None,"es",
  "Oscar Fenner Marín (1892–1982), ibañista; 'Ministro RR.EE. 1953'. Year only.")
S("src-anales-nodate-garcia-oldini","https://anales.cl/garcia-oldini-fernando/","Fernando Garcia Oldini","anales.cl (Anales de la República)",None,"es",
  "Fernando García Oldini (b. 1898), writer, journalist, diplomat; first Minister of Labour 1932–34. The excerpt read does not mention his Foreign Ministry.")
S("src-wikiwand-it-nodate-jeronimo-mendez","https://www.wikiwand.com/it/articles/Jer%C3%B3nimo_M%C3%A9ndez_Arancibia","Jerónimo Méndez Arancibia","Wikipedia (it) via Wikiwand",None,"it",
  "Says Méndez was 'ministro dell'Interno e degli Affari esteri sotto il presidente Gabriel González Videla (1950)'. Not used for a term (no days; nature of the FM charge unclear).")
S("src-wikidat-nodate-del-pedregal","https://es.wikidat.com/info/guillermo-del-pedregal","Guillermo del Pedregal","wikidat.com (Spanish Wikipedia-derived text)",None,"es",
  "Guillermo del Pedregal Herrera (19 Jun 1898 – 1981), civil engineer, minister in several governments; executive vice-president of CORFO 1939–1944. The excerpt does not give his Foreign Ministry dates.")

# ---------------- people (new) ----------------
P("abraham-ortega","Abraham Ortega Aguayo",["src-enwiki-nodate-abraham-ortega","src-museuexili-2018-abraham-ortega"],other_names=["Abraham Ortega"],
  birth_date="1891-06-14",birth_place="Lumaco, Chile",death_date="1951-09-20",death_place="Santiago, Chile",
  note="Radical Party lawyer; Foreign Minister of Pedro Aguirre Cerda. Birth/death days from en.wikipedia only (MUME gives the years 1891–1951 and the places).")
P("cristobal-saenz","Cristóbal Sáenz Cerda",["src-enwiki-nodate-cristobal-saenz"],other_names=["Cristóbal Sáenz"],
  birth_date="1889-08-31",birth_place="Traiguén, Chile",death_date="1962-07-13",note="Physician, Radical senator (1933–1940). One source for the dates.")
P("marcial-mora","Marcial Mora Miranda",["src-friendlywiki-nodate-marcial-mora","src-stringtranslate-nodate-marcial-mora"],other_names=["Marcial Mora"],
  birth_date="1895",death_date="1972",note="Radical politician; years of birth/death from the short description '(1895–1972)' of the English Wikipedia text (friendlywiki copy).")
P("manuel-bianchi","Manuel Bianchi Gundián",["src-enwiki-nodate-manuel-bianchi"],other_names=["Juan Manuel Bianchi Gundián","Manuel Bianchi"],
  birth_date="1894-01-14",birth_place="Santiago, Chile",death_date="1982-12-16",death_place="Santiago, Chile",
  note="Diplomat; ambassador to the UK 1941–1953. One source.")
P("luis-alamos","Luis Álamos Barros",["src-dewiki-nodate-luis-alamos","src-kampuspedia-nodate-luis-alamos"],
  birth_date="1893-02-08",birth_place="Chillán, Chile",death_date="1960-01-06",death_place="Santiago, Chile",note="Radical Party; two Wikipedia editions agree on birth and death.")
P("juan-bautista-rossetti","Juan Bautista Rossetti Colombino",["src-melakarnets-eswiki-nodate-rossetti"],other_names=["Juan Bautista Rossetti","Juan Rossetti Colombino"],
  birth_date="1903-10-09",birth_place="Santiago, Chile",death_date="1976-10-23",note="Socialist lawyer and diplomat. One source for the dates.")
P("guillermo-del-pedregal","Guillermo del Pedregal Herrera",["src-wikidat-nodate-del-pedregal","src-melakarnets-eswiki-nodate-rossetti"],other_names=["Guillermo del Pedregal"],
  birth_date="1898-06-19",death_date="1981",note="Civil engineer; named as Rossetti's successor and Barros Jarpa's predecessor as Foreign Minister.")
P("arturo-olavarria","Arturo Olavarría Bravo",["src-enwiki-nodate-arturo-olavarria"],other_names=["Arturo Olavarría"],
  birth_date="1900-04-02",birth_place="Curicó, Chile",death_date="1977-01-12",note="Radical lawyer; author of the memoir 'Chile entre dos Alessandri'. One source for the dates.")
P("oscar-fenner","Oscar Fenner Marín",["src-anales-nodate-fenner-marin","src-enwiki-nodate-arturo-olavarria"],other_names=["Oscar Fenner","Óscar Fenner Marín"],
  birth_date="1892",death_date="1982",note="Ibañista officer-lawyer (anales.cl). Brother-in-law of Abraham Ortega per en.wikipedia (Ortega's wife Betty Fenner Marín was 'sister of Oscar Fenner').")
P("fernando-garcia-oldini","Fernando García Oldini",["src-anales-nodate-garcia-oldini","src-enwiki-nodate-arturo-olavarria"],
  birth_date="1898",note="Named as Arturo Olavarría's predecessor as Foreign Minister (i.e. in office until 3 Nov 1952).")
P("raul-juliet","Raúl Juliet Gómez",["src-pdfslide-1947-juliet-exposicion"],note="Foreign Minister of Gabriel González Videla in January 1947 (speech to the Senate, 21 Jan 1947). Name reconstructed from the pamphlet title, whose OCR reads 'DON MUL JULIET WMEZ' (= Raúl Juliet Gómez; the given name and maternal surname are our reading of garbled OCR). No second page seen for the name or dates.")
P("luis-arteaga","Luis Arteaga",["src-enwiki-nodate-abraham-ortega"],
  note="Named only as Abraham Ortega's predecessor as Foreign Minister (so in office until 24 Dec 1938). Maternal surname not seen. Not to be assumed identical with the Luis Arteaga who was War Minister in 1892 (successor of Barros Borgoño) without a page saying so.")

# ---------------- terms ----------------
# 1938-1942 chain (Aguirre Cerda / Méndez)
T("luis-arteaga",None,"1938-12-24",["src-enwiki-nodate-abraham-ortega"],end_reason="replaced",
  note="Known only as Abraham Ortega's predecessor (Ortega took office 24 Dec 1938, the change of government). Start unknown (Arturo Alessandri's second government); FRUS 1938 (src-frus-1938v05-d11-armour) shows a 'Sr. Gutierrez Alliende' as Foreign Minister earlier in 1938, so Arteaga started later in 1938. One source.",idyear="1938")
T("abraham-ortega","1938-12-24","1940-02-08",["src-enwiki-nodate-abraham-ortega","src-juliogalvez-201003-abraham-ortega","src-museuexili-2018-abraham-ortega","src-frus-1942v05-d44-bowers-rossetti"],
  note="Start = first day of Pedro Aguirre Cerda's government: en.wikipedia infobox gives 24 Dec 1938 and the Gálvez blog says he was in the cabinet 'desde el primer día de Gobierno'. End 8 Feb 1940 from the en.wikipedia infobox only (one source). The blog reports that he presented his resignation on 4 Jul 1939 over the Winnipeg refugees; the infobox shows no interruption, so it was evidently not accepted (not verified). Successor Cristóbal Sáenz took office 14 Feb 1940: who handled the ministry 8–14 Feb 1940 is unknown.")
T("cristobal-saenz","1940-02-14","1940-07-30",["src-enwiki-nodate-cristobal-saenz","src-friendlywiki-nodate-marcial-mora","src-frus-1942v05-d44-bowers-rossetti"],end_reason="replaced",
  note="Days from Sáenz's own en.wikipedia infobox (he left the Senate the same 14 Feb 1940); the end agrees with Marcial Mora's infobox (start 30 Jul 1940, predecessor Sáenz). Start: one source.")
T("marcial-mora","1940-07-30","1940-11-07",["src-friendlywiki-nodate-marcial-mora","src-enwiki-nodate-manuel-bianchi","src-stringtranslate-nodate-marcial-mora","src-frus-1942v05-d44-bowers-rossetti"],end_reason="replaced",
  alternatives=[{"field":"end","value":"1940-11-06","sources":["src-friendlywiki-nodate-marcial-mora"],"note":"Mora's own infobox ends his FM term on 6 Nov 1940 (and starts his Finance post on 7 Nov); Bianchi's infobox starts the successor on 7 Nov. Per the hand-over rule the predecessor's end is set to the successor's start."}],
  note="Start 30 Jul 1940 from Mora's infobox and Sáenz's (end 30 Jul). Mora moved to Finance on 7 Nov 1940. The Antarctic territory decree of 6 Nov 1940 was signed thanks to his efforts (stringtranslate).")
T("manuel-bianchi","1940-11-07","1941-03-26",["src-enwiki-nodate-manuel-bianchi","src-friendlywiki-nodate-marcial-mora","src-frus-1942v05-d44-bowers-rossetti"],end_reason="replaced",
  note="Days from Bianchi's en.wikipedia infobox (one source for the end; start matches Mora's infobox ±1 day). Successor Luis Álamos Barros.")
T("luis-alamos","1941-03-26","1941-06-10",["src-enwiki-nodate-manuel-bianchi","src-melakarnets-eswiki-nodate-rossetti","src-dewiki-nodate-luis-alamos","src-frus-1942v05-d44-bowers-rossetti"],end_reason="replaced",
  note="Days DERIVED from the neighbours' infoboxes: Bianchi ended 26 Mar 1941 with successor Álamos; Rossetti began 10 Jun 1941 with predecessor Álamos. Álamos's own pages read (de.wikipedia, kampuspedia) say only 'in 1941'. Not stated on any page as Álamos's own days.")
T("juan-bautista-rossetti","1941-06-10","1942-01-05",["src-melakarnets-eswiki-nodate-rossetti","src-frus-1942v05-d8-bowers-rossetti","src-frus-1942v05-d44-bowers-rossetti"],end_reason="replaced",
  note="Days from the Spanish Wikipedia infobox (one source). FRUS shows him acting as foreign minister in late Dec 1941 and representing Chile at the Rio conference (Jan 1942) — Bowers writes of Rossetti reporting to the Council of Ministers after Rio and of being telegraphed there 'by Pedregal'. Whether he still held the portfolio at Rio (after 5 Jan 1942) is not clear from the excerpts.")
T("guillermo-del-pedregal","1942-01-05","1942-04-02",["src-melakarnets-eswiki-nodate-rossetti","src-enwiki-nodate-barros-jarpa","src-frus-1942v05-d44-bowers-rossetti"],end_reason="completed",
  note="DERIVED from neighbours: Rossetti's infobox ends 5 Jan 1942 with successor Guillermo del Pedregal Herrera; Barros Jarpa's en.wikipedia infobox starts 2 Apr 1942 (Ríos's inauguration) with predecessor del Pedregal. No page read gives del Pedregal's own FM days; he served under Vice-President Jerónimo Méndez. Acting flag unknown (Spanish sources often list ministers of that vice-presidency as titular).")
# Ríos
T("joaquin-fernandez-fernandez","1942-10-26",None,["src-enwiki-nodate-barros-jarpa","src-stringtranslate-nodate-barros-jarpa","src-dfat-1945-evatt-makin","src-stringtranslate-nodate-joaquin-fernandez"],end_unknown=True,
  note="Start = end of Barros Jarpa's third term (26 Oct 1942; successor Joaquín Fernández Fernández, en.wikipedia; stringtranslate also gives 26 Oct). Still Foreign Minister on 18 Jun 1945 (DFAT cable footnote). End not found; he was ambassador in Paris 1946–1952 under González Videla.")
# González Videla
T("raul-juliet",None,None,["src-pdfslide-1947-juliet-exposicion"],end_unknown=True,suffix="",
  note="Attested in office only: addressed the Senate as Minister of Foreign Affairs on 21 Jan 1947 (pamphlet). Start and end not found on any page; term id uses the attested year 1947.",idyear="1947")
T("fernando-garcia-oldini",None,"1952-11-03",["src-enwiki-nodate-arturo-olavarria"],end_reason="completed",
  note="Known only as Arturo Olavarría's predecessor (Olavarría took office 3 Nov 1952, Ibáñez's inauguration), i.e. last Foreign Minister of González Videla. Start unknown; term id uses the attested year 1952. One source.",idyear="1952")
# Ibáñez 1952-58
T("arturo-olavarria","1952-11-03","1953-04-01",["src-enwiki-nodate-arturo-olavarria"],end_reason="replaced",
  note="Days from the en.wikipedia infobox (one source); start = Ibáñez's inauguration (chibo cl-president 3 Nov 1952). Successor Oscar Fenner. Olavarría was later Interior Minister 17 Nov 1954 – 6 Jan 1955.")
T("oscar-fenner","1953-04-01",None,["src-enwiki-nodate-arturo-olavarria","src-anales-nodate-fenner-marin"],end_unknown=True,
  note="Start DERIVED from Olavarría's infobox (end 1 Apr 1953, successor Oscar Fenner); anales.cl: 'Ministro RR.EE. 1953'. End unknown (1953 or 1954). Tobías Barros appears in FRUS 1952–54 vol. IV doc. 247 as 'Chilean Foreign Minister-designate' before the Caracas conference — a later holder, days not found.")
T("osvaldo-koch","1955-01-07",None,["src-jakami-dewiki-2023-koch"],end_unknown=True,
  note="German Wikipedia (citing Fuentes & Cortés, Diccionario político de Chile 1967): 'ab 7. Januar 1955 Außenminister'. One source; end not found. Existing chibo record also links him to the 1955 Chile–Bolivia Economic Complementation Treaty as foreign minister.")
# 1920s
T("jorge-matte-gormaz","1926","1927-02-09",["src-frus-1926v01-d351-engert","src-enwiki-nodate-conrado-rios"],end_reason="replaced",
  note="FRUS 1926 vol. I (telegram 338, c. Dec 1926): 'Jorge Matte, who had succeeded Mr. Huneeus as Chilean Minister for Foreign Affairs' — start year 1926 from that volume, day unknown. End = Conrado Ríos Gallardo's start 9 Feb 1927 (predecessor 'Jorge Matte', en.wikipedia). Identity with Jorge Matte Gormaz follows the existing chibo person record (en.wikipedia Barros Jarpa names 'Jorge Matte Gormaz' as FM before 1921 and 1925); FRUS gives no maternal surname. His earlier terms (before 16 Aug 1921 and before 15 Oct 1925) are not dated on any page read.")
