# ---------------- sources (read through the search tool; URLs exactly as returned) ----------------
src("src-emol-20000703-banzer-dispuesto", "http://www.emol.com/noticias/internacional/2000/07/03/25438/banzer-dispuesto-a-reunirse-con-presidente-de-chile-en-brasil.html",
    "Banzer dispuesto a reunirse con Presidente de Chile en Brasil", "Emol (AP)", "2000-07-03")
src("src-presidenciauy-20000901-cumbre-brasilia", "http://archivo.presidencia.gub.uy/noticias/archivo/2000/setiembre/2000090109.htm",
    "Cumbre presidencial en Brasilia — Los presidentes de América se congratulan por crecimiento institucional de la región", "Presidencia de la República Oriental del Uruguay", "2000-09-01")
src("src-critica-20021117-xii-cumbre", "https://portal.critica.com.pa/archivo/11172002/mun03.html",
    "XII Cumbre Iberoamericana clausurada con la Declaración de Bávaro", "Crítica (Panamá)", "2002-11-17",
    note="Date from the archive path (11172002); text: the leaders 'clausuraron ayer su XII Cumbre'.")
src("src-comercioexteriorbolivia-201706-ace22", "http://comercioexteriorbolivia.blogspot.com/2017/06/acuerdo-de-complementacion-economica-n.html",
    "Acuerdo de Complementación Económica Nº 22 (Bolivia / Chile)", "Comercio Exterior Bolivia (blog)", "2017-06-10")

# ---------------- events ----------------
ev(id="2000-08-lagos-banzer-brasilia-proposed",
   title="Proposed Lagos–Banzer meeting at the first Meeting of South American Presidents (Brasília, end of August 2000)",
   date="2000-08", place="Brasília, Brazil", status="planned",
   participants=["hugo-banzer", "ricardo-lagos"],
   topics=["bilateral dialogue", "sea access", "Silala"],
   outcomes=[],
   history=[{"reported": "2000-07-03", "source": "src-emol-20000703-banzer-dispuesto", "status": "planned", "date": "2000-08",
             "place": "Brazil", "note": "Banzer, back from Europe, says he is willing to meet Lagos 'a fines de agosto en Brasil' to restart a bilateral dialogue; the summit of South American presidents 'podría ser el marco ideal'. Emol/AP adds that foreign-ministry contacts had restarted at the end of 1999 and that the Silala waters had become a new problem."}],
   sources=["src-emol-20000703-banzer-dispuesto", "src-iri-comunicado-brasilia-2000", "src-presidenciauy-20000901-cumbre-brasilia"],
   note="Status 'planned' = proposed by Banzer only (3 Jul 2000); NO report that the meeting took place was found (3 searches, es/en). Both presidents did attend the Reunión de Presidentes de América del Sur, Brasília, 31 Aug–1 Sep 2000 (Comunicado de Brasilia, IRI copy; Uruguayan presidency, 1 Sep 2000). Banzer's wording says the meeting would be in Rio de Janeiro ('la segunda quincena de agosto se celebrará en Río de Janeiro una reunión'), but the summit was held in Brasília; place given as Brasília from the communiqué. Indirect hint only: an IPS brief (Feb 2004, src-ips-200402-barros-gumucio-bolivia) says the 'agenda sin exclusiones' was agreed 'en Brasilia en 2000' (other pages: Algarve, 22 Feb 2000) — not treated as proof that Lagos and Banzer met.",
   alternatives=[{"field": "place", "value": "Rio de Janeiro, Brazil", "sources": ["src-emol-20000703-banzer-dispuesto"], "note": "Banzer (3 Jul 2000) placed the presidents' meeting in Rio de Janeiro in the second half of August; the summit actually met in Brasília on 31 Aug–1 Sep 2000."}])

# ---------------- agreements ----------------
ag(id="ace22-decimo-protocolo-adicional",
   title="Tenth Additional Protocol to ACE No. 22 (Chilean 100% tariff preferences for almost all Bolivian products)",
   kind="protocol", signed=None, status="signed",
   summary="From the tenth additional protocol to ACE 22 onward, Chile grants Bolivia a 100% tariff preference on almost all products (with exceptions).",
   sources=["src-scribd-ace22-docx"],
   note="Signing date, place and signatories not in the excerpt read (Scribd student paper 'ACE 22'). One source. Status 'signed' is the minimum the text implies (it is said to be applied).")

# ---- batch 2 ----
src("src-emol-20010412-ace22-comision", "http://emol.com/noticias/nacional/2001/04/12/52050/chile-y-bolivia-inician-negociaciones-para-profundizar-comercio.html",
    "Chile y Bolivia inician negociaciones para profundizar comercio", "Emol", "2001-04-12")
src("src-uchile-bustos-nuestros-vecinos-p225", "https://libros.uchile.cl/files/presses/1/monographs/276/submission/proof/225",
    "Nuestros vecinos – Carlos Bustos, 'Dos siglos de relaciones chileno-bolivianas', p. 224 ('Chile y Bolivia en el año 2000')", "Universidad de Chile (Libros)", None)
src("src-dgabc-20000221-vilamoura", "https://www.dgabc.com.br/(X(1)S(00zo2qvgr2zzsvwf45123bvl))/Noticia/446960/ue-se-reune-com-os-grupos-de-san-jose-e-do-rio--",
    "UE se reúne com os grupos de San José e do Rio", "Diário do Grande ABC", "2000-02-21", language="pt")
src("src-frus-1905-d117-chile-bolivia-comercio", "https://history.state.gov/historicaldocuments/frus1905/d117",
    "Minister Sorsby to the Secretary of State, La Paz, September 14, 1905 (Papers Relating to the Foreign Relations of the United States, 1905, doc. 117)", "Office of the Historian, U.S. Department of State (FRUS)", "1905-09-14", language="en")

ev(id="2001-04-11-ace22-comision-administradora-viii-montevideo",
   kind="commission",
   title="VIII meeting of the ACE 22 Administrative Commission (Montevideo): Chile and Bolivia open negotiations to deepen the agreement",
   date="2001-04-11", place="Montevideo, Uruguay",
   participants=[], organizations=[],
   topics=["trade", "ACE 22", "sanitary and phytosanitary measures"],
   outcomes=["The delegations agreed to resume negotiations to improve and deepen ACE 22; Chile presented a draft text for a new agreement, Bolivia to answer within two weeks.",
             "Chile raised Bolivian sanitary requirements on poultry, grapes and vine material; Bolivia asked about Chilean procedures for pineapple, bananas and other farm products.",
             "Next negotiating rounds fixed for 4 June 2001 in Montevideo and the third week of July 2001."],
   sources=["src-emol-20010412-ace22-comision"],
   note="Date derived: Emol (Thursday 12 Apr 2001) says the decision was taken 'este miércoles' = 11 Apr 2001. Bolivian delegation led by vice-minister of International Economic Relations and Integration Ana María Solares; Chilean delegation by Julio de la Fuente, director of bilateral economic affairs of the Chilean foreign ministry (names not added as person records). One source.")

ag(id="acuerdo-1905-09-10-libre-internacion-productos",
   title="Chile–Bolivia agreement on the reciprocal free introduction of each country's manufactures and products (La Paz, 10 September 1905)",
   kind="agreement", signed="1905-09-10", place="La Paz, Bolivia", status="signed",
   summary="Under the 1904 treaty, and until Bolivia cancels the customs-free privilege then enjoyed by Peruvian goods, Chilean manufactures and products exported to Bolivia and Bolivian ones exported to Chile are reciprocally exempt from customs duties.",
   sources=["src-frus-1905-d117-chile-bolivia-comercio"],
   note="US Minister Sorsby (La Paz, 14 Sep 1905 dispatch) reports it was signed 'on the 10th instant' by the Chilean minister in La Paz and the Bolivian minister for foreign affairs (neither named in the excerpt). One source. Not the '1907 protocol' the brief asked for.")

ag(id="acuerdo-control-trafico-drogas-bo-cl-1990s",
   title="Bilateral agreement on the control, supervision and repression of drug trafficking (early 1990s)",
   kind="agreement", signed=None, status="signed",
   summary="Chile and Bolivia adopted a bilateral agreement on the control, supervision and repression of trafficking in drugs and narcotics, part of the détente of the early 1990s (Aylwin, Paz Zamora and Sánchez de Lozada governments).",
   sources=["src-uchile-bustos-nuestros-vecinos-p223"],
   note="Carlos Bustos (Nuestros vecinos, p. 222) lists it among the achievements after 1990, before mentioning the 1993 political-consultations mechanism; exact title, date and signatories not in the excerpt. One source.")

ag(id="acuerdo-mecanismo-consultas-politicas-1993",
   title="Agreement creating the permanent Mechanism of Political Consultations (Mecanismo de Consultas Políticas) Bolivia–Chile",
   kind="agreement", signed="1993", status="signed",
   summary="In 1993 Chile and Bolivia agreed to create a permanent mechanism of political consultations (later meetings numbered I–XXII up to 2010, at vice-minister level).",
   sources=["src-uchile-bustos-nuestros-vecinos-p223"],
   note="Bustos (p. 222): 'en 1993 se acordó la creación de un mecanismo permanente de consultas políticas'. Day, place and signatories not in the excerpt; the first meeting (I) was not found. One source. Links to organization mecanismo-consultas-politicas-bo-cl.")

# ---- batch 3 ----
src("src-emol-20011125-quiroga-plazos-gasoducto", "http://emol.com/noticias/internacional/2001/11/25/72147/bolivia-puso-plazos-para-la-adjudicacion-del-gasoducto.html",
    "Bolivia puso plazos para la adjudicación del gasoducto", "Emol", "2001-11-25")
src("src-emol-20051006-xiv-consultas-iquique", "http://www.emol.com/noticias/nacional/2005/10/06/197582/chile-y-bolivia-estudian-proyecto-sobre-rio-silala.html",
    "Chile y Bolivia estudian proyecto sobre río Silala", "Emol", "2005-10-06")
src("src-emol-20070118-foxley-morales-rio", "http://emol.com/noticias/internacional/2007/01/18/242785/alejandro-foxley-y-evo-morales-saldran-a-trotar-manana-en-rio-de-janeiro.html",
    "Alejandro Foxley y Evo Morales saldrán a trotar mañana en Río de Janeiro", "Emol", "2007-01-18")

PEOPLE.append(dict(id="cristian-barros", name="Cristián Barros", other_names=[], aliases=[], birth_date=None, birth_place=None,
    death_date=None, nationalities=["CL"], sources=["src-emol-20051006-xiv-consultas-iquique"],
    note="Chilean Undersecretary of Foreign Affairs (subsecretario de Relaciones Exteriores) in Oct 2005 (Emol, 6 Oct 2005). Maternal surname not in the page read.", alternatives=[]))
PEOPLE.append(dict(id="hernando-velasco", name="Hernando Velasco", other_names=[], aliases=[], birth_date=None, birth_place=None,
    death_date=None, nationalities=["BO"], sources=["src-emol-20051006-xiv-consultas-iquique"],
    note="Bolivian vice-minister of Foreign Affairs ('subsecretario' in Emol's wording) in Oct 2005 (Emol, 6 Oct 2005). Maternal surname not in the page read.", alternatives=[]))

src("src-distrito18pdc-200709-frei-admitio", "http://distrito18pdc.blogspot.com/2007/09/frei-admiti-conversaciones-con-bolivia.html",
    "Frei admitió conversaciones con Bolivia (blog repost of a Chilean press article by Mario Gálvez)", "distrito18pdc (blog)", "2007-09",
    note="Blog copy of a Chilean newspaper article ('hasta la publicación de este diario el domingo pasado'); original outlet not named in the excerpt.")

ev(id="1996-frei-bolivia-sea-access-conversations",
   kind="other",
   title="Confidential Chile–Bolivia conversations on a Bolivian outlet to the sea under President Frei (1996–1997)",
   date="1996", end_date="1997", place=None, status="held",
   participants=["eduardo-frei-ruiz-tagle", "mariano-fernandez"],
   topics=["sea access", "border demining"],
   outcomes=["Frei (Sept 2007) admitted that his government started conversations with La Paz because both Bolivian presidents of his term, Sánchez de Lozada and Banzer, repeatedly asked why Chile talked with Peru and Argentina and not with Bolivia; he did not say whether the basis was handing over the port of Iquique without sovereignty.",
             "The dialogue, authorised in 1996, was conducted confidentially between former Aylwin minister Enrique Correa and Bolivian economist Horst Grebe; then vice-FM Mariano Fernández refused in 1997 in Buenos Aires to sign the agreement because of last-minute Bolivian demands (press article reposted by a blog).",
             "Former Bolivian FM Armando Loaiza: the dialogue failed when the Bolivian government raised maritime sovereignty and border demining."],
   sources=["src-net360-frei-admite-conversaciones", "src-distrito18pdc-200709-frei-admitio"],
   note="Dating '1996 a 1997' from net360 (citing El Mercurio); '1996' authorisation and '1997 en Buenos Aires' from the blog repost (Sept 2007). No dated meeting is given. Enrique Correa and Horst Grebe (the negotiators) and Juan Martabit (then director general of foreign policy) are named but not added as person records. Sánchez de Lozada (to Aug 1997) and Banzer (from Aug 1997) are the Bolivian presidents Frei refers to; not listed as participants because the pages do not say they took part in the talks.")

ev(id="1997-buenos-aires-agreement-not-signed",
   kind="signing",
   title="Planned signing of the confidential Chile–Bolivia understanding called off in Buenos Aires (1997)",
   date="1997", place="Buenos Aires, Argentina", status="cancelled",
   participants=["mariano-fernandez"],
   topics=["sea access"],
   outcomes=["Chile's vice-FM Mariano Fernández refused to sign the agreement because of last-minute demands by the Bolivian delegation."],
   sources=["src-distrito18pdc-200709-frei-admitio"],
   note="One source (blog repost of a Chilean press article, Sept 2007). Month/day and the Bolivian delegation members not given. Part of the 1996–1997 conversations (event 1996-frei-bolivia-sea-access-conversations).")

ev(id="2007-01-18-fm-meeting-foxley-choquehuanca-rio",
   kind="meeting",
   title="FMs Alejandro Foxley and David Choquehuanca meet at the Mercosur summit in Rio de Janeiro",
   date="2007-01-18", place="Rio de Janeiro, Brazil", status="held",
   participants=["alejandro-foxley", "david-choquehuanca", "evo-morales"],
   topics=["bilateral agenda"],
   outcomes=["Foxley met his Bolivian counterpart Choquehuanca; reportedly the landlocked-status issue was not discussed.",
             "At Lula's dinner at Itamaraty the same night, Foxley and President Morales agreed to go jogging on Rio's beaches the next morning at 06:00 (not verified that it took place)."],
   sources=["src-emol-20070118-foxley-morales-rio"],
   note="One source (Emol, 18 Jan 2007: 'Más temprano, el canciller chileno se reunió con su homólogo boliviano, David Hoquehuanca [sic]'). Chile attended the two-day Mercosur summit as guest country. Morales is listed because of the dinner-time agreement with Foxley, not as a party to the FM meeting. Outside the 1990–2002 priority window; added because it was not in the dataset.")

# ---- batch 4 ----
src("src-ips-200402-barros-gumucio-chile", "https://ipsnoticias.net/2004/02/breves-mercosur-chile-191",
    "Breves Mercosur: Chile (vice-ministerial talks Barros–Gumucio in Santiago)", "IPS Noticias", "2004-02")
src("src-ips-200402-barros-gumucio-bolivia", "https://ipsnoticias.net/2004/02/comunidad-andina-bolivia-202",
    "Comunidad Andina: Bolivia (maritime claim excluded from Santiago talks)", "IPS Noticias", "2004-02")
PEOPLE.append(dict(id="jorge-gumucio", name="Jorge Gumucio", other_names=[], aliases=[], birth_date=None, birth_place=None,
    death_date=None, nationalities=["BO"], sources=["src-ips-200402-barros-gumucio-bolivia", "src-ips-200402-barros-gumucio-chile"],
    note="Bolivian vice-minister of Foreign Affairs (vicecanciller) in Feb 2004 under President Carlos Mesa (IPS). One IPS brief misspells him 'Gamucio'. Maternal surname not in the pages read.", alternatives=[]))

ev(id="2004-02-vice-ministers-barros-gumucio-santiago",
   kind="meeting",
   title="Vice-foreign-ministers Cristián Barros and Jorge Gumucio hold two days of talks in Santiago",
   date="2004-02", place="Santiago, Chile", status="held",
   participants=["cristian-barros", "jorge-gumucio"],
   topics=["bilateral agenda", "1904 treaty free transit", "port of Arica", "sea access"],
   outcomes=["Talks on Monday and Tuesday on an eight-point list aimed at guaranteeing Bolivia's rights under the 1904 Treaty, which La Paz said were affected by the privatisation of the port of Arica.",
             "Bolivia's maritime claim was not discussed (Chile kept to the pre-agreed topics, although Gumucio asked to restore the 'agenda sin exclusiones'); the Silala was also left out and expected for a next meeting planned for April 2004."],
   sources=["src-ips-200402-barros-gumucio-bolivia", "src-ips-200402-barros-gumucio-chile"],
   note="Two IPS briefs (Feb 2004; exact publication days not shown): 'el lunes y el martes en Santiago' / 'el martes ... la última de las dos jornadas'. The week is not given, so month precision. Whether this was a numbered meeting of the Mecanismo de Consultas Políticas is not stated. One of the briefs says the 'agenda sin exclusiones' was agreed 'en Brasilia en 2000' (others: Algarve, Feb 2000) — see notes.md.")
