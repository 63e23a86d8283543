"""Dev split, real-page shapes: own text in the shapes real pages showed (tune on it).

Written and annotated before the extractor was run on them; every name, place and
number is invented. The same shapes as ``test_realshapes.py`` in other words:
regional quotes with ``,,...''`` and ``„...”``, continued quote paragraphs,
Flemish reporting ("klinkt het", "zowat", "een twintigtal", "aan VRT NWS"), live
blogs with clock entries, captions, cookie and share chrome, colon headlines (a
statement by the speaker; cue: the colon), parenthetical and trailing cues.
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-real-01",
        "regional",
        """Menu Zoeken Inloggen
Burgemeester Ter Horst: ,,Kermis gaat gewoon door''
Foto: Studio Oosterland
BRUINSWOLDE - De najaarskermis in Bruinswolde gaat ondanks de klachten van omwonenden gewoon door. Dat zegt burgemeester Hanneke ter Horst. ,,We hebben afspraken gemaakt over het geluid'', zegt ze. ,,Om elf uur gaat de muziek uit.''
Volgens de kermisbond komen er dit jaar zo'n 35 attracties.""",
        arts=[Art("main", "BRUINSWOLDE -", "BRUINSWOLDE")],
        sts=[
            St("Burgemeester Ter Horst|Hanneke ter Horst", "Horst[:]", ",,[Kermis gaat gewoon door]''", "direct"),
            St("burgemeester Hanneke ter Horst|Hanneke ter Horst", "Dat [zegt] burgemeester",
               "De najaarskermis in Bruinswolde gaat ondanks de klachten van omwonenden gewoon door.", "indirect"),
            St("zegt [ze]|Hanneke ter Horst", "[zegt] ze", ",,[We hebben afspraken gemaakt over het geluid]''", "direct"),
            St("zegt [ze]|Hanneke ter Horst", "[zegt] ze", ",,[Om elf uur gaat de muziek uit].''", "direct"),
            St("de kermisbond|kermisbond", "Volgens", "komen er dit jaar zo'n 35 attracties.", "according_to"),
        ],
        figs=[Fig("zo'n 35", 35, "other", approx=True, counted="35 attracties", st=4)],
        tags=["colon-headline", "chrome", "caption", "dat-zegt", "quote-continuation", "clock-not-figure"],
        notes="'Om elf uur' is a clock time.",
    ),
    Doc(
        "nl-dev-real-02",
        "flemish",
        """Een twintigtal gezinnen geëvacueerd na gaslek in Lommelhout
© Photo News
In Lommelhout zijn dinsdagnamiddag een twintigtal gezinnen geëvacueerd na een gaslek in de Kapelstraat. ,,Een aannemer heeft bij graafwerken een leiding geraakt'', klinkt het bij de brandweerzone. Burgemeester Greet Wouters (N-VA) laat weten dat de bewoners in de sporthal terechtkunnen.
Fluvius verwacht dat het lek tegen de avond gedicht is.""",
        arts=[Art("main", "Een twintigtal gezinnen")],
        sts=[
            St("de brandweerzone|brandweerzone", "klinkt", ",,[Een aannemer heeft bij graafwerken een leiding geraakt]''", "direct"),
            St("Burgemeester Greet Wouters (N-VA)|Greet Wouters", "laat",
               "dat de bewoners in de sporthal terechtkunnen.", "indirect"),
            St("Fluvius", "verwacht", "dat het lek tegen de avond gedicht is.", "indirect"),
        ],
        figs=[
            Fig("Een twintigtal gezinnen", 20, "displaced", approx=True),
            Fig("dinsdagnamiddag [een twintigtal]", 20, "displaced", approx=True),
        ],
        tags=["flemish", "twintigtal", "klinkt-het", "laat-weten", "verwacht-dat", "photo-credit"],
    ),
    Doc(
        "nl-dev-real-03",
        "live",
        """LIVE | Ontruiming Stadhuisplein
21.18 uur
De politie heeft het plein inmiddels ontruimd. Volgens een woordvoerder zijn 34 demonstranten aangehouden.
20.55 uur: ME zet wapenstok in
Een verslaggever ter plaatse zegt dat de ME de groep met wapenstokken uiteendrijft.
20.30 uur
Burgemeester Fleur Dekkers: ,,Het plein moet voor middernacht leeg zijn.''""",
        arts=[Art("main", "LIVE | Ontruiming")],
        sts=[
            St("een woordvoerder|politie", "Volgens", "zijn 34 demonstranten aangehouden.", "according_to"),
            St("Een verslaggever ter plaatse|verslaggever ter plaatse", "zegt",
               "dat de ME de groep met wapenstokken uiteendrijft.", "indirect"),
            St("Burgemeester Fleur Dekkers|Fleur Dekkers", "Dekkers[:]", ",,[Het plein moet voor middernacht leeg zijn].''", "direct"),
        ],
        figs=[Fig("34", 34, "arrested", counted="34 demonstranten aangehouden", st=0)],
        tags=["live", "clock-entries", "colon-quote-entry", "correspondent", "volgens-woordvoerder"],
    ),
    Doc(
        "nl-dev-real-04",
        "regional",
        """Zwembad De Waterlelie blijft open: 'Dankzij de handtekeningen'
GROEVENBEEK - Zwembad De Waterlelie in Groevenbeek blijft open. De gemeenteraad stemde dinsdagavond in met een reddingsplan van 1,8 miljoen euro. ,,Dit is te danken aan de 6000 mensen die de petitie tekenden'', zegt initiatiefnemer Rob Langeveld.
,,Ik heb vanavond een traantje gelaten'', vertelt badmeester Joke Wiersma. ,,Hier hebben duizenden kinderen leren zwemmen.''""",
        arts=[Art("main", "GROEVENBEEK -", "GROEVENBEEK")],
        sts=[
            St("initiatiefnemer Rob Langeveld|Rob Langeveld", "zegt",
               ",,[Dit is te danken aan de 6000 mensen die de petitie tekenden]''", "direct"),
            St("badmeester Joke Wiersma|Joke Wiersma", "vertelt", ",,[Ik heb vanavond een traantje gelaten]''", "direct"),
            St("badmeester Joke Wiersma|Joke Wiersma", "vertelt", ",,[Hier hebben duizenden kinderen leren zwemmen].''", "direct"),
        ],
        figs=[
            Fig("1,8 miljoen euro", 1800000, "money", unit="EUR"),
            Fig("6000", 6000, "people", counted="6000 mensen", st=0),
            Fig("duizenden", 2000, "people", high=9999, approx=True, counted="duizenden kinderen", st=2),
        ],
        tags=["regional", "headline-quote-no-speaker", "trailing-cue", "quote-continuation", "vertelt"],
        notes="The headline quote has a topic before the colon, not a speaker: not annotated.",
    ),
    Doc(
        "nl-dev-real-05",
        "wire",
        """Vakbond: 'Staking bij streekvervoer gaat door'
UTRECHT (ANP) - De staking bij vervoerder Regiolijn gaat maandag gewoon door. Dat heeft vakbond FNV zondag laten weten. Volgens de bond leggen zo'n 1100 buschauffeurs het werk neer.
Regiolijn noemt de actie ,,onverantwoord'' en zegt dat reizigers de dupe zijn.""",
        arts=[Art("main", "UTRECHT (ANP) -", "UTRECHT", ("ANP",))],
        sts=[
            St("Vakbond|FNV", "Vakbond[:]", "'[Staking bij streekvervoer gaat door]'", "direct"),
            St("vakbond FNV|FNV", "laten", "De staking bij vervoerder Regiolijn gaat maandag gewoon door.", "indirect",
               aux="Dat [heeft] vakbond"),
            St("Volgens [de bond]|FNV", "Volgens", "leggen zo'n 1100 buschauffeurs het werk neer.", "according_to"),
            St("[Regiolijn] noemt|Regiolijn", "[zegt] dat reizigers", "dat reizigers de dupe zijn.", "indirect"),
        ],
        figs=[Fig("zo'n 1100", 1100, "people", approx=True, counted="1100 buschauffeurs", st=2)],
        tags=["colon-headline", "dat-heeft-laten-weten", "volgens-de-bond", "noemen-not-statement", "coordinated-cue"],
        notes="The source of 'en zegt dat' is Regiolijn, the subject of the first conjunct; its span is the word Regiolijn "
        "at the start of the sentence.",
    ),
    Doc(
        "nl-dev-real-06",
        "flemish",
        """Nieuwe fietsstraat in Deurnebeek: ,,Auto's zijn hier te gast''
In Deurnebeek is de Molenstraat sinds maandag een fietsstraat. Auto's mogen er niet sneller dan 30 kilometer per uur en mogen fietsers niet inhalen. ,,Auto's zijn hier te gast'', zegt schepen Bart Van Damme aan onze redactie. Dagelijks rijden er zowat 2.500 fietsers door de straat, klinkt het bij de stad.""",
        arts=[Art("main", "Nieuwe fietsstraat in")],
        sts=[
            St("schepen Bart Van Damme|Bart Van Damme", "zegt", ",,[Auto's zijn hier te gast]'', zegt", "direct",
               medium="aan onze redactie"),
            St("de stad|stad", "klinkt", "Dagelijks rijden er zowat 2.500 fietsers door de straat,", "indirect"),
        ],
        figs=[
            Fig("30 kilometer per uur", 30, "other", unit="km/h"),
            Fig("zowat 2.500", 2500, "people", approx=True, counted="2.500 fietsers", st=1),
        ],
        tags=["flemish", "headline-quote-topic", "medium-aan", "klinkt-het-indirect", "zowat"],
        notes="The headline quote repeats the body quote after a topic: not a colon attribution.",
    ),
    Doc(
        "nl-dev-real-07",
        "police",
        """Home › Nieuws › Regio
Drie gewonden bij steekpartij in uitgaansgebied
Lees voor
MEERSTAD - Bij een steekpartij in het uitgaansgebied van Meerstad zijn in de nacht van zaterdag op zondag drie mannen gewond geraakt. Dat meldt de politie. Twee verdachten, van 20 en 22 jaar, zijn aangehouden.
,,Het begon met een ruzie in de rij voor een café'', zegt een getuige. ,,Binnen een minuut lag er iemand op de grond.''
Deel dit artikel: WhatsApp | Facebook | X""",
        arts=[Art("main", "MEERSTAD -", "MEERSTAD")],
        sts=[
            St("de politie|politie", "meldt",
               "Bij een steekpartij in het uitgaansgebied van Meerstad zijn in de nacht van zaterdag op zondag drie mannen gewond geraakt.",
               "indirect"),
            St("een getuige|getuige", "zegt", ",,[Het begon met een ruzie in de rij voor een café]''", "direct"),
            St("een getuige|getuige", "zegt", ",,[Binnen een minuut lag er iemand op de grond].''", "direct"),
        ],
        figs=[
            Fig("Drie gewonden", 3, "wounded"),
            Fig("drie mannen", 3, "wounded", st=0),
            Fig("Twee verdachten", 2, "arrested"),
        ],
        tags=["police", "breadcrumb", "read-aloud-chrome", "share-bar", "ages-not-figures", "quote-continuation"],
        notes="'van 20 en 22 jaar' are ages; 'Binnen een minuut' a duration.",
    ),
    Doc(
        "nl-dev-real-08",
        "live",
        """Liveblog | Uitslagenavond waterschapsverkiezingen
23.12 uur
Water Natuurlijk verliest volgens de voorlopige telling 2 van zijn 7 zetels.
22.48 uur
BBB-lijsttrekker Gerrit Kamphuis is tevreden. ,,We staan er in één klap met 6 zetels'', zegt hij. ,,Boeren willen gehoord worden.''
22.20 uur
De opkomst lag volgens de Unie van Waterschappen rond de 49 procent.""",
        arts=[Art("main", "Liveblog | Uitslagenavond")],
        sts=[
            St("de voorlopige telling|voorlopige telling", "verliest [volgens]",
               "Water Natuurlijk verliest volgens de voorlopige telling 2 van zijn 7 zetels.", "according_to"),
            St("zegt [hij]|Gerrit Kamphuis", "zegt", ",,[We staan er in één klap met 6 zetels]''", "direct"),
            St("zegt [hij]|Gerrit Kamphuis", "zegt", ",,[Boeren willen gehoord worden].''", "direct"),
            St("de Unie van Waterschappen|Unie van Waterschappen", "lag [volgens]",
               "De opkomst lag volgens de Unie van Waterschappen rond de 49 procent.", "according_to"),
        ],
        figs=[
            Fig("telling [2]", 2, "other", st=0),
            Fig("7 zetels", 7, "other", st=0),
            Fig("6 zetels", 6, "other", st=1),
            Fig("rond de 49 procent", 49, "percent", unit="%", approx=True, st=3),
        ],
        tags=["live", "clock-entries", "seats", "in-een-klap-not-figure", "volgens-mid", "quote-continuation"],
    ),
    Doc(
        "nl-dev-real-09",
        "caption",
        """Beeld Hollandse Hoogte
Een bewoner kijkt naar de schade aan zijn huis. Foto: ANP
Hagelstorm in Achterberg: ,,Alsof er met stenen werd gegooid''
ACHTERBERG - Een zware hagelbui heeft zondagmiddag in Achterberg honderden daken en auto's beschadigd. ,,Alsof er met stenen werd gegooid'', zegt bewoner Henk Lammers. Hagelstenen waren volgens Weerplaza tot 6 centimeter groot.
Verzekeraar Achmea verwacht dat er enkele duizenden schademeldingen binnenkomen.""",
        arts=[Art("main", "ACHTERBERG -", "ACHTERBERG")],
        sts=[
            St("bewoner Henk Lammers|Henk Lammers", "zegt", ",,[Alsof er met stenen werd gegooid]'', zegt", "direct"),
            St("Weerplaza", "waren [volgens]", "Hagelstenen waren volgens Weerplaza tot 6 centimeter groot.", "according_to"),
            St("Verzekeraar Achmea|Achmea", "verwacht", "dat er enkele duizenden schademeldingen binnenkomen.", "indirect"),
        ],
        figs=[
            Fig("honderden", 200, "other", high=999, approx=True, counted="daken en auto's"),
            Fig("tot 6 centimeter", None, "other", high=6, st=1),
            Fig("enkele duizenden", 2000, "other", high=9999, approx=True, counted="schademeldingen", st=2),
        ],
        tags=["caption", "photo-credit", "headline-quote-topic", "volgens-mid", "verwacht-dat"],
        notes="The headline quote is Lammers's body quote after a topic: not a colon attribution. 'tot 6 centimeter' has "
        "no unit in the list (cm): unit None.",
    ),
    Doc(
        "nl-dev-real-10",
        "flemish",
        """Opnieuw file op de Ring: ,,Dit is niet meer houdbaar''
Op de Ring rond Kortvelde stond maandagochtend opnieuw een file van zowat 14 kilometer. Dat meldt het Vlaams Verkeerscentrum. ,,Dit is niet meer houdbaar'', zegt pendelaar Lotte Maes aan VRT NWS. ,,Ik sta hier elke dag een uur stil.''
Minister van Mobiliteit Inge Vermeulen belooft dat de werken tegen de zomer klaar zijn.""",
        arts=[Art("main", "Opnieuw file op")],
        sts=[
            St("het Vlaams Verkeerscentrum|Vlaams Verkeerscentrum", "meldt",
               "Op de Ring rond Kortvelde stond maandagochtend opnieuw een file van zowat 14 kilometer.", "indirect"),
            St("pendelaar Lotte Maes|Lotte Maes", "zegt", ",,[Dit is niet meer houdbaar]'', zegt", "direct", medium="aan VRT NWS"),
            St("pendelaar Lotte Maes|Lotte Maes", "zegt", ",,[Ik sta hier elke dag een uur stil].''", "direct"),
            St("Minister van Mobiliteit Inge Vermeulen|Inge Vermeulen", "belooft",
               "dat de werken tegen de zomer klaar zijn.", "indirect"),
        ],
        figs=[Fig("zowat 14 kilometer", 14, "other", unit="km", approx=True, st=0)],
        tags=["flemish", "headline-quote-topic", "dat-meldt", "medium-aan", "belooft", "duration-not-figure"],
    ),
    Doc(
        "nl-dev-real-11",
        "regional",
        """Dorpshuis Ellerveen krijgt zonnepanelen: 'Energierekening halveert'
ELLERVEEN - Op het dak van dorpshuis De Brink in Ellerveen liggen sinds vorige week 48 zonnepanelen. Volgens penningmeester Gerda Mulder scheelt dat het dorpshuis zo'n 6000 euro per jaar.
,,We betaalden vorig jaar bijna 12.000 euro aan energie'', zegt Mulder. ,,Dat konden we als vrijwilligers niet meer opbrengen.'' De provincie betaalde de helft van de panelen.""",
        arts=[Art("main", "ELLERVEEN -", "ELLERVEEN")],
        sts=[
            St("penningmeester Gerda Mulder|Gerda Mulder", "Volgens",
               "scheelt dat het dorpshuis zo'n 6000 euro per jaar.", "according_to"),
            St("zegt [Mulder]|Gerda Mulder", "zegt", ",,[We betaalden vorig jaar bijna 12.000 euro aan energie]''", "direct"),
            St("zegt [Mulder]|Gerda Mulder", "zegt", ",,[Dat konden we als vrijwilligers niet meer opbrengen].''", "direct"),
        ],
        figs=[
            Fig("48", 48, "other", counted="48 zonnepanelen"),
            Fig("zo'n 6000 euro", 6000, "money", unit="EUR", approx=True, st=0),
            Fig("bijna 12.000 euro", None, "money", high=12000, unit="EUR", st=1),
        ],
        tags=["regional", "headline-quote-topic", "volgens-apposition", "quote-continuation", "fraction-not-figure"],
    ),
    Doc(
        "nl-dev-real-12",
        "court",
        """Rechtbank: gemeente Veldhoven-Noord moet 2,3 miljoen terugbetalen
DEN BOSCH - De gemeente Veldhoven-Noord moet 2,3 miljoen euro aan subsidie terugbetalen aan de provincie. Dat heeft de rechtbank in Den Bosch woensdag bepaald. Wethouder Karel Smits noemt de uitspraak ,,een flinke tegenvaller''.
,,We gaan bekijken of we in hoger beroep gaan'', zegt Smits.""",
        arts=[Art("main", "DEN BOSCH -", "DEN BOSCH")],
        sts=[
            St("zegt [Smits]|Karel Smits", "zegt", ",,[We gaan bekijken of we in hoger beroep gaan]''", "direct"),
        ],
        figs=[
            Fig(("2,3 miljoen", 1), 2300000, "money"),
            Fig("2,3 miljoen euro", 2300000, "money", unit="EUR"),
        ],
        tags=["court", "ruling-not-statement", "colon-headline-ruling", "noemen-not-statement"],
        notes="A court ruling ('heeft bepaald') is not a statement under the guideline, and so neither is the colon "
        "headline that reports it. The headline '2,3 miljoen' has no unit written.",
    ),
    Doc(
        "nl-dev-real-13",
        "live",
        """Liveblog | Hittegolf
Update 15.40 uur
In De Bilt is het vanmiddag 34,2 graden geworden, meldt het KNMI.
15.05 uur: Drukte op stranden
Volgens de reddingsbrigade liggen er in Zandvoort zo'n 40.000 mensen op het strand.
14.30 uur
GGD: 'Drink genoeg en blijf binnen tijdens de heetste uren'""",
        arts=[Art("main", "Liveblog | Hittegolf")],
        sts=[
            St("het KNMI|KNMI", "meldt", "In De Bilt is het vanmiddag 34,2 graden geworden,", "indirect"),
            St("de reddingsbrigade|reddingsbrigade", "Volgens", "liggen er in Zandvoort zo'n 40.000 mensen op het strand.",
               "according_to"),
            St("GGD", "GGD[:]", "'[Drink genoeg en blijf binnen tijdens de heetste uren]'", "direct"),
        ],
        figs=[
            Fig("34,2 graden", 34.2, "other", unit="°C", st=0),
            Fig("zo'n 40.000", 40000, "people", approx=True, counted="40.000 mensen", st=1),
        ],
        tags=["live", "update-line", "clock-entries", "colon-entry-headline", "temperature"],
    ),
    Doc(
        "nl-dev-real-14",
        "broadcast",
        """Video
Bekijk de beelden van de reddingsactie
01:37
Brandweer haalt koe uit sloot in Midwolde
MIDWOLDE - De brandweer heeft zaterdag een koe uit een sloot in Midwolde gehaald. Het dier zat er volgens de boer al uren in. ,,Ze was helemaal onderkoeld'', zegt dierenarts Lisanne Prins. Met een kraan werd het dier van 650 kilo uit het water getild.""",
        arts=[Art("main", "MIDWOLDE -", "MIDWOLDE")],
        sts=[
            St("de boer|boer", "er [volgens] de boer", "Het dier zat er volgens de boer al uren in.", "according_to"),
            St("dierenarts Lisanne Prins|Lisanne Prins", "zegt", ",,[Ze was helemaal onderkoeld]''", "direct"),
        ],
        figs=[Fig("650 kilo", 650, "other", unit="kg")],
        tags=["broadcast", "video-chrome", "video-duration", "een-not-figure", "volgens-mid"],
        notes="'een koe' is an article; 'al uren' a duration; '01:37' a video length.",
    ),
    Doc(
        "nl-dev-real-15",
        "flemish",
        """Tussen de vier- en zesduizend bezoekers op Gentse Veldfeesten
Op de eerste dag van de Veldfeesten in Gent zijn tussen de vier- en zesduizend bezoekers afgezakt naar het festivalterrein. Dat schat de organisatie. ,,Het weer zat mee'', zegt woordvoerder Jens Desmet. De politie schreef een vijftiental pv's uit voor wildplassen.
Maximaal 8.000 bezoekers mogen tegelijk op het terrein, klinkt het nog.""",
        arts=[Art("main", "Tussen de vier-")],
        sts=[
            St("de organisatie|organisatie", "schat",
               "Op de eerste dag van de Veldfeesten in Gent zijn tussen de vier- en zesduizend bezoekers afgezakt naar het festivalterrein.",
               "indirect"),
            St("woordvoerder Jens Desmet|Jens Desmet", "zegt", ",,[Het weer zat mee]''", "direct"),
            St("woordvoerder Jens Desmet|Jens Desmet", "klinkt", "Maximaal 8.000 bezoekers mogen tegelijk op het terrein,", "indirect"),
        ],
        figs=[
            Fig("Tussen de vier- en zesduizend", 4000, "people", high=6000, approx=True),
            Fig("tussen de vier- en zesduizend bezoekers afgezakt", 4000, "people", high=6000, approx=True, st=0),
            Fig("een vijftiental", 15, "other", approx=True, counted="pv's"),
            Fig("Maximaal 8.000", None, "people", high=8000, st=2),
        ],
        tags=["flemish", "tussen-range-scale", "vijftiental", "klinkt-het-nog", "maximaal", "dat-schat"],
        notes="'klinkt het nog' continues the last speaker (Desmet). 'tussen de vier- en zesduizend': the scale word applies "
        "to both ends.",
    ),
    Doc(
        "nl-dev-real-16",
        "wire",
        """Premier: 'Geen btw-verhoging op boodschappen'
DEN HAAG (ANP) - Het kabinet verhoogt de btw op boodschappen niet. Dat zei premier Jelle van Rooij vrijdag na de ministerraad. ,,Mensen hebben het al zwaar genoeg'', zei hij op de wekelijkse persconferentie.
Oppositiepartij GroenLinks-PvdA spreekt van ,,een sigaar uit eigen doos''. Volgens de partij stijgen de zorgkosten met 4 procent.""",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("Premier|Jelle van Rooij", "Premier[:]", "'[Geen btw-verhoging op boodschappen]'", "direct"),
            St("premier Jelle van Rooij|Jelle van Rooij", "Dat [zei] premier", "Het kabinet verhoogt de btw op boodschappen niet.",
               "indirect"),
            St("zei [hij]|Jelle van Rooij", "[zei] hij op", ",,[Mensen hebben het al zwaar genoeg]''", "direct",
               medium="op de wekelijkse persconferentie"),
            St("Oppositiepartij GroenLinks-PvdA|GroenLinks-PvdA", "spreekt", ",,[een sigaar uit eigen doos]''", "direct"),
            St("Volgens [de partij]|GroenLinks-PvdA", "Volgens", "stijgen de zorgkosten met 4 procent.", "according_to"),
        ],
        figs=[Fig("4 procent", 4, "percent", unit="%", st=4)],
        tags=["colon-headline-role", "dat-zei", "spreekt-van", "volgens-de-partij", "medium-op"],
    ),
    Doc(
        "nl-dev-real-17",
        "regional",
        """Cookies
Wij en derde partijen gebruiken cookies. Instellingen Akkoord
Ambulance vaker te laat in Westerkwartier
NOORDHORN - In het Westerkwartier is de ambulance vorig jaar in 14 procent van de spoedritten te laat gekomen. Dat blijkt uit cijfers van de Regionale Ambulancevoorziening. De norm is 5 procent.
,,Elke minuut telt'', zegt huisarts Ria Bakker uit Noordhorn. ,,Hier gaat het soms om leven of dood.''""",
        arts=[Art("main", "NOORDHORN -", "NOORDHORN")],
        sts=[
            St("huisarts Ria Bakker uit Noordhorn|Ria Bakker", "zegt", ",,[Elke minuut telt]''", "direct"),
            St("huisarts Ria Bakker uit Noordhorn|Ria Bakker", "zegt", ",,[Hier gaat het soms om leven of dood].''", "direct"),
        ],
        figs=[
            Fig("14 procent", 14, "percent", unit="%"),
            Fig("5 procent", 5, "percent", unit="%"),
        ],
        tags=["regional", "cookie-banner", "blijkt-uit-not-statement", "quote-continuation"],
    ),
    Doc(
        "nl-dev-real-18",
        "dump",
        """Meer uit Binnenland
AMERSFOORT (ANP) - Bij een brand in een loods in Amersfoort zijn 30 oldtimers verloren gegaan. Volgens de eigenaar gaat het om een schade van ruim 2 miljoen euro.
18 minuten geledenLEEUWARDEN (ANP) - De provincie Fryslân trekt 12 miljoen euro uit voor de aanpak van verzakte dijken, meldt Omrop Fryslân.
3 uur geledenTILBURG (ANP) - Honderden studenten hebben in Tilburg gedemonstreerd tegen hogere collegegelden.
5 uur geleden""",
        fetched_at="2026-06-02T16:00:00+02:00",
        arts=[
            Art("teaser", "AMERSFOORT (ANP) -", "AMERSFOORT", ("ANP",), ago="18m", expr="18 minuten geleden"),
            Art("teaser", "LEEUWARDEN (ANP) -", "LEEUWARDEN", ("ANP",), ago="3h", expr="3 uur geleden"),
            Art("teaser", "TILBURG (ANP) -", "TILBURG", ("ANP",), ago="5h", expr="5 uur geleden"),
        ],
        sts=[
            St("de eigenaar|eigenaar", "Volgens", "gaat het om een schade van ruim 2 miljoen euro.", "according_to"),
            St("Omrop Fryslân", "meldt",
               "De provincie Fryslân trekt 12 miljoen euro uit voor de aanpak van verzakte dijken,", "indirect"),
        ],
        figs=[
            Fig("30", 30, "other", counted="30 oldtimers"),
            Fig("ruim 2 miljoen euro", 2000000, "money", high=None, unit="EUR", st=0),
            Fig("12 miljoen euro", 12000000, "money", unit="EUR", st=1),
            Fig("Honderden", 200, "people", high=999, approx=True, counted="Honderden studenten"),
        ],
        tags=["dump", "teasers", "glued-times", "medium-as-source", "trailing-meldt"],
    ),
    Doc(
        "nl-dev-real-19",
        "regional",
        """Bewoners Vlietzicht willen geen windmolens: 'Niemand heeft ons iets gevraagd'
VLIETZICHT - Ruim 300 bewoners van Vlietzicht hebben een bezwaarschrift ingediend tegen drie windmolens langs de dijk. ,,De molens komen op 400 meter van onze huizen'', zegt Joost Verhulst van de bewonersgroep. ,,Niemand heeft ons iets gevraagd.''
Energiecoöperatie WindKracht zegt dat omwonenden wel zijn uitgenodigd voor twee avonden.""",
        arts=[Art("main", "VLIETZICHT -", "VLIETZICHT")],
        sts=[
            St("Joost Verhulst van de bewonersgroep|Joost Verhulst", "[zegt] Joost",
               ",,[De molens komen op 400 meter van onze huizen]''", "direct"),
            St("Joost Verhulst van de bewonersgroep|Joost Verhulst", "[zegt] Joost", ",,[Niemand heeft ons iets gevraagd].''",
               "direct"),
            St("Energiecoöperatie WindKracht|WindKracht", "WindKracht [zegt]",
               "dat omwonenden wel zijn uitgenodigd voor twee avonden.", "indirect"),
        ],
        figs=[
            Fig("Ruim 300", 300, "people", high=None, counted="300 bewoners"),
            Fig("drie windmolens", 3, "other"),
            Fig("400 meter", 400, "other", unit="m", st=0),
            Fig("twee avonden", 2, "other", st=2),
        ],
        tags=["regional", "headline-quote-topic", "quote-continuation", "measure"],
    ),
    Doc(
        "nl-dev-real-20",
        "flemish",
        """Zowat helft van Limburgse scholen kampt met tekort aan leerkrachten
Door Lien Claessens
Bijna 200 scholen in Limburg zoeken nog leerkrachten voor september. Dat zegt onderwijskoepel Katholiek Onderwijs Limburg. ,,Vooral voor wiskunde en techniek vinden we niemand'', zegt directeur Marc Janssens aan Het Belang van Limburg. ,,Sommige scholen zoeken er een stuk of vijftien.''""",
        arts=[Art("main", "Zowat helft van")],
        sts=[
            St("onderwijskoepel Katholiek Onderwijs Limburg|Katholiek Onderwijs Limburg", "Dat [zegt] onderwijskoepel",
               "Bijna 200 scholen in Limburg zoeken nog leerkrachten voor september.", "indirect"),
            St("directeur Marc Janssens|Marc Janssens", "[zegt] directeur",
               ",,[Vooral voor wiskunde en techniek vinden we niemand]''", "direct", medium="aan Het Belang van Limburg"),
            St("directeur Marc Janssens|Marc Janssens", "[zegt] directeur", ",,[Sommige scholen zoeken er een stuk of vijftien].''",
               "direct"),
        ],
        figs=[
            Fig("Bijna 200", None, "other", high=200, counted="200 scholen", st=0),
            Fig("een stuk of vijftien", 15, "people", approx=True, st=2),
        ],
        tags=["flemish", "byline", "fraction-not-figure", "stuk-of", "medium-aan", "quote-continuation"],
        notes="'Zowat helft' is a fraction; no figure.",
    ),
    Doc(
        "nl-dev-real-21",
        "economy",
        """Luchtvaart
Leestijd: 3 minuten
Regiovliegveld Twentheveld verwacht dit jaar 250.000 passagiers
ENSCHEDE - Vliegveld Twentheveld verwacht dit jaar 250.000 passagiers, bijna twee keer zoveel als vorig jaar. Dat zegt directeur Esther Bruggink. ,,We hebben er vier bestemmingen bij, waaronder Málaga en Split.''
Milieuorganisatie Natuur Oost noemt de groei ,,onverantwoord'' en waarschuwt voor meer geluidsoverlast.""",
        arts=[Art("main", "ENSCHEDE -", "ENSCHEDE")],
        sts=[
            St("Regiovliegveld Twentheveld|Twentheveld", "Regiovliegveld Twentheveld [verwacht]", ("dit jaar 250.000 passagiers", 1), "indirect"),
            St("directeur Esther Bruggink|Esther Bruggink", "zegt",
               "Vliegveld Twentheveld verwacht dit jaar 250.000 passagiers, bijna twee keer zoveel als vorig jaar.", "indirect"),
            St("directeur Esther Bruggink|Esther Bruggink", "zegt",
               ",,[We hebben er vier bestemmingen bij, waaronder Málaga en Split].''", "direct"),
            St("Milieuorganisatie Natuur Oost|Natuur Oost", "waarschuwt", "voor meer geluidsoverlast", "indirect"),
        ],
        figs=[
            Fig("Regiovliegveld Twentheveld verwacht dit jaar [250.000]", 250000, "people", st=0),
            Fig("Vliegveld Twentheveld verwacht dit jaar [250.000]", 250000, "people", st=1),
            Fig("vier bestemmingen", 4, "other", st=2),
        ],
        tags=["economy", "section-label", "reading-time", "headline-claim", "dat-zegt", "ratio-not-figure", "waarschuwt-voor"],
        notes="'bijna twee keer zoveel' is a ratio. The quote after 'Dat zegt' continues Bruggink. The headline claim "
        "'verwacht' of the airport counts as a statement.",
    ),
    Doc(
        "nl-dev-real-22",
        "live",
        """LIVE Gemeenteraad Dijkstad over begroting
Laatst bijgewerkt: 21.30 uur
21.26 uur
Wethouder Bram Kuipers (Financiën) zegt dat de gemeente dit jaar 3,4 miljoen euro tekortkomt. ,,Dat is pijnlijk, maar we lossen het op'', aldus Kuipers.
20.58 uur
Oppositieleider Sara Yilmaz: ,,Dit college heeft de begroting niet op orde.''""",
        arts=[Art("main", "LIVE Gemeenteraad")],
        sts=[
            St("Wethouder Bram Kuipers (Financiën)|Bram Kuipers", "zegt",
               "dat de gemeente dit jaar 3,4 miljoen euro tekortkomt.", "indirect"),
            St("aldus [Kuipers]|Bram Kuipers", "aldus", ",,[Dat is pijnlijk, maar we lossen het op]''", "direct"),
            St("Oppositieleider Sara Yilmaz|Sara Yilmaz", "Yilmaz[:]",
               ",,[Dit college heeft de begroting niet op orde].''", "direct"),
        ],
        figs=[Fig("3,4 miljoen euro", 3400000, "money", unit="EUR", st=0)],
        tags=["live", "update-line", "clock-entries", "aldus-direct", "colon-quote-entry"],
    ),
    Doc(
        "nl-dev-real-23",
        "regional",
        """Laatste bakker van Oudeschans stopt
OUDESCHANS - Na 41 jaar sluit bakker Wim Heijnen (66) zijn winkel aan de Voorstraat. ,,Mijn handen willen niet meer'', zegt hij. ,,En een opvolger heb ik niet gevonden. Dat doet pijn.''
Het dorp, zegt dorpsbelang-voorzitter Marjan Kok, verliest daarmee zijn laatste winkel.""",
        arts=[Art("main", "OUDESCHANS -", "OUDESCHANS")],
        sts=[
            St("zegt [hij]|Wim Heijnen", "[zegt] hij", ",,[Mijn handen willen niet meer]''", "direct"),
            St("zegt [hij]|Wim Heijnen", "[zegt] hij", ",,[En een opvolger heb ik niet gevonden. Dat doet pijn].''", "direct"),
            St("dorpsbelang-voorzitter Marjan Kok|Marjan Kok", "[zegt] dorpsbelang",
               "Het dorp, zegt dorpsbelang-voorzitter Marjan Kok, verliest daarmee zijn laatste winkel", "indirect"),
        ],
        figs=[],
        tags=["regional", "parenthetical-cue", "age-not-figure", "duration-not-figure", "quote-continuation", "no-figures"],
        notes="'Na 41 jaar' is a duration, '(66)' an age, 'een opvolger' an article.",
    ),
    Doc(
        "nl-dev-real-24",
        "broadcast",
        """RTV Noordkust
Radio Televisie Nieuws
Onderzoeksraad: 'Veiligheid op veerboten schiet tekort'
Op de veerboten naar de Waddeneilanden zijn de reddingsmiddelen niet op orde. Dat concludeert de Onderzoeksraad voor Veiligheid in een rapport. Op 3 van de 8 onderzochte schepen waren er te weinig reddingsvesten.
Rederij Wadlijn laat in een reactie weten dat de tekorten ,,inmiddels zijn opgelost''.""",
        arts=[Art("main", "Onderzoeksraad: 'Veiligheid")],
        sts=[
            St("[Onderzoeksraad]: 'Veiligheid|Onderzoeksraad voor Veiligheid", "Onderzoeksraad[:]",
               "'[Veiligheid op veerboten schiet tekort]'", "direct"),
            St("de Onderzoeksraad voor Veiligheid|Onderzoeksraad voor Veiligheid", "concludeert",
               "Op de veerboten naar de Waddeneilanden zijn de reddingsmiddelen niet op orde.", "indirect"),
            St("Rederij Wadlijn|Wadlijn", "laat", "dat de tekorten ,,inmiddels zijn opgelost''.", "mixed"),
        ],
        figs=[
            Fig("Op [3]", 3, "other"),
            Fig("8 onderzochte schepen", 8, "other"),
        ],
        tags=["broadcast", "chrome", "colon-headline-org", "dat-concludeert", "mixed-low9"],
        notes="'concludeert' of a named board is a claim (statement). A radio name is no figure.",
    ),
    Doc(
        "nl-dev-real-25",
        "police",
        """Politie vindt 1200 kilo vuurwerk in schuur
BERKEVELD - In een schuur in Berkeveld heeft de politie zaterdag ruim 1200 kilo illegaal vuurwerk gevonden. Dat meldt de politie Oost-Nederland. Twee mannen van 31 en 35 jaar zijn aangehouden.
,,Als dit was ontploft, was de hele straat weg geweest'', zegt een woordvoerder. De opslag lag volgens de politie op 20 meter van een basisschool.""",
        arts=[Art("main", "BERKEVELD -", "BERKEVELD")],
        sts=[
            St("de politie Oost-Nederland|politie Oost-Nederland|politie", "meldt",
               "In een schuur in Berkeveld heeft de politie zaterdag ruim 1200 kilo illegaal vuurwerk gevonden.", "indirect"),
            St("een woordvoerder|politie Oost-Nederland|politie", "zegt",
               ",,[Als dit was ontploft, was de hele straat weg geweest]''", "direct"),
            St("volgens [de politie] op|politie Oost-Nederland|politie", "lag [volgens]",
               "De opslag lag volgens de politie op 20 meter van een basisschool.", "according_to"),
        ],
        figs=[
            Fig("1200 kilo vuurwerk", 1200, "other", unit="kg"),
            Fig("ruim 1200 kilo", 1200, "other", high=None, unit="kg", st=0),
            Fig("Twee mannen", 2, "arrested"),
            Fig("20 meter", 20, "other", unit="m", st=2),
        ],
        tags=["police", "dat-meldt", "ages-not-figures", "volgens-mid", "measure"],
    ),
    Doc(
        "nl-dev-real-26",
        "flemish",
        """Boerenprotest in Brussel: politie telt 2.000 tractoren
Door Tom Wuyts
Een 2.000-tal tractoren reed dinsdag de Brusselse Europese wijk binnen. Dat zegt de politie van Brussel-Elsene. De organiserende landbouwfederatie spreekt van ,,meer dan 3.000 boeren''. Er werden een veertigtal agenten ingezet.
,,We willen gewoon een eerlijke prijs'', klinkt het bij de boeren.""",
        arts=[Art("main", "Boerenprotest in Brussel")],
        sts=[
            St("de politie van Brussel-Elsene|politie van Brussel-Elsene", "Dat [zegt] de politie",
               "Een 2.000-tal tractoren reed dinsdag de Brusselse Europese wijk binnen.", "indirect"),
            St("De organiserende landbouwfederatie|landbouwfederatie|organiserende landbouwfederatie", "spreekt", ",,[meer dan 3.000 boeren]''", "direct"),
            St("de boeren|boeren", "klinkt", ",,[We willen gewoon een eerlijke prijs]''", "direct"),
        ],
        figs=[
            Fig("2.000 tractoren", 2000, "other"),
            Fig("Een 2.000-tal", 2000, "other", approx=True, st=0),
            Fig("meer dan 3.000", 3000, "people", high=None, counted="3.000 boeren", st=1),
            Fig("een veertigtal", 40, "people", approx=True, counted="agenten"),
        ],
        tags=["flemish", "byline", "tal-suffix", "veertigtal", "spreekt-van", "klinkt-het-bij", "telt-headline"],
        notes="The headline 'politie telt 2.000 tractoren' after a topic colon: 'telt' is a data source, not annotated.",
    ),
    Doc(
        "nl-dev-real-27",
        "regional",
        """Tekort aan pleeggezinnen in regio: 'Kinderen slapen op de crisisopvang'
ROOSWIJK - In de regio Rooswijk wachten ruim 70 kinderen op een pleeggezin. Dat zegt jeugdzorgorganisatie Horizon Jeugd. Sommige kinderen wachten al maanden.
,,Ze zitten nu in de crisisopvang, maar dat is geen thuis'', zegt pleegzorgwerker Ilse Brouwer. ,,Een kind heeft rust nodig.''
Horizon Jeugd zoekt minstens 40 nieuwe pleeggezinnen.""",
        arts=[Art("main", "ROOSWIJK -", "ROOSWIJK")],
        sts=[
            St("jeugdzorgorganisatie Horizon Jeugd|Horizon Jeugd", "[zegt] jeugdzorgorganisatie",
               "In de regio Rooswijk wachten ruim 70 kinderen op een pleeggezin.", "indirect"),
            St("pleegzorgwerker Ilse Brouwer|Ilse Brouwer", "[zegt] pleegzorgwerker",
               ",,[Ze zitten nu in de crisisopvang, maar dat is geen thuis]''", "direct"),
            St("pleegzorgwerker Ilse Brouwer|Ilse Brouwer", "[zegt] pleegzorgwerker", ",,[Een kind heeft rust nodig].''", "direct"),
        ],
        figs=[
            Fig("ruim 70", 70, "people", high=None, counted="70 kinderen", st=0),
            Fig("minstens 40", 40, "other", high=None, counted="40 nieuwe pleeggezinnen"),
        ],
        tags=["regional", "headline-quote-topic", "dat-zegt", "quote-continuation", "een-not-figure"],
    ),
    Doc(
        "nl-dev-real-28",
        "wire",
        """Israël: 'Vijf raketten onderschept boven Haifa'
TEL AVIV (ANP/AFP) - Het Israëlische leger heeft vijf raketten onderschept die vanuit Libanon op Haifa waren afgevuurd. Dat meldt het leger zelf. Volgens de Libanese beweging Hezbollah ging het om een vergeldingsactie.
Een inwoner van Haifa vertelt aan persbureau AFP dat hij ,,drie harde knallen'' hoorde.""",
        arts=[Art("main", "TEL AVIV (ANP/AFP) -", "TEL AVIV", ("ANP", "AFP"))],
        sts=[
            St("Israël", "Israël[:]", "'[Vijf raketten onderschept boven Haifa]'", "direct"),
            St("het leger zelf|Israëlische leger", "meldt",
               "Het Israëlische leger heeft vijf raketten onderschept die vanuit Libanon op Haifa waren afgevuurd.", "indirect"),
            St("de Libanese beweging Hezbollah|Hezbollah", "Volgens", "ging het om een vergeldingsactie.", "according_to"),
            St("Een inwoner van Haifa|inwoner van Haifa", "vertelt", "dat hij ,,drie harde knallen'' hoorde.", "mixed",
               medium="aan persbureau AFP"),
        ],
        figs=[
            Fig("Vijf raketten", 5, "other", st=0),
            Fig("vijf raketten", 5, "other", st=1),
            Fig("drie harde knallen", 3, "other", st=3),
        ],
        tags=["wire", "colon-headline-country", "dat-meldt", "volgens-start", "medium-persbureau", "mixed-low9"],
    ),
    Doc(
        "nl-dev-real-29",
        "flemish",
        """Gemeente Waasbeke plant een dertigtal nieuwe laadpalen
Waasbeke krijgt tegen volgend jaar een dertigtal nieuwe publieke laadpalen. ,,Elektrisch rijden moet voor iedereen haalbaar zijn'', zegt schepen van Klimaat Nele Segers (Vooruit). De palen kosten de gemeente zowat 150.000 euro.
Volgens de oppositie komt het plan ,,veel te laat''.""",
        arts=[Art("main", "Gemeente Waasbeke plant")],
        sts=[
            St("schepen van Klimaat Nele Segers (Vooruit)|Nele Segers", "zegt",
               ",,[Elektrisch rijden moet voor iedereen haalbaar zijn]''", "direct"),
            St("de oppositie|oppositie", "Volgens", "komt het plan ,,veel te laat''.", "according_to"),
        ],
        figs=[
            Fig("een dertigtal nieuwe laadpalen", 30, "other", approx=True),
            Fig("jaar een dertigtal", 30, "other", approx=True),
            Fig("zowat 150.000 euro", 150000, "money", unit="EUR", approx=True),
        ],
        tags=["flemish", "dertigtal", "zowat", "schepen", "volgens-mixed"],
        notes="'Volgens de oppositie' with quoted words is according_to (guideline).",
    ),
    Doc(
        "nl-dev-real-30",
        "live",
        """Liveblog | Marathon van Eindhoven
Update 13.05 uur
Winnaar Samuel Kiprono: ,,Het parcours was snel vandaag''
De Keniaan won in 2.06.12, een parcoursrecord. ,,Ik had gehoopt op een record, maar niet zo snel'', zei hij na afloop.
12.40 uur
Volgens de organisatie lopen er dit jaar 16.000 deelnemers mee op alle afstanden.""",
        arts=[Art("main", "Liveblog | Marathon")],
        sts=[
            St("Winnaar Samuel Kiprono|Samuel Kiprono", "Kiprono[:]", ",,[Het parcours was snel vandaag]''", "direct"),
            St("zei [hij]|Samuel Kiprono", "zei", ",,[Ik had gehoopt op een record, maar niet zo snel]''", "direct"),
            St("de organisatie|organisatie", "Volgens", "lopen er dit jaar 16.000 deelnemers mee op alle afstanden.",
               "according_to"),
        ],
        figs=[Fig("16.000", 16000, "people", counted="16.000 deelnemers", st=2)],
        tags=["live", "update-line", "colon-quote-entry", "race-time-not-figure"],
        notes="'2.06.12' is a race time, not a figure.",
    ),
]
