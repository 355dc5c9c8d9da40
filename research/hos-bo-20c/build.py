# Builder for research/hos-bo-20c JSON files (helper script; data only from pages read via search tool)
import json, os
D = os.path.dirname(os.path.abspath(__file__))

S = {}  # key -> source record
def src(key, sid, url, title, publisher, published=None, lang="en", note=None):
    S[key] = {"id": sid, "url": url, "title": title, "publisher": publisher,
              "published": published, "language": lang, "note": note}

# ---------------- sources ----------------
src("archon2064", "src-archontology-nodate-bo-hos-1920-1964", "https://archontology.org/nations/bolivia/00_1920_1964_s.php", "Bolivia: Heads of State: 1920-1964", "Archontology.org")
src("villarroel-fastly", "src-misplacedpages-nodate-villarroel", "https://n.global.ssl.fastly.net/Gualberto_Villarroel_L%C3%B3pez", "Gualberto Villarroel (Wikipedia snapshot)", "Misplaced Pages (Wikipedia copy)")
src("hist6482-enwiki", "src-wikipedia-en-nodate-history-bolivia-1964-1982", "https://en.wikipedia.org/wiki/History_of_Bolivia_(1964%E2%80%931982)", "History of Bolivia (1964–1982)", "Wikipedia")
src("wikisum-1980coup", "src-wikisum-nodate-1980-coup", "https://wikisum.wiki/wiki/1980_Bolivian_coup_d%27%C3%A9tat", "1980 Bolivian coup d'état", "WikiSum")
src("mcn-pando", "src-mcnbiografias-nodate-pando", "https://www.mcnbiografias.com/app-bio/do/show?key=pando-jose-manuel", "Pando, José Manuel (1848-1917)", "MCN Biografías", lang="es")
src("eldiario-pando", "src-eldiario-nodate-pando", "https://pub.eldiario.net/diario/gobe.html", "José Manuel Pando", "El Diario (La Paz)", lang="es")
src("maestromason-pando", "src-maestromason-201408-pando", "https://maestromason.blogspot.com/2014/08/muchas-felicidades-pando-feliz.html?m=0", "Muchas felicidades Pando", "maestromason (blog)", lang="es")
src("uncensored-pando", "src-uncensoredwiki-2015-pando", "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Jos%C3%A9_Manuel_Pando.html", "José Manuel Pando (Wikipedia 2015 copy)", "the-uncensored-wiki (Wikipedia copy)")
src("historica-pando", "src-historicafandom-nodate-pando", "https://historica.fandom.com/wiki/Jose_Manuel_Pando", "Jose Manuel Pando", "Historica Wiki (fandom)", note="Fan wiki; used only as secondary confirmation.")
src("frwiki-pando", "src-wikipedia-fr-nodate-pando", "https://fr.wikipedia.org/wiki/Jos%C3%A9_Manuel_Pando", "José Manuel Pando", "Wikipédia (fr)", lang="fr")
src("montes-movatter", "src-movatter-nodate-ismael-montes", "http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FIsmael_Montes", "Ismael Montes (Wikipedia via movatter)", "Wikipedia (movatter copy)")
src("ibolivia-montes", "src-ibolivia-nodate-ismael-montes", "https://www.ibolivia.net/index.php/presidentes-de-bolivia/ismael-montes-gamboa", "Ismael Montes Gamboa (Vigésimo sexto presidente)", "iBolivia", lang="es")
src("eldiario-1904", "src-eldiario-2019-gobernantes-1904", "https://pub.eldiario.net/movil/back_30_04_2019/?h=61&n=114", "Gobernantes de Bolivia en 1904", "El Diario (La Paz)", lang="es")
src("enwiki-villazon", "src-wikipedia-en-nodate-villazon", "https://en.wikipedia.org/wiki/Eliodoro_Villaz%C3%B3n", "Eliodoro Villazón", "Wikipedia")
src("iiab-villazon", "src-iiab-2023-villazon", "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Eliodoro_Villaz%C3%B3n_Monta%C3%B1o", "Eliodoro Villazón (Wikipedia 2023 copy)", "Internet-in-a-Box (Wikipedia copy)")
src("mcn-villazon", "src-mcnbiografias-nodate-villazon", "https://mcnbiografias.com/app-bio/do/villazon-eliodoro", "Villazón, Eliodoro (1848-1939)", "MCN Biografías", lang="es")
src("encyc-villazon", "src-encyclopediacom-nodate-villazon", "https://www.encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/villazon-eliodoro-1848-1940", "Villazón, Eliodoro (1848–1940)", "Encyclopedia.com")
src("infokontak-gg", "src-infokontak-nodate-gutierrez-guerra", "https://infokontak.com/es/José_Gutiérrez_Guerra", "José Gutiérrez Guerra", "infokontak (Wikipedia copy)", lang="es")
src("oxigeno-gg", "src-oxigeno-2017-gutierrez-guerra", "https://oxigeno.bo/22420", "1917 - 2017 / La tumba de Gutiérrez Guerra", "Oxígeno", lang="es")
src("encyc-gg", "src-encyclopediacom-nodate-gutierrez-guerra", "https://encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/gutierrez-guerra-jose-1869-1929", "Gutiérrez Guerra, José (1869–1929)", "Encyclopedia.com")
src("ptxcv-gg", "src-xcvwiki-nodate-gutierrez-guerra", "https://pt.xcv.wiki/wiki/Jose_Gutierrez_Guerra", "José Gutiérrez Guerra", "xcv.wiki (Wikipedia translation)", lang="pt")
src("timeline-gg", "src-timeline-nodate-gutierrez-guerra", "https://www.timeline.cl/jose-gutierrez-guerra-el-ultimo-presidente-liberal-de-bolivia-que-murio-exiliado-en-antofagasta/", "José Gutiérrez Guerra, el último presidente liberal de Bolivia que murió exiliado en Antofagasta", "Timeline (Antofagasta)", lang="es")
src("enwiki-saavedra", "src-wikipedia-en-nodate-bautista-saavedra", "https://en.m.wikipedia.org/wiki/Bautista_Saavedra", "Bautista Saavedra", "Wikipedia")
src("qaedu-saavedra", "src-qaeduvn-nodate-bautista-saavedra", "https://qa.edu.vn/en/Bautista_Saavedra", "Bautista Saavedra (Wikipedia copy)", "qa.edu.vn (Wikipedia copy)")
src("thebiography-saavedra", "src-thebiography-nodate-bautista-saavedra", "https://thebiography.us/en/saavedra-bautista", "Biography of Bautista Saavedra (1870-1939)", "thebiography.us")
src("kiddle-junta1920", "src-kiddle-nodate-junta-1920", "https://ninos.kiddle.co/Junta_de_Gobierno_de_Transici%C3%B3n", "Junta de Gobierno de Transición para niños", "Kiddle (Wikipedia adaptation)", lang="es")
src("blog-saavedra1921", "src-historiasbolivia-201806-saavedra-1921", "https://historias-bolivia.blogspot.com/2018/06/28-de-enero-de-1921-bautista-saavedra.html?m=1", "28 de enero de 1921.- Bautista Saavedra es elegido presidente de Bolivia", "Historias de Bolivia (blog)", lang="es")
src("academialab-saavedra", "src-academialab-nodate-bautista-saavedra", "https://academia-lab.com/enciclopedia/bautista-saavedra", "Bautista Saavedra", "Academia Lab", lang="es")
src("wp2007-guzman", "src-wikipedia2007-nodate-felipe-guzman", "https://wikipedia2007.classicistranieri.com/f/e/l/Felipe_S._Guzm%C3%A1n_cc61.html", "Felipe S. Guzmán (Wikipedia 2007 copy)", "classicistranieri (Wikipedia 2007 copy)")
src("bnp-presidentes", "src-bnp-nodate-presidentes-p386", "http://bdigital.bnp.gob.pe/bnp/recursos/2/flippingbook/1000089754/files/assets/basic-html/page-386.html", "Digitised book (p. 386): Saavedra, Felipe Segundo Guzmán", "Biblioteca Nacional del Perú (digital)", lang="es", note="OCR text of a digitised book; title of the book not shown in the excerpt.")
src("bnp-1899", "src-bnp-nodate-presidentes-p268", "http://bdigital.bnp.gob.pe/bnp/recursos/2/flippingbook/1000089754/files/assets/basic-html/page-268.html", "Digitised book (p. 268): Federal revolution 1898-1899", "Biblioteca Nacional del Perú (digital)", lang="es", note="OCR text; a date in the junta decree is garbled.")
src("bnp-1946", "src-bnp-nodate-presidentes-p390", "http://bdigital.bnp.gob.pe/bnp/recursos/2/flippingbook/1000089754/files/assets/basic-html/page-390.html", "Digitised book (p. 390): Néstor Guillén", "Biblioteca Nacional del Perú (digital)", lang="es", note="OCR text.")
src("bnp-1930", "src-bnp-nodate-presidentes-p281", "http://bdigital.bnp.gob.pe/bnp/recursos/2/flippingbook/1000089754/files/assets/basic-html/page-281.html", "Digitised book (p. 281): 1930", "Biblioteca Nacional del Perú (digital)", lang="es", note="OCR text.")
src("knowpia-siles", "src-knowpia-nodate-hernando-siles", "https://es.knowpia.com/knowpedia/Hernando_Siles", "Hernando Siles (Wikipedia copy)", "Knowpia", lang="es")
src("qaedu-siles", "src-qaeduvn-nodate-hernando-siles", "https://ja.qa.edu.vn/en/Hernando_Siles", "Hernando Siles (Wikipedia copy)", "qa.edu.vn (Wikipedia copy)")
src("zxc-siles", "src-zxcwiki-nodate-hernando-siles", "https://de.zxc.wiki/wiki/Hernando_Siles_Reyes", "Hernando Siles Reyes", "zxc.wiki (Wikipedia translation)")
src("prabook-siles", "src-prabook-nodate-hernando-siles", "https://prabook.com/web/hernando.siles_reyes/1346435", "Hernando Siles Reyes", "Prabook")
src("lapatria-1930", "src-lapatria-nodate-golpe-al-vacio", "https://lapatria.com/opinion/columnistas/luis-guillermo-giraldo-hurtado/bolivia-golpe-de-estado-al-vacio", "Bolivia: golpe de Estado al vacío", "La Patria (Colombia), column", lang="es")
src("ipfs-blanco", "src-wikipediaipfs-nodate-blanco-galindo", "https://en.wikipedia-on-ipfs.org/wiki/Carlos_Blanco_Galindo", "Carlos Blanco Galindo (Wikipedia on IPFS)", "Wikipedia on IPFS")
src("knowledger-blanco", "src-knowledger-nodate-blanco-galindo", "http://fr.knowledger.de/02732179/CarlosBlancoGalindo", "Carlos Blanco Galindo", "knowledger.de (Wikipedia translation)", lang="fr")
src("eswiki-salamanca", "src-wikipedia-es-nodate-salamanca", "https://es.m.wikipedia.org./wiki/Daniel_Salamanca_Urey", "Daniel Salamanca", "Wikipedia (es)", lang="es")
src("boliviapedia-salamanca", "src-boliviapedia-nodate-salamanca", "https://boliviapedia.com/daniel-salamanca-urey", "Daniel Salamanca Urey", "Boliviapedia", lang="es")
src("wikiwand-tejada", "src-wikiwand-nodate-tejada-sorzano", "https://wikiwand.com/en/articles/Jos%C3%A9_Luis_Tejada_Sorzano", "José Luis Tejada Sorzano", "Wikiwand (Wikipedia)")
src("factindex-tejada", "src-factindex-nodate-tejada-sorzano", "http://fact-index.com/j/jo/jose_luis_tejada_sorzano.html", "José Luis Tejada Sorzano", "Fact-index (old Wikipedia copy)")
src("ipfs-tejada", "src-wikipediaipfs-nodate-tejada-sorzano", "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Jos%C3%A9_Luis_Tejada_Sorzano", "José Luis Tejada Sorzano (Wikipedia on IPFS)", "Wikipedia on IPFS")
src("ipfs-busch", "src-wikipediaipfs-nodate-busch", "https://en.wikipedia-on-ipfs.org/wiki/Germ%C3%A1n_Busch", "Germán Busch (Wikipedia on IPFS)", "Wikipedia on IPFS")
src("perceptiopt-toro", "src-perceptio-nodate-toro", "https://perceptiopt.com/Торо_Руйлова,_Хосе_Давид", "David Toro (translated Russian Wikipedia)", "perceptiopt.com", lang="pt")
src("qdquasar-toro", "src-qdquasar-201207-toro", "http://qdquasar.blogspot.com/2012/07/presidentes-de-bolivia-toro.html", "Presidentes de Bolivia: Toro", "qdquasar (blog)", lang="es")
src("esacademic-toro", "src-esacademic-nodate-toro", "https://es-academic.com/dic.nsf/eswiki/334124", "David Toro (Wikipedia es copy)", "es-academic", lang="es")
src("enwikipedianet-toro", "src-enwikipedianet-nodate-toro", "https://enwikipedia.net/wiki/David_Toro", "David Toro (Wikipedia copy)", "enwikipedia.net")
src("enwiki-junta3638", "src-wikipedia-en-nodate-junta-1936-1938", "https://en.wikipedia.org/wiki/Government_Junta_of_Bolivia_(1936%E2%80%931938)", "Government Junta of Bolivia (1936–1938)", "Wikipedia")
src("wikisum-1936", "src-wikisum-nodate-1936-coup", "https://wikisum.wiki/wiki/1936_Bolivian_coup_d%27%C3%A9tat", "1936 Bolivian coup d'état", "WikiSum")
src("historiacombo-1936", "src-historiacombo-nodate-16-mayo", "https://www.historia.com.bo/la_paz/mayo/16", "La Paz: 16 de mayo", "historia.com.bo", lang="es")
src("enwiki-quintanilla", "src-wikipedia-en-nodate-quintanilla", "https://en.m.wikipedia.org/wiki/Carlos_Quintanilla", "Carlos Quintanilla", "Wikipedia")
src("perceptiofr-quintanilla", "src-perceptio-nodate-quintanilla", "https://perceptiofr.com/Кинтанилья_Кирога,_Карлос", "Carlos Quintanilla Quiroga (translated Russian Wikipedia)", "perceptiofr.com", lang="fr")
src("notas-quintanilla", "src-notashistoriabolivia-201308-quintanilla", "https://notasdelahistoriadebolivia.blogspot.com/2013/08/carlos-quintanilla-quiroga-1939-1940.html", "Carlos Quintanilla Quiroga (1939-1940)", "Notas de la historia de Bolivia (blog)", "2013-08-09", lang="es")
src("enwiki-penaranda", "src-wikipedia-en-nodate-penaranda", "https://en.wikipedia.org/wiki/Enrique_Pe%C3%B1aranda", "Enrique Peñaranda", "Wikipedia")
src("kampuspedia-penaranda", "src-kampuspedia-nodate-penaranda", "https://kampuspedia.com/es/Enrique_Peñaranda", "Enrique Peñaranda", "Kampuspedia (Wikipedia copy)", lang="es")
src("digplanet-penaranda", "src-digplanet-nodate-penaranda", "http://www.digplanet.com/wiki/Enrique_Pe%C3%B1aranda", "Enrique Peñaranda", "digplanet (Wikipedia copy)")
src("encyc-penaranda", "src-encyclopediacom-nodate-penaranda", "https://encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/penaranda-del-castillo-enrique-1892-1969", "Peñaranda del Castillo, Enrique (1892–1969)", "Encyclopedia.com")
src("enwiki-junta4647", "src-wikipedia-en-nodate-junta-1946-1947", "https://en.wikipedia.org/wiki/Government_Junta_of_Bolivia_(1946%E2%80%931947)", "Government Junta of Bolivia (1946–1947)", "Wikipedia")
src("encycloreader-junta4647", "src-encycloreader-nodate-junta-1946-1947", "https://encycloreader.org/r/wikipedia.php?q=Government_Junta_of_Bolivia_%281946%E2%80%931947%29", "Government Junta of Bolivia (1946–1947)", "EncycloReader (Wikipedia copy)")
src("wikimili-junta4647", "src-wikimili-nodate-junta-1946-1947", "https://wikimili.com/en/Government_Junta_of_Bolivia_(1946–1947)", "Government Junta of Bolivia (1946–1947)", "WikiMili (Wikipedia copy)")
src("frqaz-monje", "src-qazwiki-nodate-monje", "https://fr.qaz.wiki/wiki/Tom%C3%A1s_Monje", "Tomás Monje", "qaz.wiki (Wikipedia translation)", lang="fr")
src("academialab-monje", "src-academialab-nodate-monje", "https://academia-lab.com/enciclopedia/tomas-monje", "Tomás Monje", "Academia Lab", lang="es")
src("nina-hertzog", "src-ninaaz-nodate-hertzog", "https://www.wiki3.es-es.nina.az/Enrique_Hertzog_Garaizabal.html", "Enrique Hertzog (Wikipedia es copy)", "nina.az (Wikipedia copy)", lang="es")
src("ast-hertzog", "src-astwiki-nodate-hertzog", "https://sivegame.netlify.app/host-https-ast.wikipedia.org/wiki/Enrique_Hertzog", "Enrique Hertzog (Asturian Wikipedia copy)", "Wikipedia (ast) copy", lang="es")
src("outremer-hertzogcab", "src-outremer-2023-cabinet-hertzog", "https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Cabinet_of_Enrique_Hertzog", "Cabinet of Enrique Hertzog (Wikipedia 2023 copy)", "wiki.outremer.quest (Wikipedia copy)")
src("encyc-hertzog", "src-encyclopediacom-nodate-hertzog", "https://www.encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/hertzog-garaizabal-enrique-1897-1981", "Hertzog Garaizabal, Enrique (1897–1981)", "Encyclopedia.com")
src("oxigeno-1947", "src-oxigeno-2017-hertzog-urriolagoitia", "https://oxigeno.bo/20765", "Bolivia - 1947 -70 años- A la sombra de los colgados", "Oxígeno", lang="es")
src("qaz-urriolagoitia", "src-qazwiki-nodate-urriolagoitia", "https://pt.qaz.wiki/wiki/Mamerto_Urriolagoit%C3%ADa", "Mamerto Urriolagoitía", "qaz.wiki (Wikipedia translation)", lang="pt")
src("mapolist-urriolagoitia", "src-mapolist-nodate-urriolagoitia", "https://mapolist.com/country/famous-people/9843", "Mamerto Urriolagoitía", "Mapolist (Wikipedia copy)")
src("infogalactic-urriolagoitia", "src-infogalactic-nodate-urriolagoitia", "https://infogalactic.com/info/Mamerto_Urriolagoit%C3%ADa", "Mamerto Urriolagoitía", "Infogalactic (Wikipedia fork)")
src("dbpedia-ballivian", "src-dbpedia-2021-ballivian", "https://triplydb.com/DBpedia-association/snapshot-2021-06/browser?resource=http%3A%2F%2Fdbpedia.org%2Fresource%2FHugo_Ballivi%C3%A1n", "Hugo Ballivián (DBpedia snapshot 2021-06)", "DBpedia / TriplyDB")
src("itxcv-ballivian", "src-xcvwiki-nodate-ballivian", "https://it.xcv.wiki/wiki/Hugo_Ballivi%C3%A1n", "Hugo Ballivián", "xcv.wiki (Wikipedia translation)", lang="it")
src("esfrwiki-ballivian", "src-frwikiwiki-nodate-ballivian", "https://es.frwiki.wiki/wiki/Hugo_Ballivi%C3%A1n_Rojas", "Hugo Ballivián", "frwiki.wiki (Wikipedia translation)", lang="es")
src("calendarz-ballivian", "src-calendarz-nodate-ballivian", "https://www.calendarz.com/es/amp/on-this-day/april/9/hugo-ballivian", "9 de abril: Hugo Ballivián", "Calendarz", lang="es")
src("ecured-siles", "src-ecured-nodate-hernan-siles-zuazo", "https://www.ecured.cu/Hern%C3%A1n_Siles_Zuazo", "Hernán Siles Zuazo", "EcuRed", lang="es")
src("mcn-siles", "src-mcnbiografias-nodate-siles-zuazo", "https://mcnbiografias.com/app-bio/do/siles-zuazo-hernan", "Siles Zuazo, Hernán (1913 – 1996)", "MCN Biografías", lang="es")
src("academialab-siles", "src-academialab-nodate-siles-zuazo", "https://academia-lab.com/enciclopedia/hernan-siles-zuazo", "Hernán Siles Zuazo", "Academia Lab", lang="es")
src("eswiki-paz", "src-wikipedia-es-nodate-paz-estenssoro-20c", "https://es.m.wikipedia.org/wiki/V%C3%ADctor_Paz_Estenssoro", "Víctor Paz Estenssoro", "Wikipedia (es)", lang="es")
src("blog-paz1952", "src-historiasbolivia-201710-paz-1952", "http://historias-bolivia.blogspot.com/2017/10/15-de-abril-de-1952-llegada-de-victor.html", "15 de abril de 1952.- Llegada de Víctor Paz Estenssoro al aeropuerto de El Alto", "Historias de Bolivia (blog)", lang="es")
src("ibolivia-barrientos-ovando", "src-ibolivia-nodate-barrientos-ovando", "https://www.ibolivia.net/historia/gobierno-de-barrientos-y-ovando-de-ovando-de-barrientos-y-siles-salinas", "Gobierno de Barrientos y Ovando; de Ovando, de Barrientos, y Siles Salinas", "iBolivia", lang="es")
src("piglix-barrientos", "src-piglix-nodate-barrientos", "http://piglix.com/piglix/Ren%C3%A9_Barrientos", "René Barrientos", "piglix (Wikipedia copy)")
src("infoplease-barrientos", "src-infoplease-2024-barrientos", "https://www.infoplease.com/encyclopedia/people/history/bolivia/barrientos-ortuno-rene", "Barrientos Ortuño, René (Columbia Electronic Encyclopedia)", "Infoplease", "2024")
src("eswiki-golpe1964", "src-wikipedia-es-nodate-golpe-1964", "https://es.m.wikipedia.org/wiki/Golpe_de_Estado_en_Bolivia_de_1964", "Golpe de Estado en Bolivia de 1964", "Wikipedia (es)", lang="es")
src("deptabcdef-ovando", "src-abcdefwiki-nodate-ovando", "https://dept.abcdef.wiki/wiki/Alfredo_Ovando_Cand%C3%ADa", "Alfredo Ovando Candía (German Wikipedia translation)", "abcdef.wiki", lang="pt")
src("historica-ovando", "src-historicafandom-nodate-ovando", "https://historica.fandom.com/wiki/Alfredo_Ovando_Candia", "Alfredo Ovando Candia", "Historica Wiki (fandom)", note="Fan wiki; secondary confirmation only.")
src("zeit-1966", "src-zeit-1966-barrientos", "https://www.zeit.de/1966/28/der-general-machte-das-rennen", "Der General machte das Rennen", "Die Zeit", "1966", lang="de")
src("kiddle-silessalinas", "src-kiddle-nodate-siles-salinas", "https://kids.kiddle.co/Luis_Adolfo_Siles", "Luis Adolfo Siles facts for kids", "Kiddle (Wikipedia adaptation)")
src("blogmex-silessalinas", "src-biografiasmexicanos-201405-siles-salinas", "http://biografias-mexicanos-celebres.blogspot.com/2014/05/luis-adolfo-siles-salinas.html", "Luis Adolfo Siles Salinas", "biografias-mexicanos-celebres (blog)", lang="es")
src("mcn-silessalinas", "src-mcnbiografias-nodate-siles-salinas", "https://mcnbiografias.com/app-bio/do/siles-salinas-luis-adolfo", "Siles Salinas, Luis Adolfo (1925-2005)", "MCN Biografías", lang="es")
src("oocities-torres", "src-oocities-nodate-torres", "http://oocities.org/eureka/vault/5874/bolivia/presidentes/50_juan_jose_torres_g.html", "Juan José Torres Gonzáles", "oocities (archived GeoCities page citing presidencia.gov.bo)", lang="es")
src("historica-torres", "src-historicafandom-nodate-torres", "https://historica.fandom.com/wiki/Juan_Jose_Torres", "Juan Jose Torres", "Historica Wiki (fandom)", note="Fan wiki; secondary confirmation only.")
src("redescuela-torres", "src-redescuela-nodate-torres", "http://redescuela.org/WikiEscuela/JuanJoseTorresGonzales?action=diff&minor=y&source=n", "Gobierno de Juan José Torres Gonzales (1970 – 1971)", "WikiEscuela (redescuela.org)", lang="es")
src("hemeroteca-torres", "src-hemerotecabuitre-19701007-torres", "https://lahemerotecadelbuitre.com/piezas/el-general-juan-jose-torres-se-convierte-en-el-nuevo-dictador-de-bolivia-tras-otro-golpe-de-estado-y-anuncia-un-gobierno-mas-progresista-y-social/", "El general Juan José Torres se convierte en el nuevo dictador de Bolivia", "La Hemeroteca del Buitre", "1970-10-07", lang="es", note="Date is the event date shown by the page.")
src("sumandovoces-1970", "src-sumandovoces-nodate-cinco-presidentes", "https://sumandovoces.com.bo/cinco-presidentes-en-un-dia", "Cinco presidentes en un día", "Sumando Voces / Lo Que Se Calló", lang="es")
src("eswiki-golpes1970", "src-wikipedia-es-nodate-golpes-1970", "http://es.wikipedia.org./wiki/Golpes_de_Estado_en_Bolivia_de_1970", "Golpes de Estado en Bolivia de 1970", "Wikipedia (es)", lang="es")
src("rebelion-1970", "src-rebelion-nodate-seis-presidentes", "https://rebelion.org/el-dia-que-bolivia-tuvo-seis-presidentes", "El día que Bolivia tuvo seis presidentes", "Rebelión", lang="es")
src("thebiography-pereda", "src-thebiography-nodate-pereda", "https://thebiography.us/en/pereda-asbun-juan", "Biography of Juan Pereda Asbún", "thebiography.us")
src("ipfs-pereda", "src-wikipediaipfs-nodate-pereda", "https://en.wikipedia-on-ipfs.org/wiki/Juan_Pereda", "Juan Pereda (Wikipedia on IPFS)", "Wikipedia on IPFS")
src("bioyvidas-pereda", "src-biografiasyvidas-nodate-pereda", "https://biografiasyvidas.com/biografia/p/pereda_asbun.htm", "Juan Pereda Asbún", "Biografías y Vidas", lang="es")
src("ptwiki-padilla", "src-wikipedia-pt-nodate-padilla", "http://pt.m.wiki.x.io/wiki/David_Padilla_Arancibia", "David Padilla Arancibia", "Wikipedia (pt) copy", lang="pt")
src("itxcv-padilla", "src-xcvwiki-nodate-padilla", "https://it.xcv.wiki/wiki/David_Padilla", "David Padilla", "xcv.wiki (Wikipedia translation)", lang="it")
src("mundoandino-padilla", "src-mundoandino-nodate-padilla", "http://www.mundoandino.com/Bolivia/David-Padilla", "David Padilla", "MundoAndino")
src("enwiki-guevara", "src-wikipedia-en-nodate-walter-guevara", "https://en.wikipedia.org/wiki/W%C3%A1lter_Guevara", "Wálter Guevara", "Wikipedia")
src("gutenberg-guevara", "src-worldlibrary-nodate-walter-guevara", "http://self.gutenberg.org/article/WHEBN0006202323/W%C3%A1lter%20Guevara", "Wálter Guevara (World Heritage Encyclopedia)", "World Library (self.gutenberg.org)")
src("perceptiofr-guevara", "src-perceptio-nodate-walter-guevara", "https://perceptiofr.com/%D0%92%D0%B0%D0%BB%D1%8C%D1%82%D0%B5%D1%80_%D0%93%D0%B5%D0%B2%D0%B0%D1%80%D0%B0", "Guevara, Walter (translated Russian Wikipedia)", "perceptiofr.com", lang="fr")
src("ahora-natusch", "src-ahoraelpueblo-20231101-todos-santos", "https://ahoraelpueblo.bo/index.php/nacional/politica/el-golpe-de-estado-de-todos-santos-breve-y-sangriento", "El golpe de Estado de Todos Santos, breve y sangriento", "Ahora El Pueblo", "2023-11-01", lang="es")
src("justicia-natusch", "src-minjusticia-nodate-natusch", "https://paseodelamemoria.justicia.gob.bo/dictador/albertonatuschbusch", "Alberto Natusch Busch", "Ministerio de Justicia de Bolivia – Paseo de la Memoria", lang="es")
src("blog-natusch16", "src-historiasbolivia-201708-natusch", "https://historias-bolivia.blogspot.com/2017/08/natusch-renuncia-los-16-dias-despues.html?m=0", "Natusch renuncia a los 16 días (nota de La Razón, 1 Nov 2012)", "Historias de Bolivia (blog, reprint of La Razón)", lang="es")
src("lapaz-natusch", "src-gamlp-nodate-natusch", "https://www.lapaz.bo/memoria/gobierno-natusch-busch/", "Gobierno de Natusch Busch", "Gobierno Autónomo Municipal de La Paz", lang="es")
src("caracol-gueiler", "src-caracol-20110509-gueiler", "https://caracol.com.co/radio/2011/05/09/internacional/1304931900_468572.html?primarySection=%2Factualidad%2Fpolitica", "Fallece Lidia Gueiler, primera mujer presidenta de Bolivia", "Caracol Radio", "2011-05-09", lang="es")
src("dwb-gueiler", "src-dailyworldbuzz-201105-gueiler", "http://daily-world-buzz.blogspot.com/2011/05/lidia-gueiler-dies-unique-head-of-state.html", "Lidia Gueiler dies, unique head of state", "daily-world-buzz (blog)", "2011-05")
src("maoistas-1980", "src-maoistasbolivianos-20190717-golpe-cocaina", "http://maoistasbolivianos.blogspot.com/2019/07/el-golpe-militar-de-la-cocaina.html", "El golpe militar de la cocaína", "maoistasbolivianos (blog)", "2019-07-17", lang="es")
src("ptwiki-junta1980", "src-wikipedia-pt-nodate-junta-1980", "http://pt.wikipedia.org/wiki/Junta_de_Comandantes_das_For%C3%A7as_Armadas_da_Bol%C3%ADvia_(1980)", "Junta de Comandantes das Forças Armadas da Bolívia (1980)", "Wikipédia (pt)", lang="pt")
src("ecured-garciameza", "src-ecured-nodate-garcia-meza", "https://www.ecured.cu/Luis_Garc%C3%ADa_Meza", "Luis García Meza", "EcuRed", lang="es")
src("justicia-1980", "src-minjusticia-nodate-gueiler-1980", "https://paseodelamemoria.justicia.gob.bo/hecho/intento-de-asesinato-de-la-pdta-lydia-gueiler-7-de-junio-de-1980", "Intento de asesinato de la Pdta. Lydia Gueiler (7 de junio de 1980)", "Ministerio de Justicia de Bolivia – Paseo de la Memoria", lang="es")
src("treccani-garciameza", "src-treccani-nodate-garcia-meza", "http://156.54.191.164/enciclopedia/meza-tejada-luis-garcia", "Meza Tejada, Luis García", "Treccani (enciclopedia, mirror IP)", lang="it")
src("ptqwe-list", "src-qwewiki-nodate-lista-presidentes", "https://pt.qwe.wiki/wiki/Bolivian_President", "Lista dos presidentes da Bolívia", "qwe.wiki (Wikipedia translation)", lang="pt")
src("itabcdef-list", "src-abcdefwiki-nodate-elenco-presidenti", "https://it.abcdef.wiki/wiki/Bolivian_President", "Elenco dei presidenti della Bolivia", "abcdef.wiki (Wikipedia translation)", lang="it")
src("educa-junta1981", "src-educa-nodate-junta-1981-torrelio", "https://www.educa.com.bo/la-nacion-sin-rumbo-1978-1982/la-junta-torrelio-bernal-pammo-1981-celso-torrelio-1933-1999", "La junta Torrelio-Bernal-Pammo (1981). Celso Torrelio (1933-1999)", "Educa (educa.com.bo)", lang="es")
src("csmonitor-1981", "src-csmonitor-19810806-bolivian-rebels", "https://csmonitor.com/1981/0806/080626.html", "Bolivian rebels oppose new junta", "The Christian Science Monitor", "1981-08-06")
src("kampuspedia-torrelio", "src-kampuspedia-nodate-torrelio", "https://kampuspedia.com/es/Celso_Torrelio", "Celso Torrelio", "Kampuspedia (Wikipedia copy)", lang="es")
src("ptwiki34-torrelio", "src-wiki34-nodate-torrelio", "https://pt.wiki34.com/wiki/Celso_Torrelio_Villa", "Celso Torrelio (Spanish Wikipedia translation)", "wiki34", lang="pt")
src("gutenberg-torrelio", "src-worldlibrary-nodate-torrelio", "http://self.gutenberg.org/articles/eng/Celso_Torrelio", "Celso Torrelio (World Heritage Encyclopedia)", "World Library (self.gutenberg.org)")
src("universalis-1982", "src-universalis-nodate-juillet-1982", "https://universalis.fr/evenement/15-21-juillet-1982-remplacement-du-general-torrelio-par-le-general-vildoso-a-la-tete-de-l-etat", "15-21 juillet 1982. Bolivie. Remplacement du général Torrelio par le général Vildoso à la tête de l'État", "Encyclopædia Universalis", lang="fr")
src("wikious-vildoso", "src-wikious-nodate-vildoso", "https://wikious.com/en/Guido_Vildoso", "Guido Vildoso", "wikious (Wikipedia copy)")
src("paginasiete-1982", "src-paginasiete-nodate-10-octubre-1982", "https://www.paginasiete.bo/especial02/cronica-del-10-de-octubre-de-1982-MA4534079", "Crónica del 10 de octubre de 1982", "Página Siete", lang="es")
src("ptqaz-junta1899", "src-qazwiki-nodate-junta-federal-1899", "https://pt.qaz.wiki/wiki/Federal_Government_Junta_of_Bolivia,_1899", "Junta de Governo Federal da Bolívia, 1899", "qaz.wiki (Wikipedia translation)", lang="pt")
src("blog-alonso", "src-historiasbolivia-201805-alonso", "https://historias-bolivia.blogspot.com/2018/05/las-dramaticas-ultimas-horas-del-doctor.html?m=0", "Las dramáticas últimas horas del doctor Alonso (Luis S. Crespo, Nuevos Horizontes)", "Historias de Bolivia (blog)", lang="es")
src("enwiki-vp", "src-wikipedia-en-nodate-vice-president-bolivia", "https://en.wikipedia.org/wiki/Vice_President_of_Bolivia", "Vice President of Bolivia (older revision)", "Wikipedia")
src("searchcomvn-vp", "src-searchcomvn-nodate-vice-president-bolivia", "https://search.com.vn/wiki/en/Vice_President_of_Bolivia", "Vice President of Bolivia (Wikipedia copy)", "search.com.vn (Wikipedia copy)")
src("opinion-perezvelasco", "src-opinion-20210307-perez-velasco", "https://www.opinion.com.bo/articulo/ramona/perez-velasco-politico-liberal-siglo/20210307012751810480.html", "Pérez Velasco: un político liberal de un siglo al otro", "Opinión (Cochabamba)", "2021-03-07", lang="es")
src("blog-mesa-vps", "src-historiasbolivia-201805-discrepancias-vp", "https://historias-bolivia.blogspot.com/2018/05/las-discrepancias-entre-el-presidente-y.html?m=0", "Las discrepancias entre el Presidente y el Vicepresidente (from Carlos D. Mesa, Presidentes de Bolivia: entre urnas y fusiles)", "Historias de Bolivia (blog)", lang="es")
src("cryer-chavez", "src-cryer-nodate-nuflo-chavez", "http://cryer.org.uk/%c3%91uflo_Ch%c3%a1vez_Ortiz", "Ñuflo Chávez Ortiz Explained", "cryer.org.uk (Wikipedia copy)")
src("theinfolist-chavez", "src-theinfolist-nodate-nuflo-chavez", "https://theinfolist.com/html/ALL/s//Ñuflo_Chávez_Ortiz.html", "Ñuflo Chávez Ortiz", "TheInfoList (Wikipedia copy)")
src("enwiki-lechin", "src-wikipedia-en-nodate-lechin", "https://en.wikipedia.org/wiki/Juan_Lech%C3%ADn", "Juan Lechín", "Wikipedia")
src("riteme-lechin", "src-riteme-nodate-lechin", "https://wiki.riteme.site/wiki/Lech%C3%ADn,_Juan", "Juan Lechín (Wikipedia copy)", "wiki.riteme.site (Wikipedia copy)")
src("livda-garrett", "src-livda-2025-garrett", "https://wiki.livda.fr/content/wikipedia_fr_all_nopic_2025-08/Julio_Garrett_Ayll%C3%B3n", "Julio Garrett Ayllón (Wikipédia fr 2025 copy)", "wiki.livda.fr (Wikipedia copy)", lang="fr")
src("frwiki-ossio", "src-wikipedia-fr-nodate-ossio", "https://fr.m.wikipedia.org/wiki/Luis_Ossio_Sanjin%C3%A9s", "Luis Ossio Sanjinés", "Wikipédia (fr)", lang="fr")
src("wikispooks-vp", "src-wikispooks-nodate-bolivia-vp", "https://wikispooks.com/wiki/Bolivia/Vice_President", "Bolivia/Vice President", "Wikispooks")
src("eldeber-vps1982", "src-eldeber-202510-noveno-vicepresidente", "https://front-eldeber-prod-d2cf0b7a0e20.herokuapp.com/pais/2025-10-7-19-43-15-bolivia-elegira-al-noveno-vicepresidente-desde-el-retorno-de-la-democracia", "Bolivia elegirá al noveno vicepresidente desde el retorno de la democracia", "El Deber", "2025-10-07", lang="es")
src("enfoque-vps", "src-enfoquenews-20250903-vicepresidencia", "https://enfoquenews.com.bo/2025/09/03/vicepresidencia-la-pega-golpista-de-la-democracia-boliviana", "Vicepresidencia, la pega golpista de la democracia boliviana", "Enfoque News", "2025-09-03", lang="es")
src("defzone-cardenas", "src-defzone-nodate-cardenas", "https://defzone.net/wiki/es/Víctor_Hugo_Cárdenas", "Víctor Hugo Cárdenas (Wikipedia es copy)", "defzone.net (Wikipedia copy)", lang="es")
src("pinocchio-cardenas", "src-pinocchiopedia-nodate-cardenas", "https://pinocchiopedia.com/wiki/V%C3%ADctor_Hugo_C%C3%A1rdenas", "Víctor Hugo Cárdenas (Wikipedia copy)", "pinocchiopedia (Wikipedia copy)")
src("perceptiofr-garcialinera", "src-perceptio-nodate-garcia-linera", "https://perceptiofr.com/Гарсиа_Линера,_Альваро", "Alvaro García Linera (translated Russian Wikipedia)", "perceptiofr.com", lang="fr")
src("qaedu-garcialinera", "src-qaeduvn-nodate-garcia-linera", "https://qa.edu.vn/en/%C3%81lvaro_Garc%C3%ADa_Linera", "Álvaro García Linera (Wikipedia copy)", "qa.edu.vn (Wikipedia copy)")
src("piglix-pazzamora", "src-piglix-nodate-paz-zamora-20c", "http://piglix.com/piglix/Jaime_Paz_Zamora", "Jaime Paz Zamora", "piglix (Wikipedia copy)")
src("profil-pazzamora", "src-profilpelajar-nodate-paz-zamora", "https://profilpelajar.com/es/Jaime_Paz_Zamora", "Jaime Paz Zamora (Wikipedia es copy)", "profilpelajar (Wikipedia copy)", lang="es")
src("eju-pazzamora", "src-eju-201510-paz-zamora", "http://eju.tv/2015/10/jaime-paz-zamora-jure-al-cargo-practicamente-en-la-clandestinidad/", "Jaime Paz Zamora: “Juré al cargo prácticamente en la clandestinidad”", "eju.tv (El Deber interview)", "2015-10", lang="es")
src("itwiki34-abdon", "src-wiki34-nodate-abdon-saavedra", "https://it.wiki34.com/wiki/Abd%C3%B3n_Saavedra", "Abdón Saavedra (Spanish Wikipedia translation)", "wiki34", lang="it")

def sids(*keys):
    out = []
    for k in keys:
        if k not in S:
            raise KeyError(k)
        out.append(S[k]["id"])
    return out

def alt(field, value, keys, note):
    return {"field": field, "value": value, "sources": sids(*keys), "note": note}

# ---------------- people ----------------
P = []
def person(pid, name, keys, other=None, birth=None, bplace=None, death=None, dplace=None, note=None, alts=None, aliases=None):
    P.append({"id": pid, "name": name, "other_names": other or [], "aliases": aliases or [],
              "birth_date": birth, "birth_place": bplace, "death_date": death, "death_place": dplace,
              "nationalities": ["BO"], "sources": sids(*keys), "note": note, "alternatives": alts or []})

person("jose-manuel-pando", "José Manuel Pando Solares", ["mcn-pando", "maestromason-pando", "eldiario-pando", "uncensored-pando", "frwiki-pando"],
       other=["José Manuel Pando", "José Manuel Inocencio Pando Solares"], birth="1848-12-25", bplace="Luribay, La Paz, Bolivia",
       death="1917-06-15", dplace="La Paz, Bolivia",
       note="Birth 25 Dec 1848 in Luribay per MCN Biografías and the maestromason blog; death 15 Jun 1917 (assassinated) per MCN and El Diario. El Diario places his murder at El Kenko; the blog and fr.wikipedia give La Paz as place of death.",
       alts=[alt("birth_date", "1849-12-27", ["uncensored-pando"], "Wikipedia 2015 copy; other sources say 25 Dec 1848."),
             alt("birth_date", "1849-12-25", ["eldiario-pando"], "El Diario (citing Costa de la Torre) gives 1849 and birthplace Araca, prov. Loayza."),
             alt("death_date", "1917-06-17", ["maestromason-pando", "uncensored-pando"], "Two Wikipedia-derived pages; MCN and El Diario give 15 June.")])
person("ismael-montes", "Ismael Montes Gamboa", ["montes-movatter", "ibolivia-montes", "eldiario-1904"], other=["Ismael Montes"],
       birth="1861-10-05", bplace="La Paz, Bolivia", death="1933-10-16", dplace="La Paz, Bolivia",
       alts=[alt("birth_place", "Corocoro, La Paz, Bolivia", ["ibolivia-montes"], "iBolivia says Coro Coro; Wikipedia copy and El Diario say La Paz."),
             alt("death_date", "1933-11-18", ["eldiario-1904"], "El Diario (citing Costa de la Torre); Wikipedia copy gives 16 Oct 1933.")])
person("eliodoro-villazon", "Eliodoro Villazón Montaño", ["enwiki-villazon", "iiab-villazon", "mcn-villazon"], other=["Eliodoro Villazón"],
       birth="1848-01-22", bplace="Sacaba, Cochabamba, Bolivia", death="1939-09-12", dplace="Cochabamba, Bolivia",
       alts=[alt("death_date", "1940-09-14", ["encyc-villazon"], "Encyclopedia.com; Wikipedia and MCN give 12 Sep 1939.")])
person("jose-gutierrez-guerra", "José Gutiérrez Guerra", ["infokontak-gg", "encyc-gg", "oxigeno-gg"], other=["José Manuel Gutiérrez Guerra"],
       birth="1869-09-05", bplace="Sucre, Bolivia", death="1929-02-03", dplace="Antofagasta, Chile",
       alts=[alt("death_date", "1929-02-21", ["timeline-gg"], "Epitaph in Antofagasta cemetery quoted by Timeline reads 'fallecido febrero 21 de 1929'; encyclopedias give 3 Feb.")])
person("bautista-saavedra", "Bautista Saavedra Mallea", ["enwiki-saavedra", "qaedu-saavedra", "thebiography-saavedra"], other=["Bautista Saavedra"],
       birth="1870-08-30", bplace="Sorata, La Paz, Bolivia", death="1939-05-01", dplace="Santiago, Chile",
       note="A digitised book at the BNP (p.386, OCR) seems to put his death in March 1939 ('el 1 9 de marzo'); OCR unclear, not adopted.",
       alts=[alt("birth_place", "La Paz, Bolivia", ["thebiography-saavedra"], "Wikipedia copies say Sorata (La Paz department).")])
person("felipe-segundo-guzman", "Felipe Segundo Guzmán", ["wp2007-guzman", "bnp-presidentes"], other=["Felipe S. Guzmán"],
       birth="1879-01-17", bplace="La Paz, Bolivia", death="1932-06-16", dplace="La Paz, Bolivia",
       note="Birth and death days from one source (Wikipedia 2007 copy).",
       alts=[alt("birth_place", "Luribay, La Paz, Bolivia", ["bnp-presidentes"], "Digitised book (BNP) says born in Luribay in 1879.")])
person("hernando-siles", "Hernando Siles Reyes", ["qaedu-siles", "zxc-siles", "knowpia-siles"], other=["Hernando Siles"],
       birth="1882-08-05", bplace="Sucre, Bolivia", death="1942-11-23", dplace="Lima, Peru",
       note="Father of presidents Hernán Siles Zuazo and Luis Adolfo Siles Salinas.",
       alts=[alt("death_date", "1942-11-25", ["knowpia-siles"], "Spanish Wikipedia copies give 25 Nov; English copies give 23 Nov."),
             alt("birth_date", "1881-04-05", ["prabook-siles"], "Prabook only; all other pages give 5 Aug 1882.")])
person("carlos-blanco-galindo", "Carlos Blanco Galindo", ["ipfs-blanco", "knowledger-blanco"], birth="1882-03-12", bplace="Cochabamba, Bolivia",
       death="1943-10-02", note="Death year disputed (1943 vs 1946); place of death not adopted.",
       alts=[alt("death_date", "1946-10-02", ["knowledger-blanco"], "Older Wikipedia translation says died in Cochabamba in October 1946.")])
person("daniel-salamanca", "Daniel Domingo Salamanca Urey", ["eswiki-salamanca", "boliviapedia-salamanca"], other=["Daniel Salamanca"],
       birth="1868-07-08", bplace="Cochabamba, Bolivia", death="1935-07-17", dplace="Cochabamba, Bolivia",
       note="Boliviapedia says he died in La Paz in 1935; Spanish Wikipedia says Cochabamba.")
person("jose-luis-tejada-sorzano", "José Luis Tejada Sorzano", ["wikiwand-tejada", "factindex-tejada", "ipfs-tejada"], birth="1882-01-12",
       bplace="La Paz, Bolivia", death="1938-10-04", dplace="Arica, Chile")
person("german-busch", "Germán Busch Becerra", ["ipfs-busch"], other=["Germán Busch"], birth="1904-03-23", death="1939-08-23", dplace="La Paz, Bolivia",
       note="Birthplace disputed: San Javier (Santa Cruz) or El Carmen de Iténez (Beni) per Wikipedia on IPFS; left null. Died by suicide.")
person("david-toro", "José David Toro Ruilova", ["enwikipedianet-toro", "qdquasar-toro", "perceptiopt-toro"], other=["David Toro"],
       birth="1898-06-24", bplace="Sucre, Bolivia", death="1977-07-25", dplace="Santiago, Chile")
person("carlos-quintanilla", "Carlos Quintanilla Quiroga", ["enwiki-quintanilla", "perceptiofr-quintanilla", "notas-quintanilla"], other=["Carlos Quintanilla"],
       birth="1888-01-22", bplace="Cochabamba, Bolivia", death="1964-06-08", dplace="Cochabamba, Bolivia")
person("enrique-penaranda", "Enrique Peñaranda del Castillo", ["enwiki-penaranda", "kampuspedia-penaranda", "digplanet-penaranda"], other=["Enrique Peñaranda"],
       birth="1892-11-15", bplace="Hacienda Porobaya, Chuchulaya canton (Sorata), Larecaja province, La Paz, Bolivia", death="1969-12-22", dplace="Madrid, Spain",
       note="Wikipedia notes the plaque on his statue in Sorata gives 17 Oct 1892.",
       alts=[alt("birth_date", "1892-11-17", ["encyc-penaranda"], "Encyclopedia.com only."),
             alt("death_date", "1969-06-08", ["encyc-penaranda"], "Encyclopedia.com says died 8 Jun 1969 in Cochabamba; Wikipedia copies say 22 Dec 1969, Madrid.")])
person("gualberto-villarroel", "Gualberto Villarroel López", ["villarroel-fastly"], other=["Gualberto Villarroel"], birth="1908-12-15",
       bplace="Villa Rivero, Cochabamba, Bolivia", death="1946-07-21", dplace="La Paz, Bolivia", note="Lynched by a mob in La Paz on 21 Jul 1946.")
person("nestor-guillen", "Néstor Guillén", ["enwiki-junta4647", "wikimili-junta4647", "bnp-1946"],
       note="Dean of the Superior District Court of La Paz. Birth and death data not found in pages read.")
person("tomas-monje", "Tomás Monje Gutiérrez", ["frqaz-monje", "academialab-monje"], other=["Tomás Monje"], birth="1884-12-21",
       bplace="Coroico, La Paz, Bolivia", death="1954-07-01", dplace="La Paz, Bolivia")
person("enrique-hertzog", "Enrique Hertzog Garaizábal", ["encyc-hertzog", "ast-hertzog", "nina-hertzog"], other=["José Enrique Hertzog Garaizábal", "Enrique Hertzog"],
       birth="1897-11-10", bplace="La Paz, Bolivia", death="1981-07-31", dplace="Buenos Aires, Argentina",
       note="Encyclopedia.com and the Asturian Wikipedia infobox give 10 Nov 1897 – 31 Jul 1981; the Spanish Wikipedia copy gives 10 Dec 1897 – 18 Dec 1981.",
       alts=[alt("birth_date", "1897-12-10", ["nina-hertzog"], "Spanish Wikipedia copy."),
             alt("death_date", "1981-12-18", ["nina-hertzog"], "Spanish Wikipedia copy.")])
person("mamerto-urriolagoitia", "Mamerto Urriolagoitía Harriague", ["qaz-urriolagoitia", "infogalactic-urriolagoitia", "mapolist-urriolagoitia"],
       other=["Mamerto Urriolagoitia"], birth="1895-12-05", bplace="Sucre, Bolivia", death="1974-06-04", dplace="Sucre, Bolivia")
person("hugo-ballivian", "Hugo Ballivián Rojas", ["itxcv-ballivian", "esfrwiki-ballivian", "dbpedia-ballivian"], other=["Hugo Ballivián"],
       birth="1901-06-07", bplace="La Paz, Bolivia", death="1993-07-15", dplace="La Paz, Bolivia")
person("rene-barrientos", "René Barrientos Ortuño", ["piglix-barrientos", "infoplease-barrientos"], other=["René Barrientos"], birth="1919-05-30",
       bplace="Tarata, Cochabamba, Bolivia", death="1969-04-27", dplace="near Arque, Cochabamba, Bolivia", note="Killed in a helicopter crash.")
person("alfredo-ovando", "Alfredo Ovando Candía", ["deptabcdef-ovando", "historica-ovando"], other=["Alfredo Ovando"], birth="1918-04-06",
       bplace="Cobija, Bolivia", death="1982-01-24", dplace="La Paz, Bolivia", note="Birthplace from Historica (fan wiki) only.")
person("luis-adolfo-siles", "Luis Adolfo Siles Salinas", ["kiddle-silessalinas", "blogmex-silessalinas", "mcn-silessalinas"], other=["Luis Adolfo Siles"],
       birth="1925-06-21", bplace="La Paz, Bolivia", death="2005-10-19", dplace="La Paz, Bolivia")
person("juan-jose-torres", "Juan José Torres Gonzales", ["oocities-torres", "historica-torres", "redescuela-torres"], other=["Juan José Torres"],
       birth="1920-03-05", bplace="Sacaba, Cochabamba, Bolivia", death="1976-06-02", dplace="Buenos Aires, Argentina",
       note="Kidnapped and murdered in Buenos Aires. Birth year disputed (1919/1920/1921 across pages).",
       alts=[alt("birth_date", "1919-03-05", ["redescuela-torres"], "WikiEscuela; oocities (presidencia.gov.bo) gives 1920 in the header and 1921 in the text."),
             alt("death_date", "1976-05-02", ["redescuela-torres"], "WikiEscuela only; oocities and Historica give 2 June 1976.")])
person("juan-pereda", "Juan Pereda Asbún", ["ipfs-pereda", "thebiography-pereda"], other=["Juan Pereda"], birth="1931-06-17", bplace="La Paz, Bolivia",
       death="2012-11-25", dplace="Santa Cruz de la Sierra, Bolivia")
person("david-padilla", "David Padilla Arancibia", ["ptwiki-padilla", "itxcv-padilla"], other=["David Padilla"], birth="1927-08-13", bplace="Sucre, Bolivia",
       death="2016-09-25", dplace="La Paz, Bolivia",
       alts=[alt("birth_date", "1931-08-27", ["mundoandino-padilla"], "MundoAndino only; Wikipedia copies give 13 Aug 1927.")])
person("walter-guevara", "Wálter Guevara Arze", ["enwiki-guevara", "gutenberg-guevara", "perceptiofr-guevara"], other=["Walter Guevara Arce"],
       birth="1912-03-11", bplace="Ayopaya Province, Cochabamba, Bolivia", death="1996-06-20", dplace="La Paz, Bolivia",
       note="Some pages give simply 'Cochabamba' as birthplace.")
person("alberto-natusch", "Alberto Natusch Busch", ["justicia-natusch", "blog-natusch16"], birth="1933-05-23", bplace="Riberalta, Beni, Bolivia",
       death="1994-11-23", dplace="Santa Cruz de la Sierra, Bolivia")
person("lidia-gueiler", "Lidia Gueiler Tejada", ["theinfolist-chavez", "caracol-gueiler", "dwb-gueiler"], other=["Lydia Gueiler Tejada", "Lidia Gueiler"],
       birth="1921-08-28", death="2011-05-09", dplace="La Paz, Bolivia",
       note="Birth date from one source (TheInfoList link text). Death: Caracol (9 May 2011) reports she died 'today' in La Paz aged 89. First woman head of state of Bolivia.")
person("luis-garcia-meza", "Luis García Meza Tejada", ["ecured-garciameza", "treccani-garciameza", "ptqwe-list", "itabcdef-list"], other=["Luis García Meza"],
       birth="1929-08-08", bplace="La Paz, Bolivia", death="2018-04-29", dplace="La Paz, Bolivia",
       note="Death day from two translated copies of the Wikipedia list of presidents; Treccani gives La Paz 1929 – La Paz 2018.")
person("celso-torrelio", "Celso Torrelio Villa", ["educa-junta1981", "kampuspedia-torrelio", "ptwiki34-torrelio"], other=["Celso Torrelio"],
       birth="1933-06-03", bplace="Padilla, Chuquisaca, Bolivia", death="1999-04-23", dplace="La Paz, Bolivia")
person("guido-vildoso", "Guido Vildoso Calderón", ["wikious-vildoso"], other=["Guido Hernán Vildoso Calderón"], birth="1937-04-05", bplace="La Paz, Bolivia",
       note="Birth date from one source.")
# vice presidents
person("lucio-perez-velasco", "Lucio Pérez Velasco", ["opinion-perezvelasco", "blog-mesa-vps", "frwiki-pando"], note="Liberal; vice president under Pando. Birth/death not found.")
person("anibal-capriles", "Aníbal Capriles Cabrera", ["frwiki-pando"], note="Listed as vice president of Pando (fr.wikipedia infobox). Birth/death not found.")
person("valentin-abecia", "Valentín Abecia Ayllón", ["montes-movatter", "iiab-villazon"], note="Served with Villazón as vice president under Montes 1904-1909. Birth/death not found.")
person("macario-pinilla", "Macario Pinilla Vargas", ["enwiki-villazon", "iiab-villazon", "ptqaz-junta1899"], other=["Macario Pinilla"],
       note="Member of the 1899 Federal Junta; first vice president 1909-1913. Birth/death not found.")
person("juan-misael-saracho", "Juan Misael Saracho", ["enwiki-villazon", "montes-movatter"], note="Vice president 1909-1913 (Villazón) and 1913-1915 (Montes). Birth/death not found.")
person("jose-carrasco-torrico", "José Carrasco Torrico", ["montes-movatter"], note="Listed as vice president of Montes (1913-1917 term). Birth/death not found.")
person("ismael-vazquez", "Ismael Vázquez", ["ptxcv-gg"], note="First vice president of Gutiérrez Guerra. Birth/death not found.")
person("jose-santos-quinteros", "José Santos Quinteros", ["ptxcv-gg"], note="Second vice president of Gutiérrez Guerra. Birth/death not found.")
person("luis-paz", "Luis Paz", ["blog-mesa-vps"], note="Elected vice president in 1921 and resigned a few days later (Carlos D. Mesa quoted). Full name and dates not found.")
person("abdon-saavedra", "Abdón Saavedra Mallea", ["itwiki34-abdon", "knowpia-siles"], other=["Abdón Saavedra"], birth="1872-08-06", bplace="La Paz, Bolivia",
       death="1942-01-15", dplace="La Paz, Bolivia", note="Brother of Bautista Saavedra.",
       alts=[alt("birth_date", "1872-02-15", ["itwiki34-abdon"], "Same page gives 6 Aug 1872 in the lead and 15 Feb 1872 in the body.")])
person("enrique-baldivieso", "Enrique Baldivieso", ["ipfs-busch", "wikiwand-tejada"], note="Vice president under Busch (1938-1939). Birth/death not found.")
person("julian-montellano", "Julián Montellano", ["villarroel-fastly", "enwiki-vp"], note="Vice president of Villarroel 1945-1946, appointed by Congress. Birth/death not found.")
person("nuflo-chavez", "Ñuflo Chávez Ortiz", ["cryer-chavez", "theinfolist-chavez"], other=["Ñuflo Chávez"], birth="1923-10-03", bplace="Santa Cruz de la Sierra, Bolivia",
       death="1996-07-02")
person("juan-lechin", "Juan Lechín Oquendo", ["enwiki-lechin", "riteme-lechin"], other=["Juan Lechín"],
       birth="1914-05-18", bplace="Coro Coro, La Paz, Bolivia", death="2001-08-27", dplace="La Paz, Bolivia",
       note="Executive secretary of the Central Obrera Boliviana 1952-1987.",
       alts=[alt("birth_date", "1914-05-14", ["riteme-lechin"], "Infobox of a Wikipedia copy; its own text says 18 May.")])
person("julio-garrett", "Julio Garrett Ayllón", ["livda-garrett", "searchcomvn-vp"], birth=None, bplace="Sucre, Bolivia", death="2018-03-19", dplace="Sucre, Bolivia",
       note="Died aged 92 (fr.wikipedia copy); death date from search.com.vn copy of the English VP article.")
person("luis-ossio", "Luis Ossio Sanjinés", ["frwiki-ossio"], birth="1930", bplace="Potosí, Bolivia", dplace="La Paz, Bolivia",
       note="Died in La Paz aged 86 (fr.wikipedia); exact death date not shown in the excerpt.")
person("victor-hugo-cardenas", "Víctor Hugo Cárdenas Conde", ["defzone-cardenas", "pinocchio-cardenas"], other=["Víctor Hugo Cárdenas"], birth="1951-06-04",
       bplace="Achica Abajo, Viacha, La Paz, Bolivia", note="First indigenous (Aymara) vice president.")
person("alvaro-garcia-linera", "Álvaro García Linera", ["qaedu-garcialinera", "perceptiofr-garcialinera"], other=["Álvaro Marcelo García Linera"],
       birth="1962-10-19", bplace="Cochabamba, Bolivia")
person("efrain-guachalla", "Efraín Guachalla", ["sumandovoces-1970", "deptabcdef-ovando"], note="Army commander; member of the 6-7 Oct 1970 military triumvirate. Bio data not found.")

# ---------------- organizations ----------------
O = []
def org(oid, name, keys, note, other=None):
    O.append({"id": oid, "name": name, "abbreviation": None, "other_names": other or [], "kind": "government",
              "country": "BO", "sources": sids(*keys), "note": note, "alternatives": []})
org("junta-bo-1899", "Junta Federal de Gobierno (1898–1899)", ["ptqaz-junta1899", "eldiario-pando", "mcn-pando"],
    "Civil-military triumvirate of José Manuel Pando, Serapio Reyes Ortiz and Macario Pinilla; proclaimed in La Paz 12 Dec 1898, governed Bolivia 12 Apr – 25 Oct 1899.",
    other=["Junta de Gobierno Federal"])
org("junta-bo-1920", "Junta de Gobierno de Transición (1920–1921)", ["kiddle-junta1920", "archon2064", "thebiography-saavedra"],
    "Republican triumvirate after the 12 Jul 1920 coup: Bautista Saavedra (president), José María Escalier, José Manuel Ramírez; archontology also lists Juan José Fernández from 16 Jul 1920.")
org("consejo-ministros-bo-1930", "Consejo de Ministros en ejercicio del Poder Ejecutivo (1930)", ["archon2064", "bnp-1930", "zxc-siles"],
    "Cabinet that exercised executive power after Hernando Siles resigned (28 May 1930) until the June 1930 revolution; members per archontology: Alberto Diez de Medina, Germán Antelo Arauz (to 17 Jun), Franklin Mercado, José David Toro, José María Aguirre Achá, Fidel Vega, Carlos Banzer Aliaga, Ezequiel Romecín Calderón (from 17 Jun). No presiding member identified.")
org("junta-bo-1930", "Junta Militar de Gobierno (1930–1931)", ["archon2064", "ipfs-blanco"],
    "Military junta presided by Gen. Carlos Blanco Galindo, 28 Jun 1930 – 5 Mar 1931; members included José Luis Lanza, Óscar Mariaca Pando, Filiberto Osorio, Emilio González Quint, Bernardino Bilbao Rioja.")
org("junta-bo-1936", "Junta de Gobierno / Junta Militar de Gobierno (1936–1938)", ["enwiki-junta3638", "archon2064", "qdquasar-toro"],
    "Civil-military junta formed after the 17 May 1936 coup (called Junta Militar de Gobierno from 21 Jun 1936): Germán Busch held the reins until David Toro took over as its president (22 May per Wikipedia, 20 May per archontology); Busch led it from 13 Jul 1937; dissolved 28 May 1938 when the National Convention elected Busch constitutional president.")
org("junta-bo-1946", "Junta de Gobierno (1946–1947)", ["enwiki-junta4647", "wikimili-junta4647"],
    "Civil 'Honorable Junta de Gobierno' of La Paz Superior District Court magistrates plus labour, teacher and student representatives, 21 Jul 1946 – 10 Mar 1947; chaired by Néstor Guillén (to 17 Aug 1946) then Tomás Monje.",
    other=["Excelentísima Junta de Gobierno"])
org("junta-bo-1964", "Junta Militar de Gobierno (1964–1966)", ["ibolivia-barrientos-ovando", "piglix-barrientos", "deptabcdef-ovando"],
    "Junta formed 4–5 Nov 1964, presided by Gens. René Barrientos and Alfredo Ovando (co-presidents from 26 May 1965; Ovando alone 2 Jan – 6 Aug 1966); members David Lafuente, Hugo Suárez Guzmán, Rogelio Miranda, Carlos Alcoreza.")
org("junta-bo-1970", "Junta Militar (triunvirato, octubre de 1970)", ["sumandovoces-1970", "deptabcdef-ovando", "hemeroteca-torres"],
    "Triumvirate of the commanders Efraín Guachalla (Army), Fernando Sattori (Air Force) and Alberto Albarracín (Navy), 6–7 Oct 1970; no presiding member identified.")
org("junta-bo-1980", "Junta de Comandantes de las Fuerzas Armadas (1980)", ["ptwiki-junta1980", "justicia-1980"],
    "Junta of Gens. Luis García Meza, Waldo Bernal Pereira and Ramiro Terrazas Rodríguez that installed García Meza on 17/18 Jul 1980.")
org("junta-bo-1981", "Junta de Comandantes de las Fuerzas Armadas (1981)", ["educa-junta1981", "ptwiki-junta1980", "csmonitor-1981"],
    "Junta of Celso Torrelio Villa (Army), Waldo Bernal Pereira (Air Force) and Óscar Pammo Rodríguez (Navy), 4 Aug – 4 Sep 1981; no presiding member identified.")

# ---------------- offices ----------------
OF = [{"id": "bo-second-vice-president", "country": "BO", "role": "vice_president", "label_en": "Second Vice President of Bolivia",
       "label_es": "Segundo Vicepresidente de la República de Bolivia", "organization": None, "single_seat": True,
       "sources": sids("enwiki-vp"), "note": "The Constitution of 1880 created two vice presidents (the first presided over the Senate); the Congress-Convention of 1921 abolished the double vice presidency. First vice presidents are recorded under bo-vice-president.",
       "alternatives": []}]

# ---------------- terms ----------------
T = []
def term(pid, office, start, end, sr, er, acting, keys, note=None, alts=None, organization=None, suffix=""):
    y = start[:4]
    tid = "term-%s-%s-%s%s" % (pid, office, y, suffix)
    rec = {"id": tid, "person": pid, "office": office, "start": start, "end": end, "start_reason": sr, "end_reason": er,
           "acting": acting, "sources": sids(*keys), "note": note, "alternatives": alts or []}
    if organization:
        rec["organization"] = organization
    T.append(rec)

BP = "bo-president"
term("jose-manuel-pando", BP, "1899-04-12", "1899-10-25", "coup", "other", False, ["ptqaz-junta1899", "eldiario-pando", "historica-pando", "bnp-1899"],
     organization="junta-bo-1899",
     note="Federal Junta (triumvirate Pando, Serapio Reyes Ortiz, Macario Pinilla) governed the country from 12 Apr 1899 (after the victory at the Segundo Crucero on 10 Apr) to 25 Oct 1899. Start day: one source (qaz.wiki). No page seen designates a formal junta president; Pando, its military leader, is recorded as holder as in the brief. The junta itself had been proclaimed in La Paz on 12 Dec 1898. Ended when the National Convention elected Pando president (25 Oct 1899).",
     alts=[alt("start", "1899-04-10", ["bnp-1899", "blog-alonso"], "Day of the decisive battle (Segundo Crucero / Caracollo) and Fernández Alonso's flight; the junta's national rule is dated from 12 Apr by qaz.wiki.")])
term("jose-manuel-pando", BP, "1899-10-25", "1904-08-14", "congress", "completed", False, ["eldiario-pando", "historica-pando", "uncensored-pando", "eldiario-1904", "montes-movatter"], suffix="-2",
     note="Elected by the National Convention on 25 Oct 1899 for the period 1900-1904 (El Diario); handed over to Ismael Montes on 14 Aug 1904 (El Diario 2019; Montes infobox).")
term("ismael-montes", BP, "1904-08-14", "1909-08-12", "elected", "completed", False, ["montes-movatter", "ibolivia-montes", "eldiario-1904", "enwiki-villazon"],
     note="Term extended by one year after the death of president-elect Fernando Guachalla (El Diario 2019; Mesa quoted in blog).",
     alts=[alt("end", "1909-08-14", ["eldiario-1904"], "El Diario says the first period ran until 14 Aug 1909; Wikipedia copies and iBolivia give 12 Aug, when Villazón took office.")])
term("eliodoro-villazon", BP, "1909-08-12", "1913-08-14", "elected", "completed", False, ["enwiki-villazon", "iiab-villazon", "ibolivia-montes", "montes-movatter"])
term("ismael-montes", BP, "1913-08-14", "1917-08-15", "elected", "completed", False, ["montes-movatter", "ibolivia-montes", "eldiario-1904", "infokontak-gg", "oxigeno-gg"])
term("jose-gutierrez-guerra", BP, "1917-08-15", "1920-07-12", "elected", "overthrown", False, ["infokontak-gg", "oxigeno-gg", "encyc-gg", "kiddle-junta1920"],
     note="Overthrown by the Republican coup of 12 Jul 1920; exiled to Chile.",
     alts=[alt("end", "1920-08-12", ["ptxcv-gg"], "Translated Wikipedia infobox; coup date is 12 July per all other sources.")])
term("bautista-saavedra", BP, "1920-07-12", "1921-01-28", "coup", "other", False, ["archon2064", "kiddle-junta1920", "thebiography-saavedra", "qaedu-saavedra"],
     organization="junta-bo-1920",
     note="Saavedra led the coup of 12 Jul 1920 and acted as 'Jefe Político de la Revolución' 12-13 Jul (archontology); the Junta de Gobierno de Transición, presided by him, was installed 13 Jul 1920 (Kiddle/archontology) and lasted until the Convention elected him president on 28 Jan 1921.",
     alts=[alt("start", "1920-07-13", ["kiddle-junta1920", "archon2064", "qaedu-saavedra"], "Formal installation of the junta; the coup and Saavedra's assumption of power were on 12 Jul."),
           alt("start", "1920-08-13", ["enwiki-saavedra"], "English Wikipedia infobox (likely error for 13 July)."),
           alt("end", "1921-01-29", ["qaedu-saavedra", "enwiki-saavedra"], "Wikipedia infobox end of junta membership; Convention vote was on 28 Jan.")])
term("bautista-saavedra", BP, "1921-01-28", "1925-09-03", "congress", "resigned", False, ["enwiki-saavedra", "qaedu-saavedra", "archon2064", "thebiography-saavedra", "blog-saavedra1921", "academialab-saavedra"],
     note="Elected by the Assembly/Convention on 28 Jan 1921 (47 votes to 1, thebiography). After annulling the 1925 election, nationwide protests forced him to resign, leaving Senate president Felipe Segundo Guzmán in charge (Academia Lab).")
term("felipe-segundo-guzman", BP, "1925-09-03", "1926-01-10", "succession", "completed", True, ["archon2064", "wp2007-guzman", "bnp-presidentes", "knowpia-siles"],
     note="President of the Senate; 'Presidente Provisorio' (archontology), sworn in 3 Sep 1925 (Wikipedia 2007 copy); handed power to Hernando Siles in January 1926 (BNP book).",
     alts=[alt("end", "1926-08", ["wp2007-guzman"], "Wikipedia 2007 copy says he left office in August 1926; contradicted by Siles's inauguration on 10 Jan 1926 (archontology, Siles pages).")])
term("hernando-siles", BP, "1926-01-10", "1930-05-28", "elected", "resigned", False, ["knowpia-siles", "qaedu-siles", "archon2064", "zxc-siles", "bnp-1930"],
     note="Resigned before the Council of Ministers on 28 May 1930 in a bid to extend his rule through a constituent assembly; the cabinet remained in charge.",
     alts=[alt("end", "1930-05-27", ["knowpia-siles"], "Spanish Wikipedia text (its infobox says 28 May)."),
           alt("end", "1930-05-02", ["lapatria-1930"], "Opinion column; not supported by other sources.")])
term("carlos-blanco-galindo", BP, "1930-06-28", "1931-03-05", "coup", "completed", False, ["ipfs-blanco", "archon2064"], organization="junta-bo-1930",
     note="President of the Junta Militar de Gobierno after the June 1930 revolution; handed over to the elected Daniel Salamanca. One independent list (archontology) plus Wikipedia copy.")
term("daniel-salamanca", BP, "1931-03-05", "1934-11-27", "elected", "overthrown", False, ["eswiki-salamanca", "boliviapedia-salamanca", "archon2064", "ipfs-blanco"],
     note="Spanish Wikipedia says he was elected president by the National Congress of 1931 after the elections; deposed by the army at Villamontes ('corralito de Villamontes') on 27 Nov 1934.")
term("jose-luis-tejada-sorzano", BP, "1934-11-27", "1936-05-17", "succession", "overthrown", False, ["factindex-tejada", "archon2064", "wikiwand-tejada", "boliviapedia-salamanca", "enwiki-junta3638"],
     note="Vice president; took over when Salamanca was deposed (fact-index: 'when the latter was deposed ... on November 27, 1934, Tejada became president'); acting 28 Nov - 1 Dec 1934 and then president (Wikiwand). Removed by the Toro/Busch coup of 17 May 1936.",
     alts=[alt("start", "1934-11-28", ["archon2064", "wikiwand-tejada"], "Day he assumed office in La Paz (acting); kept 27 Nov so the series is contiguous with the coup day."),
           alt("start", "1934-12-01", ["wikiwand-tejada", "ipfs-tejada"], "Start as full (non-acting) president."),
           alt("end", "1936-05-16", ["ipfs-tejada", "perceptiopt-toro", "historiacombo-1936"], "Some pages date the coup 16 May 1936; the Wikipedia junta article and archontology give 17 May.")])
term("german-busch", BP, "1936-05-17", "1936-05-22", "coup", "other", False, ["enwiki-junta3638", "wikisum-1936", "ipfs-busch", "archon2064"], organization="junta-bo-1936",
     note="Led the bloodless coup of 17 May 1936 that forced Tejada Sorzano to resign; held the reins ('Presidente Provisorio de la Junta', archontology) until David Toro arrived from the Chaco and assumed the presidency of the junta.",
     alts=[alt("end", "1936-05-20", ["archon2064", "perceptiopt-toro"], "Archontology gives Busch as provisional junta president 17-20 May; a translated Russian Wikipedia gives Toro from 20 May.")])
term("david-toro", BP, "1936-05-22", "1937-07-13", "coup", "overthrown", False, ["enwiki-junta3638", "wikisum-1936", "esacademic-toro", "enwikipedianet-toro"],
     organization="junta-bo-1936",
     note="President of the junta ('socialismo militar'); came to power 22 May 1936, six days after the coup (Wikipedia junta article); overthrown by Busch on 13 Jul 1937.",
     alts=[alt("start", "1936-05-20", ["archon2064", "perceptiopt-toro"], "Archontology / translated Russian Wikipedia."),
           alt("start", "1936-05-17", ["qdquasar-toro"], "Blog: 'presidente interino desde el 17 de mayo de 1936' (archontology also lists him as president of the junta mixta from 17 May)."),
           alt("end", "1937-07-17", ["qdquasar-toro"], "Blog only; all other pages give 13 July.")])
term("german-busch", BP, "1937-07-13", "1939-08-23", "coup", "died", False, ["ipfs-busch", "perceptiopt-toro", "esacademic-toro", "enwiki-quintanilla", "enwiki-junta3638"],
     note="Took power after Toro's fall and led the junta (junta-bo-1936) until the National Convention elected him constitutional president on 28 May 1938 (Wikipedia junta article); proclaimed himself dictator in 1939; died by suicide 23 Aug 1939.")
term("carlos-quintanilla", BP, "1939-08-23", "1940-04-15", "other", "completed", True, ["enwiki-quintanilla", "perceptiofr-quintanilla", "notas-quintanilla", "ipfs-busch"],
     note="Army commander entrusted by the military with power after Busch's death; de facto interim ('interinato'); assumed 23 Aug 1939, officially designated 24 Aug (Notas de la historia). Handed over to elected Peñaranda.",
     alts=[alt("start", "1939-08-24", ["notas-quintanilla"], "Official designation by the armed forces.")])
term("enrique-penaranda", BP, "1940-04-15", "1943-12-20", "elected", "overthrown", False, ["enwiki-penaranda", "kampuspedia-penaranda", "digplanet-penaranda"])
term("gualberto-villarroel", BP, "1943-12-20", "1946-07-21", "coup", "killed", False, ["villarroel-fastly", "enwiki-penaranda", "enwiki-junta4647"],
     note="Head of a junta 20 Dec 1943 – 5 Apr 1944, provisional president 5 Apr – 6 Aug 1944, then constitutional president (Wikipedia copy). Overthrown and lynched on 21 Jul 1946; the list of presidents says he resigned hours before his death.")
term("nestor-guillen", BP, "1946-07-21", "1946-08-17", "other", "other", True, ["enwiki-junta4647", "encycloreader-junta4647", "wikimili-junta4647", "academialab-monje", "bnp-1946"],
     organization="junta-bo-1946",
     note="Dean of the La Paz Superior Court, brought to the Palacio de Gobierno by the revolutionaries; occupied the presidency on 21 Jul 1946 (BNP book). Took charge of the junta for its first 27 days because Tomás Monje was ill, then delegated command to Monje on 17 Aug 1946.")
term("tomas-monje", BP, "1946-08-17", "1947-03-10", "other", "completed", True, ["enwiki-junta4647", "frqaz-monje", "nina-hertzog"], organization="junta-bo-1946",
     note="President of the civil junta (interim, de facto); refused to use presidential symbols (Oxígeno); handed power to elected Enrique Hertzog on 10 Mar 1947.")
term("enrique-hertzog", BP, "1947-03-10", "1949-05-07", "elected", "other", False, ["nina-hertzog", "ast-hertzog", "oxigeno-1947", "qaz-urriolagoitia", "mapolist-urriolagoitia", "outremer-hertzogcab", "encyc-hertzog"],
     note="Handed executive power to Vice President Urriolagoitía on 7 May 1949 (acting presidency per Wikipedia copies) and formally resigned on 22 Oct 1949 (Spanish Wikipedia copy). End set to 7 May 1949 so the series is contiguous.",
     alts=[alt("end", "1949-10-22", ["nina-hertzog", "ast-hertzog", "outremer-hertzogcab"], "Date of formal resignation (Hertzog voluntarily left the office to Urriolagoitía, Encyclopedia.com).")])
term("mamerto-urriolagoitia", BP, "1949-05-07", "1949-10-22", "acting", "other", True, ["qaz-urriolagoitia", "mapolist-urriolagoitia", "outremer-hertzogcab"],
     note="Acting president while vice president (7 May – 24 Oct 1949 per Wikipedia copies); became president on Hertzog's resignation. One source family (Wikipedia copies) for 7 May.")
term("mamerto-urriolagoitia", BP, "1949-10-22", "1951-05-16", "succession", "other", False, ["infogalactic-urriolagoitia", "nina-hertzog", "itxcv-ballivian", "esfrwiki-ballivian"], suffix="-2",
     note="Refused to hand over to election winner Víctor Paz Estenssoro and transferred power to Gen. Hugo Ballivián (self-coup known as the 'Mamertazo').",
     alts=[alt("start", "1949-10-24", ["qaz-urriolagoitia", "mapolist-urriolagoitia"], "Other Wikipedia copies; 22 Oct is the date of Hertzog's resignation.")])
term("hugo-ballivian", BP, "1951-05-16", "1952-04-11", "coup", "overthrown", False, ["itxcv-ballivian", "esfrwiki-ballivian", "dbpedia-ballivian", "calendarz-ballivian"],
     note="De facto president after the 'Mamertazo'; overthrown by the Revolution of 9-11 April 1952, sought asylum in the Chilean embassy.")
term("hernan-siles-zuazo", BP, "1952-04-11", "1952-04-15", "interim", "other", True, ["itxcv-ballivian", "mcn-siles", "academialab-siles", "eswiki-paz", "blog-paz1952"],
     note="Leader of the MNR forces in the April 1952 revolution; provisional/interim president for some days until Víctor Paz Estenssoro returned (arrived El Alto 15 Apr 1952) and took office; then vice president.")
term("victor-paz-estenssoro", BP, "1952-04-15", "1956-08-06", "other", "completed", False, ["eswiki-paz", "blog-paz1952", "ecured-siles"],
     note="Winner of the 1951 election, installed by the 1952 revolution; Spanish Wikipedia labels this 'Gobierno de facto'.")
term("hernan-siles-zuazo", BP, "1956-08-06", "1960-08-06", "elected", "completed", False, ["ecured-siles", "mcn-siles", "eswiki-paz"])
term("rene-barrientos", BP, "1964-11-04", "1966-01-02", "coup", "other", False, ["eswiki-golpe1964", "piglix-barrientos", "ibolivia-barrientos-ovando", "deptabcdef-ovando", "zeit-1966"],
     organization="junta-bo-1964",
     note="Vice president who led the 4 Nov 1964 coup with Ovando; junta formally constituted by decree of 5 Nov 1964. Co-president with Ovando from 26 May 1965. Left the junta presidency to Ovando on 2 Jan 1966 to run in the July 1966 election.",
     alts=[alt("start", "1964-11-05", ["piglix-barrientos", "ibolivia-barrientos-ovando"], "Formal constitution of the Junta Militar de Gobierno (decree of 5 Nov).")])
term("alfredo-ovando", BP, "1965-05-26", "1966-01-02", "other", "other", False, ["deptabcdef-ovando", "piglix-barrientos", "infoplease-barrientos", "historica-ovando"],
     organization="junta-bo-1964",
     note="Co-president of the junta together with Barrientos (overlaps Barrientos's term by design: co-presidency).")
term("alfredo-ovando", BP, "1966-01-02", "1966-08-06", "other", "completed", False, ["deptabcdef-ovando", "historica-ovando", "piglix-barrientos", "zeit-1966"],
     organization="junta-bo-1964", note="Sole president of the junta while Barrientos campaigned; handed over to the elected Barrientos on 6 Aug 1966.")
term("rene-barrientos", BP, "1966-08-06", "1969-04-27", "elected", "died", False, ["piglix-barrientos", "infoplease-barrientos", "kiddle-silessalinas", "blogmex-silessalinas", "wikisum-1980coup"],
     note="Won the 3 Jul 1966 election; killed in a helicopter crash near Arque on 27 Apr 1969.")
term("luis-adolfo-siles", BP, "1969-04-27", "1969-09-26", "succession", "overthrown", False, ["kiddle-silessalinas", "blogmex-silessalinas", "mcn-silessalinas", "deptabcdef-ovando"])
term("alfredo-ovando", BP, "1969-09-26", "1970-10-06", "coup", "resigned", False, ["deptabcdef-ovando", "historica-ovando", "rebelion-1970", "sumandovoces-1970"], suffix="",
     note="Bloodless coup of 26 Sep 1969; resigned early on 6 Oct 1970 amid the Miranda uprising and took asylum in the Argentine embassy.")
term("juan-jose-torres", BP, "1970-10-07", "1971-08-21", "coup", "overthrown", False, ["oocities-torres", "historica-torres", "redescuela-torres", "hemeroteca-torres", "sumandovoces-1970"],
     note="Proclaimed at dawn on 7 Oct 1970 with COB support after the triumvirate resigned; overthrown by Banzer's coup (Banzer's existing term starts 21 Aug 1971).")
term("juan-pereda", BP, "1978-07-21", "1978-11-24", "coup", "overthrown", False, ["thebiography-pereda", "ipfs-pereda", "bioyvidas-pereda"])
term("david-padilla", BP, "1978-11-24", "1979-08-08", "coup", "completed", False, ["ptwiki-padilla", "itxcv-padilla", "mundoandino-padilla"],
     note="Deposed Pereda; handed power to Wálter Guevara, chosen by Congress, on 8 Aug 1979.")
term("walter-guevara", BP, "1979-08-08", "1979-11-01", "congress", "overthrown", True, ["enwiki-guevara", "gutenberg-guevara", "mundoandino-padilla", "ahora-natusch", "justicia-natusch"],
     note="President of the Senate, named interim president by Congress for one year pending new elections; overthrown by Natusch's coup of 1 Nov 1979.")
term("alberto-natusch", BP, "1979-11-01", "1979-11-16", "coup", "resigned", False, ["justicia-natusch", "blog-natusch16", "ahora-natusch", "lapaz-natusch"],
     note="'Masacre de Todos Santos' coup; resigned after 16 days. The Ministry of Justice page says he handed command to a military junta that transferred it to Lidia Gueiler (same day).")
term("lidia-gueiler", BP, "1979-11-16", "1980-07-17", "congress", "overthrown", True, ["blog-natusch16", "caracol-gueiler", "dwb-gueiler", "maoistas-1980", "ecured-garciameza"],
     note="President of the Chamber of Deputies, named interim president by Congress; overthrown by García Meza (her cousin, per EcuRed) on 17 Jul 1980.")
term("luis-garcia-meza", BP, "1980-07-17", "1981-08-04", "coup", "resigned", False, ["ecured-garciameza", "justicia-1980", "ptwiki-junta1980", "educa-junta1981", "csmonitor-1981"],
     organization="junta-bo-1980",
     note="Installed by the Junta de Comandantes; forced to resign ('formally adorned as resignation', Educa).",
     alts=[alt("start", "1980-07-18", ["ptwiki-junta1980"], "Portuguese Wikipedia dates the junta and his presidency from 18 Jul."),
           alt("end", "1981-08-03", ["gutenberg-torrelio"], "World Heritage Encyclopedia dates his resignation 3 Aug 1981.")])
term("celso-torrelio", BP, "1981-09-04", "1982-07-21", "other", "removed", False, ["educa-junta1981", "ptwiki34-torrelio", "universalis-1982", "kampuspedia-torrelio"],
     note="Named president by the armed forces on 4 Sep 1981; forced to resign by the three commanders on 16 Jul 1982 (Universalis); replaced by Vildoso on 21 Jul 1982.",
     alts=[alt("end", "1982-07-19", ["kampuspedia-torrelio"], "Spanish Wikipedia text says he held office until 19 Jul 1982 (day the junta named Vildoso); infobox copies say 21 Jul."),
           alt("end", "1982-07-16", ["universalis-1982"], "Day he was forced to resign.")])
term("guido-vildoso", BP, "1982-07-21", "1982-10-10", "other", "completed", False, ["wikious-vildoso", "universalis-1982", "paginasiete-1982", "ecured-siles"],
     note="Named by the military junta on 19 Jul 1982, took office 21 Jul; handed power to Hernán Siles Zuazo, sworn in 10 Oct 1982.")

# vice presidents
VP = "bo-vice-president"
V2 = "bo-second-vice-president"
term("lucio-perez-velasco", VP, "1899", "1904", "congress", "completed", False, ["frwiki-pando", "opinion-perezvelasco", "blog-mesa-vps"],
     note="Vice president of Pando, elected by the 1899 National Convention (Opinión); broke with Pando in 1903 (Mesa). Recorded as first vice president; exact days not found.")
term("anibal-capriles", V2, "1899", "1904", "congress", "completed", False, ["frwiki-pando"],
     note="Listed with Lucio Pérez Velasco as vice president of Pando (fr.wikipedia infobox); recorded as second vice president (order assumed from the listing). Exact days not found; one source.")
term("eliodoro-villazon", VP, "1904-08-14", "1909-08-12", "elected", "completed", False, ["iiab-villazon", "montes-movatter"],
     note="First Vice President, serving with Valentín Abecia Ayllón; became president 12 Aug 1909.")
term("valentin-abecia", V2, "1904", "1909", "elected", "completed", False, ["iiab-villazon", "montes-movatter"],
     note="Served with First VP Villazón under Montes (1904-1909); recorded as second vice president. Exact days not found.")
term("macario-pinilla", VP, "1909", "1913", "elected", "completed", False, ["enwiki-villazon", "iiab-villazon"],
     note="Succeeded Villazón as First Vice President (Villazón infobox); VP 1909-1913.")
term("juan-misael-saracho", V2, "1909", "1913", "elected", "completed", False, ["enwiki-villazon"],
     note="Listed with Macario Pinilla as vice president of Villazón (1909-1913); recorded as second vice president (order assumed).")
term("juan-misael-saracho", VP, "1913", "1915", "elected", "other", False, ["montes-movatter"],
     note="Vice president of Montes 1913-1915 per Montes infobox; how his tenure ended (death?) not verified in pages read.")
term("jose-carrasco-torrico", V2, "1913", "1917", "elected", "completed", False, ["montes-movatter"],
     note="Listed after Saracho as vice president of Montes's 1913-1917 term; recorded as second vice president; whether he succeeded Saracho as first VP after 1915 is not verified.")
term("ismael-vazquez", VP, "1917", "1920", "elected", "overthrown", False, ["ptxcv-gg"],
     note="First vice president of Gutiérrez Guerra (1917-1920); office ended with the coup of 12 Jul 1920. Exact days not found; one source.")
term("jose-santos-quinteros", V2, "1917", "1920", "elected", "overthrown", False, ["ptxcv-gg"],
     note="Second vice president of Gutiérrez Guerra (1917-1920); the double vice presidency was abolished in 1921. One source.")
term("luis-paz", VP, "1921", "1921", "congress", "resigned", False, ["blog-mesa-vps"],
     note="Resigned the vice presidency (1921) a few days after being elected, protesting that Saavedra had not consulted him (Carlos D. Mesa, quoted). One source; exact days not found.")
term("abdon-saavedra", VP, "1926", "1930", "elected", "other", False, ["itwiki34-abdon", "knowpia-siles", "qaedu-siles", "blog-mesa-vps"],
     note="Vice president of Hernando Siles; practically exiled in 1927 but never resigned (wiki34). Exact days not found.",
     alts=[alt("end", "1927", ["knowpia-siles", "blog-mesa-vps"], "Spanish Wikipedia lists him as VP 'hasta 1927', when Siles exiled him.")])
term("jose-luis-tejada-sorzano", VP, "1931-03-05", "1934-11-27", "elected", "other", False, ["ipfs-tejada", "wikiwand-tejada", "eswiki-salamanca"],
     note="Vice president of Salamanca; became president when Salamanca was deposed.",
     alts=[alt("end", "1934-12-01", ["wikiwand-tejada"], "Current Wikipedia infobox.")])
term("enrique-baldivieso", VP, "1938", "1939", "congress", "other", False, ["ipfs-busch", "wikiwand-tejada"],
     note="Vice president of Busch 1938-1939 (Busch was elected by the 1938 National Convention). Exact days and end reason not found.")
term("julian-montellano", VP, "1945", "1946", "congress", "overthrown", False, ["villarroel-fastly", "enwiki-vp"],
     note="Appointed vice president by Congress in 1945 (English Wikipedia VP article); office ended with Villarroel's fall on 21 Jul 1946 (inferred end year). Exact days not found.")
term("mamerto-urriolagoitia", VP, "1947-03-10", "1949-10-24", "elected", "other", False, ["qaz-urriolagoitia", "infogalactic-urriolagoitia", "mapolist-urriolagoitia", "outremer-hertzogcab"],
     note="Acting president from 7 May 1949; sources give his vice-presidency as ending 24 Oct 1949 when he became president (presidency start given as 22 or 24 Oct).")
term("hernan-siles-zuazo", VP, "1952-04-16", "1956-08-06", "other", "other", False, ["ecured-siles", "mcn-siles", "eswiki-paz"],
     note="Vice president of Paz Estenssoro after the 1952 revolution (1951 running mate); became president 6 Aug 1956. One source for 16 Apr.")
term("nuflo-chavez", VP, "1956-08-06", "1957-06-24", "elected", "resigned", False, ["cryer-chavez", "theinfolist-chavez", "ecured-siles", "blog-mesa-vps"],
     note="Resigned in 1957 over Siles's monetary stabilisation plan. End day from one source (cryer copy of Wikipedia).")
term("juan-lechin", VP, "1960-08-06", "1964-08-06", "elected", "completed", False, ["enwiki-lechin", "riteme-lechin"])
term("rene-barrientos", VP, "1964-08-06", "1964-11-04", "elected", "other", False, ["piglix-barrientos", "eswiki-golpe1964"],
     note="Elected with Paz Estenssoro in 1964; led the coup of 4 Nov 1964 against him.")
term("luis-adolfo-siles", VP, "1966-08-06", "1969-04-27", "elected", "other", False, ["kiddle-silessalinas", "blogmex-silessalinas"],
     note="Became president on Barrientos's death.")
term("jaime-paz-zamora", VP, "1982-10-10", "1984-12-14", "congress", "resigned", False, ["piglix-pazzamora", "profil-pazzamora", "wikispooks-vp", "eju-pazzamora"],
     note="Elected by Congress in 1982 (Spanish Wikipedia copy); resigned 14 Dec 1984 to be able to run for president.")
term("julio-garrett", VP, "1985-08-06", "1989-08-06", "congress", "completed", False, ["eswiki-paz", "livda-garrett", "eldeber-vps1982", "piglix-pazzamora"],
     note="Vice president for Paz Estenssoro's whole 1985-1989 term (fr.wikipedia); days are those of that presidential term (es.wikipedia Paz infobox).")
term("luis-ossio", VP, "1989-08-06", "1993-08-06", "congress", "completed", False, ["piglix-pazzamora", "frwiki-ossio", "eldeber-vps1982", "defzone-cardenas"],
     note="Vice president of Jaime Paz Zamora (4 years, fr.wikipedia); days are those of Paz Zamora's term (piglix) and Cárdenas's start.")
term("victor-hugo-cardenas", VP, "1993-08-06", "1997-08-06", "elected", "completed", False, ["defzone-cardenas", "pinocchio-cardenas", "eldeber-vps1982"])
term("jorge-quiroga", VP, "1997-08-06", "2001-08-07", "congress", "other", False, ["wikispooks-vp", "eldeber-vps1982"],
     note="Became president on Banzer's resignation (existing term starts 7 Aug 2001).")
term("carlos-mesa", VP, "2002-08-06", "2003-10-17", "congress", "other", False, ["wikispooks-vp", "eldeber-vps1982"],
     note="Became president on Sánchez de Lozada's resignation, 17 Oct 2003.")
term("alvaro-garcia-linera", VP, "2006-01-22", "2019-11-10", "elected", "resigned", False, ["qaedu-garcialinera", "perceptiofr-garcialinera", "eldeber-vps1982"],
     note="Elected 2005, re-elected 2009 and 2014; resigned with Evo Morales on 10 Nov 2019.")

# ---------------- vacancies ----------------
VA = []
def vac(office, start, end, reason, keys, note=None, suffix=""):
    VA.append({"id": "vacancy-%s-%s%s" % (office, start[:4], suffix), "office": office, "start": start, "end": end,
               "reason": reason, "sources": sids(*keys), "note": note, "alternatives": []})
vac(BP, "1930-05-28", "1930-06-28", "No president: after Hernando Siles resigned, the Council of Ministers exercised executive power (to 25 Jun 1930 per archontology) until the military junta of Carlos Blanco Galindo took over on 28 Jun 1930.",
    ["archon2064", "bnp-1930", "zxc-siles", "ipfs-blanco"], note="Who governed 25-28 Jun 1930 (between the revolution and the junta) is not established in pages read.")
vac(BP, "1970-10-06", "1970-10-07", "No single president: after Ovando's resignation early on 6 Oct 1970 (and Rogelio Miranda's brief claim to the presidency), a military triumvirate (Efraín Guachalla, Fernando Sattori, Alberto Albarracín) held the government until Juan José Torres was proclaimed on 7 Oct.",
    ["sumandovoces-1970", "hemeroteca-torres", "eswiki-golpes1970", "deptabcdef-ovando"], note="Collegiate junta junta-bo-1970; no presiding member identified.")
vac(BP, "1981-08-04", "1981-09-04", "No single president: the Junta de Comandantes (Celso Torrelio, Waldo Bernal, Óscar Pammo) governed after García Meza's resignation until Torrelio was named president.",
    ["educa-junta1981", "ptwiki-junta1980", "csmonitor-1981"], note="Collegiate junta junta-bo-1981 (three-man junta per CS Monitor, 6 Aug 1981, which also reported it would probably name Gen. Bernal president); no presiding member identified.")
vac(VP, "1920-07-12", "1921", "Coup of 12 Jul 1920 and junta government; no vice president until the 1921 Convention.", ["kiddle-junta1920", "qaedu-saavedra"])
vac(VP, "1921", "1926", "Vice presidency vacant under Saavedra after Luis Paz resigned, and under provisional president Guzmán, until Abdón Saavedra took office with Hernando Siles (Jan 1926).",
    ["qaedu-saavedra", "blog-mesa-vps", "knowpia-siles"], suffix="-b")
vac(VP, "1930", "1931-03-05", "Fall of Siles (1930) and military junta; vice presidency vacant until Tejada Sorzano took office with Salamanca.", ["ipfs-blanco", "ipfs-tejada"])
vac(VP, "1934-11-27", "1938", "Tejada Sorzano succeeded to the presidency; no vice president under him, under Toro or in Busch's first year.", ["wikiwand-tejada", "enwikipedianet-toro", "ipfs-busch"])
vac(VP, "1939", "1945", "Quintanilla's de facto government removed the vice presidency by decree; Peñaranda was elected without a vice president; Villarroel had none until Congress appointed Julián Montellano in 1945.",
    ["enwiki-vp", "villarroel-fastly"])
vac(VP, "1946", "1947-03-10", "Fall of Villarroel; civil junta (Guillén, Monje) with no vice president until Hertzog and Urriolagoitía took office.", ["frqaz-monje", "qaz-urriolagoitia"])
vac(VP, "1949-10-24", "1952-04-16", "Urriolagoitía succeeded to the presidency; Ballivián's de facto government had no vice president.", ["qaz-urriolagoitia", "itxcv-ballivian", "ecured-siles"])
vac(VP, "1957-06-24", "1960-08-06", "Ñuflo Chávez resigned; no replacement until Juan Lechín took office.", ["cryer-chavez", "enwiki-lechin"])
vac(VP, "1964-11-04", "1966-08-06", "Barrientos overthrew Paz Estenssoro; military junta with no vice president.", ["piglix-barrientos", "eswiki-golpe1964"])
vac(VP, "1969-04-27", "1982-10-10", "Siles Salinas succeeded to the presidency; military and interim governments (Ovando, Torres, Banzer, Pereda, Padilla, Guevara, Natusch, Gueiler, García Meza, Torrelio, Vildoso) had no vice president until Jaime Paz Zamora took office with Siles Zuazo.",
    ["kiddle-silessalinas", "ipfs-pereda", "itxcv-padilla", "enwiki-guevara", "wikious-vildoso", "piglix-pazzamora"],
    note="Infoboxes of Siles Salinas, Pereda, Padilla, Guevara and Vildoso say 'Vice President: Vacant'; Paz Zamora's predecessor as VP is Siles Salinas.")
vac(VP, "1984-12-14", "1985-08-06", "Jaime Paz Zamora resigned; vacant until Julio Garrett took office.", ["profil-pazzamora", "piglix-pazzamora"])
vac(VP, "2001-08-07", "2002-08-06", "Jorge Quiroga succeeded to the presidency.", ["wikispooks-vp", "searchcomvn-vp"])
vac(VP, "2003-10-17", "2006-01-22", "Carlos Mesa succeeded to the presidency; no vice president under Mesa or Rodríguez Veltzé.", ["wikispooks-vp", "qaedu-garcialinera"])
vac(VP, "2019-11-10", "2020-11-08", "García Linera resigned with Morales; interim president Jeanine Áñez governed without a vice president until David Choquehuanca took office.",
    ["qaedu-garcialinera", "perceptiofr-garcialinera"], note="Existing bo-vice-president office note also says Áñez governed without a vice president.")

# ---------------- coverage ----------------
CV = [
 {"series": "bo-president", "from": "1899-04-12", "to": "1982-10-10",
  "sources": sids("archon2064", "hist6482-enwiki", "ptqaz-junta1899", "ecured-siles"),
  "note": "Every head of state from the Federal Junta (12 Apr 1899) to Siles Zuazo's inauguration (10 Oct 1982), chained holder by holder through predecessor/successor fields of biographies, archontology 1920-1964 and the 1964-1982 period article; existing terms for Paz Estenssoro (1960-64, 1964) and Banzer (1971-78) fill their spans; collegiate periods (1930 Council of Ministers, Oct 1970 triumvirate, Aug 1981 junta) are vacancies. The 1964-66 Barrientos/Ovando co-presidency overlaps by design."},
 {"series": "bo-vice-president", "from": "1920-07-12", "to": "2020-11-08",
  "sources": sids("enwiki-vp", "eldeber-vps1982", "searchcomvn-vp", "enfoque-vps"),
  "note": "Enfoque News (2025) counts 14 vice presidents in eight decades from Mamerto Urriolagoitia (1947-1949) to David Choquehuanca (2020-2025), matching the 14 recorded here (incl. Choquehuanca, existing); El Deber (2025) lists the eight since 1982. All (first/single) vice presidents and vacancies from the 1920 coup to Choquehuanca's inauguration; several pre-1950 holders have year-precision dates only (Luis Paz 1921, Abdón Saavedra 1926-1930, Baldivieso 1938-1939, Montellano 1945-1946). 1899-1920 first and second vice presidents are recorded too but that span is NOT claimed complete (1915-1917 first vice presidency unresolved)."},
]

def dump(name, data):
    with open(os.path.join(D, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)

used = set()
for coll in (P, O, OF, T, VA):
    for r in coll:
        used.update(r["sources"])
        for a in r.get("alternatives", []):
            used.update(a["sources"])
for c in CV:
    used.update(c["sources"])
allsrc = [s for s in S.values() if s["id"] in used]
ids = [s["id"] for s in S.values()]
assert len(ids) == len(set(ids)), "dup source ids"
dump("sources.json", allsrc)
dump("people.json", P)
dump("organizations.json", O)
dump("offices.json", OF)
dump("terms.json", T)
dump("vacancies.json", VA)
dump("coverage.json", CV)
tids = [t["id"] for t in T]
assert len(tids) == len(set(tids)), [x for x in tids if tids.count(x) > 1]
print(len(allsrc), "sources;", len(P), "people;", len(O), "orgs;", len(T), "terms;", len(VA), "vacancies; unused sources:", [k for k, s in S.items() if s["id"] not in used])
