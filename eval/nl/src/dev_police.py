"""Dev split: police and court reports."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-police-01",
        "police",
        """Drie aanhoudingen na explosie bij woning in Rotterdam-Zuid
ROTTERDAM (ANP) - De politie heeft drie verdachten aangehouden na een explosie bij een woning aan de Putselaan in Rotterdam. Het gaat om twee mannen van 19 en 23 jaar en een 17-jarige jongen, meldt de politie.
Bij de explosie raakte niemand gewond, maar de voordeur en twee geparkeerde auto's liepen flinke schade op. Een buurtbewoner zegt dat hij rond 03.00 uur een harde knal hoorde. Het is dit jaar al de veertiende explosie in de stad, aldus burgemeester Carola Schouten.""",
        fetched_at="2026-02-14T11:00:00+01:00",
        arts=[Art("main", "ROTTERDAM (ANP) -", "ROTTERDAM", ("ANP",))],
        sts=[
            St("meldt [de politie]|politie", "meldt",
               "Het gaat om twee mannen van 19 en 23 jaar en een 17-jarige jongen,", "indirect"),
            St("Een buurtbewoner|buurtbewoner", "buurtbewoner [zegt]",
               "dat hij rond 03.00 uur een harde knal hoorde.", "indirect"),
            St("burgemeester Carola Schouten|Carola Schouten", "aldus",
               "Het is dit jaar al de veertiende explosie in de stad,", "according_to"),
        ],
        figs=[
            Fig("Drie", 3, "arrested", counted="Drie aanhoudingen"),
            Fig("[drie] verdachten", 3, "arrested", counted="drie verdachten aangehouden"),
            Fig("[twee] mannen", 2, "people", st=0),
            Fig("[twee] geparkeerde", 2, "other", counted="twee geparkeerde auto's"),
        ],
        tags=["police", "ages-not-figures", "clock-not-figure", "ordinal-not-figure", "aldus"],
        notes="Ages (19, 23, 17-jarige), the clock time and 'veertiende' are not figures. "
              "The second 'drie' is the same count as the headline's; both mentions are figures.",
    ),
    Doc(
        "nl-dev-police-02",
        "court",
        """Officier eist twaalf jaar cel tegen man die oud-collega doodstak
ARNHEM (ANP) - Het Openbaar Ministerie heeft twaalf jaar cel en tbs met dwangverpleging geëist tegen een 44-jarige man uit Ede. Hij zou in maart vorig jaar een oud-collega hebben doodgestoken op een parkeerplaats.
De officier van justitie zei in de rechtbank dat de verdachte "met voorbedachten rade" handelde. De man ontkent dat hij het slachtoffer wilde doden. Zijn advocaat Frank Visser stelt dat zijn cliënt uit zelfverdediging handelde en vraagt vrijspraak. De rechtbank doet op 26 maart uitspraak.""",
        fetched_at="2026-03-12T17:30:00+01:00",
        arts=[Art("main", "ARNHEM (ANP) -", "ARNHEM", ("ANP",))],
        sts=[
            St("De officier van justitie|officier van justitie|Openbaar Ministerie|OM", "justitie [zei]",
               'dat de verdachte "met voorbedachten rade" handelde.', "mixed", medium="in de rechtbank"),
            St("[De man] ontkent|De man", "ontkent", "dat hij het slachtoffer wilde doden.", "indirect"),
            St("Zijn advocaat Frank Visser|Frank Visser", "stelt",
               "dat zijn cliënt uit zelfverdediging handelde en vraagt vrijspraak.", "indirect"),
        ],
        figs=[],
        tags=["court", "negated", "mixed", "durations-not-figures", "zou-hearsay"],
        notes="'twaalf jaar cel' is a sentence length (a duration): not a figure. The accused has no name: "
              "his canonical name is the noun phrase 'De man'. 'eisen' (demand a sentence) is not annotated as a speech cue.",
    ),
    Doc(
        "nl-dev-police-03",
        "police",
        """Tientallen arrestaties bij rellen in Den Haag
DEN HAAG (ANP) - Bij rellen in de Haagse Schilderswijk zijn zaterdagavond 37 mensen aangehouden. Dat heeft de politie Den Haag zondag laten weten. Relschoppers gooiden met stenen en vuurwerk naar agenten; vijf agenten raakten lichtgewond.
Burgemeester Jan van Zanen noemt het geweld "schokkend". Hij kondigde aan dat er tot en met woensdag een noodbevel geldt. Volgens een woordvoerder van de politie waren er op het hoogtepunt ongeveer tweehonderd relschoppers op straat.""",
        fetched_at="2026-01-04T10:15:00+01:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("de politie Den Haag|politie Den Haag|politie", "laten weten",
               "Bij rellen in de Haagse Schilderswijk zijn zaterdagavond 37 mensen aangehouden.", "indirect",
               aux="Dat [heeft]", time="Den Haag [zondag]"),
            St("[Hij] kondigde|Jan van Zanen", "kondigde", "dat er tot en met woensdag een noodbevel geldt.", "indirect"),
            St("een woordvoerder van de politie|politie Den Haag|politie", "Volgens",
               "waren er op het hoogtepunt ongeveer tweehonderd relschoppers op straat.", "according_to"),
        ],
        figs=[
            Fig("Tientallen", 20, "arrested", high=99, approx=True, counted="Tientallen arrestaties"),
            Fig("37", 37, "arrested", counted="37 mensen aangehouden", st=0),
            Fig("vijf", 5, "wounded", counted="vijf agenten raakten lichtgewond"),
            Fig("ongeveer tweehonderd", 200, "people", approx=True, counted="tweehonderd relschoppers op straat", st=2),
        ],
        tags=["dat-heeft-laten-weten", "separable", "woordvoerder", "pronoun", "vague"],
        notes="'laten weten' is the cue (a two-word verb); 'noemt het geweld schokkend' takes no clause.",
    ),
    Doc(
        "nl-dev-police-04",
        "court",
        """Rechtbank: gemeente Amsterdam moet dakloze man opvang bieden
AMSTERDAM (ANP) - De gemeente Amsterdam moet een dakloze man met psychische klachten binnen twee weken een plek in de opvang geven. Dat heeft de rechtbank bepaald in een kort geding.
De gemeente stelde dat er geen plaatsen vrij zijn. Volgens wethouder Rutger Groot Wassink staan er ruim 1400 mensen op de wachtlijst. De rechter oordeelde dat de gemeente de man niet op straat mag laten slapen.""",
        fetched_at="2026-02-20T14:00:00+01:00",
        arts=[Art("main", "AMSTERDAM (ANP) -", "AMSTERDAM", ("ANP",))],
        sts=[
            St("[De gemeente] stelde|gemeente Amsterdam", "stelde", "dat er geen plaatsen vrij zijn.", "indirect"),
            St("wethouder Rutger Groot Wassink|Rutger Groot Wassink", "Volgens",
               "staan er ruim 1400 mensen op de wachtlijst.", "according_to"),
            St("De rechter|rechter|rechtbank", "oordeelde",
               "dat de gemeente de man niet op straat mag laten slapen.", "indirect"),
        ],
        figs=[Fig("ruim 1400", 1400, "people", high=None, counted="1400 mensen op de wachtlijst", st=1)],
        tags=["court", "durations-not-figures", "thousands-without-dot"],
        notes="'Dat heeft de rechtbank bepaald' reports a ruling (bepalen is not a speech verb): not annotated. "
              "'binnen twee weken' is a duration.",
    ),
    Doc(
        "nl-dev-police-05",
        "police",
        """Politie rolt drugslab op in schuur bij Baarle-Nassau
BAARLE-NASSAU (ANP) - In een schuur bij Baarle-Nassau heeft de politie een groot drugslab voor synthetische drugs ontdekt. Er werden ruim 800 liter chemicaliën en naar schatting 50 kilo amfetamine aangetroffen, zegt een woordvoerder.
Twee Belgen van 34 en 52 jaar zijn opgepakt. De eigenaar van de schuur zegt niet te hebben geweten wat er in zijn schuur gebeurde. De politie vermoedt dat het lab al maanden in bedrijf was.""",
        fetched_at="2026-03-19T08:45:00+01:00",
        arts=[Art("main", "BAARLE-NASSAU (ANP) -", "BAARLE-NASSAU", ("ANP",))],
        sts=[
            St("een woordvoerder|politie", ", [zegt] een woordvoerder",
               "Er werden ruim 800 liter chemicaliën en naar schatting 50 kilo amfetamine aangetroffen,", "indirect"),
            St("De eigenaar van de schuur|eigenaar van de schuur", "schuur [zegt]",
               "niet te hebben geweten wat er in zijn schuur gebeurde.", "indirect"),
            St("[De politie] vermoedt|politie", "vermoedt", "dat het lab al maanden in bedrijf was.", "indirect"),
        ],
        figs=[
            Fig("ruim 800 liter", 800, "other", high=None, unit="l", st=0),
            Fig("50 kilo", 50, "other", unit="kg", approx=True, st=0),
            Fig("Twee", 2, "arrested", counted="Twee Belgen van 34 en 52 jaar zijn opgepakt"),
        ],
        tags=["naar-schatting", "te-infinitive", "negated", "units"],
    ),
    Doc(
        "nl-dev-police-06",
        "court",
        """Hof verlaagt straf voor oplichting van ouderen
DEN BOSCH (ANP) - Het gerechtshof in Den Bosch heeft de straf van een 29-jarige oplichter uit Tilburg verlaagd naar vier jaar cel. De man ontfutselde volgens het hof tussen 2022 en 2024 zeker 61 ouderen hun bankgegevens.
Het totale schadebedrag komt op bijna 900.000 euro. De verdediging voerde aan dat de man onder druk werd gezet door een criminele organisatie. "Daar is geen enkel bewijs voor", zei de voorzitter van het hof.""",
        fetched_at="2026-04-09T16:10:00+02:00",
        arts=[Art("main", "DEN BOSCH (ANP) -", "DEN BOSCH", ("ANP",))],
        sts=[
            St("volgens [het hof]|gerechtshof in Den Bosch|gerechtshof Den Bosch|hof", "ontfutselde [volgens]",
               "De man ontfutselde volgens het hof tussen 2022 en 2024 zeker 61 ouderen hun bankgegevens.", "according_to"),
            St("De verdediging|verdediging", "voerde",
               "dat de man onder druk werd gezet door een criminele organisatie.", "indirect"),
            St("de voorzitter van het hof|gerechtshof in Den Bosch|voorzitter van het hof", "zei",
               '"Daar is geen enkel bewijs voor",', "direct"),
        ],
        figs=[
            Fig("zeker 61", 61, "people", high=None, counted="61 ouderen hun bankgegevens", st=0),
            Fig("bijna 900.000 euro", None, "money", high=900000, unit="EUR"),
        ],
        tags=["court", "years-not-figures", "bounds-zeker", "bounds-bijna", "separable"],
        notes="'aanvoeren' is separable: cue 'voerde' (... aan).",
    ),
]
