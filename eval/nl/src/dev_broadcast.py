"""Dev split: broadcaster-style short items (no dateline, short sentences, quotes)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-broadcast-01",
        "broadcast",
        """Treinverkeer rond Utrecht urenlang plat door storing
Tussen Utrecht en Amersfoort rijden de hele ochtend geen treinen. ProRail meldt dat een kapotte wissel de oorzaak is.
Reizigers moeten rekening houden met zeker een uur extra reistijd. "We doen er alles aan om de schade snel te herstellen", zegt een woordvoerder van ProRail.
NS zet tientallen bussen in. Volgens de vervoerder zitten er op een gewone werkdag ongeveer 60.000 reizigers op dit traject.""",
        fetched_at="2026-02-10T09:30:00+01:00",
        arts=[Art("main", "Treinverkeer rond Utrecht")],
        sts=[
            St("[ProRail] meldt|ProRail", "ProRail [meldt]", "dat een kapotte wissel de oorzaak is.", "indirect"),
            St("een woordvoerder van ProRail|ProRail", ", [zegt] een",
               '"We doen er alles aan om de schade snel te herstellen",', "direct"),
            St("de vervoerder|NS", "Volgens",
               "zitten er op een gewone werkdag ongeveer 60.000 reizigers op dit traject.", "according_to"),
        ],
        figs=[
            Fig("tientallen", 20, "other", high=99, approx=True, counted="tientallen bussen"),
            Fig("ongeveer 60.000", 60000, "people", approx=True, counted="60.000 reizigers op dit traject", st=2),
        ],
        tags=["broadcast", "woordvoerder", "vague", "thousands-dot"],
        notes="'zeker een uur extra reistijd' is a duration, not a figure.",
    ),
    Doc(
        "nl-dev-broadcast-02",
        "broadcast",
        """Kabinet: huurverhoging volgend jaar maximaal 4,1 procent
Huurders van sociale huurwoningen krijgen volgend jaar te maken met een huurverhoging van maximaal 4,1 procent. Dat heeft minister Mona Keijzer van Volkshuisvesting bekendgemaakt.
De Woonbond is boos. "Dit is voor veel huishoudens gewoon niet op te brengen", zegt directeur Zeno Winkels. Volgens de bond hebben nu al 600.000 huishoudens moeite om de huur te betalen.
Aedes, de koepel van woningcorporaties, wil dat de verhuurderheffing niet terugkomt.""",
        fetched_at="2026-03-04T12:00:00+01:00",
        arts=[Art("main", "Kabinet: huurverhoging")],
        sts=[
            St("minister Mona Keijzer van Volkshuisvesting|Mona Keijzer", "bekendgemaakt",
               "Huurders van sociale huurwoningen krijgen volgend jaar te maken met een huurverhoging van maximaal 4,1 procent.",
               "indirect", aux="Dat [heeft]"),
            St("directeur Zeno Winkels|Zeno Winkels", "zegt",
               '"Dit is voor veel huishoudens gewoon niet op te brengen",', "direct"),
            St("de bond|Woonbond|De Woonbond", "Volgens",
               "hebben nu al 600.000 huishoudens moeite om de huur te betalen.", "according_to"),
        ],
        figs=[
            Fig(("maximaal 4,1 procent", 1), None, "percent", high=4.1, unit="%"),
            Fig(("maximaal 4,1 procent", 2), None, "percent", high=4.1, unit="%", st=0),
            Fig("600.000", 600000, "people", counted="600.000 huishoudens moeite om de huur te betalen", st=2),
        ],
        tags=["dat-heeft-bekendgemaakt", "figures-in-headline", "plan-wil"],
        notes="'maximaal' is an upper bound: low None, high 4.1. Aedes 'wil dat' is a plan stated by the writer.",
    ),
    Doc(
        "nl-dev-broadcast-03",
        "broadcast",
        """Storm Gerrit: code oranje voor de kust
Het KNMI heeft code oranje afgegeven voor Zeeland, Noord-Holland en de Waddeneilanden. Het instituut verwacht windstoten tot 110 kilometer per uur.
Rijkswaterstaat waarschuwt dat de Afsluitdijk mogelijk wordt afgesloten voor vrachtwagens. "Blijf vanavond thuis als het kan", zegt meteoroloog Jelle Dijkstra. Hij zegt dat de storm rond middernacht op zijn hevigst is.""",
        fetched_at="2026-01-20T15:45:00+01:00",
        arts=[Art("main", "Storm Gerrit:")],
        sts=[
            St("Het instituut|KNMI", "verwacht", "windstoten tot 110 kilometer per uur.", "indirect"),
            St("Rijkswaterstaat", "waarschuwt",
               "dat de Afsluitdijk mogelijk wordt afgesloten voor vrachtwagens.", "indirect"),
            St("meteoroloog Jelle Dijkstra|Jelle Dijkstra", '", [zegt] meteoroloog',
               '"Blijf vanavond thuis als het kan",', "direct"),
            St("[Hij] zegt|Jelle Dijkstra", "Hij [zegt]", "dat de storm rond middernacht op zijn hevigst is.", "indirect"),
        ],
        figs=[Fig("tot 110 kilometer per uur", None, "other", high=110, unit="km/h", st=0)],
        tags=["pronoun", "bounds-tot", "object-content"],
        notes="'verwacht windstoten ...' has a noun phrase as content; annotated because it reports the institute's forecast.",
    ),
    Doc(
        "nl-dev-broadcast-04",
        "broadcast",
        """Tweede Kamer stemt in met extra geld voor Oekraïne
Een ruime meerderheid van de Tweede Kamer steunt het plan om volgend jaar 3,5 miljard euro aan Oekraïne te geven. Alleen de PVV en Forum voor Democratie stemden tegen.
Na afloop zei premier Dick Schoof dat Nederland "een betrouwbare partner" blijft. PVV-leider Geert Wilders schreef op X dat het geld beter naar Nederlanders kan gaan.
Ook ging de Kamer akkoord met een motie die vraagt om meer luchtverdedigingssystemen.""",
        fetched_at="2026-04-02T22:00:00+02:00",
        arts=[Art("main", "Tweede Kamer stemt")],
        sts=[
            St("premier Dick Schoof|Dick Schoof", "afloop [zei]",
               'dat Nederland "een betrouwbare partner" blijft.', "mixed"),
            St("PVV-leider Geert Wilders|Geert Wilders", "schreef",
               "dat het geld beter naar Nederlanders kan gaan.", "indirect", medium="op X"),
        ],
        figs=[Fig("3,5 miljard euro", 3_500_000_000, "money", unit="EUR")],
        tags=["mixed", "medium", "decimal-comma", "inversion"],
        notes="A motion 'die vraagt om' is not a reported clause.",
    ),
    Doc(
        "nl-dev-broadcast-05",
        "broadcast",
        """Minder mensen naar de bioscoop
Nederlandse bioscopen trokken vorig jaar 27,4 miljoen bezoekers, ruim 2 miljoen minder dan een jaar eerder. Dat blijkt uit cijfers van de Nederlandse Vereniging van Bioscopen en Filmtheaters.
Voorzitter Ilse Haverkamp wijt de daling aan de hoge ticketprijzen. "Een avondje bioscoop kost een gezin al snel zestig euro", zegt ze. Streamingdiensten zijn volgens haar niet de grootste concurrent.""",
        fetched_at="2026-01-28T07:00:00+01:00",
        arts=[Art("main", "Minder mensen naar")],
        sts=[

            St("zegt [ze]|Ilse Haverkamp", "zegt",
                             '"Een avondje bioscoop kost een gezin al snel zestig euro",', "direct"),
            St("volgens [haar]|Ilse Haverkamp", "volgens",
               "Streamingdiensten zijn volgens haar niet de grootste concurrent.", "according_to"),
        ],
        figs=[
            Fig("27,4 miljoen", 27_400_000, "people", counted="27,4 miljoen bezoekers"),
            Fig("ruim 2 miljoen", 2_000_000, "people", high=None),
            Fig("zestig euro", 60, "money", unit="EUR", st=0),
        ],
        tags=["blijkt-uit", "number-word", "pronoun", "volgens-mid"],
        notes="'Dat blijkt uit cijfers van X' names where data come from but has no speech cue: not annotated as a statement. "
              "'wijt de daling aan' takes no clause: not annotated.",
    ),
]
