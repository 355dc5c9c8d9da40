import json, os
D = os.path.dirname(os.path.abspath(__file__))
def w(name, data):
    with open(os.path.join(D, name), 'w') as f:
        json.dump(data, f, ensure_ascii=False, indent=2)

S = lambda id, url, title, pub, published, lang, note=None: {"id": id, "url": url, "title": title, "publisher": pub, "published": published, "language": lang, "note": note}
sources = [
 S("src-educa-nodate-no-al-federalismo", "https://www.educa.com.bo/la-republica/el-no-al-federalismo", "El no al federalismo", "Educa (Bolivia)", None, "es",
   "Says: on 25 Oct 1899 Col. José Manuel Pando was sworn in (posesionado) as constitutional President, elected by 54 of 57 members of the Convention; accompanied by Lucio Pérez Velasco (40 votes) as first vice president and Aníbal Capriles (39 votes) as second."),
 S("src-wikipedia-en-nodate-pando-mobile", "https://en.m.wikipedia.org/wiki/Jos%C3%A9_Manuel_Pando", "José Manuel Pando", "Wikipedia (en, mobile)", None, "en",
   "Infobox: President 25 Oct 1899 – 14 Aug 1904; Vice President Lucio Pérez Velasco (1899-1903), Aníbal Capriles Cabrera (1899-1903)."),
 S("src-wikipedia-en-nodate-villazon-montano", "https://en.wikipedia.org/wiki/Eliodoro_Villaz%C3%B3n_Monta%C3%B1o", "Eliodoro Villazón", "Wikipedia (en)", None, "en",
   "Infobox: President 12 Aug 1909 – 14 Aug 1913, Vice President Macario Pinilla, Juan Misael Saracho; 15th Vice President, First Vice President 14 Aug 1904 – 12 Aug 1909 serving with Valentín Abecia Ayllón; preceded by Lucio Pérez Velasco, succeeded by Macario Pinilla Vargas."),
 S("src-wikiclassic-nodate-election-1913", "https://wikiclassic.com/wiki/1913_Bolivian_presidential_election", "1913 Bolivian presidential election", "wikiclassic.com (English Wikipedia copy)", None, "en",
   "Election 4 May 1913; Ismael Montes Gamboa with running mates Juan Misael Saracho and José Carrasco Torrico (Liberal Party), 77,731 votes; source cited: Mesa Gisbert 2003."),
 S("src-roqazwiki-nodate-ismael-montes", "https://ro.qaz.wiki/wiki/Ismael_Montes", "Ismael Montes", "ro.qaz.wiki (Romanian translation of English Wikipedia)", None, "ro",
   "Infobox: President 14 Aug 1913 – 15 Aug 1917, VPs Juan Misael Saracho (primul / first) (1913-1915), José Carrasco Torrico (al doilea / second); 14 Aug 1904 – 12 Aug 1909, VPs Eliodoro Villazón (1), Valentín Abecia Ayllón (2)."),
 S("src-itqwewiki-nodate-ismael-montes", "https://it.qwe.wiki/wiki/Ismael_Montes", "Ismael Montes", "it.qwe.wiki (Italian translation of English Wikipedia)", None, "it",
   "Infobox: 14 Aug 1913 – 15 Aug 1917, vicepresidente Juan Misael Saracho (1°) (1913–1915), José Carrasco Torrico (2°); 14 Aug 1904 – 12 Aug 1909, Eliodoro Villazón (1°), Valentín Abecia Ayllón (2°)."),
 S("src-kiwix-2024-ismael-montes", "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Ismael_Montes_Gamboa", "Ismael Montes (Wikipedia 2024-01 copy)", "Kiwix mirror (Wikipedia copy)", "2024-01", "en",
   "Infobox: 14 Aug 1913 – 15 Aug 1917, Vice President Juan Misael Saracho (1913–1915), José Carrasco Torrico; 14 Aug 1904 – 12 Aug 1909, Eliodoro Villazón, Valentín Abecia Ayllón."),
 S("src-wikixio-nodate-gutierrez-guerra", "https://en.m.wiki.x.io/wiki/Jos%C3%A9_Guti%C3%A9rrez_Guerra", "José Gutiérrez Guerra", "wiki.x.io (English Wikipedia mirror)", None, "en",
   "Infobox: 28th President, 15 Aug 1917 – 12 Jul 1920; Vice President Ismael Vázquez, José Santos Quinteros."),
 S("src-pinocchiopedia-nodate-gutierrez-guerra", "https://pinocchiopedia.com/wiki/Jose_Gutierrez_Guerra", "José Gutiérrez Guerra", "pinocchiopedia.com (English Wikipedia copy)", None, "en",
   "Same infobox as the wiki.x.io copy: 15 Aug 1917 – 12 Jul 1920; VPs Ismael Vázquez, José Santos Quinteros."),
 S("src-colegiosaracho-nodate-saracho", "https://colegiosaracho.com/dr-juan-misael-saracho-campero/", "Dr. Juan Misael Saracho Campero", "Colegio Juan Misael Saracho", None, "es",
   "Biography: born Tarija 27 Jan 1857; lawyer 1876; founded Liceo Porvenir in Camargo; War of the Pacific. The excerpt read does not reach his death."),
 S("src-elpais-20180503-saracho", "https://elpais.bo/tarija/20180503_juan-misael-saracho-y-el-gran-reto-de-mejorar-la-educacion.html", "Juan Misael Saracho y el gran reto de mejorar la educación", "El País (Tarija)", "2018-05-03", "es",
   "Born Tarija 27 Jan 1857; studied at Colegio San Luis and the University of San Francisco Xavier (Sucre); lawyer 1876. Excerpt does not reach his death."),
 S("src-eswikixio-nodate-elecciones-1904", "http://es.m.wiki.x.io/wiki/Elecciones_generales_de_Bolivia_de_1904", "Elecciones generales de Bolivia de 1904", "wiki.x.io (Spanish Wikipedia mirror)", None, "es",
   "Election 2 May 1904: Ismael Montes (Partido Liberal) 32,884; Lucio Pérez (Velasco) (Partido Liberal Puritano) 5,968; Aniceto Arce 3,376. Montes proclaimed by law of 12 Aug and took office 14 Aug 1904; period 14 Aug 1904 – 14 Aug 1908."),
]
w("sources.json", sources)

people = [
 {"id": "juan-misael-saracho", "name": "Juan Misael Saracho", "other_names": ["Juan Misael Saracho Campero"], "aliases": [],
  "birth_date": "1857-01-27", "birth_place": "Tarija, Bolivia", "death_date": None, "death_place": None, "nationalities": ["BO"],
  "sources": ["src-colegiosaracho-nodate-saracho", "src-elpais-20180503-saracho", "src-wikipedia-en-nodate-villazon-montano", "src-roqazwiki-nodate-ismael-montes"],
  "note": "ENRICHMENT of the existing id: birth 27 Jan 1857 in Tarija from two pages (Colegio Saracho; El País Tarija 2018). Maternal surname Campero from the Colegio Saracho page only. Death: not found in pages read (his vice presidency ends '1915' in the Montes infobox; whether he died then is not verified).",
  "alternatives": []},
]
w("people.json", people)

def fill(id, person, office, start, fields, sources, note, alternatives=None):
    r = {"id": id, "person": person, "office": office, "start": start}
    r.update(fields)
    r["sources"] = sources
    r["note"] = note
    r["alternatives"] = alternatives or []
    return r

fills = [
 fill("term-lucio-perez-velasco-bo-vice-president-1899", "lucio-perez-velasco", "bo-vice-president", "1899-10-25", {},
      ["src-educa-nodate-no-al-federalismo", "src-wikipedia-en-nodate-pando-mobile", "src-wikipedia-en-nodate-villazon-montano"],
      "FILLS start (was '1899'): Educa says Pando was sworn in on 25 Oct 1899 and was accompanied by Lucio Pérez Velasco (40 votes) as FIRST vice president (order now explicit). Day: one source (Educa); en.wikipedia's Pando infobox gives 25 Oct 1899 for Pando only and '1899' for the VPs. End left as shipped ('1904'): Villazón's infobox names Pérez Velasco as his predecessor as First VP (Villazón from 14 Aug 1904), but no page read gives Pérez Velasco's end day; en.wikipedia's Pando infobox gives 1899-1903 (see alternatives). Mesa (historias-bolivia blog) reports a 1903 rupture with Pando, after which Pérez Velasco led the opposition candidacy in 1904 (es.wiki: he ran for president on 2 May 1904 for the Partido Liberal Puritano); no page read says he resigned.",
      [{"field": "end", "value": "1903", "sources": ["src-wikipedia-en-nodate-pando-mobile"], "note": "en.wikipedia Pando infobox: 'Lucio Pérez Velasco (1899-1903)'. Not preferred: no resignation or removal is reported by any page read; the same infobox also gives 1899-1903 for Capriles."}]),
 fill("term-anibal-capriles-bo-second-vice-president-1899", "anibal-capriles", "bo-second-vice-president", "1899-10-25", {},
      ["src-educa-nodate-no-al-federalismo", "src-wikipedia-en-nodate-pando-mobile"],
      "FILLS start (was '1899'): Educa says Pando, sworn in 25 Oct 1899, was accompanied by Aníbal Capriles (39 votes) as SECOND vice president (order now explicit, no longer assumed). Day: one source. End left as shipped ('1904'); en.wikipedia's Pando infobox gives 1899-1903 (alternative).",
      [{"field": "end", "value": "1903", "sources": ["src-wikipedia-en-nodate-pando-mobile"], "note": "en.wikipedia Pando infobox: 'Aníbal Capriles Cabrera (1899-1903)'; not corroborated."}]),
 fill("term-valentin-abecia-bo-second-vice-president-1904", "valentin-abecia", "bo-second-vice-president", "1904-08-14",
      {"end": "1909-08-12"},
      ["src-wikipedia-en-nodate-villazon-montano", "src-roqazwiki-nodate-ismael-montes", "src-itqwewiki-nodate-ismael-montes", "src-eldiario-2019-gobernantes-1904", "src-eswikixio-nodate-elecciones-1904"],
      "FILLS start and end (were '1904'/'1909'): Villazón's infobox: First VP 14 Aug 1904 – 12 Aug 1909 'serving with Valentín Abecia Ayllón'; Montes infobox copies list Villazón (1°) and Abecia (2°) for Montes's term 14 Aug 1904 – 12 Aug 1909 (order explicit). El Diario and es.wiki: Montes took office 14 Aug 1904. Days rest on English Wikipedia (several copies) + El Diario for 14 Aug 1904; the end is Villazón's inauguration as president (12 Aug 1909).",
      []),
 fill("term-macario-pinilla-bo-vice-president-1909", "macario-pinilla", "bo-vice-president", "1909-08-12",
      {"end": "1913-08-14"},
      ["src-wikipedia-en-nodate-villazon-montano", "src-wikiclassic-nodate-election-1913", "src-roqazwiki-nodate-ismael-montes"],
      "FILLS start and end (were '1909'/'1913'): Villazón's infobox: Villazón was First VP until 12 Aug 1909 and was 'succeeded by Macario Pinilla Vargas'; Pinilla is listed first among the VPs of Villazón's presidency (12 Aug 1909 – 14 Aug 1913). End = start of Saracho as first VP with Montes (14 Aug 1913). One origin (English Wikipedia); no page read states his oath day.",
      []),
 fill("term-juan-misael-saracho-bo-second-vice-president-1909", "juan-misael-saracho", "bo-second-vice-president", "1909-08-12",
      {"end": "1913-08-14"},
      ["src-wikipedia-en-nodate-villazon-montano", "src-wikiclassic-nodate-election-1913", "src-roqazwiki-nodate-ismael-montes"],
      "FILLS start and end (were '1909'/'1913'): listed second, after Macario Pinilla (who 'succeeded' Villazón as First VP), among the VPs of Villazón's presidency 12 Aug 1909 – 14 Aug 1913; then first VP of Montes from 14 Aug 1913. Order second = inferred from Pinilla being First VP. One origin (English Wikipedia).",
      []),
 fill("term-juan-misael-saracho-bo-vice-president-1913", "juan-misael-saracho", "bo-vice-president", "1913-08-14", {},
      ["src-wikiclassic-nodate-election-1913", "src-roqazwiki-nodate-ismael-montes", "src-itqwewiki-nodate-ismael-montes", "src-kiwix-2024-ismael-montes", "src-eldiario-2019-gobernantes-1904"],
      "FILLS start (was '1913'): running mate of Ismael Montes in the election of 4 May 1913 (with José Carrasco Torrico); Montes infobox copies: Saracho FIRST VP (1°/primul) '(1913–1915)' of Montes's term 14 Aug 1913 – 15 Aug 1917; El Diario: Montes's second period began 14 Aug 1913. End stays '1915' (year only). How his tenure ended is NOT established: no page read gives his death date or a resignation (end_reason left 'other' as shipped).",
      []),
 fill("term-jose-carrasco-torrico-bo-second-vice-president-1913", "jose-carrasco-torrico", "bo-second-vice-president", "1913-08-14",
      {"end": "1917-08-15"},
      ["src-wikiclassic-nodate-election-1913", "src-roqazwiki-nodate-ismael-montes", "src-itqwewiki-nodate-ismael-montes", "src-eldiario-2019-gobernantes-1904"],
      "FILLS start and end (were '1913'/'1917'): running mate of Montes (4 May 1913); Montes infobox copies mark him SECOND VP (2°/al doilea) of the term 14 Aug 1913 – 15 Aug 1917 (El Diario gives the same two days). Order now explicit. No page read says he became first VP after Saracho left in 1915.",
      []),
 fill("term-ismael-vazquez-bo-vice-president-1917", "ismael-vazquez", "bo-vice-president", "1917-08-15",
      {"end": "1920-07-12"},
      ["src-wikixio-nodate-gutierrez-guerra", "src-pinocchiopedia-nodate-gutierrez-guerra", "src-xcvwiki-nodate-gutierrez-guerra"],
      "FILLS start and end (were '1917'/'1920'): first VP (1º, pt copy) of José Gutiérrez Guerra, whose presidency ran 15 Aug 1917 – 12 Jul 1920 (English Wikipedia copies; the pt copy has '12 de agosto de 1920' for the end, a translation slip — the shipped bo-president term ends 1920-07-12). Ended by the coup of 12 Jul 1920. Spelling 'Vázquez' as in all pages read (not 'Vásquez'). One origin (English Wikipedia).",
      []),
 fill("term-jose-santos-quinteros-bo-second-vice-president-1917", "jose-santos-quinteros", "bo-second-vice-president", "1917-08-15",
      {"end": "1920-07-12"},
      ["src-wikixio-nodate-gutierrez-guerra", "src-pinocchiopedia-nodate-gutierrez-guerra", "src-xcvwiki-nodate-gutierrez-guerra"],
      "FILLS start and end (were '1917'/'1920'): second VP (2º) of Gutiérrez Guerra, 15 Aug 1917 – 12 Jul 1920 (coup). One origin (English Wikipedia).",
      []),
]
w("fills.json", fills)

vacancies = [
 {"id": "vacancy-bo-vice-president-1915", "office": "bo-vice-president", "start": "1915", "end": "1917-08-15",
  "reason": "First vice presidency without a holder after Juan Misael Saracho's tenure ended in 1915 until Ismael Vázquez took office with Gutiérrez Guerra (15 Aug 1917). The Montes infobox lists only Saracho (1913–1915) as first VP and José Carrasco Torrico as second VP for the whole term; under the 1880 constitution the second VP only replaced the President (he did not move up to the first vice presidency).",
  "sources": ["src-roqazwiki-nodate-ismael-montes", "src-kiwix-2024-ismael-montes", "src-wikipedia-en-nodate-vice-president-bolivia", "src-wikixio-nodate-gutierrez-guerra"],
  "note": "INFERRED: no page read states the vacancy in so many words, and the reason Saracho's tenure ended in 1915 (probably death) is not established. Start has year precision only.",
  "alternatives": []},
]
w("vacancies.json", vacancies)

coverage = [
 {"id": "coverage-bo-vice-president-1904-08-14", "kind": "office", "subject": "bo-vice-president", "start": "1904-08-14", "end": "1920-07-12",
  "sources": ["src-wikipedia-en-nodate-villazon-montano", "src-roqazwiki-nodate-ismael-montes", "src-wikiclassic-nodate-election-1913", "src-wikixio-nodate-gutierrez-guerra"],
  "note": "First vice presidents: Eliodoro Villazón 14 Aug 1904 – 12 Aug 1909 (shipped), Macario Pinilla 12 Aug 1909 – 14 Aug 1913, Juan Misael Saracho 14 Aug 1913 – 1915, VACANCY 1915 – 15 Aug 1917 (inferred, see vacancies.json), Ismael Vázquez 15 Aug 1917 – 12 Jul 1920. Ends exactly where shipped coverage coverage-bo-vice-president-1920-07-12 starts. Rests on the English-Wikipedia infoboxes of Villazón, Montes and Gutiérrez Guerra (several mirrors/translations) and the 1913 election page; days are presidential inauguration days (one origin). Weak points: Saracho's end and the vacancy start have year precision only; the 1915–1917 vacancy is inferred.",
  "alternatives": []},
 {"id": "coverage-bo-second-vice-president-1904-08-14", "kind": "office", "subject": "bo-second-vice-president", "start": "1904-08-14", "end": "1920-07-12",
  "sources": ["src-wikipedia-en-nodate-villazon-montano", "src-roqazwiki-nodate-ismael-montes", "src-itqwewiki-nodate-ismael-montes", "src-wikixio-nodate-gutierrez-guerra"],
  "note": "Second vice presidents: Valentín Abecia Ayllón 14 Aug 1904 – 12 Aug 1909, Juan Misael Saracho 12 Aug 1909 – 14 Aug 1913, José Carrasco Torrico 14 Aug 1913 – 15 Aug 1917, José Santos Quinteros 15 Aug 1917 – 12 Jul 1920 (coup). Days are the presidential inauguration days; order (1°/2°) explicit in the Montes and Gutiérrez Guerra infobox translations, inferred for 1909–13. 1899–1904 (Capriles) not claimed: his end (1903 or 1904) is unresolved. After 12 Jul 1920 the office was never filled again (abolished by the 1921 Convention) — not modelled here.",
  "alternatives": []},
]
w("coverage.json", coverage)

# ---------------- Task 2: Bolivian foreign ministers 1903-1934 (isolated terms, no coverage) ----------------
sources2 = [
 S("src-wikiland-nodate-sanchez-bustamante", "https://wikiland.org/fr/Daniel_S%C3%A1nchez_Bustamante", "Daniel Sánchez Bustamante", "wikiland.org (French machine translation of English Wikipedia)", None, "fr",
   "Infobox: Minister of Foreign Affairs 7 Aug 1909 – 19 Dec 1910 (President Eliodoro Villazón; preceded by 'Benedicto Gómez Goytia et Rodo' [garbled translation], succeeded by José María Escalier); again 5 Mar 1931 – 21 May 1931 (President Daniel Salamanca Urey; preceded by Óscar Mariaca Pando; succeeded by 'Marché de Pascual Bailon' = Pascual Bailón Mercado, translation artefact). Born La Paz 10 Apr 1871, died Buenos Aires 5 Aug 1933."),
 S("src-wikipedia-de-nodate-alberto-diez-de-medina", "https://de.m.wikipedia.org./wiki/Alberto_D%C3%ADez_de_Medina_Lertora", "Alberto Díez de Medina Lertora", "Wikipedia (de)", None, "de",
   "Born La Paz 11 Sep 1877, died Buenos Aires 31 Dec 1932; appointed Foreign Minister by President Hernando Siles on 16 May 1930 as successor of Rafael Torrico Lemoine; held the post until replaced by Filiberto R. Osorio Tellez on 29 Jun 1930 (cites rulers.org 'Bolivia: Foreign Ministers'). His brother Eduardo Díez de Medina Lertora was FM in 1923, 1925-1926 and 1937-1939."),
 S("src-bnp-nodate-diccionario-p447", "http://bdigital.bnp.gob.pe/bnp/recursos/2/flippingbook/1000089754/files/assets/basic-html/page-447.html", "Bolivian biographical dictionary, page 447 (BNP Peru digital library flipbook)", "Biblioteca Nacional del Perú (digital library)", None, "es",
   "Entry 'SANCHEZ BUSTAMANTE, DANIEL (1871-1933)'."),
]
w("sources.json", sources + sources2)

people2 = [
 {"id": "daniel-sanchez-bustamante", "name": "Daniel Sánchez Bustamante", "other_names": ["Daniel Sánchez Bustamante Vásquez"], "aliases": [],
  "birth_date": "1871-04-10", "birth_place": "La Paz, Bolivia", "death_date": "1933-08-05", "death_place": "Buenos Aires, Argentina", "nationalities": ["BO"],
  "sources": ["src-wikiland-nodate-sanchez-bustamante", "src-bnp-nodate-diccionario-p447"],
  "note": "Days from one origin (English Wikipedia via a French translation); the BNP dictionary entry confirms the years 1871-1933. Grandfather of President Gonzalo Sánchez de Lozada per the Carlos Blanco Galindo article (not used as a source here).",
  "alternatives": []},
 {"id": "alberto-diez-de-medina", "name": "Alberto Díez de Medina Lertora", "other_names": ["Alberto Diez de Medina"], "aliases": [],
  "birth_date": "1877-09-11", "birth_place": "La Paz, Bolivia", "death_date": "1932-12-31", "death_place": "Buenos Aires, Argentina", "nationalities": ["BO"],
  "sources": ["src-wikipedia-de-nodate-alberto-diez-de-medina"],
  "note": "Son of Federico Diez de Medina (existing id federico-diez-de-medina), brother of Eduardo (existing id eduardo-diez-de-medina). One source.",
  "alternatives": []},
]
w("people.json", people + people2)

terms = [
 {"id": "term-daniel-sanchez-bustamante-bo-foreign-minister-1909", "person": "daniel-sanchez-bustamante", "office": "bo-foreign-minister",
  "start": "1909-08-07", "end": "1910-12-19", "start_reason": "appointed", "end_reason": "replaced", "acting": False,
  "sources": ["src-wikiland-nodate-sanchez-bustamante"],
  "note": "One source (French translation of the English-Wikipedia infobox). Successor José María Escalier; predecessor shown as 'Benedicto Gómez Goytia et Rodo' (garbled; probably Benedicto Goitia — not verified, not modelled). The infobox gives President Eliodoro Villazón although 7 Aug 1909 precedes Villazón's inauguration (12 Aug 1909). He signed the Polo-Bustamante boundary treaty with Peru (1909).",
  "alternatives": []},
 {"id": "term-alberto-diez-de-medina-bo-foreign-minister-1930", "person": "alberto-diez-de-medina", "office": "bo-foreign-minister",
  "start": "1930-05-16", "end": "1930-06-29", "start_reason": "appointed", "end_reason": "replaced", "acting": False,
  "sources": ["src-wikipedia-de-nodate-alberto-diez-de-medina", "src-archontology-nodate-bo-hos-1920-1964"],
  "note": "German Wikipedia (after rulers.org): appointed by Hernando Siles on 16 May 1930 succeeding Rafael Torrico Lemoine; replaced by Filiberto R. Osorio Tellez on 29 Jun 1930. Archontology lists him first among the Council of Ministers exercising the executive 28 May – 25 Jun 1930 (after Siles's resignation). Start/end days: one source.",
  "alternatives": []},
 {"id": "term-daniel-sanchez-bustamante-bo-foreign-minister-1931", "person": "daniel-sanchez-bustamante", "office": "bo-foreign-minister",
  "start": "1931-03-05", "end": "1931-05-21", "start_reason": "appointed", "end_reason": "replaced", "acting": False,
  "sources": ["src-wikiland-nodate-sanchez-bustamante"],
  "note": "One source (French translation of the English-Wikipedia infobox): President Daniel Salamanca (inaugurated 5 Mar 1931, shipped bo-president term); predecessor Óscar Mariaca Pando; successor Pascual Bailón Mercado (the translation renders 'Mercado' as 'Marché').",
  "alternatives": []},
]
w("terms.json", terms)
print("task2 ok")

print("ok")
