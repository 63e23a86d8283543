"""Test split: police and court reports (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-police-01",
        "police",
        """Vier gewonden bij schietpartij in Tilburg
TILBURG (ANP) - Bij een schietpartij in een café in Tilburg zijn in de nacht van zaterdag op zondag vier mensen gewond geraakt, van wie één ernstig. Dat meldt de politie.
Getuigen zeggen dat een man rond 02.30 uur binnenkwam en meerdere keren schoot. De schutter is voortvluchtig. Volgens de politie gaat het vermoedelijk om een afrekening in het criminele milieu. Burgemeester Theo Weterings heeft het café voor drie maanden gesloten.""",
        fetched_at="2026-11-22T12:00:00+01:00",
        arts=[Art("main", "TILBURG (ANP) -", "TILBURG", ("ANP",))],
        sts=[
            St("meldt [de politie]|politie", "meldt",
               "Bij een schietpartij in een café in Tilburg zijn in de nacht van zaterdag op zondag vier mensen gewond geraakt, van wie één ernstig.",
               "indirect"),
            St("Getuigen", "zeggen", "dat een man rond 02.30 uur binnenkwam en meerdere keren schoot.", "indirect"),
            St("Volgens [de politie]|politie", "Volgens",
               "gaat het vermoedelijk om een afrekening in het criminele milieu.", "according_to"),
        ],
        figs=[
            Fig("Vier", 4, "wounded", counted="Vier gewonden"),
            Fig("vier", 4, "wounded", counted="vier mensen gewond geraakt", st=0),
            Fig("één", 1, "wounded", counted="één ernstig", st=0),
        ],
        tags=["dat-meldt", "clock-not-figure", "durations-not-figures", "number-word"],
    ),
    Doc(
        "nl-test-police-02",
        "court",
        """Ex-wethouder krijgt taakstraf voor aannemen van steekpenningen
HAARLEM (ANP) - De rechtbank in Haarlem heeft een voormalig wethouder van Zandvoort veroordeeld tot 240 uur taakstraf. De 61-jarige Willem Kuipers nam volgens de rechtbank tussen 2019 en 2021 ruim 45.000 euro aan van een projectontwikkelaar.
Kuipers ontkende tijdens de zitting dat hij iets terug had gedaan voor het geld. Zijn advocaat zegt dat zijn cliënt in hoger beroep gaat. Het Openbaar Ministerie had een celstraf van acht maanden geëist.""",
        fetched_at="2026-05-28T16:40:00+02:00",
        arts=[Art("main", "HAARLEM (ANP) -", "HAARLEM", ("ANP",))],
        sts=[
            St("volgens [de rechtbank]|rechtbank in Haarlem|rechtbank", "nam [volgens]",
               "De 61-jarige Willem Kuipers nam volgens de rechtbank tussen 2019 en 2021 ruim 45.000 euro aan van een projectontwikkelaar.",
               "according_to"),
            St("[Kuipers] ontkende|Willem Kuipers", "ontkende", "dat hij iets terug had gedaan voor het geld.",
               "indirect", medium="tijdens de zitting"),
            St("Zijn advocaat|advocaat van Willem Kuipers", "advocaat [zegt]",
               "dat zijn cliënt in hoger beroep gaat.", "indirect"),
        ],
        figs=[Fig("ruim 45.000 euro", 45000, "money", high=None, unit="EUR", st=0)],
        tags=["court", "negated", "durations-not-figures", "ages-not-figures", "years-not-figures"],
        notes="'240 uur taakstraf' and 'acht maanden' are sentence lengths (durations). An unnamed lawyer gets "
              "the noun phrase as name ('advocaat van Willem Kuipers').",
    ),
    Doc(
        "nl-test-police-03",
        "police",
        """Douane vindt 3000 kilo cocaïne in bananencontainer
ROTTERDAM (ANP) - De douane heeft in de haven van Rotterdam ruim 3000 kilo cocaïne onderschept. De drugs zaten verstopt tussen dozen bananen uit Ecuador, meldt het Openbaar Ministerie.
De straatwaarde van de partij is volgens het OM ongeveer 225 miljoen euro. Er is nog niemand aangehouden. Het OM zegt dat het onderzoek zich richt op een transportbedrijf in Barendrecht.""",
        fetched_at="2026-07-09T13:00:00+02:00",
        arts=[Art("main", "ROTTERDAM (ANP) -", "ROTTERDAM", ("ANP",))],
        sts=[
            St("het Openbaar Ministerie|Openbaar Ministerie|OM", "meldt",
               "De drugs zaten verstopt tussen dozen bananen uit Ecuador,", "indirect"),
            St("volgens [het OM]|Openbaar Ministerie|OM", "is [volgens]",
               "De straatwaarde van de partij is volgens het OM ongeveer 225 miljoen euro.", "according_to"),
            St("[Het OM] zegt|Openbaar Ministerie|OM", "zegt",
               "dat het onderzoek zich richt op een transportbedrijf in Barendrecht.", "indirect"),
        ],
        figs=[
            Fig(("3000 kilo", 1), 3000, "other", unit="kg"),
            Fig("ruim 3000 kilo", 3000, "other", high=None, unit="kg"),
            Fig("ongeveer 225 miljoen euro", 225_000_000, "money", unit="EUR", approx=True, st=1),
        ],
        tags=["units", "bounds-ruim", "abbreviation-alias", "figures-in-headline"],
        notes="'niemand' is not a figure.",
    ),
    Doc(
        "nl-test-police-04",
        "court",
        """Celstraf geëist tegen vrouw die kinderopvang oplichtte
ZWOLLE (ANP) - Het OM heeft donderdag tegen een 38-jarige vrouw uit Deventer drie jaar cel geëist voor fraude met kinderopvangtoeslag. Ze zou via een nepbureau voor gastouders bijna 1,2 miljoen euro hebben ontvangen.
De vrouw zei tegen de rechters dat ze "nooit iemand had willen benadelen". Haar advocaat Sandra Mulder vindt dat haar cliënt vooral is gebruikt door haar ex-partner. De officier van justitie stelt dat er zeker 35 gastouders zijn opgelicht.""",
        fetched_at="2026-10-15T17:00:00+02:00",
        arts=[Art("main", "ZWOLLE (ANP) -", "ZWOLLE", ("ANP",))],
        sts=[
            St("De vrouw|vrouw uit Deventer|De vrouw", "vrouw [zei]", 'dat ze "nooit iemand had willen benadelen".',
               "mixed", medium="tegen de rechters"),
            St("Haar advocaat Sandra Mulder|Sandra Mulder", "vindt",
               "dat haar cliënt vooral is gebruikt door haar ex-partner.", "indirect"),
            St("De officier van justitie|officier van justitie|OM|Openbaar Ministerie", "stelt",
               "dat er zeker 35 gastouders zijn opgelicht.", "indirect"),
        ],
        figs=[
            Fig("bijna 1,2 miljoen euro", None, "money", high=1_200_000, unit="EUR"),
            Fig("zeker 35", 35, "people", high=None, counted="35 gastouders zijn opgelicht", st=2),
        ],
        tags=["court", "zou-hearsay", "mixed", "durations-not-figures", "ages-not-figures"],
        notes="'Ze zou ... hebben ontvangen' is the reporter hedging without a source: not annotated.",
    ),
    Doc(
        "nl-test-police-05",
        "police",
        """Politie houdt tientallen mensen aan bij demonstratie op A12
DEN HAAG (ANP) - De politie heeft zaterdag bij een blokkade van de A12 in Den Haag zeker 700 klimaatactivisten aangehouden. Dat heeft een politiewoordvoerder gezegd.
Extinction Rebellion zegt dat er duizenden mensen meededen. De actiegroep eist dat het kabinet stopt met subsidies voor fossiele brandstoffen. De meeste aangehouden demonstranten zijn dezelfde dag weer vrijgelaten, meldt de politie.""",
        fetched_at="2026-09-13T20:00:00+02:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("een politiewoordvoerder|politie|politiewoordvoerder", "gezegd",
               "De politie heeft zaterdag bij een blokkade van de A12 in Den Haag zeker 700 klimaatactivisten aangehouden.",
               "indirect", aux="Dat [heeft]"),
            St("Extinction Rebellion", "Rebellion [zegt]", "dat er duizenden mensen meededen.", "indirect"),
            St("meldt [de politie]|politie", "meldt",
               "De meeste aangehouden demonstranten zijn dezelfde dag weer vrijgelaten,", "indirect"),
        ],
        figs=[
            Fig("tientallen", 20, "arrested", high=99, approx=True, counted="tientallen mensen aan"),
            Fig("zeker 700", 700, "arrested", high=None, counted="700 klimaatactivisten aangehouden", st=0),
            Fig("duizenden", 2000, "people", high=9999, approx=True, counted="duizenden mensen meededen", st=1),
        ],
        tags=["conflicting", "dat-heeft-gezegd", "trailing", "headline-vs-body"],
        notes="The headline says 'tientallen' while the body says 'zeker 700': both are annotated as written. "
              "'eist dat' states a demand, not a claim: not annotated.",
    ),
    Doc(
        "nl-test-police-06",
        "court",
        """Hoge Raad: dashcambeelden mogen als bewijs worden gebruikt
DEN HAAG (ANP) - Beelden van een dashcam mogen in een strafzaak als bewijs worden gebruikt, ook als de bestuurder niet wist dat hij werd gefilmd. Dat heeft de Hoge Raad dinsdag bepaald.
Advocaat-generaal Anna Koopmans had eerder geadviseerd dat privacy in zulke gevallen minder zwaar weegt. Strafrechtadvocaat Gerard Spong noemt de uitspraak teleurstellend. "Iedereen filmt tegenwoordig iedereen", verklaart hij.""",
        fetched_at="2026-12-01T11:30:00+01:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("Advocaat-generaal Anna Koopmans|Anna Koopmans", "geadviseerd",
               "dat privacy in zulke gevallen minder zwaar weegt.", "indirect", aux="Koopmans [had]"),
            St("verklaart [hij]|Gerard Spong", "verklaart", '"Iedereen filmt tegenwoordig iedereen",', "direct"),
            St("[Hoge Raad]: dashcambeelden|Hoge Raad", "Raad[:] dashcambeelden",
               "dashcambeelden mogen als bewijs worden gebruikt", "indirect"),
        ],
        figs=[],
        tags=["court", "pronoun", "perfect-cue", "no-figures"],
        notes="'Dat heeft de Hoge Raad bepaald' reports a ruling, not speech (as in the dev set): not annotated; "
              "the colon headline 'Hoge Raad: ...' is a statement by the court.",
    ),
]
