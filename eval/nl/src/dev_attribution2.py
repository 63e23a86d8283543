"""Dev split: attribution constructions across styles (own sentences, invented names and numbers).

Written to widen the dev split beyond the constructions the rules were first tuned
on: contrastive sources ("Het bedrijf zelf spreekt van ..."), two statements in one
sentence, "het houden op", quotes holding "wij" by a named speaker, media with
"tegen", unnamed sources with ages, speakers far from their quotes, plural pronouns,
spokespersons of an organisation named earlier, denials, questions, reported plans,
"naar verluidt", separable cues, te-infinitives, mixed and colon quotes, nesting.
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-attr2-01",
        "wire",
        """Metaalbedrijf in Almelo schrapt honderden banen
ALMELO (ANP) - Metaalwerken Oosterland in Almelo gaat de komende twee jaar ruim 2000 banen schrappen. Dat zegt vakbond CNV. Het bedrijf zelf spreekt van ongeveer 1800 banen.
Bestuurder Anouk Terpstra van CNV noemt de plannen "een klap voor de hele regio". Een 45-jarige medewerker zegt dat hij het nieuws via de radio hoorde.""",
        fetched_at="2026-03-10T11:00:00+01:00",
        arts=[Art("main", "ALMELO (ANP) -", "ALMELO", ("ANP",))],
        sts=[
            St("vakbond CNV|CNV", "Dat [zegt] vakbond",
               "Metaalwerken Oosterland in Almelo gaat de komende twee jaar ruim 2000 banen schrappen.", "indirect"),
            St("Het bedrijf|Metaalwerken Oosterland", "spreekt", "ongeveer 1800 banen", "indirect"),
            St("Een 45-jarige medewerker|45-jarige medewerker|medewerker", "medewerker [zegt]",
               "dat hij het nieuws via de radio hoorde.", "indirect"),
        ],
        figs=[
            Fig("honderden", 200, "other", high=999, approx=True, counted="honderden banen"),
            Fig("ruim 2000", 2000, "other", high=None, counted="2000 banen", st=0),
            Fig("ongeveer 1800", 1800, "other", approx=True, counted="1800 banen", st=1),
        ],
        tags=["dat-zegt", "contrastive-source", "spreken-van", "noemen-not-statement", "age-source"],
        notes="'Het bedrijf zelf' is the company, not the union of the sentence before; 'zelf' is no part of "
              "the source. 'noemt de plannen \"...\"' is not annotated; 'twee jaar' and '45-jarige' are no figures.",
    ),
    Doc(
        "nl-dev-attr2-02",
        "police",
        """Duizenden bij protest tegen vliegveld in Utrecht
UTRECHT - Op het Jaarbeursplein in Utrecht is zaterdag gedemonstreerd tegen de uitbreiding van vliegveld Lelystad. De politie schat het aantal demonstranten op 800, de organisatie spreekt van meer dan 3000.
Volgens de politie verliep de demonstratie rustig. Organisator Sietske Brouwer van actiegroep Stille Lucht zei na afloop tegen RTV Utrecht dat de opkomst "alle verwachtingen" overtrof. Een woordvoerder van de gemeente laat weten dat er geen arrestaties zijn verricht.""",
        fetched_at="2026-05-17T09:00:00+02:00",
        arts=[Art("main", "UTRECHT -", "UTRECHT", ())],
        sts=[
            St("De politie|politie|politie Utrecht", "schat", "het aantal demonstranten op 800", "indirect"),
            St("de organisatie|organisatie|actiegroep Stille Lucht|Stille Lucht", "spreekt", "meer dan 3000", "indirect"),
            St("de politie|politie|politie Utrecht", "Volgens", "verliep de demonstratie rustig.", "according_to"),
            St("Organisator Sietske Brouwer van actiegroep Stille Lucht|Sietske Brouwer", "zei",
               'dat de opkomst "alle verwachtingen" overtrof.', "mixed", medium="tegen RTV Utrecht"),
            St("Een woordvoerder van de gemeente|gemeente Utrecht|gemeente", "laat",
               "dat er geen arrestaties zijn verricht.", "indirect"),
        ],
        figs=[
            Fig("Duizenden", 2000, "people", high=9999, approx=True),
            Fig("800", 800, "people", st=0),
            Fig("meer dan 3000", 3000, "people", high=None, st=1),
        ],
        tags=["two-statements-one-sentence", "schatten-op", "spreken-van", "medium-tegen", "woordvoerder"],
        notes="Police and organisers give two estimates in one sentence: two statements, two sources.",
    ),
    Doc(
        "nl-dev-attr2-03",
        "broadcast",
        """Brand in zorgcentrum Hengelo: tientallen bewoners geëvacueerd
Bij een brand in een zorgcentrum in Hengelo zijn vannacht tientallen bewoners geëvacueerd. De brandweer houdt het op 35 gewonden. Vier van hen zijn ernstig gewond.
Een woordvoerder van de GGD Twente zegt dat de meeste gewonden rook hebben ingeademd. Bewoonster Gerda Kolkman (81) werd door haar kleinzoon opgehaald. "Ik rook het pas toen de gang al vol zat", vertelt ze aan RTV Oost.
De oorzaak van de brand is nog onbekend. De politie sluit brandstichting niet uit.""",
        fetched_at="2026-01-22T08:30:00+01:00",
        arts=[Art("main", "Brand in zorgcentrum Hengelo:")],
        sts=[
            St("De brandweer|brandweer", "houdt", "35 gewonden", "indirect"),
            St("Een woordvoerder van de GGD Twente|GGD Twente", "zegt",
               "dat de meeste gewonden rook hebben ingeademd.", "indirect"),
            St("vertelt [ze]|Gerda Kolkman", "vertelt", '"Ik rook het pas toen de gang al vol zat",', "direct",
               medium="aan RTV Oost"),
        ],
        figs=[
            Fig(("tientallen", 1), 20, "displaced", high=99, approx=True),
            Fig(("tientallen", 2), 20, "displaced", high=99, approx=True),
            Fig("35", 35, "wounded", st=0),
            Fig("Vier", 4, "wounded"),
        ],
        tags=["houden-op", "woordvoerder", "medium-aan", "pronoun", "no-clause-not-statement"],
        notes="'sluit brandstichting niet uit' has no clause: no statement. '(81)' is an age.",
    ),
    Doc(
        "nl-dev-attr2-04",
        "analysis",
        """Interview: 'We bouwen te langzaam'
Woningcorporatie Thuisbasis in Zwolle bouwt dit jaar minder dan gepland. Directeur Hanneke Lubbers legt uit waarom.
"Wij schatten dat we dit jaar 400 woningen opleveren, terwijl we er 650 hadden beloofd", zegt Lubbers. "De bouwkosten zijn gewoon te hoog."
Ze wijst erop dat de gemeente de grondprijzen vorig jaar heeft verhoogd. Wethouder Bram Oosting van Zwolle ontkent dat de prijzen zijn gestegen. Hij zegt dat de grondprijzen al jaren gelijk zijn gebleven.
Lubbers vraagt zich af of het Rijk wel genoeg geld beschikbaar stelt. "Zonder extra steun halen we de doelen niet.\"""",
        fetched_at="2026-04-02T07:00:00+02:00",
        arts=[Art("main", "Interview: 'We")],
        sts=[
            St("zegt [Lubbers]|Hanneke Lubbers", "[zegt] Lubbers",
               '"Wij schatten dat we dit jaar 400 woningen opleveren, terwijl we er 650 hadden beloofd",', "direct"),
            St("zegt [Lubbers]|Hanneke Lubbers", "[zegt] Lubbers", '"De bouwkosten zijn gewoon te hoog."', "direct"),
            St("[Ze] wijst|Hanneke Lubbers", "wijst",
               "dat de gemeente de grondprijzen vorig jaar heeft verhoogd.", "indirect"),
            St("Wethouder Bram Oosting van Zwolle|Bram Oosting", "ontkent", "dat de prijzen zijn gestegen.", "indirect"),
            St("[Hij] zegt|Bram Oosting", "Hij [zegt]", "dat de grondprijzen al jaren gelijk zijn gebleven.", "indirect"),
            St("[Lubbers] vraagt|Hanneke Lubbers", "vraagt", "of het Rijk wel genoeg geld beschikbaar stelt.", "indirect"),
            St("[Lubbers] vraagt|Hanneke Lubbers", "vraagt", '"Zonder extra steun halen we de doelen niet."', "direct"),
        ],
        figs=[
            Fig("400", 400, "other", counted="400 woningen", st=0),
            Fig("650", 650, "other", st=0),
        ],
        tags=["interview", "wij-in-quote", "quote-continuation", "denial", "question", "wijst-erop"],
        notes="'Wij schatten dat ...' inside Lubbers' quote is her statement, not one by 'Wij'.",
    ),
    Doc(
        "nl-dev-attr2-05",
        "wire",
        """Oud-minister Verhagen betuigt spijt over uitspraken
DEN HAAG (ANP) - Oud-minister Joris Verhagen heeft spijt van zijn uitspraken over boeren. Hij zei dat tegen De Telegraaf.
Verhagen had vorige week in een talkshow gezegd dat veel boeren "de wet aan hun laars lappen". De Telegraaf schrijft dat hij inmiddels excuses heeft aangeboden aan LTO Nederland. Een woordvoerder van LTO zegt dat de organisatie de excuses aanvaardt.""",
        fetched_at="2026-09-12T10:00:00+02:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("[Hij] zei|Joris Verhagen", "zei",
               "Oud-minister Joris Verhagen heeft spijt van zijn uitspraken over boeren.", "indirect",
               medium="tegen De Telegraaf"),
            St("[Verhagen] had|Joris Verhagen", "gezegd", 'dat veel boeren "de wet aan hun laars lappen".', "mixed",
               aux="Verhagen [had]", medium="in een talkshow", time="vorige week"),
            St("[De Telegraaf] schrijft|De Telegraaf|Telegraaf", "schrijft",
               "dat hij inmiddels excuses heeft aangeboden aan LTO Nederland.", "indirect"),
            St("Een woordvoerder van LTO|LTO Nederland|LTO", "LTO [zegt]", "dat de organisatie de excuses aanvaardt.",
               "indirect"),
        ],
        tags=["dat-zei-tegen", "medium-tegen", "newspaper-source", "perfect-cue", "woordvoerder"],
        notes="'Hij zei dat tegen De Telegraaf': anaphoric 'dat', content the sentence before, medium 'tegen De Telegraaf'.",
    ),
    Doc(
        "nl-dev-attr2-06",
        "economy",
        """Inflatie daalt verder, maar boodschappen blijven duur
DEN HAAG (ANP) - De inflatie is in oktober gedaald naar 2,4 procent. Dat heeft het Centraal Bureau voor de Statistiek (CBS) dinsdag bekendgemaakt. In september was dat nog 3,1 procent.
Econoom Lotte Smeenk van Rabo Research verwacht dat de inflatie volgend jaar verder daalt, maar collega Pieter Wagenaar van ING waarschuwt dat de prijzen van voedsel blijven stijgen.
Consumentenbond-directeur Sandra Molenaar zegt dat veel huishoudens "elke euro moeten omdraaien".""",
        fetched_at="2026-11-04T12:00:00+01:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("het Centraal Bureau voor de Statistiek (CBS)|Centraal Bureau voor de Statistiek|CBS", "bekendgemaakt",
               "De inflatie is in oktober gedaald naar 2,4 procent.", "indirect", aux="Dat [heeft]", time="(CBS) [dinsdag]"),
            St("Econoom Lotte Smeenk van Rabo Research|Lotte Smeenk", "verwacht",
               "dat de inflatie volgend jaar verder daalt,", "indirect"),
            St("collega Pieter Wagenaar van ING|Pieter Wagenaar", "waarschuwt",
               "dat de prijzen van voedsel blijven stijgen.", "indirect"),
            St("Consumentenbond-directeur Sandra Molenaar|Sandra Molenaar", "zegt",
               'dat veel huishoudens "elke euro moeten omdraaien".', "mixed"),
        ],
        figs=[
            Fig("2,4 procent", 2.4, "percent", unit="%", st=0),
            Fig("3,1 procent", 3.1, "percent", unit="%"),
        ],
        tags=["dat-heeft-bekendgemaakt", "two-sources-one-sentence", "expectation", "mixed"],
    ),
    Doc(
        "nl-dev-attr2-07",
        "toll",
        """Doden bij luchtaanval op markt in Noord-Darfur
KHARTOEM (ANP/AFP) - Bij een luchtaanval op een markt in Noord-Darfur zijn volgens lokale artsen zeker 47 mensen om het leven gekomen. Het Sudanese leger ontkent dat het de markt heeft gebombardeerd en zegt dat de paramilitaire RSF verantwoordelijk is.
De RSF spreekt juist van een "bloedbad" door het leger. Een arts in het ziekenhuis van El Fasher, die uit veiligheidsoverwegingen anoniem wil blijven, vertelt dat er nog tientallen gewonden liggen. Zij zegt dat de medicijnen bijna op zijn.
De VN-gezant voor Sudan, Karim Benhaddou, noemt de aanval "onaanvaardbaar". Hij roept beide partijen op de burgers te sparen.""",
        fetched_at="2026-08-20T15:00:00+02:00",
        arts=[Art("main", "KHARTOEM (ANP/AFP) -", "KHARTOEM", ("ANP", "AFP"))],
        sts=[
            St("lokale artsen", "volgens",
               "Bij een luchtaanval op een markt in Noord-Darfur zijn volgens lokale artsen zeker 47 mensen om het leven gekomen",
               "according_to"),
            St("Het Sudanese leger|Sudanese leger", "ontkent", "dat het de markt heeft gebombardeerd", "indirect"),
            St("Het Sudanese leger|Sudanese leger", "[zegt] dat de paramilitaire",
               "dat de paramilitaire RSF verantwoordelijk is.", "indirect"),
            St("De RSF|RSF", "spreekt", 'een "bloedbad" door het leger', "mixed"),
            St("Een arts in het ziekenhuis van El Fasher, die uit veiligheidsoverwegingen anoniem wil blijven"
               "|arts in het ziekenhuis van El Fasher|arts", "vertelt", "dat er nog tientallen gewonden liggen.", "indirect"),
            St("[Zij] zegt|arts in het ziekenhuis van El Fasher|arts", "Zij [zegt]", "dat de medicijnen bijna op zijn.",
               "indirect"),
        ],
        figs=[
            Fig("zeker 47", 47, "killed", high=None, counted="47 mensen om het leven gekomen", st=0),
            Fig("tientallen", 20, "wounded", high=99, approx=True, counted="tientallen gewonden", st=4),
        ],
        tags=["conflicting", "denial", "shared-subject", "spreken-van", "relative-clause-source", "pronoun",
              "noemen-not-statement"],
        notes="'roept ... op' is a call, not a claim.",
    ),
    Doc(
        "nl-dev-attr2-08",
        "court",
        """Verdachte ontkent moord op buurman in Deventer
ZUTPHEN - De 52-jarige Hendrik Mulder uit Deventer ontkende donderdag bij de rechtbank in Zutphen dat hij zijn buurman heeft doodgeslagen.
Volgens de officier van justitie zijn er sporen van Mulder gevonden op het wapen. Zij eist achttien jaar cel. Advocaat Ilse Dekker wijst erop dat er geen getuigen zijn. "Mijn cliënt was die avond niet eens thuis", aldus Dekker.
De rechtbank doet over twee weken uitspraak.""",
        fetched_at="2026-02-13T09:00:00+01:00",
        arts=[Art("main", "ZUTPHEN -", "ZUTPHEN", ())],
        sts=[
            St("De 52-jarige Hendrik Mulder uit Deventer|Hendrik Mulder", "ontkende",
               "dat hij zijn buurman heeft doodgeslagen.", "indirect", time="ontkende [donderdag]"),
            St("de officier van justitie|officier van justitie", "Volgens",
               "zijn er sporen van Mulder gevonden op het wapen.", "according_to"),
            St("Advocaat Ilse Dekker|Ilse Dekker", "wijst", "dat er geen getuigen zijn.", "indirect"),
            St("aldus [Dekker]|Ilse Dekker", "aldus", '"Mijn cliënt was die avond niet eens thuis",', "direct"),
        ],
        tags=["court", "denial", "aldus-direct", "wijst-erop", "eisen-not-statement"],
        notes="'eist achttien jaar cel' is a demand (not annotated) and a duration (no figure).",
    ),
    Doc(
        "nl-dev-attr2-09",
        "live",
        """Liveblog: storm raast over het land
10.42 uur
KNMI: code oranje verlengd tot middernacht
Het KNMI heeft code oranje voor Zeeland en Zuid-Holland verlengd tot middernacht. Meteoroloog Wouter Dijkstra verwacht dat de windstoten oplopen tot 110 kilometer per uur.
10.15 uur
ProRail: minder treinen
Op het spoor rijden vandaag minder treinen. Een woordvoerder van ProRail laat weten dat reizigers rekening moeten houden met vertragingen. NS raadt reizigers aan om thuis te blijven.
09.50 uur
Boom op auto in Rotterdam
In Rotterdam is een boom op een rijdende auto gevallen. De bestuurder raakte volgens de brandweer lichtgewond.""",
        fetched_at="2026-10-28T10:50:00+01:00",
        arts=[Art("main", "Liveblog: storm")],
        sts=[
            St("Meteoroloog Wouter Dijkstra|Wouter Dijkstra", "verwacht",
               "dat de windstoten oplopen tot 110 kilometer per uur.", "indirect"),
            St("Een woordvoerder van ProRail|ProRail", "laat",
               "dat reizigers rekening moeten houden met vertragingen.", "indirect"),
            St("de brandweer|brandweer", "volgens", "De bestuurder raakte volgens de brandweer lichtgewond",
               "according_to"),
        ],
        figs=[Fig("tot 110 kilometer per uur", None, "other", high=110, unit="km/h", st=0)],
        tags=["live", "colon-headlines", "volgens-mid", "expectation", "laat-weten"],
        notes="Entry headlines with a colon are not annotated; 'raadt ... aan' is advice.",
    ),
    Doc(
        "nl-dev-attr2-10",
        "police",
        """Twee jongens aangehouden na reeks autobranden in Tilburg
TILBURG - De politie heeft twee jongens van 16 en 17 jaar aangehouden voor een reeks autobranden in Tilburg-Noord. Volgens de politie werden sinds januari zeker twaalf auto's in brand gestoken.
Buurtbewoners zijn opgelucht. Zij zeggen dat ze al weken slecht slapen. "Je ligt 's nachts te luisteren of je iets hoort knetteren", vertelt bewoner Ahmed El Khatib.
De verdachten zitten vast. Hun advocaat wilde niet reageren.""",
        fetched_at="2026-03-03T13:00:00+01:00",
        arts=[Art("main", "TILBURG -", "TILBURG", ())],
        sts=[
            St("de politie|politie|politie Tilburg", "Volgens",
               "werden sinds januari zeker twaalf auto's in brand gestoken.", "according_to"),
            St("[Zij] zeggen|Buurtbewoners", "zeggen", "dat ze al weken slecht slapen.", "indirect"),
            St("bewoner Ahmed El Khatib|Ahmed El Khatib", "vertelt",
               "\"Je ligt 's nachts te luisteren of je iets hoort knetteren\",", "direct"),
        ],
        figs=[
            Fig("Twee", 2, "arrested", counted="Twee jongens"),
            Fig("twee", 2, "arrested", counted="twee jongens"),
            Fig("zeker twaalf", 12, "other", high=None, counted="twaalf auto's", st=0),
        ],
        tags=["plural-pronoun", "trailing", "ages-not-figures"],
        notes="The headline 'Twee jongens' is a figure too. Ages 16 and 17 are no figures.",
    ),
    Doc(
        "nl-dev-attr2-11",
        "analysis",
        """Analyse: de stille crisis in de kinderopvang
Ouders in heel Nederland staan op wachtlijsten. Wie rondbelt, hoort overal hetzelfde verhaal.
Kinderopvangorganisatie De Speelhoeve in Amersfoort moest dit jaar twee groepen sluiten. Directeur Mirjam Hoekstra zit met de handen in het haar. Ze kan geen personeel vinden, vertelt ze in haar kantoortje. "Ik heb vorige maand elf sollicitatiegesprekken gepland. Er kwam niemand opdagen."
Branchevereniging Kinderopvang Nederland schat dat er landelijk zo'n 5000 pedagogisch medewerkers te weinig zijn. De vereniging wil dat het kabinet de salarissen verhoogt.
Minister Thijs Rozendaal van Sociale Zaken erkent dat er "een serieus probleem" is. Maar hij zegt ook dat er geen geld is voor hogere lonen. Volgens hem moeten gemeenten en werkgevers samen oplossingen zoeken.
Hoekstra is daar niet blij mee. "Oplossingen zoeken doen we al jaren", zegt ze. "Wat we nodig hebben, zijn mensen.\"""",
        fetched_at="2026-06-08T06:00:00+02:00",
        arts=[Art("main", "Analyse: de stille")],
        sts=[
            St("vertelt [ze]|Mirjam Hoekstra", "vertelt", "Ze kan geen personeel vinden,", "indirect"),
            St("vertelt [ze]|Mirjam Hoekstra", "vertelt",
               '"Ik heb vorige maand elf sollicitatiegesprekken gepland. Er kwam niemand opdagen."', "direct"),
            St("Branchevereniging Kinderopvang Nederland|Kinderopvang Nederland", "schat",
               "dat er landelijk zo'n 5000 pedagogisch medewerkers te weinig zijn.", "indirect"),
            St("Minister Thijs Rozendaal van Sociale Zaken|Thijs Rozendaal", "erkent",
               'dat er "een serieus probleem" is.', "mixed"),
            St("[hij] zegt|Thijs Rozendaal", "[zegt] ook", "dat er geen geld is voor hogere lonen.", "indirect"),
            St("Volgens [hem]|Thijs Rozendaal", "Volgens", "moeten gemeenten en werkgevers samen oplossingen zoeken.",
               "according_to"),
            St("zegt [ze]|Mirjam Hoekstra", "[zegt] ze", '"Oplossingen zoeken doen we al jaren",', "direct"),
            St("zegt [ze]|Mirjam Hoekstra", "[zegt] ze", '"Wat we nodig hebben, zijn mensen."', "direct"),
        ],
        figs=[
            Fig("twee", 2, "other", counted="twee groepen"),
            Fig("elf", 11, "other", counted="elf sollicitatiegesprekken", st=1),
            Fig("zo'n 5000", 5000, "people", approx=True, st=2),
        ],
        tags=["analysis", "speaker-far", "pronoun", "quote-continuation", "wil-dat-not-statement", "mixed"],
        notes="'De vereniging wil dat ...' is a demand, not annotated.",
    ),
    Doc(
        "nl-dev-attr2-12",
        "broadcast",
        """Voetbalclub FC Rivierstad ontslaat trainer
De directie van FC Rivierstad heeft trainer Marco Veenstra ontslagen. Dat heeft de club vanochtend bekendgemaakt. Naar verluidt zou assistent Dennis Hofman het seizoen afmaken.
Veenstra zou volgens ingewijden al weken in onmin leven met de spelersgroep. Technisch directeur Erik Jansma wil niet ingaan op de details. "We danken Marco voor zijn inzet", zei hij in een verklaring.""",
        fetched_at="2026-02-16T12:00:00+01:00",
        arts=[Art("main", "Voetbalclub FC Rivierstad")],
        sts=[
            St("de club|FC Rivierstad", "bekendgemaakt",
               "De directie van FC Rivierstad heeft trainer Marco Veenstra ontslagen.", "indirect",
               aux="Dat [heeft]", time="vanochtend"),
            St([], "Naar verluidt", "zou assistent Dennis Hofman het seizoen afmaken.", "according_to"),
            St("ingewijden", "volgens", "Veenstra zou volgens ingewijden al weken in onmin leven met de spelersgroep",
               "according_to"),
            St("zei [hij]|Erik Jansma", "zei", '"We danken Marco voor zijn inzet",', "direct",
               medium="in een verklaring"),
        ],
        tags=["dat-heeft-bekendgemaakt", "naar-verluidt", "zou", "volgens-mid", "medium"],
    ),
    Doc(
        "nl-dev-attr2-13",
        "wire",
        """Supermarktketen Versland sluit filialen
ZAANDAM (ANP) - Supermarktketen Versland kondigde maandag aan dat het 14 van zijn 230 winkels sluit. Topvrouw Carolien Brink liet weten de beslissing "met pijn in het hart" te hebben genomen.
Vakbond FNV zegt te vrezen dat ook in de distributiecentra banen verdwijnen. De ondernemingsraad gaat ervan uit dat de meeste medewerkers elders in het bedrijf aan de slag kunnen.""",
        fetched_at="2026-01-26T16:00:00+01:00",
        arts=[Art("main", "ZAANDAM (ANP) -", "ZAANDAM", ("ANP",))],
        sts=[
            St("[Supermarktketen Versland] kondigde|Versland", "kondigde", "dat het 14 van zijn 230 winkels sluit.", "indirect",
               time="kondigde [maandag]"),
            St("Topvrouw Carolien Brink|Carolien Brink", "liet",
               'de beslissing "met pijn in het hart" te hebben genomen', "mixed"),
            St("Vakbond FNV|FNV", "zegt", "te vrezen dat ook in de distributiecentra banen verdwijnen", "indirect"),
            St("De ondernemingsraad|ondernemingsraad", "gaat",
               "dat de meeste medewerkers elders in het bedrijf aan de slag kunnen.", "indirect"),
        ],
        figs=[
            Fig("14", 14, "other", st=0),
            Fig("230", 230, "other", counted="230 winkels", st=0),
        ],
        tags=["separable", "te-infinitive", "uitgaan-van", "mixed"],
    ),
    Doc(
        "nl-dev-attr2-14",
        "dump",
        """Home Nieuws Sport Weer
Inloggen | Abonneer
Gemeente wil meer controle op flitsbezorgers
AMSTERDAM - De gemeente Amsterdam wil strengere regels voor flitsbezorgers. Wethouder Nadia Bakker zegt dat bewoners te veel overlast ervaren van scooters en laden en lossen. Een woordvoerder van bezorgdienst Snelkar laat in een reactie weten dat het bedrijf "graag in gesprek gaat" met de gemeente.
Lees ook
Deel dit artikel
Meer nieuws
ROTTERDAM (ANP) - Het Rotterdamse havenbedrijf verwacht dat de overslag dit jaar licht daalt, heeft directeur Joost Vermeer gezegd.
3 uur geleden
Cookie-instellingen""",
        fetched_at="2026-07-01T18:00:00+02:00",
        arts=[
            Art("main", "AMSTERDAM -", "AMSTERDAM", ()),
            Art("teaser", "ROTTERDAM (ANP) -", "ROTTERDAM", ("ANP",), ago="3h", expr="3 uur geleden"),
        ],
        sts=[
            St("Wethouder Nadia Bakker|Nadia Bakker", "zegt",
               "dat bewoners te veel overlast ervaren van scooters en laden en lossen.", "indirect"),
            St("Een woordvoerder van bezorgdienst Snelkar|Snelkar", "laat",
               'dat het bedrijf "graag in gesprek gaat" met de gemeente.', "mixed", medium="in een reactie"),
            St("directeur Joost Vermeer|Joost Vermeer", "gezegd",
               "Het Rotterdamse havenbedrijf verwacht dat de overslag dit jaar licht daalt,", "indirect",
               aux="daalt, [heeft]"),
            St("Het Rotterdamse havenbedrijf|Rotterdamse havenbedrijf|havenbedrijf", "verwacht",
               "dat de overslag dit jaar licht daalt,", "indirect", via=2),
        ],
        tags=["dump", "teasers", "medium", "nested", "trailing-perfect"],
        notes="The page's plan ('wil strengere regels') is not annotated.",
    ),
    Doc(
        "nl-dev-attr2-15",
        "broadcast",
        """Boeren blokkeren distributiecentrum in Zwolle
Tientallen boeren hebben vanochtend met trekkers de toegang tot een distributiecentrum in Zwolle geblokkeerd. Actievoerder Gert-Jan Kuipers: "We laten ons niet langer wegzetten als vervuilers."
De eigenaar van het distributiecentrum, logistiek bedrijf Transveen, zei: "Wij begrijpen de zorgen, maar dit treft de verkeerde." Volgens de politie verloopt de actie vreedzaam. Burgemeester Peter Snijders heeft de boeren opgeroepen om voor de avond te vertrekken.""",
        fetched_at="2026-03-19T11:00:00+01:00",
        arts=[Art("main", "Boeren blokkeren")],
        sts=[
            St("Actievoerder Gert-Jan Kuipers|Gert-Jan Kuipers", "Kuipers[:]",
               '"We laten ons niet langer wegzetten als vervuilers."', "direct"),
            St("De eigenaar van het distributiecentrum, logistiek bedrijf Transveen|Transveen", "zei",
               '"Wij begrijpen de zorgen, maar dit treft de verkeerde."', "direct"),
            St("de politie|politie", "Volgens", "verloopt de actie vreedzaam.", "according_to"),
        ],
        figs=[Fig("Tientallen", 20, "people", high=99, approx=True, counted="Tientallen boeren")],
        tags=["colon-quote", "apposition-source", "wij-in-quote", "oproepen-not-statement"],
    ),
    Doc(
        "nl-dev-attr2-16",
        "wire",
        """Waterschap sluit zwemplas wegens blauwalg
LEEUWARDEN (ANP) - In de Groene Plas bij Leeuwarden mag voorlopig niet worden gezwommen. Dat heeft Wetterskip Fryslân woensdag bekendgemaakt. In het water zijn hoge concentraties blauwalg gemeten.
De woordvoerder zegt dat het waterschap dagelijks nieuwe metingen doet. Hij verwacht dat de plas op zijn vroegst over twee weken weer opengaat.""",
        fetched_at="2026-07-15T14:00:00+02:00",
        arts=[Art("main", "LEEUWARDEN (ANP) -", "LEEUWARDEN", ("ANP",))],
        sts=[
            St("Wetterskip Fryslân", "bekendgemaakt",
               "In de Groene Plas bij Leeuwarden mag voorlopig niet worden gezwommen.", "indirect",
               aux="Dat [heeft]", time="woensdag"),
            St("De woordvoerder|Wetterskip Fryslân", "zegt", "dat het waterschap dagelijks nieuwe metingen doet.",
               "indirect"),
            St("[Hij] verwacht|Wetterskip Fryslân", "verwacht",
               "dat de plas op zijn vroegst over twee weken weer opengaat.", "indirect"),
        ],
        tags=["dat-heeft-bekendgemaakt", "woordvoerder-far", "pronoun-spokesperson"],
        notes="'De woordvoerder' speaks for the water board named two sentences earlier; 'Hij' is that spokesperson.",
    ),
    Doc(
        "nl-dev-attr2-17",
        "economy",
        """Chipmaker Nexalux wil fabriek bouwen in Eindhoven
EINDHOVEN - Chipmaker Nexalux wil in Eindhoven een nieuwe fabriek bouwen van 1,2 miljard euro. Dat meldt het Eindhovens Dagblad op basis van ingewijden. De fabriek zou werk bieden aan zo'n 900 mensen.
Het bedrijf bevestigt dat het gesprekken voert met de gemeente, maar wil nog geen details geven. Wethouder Femke Hazelaar noemt het nieuws "fantastisch voor de regio". Volgens de Kamer van Koophandel is er in de regio nu al een groot tekort aan technici.""",
        fetched_at="2026-05-05T09:30:00+02:00",
        arts=[Art("main", "EINDHOVEN -", "EINDHOVEN", ())],
        sts=[
            St("het Eindhovens Dagblad|Eindhovens Dagblad", "meldt",
               "Chipmaker Nexalux wil in Eindhoven een nieuwe fabriek bouwen van 1,2 miljard euro.", "indirect"),
            St("Het bedrijf|Nexalux|Chipmaker Nexalux", "bevestigt", "dat het gesprekken voert met de gemeente,",
               "indirect"),
            St("de Kamer van Koophandel|Kamer van Koophandel|KvK", "Volgens",
               "is er in de regio nu al een groot tekort aan technici.", "according_to"),
        ],
        figs=[
            Fig("1,2 miljard euro", 1_200_000_000, "money", unit="EUR", st=0),
            Fig("zo'n 900", 900, "people", approx=True),
        ],
        tags=["dat-meldt", "zou-not-statement", "newspaper-source", "anaphoric-company", "noemen-not-statement"],
        notes="'De fabriek zou ...' is reportative 'zou' without a named source: not annotated.",
    ),
    Doc(
        "nl-dev-attr2-18",
        "police",
        """Overval op juwelier in Breda: daders op de vlucht
BREDA - Twee gewapende mannen hebben dinsdagmiddag een juwelier aan de Ginnekenweg in Breda overvallen. De politie zoekt getuigen.
Volgens een ooggetuige reden de daders weg op een zwarte scooter. "Het ging allemaal binnen een minuut", vertelt de eigenaar van de zaak naast de juwelier.
De politie heeft inmiddels camerabeelden veiliggesteld. De woordvoerder zegt dat de recherche "alle sporen" onderzoekt. Hij wil niet zeggen hoeveel sieraden er zijn buitgemaakt.""",
        fetched_at="2026-04-21T19:00:00+02:00",
        arts=[Art("main", "BREDA -", "BREDA", ())],
        sts=[
            St("een ooggetuige|ooggetuige", "Volgens", "reden de daders weg op een zwarte scooter.", "according_to"),
            St("de eigenaar van de zaak naast de juwelier|eigenaar van de zaak naast de juwelier|eigenaar van de zaak"
               "|eigenaar", "vertelt", '"Het ging allemaal binnen een minuut",', "direct"),
            St("De woordvoerder|politie|politie Breda", "zegt", 'dat de recherche "alle sporen" onderzoekt.', "mixed"),
        ],
        figs=[Fig("Twee", 2, "people", counted="Twee gewapende mannen")],
        tags=["woordvoerder", "refusal-not-statement", "trailing"],
        notes="'Hij wil niet zeggen hoeveel ...' claims nothing: not annotated.",
    ),
    Doc(
        "nl-dev-attr2-19",
        "analysis",
        """Achtergrond: de strijd om het Wad
Het plan om bij Ameland gas te winnen verdeelt het noorden. Natuurorganisatie Waddenvereniging stelt dat de bodemdaling "onherstelbare schade" aanricht. Het gasbedrijf Noordgas ontkent dat er sprake is van schade.
Geoloog Tamara Wiersma van de Rijksuniversiteit Groningen zegt dat onderzoekers van Staatstoezicht op de Mijnen melden dat de metingen betrouwbaar zijn. Toch twijfelen veel eilanders. Zij vrezen dat het toerisme eronder lijdt.
Burgemeester Rienk Hiemstra van Ameland heeft een brief gestuurd aan de minister. Daarin schrijft hij dat het eiland "niet om toestemming is gevraagd".""",
        fetched_at="2026-10-09T08:00:00+02:00",
        arts=[Art("main", "Achtergrond: de strijd")],
        sts=[
            St("Natuurorganisatie Waddenvereniging|Waddenvereniging", "stelt",
               'dat de bodemdaling "onherstelbare schade" aanricht.', "mixed"),
            St("Het gasbedrijf Noordgas|Noordgas", "ontkent", "dat er sprake is van schade.", "indirect"),
            St("Geoloog Tamara Wiersma van de Rijksuniversiteit Groningen|Tamara Wiersma", "zegt",
               "dat onderzoekers van Staatstoezicht op de Mijnen melden dat de metingen betrouwbaar zijn.", "indirect"),
            St("onderzoekers van Staatstoezicht op de Mijnen|Staatstoezicht op de Mijnen", "melden",
               "dat de metingen betrouwbaar zijn.", "indirect", via=2),
            St("[Zij] vrezen|eilanders|veel eilanders", "vrezen", "dat het toerisme eronder lijdt.", "indirect"),
            St("schrijft [hij]|Rienk Hiemstra", "schrijft", 'dat het eiland "niet om toestemming is gevraagd".', "mixed"),
        ],
        tags=["nested", "denial", "plural-pronoun", "inversion", "mixed", "group-role"],
    ),
    Doc(
        "nl-dev-attr2-20",
        "broadcast",
        """Kamer verdeeld over verhoging AOW-leeftijd
De Tweede Kamer debatteerde gisteren urenlang over het kabinetsplan om de AOW-leeftijd sneller te verhogen. Kamerlid Wim Bosman (PVV) vraagt zich af of ouderen met zware beroepen dat wel volhouden. Ook Kamerlid Esra Yildiz (SP) en Kamerlid Joost de Wit (CDA) zeggen dat het plan onrechtvaardig is.
Staatssecretaris Lieke van Dam antwoordde dat er een regeling komt voor zware beroepen. Volgens haar kost die regeling jaarlijks ongeveer 300 miljoen euro.
Vakbond FNV dreigt met acties. "Als het kabinet niet luistert, gaan we staken", zegt FNV-voorzitter Kees Hoogland.""",
        fetched_at="2026-11-20T07:30:00+01:00",
        arts=[Art("main", "Kamer verdeeld")],
        sts=[
            St("Kamerlid Wim Bosman (PVV)|Wim Bosman", "vraagt", "of ouderen met zware beroepen dat wel volhouden.",
               "indirect"),
            St(["Kamerlid Esra Yildiz (SP)|Esra Yildiz", "Kamerlid Joost de Wit (CDA)|Joost de Wit"], "zeggen",
               "dat het plan onrechtvaardig is.", "indirect"),
            St("Staatssecretaris Lieke van Dam|Lieke van Dam", "antwoordde",
               "dat er een regeling komt voor zware beroepen.", "indirect"),
            St("Volgens [haar]|Lieke van Dam", "Volgens", "kost die regeling jaarlijks ongeveer 300 miljoen euro.",
               "according_to"),
            St("FNV-voorzitter Kees Hoogland|Kees Hoogland", "[zegt] FNV-voorzitter",
               '"Als het kabinet niet luistert, gaan we staken",', "direct"),
        ],
        figs=[Fig("ongeveer 300 miljoen euro", 300_000_000, "money", unit="EUR", approx=True, st=3)],
        tags=["question", "several-sources", "party-brackets", "pronoun", "trailing"],
    ),
    Doc(
        "nl-dev-attr2-21",
        "toll",
        """Zware aardbeving in Oost-Turkije: tientallen doden
ANKARA (ANP/RTR) - Bij een zware aardbeving in het oosten van Turkije zijn zeker 38 mensen omgekomen. Het Turkse rampenbureau AFAD houdt het op 38 doden en meer dan 400 gewonden. Lokale media spreken van ruim 60 doden.
De Turkse president Recep Tayyip Erdogan zei tijdens een bezoek aan het rampgebied dat de regering alle getroffenen zal helpen. Reddingswerkers vrezen dat nog tientallen mensen onder het puin liggen.""",
        fetched_at="2026-09-02T20:00:00+02:00",
        arts=[Art("main", "ANKARA (ANP/RTR) -", "ANKARA", ("ANP", "RTR"))],
        sts=[
            St("Het Turkse rampenbureau AFAD|AFAD", "houdt", "38 doden en meer dan 400 gewonden", "indirect"),
            St("Lokale media", "spreken", "ruim 60 doden", "indirect"),
            St("De Turkse president Recep Tayyip Erdogan|Recep Tayyip Erdogan", "zei",
               "dat de regering alle getroffenen zal helpen.", "indirect"),
            St("Reddingswerkers", "vrezen", "dat nog tientallen mensen onder het puin liggen.", "indirect"),
        ],
        figs=[
            Fig(("tientallen", 1), 20, "killed", high=99, approx=True, counted="tientallen doden"),
            Fig("zeker 38", 38, "killed", high=None, counted="38 mensen omgekomen"),
            Fig(("38", 2), 38, "killed", counted="38 doden", st=0),
            Fig("meer dan 400", 400, "wounded", high=None, counted="400 gewonden", st=0),
            Fig("ruim 60", 60, "killed", high=None, counted="60 doden", st=1),
            Fig(("tientallen", 2), 20, "missing", high=99, approx=True, st=3),
        ],
        tags=["conflicting", "houden-op", "spreken-van", "plural-source"],
    ),
    Doc(
        "nl-dev-attr2-22",
        "analysis",
        """Havenmeester: 'Wachttijden lopen nog wekenlang op'
ROTTERDAM - De haven van Rotterdam kampt met lange wachttijden voor containerschepen. Dat zegt havenmeester Ria Schouten in een interview met deze krant.
Volgens Schouten komen er door stakingen in Antwerpen veel meer schepen naar Rotterdam dan normaal. "We verwerken nu ongeveer 15 procent meer containers dan vorig jaar", zegt ze. "Het personeel werkt zich een slag in de rondte."
Op de vraag wanneer het probleem is opgelost, antwoordt ze dat ze dat niet durft te voorspellen. Rederij Oceanus, een van de grootste klanten van de haven, laat weten dat schepen nu gemiddeld vier dagen moeten wachten.""",
        fetched_at="2026-06-30T07:00:00+02:00",
        arts=[Art("main", "ROTTERDAM -", "ROTTERDAM", ())],
        sts=[
            St("havenmeester Ria Schouten|Ria Schouten", "Dat [zegt]",
               "De haven van Rotterdam kampt met lange wachttijden voor containerschepen.", "indirect",
               medium="in een interview met deze krant"),
            St("Volgens [Schouten]|Ria Schouten", "Volgens",
               "komen er door stakingen in Antwerpen veel meer schepen naar Rotterdam dan normaal.", "according_to"),
            St("zegt [ze]|Ria Schouten", "[zegt] ze",
               '"We verwerken nu ongeveer 15 procent meer containers dan vorig jaar",', "direct"),
            St("zegt [ze]|Ria Schouten", "[zegt] ze", '"Het personeel werkt zich een slag in de rondte."', "direct"),
            St("antwoordt [ze]|Ria Schouten", "antwoordt", "dat ze dat niet durft te voorspellen.", "indirect"),
            St("Rederij Oceanus, een van de grootste klanten van de haven|Oceanus|Rederij Oceanus", "laat",
               "dat schepen nu gemiddeld vier dagen moeten wachten.", "indirect"),
        ],
        figs=[Fig("ongeveer 15 procent", 15, "percent", unit="%", approx=True, st=2)],
        tags=["interview", "dat-zegt", "medium", "inversion", "apposition-source", "quote-continuation"],
        notes="The colon headline is not annotated; 'vier dagen' is a duration.",
    ),
    Doc(
        "nl-dev-attr2-23",
        "wire",
        """Tekort aan huisartsen in Drenthe groeit
ASSEN (ANP) - In Drenthe kunnen steeds meer patiënten geen huisarts vinden, volgens de Landelijke Huisartsen Vereniging. Vooral in kleine dorpen vertrekken artsen zonder opvolger. Het probleem wordt de komende jaren groter, aldus de vereniging.
Gedeputeerde Jelle Boerema erkent het probleem. De provincie trekt extra geld uit om jonge artsen naar Drenthe te lokken, maakte hij vrijdag bekend.""",
        fetched_at="2026-04-11T10:00:00+02:00",
        arts=[Art("main", "ASSEN (ANP) -", "ASSEN", ("ANP",))],
        sts=[
            St("de Landelijke Huisartsen Vereniging|Landelijke Huisartsen Vereniging|LHV", "volgens",
               "In Drenthe kunnen steeds meer patiënten geen huisarts vinden,", "according_to"),
            St("aldus [de vereniging]|Landelijke Huisartsen Vereniging|LHV", "aldus",
               "Het probleem wordt de komende jaren groter,", "according_to"),
            St("maakte [hij]|Jelle Boerema", "maakte",
               "De provincie trekt extra geld uit om jonge artsen naar Drenthe te lokken,", "indirect",
               time="vrijdag"),
        ],
        tags=["volgens-trailing", "aldus-indirect", "trailing-separable", "no-clause-not-statement"],
    ),
    Doc(
        "nl-dev-attr2-24",
        "broadcast",
        """Ziekenhuis Zonnedal stopt 's nachts met spoedeisende hulp
Ziekenhuis Zonnedal in Emmen sluit vanaf april 's nachts de spoedeisende hulp. Bestuursvoorzitter Marjolein Vos noemt het besluit "pijnlijk maar onvermijdelijk". Er zijn volgens haar simpelweg te weinig artsen.
Patiënten moeten 's nachts naar Groningen of Assen, ruim 40 kilometer verderop. Huisarts Bart Hulshof uit Emmen maakt zich zorgen. Hij zegt tegen RTV Drenthe dat elke minuut telt bij een hartinfarct. "Dit gaat levens kosten."
De Inspectie voor de Gezondheidszorg laat weten de situatie "nauwlettend" te volgen.""",
        fetched_at="2026-02-25T17:00:00+01:00",
        arts=[Art("main", "Ziekenhuis Zonnedal stopt")],
        sts=[
            St("volgens [haar]|Marjolein Vos", "volgens", "Er zijn volgens haar simpelweg te weinig artsen",
               "according_to"),
            St("[Hij] zegt|Bart Hulshof", "zegt", "dat elke minuut telt bij een hartinfarct.", "indirect",
               medium="tegen RTV Drenthe"),
            St("[Hij] zegt|Bart Hulshof", "zegt", '"Dit gaat levens kosten."', "direct"),
            St("De Inspectie voor de Gezondheidszorg|Inspectie voor de Gezondheidszorg", "laat",
               'de situatie "nauwlettend" te volgen', "mixed"),
        ],
        figs=[Fig("ruim 40 kilometer", 40, "other", high=None, unit="km")],
        tags=["volgens-mid", "medium-tegen", "quote-continuation", "te-infinitive", "noemen-not-statement"],
    ),
    Doc(
        "nl-dev-attr2-25",
        "police",
        """Man aangehouden voor bedreigen burgemeester
HOORN - De politie heeft een 38-jarige man uit Hoorn aangehouden. Hij zou burgemeester Anja Zwart via sociale media met de dood hebben bedreigd, meldt het Openbaar Ministerie.
Zwart zegt dat ze zich niet laat intimideren. Ze wil wel aangifte doen tegen andere mensen die haar bedreigden, liet ze weten aan NH Nieuws.""",
        fetched_at="2026-12-01T16:00:00+01:00",
        arts=[Art("main", "HOORN -", "HOORN", ())],
        sts=[
            St("het Openbaar Ministerie|Openbaar Ministerie|OM", "meldt",
               "Hij zou burgemeester Anja Zwart via sociale media met de dood hebben bedreigd,", "indirect"),
            St("[Zwart] zegt|Anja Zwart", "zegt", "dat ze zich niet laat intimideren.", "indirect"),
            St("liet [ze]|Anja Zwart", "liet",
               "Ze wil wel aangifte doen tegen andere mensen die haar bedreigden,", "indirect", medium="aan NH Nieuws"),
        ],
        tags=["zou-with-source", "reported-plan", "trailing-separable", "medium-aan"],
    ),
    Doc(
        "nl-dev-attr2-26",
        "economy",
        """Bakkerijketen Korenaar in financiële problemen
VEENENDAAL (ANP) - Bakkerijketen Korenaar heeft uitstel van betaling aangevraagd. Dat heeft de rechtbank Gelderland donderdag bekendgemaakt. Volgens vakbond FNV staan ongeveer 600 banen op het spel.
Het bedrijf zelf spreekt van een "tijdelijke dip". Een woordvoerder zegt dat alle 48 winkels voorlopig open blijven.""",
        fetched_at="2026-08-07T15:00:00+02:00",
        arts=[Art("main", "VEENENDAAL (ANP) -", "VEENENDAAL", ("ANP",))],
        sts=[
            St("de rechtbank Gelderland|rechtbank Gelderland", "bekendgemaakt",
               "Bakkerijketen Korenaar heeft uitstel van betaling aangevraagd.", "indirect", aux="Dat [heeft]",
               time="donderdag"),
            St("vakbond FNV|FNV", "Volgens", "staan ongeveer 600 banen op het spel.", "according_to"),
            St("Het bedrijf|Korenaar|Bakkerijketen Korenaar", "spreekt", 'een "tijdelijke dip"', "mixed"),
            St("Een woordvoerder|Korenaar|Bakkerijketen Korenaar", "zegt", "dat alle 48 winkels voorlopig open blijven.",
               "indirect"),
        ],
        figs=[
            Fig("ongeveer 600", 600, "other", approx=True, counted="600 banen", st=1),
            Fig("48", 48, "other", counted="48 winkels", st=3),
        ],
        tags=["contrastive-source", "anaphoric-company", "woordvoerder", "spreken-van", "mixed"],
        notes="'Het bedrijf' is the bakery chain, not the union or the court named in between.",
    ),
]
