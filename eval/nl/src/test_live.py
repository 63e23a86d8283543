"""Test split: live-blog fragments (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-live-01",
        "live",
        """Liveblog Tweede Kamerverkiezingen
23.58 uur
Volgens de eerste prognose van Ipsos I&O wordt D66 de grootste partij met 27 zetels. De PVV volgt met 25 zetels.
23.41 uur
PVV-leider Geert Wilders zegt tegen verslaggevers dat hij "niet onder de indruk" is van de exitpoll. "De echte uitslag komt morgen", zei hij.
23.15 uur
De opkomst ligt volgens het ANP rond de 78 procent, iets hoger dan bij de vorige verkiezingen.""",
        fetched_at="2026-10-29T23:59:00+01:00",
        arts=[Art("main", "Liveblog Tweede")],
        sts=[
            St("de eerste prognose van Ipsos I&O|Ipsos I&O", "Volgens",
               "wordt D66 de grootste partij met 27 zetels.", "according_to"),
            St("PVV-leider Geert Wilders|Geert Wilders", "Wilders [zegt]",
               'dat hij "niet onder de indruk" is van de exitpoll.', "mixed", medium="tegen verslaggevers"),
            St("zei [hij]|Geert Wilders", "zei", '"De echte uitslag komt morgen",', "direct"),
            St("het ANP|ANP", "ligt [volgens]",
               "De opkomst ligt volgens het ANP rond de 78 procent, iets hoger dan bij de vorige verkiezingen.",
               "according_to"),
        ],
        figs=[
            Fig("27", 27, "other", counted="27 zetels", st=0),
            Fig("25", 25, "other", counted="25 zetels"),
            Fig("rond de 78 procent", 78, "percent", unit="%", approx=True, st=3),
        ],
        tags=["live", "clock-not-figure", "mixed", "pronoun", "volgens-mid", "agency-as-source"],
    ),
    Doc(
        "nl-test-live-02",
        "live",
        """LIVE | Aardbeving Marokko
11:20 - Hulp uit Nederland
Het kabinet stuurt een team van zestig reddingswerkers naar Marokko. Minister Caspar Veldkamp van Buitenlandse Zaken zegt dat het team binnen 24 uur vertrekt.
10:55 - Dodental gestegen
Het Marokkaanse ministerie van Binnenlandse Zaken meldt dat er inmiddels 2012 doden zijn geteld en 2059 gewonden. Volgens het ministerie zijn 1404 van de gewonden er ernstig aan toe.
10:30 - Nog geen contact met bergdorpen
Reddingswerkers zeggen dat veel dorpen in het Atlasgebergte alleen te voet bereikbaar zijn.""",
        fetched_at="2026-09-10T11:30:00+02:00",
        arts=[Art("main", "LIVE | Aardbeving")],
        sts=[
            St("Minister Caspar Veldkamp van Buitenlandse Zaken|Caspar Veldkamp", "zegt",
               "dat het team binnen 24 uur vertrekt.", "indirect"),
            St("Het Marokkaanse ministerie van Binnenlandse Zaken|Marokkaanse ministerie van Binnenlandse Zaken",
               "meldt", "dat er inmiddels 2012 doden zijn geteld en 2059 gewonden.", "indirect"),
            St("het ministerie|Marokkaanse ministerie van Binnenlandse Zaken", "Volgens",
               "zijn 1404 van de gewonden er ernstig aan toe.", "according_to"),
            St("Reddingswerkers", "zeggen",
               "dat veel dorpen in het Atlasgebergte alleen te voet bereikbaar zijn.", "indirect"),
        ],
        figs=[
            Fig("zestig", 60, "people", counted="zestig reddingswerkers"),
            Fig("2012", 2012, "killed", counted="2012 doden", st=1),
            Fig("2059", 2059, "wounded", counted="2059 gewonden", st=1),
            Fig("1404", 1404, "wounded", counted="1404 van de gewonden er ernstig aan toe", st=2),
        ],
        tags=["live", "clock-not-figure", "durations-not-figures", "year-like-count", "entry-headlines"],
        notes="'2012 doden' is a count that looks like a year. 'binnen 24 uur' is a duration.",
    ),
    Doc(
        "nl-test-live-03",
        "live",
        """Live: Formule 1 Grand Prix van Zandvoort
15.52 uur
Max Verstappen wint voor de vierde keer op Zandvoort! "Dit publiek is ongelooflijk", zegt hij over de boordradio.
15.30 uur
Volgens de organisatie zitten er vandaag 105.000 fans op de tribunes. Een woordvoerder van de organisatie zegt dat het circuit "volledig uitverkocht" is.
15.02 uur
Lando Norris klaagt over zijn banden: "Ik heb geen grip meer", zegt hij tegen zijn team.""",
        fetched_at="2026-08-30T16:00:00+02:00",
        arts=[Art("main", "Live: Formule")],
        sts=[
            St("zegt [hij] over|Max Verstappen", "[zegt] hij over", '"Dit publiek is ongelooflijk",', "direct",
               medium="over de boordradio"),
            St("Volgens [de organisatie]|organisatie|organisatie van de Grand Prix", "Volgens",
               "zitten er vandaag 105.000 fans op de tribunes.", "according_to"),
            St("Een woordvoerder van de organisatie|organisatie|organisatie van de Grand Prix", "organisatie [zegt]",
               'dat het circuit "volledig uitverkocht" is.', "mixed"),
            St("zegt [hij] tegen|Lando Norris", "[zegt] hij tegen", '"Ik heb geen grip meer",', "direct",
               medium="tegen zijn team"),
        ],
        figs=[Fig("105.000", 105000, "people", counted="105.000 fans op de tribunes", st=1)],
        tags=["live", "ordinal-not-figure", "pronoun", "woordvoerder", "colon-quote"],
        notes="'klaagt over zijn banden' takes a noun phrase; the quote after the colon is attributed to 'zegt hij'.",
    ),
    Doc(
        "nl-test-live-04",
        "live",
        """Liveblog | Klimaattop Belém
18.10 - Akkoord over klimaatfonds in zicht?
Onderhandelaars zeggen dat een akkoord over een fonds van 300 miljard dollar per jaar "binnen handbereik" is. Klimaatcommissaris Wopke Hoekstra erkent dat er vooruitgang is, maar wil zich nog niet rijk rekenen. "We zijn er nog niet", schrijft hij op Bluesky.
17.45 - Activisten blokkeren ingang
Tientallen activisten hebben de hoofdingang van het congrescentrum geblokkeerd. De Braziliaanse politie zegt dat zeker acht mensen zijn aangehouden.""",
        fetched_at="2026-11-21T18:20:00-03:00",
        arts=[Art("main", "Liveblog | Klimaattop")],
        sts=[
            St("Onderhandelaars", "zeggen",
               'dat een akkoord over een fonds van 300 miljard dollar per jaar "binnen handbereik" is.', "mixed"),
            St("Klimaatcommissaris Wopke Hoekstra|Wopke Hoekstra", "erkent", "dat er vooruitgang is,", "indirect"),
            St("schrijft [hij]|Wopke Hoekstra", "schrijft", '"We zijn er nog niet",', "direct", medium="op Bluesky"),
            St("De Braziliaanse politie|Braziliaanse politie", "politie [zegt]",
               "dat zeker acht mensen zijn aangehouden.", "indirect"),
        ],
        figs=[
            Fig("300 miljard dollar", 300_000_000_000, "money", unit="USD", st=0),
            Fig("Tientallen", 20, "people", high=99, approx=True, counted="Tientallen activisten"),
            Fig("zeker acht", 8, "arrested", high=None, counted="acht mensen zijn aangehouden", st=3),
        ],
        tags=["live", "medium", "mixed", "question-entry-headline", "pronoun"],
        notes="'wil zich nog niet rijk rekenen' is an idiom, not a speech cue.",
    ),
]
