"""Test split: wire copy with ANP-style datelines (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-wire-01",
        "wire",
        """Macron claimt dat Europa 40.000 militairen kan leveren voor vredesmissie
PARIJS (ANP/AFP) - De Franse president Emmanuel Macron claimt dat Europese landen samen 40.000 militairen kunnen leveren voor een vredesmacht in Oekraïne. Eerder deze week zei Duitsland nog dat het daar geen troepen voor beschikbaar heeft.
Macron schrijft op X dat hij maandag met twaalf regeringsleiders heeft overlegd. Volgens het Élysée zijn ook Canada en Australië bereid om bij te dragen. De Franse president benadrukt dat een vredesmacht alleen komt als er een bestand is.""",
        fetched_at="2026-03-16T21:00:00+01:00",
        arts=[Art("main", "PARIJS (ANP/AFP) -", "PARIJS", ("ANP", "AFP"))],
        sts=[
            St("[Macron] claimt dat Europa|Emmanuel Macron", "Macron [claimt] dat Europa",
               "dat Europa 40.000 militairen kan leveren voor vredesmissie", "indirect"),
            St("De Franse president Emmanuel Macron|Emmanuel Macron", "Macron [claimt] dat Europese",
               "dat Europese landen samen 40.000 militairen kunnen leveren voor een vredesmacht in Oekraïne.", "indirect"),
            St("Duitsland", "[zei] Duitsland", "dat het daar geen troepen voor beschikbaar heeft.", "indirect",
               time="[Eerder deze week] zei"),
            St("[Macron] schrijft|Emmanuel Macron", "schrijft",
               "dat hij maandag met twaalf regeringsleiders heeft overlegd.", "indirect", medium="op X"),
            St("het Élysée|Élysée", "Volgens", "zijn ook Canada en Australië bereid om bij te dragen.", "according_to"),
            St("[De Franse president] benadrukt|Emmanuel Macron", "benadrukt",
               "dat een vredesmacht alleen komt als er een bestand is.", "indirect"),
        ],
        figs=[
            Fig(("40.000", 1), 40000, "troops", counted="40.000 militairen kan leveren", st=0),
            Fig(("40.000", 2), 40000, "troops", counted="40.000 militairen kunnen leveren", st=1),
            Fig("twaalf", 12, "people", counted="twaalf regeringsleiders", st=3),
        ],
        tags=["headline-statement", "inversion", "medium", "role-reference", "thousands-dot"],
        notes="'De Franse president' later refers back to Macron (role noun coreference).",
    ),
    Doc(
        "nl-test-wire-02",
        "wire",
        """LELYSTAD (ANP) - Waterschap Zuiderzeeland verhoogt de waterschapsbelasting volgend jaar met gemiddeld 9 procent. Dat heeft het dagelijks bestuur donderdag bekendgemaakt.
Volgens dijkgraaf Hester Maij is de verhoging nodig om de dijken op orde te houden. Zij verwacht dat een gemiddeld huishouden ongeveer 35 euro per jaar meer gaat betalen. De Vereniging Eigen Huis vindt de stijging "fors" en roept het waterschap op de kosten te beperken.""",
        fetched_at="2026-10-09T15:00:00+02:00",
        arts=[Art("main", "LELYSTAD (ANP) -", "LELYSTAD", ("ANP",))],
        sts=[
            St("het dagelijks bestuur|Waterschap Zuiderzeeland|dagelijks bestuur", "bekendgemaakt",
               "Waterschap Zuiderzeeland verhoogt de waterschapsbelasting volgend jaar met gemiddeld 9 procent.",
               "indirect", aux="Dat [heeft]", time="bestuur [donderdag]"),
            St("dijkgraaf Hester Maij|Hester Maij", "Volgens",
               "is de verhoging nodig om de dijken op orde te houden.", "according_to"),
            St("[Zij] verwacht|Hester Maij", "verwacht",
               "dat een gemiddeld huishouden ongeveer 35 euro per jaar meer gaat betalen.", "indirect"),
            St("De Vereniging Eigen Huis|Vereniging Eigen Huis|Eigen Huis", "roept",
               "het waterschap op de kosten te beperken", "indirect"),
        ],
        figs=[
            Fig("gemiddeld 9 procent", 9, "percent", unit="%", st=0),
            Fig("ongeveer 35 euro", 35, "money", unit="EUR", approx=True, st=2),
        ],
        tags=["dat-heeft-bekendgemaakt", "pronoun", "no-headline"],
        notes="'gemiddeld' (on average) is kept in the span but is not a bound. 'vindt ... fors' takes no clause; "
              "'roept ... op' (a call) is a statement, its object with the infinitive the content.",
    ),
    Doc(
        "nl-test-wire-03",
        "wire",
        """Noorwegen stuurt extra fregatten naar Noordzee na sabotage kabel
OSLO (ANP/NTB/RTR) - Noorwegen stuurt twee extra fregatten naar de Noordzee nadat een onderzeese datakabel naar de Shetlandeilanden is beschadigd. De Noorse minister van Defensie Tore Sandvik zei dinsdag dat sabotage "niet kan worden uitgesloten".
Het Noorse telecombedrijf Telenor meldt dat ongeveer 40.000 klanten enkele uren zonder internet zaten. Naar verluidt werd een Russisch vrachtschip kort voor de storing boven de kabel gezien. Moskou ontkent iedere betrokkenheid.""",
        fetched_at="2026-02-17T19:30:00+01:00",
        arts=[Art("main", "OSLO (ANP/NTB/RTR) -", "OSLO", ("ANP", "NTB", "RTR"))],
        sts=[
            St("De Noorse minister van Defensie Tore Sandvik|Tore Sandvik", "Sandvik [zei]",
               'dat sabotage "niet kan worden uitgesloten".', "mixed", time="zei [dinsdag]"),
            St("Het Noorse telecombedrijf Telenor|Telenor", "meldt",
               "dat ongeveer 40.000 klanten enkele uren zonder internet zaten.", "indirect"),
            St([], "Naar verluidt",
               "werd een Russisch vrachtschip kort voor de storing boven de kabel gezien.", "according_to"),
        ],
        figs=[
            Fig("twee", 2, "other", counted="twee extra fregatten"),
            Fig("ongeveer 40.000", 40000, "people", approx=True, counted="40.000 klanten", st=1),
        ],
        tags=["naar-verluidt", "mixed", "negated", "durations-not-figures"],
        notes="'Moskou ontkent iedere betrokkenheid' has a noun phrase, not a clause: not annotated. 'enkele uren' is a duration.",
    ),
    Doc(
        "nl-test-wire-04",
        "wire",
        """ATHENE (ANP/AP) - De Griekse kustwacht heeft bij het eiland Kreta 58 migranten gered uit een overvolle rubberboot. Dat heeft een woordvoerder van de kustwacht gezegd. Zeker zes mensen worden nog vermist.
De Internationale Organisatie voor Migratie (IOM) waarschuwt dat de route van Libië naar Kreta steeds vaker wordt gebruikt. Volgens de IOM kwamen er dit jaar al bijna 7000 mensen via die route aan, tegen 3000 à 4000 in heel vorig jaar.""",
        fetched_at="2026-06-30T12:45:00+02:00",
        arts=[Art("main", "ATHENE (ANP/AP) -", "ATHENE", ("ANP", "AP"))],
        sts=[
            St("een woordvoerder van de kustwacht|Griekse kustwacht|kustwacht", "gezegd",
               "De Griekse kustwacht heeft bij het eiland Kreta 58 migranten gered uit een overvolle rubberboot.",
               "indirect", aux="Dat [heeft]"),
            St("De Internationale Organisatie voor Migratie (IOM)|Internationale Organisatie voor Migratie|IOM",
               "waarschuwt", "dat de route van Libië naar Kreta steeds vaker wordt gebruikt.", "indirect"),
            St("de IOM|Internationale Organisatie voor Migratie|IOM", "Volgens",
               "kwamen er dit jaar al bijna 7000 mensen via die route aan, tegen 3000 à 4000 in heel vorig jaar.",
               "according_to"),
        ],
        figs=[
            Fig("58", 58, "people", counted="58 migranten gered", st=0),
            Fig("Zeker zes", 6, "missing", high=None, counted="zes mensen worden nog vermist"),
            Fig("bijna 7000", None, "people", high=7000, counted="7000 mensen via die route", st=2),
            Fig("3000 à 4000", 3000, "people", high=4000, st=2),
        ],
        tags=["dat-heeft-gezegd", "woordvoerder", "range-a", "bounds-bijna", "bounds-zeker"],
    ),
    Doc(
        "nl-test-wire-05",
        "wire",
        """Boeing schrapt 2500 banen na daling orders
SEATTLE (ANP/RTR) - Vliegtuigbouwer Boeing schrapt ongeveer 2500 banen, vooral in de staat Washington. Topman Kelly Ortberg schrijft in een memo aan het personeel dat het bedrijf "moeilijke keuzes" moet maken.
Vakbond IAM reageert woedend. Volgens vakbondsleider Jon Holden heeft Boeing beloofd dat er dit jaar geen ontslagen zouden vallen. Boeing zegt dat het die belofte nooit heeft gedaan.""",
        fetched_at="2026-08-14T02:00:00+02:00",
        arts=[Art("main", "SEATTLE (ANP/RTR) -", "SEATTLE", ("ANP", "RTR"))],
        sts=[
            St("Topman Kelly Ortberg|Kelly Ortberg", "schrijft",
               'dat het bedrijf "moeilijke keuzes" moet maken.', "mixed", medium="in een memo aan het personeel"),
            St("vakbondsleider Jon Holden|Jon Holden", "Volgens",
               "heeft Boeing beloofd dat er dit jaar geen ontslagen zouden vallen.", "according_to"),
            St("heeft [Boeing] beloofd|Boeing", "beloofd", "dat er dit jaar geen ontslagen zouden vallen.", "indirect",
               aux="[heeft] Boeing beloofd", via=1),
            St("[Boeing] zegt|Boeing", "Boeing [zegt]", "dat het die belofte nooit heeft gedaan.", "indirect"),
        ],
        figs=[
            Fig(("2500", 1), 2500, "other", counted=("2500 banen", 1)),
            Fig("ongeveer 2500", 2500, "other", approx=True, counted="[2500 banen], vooral"),
        ],
        tags=["nesting-via", "medium", "negated", "zou-reported", "figures-in-headline"],
        notes="Nested: Holden reports that Boeing promised something; the inner statement has via = the outer one.",
    ),
    Doc(
        "nl-test-wire-06",
        "wire",
        """TOKIO (ANP/Kyodo) - Japan heeft voor het eerst in 17 jaar de rente verhoogd. De Japanse centrale bank verhoogt het tarief van min 0,1 naar plus 0,1 procent, maakte gouverneur Kazuo Ueda dinsdag bekend.
Ueda zei tegen verslaggevers dat verdere verhogingen "niet direct" op de agenda staan. Economen van Nomura denken dat de volgende stap pas volgend jaar komt. De yen verloor na het besluit 0,8 procent van zijn waarde ten opzichte van de dollar.""",
        fetched_at="2026-03-19T08:30:00+01:00",
        arts=[Art("main", "TOKIO (ANP/Kyodo) -", "TOKIO", ("ANP", "Kyodo"))],
        sts=[
            St("gouverneur Kazuo Ueda|Kazuo Ueda", "maakte",
               "De Japanse centrale bank verhoogt het tarief van min 0,1 naar plus 0,1 procent,", "indirect",
               time="Ueda [dinsdag]"),
            St("[Ueda] zei|Kazuo Ueda", "Ueda [zei]", 'dat verdere verhogingen "niet direct" op de agenda staan.',
               "mixed", medium="tegen verslaggevers"),
            St("Economen van Nomura|Nomura", "denken", "dat de volgende stap pas volgend jaar komt.", "indirect"),
        ],
        figs=[
            Fig("min 0,1", -0.1, "percent", unit="%", st=0),
            Fig("plus 0,1 procent", 0.1, "percent", unit="%", st=0),
            Fig("0,8 procent", 0.8, "percent", unit="%"),
        ],
        tags=["trailing-separable", "negative-number", "durations-not-figures", "mixed"],
        notes="'voor het eerst in 17 jaar' is a duration. The trailing cue 'maakte ... bekend' follows its content.",
    ),
]
