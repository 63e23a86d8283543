"""Test split: disaster and war tolls, several sources that disagree (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-toll-01",
        "toll",
        """Zelensky: 2000 Noord-Koreaanse soldaten gedood bij Pokrovsk
KYIV (ANP/AFP) - President Volodymyr Zelensky van Oekraïne zegt dat bij gevechten rond Pokrovsk de afgelopen maand ongeveer 2000 Noord-Koreaanse soldaten zijn gedood. De Zuid-Koreaanse inlichtingendienst NIS hield het vorige week nog op 600 doden.
Rusland heeft de inzet van Noord-Koreaanse troepen nooit officieel bevestigd. Kremlinwoordvoerder Dmitri Peskov zei maandag dat hij "niets te melden" heeft over het onderwerp. Oekraïne, Zuid-Korea en de Verenigde Staten schatten dat er inmiddels tussen de 11.000 en 14.000 Noord-Koreanen in Rusland zijn.""",
        fetched_at="2026-02-09T20:00:00+01:00",
        arts=[Art("main", "KYIV (ANP/AFP) -", "KYIV", ("ANP", "AFP"))],
        sts=[
            St("President Volodymyr Zelensky van Oekraïne|Volodymyr Zelensky", "Oekraïne [zegt]",
               "dat bij gevechten rond Pokrovsk de afgelopen maand ongeveer 2000 Noord-Koreaanse soldaten zijn gedood.",
               "indirect"),
            St("De Zuid-Koreaanse inlichtingendienst NIS|NIS", "hield",
               "600 doden.", "indirect", time="het [vorige week]"),
            St("Kremlinwoordvoerder Dmitri Peskov|Dmitri Peskov", "Peskov [zei]",
               'dat hij "niets te melden" heeft over het onderwerp.', "mixed", time="zei [maandag]"),
            St(["[Oekraïne], Zuid-Korea en|Oekraïne", "Oekraïne, [Zuid-Korea] en|Zuid-Korea",
                "[de Verenigde Staten] schatten|Verenigde Staten"], "Staten [schatten]",
               "dat er inmiddels tussen de 11.000 en 14.000 Noord-Koreanen in Rusland zijn.", "indirect"),
            St("[Zelensky]: 2000|Volodymyr Zelensky|Zelensky", "Zelensky[:] 2000",
               "2000 Noord-Koreaanse soldaten gedood bij Pokrovsk", "indirect"),
        ],
        figs=[
            Fig(("2000", 1), 2000, "killed", counted="2000 Noord-Koreaanse soldaten gedood", st=4),
            Fig("ongeveer 2000", 2000, "killed", approx=True, counted="2000 Noord-Koreaanse soldaten zijn gedood", st=0),
            Fig("600", 600, "killed", counted="600 doden", st=1),
            Fig("tussen de 11.000 en 14.000", 11000, "troops", high=14000, counted="Noord-Koreanen in Rusland", st=3),
        ],
        tags=["colon-headline", "several-sources", "inversion", "conflicting", "range-tussen", "het-houden-op", "mixed"],
        notes="A colon headline 'X: ...' is a statement by X, the colon its cue (as PARC and PolNeAR count them). "
              "'hield het op 600 doden' (put it at): cue 'hield', content the figure phrase.",
    ),
    Doc(
        "nl-test-toll-02",
        "toll",
        """Dodental hittegolf India loopt op tot boven de 200
NEW DELHI (ANP/RTR) - Door de aanhoudende hittegolf in het noorden van India zijn meer dan 200 mensen om het leven gekomen. Dat hebben lokale autoriteiten gemeld. In de hoofdstad werd een temperatuur van 49,2 graden gemeten.
Het Indiase ministerie van Gezondheid houdt het op 143 bevestigde hitte-doden. Artsen in Uttar Pradesh zeggen dat ziekenhuizen overvol zijn en dat duizenden patiënten met uitdroging worden behandeld. Het weerinstituut IMD verwacht pas volgende week verkoeling.""",
        fetched_at="2026-06-02T10:00:00+02:00",
        arts=[Art("main", "NEW DELHI (ANP/RTR) -", "NEW DELHI", ("ANP", "RTR"))],
        sts=[
            St("lokale autoriteiten", "gemeld",
               "Door de aanhoudende hittegolf in het noorden van India zijn meer dan 200 mensen om het leven gekomen.",
               "indirect", aux="Dat [hebben]"),
            St("Het Indiase ministerie van Gezondheid|Indiase ministerie van Gezondheid", "houdt",
               "143 bevestigde hitte-doden.", "indirect"),
            St("Artsen in Uttar Pradesh", "zeggen",
               "dat ziekenhuizen overvol zijn en dat duizenden patiënten met uitdroging worden behandeld.", "indirect"),
            St("Het weerinstituut IMD|IMD", "verwacht", "pas volgende week verkoeling.", "indirect"),
        ],
        figs=[
            Fig("boven de 200", 200, "killed", high=None, counted="Dodental"),
            Fig("meer dan 200", 200, "killed", high=None, counted="200 mensen om het leven gekomen", st=0),
            Fig("49,2 graden", 49.2, "other", unit="°C"),
            Fig("143", 143, "killed", counted="143 bevestigde hitte-doden", st=1),
            Fig("duizenden", 2000, "other", high=9999, approx=True, counted="duizenden patiënten met uitdroging", st=2),
        ],
        tags=["conflicting", "dat-hebben-gemeld", "het-houden-op", "temperature", "two-clauses"],
        notes="Two 'dat' clauses under one cue form one content span.",
    ),
    Doc(
        "nl-test-toll-03",
        "toll",
        """BEIROET (ANP/AFP/RTR) - Bij Israëlische luchtaanvallen op Zuid-Libanon zijn zondag minstens 23 mensen gedood. Dat meldt het Libanese ministerie van Volksgezondheid, dat niet zegt hoeveel van hen strijders waren.
Het Israëlische leger zegt dat het "terroristische infrastructuur" van Hezbollah heeft aangevallen en dat er tientallen raketten op Noord-Israël zijn afgevuurd. Hezbollah claimt dat zijn strijders een Israëlische tank hebben vernietigd. Dat is niet onafhankelijk bevestigd.
Volgens de VN zijn sinds oktober meer dan 90.000 Libanezen uit het grensgebied gevlucht.""",
        fetched_at="2026-09-28T18:00:00+02:00",
        arts=[Art("main", "BEIROET (ANP/AFP/RTR) -", "BEIROET", ("ANP", "AFP", "RTR"))],
        sts=[
            St("het Libanese ministerie van Volksgezondheid|Libanese ministerie van Volksgezondheid", "meldt",
               "Bij Israëlische luchtaanvallen op Zuid-Libanon zijn zondag minstens 23 mensen gedood.", "indirect"),
            St("Het Israëlische leger|Israëlische leger", "leger [zegt]",
               'dat het "terroristische infrastructuur" van Hezbollah heeft aangevallen en dat er tientallen raketten op Noord-Israël zijn afgevuurd.',
               "mixed"),
            St("[Hezbollah] claimt|Hezbollah", "claimt", "dat zijn strijders een Israëlische tank hebben vernietigd.",
               "indirect"),
            St("de VN|VN|Verenigde Naties", "Volgens",
               "zijn sinds oktober meer dan 90.000 Libanezen uit het grensgebied gevlucht.", "according_to"),
        ],
        figs=[
            Fig("minstens 23", 23, "killed", high=None, counted="23 mensen gedood", st=0),
            Fig("tientallen", 20, "other", high=99, approx=True, counted="tientallen raketten", st=1),
            Fig("meer dan 90.000", 90000, "displaced", high=None, counted="90.000 Libanezen uit het grensgebied gevlucht", st=3),
        ],
        tags=["conflicting", "dat-meldt", "negated-question", "mixed", "months-not-figures"],
        notes="'dat niet zegt hoeveel ...' is a negated speech act with an indirect question: no content asserted, "
              "not annotated.",
    ),
    Doc(
        "nl-test-toll-04",
        "toll",
        """Mijnongeluk in China: 16 doden, 5 mijnwerkers vermist
PEKING (ANP/Xinhua) - Bij een gasexplosie in een kolenmijn in de Chinese provincie Shanxi zijn zestien mijnwerkers omgekomen. Vijf anderen worden nog vermist, meldt staatspersbureau Xinhua.
Op het moment van de explosie waren 91 mensen onder de grond aan het werk. Volgens Xinhua konden zeventig van hen zichzelf in veiligheid brengen. President Xi Jinping heeft opgedragen alles te doen om de vermisten te vinden, aldus de staatstelevisie CCTV.""",
        fetched_at="2026-04-04T07:00:00+02:00",
        arts=[Art("main", "PEKING (ANP/Xinhua) -", "PEKING", ("ANP", "Xinhua"))],
        sts=[
            St("staatspersbureau Xinhua|Xinhua", "meldt", "Vijf anderen worden nog vermist,", "indirect"),
            St("Volgens [Xinhua]|Xinhua", "Volgens", "konden zeventig van hen zichzelf in veiligheid brengen.",
               "according_to"),
            St("de staatstelevisie CCTV|CCTV", "aldus",
               "President Xi Jinping heeft opgedragen alles te doen om de vermisten te vinden,", "according_to"),
        ],
        figs=[
            Fig("16", 16, "killed", counted="16 doden"),
            Fig("5", 5, "missing", counted="5 mijnwerkers vermist"),
            Fig("zestien", 16, "killed", counted="zestien mijnwerkers omgekomen"),
            Fig("Vijf", 5, "missing", counted="Vijf anderen worden nog vermist", st=0),
            Fig("91", 91, "people", counted="91 mensen onder de grond"),
            Fig("zeventig", 70, "people", counted="zeventig van hen", st=1),
        ],
        tags=["number-word", "aldus", "figures-in-headline", "trailing"],
        notes="The trailing 'meldt Xinhua' covers only its own sentence.",
    ),
    Doc(
        "nl-test-toll-05",
        "toll",
        """Aantal doden na orkaan in Jamaica mogelijk hoger
KINGSTON (ANP/AP) - Na de doortocht van orkaan Melissa zijn in Jamaica zeker 28 mensen omgekomen. In een toespraak zei premier Andrew Holness dat hij vreest dat het dodental nog "aanzienlijk" stijgt. Naar schatting 25.000 mensen verblijven in noodopvang.
Het Rode Kruis zegt dat in sommige dorpen bijna alle huizen zijn verwoest. Volgens de hulporganisatie hebben ruim anderhalf miljoen mensen hulp nodig. De Amerikaanse regering stuurt twee marineschepen met hulpgoederen.""",
        fetched_at="2026-10-31T15:00:00+01:00",
        arts=[Art("main", "KINGSTON (ANP/AP) -", "KINGSTON", ("ANP", "AP"))],
        sts=[
            St("premier Andrew Holness|Andrew Holness", "toespraak [zei]",
               'dat hij vreest dat het dodental nog "aanzienlijk" stijgt.', "mixed", medium="In een toespraak"),
            St("Het Rode Kruis|Rode Kruis", "Kruis [zegt]", "dat in sommige dorpen bijna alle huizen zijn verwoest.",
               "indirect"),
            St("de hulporganisatie|Rode Kruis", "Volgens", "hebben ruim anderhalf miljoen mensen hulp nodig.",
               "according_to"),
        ],
        figs=[
            Fig("zeker 28", 28, "killed", high=None, counted="28 mensen omgekomen"),
            Fig("25.000", 25000, "displaced", approx=True, counted="25.000 mensen verblijven in noodopvang"),
            Fig("ruim anderhalf miljoen", 1_500_000, "people", high=None, counted="anderhalf miljoen mensen hulp nodig", st=2),
            Fig("twee", 2, "other", counted="twee marineschepen"),
        ],
        tags=["naar-schatting", "anderhalf", "mixed", "medium", "role-reference"],
        notes="'bijna alle' is not a number.",
    ),
    Doc(
        "nl-test-toll-06",
        "toll",
        """KHARTOEM (ANP/AFP) - Bij een aanval op een markt in de Soedanese stad El Fasher zijn volgens artsen zeker 54 mensen om het leven gekomen en 158 gewond geraakt. De paramilitaire RSF ontkent dat zij achter de aanval zit.
Het Soedanese leger beschuldigt de RSF van "een bloedbad onder burgers". Een lokale hulpgroep zegt op Facebook dat het aantal doden oploopt tot 70. VN-hulpcoördinator Tom Fletcher noemde de aanval "een schending van alle regels van de oorlog".""",
        fetched_at="2026-02-02T17:00:00+01:00",
        arts=[Art("main", "KHARTOEM (ANP/AFP) -", "KHARTOEM", ("ANP", "AFP"))],
        sts=[
            St("artsen", "zijn [volgens]",
               "Bij een aanval op een markt in de Soedanese stad El Fasher zijn volgens artsen zeker 54 mensen om het leven gekomen en 158 gewond geraakt.",
               "according_to"),
            St("De paramilitaire RSF|RSF", "ontkent", "dat zij achter de aanval zit.", "indirect"),
            St("Een lokale hulpgroep|lokale hulpgroep", "zegt", "dat het aantal doden oploopt tot 70.", "indirect",
               medium="op Facebook"),
        ],
        figs=[
            Fig("zeker 54", 54, "killed", high=None, counted="54 mensen om het leven gekomen", st=0),
            Fig("158", 158, "wounded", counted="158 gewond geraakt", st=0),
            Fig("tot 70", None, "killed", high=70, counted="aantal doden", st=2),
        ],
        tags=["conflicting", "negated", "medium", "volgens-mid", "bounds-tot"],
        notes="'beschuldigt ... van' and 'noemde ... ' take noun phrases: not annotated.",
    ),
]
