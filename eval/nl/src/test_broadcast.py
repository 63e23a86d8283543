"""Test split: broadcaster-style short items (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-broadcast-01",
        "broadcast",
        """Honderden vluchten geschrapt door sneeuw op Schiphol
Op Schiphol zijn vandaag honderden vluchten geschrapt vanwege sneeuw en ijzel. Een woordvoerder van de luchthaven zegt dat reizigers niet naar Schiphol moeten komen als hun vlucht is geannuleerd.
KLM verwacht dat ook morgen nog tussen 120 en 150 vluchten niet doorgaan. "De veiligheid gaat voor alles", aldus een woordvoerster van KLM. Het KNMI heeft code oranje afgegeven voor het hele land.""",
        fetched_at="2026-01-08T16:00:00+01:00",
        arts=[Art("main", "Honderden vluchten")],
        sts=[
            St("Een woordvoerder van de luchthaven|Schiphol|woordvoerder van de luchthaven", "luchthaven [zegt]",
               "dat reizigers niet naar Schiphol moeten komen als hun vlucht is geannuleerd.", "indirect"),
            St("[KLM] verwacht|KLM", "verwacht", "dat ook morgen nog tussen 120 en 150 vluchten niet doorgaan.", "indirect"),
            St("een woordvoerster van KLM|KLM", "aldus", '"De veiligheid gaat voor alles",', "direct"),
        ],
        figs=[
            Fig("Honderden", 200, "other", high=999, approx=True, counted="Honderden vluchten geschrapt"),
            Fig("honderden", 200, "other", high=999, approx=True, counted="honderden vluchten geschrapt"),
            Fig("tussen 120 en 150", 120, "other", high=150, counted="vluchten niet doorgaan", st=1),
        ],
        tags=["woordvoerder", "aldus-direct", "vague", "figures-in-headline"],
    ),
    Doc(
        "nl-test-broadcast-02",
        "broadcast",
        """Onderzoek: helft van jongeren voelt zich eenzaam
Bijna de helft van de jongeren tussen 16 en 25 jaar voelt zich soms of vaak eenzaam. Dat blijkt uit een studie van het Sociaal en Cultureel Planbureau.
Onderzoeker Maroesjka Versantvoort zegt dat vooral studenten die op kamers wonen het zwaar hebben. "Veel jongeren durven er niet over te praten", zegt ze. Staatssecretaris Vincent Karremans kondigt aan dat er 12 miljoen euro komt voor projecten tegen eenzaamheid.""",
        fetched_at="2026-09-24T07:30:00+02:00",
        arts=[Art("main", "Onderzoek: helft")],
        sts=[
            St("Onderzoeker Maroesjka Versantvoort|Maroesjka Versantvoort", "Versantvoort [zegt]",
               "dat vooral studenten die op kamers wonen het zwaar hebben.", "indirect"),
            St("zegt [ze]|Maroesjka Versantvoort", "[zegt] ze", '"Veel jongeren durven er niet over te praten",',
               "direct"),
            St("Staatssecretaris Vincent Karremans|Vincent Karremans", "kondigt",
               "dat er 12 miljoen euro komt voor projecten tegen eenzaamheid.", "indirect"),
            St("studie van [het Sociaal en Cultureel Planbureau]|Sociaal en Cultureel Planbureau|SCP",
               "Dat [blijkt] uit een studie",
               "Bijna de helft van de jongeren tussen 16 en 25 jaar voelt zich soms of vaak eenzaam.", "indirect"),
        ],
        figs=[Fig("12 miljoen euro", 12_000_000, "money", unit="EUR", st=2)],
        tags=["blijkt-uit", "pronoun", "separable", "ages-not-figures"],
        notes="'de helft' is a fraction word, not annotated as a figure; '16 en 25 jaar' are ages.",
    ),
    Doc(
        "nl-test-broadcast-03",
        "broadcast",
        """Wateroverlast in Limburg: Maas stijgt verder
In Limburg houden gemeenten rekening met overstromingen langs de Maas. Rijkswaterstaat verwacht dat het water morgen bij Venlo een hoogte van 17,2 meter boven NAP bereikt.
In Roermond zijn zandzakken uitgedeeld aan ruim 400 huishoudens. Burgemeester Monique Kusters zegt dat evacuatie "op dit moment" niet nodig is. Volgens het Waterschap Limburg zijn de dijken sterker dan in 2021.""",
        fetched_at="2026-01-03T18:00:00+01:00",
        arts=[Art("main", "Wateroverlast in Limburg")],
        sts=[
            St("Rijkswaterstaat", "verwacht",
               "dat het water morgen bij Venlo een hoogte van 17,2 meter boven NAP bereikt.", "indirect"),
            St("Burgemeester Monique Kusters|Monique Kusters", "zegt",
               'dat evacuatie "op dit moment" niet nodig is.', "mixed"),
            St("het Waterschap Limburg|Waterschap Limburg", "Volgens", "zijn de dijken sterker dan in 2021.",
               "according_to"),
        ],
        figs=[
            Fig("17,2 meter", 17.2, "other", unit="m", st=0),
            Fig("ruim 400", 400, "other", high=None, counted="400 huishoudens"),
        ],
        tags=["measure", "mixed", "years-not-figures", "bounds-ruim"],
    ),
    Doc(
        "nl-test-broadcast-04",
        "broadcast",
        """Tata Steel schrapt 1600 banen in IJmuiden
Tata Steel Nederland schrapt 1600 van de ongeveer 9000 banen in IJmuiden. Het staalbedrijf zegt dat het moet bezuinigen om te kunnen investeren in groen staal.
Vakbond FNV spreekt van "een zwarte dag". Bestuurder Roel Berghuis erkent dat de bond acties niet uitsluit. Tata Steel laat weten dat er zo min mogelijk gedwongen ontslagen vallen.""",
        fetched_at="2026-04-21T10:00:00+02:00",
        arts=[Art("main", "Tata Steel schrapt")],
        sts=[
            St("Het staalbedrijf|Tata Steel Nederland|Tata Steel", "staalbedrijf [zegt]",
               "dat het moet bezuinigen om te kunnen investeren in groen staal.", "indirect"),
            St("Vakbond FNV|FNV", "spreekt", '"een zwarte dag".', "direct"),
            St("Bestuurder Roel Berghuis|Roel Berghuis", "erkent", "dat de bond acties niet uitsluit.",
               "indirect"),
            St("[Tata Steel] laat|Tata Steel Nederland|Tata Steel", "laat",
               "dat er zo min mogelijk gedwongen ontslagen vallen.", "indirect"),
        ],
        figs=[
            Fig(("1600", 1), 1600, "other", counted="1600 banen"),
            Fig(("1600", 2), 1600, "other", counted="1600 van de ongeveer 9000 banen"),
            Fig("ongeveer 9000", 9000, "other", approx=True),
        ],
        tags=["spreken-van", "negated", "separable", "figures-in-headline"],
    ),
    Doc(
        "nl-test-broadcast-05",
        "broadcast",
        """Meer meldingen van phishing via sms
Bij de Fraudehelpdesk kwamen vorig jaar 48.000 meldingen binnen van nepberichten via sms, tweeënhalf keer zoveel als een jaar eerder. Slachtoffers raakten gemiddeld 2300 euro kwijt.
Woordvoerder Tanja Ruiter zegt dat oplichters zich steeds vaker voordoen als pakketbezorger. "Klik nooit op een link in een onverwacht bericht", waarschuwt zij. De helpdesk vermoedt dat het echte aantal slachtoffers veel hoger ligt.""",
        fetched_at="2026-02-02T06:30:00+01:00",
        arts=[Art("main", "Meer meldingen")],
        sts=[
            St("Woordvoerder Tanja Ruiter|Tanja Ruiter", "zegt",
               "dat oplichters zich steeds vaker voordoen als pakketbezorger.", "indirect"),
            St("waarschuwt [zij]|Tanja Ruiter", "waarschuwt", '"Klik nooit op een link in een onverwacht bericht",',
               "direct"),
            St("De helpdesk|Fraudehelpdesk", "vermoedt", "dat het echte aantal slachtoffers veel hoger ligt.",
               "indirect"),
        ],
        figs=[
            Fig("48.000", 48000, "other", counted="48.000 meldingen"),
            Fig("gemiddeld 2300 euro", 2300, "money", unit="EUR"),
        ],
        tags=["pronoun", "waarschuwt-direct", "ratio-not-figure"],
        notes="'tweeënhalf keer zoveel' is a ratio, not a count.",
    ),
]
