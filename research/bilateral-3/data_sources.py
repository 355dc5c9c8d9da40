# Sources read through the search tool (URLs copied as returned).
src("src-dw-20050930-liberalizacion-fronteras", "http://158.69.42.207:8011/https/www.dw.com/es/bolivia-acuerda-con-chile-liberalización-de-fronteras/a-1726899",
    "Bolivia acuerda con Chile liberalización de fronteras", "Deutsche Welle (DW)", "2005-09-30",
    note="Copy served through a proxy address (as returned by the search tool); original DW article a-1726899.")
src("src-odepa-nodate-acuerdo-chile-bolivia", "https://www.odepa.gob.cl/publicaciones/articulos/acuerdo-chile-bolivia",
    "Acuerdo Chile-Bolivia", "ODEPA (Oficina de Estudios y Políticas Agrarias, Chile)", None)
src("src-lagaceta-20060311-dia-especial", "https://www.lagaceta.com.ar/nota/150026/mundo/dia-especial-para-chilenos.html",
    "Un día especial para los chilenos", "La Gaceta (Tucumán)", "2006-03-11")
src("src-xinhua-20060612-legisladores", "http://english.china.org.cn/english/international/171076.htm",
    "Bolivian legislators met with their Chilean counterparts (Xinhua, 12 June 2006)", "Xinhua / China.org.cn", "2006-06-12", language="en")
src("src-prensalatina-20060718-cronicadigital", "https://cronicadigital.cl/2006/07/18/cronica-2006-p4578",
    "Prensa Latina dispatch, La Paz 18 July 2006 (vice-ministerial talks)", "Crónica Digital / Prensa Latina", "2006-07-18")
src("src-lavozdegalicia-20060720-mercosur", "https://www.lavozdegalicia.es/noticia/internacional/2006/07/20/cumbre-mercosur-comienza-marcada-conflictos-socios/0003_4960523.htm",
    "La Cumbre del Mercosur comienza marcada por conflictos entre socios", "La Voz de Galicia", "2006-07-20")
src("src-diarioelargentino-2006-relanzar-mercosur", "https://www.diarioelargentino.com.ar/nacionales/presidentes-buscan-relanzar-el-mercosur",
    "Presidentes buscan relanzar el Mercosur", "Diario El Argentino", None)
src("src-cooperativa-20071110-cena-oficial", "https://cooperativa.cl/noticias/mundo/organismos-internacionales/cumbre-iberoamericana/no-todos-llegaron-a-la-cena-oficial-de-la-xvii-cumbre-iberoamericana/2007-11-10/001643.html",
    "No todos llegaron a la cena oficial de la XVII Cumbre Iberoamericana", "Cooperativa", "2007-11-10")
src("src-cooperativa-20080915-morales-agradecio", "https://cooperativa.cl/noticias/mundo/bolivia/conflicto-autonomico/evo-morales-agradecio-a-bachelet-y-acuso-golpe-de-estado/2008-09-15/124359.html",
    "Evo Morales agradeció a Bachelet y acusó \"golpe de Estado\"", "Cooperativa", "2008-09-15")
src("src-semana-20080915-respaldo-unasur", "http://www.semana.com/on-line/articulo/evo-recibe-respaldo-total-presidentes-unasur/95302-3",
    "Evo recibe respaldo total de presidentes de Unasur", "Semana (Colombia)", "2008-09-15")
src("src-elnuevodiario-2008-mision-unasur", "https://www.elnuevodiario.com.ni/internacionales/26970-proponen-enviar-mision-unasur-bolivia/",
    "Proponen enviar misión de Unasur a Bolivia", "El Nuevo Diario (Nicaragua)", None,
    note="Page shows no date; text says the presidents met 'ayer lunes' (the summit of Monday 15 Sep 2008).")
src("src-elpais-20090405-silala", "https://elpais.com/internacional/2009/04/05/actualidad/1238882403_850215.html",
    "Chile y Bolivia logran un acuerdo para el uso común del río Silala", "El País", "2009-04-05")
src("src-latercera-2009-bicentenario-bolivia", "https://latercera.com/noticia/morales-invita-a-bachelet-a-bicentenario-de-bolivia/?outputType=amp",
    "Morales invita a Bachelet a Bicentenario de Bolivia", "La Tercera", None,
    note="Page excerpt shows no date; content refers to the La Paz bicentenary celebration 'el jueves' and FM Mariano Fernández (FM from 2009).")
src("src-elimparcial-20090828-unasur", "https://www.elimparcial.es/noticia/46678/america/tension-en-la-cumbre-extraordinaria-de-unasur.html",
    "Tensión en la cumbre extraordinaria de Unasur", "El Imparcial (Madrid)", "2009-08-28")
src("src-eju-200908-unasur-salida-mar", "http://eju.tv/2009/08/tensin-por-salida-al-mar-de-bolivia-distrae-agenda-de-unasur/?share=jetpack-whatsapp",
    "Tensión por salida al mar de Bolivia distrae agenda de Unasur", "eju.tv (citing RPP)", "2009-08")
src("src-emol-20100102-bachelet-asistiria", "http://www.emol.com/noticias/nacional/2010/01/02/392002/bachelet-asistiria-a-segunda-toma-de-mando-de-evo-morales.html",
    "Bachelet asistiría a segunda toma de mando de Evo Morales", "Emol (AFP)", "2010-01-02")
src("src-biobio-20100108-bachelet-asistira", "https://www.biobiochile.cl/noticias/2010/01/08/bachelet-asistira-a-la-toma-de-posesion-del-segundo-mandato-de-evo-morales-en-bolivia.shtml",
    "Bachelet asistirá a la toma de posesión del segundo mandato de Evo Morales en Bolivia", "BioBioChile", "2010-01-08")
src("src-bak-2010-mandatarios-visitan-bolivia", "https://ba-k.com/foro/tema/mandatarios-mundiales-visitan-bolivia.850298",
    "Mandatarios del mundo llegan a Bolivia para la segunda posesión de Evo Morales como presidente (forum copy of a news dispatch)", "ba-k.com forum", None,
    note="Forum repost of a news-agency text (forum member since Nov 2009); low-quality copy, used only as corroboration.")
src("src-boliviadecide-201412-invitacion-bachelet", "https://boliviadecide.blogspot.com/2014/12/invitacion-bachelet-se-curso-hace-un-mes.html?m=1",
    "Invitación a Bachelet se cursó hace un mes", "Bolivia Decide (blog copy of a Bolivian press item)", "2014-12")
src("src-diplomaciapresidencial-bolivia-2002", "https://diplomaciapresidencial.com/especifico/republica-de-bolivia-3/",
    "6 y 7 de Agosto de 2002 – Toma de posesión de Gonzalo Sánchez de Lozada", "Diplomacia Presidencial (Venezuela, Chávez travel chronicle)", None)
src("src-docplayer-ace22-primer-protocolo", "http://docplayer.es/10951061-Acuerdo-de-complementacion-economica-no-22-concertado-entre-la-republica-de-bolivia-y-la-republica-de-chile-primer-protocolo-adicional.html",
    "Acuerdo de Complementación Económica Nº 22 concertado entre la República de Bolivia y la República de Chile. Primer Protocolo Adicional", "DocPlayer (copy of the ALADI text)", None)
src("src-gdp1879-201804-tratado-1833", "https://gdp1879.blogspot.com/2018/04/tratado-chile-y-bolivia-1833.html?m=1",
    "Tratado Chile y Bolivia 1833", "Guerra del Pacífico 1879 (blog)", "2018-04")
src("src-wikisource-sesiones-xxi-628", "https://es.m.wikisource.org/wiki/P%C3%A1gina:Sesiones_de_los_Cuerpos_Lejislativos_de_Chile_-_Tomo_XXI_(1831-1833).djvu/628",
    "Sesiones de los Cuerpos Lejislativos de Chile, Tomo XXI (1831-1833), p. 624 (anexos 335-336)", "Wikisource (transcription of the Chilean congressional record)", None)
src("src-wikisource-sesiones-xxii-238", "https://es.m.wikisource.org/wiki/P%C3%A1gina:Sesiones_de_los_Cuerpos_Lejislativos_de_Chile_-_Tomo_XXII_(1833-1834).djvu/238",
    "Sesiones de los Cuerpos Lejislativos de Chile, Tomo XXII (1833-1834), p. 232 (Cámara de Diputados)", "Wikisource (transcription of the Chilean congressional record)", None)
src("src-pulsonoticias-20241220-acuerdo", "https://pulsonoticiasbolivia.com/?p=6993",
    "Chile y Bolivia consolidan acuerdo de control migratorio y seguridad fronteriza (La Paz/Santiago, 20 de diciembre de 2024)", "Pulso Noticias Bolivia", "2024-12-20")
src("src-eldeber-202412-acuerdo-migratorio", "https://eldeber.com.bo/pais/chile-y-bolivia-firman-un-acuerdo-en-control-migratorio-y-seguridad-fronteriza_395713",
    "Chile y Bolivia firman un acuerdo en control migratorio y seguridad fronteriza", "El Deber", "2024-12")
src("src-eldeber-202412-tres-convenios", "https://eldeber.com.bo/pais/bolivia-y-chile-acuerdan-cooperacion-migratoria-transito-fronterizo-y-lucha-contra-el-contrabando_395937",
    "Bolivia y Chile acuerdan cooperación migratoria, tránsito fronterizo y lucha contra el contrabando", "El Deber", "2024-12")
src("src-ansalatina-20241220-acuerdo-historico", "https://ansalatina.com/americalatina/noticia/latinoamerica/2024/12/20/acuerdo-historico-entre-chile-y-bolivia_37b8ea81-b173-428a-a6b0-57e5ca2b8a08.html",
    "Acuerdo histórico entre Chile y Bolivia", "ANSA Latina", "2024-12-20")
src("src-elvinotinto-20241220-acuerdo", "https://el-vinotinto.cl/2024/12/20/acuerdo-entre-chile-y-bolivia-para-regularizar-migrantes",
    "Chile y Bolivia firman acuerdo migratorio", "El Vinotinto", "2024-12-20")
src("src-pepenoticias-acuerdo-reingreso", "https://pepenoticias.com/?p=1528",
    "Chile y Bolivia firman acuerdo para regular el reingreso de migrantes irregulares", "Pepe Noticias", None)
src("src-pauta-20250227-toha-bolivia", "https://pauta.cl/actualidad/2025/02/27/ministra-toha-viaja-a-bolivia-para-firmar-acuerdo-de-reconduccion-de-migrantes.html",
    "Ministra Tohá viaja a Bolivia para firmar acuerdo de reconducción de migrantes", "Pauta", "2025-02-27")
src("src-antofagastatv-toha-la-paz", "https://www.antofagasta.tv/categoria/nacional/ministra-toha-viaja-bolivia-firmar-protocolo-reconduccion-migrantes-irregulares",
    "Ministra Tohá viaja a Bolivia para firmar protocolo de reconducción de migrantes irregulares", "Antofagasta TV", None)
src("src-ahoraelpueblo-zona-seguridad", "https://ahoraelpueblo.bo/index.php/nacional/seguridad/bolivia-y-chile-se-unen-para-crear-una-zona-de-seguridad-fronteriza?layout=default&print=1&tmpl=component",
    "Bolivia y Chile se unen para crear una zona de seguridad fronteriza", "Ahora El Pueblo", None)
src("src-elmaipo-toha-protocolo", "https://elmaipo.cl/ministra-toha-viaja-a-bolivia-para-firma-de-protocolo-migratorio",
    "Ministra Tohá viaja a Bolivia para firma de protocolo migratorio", "El Maipo (Prensa Latina)", None)
src("src-swissinfo-20260309-exencion-visados", "https://www.swissinfo.ch/spa/bolivia-y-chile-eximen-de-visado-a-portadores-de-pasaportes-diplom%C3%A1ticos-y-oficiales/91069081",
    "Bolivia y Chile eximen de visado a portadores de pasaportes diplomáticos y oficiales", "Swissinfo (EFE)", "2026-03-09")
src("src-cooperativa-20260310-exencion-visas", "https://www.cooperativa.cl/noticias/pais/relaciones-exteriores/bolivia/chile-y-bolivia-acuerdan-exencion-de-visas-para-autoridades-en-nueva/2026-03-10/154119.html",
    "Chile y Bolivia acuerdan exención de visas para autoridades", "Cooperativa", "2026-03-10")
src("src-abc-20260309-exencion-visado", "https://www.abc.com.py/internacionales/2026/03/09/bolivia-y-chile-eximen-de-visado-a-portadores-de-pasaportes-diplomaticos-y-oficiales",
    "Bolivia y Chile eximen de visado a portadores de pasaportes diplomáticos y oficiales", "ABC Color (EFE)", "2026-03-09")
src("src-diariooctubre-20250430-aguas", "https://diario-octubre.com/2025/04/30/bolivia-y-chile-coordinan-acciones-sobre-aguas-compartidas",
    "Bolivia y Chile coordinan acciones sobre aguas compartidas", "Diario Octubre (citing Crónica Digital)", "2025-04-30")
src("src-argenpress-20090519-silala", "http://www.argenpress.info/2009/05/bolivia-y-chile-llegan-un-acuerdo.html",
    "Bolivia y Chile llegan a un acuerdo inicial sobre la vertiente Silala", "Argenpress", "2009-05-19")
src("src-notimerica-20060123-nueva-historia", "https://m.notimerica.com/politica/noticia-bolivia-chile-morales-dice-presencia-lagos-paz-parte-nueva-historia-chile-bolivia-20060122232922.html",
    "Bolivia/Chile.- Morales dice que la presencia de Lagos en La Paz es \"parte de la nueva historia entre Chile y Bolivia\"", "Notimérica (Europa Press)", "2006-01-23")
src("src-uchile-anuario-1993-1996-p237", "https://libros.uchile.cl/files/presses/1/monographs/282/submission/proof/237",
    "América Latina en el mundo: Anuario de Políticas Externas Latinoamericanas y del Caribe 1993-1996, p. 237", "Libros Universidad de Chile (PROSPEL/FLACSO anuario)", None)
src("src-uchile-bustos-nuestros-vecinos-p223", "https://libros.uchile.cl/files/presses/1/monographs/276/submission/proof/223",
    "Nuestros vecinos – Carlos Bustos, 'Chile y Bolivia', p. 222", "Libros Universidad de Chile", None)
src("src-rieoei-declaracion-cartagena-1994", "https://rieoei.org/historico/oeivirt/rie05a08.htm",
    "Declaración de Cartagena de Indias (IV Cumbre Iberoamericana)", "Revista Iberoamericana de Educación (OEI)", None)
src("src-fdocuments-cumbres-iberoamericanas-oid", "https://fdocuments.ec/document/cumbres-iberoamericanas.html",
    "Cumbres Iberoamericanas – documentos finales (Oficina de Información Diplomática)", "fdocuments (copy of a Spanish OID compilation)", None)
src("src-segib-iv-cumbre-cartagena-pt", "https://segib.org/pt-br/iv-cumbre-iberoamericana-comercio-e-integracion-como-elementos-del-desarrollo-iberoamericano",
    "IV Cúpula Ibero-americana: Comércio e integração como elementos do desenvolvimento ibero-americano", "SEGIB", None, language="pt")
src("src-emol-20061104-morales-bachelet-montevideo", "http://emol.com/noticias/internacional/2006/11/04/235017/evo-morales-afirma-que-no-trato-los-asuntos-sensibles-con-bachelet.html",
    "Evo Morales afirma que no trató los asuntos sensibles con Bachelet", "Emol (EFE)", "2006-11-04")
src("src-emol-200711-morales-construyendo-confianza", "http://emol.com/noticias/internacional/detalle/detallenoticias.asp?idnoticia=281456",
    "Morales: la Cumbre Iberoamericana sirvió para seguir 'construyendo confianza' con Bachelet", "Emol", "2007-11",
    note="Page shows no date; press conference after the closing of the XVII Ibero-American Summit (Santiago, 8–10 Nov 2007); the football match 'ayer' coincided with the official dinner of Friday 9 Nov (Cooperativa).")
src("src-emol-20100310-morales-llega", "https://www.emol.com/noticias/nacional/2010/03/10/402736/evo-morales-llega-a-chile-con-ayuda-humanitaria-y-elogios-a-bachelet.html",
    "Evo Morales llega a Chile con ayuda humanitaria y elogios a Bachelet", "Emol", "2010-03-10")
src("src-jornada-20100311-morales-santiago", "https://estatico.jornada.com.mx/2010/03/11/mundo/019n3mun",
    "Llegan Evo Morales y Felipe de Borbón a Santiago para la asunción de Piñera", "La Jornada", "2010-03-11")
src("src-emol-20100918-morales-bicentenario", "http://www.emol.com/noticias/nacional/2010/09/18/436801/evo-morales-no-viajara-a-saludar-al-minero-boliviano-atrapado-en-la-mina-san-jose.html",
    "Evo Morales no viajará a saludar al minero boliviano atrapado en la mina San José", "Emol", "2010-09-18")
src("src-chinaorg-20100913-bicentenario", "http://spanish.china.org.cn/international/txt/2010-09/13/content_20918727.htm",
    "Piñera llama a festejar el bicentenario en unidad nacional", "China.org.cn (Xinhua, Spanish)", "2010-09-13")
src("src-frus-1905-d129-arica-la-paz-railway", "https://history.state.gov/historicaldocuments/frus1905/d129",
    "Chargé Ames to the Secretary of State, No. 441 (Chile–Bolivia convention on the Arica–La Paz railroad)", "Foreign Relations of the United States, 1905 (Office of the Historian)", "1905", language="en")
src("src-paginasiete-20170528-negociaciones-1950", "https://www.paginasiete.bo/ideas/2017/5/28/negociaciones-1950-entre-bolivia-chile-recurrencias-138926.html",
    "Las negociaciones de 1950 entre Bolivia y Chile, y sus recurrencias (Gonzalo Mendieta Romero)", "Página Siete", "2017-05-28")
src("src-kiwix-eswiki-negociacion-1950", "https://iiab.me/kiwix/content/wikipedia_es_all_maxi_2023-10/A/Negociaci%C3%B3n_chileno-boliviana_de_1950",
    "Conversaciones chileno-bolivianas de 1950 (copy of Spanish Wikipedia, 2023-10)", "Kiwix copy of Wikipedia (es)", "2023-10")
src("src-elsol-20060720-regreso-negociaciones", "https://www.elsol.com.ar/de-regreso-a-las-negociaciones.html",
    "De regreso a las negociaciones", "El Sol (Mendoza)", "2006-07-20")
src("src-livinginperu-agenda-12-puntos", "https://www.livinginperu.com/news-2148-international-relations-bolivia-and-chile-define-bilateral-agenda-including-border-question/",
    "Bolivia and Chile define bilateral agenda including border question", "Living in Peru", None, language="en")
src("src-elcolombiano-2009-unasur-instalo", "https://www.elcolombiano.com/historico/se_instalo_la_cumbre_de_unasur-FIEC_57453",
    "Se instaló la cumbre de Unasur", "El Colombiano", None)
src("src-mercopress-20021118-bavaro", "https://en.mercopress.com/2002/11/18/bolivian-president-pledges-productive-2003-ibero-american-summit",
    "Bolivian President pledges productive 2003 Ibero-American summit", "MercoPress", "2002-11-18", language="en")
src("src-diplomaciapresidencial-peru-2001", "https://diplomaciapresidencial.com/especifico/republica-del-peru-4/",
    "23 y 24 de Noviembre de 2001 – Lima – XI Cumbre Iberoamericana", "Diplomacia Presidencial (Venezuela)", None)
src("src-lavoz-20011124-lima", "http://archivo.lavoz.com.ar/2001/1124/internacionales/nota68532_1.htm",
    "Sin Fidel, comenzó en Lima la Cumbre Iberoamericana", "La Voz del Interior (AP/EFE)", "2001-11-24")
src("src-iri-comunicado-brasilia-2000", "https://iri.edu.ar/publicaciones_iri/anuario/A01/Dep-Amlat/Reunion%20presidentes%20-%20Brasilia.htm",
    "Reunión de Presidentes de América del Sur – Comunicado de Brasilia (1 Sep 2000)", "IRI (Universidad Nacional de La Plata)", "2000-09-01")
src("src-elpais-19900311-aylwin-asume", "https://elpais.com/diario/1990/03/11/internacional/637110010_850215.html",
    "Patricio Aylwin asume hoy la presidencia de Chile", "El País", "1990-03-11")
src("src-net360-frei-admite-conversaciones", "https://ws.net360.info/es/wsnoticias/31615/frei-admite-conversaciones-con-bolivia",
    "Frei admite conversaciones con Bolivia", "net360 (citing El Mercurio)", None)
src("src-laventana-2021-grupo-rio-1991", "https://www.laventanabolivia.com/ver_noticia.php?n=2755",
    "Treinta años del ingreso de Bolivia al Grupo de Río (2 Apr 1991, Bogotá)", "La Ventana (Bolivia)", "2021")
src("src-americaeconomia-2010-garcia-linera-santiago", "https://www.americaeconomia.com/politica-sociedad/politica/bolivia-y-chile-estrechan-relaciones-en-visita-de-garcia-linera-santiago",
    "Bolivia y Chile estrechan relaciones en visita de García Linera a Santiago", "AméricaEconomía", None)
src("src-lagaceta-20090829-bariloche", "https://lagaceta.com.ar/nota/341676/mundo/me-preocupa-prensa.html",
    "\"Me preocupa la prensa\" (Unasur, Bariloche)", "La Gaceta (Tucumán, DPA)", "2009-08-29")
