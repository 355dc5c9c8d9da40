# working data for fm-cl-4 (not for merge)
SOURCES = []
PEOPLE = []
TERMS = []
COVERAGE = []

def S(id, url, title, publisher, published, language, note=None):
    SOURCES.append(dict(id=id, url=url, title=title, publisher=publisher, published=published, language=language, note=note))

def P(id, name, other_names=None, birth_date=None, birth_place=None, death_date=None, death_place=None, sources=None, note=None, alternatives=None):
    PEOPLE.append(dict(id=id, name=name, other_names=other_names or [], aliases=[], birth_date=birth_date, birth_place=birth_place,
                       death_date=death_date, death_place=death_place, nationalities=["CL"], sources=sources or [], note=note, alternatives=alternatives or []))

def T(person, start, end, sources, start_reason="appointed", end_reason=None, acting=False, note=None, alternatives=None, suffix="", idyear=None):
    y = idyear or ((start or "")[:4] if start else None)
    tid = f"term-{person}-cl-foreign-minister-{y}{suffix}"
    TERMS.append(dict(id=tid, person=person, office="cl-foreign-minister", start=start, end=end, start_reason=start_reason,
                      end_reason=end_reason, acting=acting, sources=sources, note=note, alternatives=alternatives or []))

# ---------------- Agustín Edwards Mac-Clure ----------------
S("src-arietiform-itwiki-nodate-edwards-mac-clure",
  "https://arietiform.com/application/nph-tsq.cgi/en/20/https/it.wikipedia.org/wiki/Agust=25C3=25ADn_Edwards_Mac-Clure",
  "Agustín Edwards Mac-Clure", "Wikipedia (it) via arietiform proxy", None, "it",
  "Infobox: Minister of Foreign Affairs, Cult and Colonization 1 Sep 1903 – 10 Jan 1904 (Riesco; pred. Máximo del Campo Yávar, succ. Rafael Sotomayor Gaete); 1 Aug 1905 – 21 Oct 1905 (Riesco; pred. Luis Antonio Vergara Ruíz, succ. Federico Puga Borne); 15 Jun 1909 – 19 May 1910 (Pedro Montt; pred. José Rafael Balmaceda Fernández, succ. Luis Izquierdo Fredes); Interior 25 Jun – 8 Jul 1910. Born Santiago 17 Jun 1878, died Santiago 18 Jun 1941.")
S("src-uncensoredwiki-2016-edwards-mac-clure",
  "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Agust%C3%ADn_Edwards_Mac-Clure.html",
  "Agustín Edwards Mac-Clure", "Wikipedia (en), Feb 2016 offline copy", "2016-02", "en",
  "Text: Minister of Foreign Affairs, Cult and Colonization under Riesco and again under Pedro Montt. Succession box: preceded by Máximo del Campo, 'Minister of Foreign Affairs, Cult and Colonization 1903', succeeded by Rafael Sotomayor Gaete; next box preceded by Luis Antonio Vergara (cut off). Born Santiago June 17, 1878; died Santiago June 18, 1941.")
S("src-uchile-nodate-constituyentes-1925-edwards",
  "https://libros.uchile.cl/files/presses/1/monographs/596/submission/proof/132/",
  "Los constituyentes de 1925 (Agustín Edwards)", "Universidad de Chile, Seminario de Derecho Público (libros.uchile.cl)", None, "es",
  "'En 1903 fué Ministro de Relaciones Exteriores. Ocupó la misma cartera en 1906, teniendo, además, accidentalmente, la de Interior.' (1906 conflicts with 1905 in it.wiki; the 1909–10 term is not mentioned.)")
P("agustin-edwards-mac-clure", "Agustín Edwards Mac-Clure", ["Agustín Edwards"], "1878-06-17", "Santiago, Chile", "1941-06-18", "Santiago, Chile",
  ["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-uncensoredwiki-2016-edwards-mac-clure"],
  "Founder of El Mercurio de Santiago; deputy 1900–1910 (Partido Nacional); minister in London 1910–1924; President of the League of Nations Assembly 1922–1923.")
T("agustin-edwards-mac-clure", "1903-09-01", "1904-01-10",
  ["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-uncensoredwiki-2016-edwards-mac-clure", "src-uchile-nodate-constituyentes-1925-edwards"],
  note="Days from the it.wikipedia infobox only (one source); the year 1903 and the neighbours (pred. Máximo del Campo, succ. Rafael Sotomayor Gaete) are confirmed by the en.wikipedia succession box, the year also by Universidad de Chile.")
T("agustin-edwards-mac-clure", "1905-08-01", "1905-10-21",
  ["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-uncensoredwiki-2016-edwards-mac-clure"],
  note="Days from the it.wikipedia infobox only (one source); pred. Luis Antonio Vergara, succ. Federico Puga Borne (Puga's fr.wiki infobox copy also names Edwards as his predecessor under Riesco). Universidad de Chile ('Los constituyentes de 1925') dates his second tenure 1906 instead.",
  alternatives=[{"field": "start", "value": "1906", "sources": ["src-uchile-nodate-constituyentes-1925-edwards"], "note": "Year given by the Universidad de Chile biography; the it.wiki infobox days (Aug–Oct 1905) and the neighbours (Vergara, Puga Borne under Riesco, who left office Sep 1906) are preferred."}])
T("agustin-edwards-mac-clure", "1909-06-15", "1910-05-19",
  ["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-uncensoredwiki-2016-edwards-mac-clure"],
  note="Days from the it.wikipedia infobox only (one source); pred. José Rafael Balmaceda Fernández, succ. Luis Izquierdo Fredes; en.wikipedia confirms a second tenure under Pedro Montt (no dates).")

# ---------------- Rafael Sotomayor Gaete ----------------
S("src-crear-nodate-rafael-sotomayor-gaete", "https://crear.cl/rafael-sotomayor",
  "Rafael Sotomayor, Ministro Del Interior", "crear.cl", None, "es",
  "Biography of Rafael Sotomayor (born Cauquenes 1849, died 1916; Partido Nacional) — i.e. Rafael Sotomayor Gaete, not his namesake Rafael Sotomayor Baeza (1823–1880). 'En abril de 1903 se le encarga el Ministerio de Relaciones y se mantiene hasta el 10 de julio de 1903. Retorna al Ministerio desde el 12 de abril hasta el 12 de mayo de 1904.' Also Finance 10 Jun 1898 – 27 Jun 1899; Interior Oct 1907.")
P("rafael-sotomayor-gaete", "Rafael Sotomayor Gaete", ["Rafael Sotomayor"], "1849", "Cauquenes, Chile", "1916", None,
  ["src-crear-nodate-rafael-sotomayor-gaete", "src-arietiform-itwiki-nodate-edwards-mac-clure"],
  "Partido Nacional; lawyer (1871), Finance Minister 1898–99, Interior Minister 1907. Son of Rafael Sotomayor Baeza (per it.wiki34 copy of Sotomayor Baeza's page, 'Figli: Rafael Sotomayor Gaete'). Birth/death years from crear.cl only; the page does not give his maternal surname, which comes from the Edwards infobox (it.wiki/en.wiki).")
T("rafael-sotomayor-gaete", "1903-04", "1903-07-10", ["src-crear-nodate-rafael-sotomayor-gaete"],
  note="One source (crear.cl): 'En abril de 1903 se le encarga el Ministerio de Relaciones y se mantiene hasta el 10 de julio de 1903.' Successor not named; Máximo del Campo was FM before Edwards (who took over 1 Sep 1903).")
T("rafael-sotomayor-gaete", "1904-01-10", "1904-05-12",
  ["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-uncensoredwiki-2016-edwards-mac-clure", "src-crear-nodate-rafael-sotomayor-gaete"],
  note="Start = Edwards's end (10 Jan 1904, it.wiki infobox names Sotomayor Gaete as successor; en.wiki succession box too). crear.cl instead says he returned to the ministry on 12 Apr 1904. End 12 May 1904 from crear.cl, which matches the existing start of Emilio Bello Codesido's term (12 May 1904).",
  alternatives=[{"field": "start", "value": "1904-04-12", "sources": ["src-crear-nodate-rafael-sotomayor-gaete"], "note": "crear.cl date of his return; if correct, someone else (unknown) held the post 10 Jan – 12 Apr 1904. The hand-over from Edwards on 10 Jan 1904 (two Wikipedia editions name him as successor) is preferred but unconfirmed."}])

# ---------------- Balmaceda government (1886-1891) ----------------
S("src-eswiki-nodate-joaquin-godoy-cruz", "http://es.wikipedia.org./wiki/Joaqu%C3%ADn_Godoy_Cruz",
  "Joaquín Godoy Cruz", "Wikipedia (es)", None, "es",
  "Infobox: Ministro de Relaciones Exteriores y Colonización de Chile, 1886 – 28 de junio de 1887, Presidente José Manuel Balmaceda, predecesor Francisco Freire Caldera, sucesor Miguel Luis Amunátegui. Born Santiago 7 Dec 1837, died Brazil 27 Aug 1901.")
S("src-enwiki-nodate-joaquin-godoy-cruz", "https://en.wikipedia.org/wiki/Joaqu%C3%ADn_Godoy_Cruz",
  "Joaquín Godoy Cruz", "Wikipedia (en)", None, "en",
  "Translation of the es.wiki article; infobox (mirror n.global.ssl.fastly.net shows it): Minister of Foreign Affairs and Colonization, 1886 – June 28, 1887, preceded by Francisco Freire, succeeded by Miguel Luis Amunátegui. Born Santiago December 7, 1837, died Brazil August 27, 1901.")
S("src-itwiki34-nodate-amunategui", "https://it.wiki34.com/wiki/Miguel_Luis_Amun%C3%A1tegui",
  "Miguel Luis Amunategui", "wiki34 (Italian machine translation of es.wikipedia)", None, "it",
  "Infobox: Minister of Foreign Affairs, Cult and Colonization 28 Jun 1887 – 25 Jan 1888 (Balmaceda; pred. Joaquín Godoy Cruz, succ. Francisco Freire Caldera); Minister of Foreign Affairs and Colonization '20 agosto 1879 – luglio 1880' (Aníbal Pinto; pred. Alejandro Fierro Pérez, succ. Domingo Santa María González) — these 1879–80 dates contradict Santa María's FM term (17 Apr – 20 Jun 1879) and are not used; Interior and Foreign Affairs 13 Nov 1868 – 2 Aug 1870 (José Joaquín Pérez; pred. Francisco Vargas Fontecilla, succ. Belisario Prats Pérez). Born Santiago 11 Jan 1828, died Santiago 22 Jan 1888.")
S("src-itwiki34-nodate-domingo-godoy-cruz", "https://it.wiki34.com/wiki/Domingo_Godoy_Cruz",
  "Domingo Godoy Cruz", "wiki34 (Italian machine translation of es.wikipedia)", None, "it",
  "Infobox: Minister of Foreign Affairs, Cult and Colonization of Chile, 1890 – 1890, President José Manuel Balmaceda, predecessor Mariano Sánchez Fontecilla, successor Juan Eduardo Mackenna Astorga. Born Santiago 13 Jan 1847, died Santiago 16 Jul 1916; brother of Joaquín Godoy Cruz.")
P("joaquin-godoy-cruz", "José Joaquín Godoy Cruz", ["Joaquín Godoy Cruz", "Joaquín Godoy"], "1837-12-07", "Santiago, Chile", "1901-08-27", "Brazil",
  ["src-eswiki-nodate-joaquin-godoy-cruz", "src-enwiki-nodate-joaquin-godoy-cruz"],
  "Lawyer and diplomat (minister in Lima 1872–1879, ran the foreign ministry's intelligence service in the War of the Pacific); Foreign and Interior minister under Balmaceda; senator. Not to be confused with his brother Domingo Godoy Cruz (FM 1890).")
P("domingo-godoy-cruz", "Domingo Hilarión Godoy Cruz", ["Domingo Godoy Cruz", "Domingo Godoy"], "1847-01-13", "Santiago, Chile", "1916-07-16", "Santiago, Chile",
  ["src-itwiki34-nodate-domingo-godoy-cruz"], "Lawyer and diplomat, Partido Liberal Democrático; brother of Joaquín Godoy Cruz. One source (machine-translated es.wiki copy).")
T("joaquin-godoy-cruz", "1886-09-18", "1887-06-28", ["src-uwisc-frus188788-roberts-18861001", "src-frus-1887-d118-bayard", "src-eswiki-nodate-joaquin-godoy-cruz", "src-enwiki-nodate-joaquin-godoy-cruz", "src-itwiki34-nodate-amunategui"],
  end_reason="replaced",
  note="Start: Balmaceda took the oath on 18 Sep 1886 'and immediately thereafter his cabinet was sworn', with 'Señor Joaquin Godoy, minister of foreign relations' (US minister Roberts, 1 Oct 1886, FRUS) — day from one source; es.wiki infobox gives only '1886'; predecessor Francisco Freire Caldera. End 28 Jun 1887 = start of Miguel Luis Amunátegui's term (Amunátegui's own infobox, it.wiki34 copy of es.wiki, gives 28 Jun 1887 with Godoy as predecessor). All three pages derive from Spanish Wikipedia (one underlying source, two articles).")
T("domingo-godoy-cruz", "1890", "1890", ["src-itwiki34-nodate-domingo-godoy-cruz"],
  note="Year only ('1890 – 1890'); predecessor Mariano Sánchez Fontecilla, successor Juan Eduardo Mackenna Astorga, under Balmaceda. One source (machine-translated copy of es.wiki). DOUBT: FRUS shows Domingo Godoy appointed FM on 16 Oct 1890 after José Tocornal (separate term -1890-2); this infobox entry may be a garbled version of that tenure rather than a separate earlier one (e.g. around the January 1890 cabinet change). Kept as reported.")

# ---------------- 1891-1892 ----------------
S("src-profesorenlinea-nodate-matta", "https://profesorenlinea.cl/biografias/MattaMAntonio.htm",
  "Manuel Antonio Matta Goyenechea", "Profesor en Línea", None, "es",
  "'Al triunfar la revolución fue nombrado ministro de Relaciones Exteriores, Culto y Colonización (12 de septiembre de 1891), pero renunció a este puesto.' Died the night of 12 Jun 1892 after a Senate speech. Cites Diccionario Histórico de Chile (Jordi Fuentes et al.).")
S("src-wikicharlie-nodate-matta", "https://wikicharlie.cl/w/Manuel_Antonio_Matta",
  "Manuel Antonio Matta", "WikicharliE", None, "es",
  "Matta Goyenechea (Copiapó 27 Feb 1826 – Santiago 12 Jun 1892), Radical; 'fue Ministro de Relaciones Exteriores, Culto y Colonización durante la Junta de Gobierno presidida por Jorge Montt.'")
S("src-frus-1892-d32-egan", "https://history.state.gov./historicaldocuments/frus1892/d32",
  "Mr. Egan to Mr. Wharton, Santiago, June 13, 1892", "Office of the Historian, U.S. Department of State (FRUS 1892)", "1892-06-13", "en",
  "'To-day I have received official information of the formation of a new ministry composed as follows: Minister of Interior, Señor don Ramon Barros Luco; of Justice and Public Instruction, don Maximo del Campo; ... of Foreign Relations, Public Worship and Colonization, don Isidoro Errázuriz.'")
S("src-dewiki-nodate-isidoro-errazuriz", "https://de.wikipedia.org/wiki/Isidoro_Err%C3%A1zuriz",
  "Isidoro Errázuriz", "Wikipedia (de)", None, "de",
  "Isidoro Errázuriz Errázuriz (* 12 Apr 1835 Santiago de Chile; † 12 Mar 1898 Rio de Janeiro), Chilean politician and diplomat.")
S("src-anales-nodate-isidoro-errazuriz", "http://anales.cl/errazuriz-errazuriz-isidoro/",
  "Isidoro Errázuriz Errázuriz", "anales.cl", None, "es", "Errázuriz Errázuriz Isidoro (1835-1898), Liberal, lawyer, journalist, founder of La Patria (1863); deputy 1867–1886.")
P("manuel-antonio-matta", "Manuel Antonio Matta Goyenechea", ["Manuel Antonio Matta"], "1826-02-27", "Copiapó, Chile", "1892-06-12", "Santiago, Chile",
  ["src-wikicharlie-nodate-matta", "src-profesorenlinea-nodate-matta"],
  "Founder of the Radical Party. Birth day disputed: 27 Feb 1826 (WikicharliE, anales.cl) vs 17 Jan 1826 (Profesor en Línea).",
  alternatives=[{"field": "birth_date", "value": "1826-01-17", "sources": ["src-profesorenlinea-nodate-matta"], "note": "Profesor en Línea; two other pages give 27 Feb 1826."}])
P("isidoro-errazuriz", "Isidoro Errázuriz Errázuriz", ["Isidoro Errázuriz"], "1835-04-12", "Santiago, Chile", "1898-03-12", "Rio de Janeiro, Brazil",
  ["src-dewiki-nodate-isidoro-errazuriz", "src-anales-nodate-isidoro-errazuriz"], "Liberal/Radical lawyer and journalist; later minister to Brazil (died in Rio de Janeiro). Birth/death days from de.wikipedia only (anales.cl gives the years 1835–1898).")
T("manuel-antonio-matta", "1891-09-12", "1891-12-31", ["src-profesorenlinea-nodate-matta", "src-wikicharlie-nodate-matta", "src-googlebooks-frus1891-index-matta", "src-frus-1891-d271-egan", "src-laherald-18920127-pereira"],
  end_reason="resigned",
  note="Appointed FM (Relaciones Exteriores, Culto y Colonización) on 12 Sep 1891 after the Congressionalist victory, under the Junta de Gobierno presided by Jorge Montt (day: one source, Profesor en Línea; the post: two). Still FM in Nov–Dec 1891 (FRUS index: 'the reply of Señor Matta'). End = formation of the new ministry on 31 Dec 1891 (FRUS, Egan): DERIVED — FRUS does not name the new foreign minister; the LA Herald (27 Jan 1892) shows a 'Minister Pereira' answering for the government on the US ultimatum and the 'Matta circular note' being withdrawn. Profesor en Línea says Matta resigned.")
T("isidoro-errazuriz", "1892-06", None, ["src-frus-1892-d32-egan"],
  note="In office from the cabinet formed in June 1892 (US minister Egan reported its formation on 13 Jun 1892, 'To-day I have received official information'); exact day of appointment and end of term not found. One source.")

# ---------------- FRUS 1888-1891 ----------------
S("src-frus-1888p1-d140-roberts", "https://history.state.gov/historicaldocuments/frus1888p1/d140",
  "Mr. Roberts to Mr. Bayard, No. 192 (Santiago, 1888)", "Office of the Historian, U.S. Department of State (FRUS 1888, part 1)", "1888", "en",
  "After the cabinet crisis following the resignation of Interior Minister Zañartu (after 1 Apr 1888), 'a few weeks more passed before a new cabinet was announced'; 'official notice of the appointment of the new cabinet from Señor Demetrio Lastarria, the minister of foreign relations'. Dateline of the letter not visible in the excerpt.")
S("src-frus-1891-d89-egan", "https://history.state.gov/historicaldocuments/frus1891/d89",
  "Mr. Egan to Mr. Blaine, No. 88 (Santiago, 15 Aug 1890)", "Office of the Historian, U.S. Department of State (FRUS 1891)", "1890-08-15", "en",
  "The President accepted the resignation of the ministry in which Enrique S. Sanfuentes was Interior minister and 'Don Juan E. MacKenna that of foreign relations', and appointed a new ministry with 'Don José Tocornal, of foreign relations and culture'. Letter date (15 Aug 1890) is given in Egan's No. 100 (FRUS 1891 d90), not in this excerpt.")
S("src-frus-1891-d90-egan", "https://history.state.gov/historicaldocuments/frus1891/d90",
  "Mr. Egan to Mr. Blaine, No. 100 (Santiago, 17 Oct 1890)", "Office of the Historian, U.S. Department of State (FRUS 1891)", "1890-10-17", "en",
  "The ministry reported in No. 88 of 15 Aug resigned (resignation 'on the 7th instant'); 'on yesterday there was appointed ... a new cabinet': Interior Claudio Vicuña, ..., 'of foreign relations and culture, Don Domingo Godoy'. Letter date 17 Oct 1890 from Egan's No. 100 reference in FRUS 1891 d128.")
S("src-frus-1891-d128-egan", "https://history.state.gov/historicaldocuments/frus1891/d128",
  "Mr. Egan to Mr. Blaine (Santiago, May 23, 1891)", "Office of the Historian, U.S. Department of State (FRUS 1891)", "1891-05-23", "en",
  "'the ministry whose organization I reported in my No. 100, of the 17th of October last, has resigned, and ... the President appointed on the 21st instant a new ministry': Interior Julio Bañados Espinosa, ..., 'of foreign relations and public worship, Don M. Maldunate' [Manuel María Aldunate].")
P("demetrio-lastarria", "Demetrio Lastarria", [], None, None, None, None, ["src-frus-1888p1-d140-roberts"],
  "Balmaceda's foreign minister in 1888; full name/maternal surname not verified on the pages read (UdeC archive also names 'Ministro Demetrio Lastarria' in 1888).")
P("juan-eduardo-mackenna", "Juan Eduardo Mackenna Astorga", ["Juan E. MacKenna", "Juan E. Mackenna"], None, None, None, None,
  ["src-frus-1891-d89-egan", "src-itwiki34-nodate-domingo-godoy-cruz"], "Balmaceda's foreign minister in 1890 (until the Aug 1890 cabinet change). Maternal surname from the it.wiki34 copy of Domingo Godoy Cruz's infobox.")
P("jose-tocornal", "José Tocornal", [], None, None, None, None, ["src-frus-1891-d89-egan"],
  "Foreign minister of Balmaceda's August–October 1890 cabinet (Belisario Prats ministry). Full name not verified.")
P("manuel-maria-aldunate", "Manuel María Aldunate", ["M. Maldunate"], None, None, None, None, ["src-frus-1891-d128-egan"],
  "FRUS prints the name as 'Don M. Maldunate' (i.e. M. M. Aldunate); Balmaceda's last foreign minister (cabinet of 21 May 1891). Full name as commonly spelled (Manuel María Aldunate) not verified on a second page.")
T("demetrio-lastarria", "1888", None, ["src-frus-1888p1-d140-roberts", "src-udec-nodate-minrel-historia"],
  note="Foreign minister of the cabinet formed some weeks after the April 1888 crisis (FRUS 1888); UdeC archive: in 1888, 'siendo Ministro Demetrio Lastarria', colonization was added to the ministry. Start day/month and end not found. The existing interim term of Augusto Matte ends 13 Apr 1888, so Lastarria probably followed Matte, but no page states it.")
T("juan-eduardo-mackenna", "1890", "1890-08", ["src-frus-1891-d89-egan", "src-itwiki34-nodate-domingo-godoy-cruz"],
  end_reason="resigned",
  note="Start only to the year: the es.wiki-derived infobox of Domingo Godoy Cruz names Mackenna as Godoy's successor in 1890; FRUS (Egan's No. 88 of 15 Aug 1890) reports that the President accepted the resignation of the Sanfuentes–Mackenna ministry and appointed José Tocornal. FRUS also says the President had appointed a new ministry 'in January last' (1890), probably this one (not stated).")
T("jose-tocornal", "1890-08", "1890-10-16", ["src-frus-1891-d89-egan", "src-frus-1891-d90-egan"],
  end_reason="resigned",
  note="Appointed in the cabinet reported by Egan on 15 Aug 1890 (day not visible). The ministry resigned on 7 Oct 1890 and the new cabinet (Domingo Godoy at Foreign Relations) was appointed 'yesterday' per Egan's letter of 17 Oct 1890, i.e. 16 Oct 1890 (derived; one source).")
T("domingo-godoy-cruz", "1890-10-16", "1891-05-21", ["src-frus-1891-d90-egan", "src-frus-1891-d128-egan"], suffix="-2",
  end_reason="resigned",
  note="Start derived from Egan's No. 100 (17 Oct 1890: cabinet appointed 'yesterday'); end = appointment of the next ministry on 21 May 1891 (Egan, 23 May 1891: the ministry of No. 100 resigned and the President appointed a new one 'on the 21st instant'). One source (FRUS), two documents. FRUS names him 'Don Domingo Godoy'.")
T("manuel-maria-aldunate", "1891-05-21", None, ["src-frus-1891-d128-egan"],
  note="Appointed 21 May 1891 during the civil war (FRUS: 'Don M. Maldunate'). Presumably in office until the fall of Balmaceda's government (28–29 Aug 1891), not verified. Note: from January 1891 the Congressionalist junta in Iquique had its own foreign-relations secretary; only the Santiago government is recorded here.")
S("src-udec-nodate-minrel-historia", "http://archivoluisdavidcruzocampo.udec.cl/index.php/Bases-para-el-desarrollo-de-expresiones-culturales-chilenas-en-el-extranjero;isad?sf_culture=fr",
  "Bases para el desarrollo de expresiones culturales chilenas en el extranjero (historia administrativa del Ministerio de Relaciones Exteriores)", "Archivo Luis David Cruz Ocampo, Universidad de Concepción", None, "es",
  "Administrative history: the ministry became independent 'el día 2 de diciembre de 1871, siendo su primer Ministro de Relaciones Exteriores don Adolfo Ibañez'; from 1887 it also handled worship, and in 1888, 'siendo Ministro Demetrio Lastarria', colonization was added.")

# ---------------- Luis Antonio Vergara (1905) ----------------
S("src-frus-1905-d21-ames", "https://history.state.gov/historicaldocuments/frus1905/d21",
  "Chargé Ames to the Secretary of State, No. 434 (Santiago, July 1905)", "Office of the Historian, U.S. Department of State (FRUS 1905)", "1905-07", "en",
  "After the Department's cable of July 1 [1905] announcing Secretary Hay's death, the Chilean 'minister of foreign affairs' sent a note of condolence signed 'Luis A. Vergara'.")
P("luis-antonio-vergara", "Luis Antonio Vergara Ruiz", ["Luis A. Vergara", "Luis Antonio Vergara"], None, None, None, None,
  ["src-frus-1905-d21-ames", "src-arietiform-itwiki-nodate-edwards-mac-clure"], "Foreign minister of Germán Riesco in 1905. Maternal surname ('Ruíz') from the it.wiki infobox of Agustín Edwards only.")
T("luis-antonio-vergara", None, "1905-08-01", ["src-frus-1905-d21-ames", "src-arietiform-itwiki-nodate-edwards-mac-clure", "src-uncensoredwiki-2016-edwards-mac-clure"], idyear="1905",
  end_reason="replaced",
  note="In office in early July 1905 (signed the condolence note on John Hay's death, FRUS). Succeeded by Agustín Edwards Mac-Clure on 1 Aug 1905 (it.wiki infobox of Edwards; en.wiki succession box names 'Luis Antonio Vergara' as Edwards's predecessor). Start not found (after Emilio Bello Codesido's term ended 30 Oct 1904? not stated by any page).")

S("src-frus-1891-d271-egan", "https://history.state.gov/historicaldocuments/frus1891/d271",
  "Mr. Egan to Mr. Blaine (Santiago, December 31, 1891)", "Office of the Historian, U.S. Department of State (FRUS 1891)", "1891-12-31", "en",
  "Summary: Egan announces 'the formation, on that day, of a new ministry composed of two Conservatives, one Radical, and three Liberals'; at least two new ministers disapproved 'the telegram sent to Chile's representative in Washington by the minister of foreign affairs' [Matta]. Names of the new ministers not in the excerpt.")
S("src-googlebooks-frus1891-index-matta", "https://books.google.to/books?id=EBcWAAAAYAAJ&pg=PR56&focus=viewport&vq=%22from+the+date+hereof,+or+earlier+if+possible.+In+faith+whereof+we,+the+respective+plenipotentiaries,+have+signed+this%22&dq=editions:HARVARDHJ12N6&lr=&output=text",
  "Papers relating to the Foreign Relations of the United States 1891 — list of papers, Chile (Nov–Dec 1891)", "U.S. Department of State via Google Books", "1892", "en",
  "Index entries of Egan's despatches of Nov 1891 mention 'the reply of Señor Matta' to his protest and 'the minister of foreign affairs again intimates...', i.e. Matta was still foreign minister in Nov–Dec 1891.")
S("src-laherald-18920127-pereira", "https://chroniclingamerica.loc.gov/lccn/sn84025968/1892-01-27/ed-1/seq-1/ocr/",
  "Los Angeles Herald, January 27, 1892, p. 1 ('Offensive Portions of the Matta Circular Note Withdrawn')", "Los Angeles Herald (via Chronicling America, Library of Congress)", "1892-01-27", "en",
  "Herald's Santiago correspondence (Jan 23): in the Chamber of Deputies, 'In reply to Jordan's interpellation, Minister Pereira stated that an answer to the ultimatum of the United States...'; the offensive portions of the 'Matta circular note' were withdrawn. Pereira's given name and portfolio not stated in the excerpt.")

S("src-frus-1946v11-d313-bowers", "https://history.state.gov/historicaldocuments/frus1946v11/d313",
  "The Ambassador in Chile (Bowers) to the Secretary of State, telegram 695 (824.01/7–2946)", "Office of the Historian, U.S. Department of State (FRUS 1946, vol. XI)", "1946-07-29", "en",
  "Bowers 'Discussed informally with Fernández the Bolivian matter'; footnote: 'Joaquín Fernandez Fernández, Chilean Foreign Minister.' Date from the file number 7–2946 (29 Jul 1946).")
S("src-frus-1920v01-d351-shea", "https://history.state.gov/historicaldocuments/frus1920v01/d351",
  "The Ambassador in Chile (Shea) to the Secretary of State, telegram 49 (723.2515/597)", "Office of the Historian, U.S. Department of State (FRUS 1920, vol. I)", "1920", "en",
  "'I have been invited informally by Huneeus, the Minister for Foreign Affairs, on this, his first day in office...' (given name and exact date not visible in the excerpt).")
S("src-frus-1864p4-d134-nelson", "https://history.state.gov/historicaldocuments/frus1864p4/d134",
  "Mr. Nelson to Señor Don A. Covarrubias", "Office of the Historian, U.S. Department of State (FRUS 1864, part 4)", "1864", "en",
  "US minister Nelson acknowledges Covarrubias's note 'dated this day' informing him that the President, 'having accepted the resignation of the honorable Señor Don Manuel A. Tocornal as minister of foreign relations, has been pleased to appoint your excellency to that high and honorable position'. Addressed to 'Señor Don Alvaro Covarrubias, Minister of Foreign Relations'. Day not visible in the excerpt.")
S("src-frus-1894-d79-mcgarr", "https://history.state.gov/historicaldocuments/frus1894/d79",
  "Mr. McGarr to Mr. Gresham, No. 118", "Office of the Historian, U.S. Department of State (FRUS 1894)", "1894", "en",
  "McGarr wrote (on the 10th of the month; month not visible) 'to Mr. Blanco, the minister of foreign relations'; the cabinet had resigned several weeks earlier and was staying on pending a new ministry ('ministerial crisis').")
S("src-filosofia-1919-barros-borgono-nota", "https://filosofia.org/his/1919chpe.htm",
  "La cuestión chileno-peruana (nota del Ministro de Relaciones Exteriores don Luis Barros Borgoño, Santiago, 14 de diciembre de 1918)", "Filosofía en español (reprint of Imprenta Universitaria 1919)", "1919", "es",
  "Note signed by 'el Ministro de Relaciones Exteriores don Luis Barros Borgoño', dated Santiago, 14 Dec 1918.")

# ---------------- Federico Puga Borne ----------------
S("src-francowiki-nodate-puga-borne", "https://franco.wiki/fr/Federico_Puga_Borne.html",
  "Federico Puga Borne", "franco.wiki (copy of fr.wikipedia)", None, "fr",
  "Infobox (dates stripped in the copy): Ministre des Affaires étrangères — under Pedro Montt (pred. Ricardo Salas Edwards, succ. José Rafael Balmaceda Fernández); under Germán Riesco (pred. Agustín Edwards, succ. Santiago Aldunate Bascuñán); under Federico Errázuriz Echaurren (pred. Rafael Errázuriz Urmeneta, succ. Emilio Bello Codesido). Also Interior minister under Sanfuentes. Born Chillán Viejo; physician (1878); Partido Liberal.")
S("src-itfrwiki-nodate-puga-borne", "https://it.frwiki.wiki/wiki/Federico_Puga_Borne",
  "Federico Puga Borne", "frwiki.wiki (Italian machine translation of fr.wikipedia)", None, "it",
  "Same infobox as the fr.wikipedia article: three foreign-minister tenures with the predecessors/successors listed (no dates); died aged 79; born Chillán Viejo.")
P("federico-puga-borne", "Federico Puga Borne", ["Federico Puga"], None, "Chillán Viejo, Chile", None, None,
  ["src-francowiki-nodate-puga-borne", "src-itfrwiki-nodate-puga-borne"],
  "Physician and Liberal politician; deputy, senator, foreign minister three times (under Errázuriz Echaurren, Riesco and Pedro Montt) and Interior minister under Sanfuentes. Birth/death days are blank in the copies read (died aged 79).")
T("federico-puga-borne", None, "1900-11-03", ["src-francowiki-nodate-puga-borne", "src-itfrwiki-nodate-puga-borne"], idyear="1900",
  end_reason="replaced",
  note="First tenure, under Federico Errázuriz Echaurren: predecessor Rafael Errázuriz Urmeneta, successor Emilio Bello Codesido (fr.wiki infobox; dates stripped in the copies). End DERIVED from the start of Bello's existing term (3 Nov 1900). Start unknown; id year = year of the hand-over to Bello.")
T("federico-puga-borne", "1905-10-21", None, ["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-francowiki-nodate-puga-borne", "src-itfrwiki-nodate-puga-borne"],
  note="Second tenure, under Germán Riesco: start = end of Agustín Edwards's term (21 Oct 1905, it.wiki infobox naming Puga Borne as Edwards's successor; Puga's own fr.wiki infobox names Edwards as predecessor). Successor Santiago Aldunate Bascuñán; end not found (before Riesco's term ended 18 Sep 1906). A third tenure under Pedro Montt (between Ricardo Salas Edwards and José Rafael Balmaceda) has no dates on any page read and is not recorded as a term.")

S("src-uwisc-frus188788-roberts-18861001", "http://digicoll.library.wisc.edu/cgi-bin/FRUS/FRUS-idx?type=article&did=FRUS.FRUS188788.i0014&id=FRUS.FRUS188788&isize=text",
  "Mr. Roberts to Mr. Bayard, No. 94, Santiago, October 1, 1886 (FRUS 1887–88, Chile, p. 149)", "University of Wisconsin Digital Collections (Foreign Relations of the United States)", "1886-10-01", "en",
  "'On the 18th of September President José Manuel Balmaceda took the oath of office and immediately thereafter his cabinet was sworn'; 'Señor Joaquin Godoy, minister of foreign relations was lately Chilian minister to the United States.'")
S("src-wikisource-hancock-history-of-chile-p372", "https://en.wikisource.org/wiki/Page:A_history_of_Chile.djvu/372",
  "A History of Chile (Anson Uriel Hancock, 1893), p. 336", "Wikisource", "1893", "en",
  "On Balmaceda's presidency: 'nine foreign ministers had succeeded each other in rapid succession'; after the censure of the Sanfuentes ministry Balmaceda 'formed a new ministry with Judge Belisario Prato [Prats] of the supreme court as prime minister'.")

S("src-frus-1926v01-d337-collier", "https://history.state.gov/historicaldocuments/frus1926v01/d337",
  "The Ambassador in Chile (Collier) to the Secretary of State, telegram 222 (723.2515/2499)", "Office of the Historian, U.S. Department of State (FRUS 1926, vol. I)", "1926", "en",
  "Reply to the Department's No. 113 of June 25 [1926] (so sent on or after 25 Jun 1926): Collier 'called on President Figueroa and the Minister for Foreign Affairs today'; 'President Figueroa and Mathieu both said...' — Beltrán Mathieu as Foreign Minister shortly after 25 Jun 1926.")
P("beltran-mathieu", "Beltrán Mathieu Andrews", ["Beltrán Mathieu", "Mathieu"], None, None, None, None, ["src-frus-1926v01-d337-collier", "src-frus-1920v01-d351-shea", "src-enwiki-nodate-barros-jarpa"],
  "Chilean ambassador in Washington in 1920 (FRUS 1920: 'Mathieu's cable in which the Ambassador gives a résumé of his conversation with Mr. Polk') and foreign minister of Emiliano Figueroa in 1926. Full name 'Beltrán Mathieu Andrews' as given in research/fm-cl-2 notes (from the en.wiki infobox of Ernesto Barros Jarpa); FRUS gives only 'Mathieu'.")
T("beltran-mathieu", "1926-02-04", None, ["src-enwiki-nodate-barros-jarpa", "src-frus-1926v01-d337-collier", "src-frus-1926v01-d351-engert"],
  note="Start DERIVED: Ernesto Barros Jarpa's second term ended 4 Feb 1926 with Beltrán Mathieu as successor (en.wikipedia infobox of Barros Jarpa, existing chibo source). In office shortly after 25 Jun 1926 (FRUS: Collier, answering the Department's telegram of 25 June, met 'President Figueroa and the Minister for Foreign Affairs ... Mathieu'). End unknown: he was followed by (Antonio?) Huneeus, who was in turn succeeded by Jorge Matte Gormaz in 1926 (FRUS 1926 d351).")

S("src-frus-1949v02-d366-bowers", "https://history.state.gov/historicaldocuments/frus1949v02/d366",
  "The Ambassador in Chile (Bowers) to the Assistant Secretary of State for American Republic Affairs (Miller), 711.25/7–849", "Office of the Historian, U.S. Department of State (FRUS 1949, vol. II)", "1949-07-08", "en",
  "'On the Fourth—or rather the 5th—Riesco, the Foreign Minister, an exceptionally able man, was the principal speaker at our celebration' (July 1949). Given name not stated; date from file number 7–849.")
P("german-riesco-1949", "Germán Riesco", [], None, None, None, None, ["src-frus-1949v02-d366-bowers", "src-enwiki-nodate-horacio-walker"],
  "Foreign minister of Gabriel González Videla c. 1949–1950 (named 'Germán Riesco' as Horacio Walker's predecessor in Walker's en.wikipedia infobox; 'Riesco, the Foreign Minister' in FRUS, July 1949). NOT the president Germán Riesco Errázuriz (1854–1916, id german-riesco); probably his son, but the relationship and maternal surname were not verified on any page read — hence the year-suffixed id.")
T("german-riesco-1949", None, "1950", ["src-frus-1949v02-d366-bowers", "src-enwiki-nodate-horacio-walker"], idyear="1949",
  end_reason="replaced",
  note="Attested in office in July 1949 (FRUS). Succeeded by Horacio Walker Larraín (existing term starting 1950; Walker's en.wiki infobox names Germán Riesco as predecessor), so end = 1950 (year only). Start unknown (after Raúl Juliet, attested Jan 1947).")

S("src-profesorenlinea-nodate-alberto-edwards", "https://profesorenlinea.cl/biografias/EdwardsAlberto.htm",
  "Alberto Edwards Vives", "Profesor en Línea", None, "es",
  "Writer, born Valparaíso 1873, lawyer 1896, Partido Nacional deputy 1909–1912; Finance 15 Sep 1914 – 15 Dec 1915 and 20 Nov 1926 – 9 Feb 1927; Education 21 Oct 1930 – 6 May 1931; 'el 23 de julio de 1931, ocupó las carteras de Relaciones Exteriores, Comercio y Justicia, las que desempeñó hasta el 26 de ese mes, cuando se produjo la caída del gobierno.'")
P("alberto-edwards", "Alberto Edwards Vives", ["Alberto Edwards"], "1873", "Valparaíso, Chile", None, None, ["src-profesorenlinea-nodate-alberto-edwards"],
  "Writer and historian (La fronda aristocrática); Partido Nacional. Cousin of Agustín Edwards Mac-Clure (same page). One source.")
T("alberto-edwards", "1931-07-23", "1931-07-26", ["src-profesorenlinea-nodate-alberto-edwards"],
  end_reason="other",
  note="Held Foreign Relations (Relaciones Exteriores y Comercio), Commerce and Justice from 23 Jul 1931 until the fall of Carlos Ibáñez's government on 26 Jul 1931 (one source, Profesor en Línea). Predecessor and successor not named on the page.")

# ---------------- combined Interior & Foreign Relations (before Dec 1871) ----------------
T("miguel-luis-amunategui", "1868-11-13", "1870-08-02", ["src-itwiki34-nodate-amunategui"],
  end_reason="replaced",
  note="Minister of the Interior and Foreign Relations (Ministerio del Interior y Relaciones Exteriores) under José Joaquín Pérez — before the separate Ministry of Foreign Affairs was created (law of 2 Dec 1871), foreign affairs belonged to the Interior portfolio, so this combined post is recorded as cl-foreign-minister. Dates, predecessor (Francisco Vargas Fontecilla) and successor (Belisario Prats Pérez) from the it.wiki34 infobox only (one source, machine translation of es.wikipedia).")

# ---------------- coverage claims ----------------
COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1871-12-23", "to": "1875-04-03"},
  sources=["src-eswiki-nodate-adolfo-ibanez", "src-knowledger-nodate-adolfo-ibanez", "src-udec-nodate-minrel-historia"],
  note="Single holder Adolfo Ibáñez Gutiérrez (existing chibo term, 23 Dec 1871 – 3 Apr 1875). The separate ministry was created by the law of 2 Dec 1871 with Ibáñez as its first minister (UdeC archive); the days 2–23 Dec 1871 are NOT claimed. Routine subrogancias not listed."))
COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1879-04-17", "to": "1884"},
  sources=["src-artikeldigital-nodate-domingo-santa-maria", "src-wikizero-nodate-santa-maria-es", "src-kiddle-nodate-balmaceda", "src-itwiki-proxy-nodate-luis-aldunate", "src-wikisource-hancock-history-of-chile-p353"],
  note="Chain of existing chibo terms (research/fm-cl): Domingo Santa María (17 Apr 1879) -> Melquíades Valderrama (20 Jun 1879) -> José Manuel Balmaceda (18 Sep 1881, first cabinet of President Santa María; confirmed by Hancock's History of Chile, 1893) -> Luis Aldunate Carrera (12 Apr 1882) -> Aniceto Vergara Albano (1884, year only). Each hand-over rests on predecessor/successor links in Wikipedia infoboxes (es/it copies, Kiddle); the Aldunate -> Vergara Albano hand-over is known only to the year, so the claim ends at '1884'. Subrogancias not listed."))
COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1886-09-18", "to": "1887-06-28"},
  sources=["src-uwisc-frus188788-roberts-18861001", "src-eswiki-nodate-joaquin-godoy-cruz", "src-itwiki34-nodate-amunategui"],
  note="Single holder Joaquín Godoy Cruz, from Balmaceda's first cabinet (sworn right after his oath on 18 Sep 1886, FRUS) to 28 Jun 1887 (es.wiki infobox; Amunátegui's infobox gives the same day for his start). Subrogancias not listed."))
COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1890-08", "to": "1891-05-21"},
  sources=["src-frus-1891-d89-egan", "src-frus-1891-d90-egan", "src-frus-1891-d128-egan"],
  note="Chain from US minister Egan's cabinet reports: José Tocornal (cabinet reported 15 Aug 1890; day of appointment unknown, hence month precision) -> Domingo Godoy (cabinet appointed 16 Oct 1890, the previous ministry having resigned on 7 Oct and stayed until replaced) -> Manuel María Aldunate (cabinet of 21 May 1891). One publisher (FRUS) for all three hand-overs; the 16 Oct day is derived ('yesterday' in the letter of 17 Oct)."))
COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1903-09-01", "to": "1904-10-30"},
  sources=["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-uncensoredwiki-2016-edwards-mac-clure", "src-crear-nodate-rafael-sotomayor-gaete", "src-wikizero-nodate-emilio-bello"],
  note="Chain Agustín Edwards Mac-Clure (1 Sep 1903 – 10 Jan 1904, it.wiki) -> Rafael Sotomayor Gaete (named as Edwards's successor by it.wiki and the en.wiki succession box; until 12 May 1904, crear.cl) -> Emilio Bello Codesido (existing term 12 May – 30 Oct 1904). CAVEAT: crear.cl dates Sotomayor's return to the ministry to 12 Apr 1904, not 10 Jan; if that is right, an unknown holder (or subrogante) served 10 Jan – 12 Apr 1904 and this claim is wrong for those months. Days rest on single sources."))
COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1905-08-01", "to": "1905-10-21"},
  sources=["src-arietiform-itwiki-nodate-edwards-mac-clure", "src-francowiki-nodate-puga-borne"],
  note="Single holder Agustín Edwards Mac-Clure (second tenure; it.wiki infobox days, one source), followed on 21 Oct 1905 by Federico Puga Borne (whose own fr.wiki infobox names Edwards as predecessor)."))
COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1891-09-12", "to": "1891-12-31"},
  sources=["src-profesorenlinea-nodate-matta", "src-googlebooks-frus1891-index-matta", "src-frus-1891-d271-egan"],
  note="Single holder Manuel Antonio Matta (appointed 12 Sep 1891, one source for the day; still FM Nov–Dec 1891 per FRUS) until the new ministry of 31 Dec 1891 (FRUS). The 31 Dec end is derived from the cabinet change; FRUS does not name Matta's successor. Not claimed: 28 Aug – 12 Sep 1891 (transition after Balmaceda's fall)."))
S("src-wikisource-hancock-history-of-chile-p353", "https://en.wikisource.org/wiki/Page:A_history_of_Chile.djvu/353",
  "A History of Chile (Anson Uriel Hancock, 1893), p. 321", "Wikisource", "1893", "en",
  "'Santa Maria selected as his cabinet the following names: Minister of the interior, Don José Francisco Vergara; foreign relations, Don José Manuel Balmaceda; justice ... Don Eujenio Vergara; finance, Don Luis Aldunate; war and navy, Don Carlos Castellon.' (p. 318/350 of the same book: Santa María succeeded Pinto on 18 Sep 1881.)")
S("src-frus-1887-d118-bayard", "https://history.state.gov/historicaldocuments/frus1887/d118",
  "Mr. Bayard to Mr. Roberts, No. 49 (1886)", "Office of the Historian, U.S. Department of State (FRUS 1887)", "1886-11", "en",
  "Acknowledges Roberts's No. 94 of the 1st ultimo [1 Oct 1886] on the new cabinet: 'The entrance upon the responsible duties of minister of foreign affairs of Señor Godoy, so long and favorably known during his diplomatic residence in Washington...'")
