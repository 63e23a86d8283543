"""Dev split: noisy page dumps (menus, cookie text, 'Lees ook', teaser lists glued to their times)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-dump-01",
        "dump",
        """Wij gebruiken cookies om de site te verbeteren. Akkoord Instellingen
Home Nieuws Sport Economie Cultuur Weer
Premier Schoof: kabinet zoekt 5 miljard euro voor defensie
DEN HAAG (ANP) - Premier Dick Schoof zegt dat het kabinet de komende vier jaar € 5 miljard extra wil vrijmaken voor defensie. Hij deed die uitspraak vrijdag na de ministerraad.
Lees ook: Navo-landen botsen over defensienorm
Coalitiepartij BBB wil dat het geld niet ten koste gaat van de landbouw. "Daar trekken wij een harde grens", zei fractievoorzitter Henk Vermeer.
Meer uit Politiek
UTRECHT (ANP) - De provincie Utrecht stopt met de aanleg van een nieuwe snelweg bij Nieuwegein. Gedeputeerde Huib van Essen zegt dat de kosten te hoog zijn opgelopen.
18 minuten geledenAMSTERDAM (ANP) - Het aantal toeristen in Amsterdam is vorig jaar gedaald tot 8,7 miljoen, meldt de gemeente.
2 uur geleden""",
        fetched_at="2026-03-06T18:00:00+01:00",
        arts=[
            Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",)),
            Art("teaser", "UTRECHT (ANP) -", "UTRECHT", ("ANP",), ago="18m", expr="18 minuten geleden"),
            Art("teaser", "AMSTERDAM (ANP) -", "AMSTERDAM", ("ANP",), ago="2h", expr="2 uur geleden"),
        ],
        sts=[
            St("Premier Dick Schoof|Dick Schoof", "Schoof [zegt]",
               "dat het kabinet de komende vier jaar € 5 miljard extra wil vrijmaken voor defensie.", "indirect"),
            St("fractievoorzitter Henk Vermeer|Henk Vermeer", "zei", '"Daar trekken wij een harde grens",', "direct"),
            St("Gedeputeerde Huib van Essen|Huib van Essen", "Essen [zegt]",
               "dat de kosten te hoog zijn opgelopen.", "indirect"),
            St("meldt [de gemeente]|gemeente Amsterdam|gemeente", "meldt",
               "Het aantal toeristen in Amsterdam is vorig jaar gedaald tot 8,7 miljoen,", "indirect"),
        ],
        figs=[
            Fig("5 miljard euro", 5_000_000_000, "money", unit="EUR"),
            Fig("€ 5 miljard", 5_000_000_000, "money", unit="EUR", st=0),
            Fig("8,7 miljoen", 8_700_000, "people", counted="aantal toeristen", st=3),
        ],
        tags=["cookie", "menu", "lees-ook", "teasers", "glued-times", "plan-wil", "figures-in-headline"],
        notes="'de komende vier jaar' is a duration. 'Hij deed die uitspraak' has no content of its own.",
    ),
    Doc(
        "nl-dev-dump-02",
        "dump",
        """Inloggen | Abonneren
Binnenland Buitenland Economie Opinie
Zwemmers in Noordzee gewaarschuwd voor kwallen
Badgasten langs de hele Hollandse kust moeten oppassen voor blauwe haarkwallen. De Reddingsbrigade heeft op twintig stranden een waarschuwingsvlag gehesen.
Volgens bioloog Nienke Hofstra van de Universiteit van Amsterdam is er dit jaar sprake van een "echte plaag". Een steek is pijnlijk maar zelden gevaarlijk, zegt ze.
Lees ook
Hoe warm wordt het deze zomer?
Deel dit artikel: Facebook X WhatsApp E-mail
© 2026 Dagblad van het Westen - Alle rechten voorbehouden""",
        fetched_at="2026-07-14T12:30:00+02:00",
        arts=[Art("main", "Zwemmers in Noordzee")],
        sts=[
            St("bioloog Nienke Hofstra van de Universiteit van Amsterdam|Nienke Hofstra", "Volgens",
               'is er dit jaar sprake van een "echte plaag".', "mixed"),
            St("zegt [ze]|Nienke Hofstra", "zegt", "Een steek is pijnlijk maar zelden gevaarlijk,", "indirect"),
        ],
        figs=[Fig("twintig", 20, "other", counted="twintig stranden")],
        tags=["menu", "lees-ook", "footer", "trailing", "pronoun", "number-word"],
        notes="The year in the copyright line is not a figure.",
    ),
    Doc(
        "nl-dev-dump-03",
        "dump",
        """Net binnen
Alles Binnenland Buitenland
PARIJS (ANP/AFP) - Franse boeren blokkeren opnieuw snelwegen rond Parijs. Ze protesteren tegen een handelsakkoord met Zuid-Amerikaanse landen. De politie telde ongeveer 1200 tractoren.
5 minuten geledenLONDEN (ANP/RTR) - De Britse regering gaat 2500 extra gevangenisplaatsen bouwen. Minister Shabana Mahmood zegt dat de gevangenissen "overvol" zijn.
41 minuten geledenBERN (ANP/DPA) - Zwitserland stemt in juni over een verbod op nieuwe kerncentrales, heeft de regering besloten.
1 uur geledenROME (ANP/AFP) - Bij een busongeluk in de buurt van Napels zijn vijf mensen om het leven gekomen. Dat meldt het Italiaanse persbureau ANSA.
3 uur geleden""",
        fetched_at="2026-01-23T13:00:00+01:00",
        arts=[
            Art("teaser", "PARIJS (ANP/AFP) -", "PARIJS", ("ANP", "AFP"), ago="5m", expr="5 minuten geleden"),
            Art("teaser", "LONDEN (ANP/RTR) -", "LONDEN", ("ANP", "RTR"), ago="41m", expr="41 minuten geleden"),
            Art("teaser", "BERN (ANP/DPA) -", "BERN", ("ANP", "DPA"), ago="1h", expr="1 uur geleden"),
            Art("teaser", "ROME (ANP/AFP) -", "ROME", ("ANP", "AFP"), ago="3h", expr="3 uur geleden"),
        ],
        sts=[
            St("Minister Shabana Mahmood|Shabana Mahmood", "zegt", 'dat de gevangenissen "overvol" zijn.', "mixed"),
            St("het Italiaanse persbureau ANSA|ANSA", "meldt",
               "Bij een busongeluk in de buurt van Napels zijn vijf mensen om het leven gekomen.", "indirect"),
        ],
        figs=[
            Fig("ongeveer 1200", 1200, "other", approx=True, counted="1200 tractoren"),
            Fig("2500", 2500, "other", counted="2500 extra gevangenisplaatsen"),
            Fig("vijf", 5, "killed", counted="vijf mensen om het leven gekomen", st=1),
        ],
        tags=["teaser-list", "glued-times", "mixed"],
        notes="A list page with no main article: every item is a teaser with its own time. "
              "'heeft de regering besloten' is a decision, not a speech act: not annotated.",
    ),
    Doc(
        "nl-dev-dump-04",
        "dump",
        """Nieuwsbrief: ontvang elke ochtend het belangrijkste nieuws. Schrijf je in
Vakbond FNV eist 7 procent loonsverhoging voor schoonmakers
Vakbond FNV wil dat de ruim 150.000 schoonmakers in Nederland volgend jaar 7 procent meer loon krijgen. Bestuurder Rachid Azzouz zegt dat schoonmakers "al jaren achterlopen".
De werkgevers in de Ondernemersorganisatie Schoonmaak- en Bedrijfsdiensten (OSB) noemen de eis onbetaalbaar. Volgens OSB-voorzitter Ed Nijpels kunnen veel bedrijven hooguit 3 procent betalen.
12 reacties
Meest gelezen
1. Dit zijn de duurste straten van Nederland
2. Waarom de trein vaker te laat is""",
        fetched_at="2026-09-08T07:50:00+02:00",
        arts=[Art("main", "Vakbond FNV eist")],
        sts=[
            St("Bestuurder Rachid Azzouz|Rachid Azzouz", "zegt", 'dat schoonmakers "al jaren achterlopen".', "mixed"),
            St("OSB-voorzitter Ed Nijpels|Ed Nijpels", "Volgens",
               "kunnen veel bedrijven hooguit 3 procent betalen.", "according_to"),
        ],
        figs=[
            Fig(("7 procent", 1), 7, "percent", unit="%"),
            Fig("ruim 150.000", 150000, "people", high=None, counted="150.000 schoonmakers"),
            Fig(("7 procent", 2), 7, "percent", unit="%"),
            Fig("hooguit 3 procent", None, "percent", high=3, unit="%", st=1),
        ],
        tags=["newsletter", "comment-count", "most-read-list", "bounds-hooguit", "plan-wil"],
        notes="'12 reacties' and the numbered most-read list are page furniture, not figures.",
    ),
    Doc(
        "nl-dev-dump-05",
        "dump",
        """Sluit venster
Kampioen PSV huldigt selectie op Stadhuisplein
EINDHOVEN (ANP) - Zeker 50.000 supporters hebben zondag op het Stadhuisplein in Eindhoven de kampioensselectie van PSV toegejuicht. Dat schat de gemeente.
Foto: ANP / Rob Engelaar
Trainer Peter Bosz sprak van "een onvergetelijke dag". Aanvoerder Luuk de Jong zei tegen de menigte dat het team volgend seizoen ook in Europa wil verrassen.
De politie meldt dat er 14 mensen zijn aangehouden, onder meer voor het afsteken van vuurwerk.
Advertentie""",
        fetched_at="2026-05-03T21:00:00+02:00",
        arts=[Art("main", "EINDHOVEN (ANP) -", "EINDHOVEN", ("ANP",))],
        sts=[
            St("de gemeente|gemeente Eindhoven|gemeente", "schat",
               "Zeker 50.000 supporters hebben zondag op het Stadhuisplein in Eindhoven de kampioensselectie van PSV toegejuicht.",
               "indirect"),
            St("Trainer Peter Bosz|Peter Bosz", "sprak", '"een onvergetelijke dag".', "direct"),
            St("Aanvoerder Luuk de Jong|Luuk de Jong", "Jong [zei]",
               "dat het team volgend seizoen ook in Europa wil verrassen.", "indirect", medium="tegen de menigte"),
            St("[De politie] meldt|politie", "meldt",
               "dat er 14 mensen zijn aangehouden, onder meer voor het afsteken van vuurwerk.", "indirect"),
        ],
        figs=[
            Fig("Zeker 50.000", 50000, "people", high=None, counted="50.000 supporters", st=0),
            Fig("14", 14, "arrested", counted="14 mensen zijn aangehouden", st=3),
        ],
        tags=["photo-credit", "advert", "dat-schat", "medium", "plan-wil"],
        notes="'spreken van' with a noun phrase is annotated (content = the noun phrase), as everywhere in the set.",
    ),
]
