"""Dev split: disaster and war tolls, several sources that disagree."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-toll-01",
        "toll",
        """Zeker 120 doden door aardbeving in oosten van Turkije
ANKARA (ANP/AFP/RTR) - Bij een zware aardbeving in het oosten van Turkije zijn zeker 120 mensen om het leven gekomen. Dat meldt de Turkse rampenbestrijdingsdienst AFAD. Meer dan 1500 mensen raakten gewond.
De beving had volgens het Amerikaanse geologisch instituut USGS een kracht van 6,9. Het Turkse ministerie van Binnenlandse Zaken zegt dat er nog tientallen mensen onder het puin liggen. Lokale media spreken van 200 à 250 doden, maar dat is niet bevestigd.
President Recep Tayyip Erdogan zei dat de overheid "alles zal doen" om de getroffen regio te helpen.""",
        fetched_at="2026-05-20T06:30:00+02:00",
        arts=[Art("main", "ANKARA (ANP/AFP/RTR) -", "ANKARA", ("ANP", "AFP", "RTR"))],
        sts=[
            St("de Turkse rampenbestrijdingsdienst AFAD|AFAD", "meldt",
               "Bij een zware aardbeving in het oosten van Turkije zijn zeker 120 mensen om het leven gekomen.", "indirect"),
            St("het Amerikaanse geologisch instituut USGS|USGS", "had [volgens]",
               "De beving had volgens het Amerikaanse geologisch instituut USGS een kracht van 6,9.", "according_to"),
            St("Het Turkse ministerie van Binnenlandse Zaken|Turkse ministerie van Binnenlandse Zaken", "Zaken [zegt]",
               "dat er nog tientallen mensen onder het puin liggen.", "indirect"),
            St("Lokale media", "spreken", "200 à 250 doden,", "indirect"),
            St("President Recep Tayyip Erdogan|Recep Tayyip Erdogan", "Erdogan [zei]",
               'dat de overheid "alles zal doen" om de getroffen regio te helpen.', "mixed"),
        ],
        figs=[
            Fig(("Zeker 120", 1), 120, "killed", high=None, counted=("doden", 1)),
            Fig("zeker 120", 120, "killed", high=None, counted="120 mensen om het leven gekomen", st=0),
            Fig("Meer dan 1500", 1500, "wounded", high=None, counted="1500 mensen raakten gewond"),
            Fig("6,9", 6.9, "other", counted="kracht", st=1),
            Fig("tientallen", 20, "missing", high=99, approx=True, counted="tientallen mensen onder het puin", st=2),
            Fig("200 à 250", 200, "killed", high=250, counted="250 doden", st=3),
        ],
        tags=["conflicting", "figures-in-headline", "magnitude", "vague", "spreken-van"],
        notes="'spreken van' takes a noun phrase: content is the toll itself. Magnitude 6,9 is a measure (unit null).",
    ),
    Doc(
        "nl-dev-toll-02",
        "toll",
        """Israël en Hamas oneens over aantal doden bij aanval op school
GAZA (ANP/AFP) - Bij een Israëlische luchtaanval op een school in Gaza-Stad zijn volgens het door Hamas bestuurde ministerie van Volksgezondheid 31 mensen gedood, onder wie elf kinderen. Het Israëlische leger zegt dat het een commandopost van Hamas aanviel en dat er "een handvol terroristen" is uitgeschakeld.
Een woordvoerder van VN-organisatie UNRWA zei dat in de school ongeveer 2000 ontheemden verbleven. De organisatie eist een onafhankelijk onderzoek.""",
        fetched_at="2026-07-02T19:00:00+02:00",
        arts=[Art("main", "GAZA (ANP/AFP) -", "GAZA", ("ANP", "AFP"))],
        sts=[
            St("het door Hamas bestuurde ministerie van Volksgezondheid|ministerie van Volksgezondheid in Gaza|ministerie van Volksgezondheid",
               "zijn [volgens]",
               "Bij een Israëlische luchtaanval op een school in Gaza-Stad zijn volgens het door Hamas bestuurde ministerie van Volksgezondheid 31 mensen gedood, onder wie elf kinderen.",
               "according_to"),
            St("Het Israëlische leger|Israëlische leger", "leger [zegt]",
               'dat het een commandopost van Hamas aanviel en dat er "een handvol terroristen" is uitgeschakeld.',
               "mixed"),
            St("Een woordvoerder van VN-organisatie UNRWA|UNRWA", "zei",
               "dat in de school ongeveer 2000 ontheemden verbleven.", "indirect"),
        ],
        figs=[
            Fig("31", 31, "killed", counted="31 mensen gedood", st=0),
            Fig("elf", 11, "killed", counted="elf kinderen", st=0),
            Fig("ongeveer 2000", 2000, "displaced", approx=True, counted="2000 ontheemden verbleven", st=2),
        ],
        tags=["conflicting", "volgens-mid", "mixed", "woordvoerder", "number-word"],
        notes="'een handvol' is not a number. 'eist een onderzoek' takes no clause.",
    ),
    Doc(
        "nl-dev-toll-03",
        "toll",
        """Overstromingen in Spanje: tientallen vermisten
VALENCIA (ANP/EFE) - Door zware regenval in de regio Valencia zijn zeker 64 mensen omgekomen. Dat hebben de regionale autoriteiten woensdagavond gemeld. Tientallen mensen worden nog vermist.
In een televisietoespraak zei de Spaanse premier Pedro Sánchez dat het leger wordt ingezet. Reddingswerkers zeggen dat sommige dorpen nog altijd onbereikbaar zijn. Het Spaanse weerinstituut AEMET meldt dat er op sommige plaatsen in acht uur tijd meer dan 400 liter regen per vierkante meter viel, meer dan normaal in een heel jaar.""",
        fetched_at="2026-10-30T23:55:00+01:00",
        arts=[Art("main", "VALENCIA (ANP/EFE) -", "VALENCIA", ("ANP", "EFE"))],
        sts=[
            St("de regionale autoriteiten|regionale autoriteiten", "gemeld",
               "Door zware regenval in de regio Valencia zijn zeker 64 mensen omgekomen.", "indirect",
               aux="Dat [hebben]", time="autoriteiten [woensdagavond]"),
            St("de Spaanse premier Pedro Sánchez|Pedro Sánchez", "televisietoespraak [zei]", "dat het leger wordt ingezet.", "indirect",
               medium="In een televisietoespraak"),
            St("Reddingswerkers", "Reddingswerkers [zeggen]",
               "dat sommige dorpen nog altijd onbereikbaar zijn.", "indirect"),
            St("Het Spaanse weerinstituut AEMET|AEMET", "AEMET [meldt]",
               "dat er op sommige plaatsen in acht uur tijd meer dan 400 liter regen per vierkante meter viel, meer dan normaal in een heel jaar.",
               "indirect"),
        ],
        figs=[
            Fig("tientallen", 20, "missing", high=99, approx=True, counted="tientallen vermisten"),
            Fig("zeker 64", 64, "killed", high=None, counted="64 mensen omgekomen", st=0),
            Fig("Tientallen", 20, "missing", high=99, approx=True, counted="Tientallen mensen worden nog vermist"),
            Fig("meer dan 400 liter", 400, "other", high=None, unit="l/m2", st=3),
        ],
        tags=["dat-hebben-gemeld", "medium", "plural-source", "durations-not-figures", "vague"],
        notes="'in acht uur tijd' is a duration.",
    ),
    Doc(
        "nl-dev-toll-04",
        "toll",
        """KYIV (ANP/RTR) - Bij Russische aanvallen op Oekraïne zijn in de nacht van zaterdag op zondag zeker negen burgers omgekomen. Volgens de Oekraïense luchtmacht vuurde Rusland 273 drones en elf raketten af, waarvan er 241 werden neergeschoten.
Het Russische ministerie van Defensie claimt juist dat alleen militaire doelen werden geraakt. De gouverneur van de regio Dnipro, Serhi Lysak, schrijft op Telegram dat in zijn regio drie mensen zijn gedood en vijftien gewond. Hij zegt dat een flatgebouw zwaar is beschadigd.""",
        fetched_at="2026-05-11T09:00:00+02:00",
        arts=[Art("main", "KYIV (ANP/RTR) -", "KYIV", ("ANP", "RTR"))],
        sts=[
            St("de Oekraïense luchtmacht|Oekraïense luchtmacht", "Volgens",
               "vuurde Rusland 273 drones en elf raketten af, waarvan er 241 werden neergeschoten.", "according_to"),
            St("Het Russische ministerie van Defensie|Russische ministerie van Defensie", "claimt",
               "dat alleen militaire doelen werden geraakt.", "indirect"),
            St("De gouverneur van de regio Dnipro, Serhi Lysak|Serhi Lysak", "schrijft",
               "dat in zijn regio drie mensen zijn gedood en vijftien gewond.", "indirect", medium="op Telegram"),
            St("[Hij] zegt|Serhi Lysak", "zegt", "dat een flatgebouw zwaar is beschadigd.", "indirect"),
        ],
        figs=[
            Fig("zeker negen", 9, "killed", high=None, counted="negen burgers omgekomen"),
            Fig("273", 273, "other", counted="273 drones", st=0),
            Fig("elf", 11, "other", counted="elf raketten", st=0),
            Fig("241", 241, "other", counted="241 werden neergeschoten", st=0),
            Fig("drie", 3, "killed", counted="drie mensen zijn gedood", st=2),
            Fig("vijftien", 15, "wounded", counted="vijftien gewond", st=2),
        ],
        tags=["conflicting", "apposition-source", "medium", "number-word", "pronoun"],
    ),
    Doc(
        "nl-dev-toll-05",
        "toll",
        """Cycloon treft Mozambique: honderdduizenden mensen dakloos
MAPUTO (ANP/AFP) - Cycloon Chido heeft in het noorden van Mozambique naar schatting 120.000 huizen verwoest. Volgens de VN zijn honderdduizenden mensen dakloos geraakt.
Het nationale rampenbureau INGD zegt dat er 73 doden zijn geteld. Hulporganisatie Artsen zonder Grenzen waarschuwt dat het werkelijke aantal "veel hoger" ligt, omdat veel gebieden nog niet bereikt zijn. Naar verluidt zijn ook drie medewerkers van een hulporganisatie vermist. Het Rode Kruis meldt dat lokale bestuurders zeggen dat sommige dorpen nog geen enkele hulp hebben gekregen.""",
        fetched_at="2026-12-17T14:00:00+01:00",
        arts=[Art("main", "MAPUTO (ANP/AFP) -", "MAPUTO", ("ANP", "AFP"))],
        sts=[
            St("de VN|VN|Verenigde Naties", "Volgens", "zijn honderdduizenden mensen dakloos geraakt.", "according_to"),
            St("Het nationale rampenbureau INGD|INGD", "zegt", "dat er 73 doden zijn geteld.", "indirect"),
            St("Hulporganisatie Artsen zonder Grenzen|Artsen zonder Grenzen", "waarschuwt",
               'dat het werkelijke aantal "veel hoger" ligt, omdat veel gebieden nog niet bereikt zijn.', "mixed"),
            St([], "Naar verluidt", "zijn ook drie medewerkers van een hulporganisatie vermist.", "according_to"),
            St("Het Rode Kruis|Rode Kruis", "Kruis [meldt]",
               "dat lokale bestuurders zeggen dat sommige dorpen nog geen enkele hulp hebben gekregen.", "indirect"),
            St("lokale bestuurders", "bestuurders [zeggen]", "dat sommige dorpen nog geen enkele hulp hebben gekregen.",
               "indirect", via=4),
        ],
        figs=[
            Fig(("honderdduizenden", 1), 200_000, "displaced", high=999_999, approx=True, counted=("honderdduizenden mensen dakloos", 1)),
            Fig("120.000", 120000, "other", approx=True, counted="120.000 huizen verwoest"),
            Fig(("honderdduizenden", 2), 200_000, "displaced", high=999_999, approx=True, counted="honderdduizenden mensen dakloos geraakt", st=0),
            Fig("73", 73, "killed", counted="73 doden", st=1),
            Fig("drie", 3, "missing", counted="drie medewerkers van een hulporganisatie vermist", st=3, source=None),
        ],
        tags=["naar-verluidt", "naar-schatting", "vague", "conflicting", "figures-in-headline", "nesting-via"],
        notes="'naar verluidt' has no source: sources empty. 'honderdduizenden' = 200000-999999.",
    ),
]
