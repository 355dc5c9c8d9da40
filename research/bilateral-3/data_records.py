# ---------------- people (new) ----------------
person(id="manuel-rengifo", name="Manuel Rengifo", other_names=["Manuel Renjifo"], nationalities=["CL"],
       sources=["src-gdp1879-201804-tratado-1833", "src-wikisource-sesiones-xxi-628"],
       note="Chilean Minister of Finance (Hacienda) who signed the 1833 treaty with Bolivia; spelled 'Renjifo' in the 19th-century orthography of the congressional record.")
person(id="damaso-uriburu", name="Dámaso Uriburu", nationalities=["BO"],
       sources=["src-gdp1879-201804-tratado-1833", "src-wikisource-sesiones-xxi-628"],
       note="Bolivian chargé d'affaires (Encargado de Negocios) in Chile in 1833. Nationality as Bolivian envoy; personal nationality not verified.")
person(id="carlos-furche", name="Carlos Furche", nationalities=["CL"], sources=["src-odepa-nodate-acuerdo-chile-bolivia"],
       note="Director of DIRECON (Chile's Directorate General of International Economic Relations) in October 2005. One source.")
person(id="jorge-asin", name="Jorge Asin", nationalities=["BO"], sources=["src-odepa-nodate-acuerdo-chile-bolivia"],
       note="Bolivian vice-minister of foreign trade (viceministro de Comercio Exterior) in October 2005. Spelling as in the single source read (ODEPA); an accented form 'Asín' was not seen.")
person(id="carolina-toha", name="Carolina Tohá", nationalities=["CL"],
       sources=["src-elvinotinto-20241220-acuerdo", "src-pauta-20250227-toha-bolivia", "src-pepenoticias-acuerdo-reingreso"],
       note="Chilean Minister of the Interior in Dec 2024–Feb 2025 (per the sources). Full name not given in the excerpts.")
person(id="juan-carlos-munoz", name="Juan Carlos Muñoz", nationalities=["CL"],
       sources=["src-pauta-20250227-toha-bolivia", "src-antofagastatv-toha-la-paz", "src-elmaipo-toha-protocolo"],
       note="Chilean Minister of Transport and Telecommunications (Feb 2025).")

# ---------------- events ----------------
ev(id="2002-08-06-sanchez-de-lozada-inauguration-chile-representation", kind="inauguration",
   title="Inauguration of Gonzalo Sánchez de Lozada (2nd term); Chile represented by Interior Minister José Miguel Insulza",
   date="2002-08-06", place="La Paz, Bolivia",
   participants=["gonzalo-sanchez-de-lozada", "jose-miguel-insulza"],
   topics=["inauguration"],
   outcomes=["Chile was represented by Interior Minister José Miguel Insulza (no Chilean head of state attended); the presidents of Venezuela and Peru and Prince Felipe of Spain attended."],
   sources=["src-diplomaciapresidencial-bolivia-2002"],
   note="Date: the chronicle says Chávez arrived in La Paz 'el martes 6 de agosto' to attend the ceremony. One source (a Venezuelan travel chronicle). Consistent with Río Negro/Télam (Jan 2006, existing src-rionegro-200601-lagos-asistira): Lagos in 2006 was the first Chilean head of state in decades to attend a Bolivian inauguration.")

ev(id="2005-09-30-lagos-rodriguez-brasilia",
   title="Lagos–Rodríguez Veltzé meeting in Brasília: three bilateral agreements (passports, trade, water resources)",
   date="2005-09-30", place="Brasília, Brazil",
   participants=["ricardo-lagos", "eduardo-rodriguez-veltze"],
   topics=["trade", "tariff preferences", "tourism", "passports", "water resources", "Silala"],
   outcomes=[
     "Both presidents called the meeting 'muy positiva y auspiciosa'; Lagos: 'Hoy fueron convenidos acuerdos en tres áreas fundamentales' (DW).",
     "Passport requirement for tourist travel between the two countries (stays up to 90 days) abolished from the next day, Saturday 1 October 2005 (DW).",
     "Chile to free all Bolivian exports except wheat, wheat flour and a sugar quota; the trade agreement to be signed 'en los próximos 30 días' (DW); ODEPA says the presidents signed the deepening of the trade agreement that day and the details were agreed in Arica on 13 Oct 2005.",
     "Start of an agreement on the integrated use of water resources, aimed at settling the Silala dispute (ODEPA)."],
   agreements=["acuerdo-supresion-pasaporte-turistas-2005", "compromiso-ace22-liberalizacion-2005-09-30", "inicio-convenio-recursos-hidricos-2005"],
   sources=["src-dw-20050930-liberalizacion-fronteras", "src-odepa-nodate-acuerdo-chile-bolivia", "src-lavoz-20060123-gestos"],
   note="DW (30 Sep 2005) places the meeting 'en la capital brasileña'; ODEPA gives the date (30 Sep 2005) and says both countries were 'representados por sus respectivos Presidentes'. La Voz/EFE (23 Jan 2006) lists the elimination of passports at the border and the trade agreement raising Bolivian exports among the bilateral advances. The multilateral occasion in Brasília is not named in the excerpts read.",
   alternatives=[])

ev(id="2006-03-11-bachelet-inauguration-morales", kind="inauguration",
   title="Evo Morales attends the inauguration of Michelle Bachelet in Valparaíso",
   date="2006-03-11", place="Valparaíso, Chile (seat of the National Congress)",
   participants=["michelle-bachelet", "evo-morales", "ricardo-lagos"],
   topics=["inauguration", "bilateral agenda"],
   outcomes=["Morales attended Bachelet's inauguration together with some 30 leaders and dignitaries, the day after his private meetings with Lagos and Bachelet in Santiago (existing events 2006-03-10-morales-lagos-la-moneda and 2006-03-10-morales-bachelet-santiago)."],
   history=[
     {"reported": "2006-01-23", "source": "src-notimerica-20060123-nueva-historia", "status": "planned", "date": "2006-03-11", "place": "Santiago, Chile", "note": "On 22 Jan 2006 Morales committed himself to attend Bachelet's inauguration on 11 March (headline: 'se compromete a asistir el próximo 11 de marzo a la toma de posesión de Michelle Bachelet en Santiago')."},
     {"reported": "2006-03-11", "source": "src-lagaceta-20060311-dia-especial", "status": "planned", "date": "2006-03-11", "place": "Valparaíso, Chile", "note": "'Morales asistirá hoy a la ceremonia de asunción, junto con unos 30 líderes y dignatarios de otros países, en la sede del Parlamento, en Valparaíso.' Morales chose Chile for his first trip abroad as head of state."},
     {"reported": "2006-06-12", "source": "src-xinhua-20060612-legisladores", "status": "held", "date": "2006", "place": None, "note": "Xinhua: the new presidents 'attended each others' inauguration' (inaccurate for January 2006: Bachelet, then president-elect, sent Ricardo Lagos Weber to Morales's inauguration)."}],
   sources=["src-lagaceta-20060311-dia-especial", "src-xinhua-20060612-legisladores", "src-notimerica-20060123-nueva-historia"],
   note="Attendance itself is confirmed only by Xinhua (June 2006), whose sentence is partly wrong (see history); La Gaceta's same-day report is an announcement. Treat 'held' as probable but with weak confirmation.")

ev(id="2006-07-21-bachelet-morales-cordoba-possible",
   title="Possible Bachelet–Morales meeting at the Mercosur summit in Córdoba (not confirmed)",
   date="2006-07-21", place="Córdoba, Argentina",
   participants=["michelle-bachelet", "evo-morales"],
   status="planned", topics=["13-point agenda", "bilateral agenda"],
   outcomes=[],
   history=[
     {"reported": "2006-07-18", "source": "src-prensalatina-20060718-cronicadigital", "status": "planned", "date": "2006-07-21", "place": "Córdoba, Argentina", "note": "Sources close to both delegations confirmed the 'posible entrevista' of both presidents when they attend 'el viernes próximo' the enlarged Mercosur summit in Córdoba (dispatch dated Tuesday 18 July 2006 → Friday 21 July)."},
     {"reported": "2006-07-20", "source": "src-lavozdegalicia-20060720-mercosur", "status": "planned", "date": "2006-07", "place": "Córdoba, Argentina", "note": "Summit began in Córdoba; Bachelet and Morales to join as guests."},
     {"reported": None, "source": "src-diarioelargentino-2006-relanzar-mercosur", "status": "planned", "date": None, "place": "Córdoba, Argentina", "note": "Bachelet arrived in Córdoba in the afternoon; Morales was still awaited that night."}],
   sources=["src-prensalatina-20060718-cronicadigital", "src-lavozdegalicia-20060720-mercosur", "src-diarioelargentino-2006-relanzar-mercosur"],
   note="Whether the bilateral meeting took place was NOT verified (no report of it found). Kept as 'planned'.")

ev(id="2008-09-15-unasur-santiago-bolivia-crisis",
   title="UNASUR emergency summit in Santiago on the Bolivian crisis, convened by Bachelet with Morales present",
   date="2008-09-15", place="Santiago, Chile (Palacio de La Moneda, Salón Montt)",
   participants=["michelle-bachelet", "evo-morales", "alejandro-foxley", "jose-miguel-insulza"],
   topics=["Bolivian political crisis", "democracy", "UNASUR"],
   outcomes=[
     "Bachelet, as UNASUR pro tempore president, convened the emergency meeting; Morales thanked her and denounced a 'golpe de estado cívico-prefectural' (Cooperativa).",
     "After about five hours the presidents' declaration (read by Bachelet) gave 'su más pleno y decidido respaldo' to Morales's constitutional government, rejected any civil coup attempt or break of institutional order or of Bolivia's territorial integrity, and created a commission to investigate the recent violence (Semana).",
     "Chile proposed a dialogue table in Bolivia accompanied by the UNASUR presidency and the OAS Secretary General (Foxley; El Nuevo Diario, Cooperativa)."],
   sources=["src-cooperativa-20080915-morales-agradecio", "src-semana-20080915-respaldo-unasur", "src-elnuevodiario-2008-mision-unasur"],
   countries=["BO", "CL"],
   note="Multilateral meeting hosted by Chile; Bachelet received each president one by one at La Moneda before the closed-door session (El Nuevo Diario). Nine presidents attended per El Nuevo Diario/Semana. A separate Bachelet–Morales bilateral is not reported in the excerpts.")

ev(id="2009-04-03-vice-ministers-silala-santiago", kind="commission",
   title="Vice-ministers Fernández and van Klaveren meet in Santiago and announce agreement on the Silala waters",
   date="2009-04-03", place="Santiago, Chile",
   participants=["hugo-fernandez-araoz", "alberto-van-klaveren"],
   topics=["Silala", "water resources"],
   outcomes=["Announced the forthcoming signature of an agreement on the use of the Silala waters 'sobre la base de que se trata de aguas que efectivamente ambos países estamos compartiendo', including payment by Chilean private users; to be submitted to internal consultations; some points still pending (Fernández)."],
   sources=["src-elpais-20090405-silala"],
   note="El País (5 Apr 2009): announced 'ayer' after the two vice-ministers met 'este viernes' in Santiago → Friday 3 April 2009 (date derived). Precedes the text finalised in La Paz on 18 May 2009 (existing agreement acuerdo-inicial-silala-2009). One source.")

ev(id="2009-bicentenario-la-paz-fernandez-visit-planned", kind="visit",
   title="Chilean FM Mariano Fernández to lead Chile's delegation to the La Paz bicentenary (Bachelet invited)",
   date=None, place="La Paz, Bolivia",
   participants=["mariano-fernandez", "evo-morales", "michelle-bachelet"],
   status="planned", topics=["bicentenary"],
   outcomes=["Bachelet was invited by Morales with ten other heads of state but her attendance was 'poco probable'; only FM Fernández was confirmed, for a stay of less than 24 hours."],
   history=[{"reported": None, "source": "src-latercera-2009-bicentenario-bolivia", "status": "planned", "date": None, "place": "La Paz, Bolivia", "note": "Celebration 'el jueves' of the deposition of the Spanish governor Tadeo Dávila and the creation of the Junta Tuitiva."}],
   sources=["src-latercera-2009-bicentenario-bolivia"],
   note="Date not in the excerpt (it says 'el jueves'; the Junta Tuitiva anniversary suggests 16 July 2009, a Thursday, but this is not stated). Whether Fernández went was not verified. One source.")

ev(id="2010-01-22-morales-second-inauguration-bachelet", kind="inauguration",
   title="Bachelet attends Evo Morales's second inauguration in La Paz",
   date="2010-01-22", place="La Paz, Bolivia",
   participants=["evo-morales", "michelle-bachelet"],
   topics=["inauguration", "health cooperation"],
   outcomes=["Bachelet (outgoing) was in La Paz for the ceremony and planned to hand over a donation of medical equipment to the Hospital del Niño under a bilateral health cooperation plan (forum copy of an agency dispatch)."],
   history=[
     {"reported": "2010-01-02", "source": "src-emol-20100102-bachelet-asistiria", "status": "planned", "date": "2010-01-22", "place": "La Paz, Bolivia", "note": "Bolivian minister Pablo Groux: the presidents of Chile, Argentina and Paraguay expressed interest in attending."},
     {"reported": "2010-01-08", "source": "src-biobio-20100108-bachelet-asistira", "status": "planned", "date": "2010-01-22", "place": "La Paz, Bolivia", "note": "Bachelet will attend; she needs the Senate's authorisation to travel in the last 90 days of her term."},
     {"reported": None, "source": "src-bak-2010-mandatarios-visitan-bolivia", "status": "held", "date": None, "place": "La Paz, Bolivia", "note": "'También se encuentra ya en la sede del Gobierno boliviano la presidenta saliente de Chile, Michelle Bachelet'."},
     {"reported": "2014-12", "source": "src-boliviadecide-201412-invitacion-bachelet", "status": "held", "date": "2010", "place": None, "note": "'Bachelet participó en 2010 de la posesión del segundo mandato de Morales'."}],
   sources=["src-biobio-20100108-bachelet-asistira", "src-emol-20100102-bachelet-asistiria", "src-bak-2010-mandatarios-visitan-bolivia", "src-boliviadecide-201412-invitacion-bachelet"],
   note="Attendance confirmed by a forum copy of a news dispatch and by a 2014 Bolivian press item (blog copy); no bilateral meeting found. Date of the ceremony (22 January) from Emol and BioBio.")

ev(id="2024-12-20-migration-agreements-la-moneda", kind="signing",
   title="Chile and Bolivia sign migration cooperation, border-transit and anti-contraband agreements at La Moneda",
   date="2024-12-20", place="Santiago, Chile (Palacio de La Moneda)",
   participants=["carolina-toha", "eduardo-del-castillo", "alberto-van-klaveren"],
   topics=["migration", "readmission", "border transit", "contraband"],
   outcomes=["Three instruments: migration cooperation agreement (with an additional protocol on the return/ingress of migrants found within 10 km of the border); Tránsito Vecinal Fronterizo card (stays up to 3 days, starting with Colchane–Sabaya); police/customs cooperation against contraband."],
   agreements=["acuerdo-cooperacion-migratoria-2024-12-20", "acuerdo-transito-vecinal-fronterizo-2024-12-20", "acuerdo-contrabando-2024-12-20"],
   sources=["src-pulsonoticias-20241220-acuerdo", "src-elvinotinto-20241220-acuerdo", "src-pepenoticias-acuerdo-reingreso", "src-eldeber-202412-tres-convenios", "src-ansalatina-20241220-acuerdo-historico", "src-pauta-20250227-toha-bolivia"],
   note="Pulso Noticias: 'consolidaron este viernes' (20 Dec 2024); El Vinotinto (20 Dec 2024): ceremony led by Interior Minister Tohá with FM van Klaveren and Bolivian authorities; Pepe Noticias and Pauta: formalised at the Palacio de La Moneda by Tohá and Bolivian Government Minister Eduardo del Castillo. El Deber (Dec 2024) quotes Del Castillo 'hace un par de días hemos suscrito tres convenios'.")

ev(id="2025-02-27-toha-del-castillo-la-paz", kind="signing",
   title="Tohá and Del Castillo sign in La Paz the protocol implementing the migration cooperation agreement; driving-licence agreement",
   date="2025-02-27", place="La Paz, Bolivia (Casa Grande del Pueblo)",
   participants=["carolina-toha", "eduardo-del-castillo", "juan-carlos-munoz"],
   topics=["migration", "readmission", "driving licences"],
   outcomes=["Protocol on the 'reconducción' of persons entering irregularly, implementing the Acuerdo Interinstitucional de Cooperación Migratoria of Dec 2024; Del Castillo: it 'crea una zona de seguridad en la zona fronteriza'.",
             "Transport minister Juan Carlos Muñoz and Del Castillo to sign an agreement on mutual recognition (homologación) of driving licences."],
   agreements=["protocolo-reconduccion-migrantes-2025-02-27", "acuerdo-homologacion-licencias-2025-02"],
   history=[{"reported": "2025-02-27", "source": "src-pauta-20250227-toha-bolivia", "status": "planned", "date": "2025-02-27", "place": "La Paz, Bolivia", "note": "Tohá to travel 'durante la tarde de este jueves' and meet Del Castillo around 17:00 (Chile time)."},
            {"reported": None, "source": "src-antofagastatv-toha-la-paz", "status": "held", "date": None, "place": "La Paz, Bolivia", "note": "'Este jueves, la ministra del Interior, Carolina Tohá, llegó a La Paz' to sign the protocol."},
            {"reported": None, "source": "src-ahoraelpueblo-zona-seguridad", "status": "held", "date": None, "place": None, "note": "Del Castillo and Tohá 'firmaron ayer un protocolo para la reconducción de personas'."}],
   sources=["src-pauta-20250227-toha-bolivia", "src-antofagastatv-toha-la-paz", "src-ahoraelpueblo-zona-seguridad", "src-elmaipo-toha-protocolo"],
   note="Date from Pauta (27 Feb 2025, 'este jueves'); Ahora El Pueblo reports the signing 'ayer' without a visible date. Casa Grande del Pueblo as venue from El Maipo/Prensa Latina (announcement). Signature of the licence agreement itself not confirmed in the excerpts read.")

# ---------------- agreements ----------------
ag(id="tratado-amistad-comercio-navegacion-1833", kind="treaty",
   title="Treaty of Friendship, Commerce and Navigation between Chile and Bolivia (Tratado de amistad, comercio y navegación)",
   signed="1833-10-18", place="Santiago, Chile",
   signatories=["manuel-rengifo", "damaso-uriburu"], status="signed",
   summary="First treaty between the two republics: perpetual friendship, commerce and navigation; art. 6 lets Bolivian and Chilean ships enter the other's ports; art. 12 forbids letters of marque in case of war; art. 13 'free ships, free goods'. Submitted by President Joaquín Prieto to Congress on 31 Oct 1833 and discussed article by article in the Chamber of Deputies.",
   sources=["src-gdp1879-201804-tratado-1833", "src-wikisource-sesiones-xxi-628", "src-wikisource-sesiones-xxii-238"],
   note="Signing date (18 Oct 1833) and place from the blog gdp1879 only; the congressional record transcriptions (Wikisource) confirm the plenipotentiaries and Prieto's message of 31 Oct 1833 but the excerpts do not show the signing date. Ratification/entry into force not verified.")

ag(id="acuerdo-cooperacion-turistica-1994", kind="agreement",
   title="Tourism Cooperation Agreement between Bolivia's Secretaría de Turismo and Chile's Servicio Nacional de Turismo (SERNATUR)",
   signed="1994-05-11", place="Santiago, Chile", status="signed",
   summary="Agreement between the two national tourism bodies to reaffirm friendship and coordinate tourism cooperation, referring to art. 19(d) of ACE 22; later incorporated into ACE 22 by its First Additional Protocol.",
   sources=["src-docplayer-ace22-primer-protocolo"],
   note="Signatories not in the excerpt. One source (text of the First Additional Protocol).")

ag(id="ace22-primer-protocolo-adicional", kind="protocol",
   title="First Additional Protocol to ACE No. 22 (incorporates the 1994 tourism cooperation agreement)",
   signed=None, place=None, status="signed",
   summary="The plenipotentiaries accredited to ALADI agree to incorporate into ACE 22 the Tourism Cooperation Agreement of 11 May 1994 between Bolivia's Secretaría de Turismo and Chile's SERNATUR.",
   sources=["src-docplayer-ace22-primer-protocolo"],
   note="Date and signatories of the protocol not in the excerpt (signed after 11 May 1994). One source.")

ag(id="acuerdo-supresion-pasaporte-turistas-2005", kind="agreement",
   title="Agreement abolishing the passport requirement for tourists between Chile and Bolivia (2005)",
   signed="2005-09-30", place="Brasília, Brazil", signatories=["ricardo-lagos", "eduardo-rodriguez-veltze"],
   event="2005-09-30-lagos-rodriguez-brasilia", status="signed",
   summary="From 1 October 2005 citizens of either country travelling for tourism (up to 90 days) no longer need a passport.",
   sources=["src-dw-20050930-liberalizacion-fronteras", "src-odepa-nodate-acuerdo-chile-bolivia", "src-lavoz-20060123-gestos"],
   note="Presidents listed as signatories because ODEPA says the countries, 'representados por sus respectivos Presidentes', signed three agreements; DW speaks of agreements 'convenidos' by the presidents. Exact title and instrument form not in the excerpts.")

ag(id="compromiso-ace22-liberalizacion-2005-09-30", kind="agreement",
   title="Presidential agreement to deepen ACE 22 with full tariff liberalisation for Bolivian exports (30 Sep 2005)",
   signed="2005-09-30", place="Brasília, Brazil", signatories=["ricardo-lagos", "eduardo-rodriguez-veltze"],
   event="2005-09-30-lagos-rodriguez-brasilia", status="signed",
   summary="Recognising the asymmetry between the two economies, Chile frees all Bolivian exports except wheat, wheat flour and a sugar quota.",
   sources=["src-odepa-nodate-acuerdo-chile-bolivia", "src-dw-20050930-liberalizacion-fronteras"],
   note="ODEPA: signed by the presidents on 30 Sep 2005. DW (same day): the trade agreement 'firmarán en los próximos 30 días' — disagreement on whether the trade instrument itself was signed that day; the negotiators' agreement followed on 13 Oct 2005 (acuerdo-ace22-arica-2005-10-13).",
   alternatives=[{"field": "status", "value": "announced", "sources": ["src-dw-20050930-liberalizacion-fronteras"], "note": "DW reports on 30 Sep 2005 that the trade agreement would be signed within the next 30 days."}])

ag(id="acuerdo-ace22-arica-2005-10-13", kind="act",
   title="Arica agreement deepening ACE 22: unilateral Chilean tariff opening for Bolivian goods",
   signed="2005-10-13", place="Arica, Chile", signatories=["carlos-furche", "jorge-asin"], status="agreed",
   summary="Within ACE 22, Chile grants a unilateral tariff opening to all products of the tariff universe except those under its price-band system (wheat, wheat flour, sugar); for sugar Chile offered a zero-tariff quota of 6,000 t a year. ODEPA calls it the largest concession Chile had given in its trade agreements.",
   sources=["src-odepa-nodate-acuerdo-chile-bolivia"],
   note="ODEPA: DIRECON director Carlos Furche and Bolivian vice-minister of foreign trade Jorge Asin 'se reunieron ... acordándose'; whether a formal document was signed and under which additional-protocol number it entered ACE 22 was not verified. One source.")

ag(id="inicio-convenio-recursos-hidricos-2005", kind="agreement",
   title="Start of an agreement on the integrated use of water resources (Silala) (30 Sep 2005)",
   signed="2005-09-30", place="Brasília, Brazil", signatories=["ricardo-lagos", "eduardo-rodriguez-veltze"],
   event="2005-09-30-lagos-rodriguez-brasilia", status="signed",
   summary="'Inicio de un convenio para el uso integrado de los recursos hídricos', aimed at solving the disputes over the use of the Silala waters.",
   sources=["src-odepa-nodate-acuerdo-chile-bolivia"],
   note="One source (ODEPA); DW mentions agreements in 'tres áreas' without detailing the third in the excerpt. Nature of the instrument (memorandum/act) not verified.")

ag(id="acuerdo-cooperacion-migratoria-2024-12-20", kind="agreement",
   title="Acuerdo (Interinstitucional) de Cooperación Migratoria Bolivia–Chile, with additional protocol on return/ingress of migrants",
   signed="2024-12-20", place="Santiago, Chile (Palacio de La Moneda)", signatories=["carolina-toha", "eduardo-del-castillo"],
   event="2024-12-20-migration-agreements-la-moneda", status="signed",
   summary="Common procedures for the return or re-entry of migrants (nationals or third-country nationals detected within 10 km of the border handed over after biometric registration), unified entry criteria and sanctions, residence applications answered within 15 days, special protection for minors and victims of trafficking.",
   sources=["src-pulsonoticias-20241220-acuerdo", "src-eldeber-202412-tres-convenios", "src-ansalatina-20241220-acuerdo-historico", "src-eldeber-202412-acuerdo-migratorio", "src-pauta-20250227-toha-bolivia"],
   note="Name 'Acuerdo Interinstitucional de Cooperación Migratoria' per Pauta and Antofagasta TV; El Deber calls it 'Acuerdo Migratorio Bolivia – Chile'. Signatories from Pepe Noticias/Pauta (Tohá and Del Castillo).")

ag(id="acuerdo-transito-vecinal-fronterizo-2024-12-20", kind="agreement",
   title="Agreement on Tránsito Vecinal Fronterizo (border-area neighbour transit card)",
   signed="2024-12-20", place="Santiago, Chile (Palacio de La Moneda)",
   event="2024-12-20-migration-agreements-la-moneda", status="signed",
   summary="Residents of defined border localities may cross to the contiguous locality and stay up to 3 days with a Tarjeta de Tránsito Vecinal Fronterizo; regime to start with Colchane (Chile) and Sabaya (Bolivia).",
   sources=["src-ansalatina-20241220-acuerdo-historico", "src-eldeber-202412-tres-convenios"],
   note="Signatories not named per instrument in the excerpts.")

ag(id="acuerdo-contrabando-2024-12-20", kind="agreement",
   title="Agreement on cooperation against contraband (Chile–Bolivia, Dec 2024)",
   signed="2024-12-20", place="Santiago, Chile (Palacio de La Moneda)",
   event="2024-12-20-migration-agreements-la-moneda", status="signed",
   summary="Coordination and joint cooperation of police and customs institutions to prevent, detect and investigate contraband.",
   sources=["src-ansalatina-20241220-acuerdo-historico", "src-eldeber-202412-tres-convenios"],
   note="Signatories not named per instrument in the excerpts.")

ag(id="protocolo-reconduccion-migrantes-2025-02-27", kind="protocol",
   title="Protocol implementing the migration cooperation agreement: 'reconducción' of persons entering irregularly",
   signed="2025-02-27", place="La Paz, Bolivia", signatories=["carolina-toha", "eduardo-del-castillo"],
   event="2025-02-27-toha-del-castillo-la-paz", status="signed",
   summary="Procedure of return ('reconducción' in Chile, 'reingreso' in Bolivia) of nationals and third-country nationals who cross irregularly; creates a border security zone (Del Castillo).",
   sources=["src-ahoraelpueblo-zona-seguridad", "src-pauta-20250227-toha-bolivia", "src-antofagastatv-toha-la-paz"],
   note="Signing 'ayer' per Ahora El Pueblo (undated page); date from Pauta/Antofagasta TV ('este jueves' = 27 Feb 2025).")

ag(id="acuerdo-homologacion-licencias-2025-02", kind="agreement",
   title="Agreement on mutual recognition (homologación) of driving licences between Chile and Bolivia",
   signed="2025-02", place="La Paz, Bolivia", signatories=["juan-carlos-munoz", "eduardo-del-castillo"],
   event="2025-02-27-toha-del-castillo-la-paz", status="announced",
   summary="Mutual recognition of Chilean and Bolivian driving licences.",
   sources=["src-pauta-20250227-toha-bolivia", "src-antofagastatv-toha-la-paz", "src-elmaipo-toha-protocolo"],
   note="Only announcements of the signature were read ('suscribirá'); signature not confirmed. A later step is mentioned in Jan 2026 (Red Palenque/Radio Paulina: 'homologación de licencias de conducir bolivianas en Chile', with the Chilean Congress) — not added as source here.")

ag(id="acuerdo-exencion-visas-pasaportes-diplomaticos-oficiales", kind="agreement",
   title="Acuerdo sobre Exención Mutua de Visas y del Permiso de Residencia Oficial para Titulares de Pasaportes Diplomáticos y Oficiales",
   signed=None, place=None, status="in_force",
   summary="Holders of diplomatic and official passports travelling on official business are exempt from visa and official residence permit requirements; put into force after both countries completed internal procedures (Bolivian foreign ministry, 9 Mar 2026).",
   sources=["src-swissinfo-20260309-exencion-visados", "src-cooperativa-20260310-exencion-visas", "src-abc-20260309-exencion-visado"],
   note="Signing date and signatories not in the excerpts. Entry into force reported on 9 March 2026 (EFE). Background: in July 2016 Chile announced it would revoke an earlier diplomatic-visa exemption with Bolivia after FM Choquehuanca's visit to Arica and Antofagasta (src-emol-20160721-cajias-nota) — whether this 2026 instrument is new or a reinstatement was not verified.")

# ---- second batch ----
ev(id="1994-06-frei-sanchez-de-lozada-cartagena",
   title="Conversations between the Chilean and Bolivian presidents at the IV Ibero-American Summit, Cartagena de Indias",
   date="1994-06", place="Cartagena de Indias, Colombia",
   participants=["eduardo-frei-ruiz-tagle", "gonzalo-sanchez-de-lozada"],
   topics=["bilateral agenda", "economic integration", "access to the sea"],
   outcomes=["The conversations 'abrieron una nueva etapa en las relaciones', marked by both governments' will to deepen existing agreements and open a broad bilateral agenda; Chile did not accept to discuss the maritime claim but supported Bolivia's 'salida al mundo' through its northern ports (Anuario 1993-1996).",
             "In the same passage: the two governments agreed to launch a new phase under an 'asociación para el desarrollo' (whether agreed at Cartagena is not explicit)."],
   sources=["src-uchile-anuario-1993-1996-p237", "src-rieoei-declaracion-cartagena-1994", "src-fdocuments-cumbres-iberoamericanas-oid"],
   note="The Anuario (1993-1996) names only 'los mandatarios de Chile y Bolivia'; participants are inferred from the presidential terms in force in June 1994 (Frei from 11 Mar 1994; Sánchez de Lozada from 6 Aug 1993) — not named in the excerpt. Summit dates 14–15 June 1994 from the Declaration of Cartagena (OEI copy) and the OID list ('14/15-6-94'); exact day of the presidents' talk not known, so month precision. FIRST dated Frei–Sánchez de Lozada encounter found for issue #12.",
   alternatives=[{"field": "date", "value": "1994-07", "sources": ["src-segib-iv-cumbre-cartagena-pt"], "note": "SEGIB's Portuguese page (and a Fundación Felipe González photo caption, not added) say 14–15 July 1994; the Declaration text itself says 14–15 June 1994, preferred."}])

ev(id="2006-11-bachelet-morales-montevideo",
   title="Brief Bachelet–Morales meeting in Montevideo; Morales invites Bachelet to Cochabamba",
   date="2006-11", place="Montevideo, Uruguay",
   participants=["michelle-bachelet", "evo-morales"],
   topics=["bilateral agenda", "Cochabamba summit"],
   outcomes=["Morales said they did not discuss sensitive issues (the maritime demand), which would continue to be treated bilaterally by the two governments.",
             "Morales invited Bachelet to a 'gran fiesta con los movimientos sociales' in a Cochabamba stadium during the South American summit of early December; he awaited her answer."],
   sources=["src-emol-20061104-morales-bachelet-montevideo"],
   note="EFE dispatch datelined Montevideo, published by Emol on 4 Nov 2006; the day of the meeting and the multilateral occasion (very probably the XVI Ibero-American Summit in Montevideo) are not stated in the excerpt. One source.")

ev(id="2010-03-10-bachelet-morales-santiago-airport",
   title="Bachelet receives Morales at the FACh Grupo 10 air base on his arrival for Piñera's inauguration",
   date="2010-03-10", place="Santiago, Chile (Grupo 10 of the Chilean Air Force)",
   participants=["michelle-bachelet", "evo-morales", "mariano-fernandez"],
   kind="visit", topics=["earthquake aid", "bilateral relations"],
   outcomes=["Morales arrived shortly before 15:00 with the fourth shipment of humanitarian aid for the 27 Feb 2010 earthquake (40 t of condensed and powdered milk); received by FM Mariano Fernández and President Bachelet.",
             "Brief cordial exchange: Bachelet thanked Bolivia's solidarity; Morales praised her 'excelente gestión' and her role during the September 2008 crisis in Bolivia ('aprendí bastante de usted')."],
   sources=["src-emol-20100310-morales-llega", "src-jornada-20100311-morales-santiago"],
   note="Last Bachelet–Morales encounter of her first term; the next day Morales attended Piñera's inauguration (existing event 2010-03-morales-pinera-inauguration).")

ev(id="2010-09-18-morales-chile-bicentenary", kind="visit",
   title="Evo Morales attends Chile's Bicentenary celebrations in Santiago (Te Deum)",
   date="2010-09-18", place="Santiago, Chile (Catedral Metropolitana)",
   participants=["evo-morales", "sebastian-pinera"],
   topics=["bicentenary", "San José mine"],
   outcomes=["Morales attended the ecumenical Te Deum in Santiago's Metropolitan Cathedral for the Bicentenary of Chile's independence.",
             "He gave up travelling with Piñera the next day to the San José mine (Copiapó), where Bolivian miner Juan Carlos Mamani was among the 33 trapped miners, because he had to go to the UN General Assembly in New York (Piñera)."],
   history=[{"reported": None, "source": "src-americaeconomia-2010-garcia-linera-santiago", "status": "planned", "date": "2010-09", "place": "Chile", "note": "During Vice-President García Linera's meeting with Piñera in Santiago (after the 27 Feb 2010 earthquake), Piñera invited Morales to the bicentenary celebrations in September."},
            {"reported": "2010-09-13", "source": "src-chinaorg-20100913-bicentenario", "status": "planned", "date": "2010-09-18", "place": "Chile", "note": "Only the heads of state of Argentina, Bolivia and Paraguay had confirmed attendance at the 18 September bicentenary festivities."}],
   sources=["src-emol-20100918-morales-bicentenario", "src-chinaorg-20100913-bicentenario", "src-americaeconomia-2010-garcia-linera-santiago"],
   note="No separate bilateral meeting reported in the excerpts.")

ag(id="acuerdo-carabineros-policia-boliviana-2008", kind="agreement",
   title="Cooperation agreement between Carabineros de Chile and the Policía Nacional de Bolivia (2008)",
   signed="2008", place=None, parties=["BO", "CL"], status="signed",
   summary="Police cooperation agreement in the fight against [crime; text cut in the excerpt], mentioned by the XIX meeting of the Political Consultation Mechanism.",
   sources=["src-intra-ada-200811-xix-consultas"],
   note="'la reciente firma de un acuerdo de cooperación entre Carabineros de Chile y la Policía Nacional de Bolivia en la lucha contra...' (Télam, Nov 2008). Exact date, place, signatories and subject not in the excerpt. One source.")

ag(id="convencion-ferrocarril-arica-la-paz-1905", kind="agreement",
   title="Convention on the concession, construction and operation of the Arica–La Paz railway (under art. 3 of the 1904 Treaty)",
   signed="1905-06-27", place="La Paz, Bolivia", signatories=["beltran-mathieu"], status="in_force",
   summary="Regulates the concession, construction and operation of the railway from Arica to the plateau of La Paz provided for by article 3 of the 1904 Treaty of Peace and Amity; approved by the Bolivian government on 20 July and ordered published in Chile's Diario Oficial by decree signed by Luis A. Vergara.",
   sources=["src-frus-1905-d129-arica-la-paz-railway"],
   note="FRUS 1905: signed 'in La Paz on June 27 last' between Chile's envoy extraordinary and minister plenipotentiary (Beltrán Mathieu) and Bolivia's minister of foreign relations (name cut in the excerpt, so not listed). Year 1905 from the FRUS volume and the reference to the treaty promulgated 21 March 1905. Status 'in_force' inferred from the promulgation decree; one source. This is NOT the '1907 protocol' asked for (not found).")
