# working data for fm-cl-5 (not for merge)
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

# ---------------- sources ----------------
S("src-time-19471020-crack-down",
  "http://20.210.105.67/txt/time/Time1947/1947-10-20/804324.html",
  "Crack Down", "TIME (text copy)", "1947-10-20", "en",
  "TIME, Monday 20 Oct 1947: 'At 3 p.m. on Wednesday, Foreign Minister German Vegara [sic] called Cunja to his office, accused him of Communist plotting, handed him his passport' (expulsion of the Yugoslav envoy during the coal strike, the week before the issue).")
S("src-time-nodate-toward-unity",
  "https://time.com/archive/6771422/chile-toward-unity/",
  "CHILE: Toward Unity", "TIME", None, "en",
  "Issue date not shown on the page (it refers back to 'TIME, Oct. 19' and to Sumner Welles's statement, i.e. Oct 1942). 'Last week' President Ríos's cabinet resigned; 'Foreign Minister Barros Jarpa was replaced by Chile's Ambassador to Uruguay Joaquin Fernandez, longtime diplomat and good friend of President Rios.'")
S("src-frus-1944v07-d663-bowers",
  "https://history.state.gov/historicaldocuments/frus1944v07/d663",
  "The Ambassador in Chile (Bowers) to the Secretary of State, telegram 1888 (file 710 Consultation 4/12–544)", "Office of the Historian, U.S. Department of State (FRUS 1944 vol. VII)", "1944-12", "en",
  "Footnote: 'Joaquín Fernández Fernández, Chilean Minister for Foreign Affairs' (telegram of early December 1944; file number 12–544).")

# ---------------- 1875-1881 (FRUS + Hancock) ----------------
S("src-wikisource-hancock1893-p264",
  "http://en.m.wikisource.org/wiki/Page:A_history_of_Chile.djvu/292",
  "Page:A history of Chile.djvu/292 (Anson Uriel Hancock, A History of Chile, Chicago 1893, p. 264)", "Wikisource", "1893", "en",
  "'President-elect Pinto was inaugurated September 18th, 1876, and immediately selected the following cabinet: Interior, Don José V. Lastarria; foreign affairs, Don José Alfonso; finance, Don Rafael Sotomayor; ...'. Page not proofread on Wikisource.")
S("src-frus-1878-d72-osborn",
  "https://history.state.gov/historicaldocuments/frus1878/d72",
  "Mr. Osborn to Mr. Evarts, No. 29 (FRUS 1878, No. 67)", "Office of the Historian, U.S. Department of State (FRUS 1878)", "1877-12", "en",
  "Osborn (despatch following his No. 22 of 28 Nov 1877): the Minister of Foreign Relations addressed him a note 'under date of December 19' [1877]; 'The note of Hon. José Alfonso, Minister of Foreign Relations, in Spanish, with English translation, is herewith inclosed.' Despatch date not printed in the excerpt; published date = month of the note.")
S("src-frus-1880-d122-osborn",
  "https://history.state.gov/historicaldocuments/frus1880/d122",
  "Mr. Osborn to Mr. Evarts, No. 165, Santiago, 13 Sep 1880 (FRUS 1880, No. 122), with inclosure Mr. Amuñátegui to Mr. Osborn, 20 Feb 1880", "Office of the Historian, U.S. Department of State (FRUS 1880)", "1880-09-13", "en",
  "Inclosure: 'Mr. Amuñátegui to Mr. Osborn. Republic of Chili, Department of Foreign Relations, Valparaiso, February 20, 1880' — note 'from the minister of foreign relations' on exchanging prisoners with Bolivia; Osborn's reply of 23 Feb 1880 addressed to Amuñátegui.")
S("src-frus-1881-d115-valderrama",
  "https://history.state.gov/historicaldocuments/frus1881/d115",
  "Mr. Valderrama to Mr. Asta-Buruaga (FRUS 1881, No. 115)", "Office of the Historian, U.S. Department of State (FRUS 1881)", "1880", "en",
  "Valderrama, writing as the Chilean minister instructing the envoy in Washington about the Arica conference: 'The 5th of August last, he [Osborn] began by inquiring privately, in an interview what would be the disposition of my government with respect to the mediation ...'; 'The reply given on the 10th of the same month ...' (August 1880). Dispatch date not in the excerpt (copies handed to Evarts in Jan 1881, cf. No. 113).")
S("src-frus-1881-d89-osborn",
  "https://history.state.gov/historicaldocuments/frus1881/d89",
  "Mr. Osborn to Mr. Evarts, No. 187, Santiago, 3 Jan 1881 (FRUS 1881, No. 89)", "Office of the Historian, U.S. Department of State (FRUS 1881)", "1881-01-03", "en",
  "'In the circular note which Minister Valderrama addressed to the diplomatic corps on the 10th of November last [1880] ...'; the minister of foreign relations is Valderrama.")

P("jose-alfonso", "José Alfonso", sources=["src-wikisource-hancock1893-p264", "src-frus-1878-d72-osborn"],
  note="Foreign minister of Aníbal Pinto from his inauguration (18 Sep 1876). Maternal surname not seen on any page read.")

T("jose-alfonso", "1876-09-18", None, ["src-wikisource-hancock1893-p264", "src-frus-1878-d72-osborn"],
  note="Start: Hancock (1893): Pinto, inaugurated 18 Sep 1876, 'immediately selected the following cabinet: ... foreign affairs, Don José Alfonso' (day = inauguration day; one source for the day). Still in office on 19 Dec 1877 (FRUS: note of 'Hon. José Alfonso, Minister of Foreign Relations'). End not found: Alejandro Fierro (existing chibo term) was Foreign Minister by 6 Dec 1878.")
T("miguel-luis-amunategui", "1879-08-20", "1880-07", ["src-itwiki34-nodate-amunategui", "src-frus-1880-d122-osborn"], suffix="-2",
  note="Second tenure under Aníbal Pinto (the existing chibo term 'term-miguel-luis-amunategui-cl-foreign-minister-1879' is his earlier tenure ending 17 Apr 1879). Days from the it.wiki34 infobox (machine translation of es.wikipedia): '20 agosto 1879 – luglio 1880' — the same infobox names Alejandro Fierro as predecessor and Domingo Santa María as successor, which fit the EARLIER tenure, so the infobox merges two tenures (one source for the days). Independently confirmed in office on 20 Feb 1880: FRUS prints his note as minister of foreign relations ('Mr. Amuñátegui to Mr. Osborn, Department of Foreign Relations, Valparaiso, February 20, 1880'). Melquíades Valderrama was Foreign Minister by Aug 1880 (FRUS 1881 No. 115) — consistent with an end in July 1880.")

# ---------------- 1901: Luis Martiniano Rodríguez ----------------
S("src-frus-1901-d55-wilson",
  "https://history.state.gov/historicaldocuments/frus1901/d55",
  "Mr. Wilson to Mr. Hay, No. 207, with inclosure Señor Rodriguez to Mr. Wilson (FRUS 1901)", "Office of the Historian, U.S. Department of State (FRUS 1901)", "1901-07", "en",
  "Inclosure: reply of 'the Chilean minister of foreign relations' to Wilson's note 'of the 16th instant' conveying condolences on the death of President Federico Errázuriz (who died 12 Jul 1901), signed 'Luis M. Rodriguez'. Day of the reply not shown in the excerpt; month derived from the death of Errázuriz (July 1901).")
P("luis-martiniano-rodriguez", "Luis Martiniano Rodríguez", other_names=["Luis M. Rodríguez", "Luis M. Rodriguez"],
  sources=["src-wikizero-nodate-emilio-bello", "src-frus-1901-d55-wilson"],
  note="Foreign minister in 1901 (successor of Emilio Bello Codesido per Bello's es.wiki infobox; signs 'Luis M. Rodriguez' in FRUS, July 1901). Maternal surname not seen.")
T("luis-martiniano-rodriguez", "1901-02-23", None, ["src-wikizero-nodate-emilio-bello", "src-frus-1901-d55-wilson"],
  note="Start DERIVED from Emilio Bello Codesido's infobox (FM 3 Nov 1900 – 23 Feb 1901, successor 'Luis Martiniano Rodríguez'; one underlying source for the day). Still in office in July 1901, after President Errázuriz's death (FRUS: reply to the US condolence note of the 16th, signed 'Luis M. Rodriguez'). End not found.")

# ---------------- 1923-1924 (Emilio Bello Codesido's infobox, existing source re-read) ----------------
T("emilio-bello-codesido", "1923-07-02", "1924-01-03", ["src-wikisource-ech-alessandri1-p40", "src-wikizero-nodate-emilio-bello", "src-wikisource-ech-alessandri1-p41"], end_reason="replaced",
  note="Under Arturo Alessandri Palma. Start 2 Jul 1923 from two publishers: the ECH article on Wikisource (the 'Amunátegui-Bello Codesido' ministry 'juró el 2 de julio', the eleventh cabinet, Bello at Foreign Relations; the page goes on to the end of 1923) and Bello's es.wiki infobox (2 Jul 1923; predecessor Pedro María Rivas Vicuña, successor Armando Jaramillo Valderrama). End 3 Jan 1924 = swearing-in of the twelfth cabinet with Armando Jaramillo at Foreign Relations (ECH p. 41; one source). The infobox prints the end of this tenure as 11 Sep 1924, which contradicts ECH and the infobox's own separate tenure of 5–11 Sep 1924 (kept as an alternative).",
  alternatives=[{"field": "end", "value": "1924-09-11", "sources": ["src-wikizero-nodate-emilio-bello"], "note": "Printed end of this tenure in Bello's es.wiki infobox; contradicted by ECH (Jaramillo FM from 3 Jan 1924, Sánchez García de la Huerta from 1 Feb 1924) and by the same infobox's separate 5–11 Sep 1924 tenure; probably a copying error."}])
T("emilio-bello-codesido", "1924-09-05", "1924-09-11", ["src-wikizero-nodate-emilio-bello", "src-wikisource-nodate-ech-alessandri"], end_reason="overthrown",
  note="Short tenure under Arturo Alessandri Palma, 5–11 Sep 1924 (days from the es.wiki infobox, WikiZero copy). ECH (Wikisource) confirms that the sixteenth cabinet, formed to satisfy the armed forces after the military pronouncement of 5 Sep 1924, had Bello at Foreign Relations, and that a Junta de Gobierno was formed on 11 Sep 1924; the start day itself is in the infobox only: predecessor Ramón Briones Luco, successor Carlos Aldunate Solar. The same infobox lists him as interim Interior minister 9–11 Sep 1924. End reason 'overthrown': on 11 Sep 1924 a Junta de Gobierno under General Altamirano took over (ECH p. 45).", suffix="")

P("carlos-aldunate-solar", "Carlos Aldunate Solar", sources=["src-wikizero-nodate-emilio-bello"],
  note="Named only as Emilio Bello Codesido's successor as Foreign Minister (11 Sep 1924) in Bello's es.wiki infobox.")
T("carlos-aldunate-solar", "1924-09-11", None, ["src-wikizero-nodate-emilio-bello"],
  note="Start DERIVED from Emilio Bello Codesido's infobox (Bello FM 5–11 Sep 1924, successor Carlos Aldunate Solar); one source. End not found.")
P("ramon-briones-luco", "Ramón Briones Luco", sources=["src-wikizero-nodate-emilio-bello"],
  note="Named only as Emilio Bello Codesido's predecessor as Foreign Minister (before 5 Sep 1924) in Bello's es.wiki infobox.")
T("ramon-briones-luco", None, "1924-09-05", ["src-wikizero-nodate-emilio-bello"], idyear="1924",
  note="Known only as Emilio Bello Codesido's predecessor (Bello took over on 5 Sep 1924; es.wiki infobox, one source). Start not found; term id uses the year of the hand-over.")
P("pedro-maria-rivas-vicuna", "Pedro María Rivas Vicuña", sources=["src-wikizero-nodate-emilio-bello"],
  note="Named only as Emilio Bello Codesido's predecessor as Foreign Minister (before 2 Jul 1923) in Bello's es.wiki infobox. Not to be confused with Manuel Rivas Vicuña.")
T("pedro-maria-rivas-vicuna", None, "1923-07-02", ["src-wikizero-nodate-emilio-bello", "src-wikisource-ech-alessandri1-p40"], idyear="1923",
  note="Emilio Bello Codesido's predecessor (Bello's es.wiki infobox); ECH p. 40 shows 'Relaciones Exteriores, don Pedro Rivas Vicuña, radical' in the Carlos Alberto Ruiz cabinet that preceded the Amunátegui-Bello ministry sworn in on 2 Jul [1923] (two publishers for the hand-over). Start not found; term id uses the year of the hand-over.")

# ---------------- 1947: Germán Vergara (Donoso) ----------------
T("german-vergara-donoso", None, None, ["src-time-19471020-crack-down"], idyear="1947",
  note="Attested in office only: TIME of 20 Oct 1947 reports that 'Foreign Minister German Vegara [sic]' expelled the Yugoslav envoy Cunja on the Wednesday before (October 1947), under González Videla. Identification with Germán Vergara Donoso (existing chibo person, career diplomat and Alessandri's FM 1958–61) is ours: TIME misspells the surname and gives no maternal surname; a 'Don Germán Vergara' was Under Secretary for Foreign Affairs in 1937–38 (FRUS 1937 vol. V d281, FRUS 1938 vol. V d11). Start and end not found; he falls between Raúl Juliet (Jan 1947) and Germán Riesco (July 1949). If the merge prefers not to unify, create a separate person 'german-vergara-1947'.")

# ---------------- 1954: Tobías Barros ----------------
S("src-frus-1952-54v04-d246-editorial",
  "https://history.state.gov/historicaldocuments/frus1952-54v04/d246",
  "Editorial Note [FRUS 1952–54 vol. IV doc. 246]", "Office of the Historian, U.S. Department of State (FRUS 1952–54 vol. IV)", None, "en",
  "Copper talks: Chile asked on 16 Dec 1953 to renew them; Department telegrams of 30 Dec 1953 and 9 Feb 1954; 'The discussions were renewed at Washington in late February 1954.' Printed immediately before doc. 247 (the Tobías Barros memorandum), which suggests — but does not state — that doc. 247 dates from about February 1954.")
P("tobias-barros", "Tobías Barros", other_names=["Tobias Barros", "Tobías Barros Ortiz"],
  sources=["src-frus-1952-54v04-d247-tobias-barros"],
  note="'Tobias Barros, Chilean Foreign Minister-designate' (FRUS 1952–54 vol. IV doc. 247); in Oct 1952 the US ambassador described 'Tobias Barros' as a former Chilean ambassador in Berlin in Ibáñez's inner circle (FRUS 1952–54 vol. IV doc. 232). The maternal surname Ortiz is the form used by earlier chibo helpers and by an article signed 'Tobías Barros Ortiz' (Revista de Marina, on the 200-mile zone); no page read ties that author explicitly to the 1954 foreign minister.")
T("tobias-barros", None, None, ["src-frus-1952-54v04-d247-tobias-barros", "src-frus-1952-54v04-d246-editorial"], idyear="1954",
  note="Foreign Minister-designate of Carlos Ibáñez shortly before the Tenth Inter-American Conference at Caracas (1–28 Mar 1954): FRUS memorandum (doc. 247) of his Washington visit — a luncheon at Blair House 'in honor of the Foreign Minister'; he spoke of Caracas as 'upcoming'. The memorandum's date is not visible; it is printed after an editorial note running to February 1954, so probably early 1954 (term id uses 1954 on that basis — not stated on the page). Start and end not found. He comes after Oscar Fenner (from 1 Apr 1953) and before Osvaldo Koch (from 7 Jan 1955); whether other holders came between is unknown.")

# ---------------- ECH (es.wikisource) Alessandri Palma, first presidency ----------------
S("src-wikisource-ech-alessandri1-p36",
  "https://es.wikisource.org/wiki/P%C3%A1gina:ECH_1826_1_-_Alessandri_Palma,_Arturo,_Primera_Presidencia.djvu/36",
  "Página:ECH 1826 1 - Alessandri Palma, Arturo, Primera Presidencia.djvu/36", "Wikisource (es), transcription of an encyclopedia article 'Alessandri Palma, Arturo, Primera Presidencia'", None, "es",
  "Page marked 'corregida'. After the Garcés Gana cabinet (whose programme mentions 'la defensa de los derechos chilenos en el Protocolo de Washington' and the coming Pan-American Conference in Santiago), censured two months later: 'El 16 de marzo se organizó el siguiente Ministerio: Interior, don Cornelio Saavedra, liberal; Relaciones Exteriores don Luis Izquierdo, liberal; Hacienda, don Víctor Celis Maturana ...'. The year is not printed on this page.")
S("src-wikisource-ech-alessandri1-p40",
  "https://es.wikisource.org/wiki/P%C3%A1gina:ECH_1826_1_-_Alessandri_Palma,_Arturo,_Primera_Presidencia.djvu/40",
  "Página:ECH 1826 1 - Alessandri Palma, Arturo, Primera Presidencia.djvu/40", "Wikisource (es), transcription of an encyclopedia article 'Alessandri Palma, Arturo, Primera Presidencia'", None, "es",
  "Cabinet '...integrado como sigue: Interior, don Carlos Alberto Ruiz, radical; Relaciones Exteriores, don Pedro Rivas Vicuña, radical; ...' (date on the previous page, not seen), censured by the Senate; then 'el Ministerio \"Amunátegui-Bello Codesido\" que juró el 2 de julio y que fué el undécimo en dos años y medio de Gobierno ... Relaciones Exteriores, don Emilio Bello Codesido'; followed by 'Los meses que transcurrieron hasta finalizar el año 1923 ...'.")
S("src-wikisource-ech-alessandri1-p41",
  "https://es.wikisource.org/wiki/P%C3%A1gina:ECH_1826_1_-_Alessandri_Palma,_Arturo,_Primera_Presidencia.djvu/41",
  "Página:ECH 1826 1 - Alessandri Palma, Arturo, Primera Presidencia.djvu/41", "Wikisource (es), transcription of an encyclopedia article 'Alessandri Palma, Arturo, Primera Presidencia'", None, "es",
  "'...un Gabinete exclusivo de Alianza Liberal el cual juró el 3 de enero de 1924. Este duodécimo Ministerio quedó integrado: en Interior, por don Pedro Aguirre Cerda, radical; Relaciones Exteriores, don Armando Jaramillo, liberal; ...' ; 'El 1º de febrero juró el decimotercer Ministerio ... Relaciones Exteriores, don Roberto Sánchez García de la Huerta, balmacedista; Hacienda, don Samuel Claro ...'; this cabinet faced the elections of 2 Mar 1924.")
P("armando-jaramillo", "Armando Jaramillo Valderrama", other_names=["Armando Jaramillo"],
  sources=["src-wikisource-ech-alessandri1-p41", "src-wikizero-nodate-emilio-bello"],
  note="Liberal; Foreign Minister in Alessandri's twelfth cabinet (3 Jan 1924). Maternal surname from Emilio Bello Codesido's es.wiki infobox (successor), not from the ECH page.")
T("armando-jaramillo", "1924-01-03", "1924-02-01", ["src-wikisource-ech-alessandri1-p41", "src-wikizero-nodate-emilio-bello"], end_reason="replaced",
  note="ECH (Wikisource): the twelfth cabinet of Arturo Alessandri 'juró el 3 de enero de 1924' with 'Relaciones Exteriores, don Armando Jaramillo'; the thirteenth cabinet swore in on 1 February [1924] with Roberto Sánchez García de la Huerta at Foreign Relations. Bello Codesido's infobox names Jaramillo as Bello's successor (consistent). One source for each day.")
P("roberto-sanchez-garcia-de-la-huerta", "Roberto Sánchez García de la Huerta", sources=["src-wikisource-ech-alessandri1-p41"],
  note="Balmacedista (Liberal Democratic); Foreign Minister in Alessandri's thirteenth cabinet, sworn in 1 Feb 1924 (ECH).")
T("roberto-sanchez-garcia-de-la-huerta", "1924-02-01", None, ["src-wikisource-ech-alessandri1-p41"],
  note="ECH (Wikisource): 'El 1º de febrero juró el decimotercer Ministerio ... Relaciones Exteriores, don Roberto Sánchez García de la Huerta' (year 1924 from the same page: it follows the cabinet of 3 Jan 1924 and faced the elections of 2 Mar 1924). End not found (later 1924 cabinets — the 14th and 15th — not read; Ramón Briones Luco preceded Bello on 5 Sep 1924).")
P("luis-izquierdo", "Luis Izquierdo", sources=["src-wikisource-ech-alessandri1-p36"],
  note="Liberal; Foreign Minister in the Alessandri cabinet organised on 16 March (1923, see term note). Probably Luis Izquierdo Fredes (named by earlier helpers as Foreign Minister from 19 May 1910, successor of Agustín Edwards) — maternal surname not on the ECH page; not unified with any existing record.")
T("luis-izquierdo", None, None, ["src-wikisource-ech-alessandri1-p36"], idyear="1923",
  note="ECH (Wikisource): 'El 16 de marzo se organizó el siguiente Ministerio: Interior, don Cornelio Saavedra; Relaciones Exteriores don Luis Izquierdo'. The page does not print the year; the context (the preceding Garcés Gana cabinet already had to defend Chile's rights under the Washington Protocol of 1922 and prepare the Pan-American Conference of Santiago, 1923) points to 16 Mar 1923 — start left empty because the year is our inference. He was followed, before 2 Jul 1923, by Pedro Rivas Vicuña (Ruiz cabinet, ECH p. 40). End not found.")

# ---------------- 1918: neighbours of Luis Barros Borgoño (existing source src-eudic-2016-barros-borgono) ----------------
P("ruperto-bahamonde", "Ruperto Bahamonde", sources=["src-eudic-2016-barros-borgono"],
  note="Named only as Luis Barros Borgoño's predecessor as Minister of Foreign Affairs, Cult and Colonization (1918) in the succession box of the English Wikipedia article on Barros Borgoño (eudic copy).")
T("ruperto-bahamonde", None, "1918", ["src-eudic-2016-barros-borgono"], idyear="1918",
  note="Known only as Luis Barros Borgoño's predecessor (succession box: 'Preceded by Ruperto Bahamonde — Minister of Foreign Affairs, Cult and Colonization 1918 — Succeeded by Daniel Feliú'). End year = the year of Barros Borgoño's 1918 appointment (existing chibo term, start '1918'); start not found; one source.")
P("daniel-feliu", "Daniel Feliú", sources=["src-eudic-2016-barros-borgono"],
  note="Named only as Luis Barros Borgoño's successor as Minister of Foreign Affairs, Cult and Colonization (after his 1918 tenure) in the English Wikipedia succession box (eudic copy).")
T("daniel-feliu", None, None, ["src-eudic-2016-barros-borgono"], idyear="1918",
  note="Known only as Luis Barros Borgoño's successor after the latter's 1918 tenure (en.wikipedia succession box; one source). Barros Borgoño was still Foreign Minister on 14 Dec 1918 (existing chibo source, filosofia.org note), so Feliú began on or after that day — start and end not found; the term id uses 1918 only as the year of the predecessor's tenure, not as a verified start year.")

COVERAGE.append(dict(series="cl-foreign-minister", **{"from": "1923-07-02", "to": "1924-02-01"},
  sources=["src-wikisource-ech-alessandri1-p40", "src-wikisource-ech-alessandri1-p41", "src-wikizero-nodate-emilio-bello"],
  note="Alessandri Palma's numbered cabinets in the ECH encyclopedia article (Wikisource): eleventh cabinet (sworn 2 Jul 1923) Emilio Bello Codesido; twelfth (sworn 3 Jan 1924) Armando Jaramillo; thirteenth (sworn 1 Feb 1924) Roberto Sánchez García de la Huerta. Consecutive ordinal numbers leave no cabinet out; Bello's es.wiki infobox gives the same start (2 Jul 1923) and the same successor (Jaramillo). One publisher for the 3 Jan and 1 Feb 1924 days. Routine subrogancias not listed. Nothing is claimed before 2 Jul 1923 or after 1 Feb 1924."))
