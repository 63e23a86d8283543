"""Dev split, round 3: fresh attribution documents (own sentences, invented names and numbers).

Written and annotated before the extractor was run on them, to measure how the
attribution rules generalise. Constructions vary those of ``dev_attribution2``:
"vreest dat", "Dat meldt de politie" after two sentences, "volgens" inside a
sentence with a plural source, "vertelde X later aan", a couple as one source
("Ze vertellen"), "zij zeggen" for a crowd, "de woordvoerder" of the police named
two paragraphs up, te-infinitives ("zegt alleen militanten te hebben aangevallen"),
"vraagt zich af waarom", "denkt niet dat", "gaat uit van", trailing "aldus" without
quotes, "laat ... weten" after the clause, nested reports ("zegt dat waarnemers hem
hebben verteld dat"), two sources of one "Dat melden", colon quotes of a
spokesperson, demands ("wil dat"), refusals ("wil niet zeggen") and reportative "zou".
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-attr3-01",
        "wire",
        """Veldkamp Logistiek schrapt honderden banen
ZWOLLE (ANP) - Transportbedrijf Veldkamp Logistiek wil dit jaar 340 banen schrappen. Dat heeft topvrouw Ilse Brinkhorst donderdag bekendgemaakt. Vakbond FNV vreest dat het er uiteindelijk meer worden.
Een woordvoerder van het bedrijf benadrukt dat er geen gedwongen ontslagen vallen.""",
        fetched_at="2026-02-12T15:00:00+01:00",
        arts=[Art("main", "ZWOLLE (ANP) -", "ZWOLLE", ("ANP",))],
        sts=[
            St("topvrouw Ilse Brinkhorst|Ilse Brinkhorst", "bekendgemaakt",
               "Transportbedrijf Veldkamp Logistiek wil dit jaar 340 banen schrappen.", "indirect",
               aux="Dat [heeft]", time="[donderdag] bekendgemaakt"),
            St("Vakbond FNV|FNV", "vreest", "dat het er uiteindelijk meer worden.", "indirect"),
            St("Een woordvoerder van het bedrijf|Veldkamp Logistiek", "benadrukt",
               "dat er geen gedwongen ontslagen vallen.", "indirect"),
        ],
        figs=[
            Fig("honderden", 200, "other", high=999, approx=True, counted="honderden banen"),
            Fig("340", 340, "other", counted="340 banen", st=0),
        ],
        tags=["dat-heeft-bekendgemaakt", "fear", "woordvoerder-van-het-bedrijf"],
        notes="'het bedrijf' in the spokesperson phrase is Veldkamp Logistiek, named in the sentence before last.",
    ),
    Doc(
        "nl-dev-attr3-02",
        "police",
        """Man opgepakt na steekpartij in Deventer
DEVENTER - De politie heeft zondagnacht een 23-jarige man uit Apeldoorn aangehouden na een steekpartij in het centrum van Deventer. Twee mannen raakten daarbij gewond. Dat meldt de politie Oost-Nederland.
Volgens een getuige ging er een ruzie in een café aan vooraf. De politie wil niet zeggen of de verdachte de slachtoffers kende. Een buurtbewoner zegt dat hij "ineens geschreeuw" hoorde.""",
        fetched_at="2026-06-08T09:00:00+02:00",
        arts=[Art("main", "DEVENTER -", "DEVENTER", ())],
        sts=[
            St("de politie Oost-Nederland|politie Oost-Nederland|politie", "meldt",
               "Twee mannen raakten daarbij gewond.", "indirect"),
            St("een getuige|getuige", "Volgens", "ging er een ruzie in een café aan vooraf.", "according_to"),
            St("Een buurtbewoner|buurtbewoner", "zegt", 'dat hij "ineens geschreeuw" hoorde.', "mixed"),
        ],
        figs=[Fig("Twee", 2, "wounded", counted="Twee mannen", st=0)],
        tags=["dat-meldt", "volgens-start", "refusal-not-statement", "mixed"],
        notes="'wil niet zeggen of' is a refusal: no statement. '23-jarige' is an age.",
    ),
    Doc(
        "nl-dev-attr3-03",
        "court",
        """OM eist twaalf jaar cel tegen oud-wethouder
ARNHEM - Het Openbaar Ministerie heeft dinsdag twaalf jaar cel geëist tegen oud-wethouder Frank Reijnders. Volgens de officier van justitie liet hij zijn zakenpartner in 2024 doodschieten. Reijnders ontkent dat hij iets met de moord te maken heeft.
Zijn advocaat Miriam Oudshoorn stelt dat het dossier "vol gaten" zit. "Er is geen enkel bewijs dat mijn cliënt opdracht gaf", zei ze tegen de rechtbank. De uitspraak is over twee weken.""",
        fetched_at="2026-10-14T17:00:00+02:00",
        arts=[Art("main", "ARNHEM -", "ARNHEM", ())],
        sts=[
            St("de officier van justitie|officier van justitie|Openbaar Ministerie", "Volgens",
               "liet hij zijn zakenpartner in 2024 doodschieten.", "according_to"),
            St("[Reijnders] ontkent|Frank Reijnders", "ontkent", "dat hij iets met de moord te maken heeft.", "indirect"),
            St("Zijn advocaat Miriam Oudshoorn|Miriam Oudshoorn", "stelt", 'dat het dossier "vol gaten" zit.', "mixed"),
            St("zei [ze]|Miriam Oudshoorn", "zei", '"Er is geen enkel bewijs dat mijn cliënt opdracht gaf",', "direct",
               medium="tegen de rechtbank"),
        ],
        tags=["court", "denial", "eisen-not-statement", "pronoun", "medium-tegen"],
        notes="'eist twaalf jaar cel' is a demand: no statement; durations are no figures.",
    ),
    Doc(
        "nl-dev-attr3-04",
        "toll",
        """Tientallen doden bij aanval op markt in Sudan
KHARTOEM (Reuters) - Bij een aanval op een markt in de Sudanese stad Omdurman zijn zeker 42 mensen omgekomen. Dat zeggen lokale artsen. Het leger houdt de paramilitaire RSF verantwoordelijk.
De RSF ontkent dat haar strijders bij de aanval betrokken waren. Volgens de Verenigde Naties zijn sinds het begin van de oorlog meer dan 11 miljoen mensen op de vlucht geslagen. Een medewerker van Artsen zonder Grenzen in Omdurman meldt dat het ziekenhuis ruim 90 gewonden heeft opgenomen.""",
        fetched_at="2026-08-03T13:00:00+02:00",
        arts=[Art("main", "KHARTOEM (Reuters) -", "KHARTOEM", ("Reuters",))],
        sts=[
            St("lokale artsen|lokale artsen|artsen", "zeggen",
               "Bij een aanval op een markt in de Sudanese stad Omdurman zijn zeker 42 mensen omgekomen.", "indirect"),
            St("[De RSF] ontkent|RSF", "ontkent", "dat haar strijders bij de aanval betrokken waren.", "indirect"),
            St("de Verenigde Naties|Verenigde Naties|VN", "Volgens",
               "zijn sinds het begin van de oorlog meer dan 11 miljoen mensen op de vlucht geslagen.", "according_to"),
            St("Een medewerker van Artsen zonder Grenzen in Omdurman|Artsen zonder Grenzen", "meldt",
               "dat het ziekenhuis ruim 90 gewonden heeft opgenomen.", "indirect"),
        ],
        figs=[
            Fig("Tientallen", 20, "killed", high=99, approx=True),
            Fig("zeker 42", 42, "killed", high=None, counted="42 mensen", st=0),
            Fig("meer dan 11 miljoen", 11000000, "displaced", high=None, counted="11 miljoen mensen", st=2),
            Fig("ruim 90", 90, "wounded", high=None, counted="90 gewonden", st=3),
        ],
        tags=["toll", "dat-zeggen-plural", "denial", "houden-verantwoordelijk-not-statement", "woordvoerder-ngo"],
        notes="'houdt ... verantwoordelijk' has no reported clause: no statement.",
    ),
    Doc(
        "nl-dev-attr3-05",
        "broadcast",
        """Schoolbus van de weg geraakt bij Emmen
Een schoolbus met achttien kinderen is vanochtend bij Emmen in een sloot beland. Alle kinderen zijn ongedeerd, laat de Veiligheidsregio Drenthe weten.
Chauffeur Henk Zwiers reed al twintig jaar zonder ongelukken. Hij was volgens collega's een voorzichtige man. Volgens zijn werkgever is de bus vorig jaar nog gekeurd.
"Ik zag een ree oversteken en gooide het stuur om", vertelde Zwiers later aan RTV Drenthe. "Daarna weet ik niets meer.\"""",
        fetched_at="2026-11-18T12:00:00+01:00",
        arts=[Art("main", "Schoolbus van de")],
        sts=[
            St("de Veiligheidsregio Drenthe|Veiligheidsregio Drenthe", "laat", "Alle kinderen zijn ongedeerd,", "indirect"),
            St("collega's", "[volgens] collega's", "Hij was volgens collega's een voorzichtige man.", "according_to"),
            St("zijn werkgever|werkgever", "[Volgens] zijn", "is de bus vorig jaar nog gekeurd.", "according_to"),
            St("vertelde [Zwiers]|Henk Zwiers", "vertelde", '"Ik zag een ree oversteken en gooide het stuur om",',
               "direct", medium="aan RTV Drenthe"),
            St("vertelde [Zwiers]|Henk Zwiers", "vertelde", '"Daarna weet ik niets meer."', "direct"),
        ],
        figs=[Fig("achttien", 18, "people", counted="achttien kinderen")],
        tags=["laat-weten-trailing", "volgens-mid", "volgens-start", "medium-aan", "quote-continuation"],
        notes="'twintig jaar' is a duration.",
    ),
    Doc(
        "nl-dev-attr3-06",
        "analysis",
        """Analyse: waarom het kabinet het stikstofdoel loslaat
Het kabinet stapt af van het stikstofdoel voor 2030. Minister Femke Wiersma van Landbouw verdedigde dat besluit maandag in de Tweede Kamer. "We moeten eerlijk zijn: 2030 was nooit haalbaar", zei ze.
Oppositiepartijen zijn kritisch. Kamerlid Joost Hagens van GroenLinks-PvdA zegt dat de minister "de natuur opgeeft". Ook ecologen maken zich zorgen. Hoogleraar Petra Veenstra van Wageningen University waarschuwt dat beschermde gebieden onherstelbaar beschadigd raken.
De boerenorganisaties zijn juist opgelucht. LTO-voorzitter Gerrit Kalverdijk: "Eindelijk realisme in Den Haag." Hij verwacht dat boeren nu weer durven te investeren.
Wiersma benadrukte dat het kabinet wel vasthoudt aan het doel voor 2035. Of dat lukt, durft niemand te zeggen.""",
        fetched_at="2026-05-12T08:00:00+02:00",
        arts=[Art("main", "Analyse: waarom het")],
        sts=[
            St("zei [ze]|Femke Wiersma", "zei", '"We moeten eerlijk zijn: 2030 was nooit haalbaar",', "direct"),
            St("Kamerlid Joost Hagens van GroenLinks-PvdA|Joost Hagens", "zegt", 'dat de minister "de natuur opgeeft".',
               "mixed"),
            St("Hoogleraar Petra Veenstra van Wageningen University|Petra Veenstra", "waarschuwt",
               "dat beschermde gebieden onherstelbaar beschadigd raken.", "indirect"),
            St("LTO-voorzitter Gerrit Kalverdijk|Gerrit Kalverdijk", "Kalverdijk[:]",
               '"Eindelijk realisme in Den Haag."', "direct"),
            St("[Hij] verwacht|Gerrit Kalverdijk", "verwacht", "dat boeren nu weer durven te investeren.", "indirect"),
            St("[Wiersma] benadrukte|Femke Wiersma", "benadrukte",
               "dat het kabinet wel vasthoudt aan het doel voor 2035.", "indirect"),
        ],
        tags=["analysis", "many-quotes", "colon-quote", "pronoun", "speaker-far", "colon-in-quote"],
        notes="'verdedigde dat besluit' has no clause; 'durft niemand te zeggen' is no statement. Years are no figures.",
    ),
    Doc(
        "nl-dev-attr3-07",
        "analysis",
        """'Ik had nooit gedacht dat het zo snel zou gaan'
Sanne de Groot (34) opende drie jaar geleden een bakkerij in Leeuwarden. Inmiddels heeft ze vier vestigingen en 45 medewerkers. Wij spraken haar over groei en personeelstekort.
Hoe begon het?
"Met een oven in mijn garage", vertelt De Groot. "Ik bakte voor de buren, en die vertelden het door."
Is het moeilijk om personeel te vinden?
"Heel moeilijk. Ik denk dat de helft van de bakkers in Friesland een vacature heeft", zegt De Groot. Ze vertelt dat ze zelf nog steeds elke zaterdag om vier uur in de bakkerij staat.""",
        fetched_at="2026-03-28T10:00:00+01:00",
        arts=[Art("main", "'Ik had nooit")],
        sts=[
            St("vertelt [De Groot]|Sanne de Groot", "[vertelt] De Groot", '"Met een oven in mijn garage",', "direct"),
            St("vertelt [De Groot]|Sanne de Groot", "[vertelt] De Groot",
               '"Ik bakte voor de buren, en die vertelden het door."', "direct"),
            St("zegt [De Groot]|Sanne de Groot", "zegt",
               '"Heel moeilijk. Ik denk dat de helft van de bakkers in Friesland een vacature heeft",', "direct"),
            St("[Ze] vertelt|Sanne de Groot", "[vertelt] dat",
               "dat ze zelf nog steeds elke zaterdag om vier uur in de bakkerij staat.", "indirect"),
        ],
        figs=[
            Fig("vier vestigingen", 4, "other", counted="vier vestigingen"),
            Fig("45", 45, "people", counted="45 medewerkers"),
        ],
        tags=["interview", "questions-of-interviewer", "ik-denk-in-quote", "quote-continuation", "pronoun"],
        notes="Interviewer questions are not statements; 'Ik denk dat' inside her quote is hers. '(34)' is an age, "
              "'vier uur' a clock time, 'de helft' a fraction.",
    ),
    Doc(
        "nl-dev-attr3-08",
        "live",
        """Liveblog storm: treinverkeer in het noorden ligt stil
10.42 uur
NS: geen treinen tussen Groningen en Zwolle
Door omgevallen bomen rijden er tot zeker 14.00 uur geen treinen tussen Groningen en Zwolle. Een woordvoerder van ProRail zegt dat monteurs onderweg zijn, maar dat het herstel "uren" kan duren.
10.15 uur
KNMI verlengt code oranje
Het KNMI heeft code oranje verlengd tot vanavond. Meteoroloog Jelle Hofstra verwacht dat de windstoten langs de kust oplopen tot 110 kilometer per uur.
09.50 uur
Rijkswaterstaat raadt mensen aan thuis te blijven. Volgens de organisatie zijn al 14 wegen afgesloten vanwege omgevallen bomen.""",
        fetched_at="2026-01-09T11:00:00+01:00",
        arts=[Art("main", "Liveblog storm: treinverkeer")],
        sts=[
            St("Een woordvoerder van ProRail|ProRail", "zegt",
               'dat monteurs onderweg zijn, maar dat het herstel "uren" kan duren.', "mixed"),
            St("Meteoroloog Jelle Hofstra|Jelle Hofstra", "verwacht",
               "dat de windstoten langs de kust oplopen tot 110 kilometer per uur.", "indirect"),
            St("de organisatie|Rijkswaterstaat", "Volgens", "zijn al 14 wegen afgesloten vanwege omgevallen bomen.",
               "according_to"),
        ],
        figs=[
            Fig("tot 110 kilometer per uur", None, "other", high=110, unit="km/h", st=1),
            Fig(("14", 2), 14, "other", counted="14 wegen", st=2),
        ],
        tags=["live", "colon-headline", "de-organisatie", "advice-not-statement", "expectation"],
        notes="'NS: ...' is a colon headline; 'raadt aan' is advice. Clock times are no figures.",
    ),
    Doc(
        "nl-dev-attr3-09",
        "dump",
        """Home | Nieuws | Binnenland
Deel dit artikel
Gemeente Tilburg sluit zwembad wegens legionella
TILBURG - De gemeente Tilburg heeft zwembad De Drieburcht gesloten nadat er legionella is aangetroffen. Wethouder Koen Gerritsen zegt dat het bad minstens twee weken dicht blijft. Volgens de GGD is er geen gevaar voor bezoekers die het bad eerder bezochten.
Lees ook
EINDHOVEN (ANP) - Het aantal zwemongevallen is vorig jaar gestegen naar 27, meldt de Reddingsbrigade Nederland.
2 uur geleden
Meest gelezen
Cookie-instellingen""",
        fetched_at="2026-07-21T16:00:00+02:00",
        arts=[
            Art("main", "TILBURG -", "TILBURG", ()),
            Art("teaser", "EINDHOVEN (ANP) -", "EINDHOVEN", ("ANP",), ago="2h", expr="2 uur geleden"),
        ],
        sts=[
            St("Wethouder Koen Gerritsen|Koen Gerritsen", "zegt", "dat het bad minstens twee weken dicht blijft.",
               "indirect"),
            St("de GGD|GGD", "Volgens", "is er geen gevaar voor bezoekers die het bad eerder bezochten.", "according_to"),
            St("de Reddingsbrigade Nederland|Reddingsbrigade Nederland", "meldt",
               "Het aantal zwemongevallen is vorig jaar gestegen naar 27,", "indirect"),
        ],
        figs=[Fig("27", 27, "other", st=2)],
        tags=["dump", "teaser", "trailing-cue", "volgens-start"],
        notes="'minstens twee weken' is a duration.",
    ),
    Doc(
        "nl-dev-attr3-10",
        "economy",
        """Huizenprijzen stijgen harder dan verwacht
AMSTERDAM - Koophuizen waren in het derde kwartaal gemiddeld 8,2 procent duurder dan een jaar eerder. Dat blijkt uit cijfers van het Kadaster. Makelaarsvereniging NVM spreekt van een oververhitte markt.
De Nederlandsche Bank (DNB) waarschuwde eerder dat huishoudens te hoge hypotheken afsluiten. Econoom Wouter Dekker van ABN Amro denkt niet dat de prijzen snel dalen. "Er worden simpelweg te weinig huizen gebouwd", aldus Dekker. Hij gaat uit van een stijging van ongeveer 6 procent volgend jaar.""",
        fetched_at="2026-10-20T09:00:00+02:00",
        arts=[Art("main", "AMSTERDAM -", "AMSTERDAM", ())],
        sts=[
            St("Makelaarsvereniging NVM|NVM", "spreekt", "een oververhitte markt", "indirect"),
            St("De Nederlandsche Bank (DNB)|De Nederlandsche Bank|DNB|Nederlandsche Bank", "waarschuwde",
               "dat huishoudens te hoge hypotheken afsluiten.", "indirect"),
            St("Econoom Wouter Dekker van ABN Amro|Wouter Dekker", "denkt", "dat de prijzen snel dalen.", "indirect"),
            St("aldus [Dekker]|Wouter Dekker", "aldus", '"Er worden simpelweg te weinig huizen gebouwd",', "direct"),
            St("[Hij] gaat|Wouter Dekker", "gaat", "een stijging van ongeveer 6 procent volgend jaar", "indirect"),
        ],
        figs=[
            Fig("8,2 procent", 8.2, "percent", unit="%"),
            Fig("ongeveer 6 procent", 6, "percent", unit="%", approx=True, st=4),
        ],
        tags=["economy", "blijkt-uit-not-statement", "spreken-van", "negated-belief", "aldus-direct", "uitgaan-van"],
        notes="'denkt niet dat': the negation stays outside the content.",
    ),
    Doc(
        "nl-dev-attr3-11",
        "wire",
        """Rusland en Oekraïne wisselen gevangenen uit
KIEV (AFP) - Rusland en Oekraïne hebben zaterdag elk 150 krijgsgevangenen uitgewisseld. Dat melden het Russische ministerie van Defensie en de Oekraïense president Volodymyr Zelensky. De Verenigde Arabische Emiraten bemiddelden bij de uitwisseling, zegt het ministerie van Buitenlandse Zaken in Abu Dhabi.
Zelensky schreef op Telegram dat de teruggekeerde militairen "eindelijk thuis" zijn. Volgens Kiev zitten nog duizenden Oekraïners in Russische gevangenschap.""",
        fetched_at="2026-04-25T19:00:00+02:00",
        arts=[Art("main", "KIEV (AFP) -", "KIEV", ("AFP",))],
        sts=[
            St(["het Russische ministerie van Defensie|Russische ministerie van Defensie|ministerie van Defensie",
                "de Oekraïense president Volodymyr Zelensky|Volodymyr Zelensky|Zelensky"], "melden",
               "Rusland en Oekraïne hebben zaterdag elk 150 krijgsgevangenen uitgewisseld.", "indirect"),
            St("het ministerie van Buitenlandse Zaken in Abu Dhabi|ministerie van Buitenlandse Zaken", "zegt",
               "De Verenigde Arabische Emiraten bemiddelden bij de uitwisseling,", "indirect"),
            St("[Zelensky] schreef|Volodymyr Zelensky|Zelensky", "schreef",
               'dat de teruggekeerde militairen "eindelijk thuis" zijn.', "mixed", medium="op Telegram"),
            St("Kiev", "Volgens", "zitten nog duizenden Oekraïners in Russische gevangenschap.", "according_to"),
        ],
        figs=[
            Fig("150", 150, "troops", counted="150 krijgsgevangenen", st=0),
            Fig("duizenden", 2000, "people", high=9999, approx=True, counted="duizenden Oekraïners", st=3),
        ],
        tags=["two-sources-dat-melden", "trailing-cue", "medium-op", "capital-as-source"],
        notes="One 'Dat melden' with two coordinated sources: one statement, two sources.",
    ),
    Doc(
        "nl-dev-attr3-12",
        "police",
        """Explosie bij woning in Rotterdam-Zuid
ROTTERDAM - Bij een woning aan de Dordtselaan in Rotterdam is vannacht een explosief afgegaan. De politie Rotterdam onderzoekt of de woning bewust werd uitgekozen. Het is de derde explosie in die straat dit jaar.
Bewoners zijn bang. "Je durft hier 's nachts niet meer te slapen", zegt een buurvrouw die anoniem wil blijven.
De woordvoerder laat weten dat er beelden van een scooter worden bekeken. Burgemeester Carola Schouten heeft de woning voor drie maanden gesloten. Zij zegt dat ze "alle middelen" inzet tegen de aanslagen.""",
        fetched_at="2026-09-30T10:00:00+02:00",
        arts=[Art("main", "ROTTERDAM -", "ROTTERDAM", ())],
        sts=[
            St("een buurvrouw die anoniem wil blijven|buurvrouw", "[zegt] een",
               "\"Je durft hier 's nachts niet meer te slapen\",", "direct"),
            St("De woordvoerder|politie Rotterdam|politie", "laat",
               "dat er beelden van een scooter worden bekeken.", "indirect"),
            St("[Zij] zegt|Carola Schouten", "[zegt] dat ze", 'dat ze "alle middelen" inzet tegen de aanslagen.', "mixed"),
        ],
        tags=["de-woordvoerder-far", "onderzoekt-of-not-statement", "relative-clause-source", "ordinal-not-figure"],
        notes="'De woordvoerder' is the police's, named two paragraphs up. 'derde' is an ordinal, 'drie maanden' a duration.",
    ),
    Doc(
        "nl-dev-attr3-13",
        "broadcast",
        """Bewoners Groningen boos over trage schadeafhandeling
Tientallen bewoners uit Loppersum hebben vanmiddag in Den Haag geprotesteerd tegen de trage afhandeling van aardbevingsschade. Zij zeggen dat ze al jaren wachten op versterking van hun huizen.
Onder hen zijn Kees en Jannie Boerma. Ze vertellen dat er scheuren in alle muren zitten. "We slapen al twee jaar in de woonkamer", zegt Jannie.
Staatssecretaris Eddie van Marum nam een petitie in ontvangst. Hij belooft dat de wachtlijst voor de zomer flink wordt verkort.""",
        fetched_at="2026-02-26T18:00:00+01:00",
        arts=[Art("main", "Bewoners Groningen boos")],
        sts=[
            St("[Zij] zeggen|bewoners uit Loppersum|bewoners|Tientallen bewoners uit Loppersum", "zeggen",
               "dat ze al jaren wachten op versterking van hun huizen.", "indirect"),
            St("[Ze] vertellen|Kees en Jannie Boerma|Jannie Boerma|Kees Boerma|Boerma", "vertellen",
               "dat er scheuren in alle muren zitten.", "indirect"),
            St("zegt [Jannie]|Jannie Boerma|Boerma", "zegt", '"We slapen al twee jaar in de woonkamer",', "direct"),
            St("[Hij] belooft|Eddie van Marum", "belooft", "dat de wachtlijst voor de zomer flink wordt verkort.",
               "indirect"),
        ],
        figs=[Fig("Tientallen", 20, "people", high=99, approx=True, counted="Tientallen bewoners")],
        tags=["plural-pronoun", "couple-source", "first-name-source", "promise"],
        notes="'Ze vertellen' is the couple named in the sentence before. 'twee jaar' is a duration.",
    ),
    Doc(
        "nl-dev-attr3-14",
        "analysis",
        """Kabinet wil kilometerheffing eerder invoeren
DEN HAAG - Het kabinet wil de kilometerheffing voor vrachtwagens een jaar eerder invoeren dan gepland. Minister Dirk Vermeulen van Infrastructuur zou dat vrijdag in de ministerraad voorstellen, meldt RTL Nieuws op basis van ingewijden.
Transportorganisatie TLN reageert geschrokken. Directeur Marieke Lont laat weten dat vervoerders "totaal niet voorbereid" zijn. Het kabinet zou naar verluidt ook een korting voor elektrische vrachtwagens overwegen.
Vermeulen wilde niet ingaan op de berichten.""",
        fetched_at="2026-06-17T07:30:00+02:00",
        arts=[Art("main", "DEN HAAG -", "DEN HAAG", ())],
        sts=[
            St("RTL Nieuws", "meldt",
               "Minister Dirk Vermeulen van Infrastructuur zou dat vrijdag in de ministerraad voorstellen,", "indirect"),
            St("Directeur Marieke Lont|Marieke Lont", "laat", 'dat vervoerders "totaal niet voorbereid" zijn.', "mixed"),
            St([], "naar verluidt",
               "Het kabinet zou naar verluidt ook een korting voor elektrische vrachtwagens overwegen.", "according_to"),
        ],
        tags=["writer-plan-not-statement", "reportative-zou", "naar-verluidt-mid", "medium-source", "refusal"],
        notes="'Het kabinet wil' is the page's own report of a plan: no statement. 'een jaar' is a duration.",
    ),
    Doc(
        "nl-dev-attr3-15",
        "wire",
        """Brussel dreigt Hongarije subsidies te onthouden
BRUSSEL (ANP/Reuters) - De Europese Commissie dreigt Hongarije nog eens 2 miljard euro aan subsidies te onthouden. Eurocommissaris Laura Vermaelen kondigde woensdag aan dat Brussel de betalingen bevriest zolang de rechtsstaat niet op orde is.
De Hongaarse regering reageerde furieus. Een woordvoerder van de Hongaarse regering stelde dat Hongarije "geen enkele les" van Brussel nodig heeft. De Commissie zegt de zorgen van Boedapest serieus te nemen. Diplomaten verwachten dat de ruzie de top van volgende week zal overschaduwen.""",
        fetched_at="2026-03-04T14:00:00+01:00",
        arts=[Art("main", "BRUSSEL (ANP/Reuters) -", "BRUSSEL", ("ANP", "Reuters"))],
        sts=[
            St("Eurocommissaris Laura Vermaelen|Laura Vermaelen", "kondigde",
               "dat Brussel de betalingen bevriest zolang de rechtsstaat niet op orde is.", "indirect",
               time="[woensdag] aan"),
            St("Een woordvoerder van de Hongaarse regering|Hongaarse regering", "stelde",
               'dat Hongarije "geen enkele les" van Brussel nodig heeft.', "mixed"),
            St("De Commissie|Europese Commissie", "zegt", "de zorgen van Boedapest serieus te nemen.", "indirect"),
            St("Diplomaten", "verwachten", "dat de ruzie de top van volgende week zal overschaduwen.", "indirect"),
        ],
        figs=[Fig("2 miljard euro", 2000000000, "money", unit="EUR")],
        tags=["separable-cue", "te-infinitive", "threat-not-statement", "woordvoerder-government"],
        notes="'dreigt ... te onthouden' is a threat, not a report.",
    ),
    Doc(
        "nl-dev-attr3-16",
        "toll",
        """Israëlische aanvallen op Gaza-Stad: tientallen doden
GAZA (AP) - Bij Israëlische luchtaanvallen op Gaza-Stad zijn zondag minstens 31 Palestijnen om het leven gekomen. Dat zegt het ministerie van Gezondheid in Gaza, dat onder controle van Hamas staat. Het Israëlische leger zegt alleen militanten te hebben aangevallen.
Volgens het Rode Kruis zijn in het Al-Shifa-ziekenhuis meer dan 120 gewonden binnengebracht. Een arts daar zegt dat het "de zwaarste nacht in maanden" was. Het leger kon het dodental niet bevestigen.""",
        fetched_at="2026-07-06T12:00:00+02:00",
        arts=[Art("main", "GAZA (AP) -", "GAZA", ("AP",))],
        sts=[
            St("het ministerie van Gezondheid in Gaza, dat onder controle van Hamas staat|ministerie van Gezondheid"
               "|ministerie van Gezondheid in Gaza", "Dat [zegt]",
               "Bij Israëlische luchtaanvallen op Gaza-Stad zijn zondag minstens 31 Palestijnen om het leven gekomen.",
               "indirect"),
            St("Het Israëlische leger|Israëlische leger", "[zegt] alleen", "alleen militanten te hebben aangevallen.",
               "indirect"),
            St("het Rode Kruis|Rode Kruis", "Volgens", "zijn in het Al-Shifa-ziekenhuis meer dan 120 gewonden binnengebracht.",
               "according_to"),
            St("Een arts|arts", "[zegt] dat het", 'dat het "de zwaarste nacht in maanden" was.', "mixed"),
        ],
        figs=[
            Fig("tientallen", 20, "killed", high=99, approx=True),
            Fig("minstens 31", 31, "killed", high=None, counted="31 Palestijnen", st=0),
            Fig("meer dan 120", 120, "wounded", high=None, counted="120 gewonden", st=2),
        ],
        tags=["toll", "conflicting-sources", "te-infinitive", "apposition-relative", "not-confirm"],
        notes="'kon ... niet bevestigen' has no clause: no statement.",
    ),
    Doc(
        "nl-dev-attr3-17",
        "economy",
        """Energiebedrijf Noordstroom boekt verlies
GRONINGEN - Energiebedrijf Noordstroom heeft over het eerste halfjaar een verlies geleden van 48 miljoen euro. Topman Ruben Hoekstra erkent dat het bedrijf te laat heeft ingespeeld op de lage stroomprijzen.
Klanten hoeven volgens Hoekstra niet te vrezen voor hogere tarieven. Het bedrijf schrapt wel 120 van de 900 banen, aldus een woordvoerster.""",
        fetched_at="2026-08-19T10:00:00+02:00",
        arts=[Art("main", "GRONINGEN -", "GRONINGEN", ())],
        sts=[
            St("Topman Ruben Hoekstra|Ruben Hoekstra", "erkent",
               "dat het bedrijf te laat heeft ingespeeld op de lage stroomprijzen.", "indirect"),
            St("volgens [Hoekstra]|Ruben Hoekstra", "volgens",
               "Klanten hoeven volgens Hoekstra niet te vrezen voor hogere tarieven.", "according_to"),
            St("een woordvoerster|Noordstroom|Energiebedrijf Noordstroom", "aldus",
               "Het bedrijf schrapt wel 120 van de 900 banen,", "according_to"),
        ],
        figs=[
            Fig("48 miljoen euro", 48000000, "money", unit="EUR"),
            Fig("120", 120, "other", st=2),
            Fig("900", 900, "other", counted="900 banen", st=2),
        ],
        tags=["economy", "admission", "volgens-mid", "aldus-indirect", "woordvoerster"],
        notes="'aldus' after an unquoted clause is according_to; the spokeswoman is the company's.",
    ),
    Doc(
        "nl-dev-attr3-18",
        "broadcast",
        """Tbs'er ontsnapt tijdens begeleid verlof
Een tbs'er is gisteren tijdens begeleid verlof in Nijmegen ontsnapt. De man, die in 2019 werd veroordeeld voor doodslag, wordt nog gezocht. De kliniek wil niet zeggen hoe de ontsnapping kon gebeuren.
Kamerlid Ilse Postma vraagt zich af waarom de man überhaupt verlof kreeg. Ze wil dat de minister de Kamer nog deze week informeert. Het ministerie van Justitie ontkent dat er fouten zijn gemaakt bij de beoordeling.""",
        fetched_at="2026-12-02T08:00:00+01:00",
        arts=[Art("main", "Tbs'er ontsnapt tijdens")],
        sts=[
            St("Kamerlid Ilse Postma|Ilse Postma", "vraagt", "waarom de man überhaupt verlof kreeg.", "indirect"),
            St("Het ministerie van Justitie|ministerie van Justitie", "ontkent",
               "dat er fouten zijn gemaakt bij de beoordeling.", "indirect"),
        ],
        tags=["question-waarom", "demand-not-statement", "refusal-not-statement", "denial"],
        notes="'Ze wil dat ...' is a demand, 'wil niet zeggen hoe' a refusal: neither annotated.",
    ),
    Doc(
        "nl-dev-attr3-19",
        "wire",
        """Ajax ontslaat trainer na slechte reeks
AMSTERDAM (ANP) - Ajax heeft trainer Marco Kleinveld met onmiddellijke ingang ontslagen. Dat schrijft De Volkskrant. De club verloor de laatste vijf competitieduels. Volgens de krant wordt assistent Youri Beekman voorlopig hoofdtrainer.
Algemeen directeur Menno Geelen bevestigt het ontslag. "Dit is geen makkelijke beslissing geweest", zegt hij op de website van de club. "Maar we moesten ingrijpen.\"""",
        fetched_at="2026-11-09T13:00:00+01:00",
        arts=[Art("main", "AMSTERDAM (ANP) -", "AMSTERDAM", ("ANP",))],
        sts=[
            St("De Volkskrant|De Volkskrant|Volkskrant", "schrijft",
               "Ajax heeft trainer Marco Kleinveld met onmiddellijke ingang ontslagen.", "indirect"),
            St("de krant|De Volkskrant|Volkskrant", "Volgens", "wordt assistent Youri Beekman voorlopig hoofdtrainer.",
               "according_to"),
            St("zegt [hij]|Menno Geelen", "zegt", '"Dit is geen makkelijke beslissing geweest",', "direct",
               medium="op de website van de club"),
            St("zegt [hij]|Menno Geelen", "zegt", '"Maar we moesten ingrijpen."', "direct"),
        ],
        figs=[Fig("vijf", 5, "other", counted="vijf competitieduels")],
        tags=["dat-schrijft", "de-krant", "bevestigt-np-not-statement", "medium-op", "quote-continuation"],
        notes="'de krant' is De Volkskrant of two sentences up.",
    ),
    Doc(
        "nl-dev-attr3-20",
        "police",
        """Drugslab opgerold in schuur bij Weert
WEERT - De politie heeft in een schuur in het buitengebied van Weert een groot drugslab ontmanteld. Drie mannen zijn aangehouden. Volgens de politie gaat het om een van de grootste labs van dit jaar.
Een woordvoerder van de politie Limburg: "Er stond voor meer dan een miljoen euro aan apparatuur." De eigenaar van de schuur zou van niets hebben geweten. "We hebben hier nooit iets verdachts gezien", aldus de buurman van het perceel.""",
        fetched_at="2026-05-29T11:00:00+02:00",
        arts=[Art("main", "WEERT -", "WEERT", ())],
        sts=[
            St("Volgens [de politie]|politie|politie Limburg", "Volgens", "gaat het om een van de grootste labs van dit jaar.",
               "according_to"),
            St("Een woordvoerder van de politie Limburg|politie Limburg|politie", "Limburg[:]",
               '"Er stond voor meer dan een miljoen euro aan apparatuur."', "direct"),
            St("de buurman van het perceel|buurman van het perceel|buurman", "aldus", '"We hebben hier nooit iets verdachts gezien",', "direct"),
        ],
        figs=[
            Fig("Drie", 3, "arrested", counted="Drie mannen"),
            Fig("meer dan een miljoen euro", 1000000, "money", high=None, unit="EUR", st=1),
        ],
        tags=["colon-quote-woordvoerder", "aldus-direct", "reportative-zou"],
        notes="'zou van niets hebben geweten' has no named source: not annotated.",
    ),
    Doc(
        "nl-dev-attr3-21",
        "wire",
        """Oppositie Georgië: verkiezingsuitslag vervalst
TBILISI (Reuters) - De Georgische oppositie erkent de uitslag van de parlementsverkiezingen niet. Oppositieleider Levan Abasjidze zegt dat waarnemers van de OVSE hem hebben verteld dat in tientallen stembureaus is gefraudeerd. De OVSE zelf meldt in een eerste rapport dat er "ernstige onregelmatigheden" waren.
De regeringspartij Georgische Droom houdt vol dat de verkiezingen eerlijk zijn verlopen.""",
        fetched_at="2026-10-28T09:00:00+01:00",
        arts=[Art("main", "TBILISI (Reuters) -", "TBILISI", ("Reuters",))],
        sts=[
            St("Oppositieleider Levan Abasjidze|Levan Abasjidze", "zegt",
               "dat waarnemers van de OVSE hem hebben verteld dat in tientallen stembureaus is gefraudeerd.", "indirect"),
            St("waarnemers van de OVSE|waarnemers van de OVSE|OVSE", "verteld", "dat in tientallen stembureaus is gefraudeerd.", "indirect",
               aux="hem [hebben]", via=0),
            St("[De OVSE] zelf|OVSE", "meldt", 'dat er "ernstige onregelmatigheden" waren.', "mixed",
               medium="in een eerste rapport"),
            St("De regeringspartij Georgische Droom|Georgische Droom", "houdt",
               "dat de verkiezingen eerlijk zijn verlopen.", "indirect"),
        ],
        figs=[Fig("tientallen", 20, "other", high=99, approx=True, counted="tientallen stembureaus", st=1)],
        tags=["nested", "colon-headline", "zelf", "medium-in-rapport", "volhouden"],
        notes="The OVSE observers' report is relayed by Abasjidze (via). 'erkent ... niet' has no clause.",
    ),
]
