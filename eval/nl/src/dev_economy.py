"""Dev split: economic figures (euros, percentages, procentpunt)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-economy-01",
        "economy",
        """Inflatie in februari gedaald naar 2,8 procent
DEN HAAG (ANP) - De inflatie in Nederland is in februari uitgekomen op 2,8 procent, tegen 3,3 procent in januari. Dat meldt het Centraal Bureau voor de Statistiek (CBS) op basis van een snelle raming.
De daling komt vooral door goedkopere energie. Volgens CBS-econoom Peter Hein van Mulligen stegen de prijzen van diensten wel door. "Huur en verzekeringen worden nog steeds flink duurder", zegt hij. De inflatie ligt daarmee 0,5 procentpunt lager dan een maand eerder.""",
        fetched_at="2026-03-03T09:40:00+01:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("het Centraal Bureau voor de Statistiek (CBS)|Centraal Bureau voor de Statistiek|CBS", "meldt",
               "De inflatie in Nederland is in februari uitgekomen op 2,8 procent, tegen 3,3 procent in januari.",
               "indirect", aux=None),
            St("CBS-econoom Peter Hein van Mulligen|Peter Hein van Mulligen", "Volgens",
               "stegen de prijzen van diensten wel door.", "according_to"),
            St("zegt [hij]|Peter Hein van Mulligen", "zegt", '"Huur en verzekeringen worden nog steeds flink duurder",',
               "direct"),
        ],
        figs=[
            Fig(("2,8 procent", 1), 2.8, "percent", unit="%"),
            Fig(("2,8 procent", 2), 2.8, "percent", unit="%", st=0),
            Fig("3,3 procent", 3.3, "percent", unit="%", st=0),
            Fig("0,5 procentpunt", 0.5, "percent", unit="pp"),
        ],
        tags=["dat-meldt", "procentpunt", "decimal-comma", "figures-in-headline", "pronoun"],
        notes="'Dat meldt X' refers back to the previous sentence like 'Dat heeft X gemeld'.",
    ),
    Doc(
        "nl-dev-economy-02",
        "economy",
        """Ahold Delhaize boekt hogere winst, maar waarschuwt voor krappe marges
ZAANDAM (ANP) - Supermarktconcern Ahold Delhaize heeft vorig jaar een nettowinst van 1,8 miljard euro geboekt, ruim 6 procent meer dan een jaar eerder. De omzet steeg naar 91,2 miljard euro.
Topman Frans Muller waarschuwt dat de marges in Europa onder druk staan door hoge loonkosten. Het bedrijf wil dit jaar voor € 1 miljard aan eigen aandelen inkopen. Beleggers reageerden positief: het aandeel steeg in de ochtend 3,4 procent.""",
        fetched_at="2026-02-11T11:20:00+01:00",
        arts=[Art("main", "ZAANDAM (ANP) -", "ZAANDAM", ("ANP",))],
        sts=[
            St("Topman Frans Muller|Frans Muller", "Muller [waarschuwt]",
               "dat de marges in Europa onder druk staan door hoge loonkosten.", "indirect"),
        ],
        figs=[
            Fig("1,8 miljard euro", 1_800_000_000, "money", unit="EUR", counted="nettowinst"),
            Fig("ruim 6 procent", 6, "percent", high=None, unit="%"),
            Fig("91,2 miljard euro", 91_200_000_000, "money", unit="EUR", counted="omzet"),
            Fig("€ 1 miljard", 1_000_000_000, "money", unit="EUR"),
            Fig("3,4 procent", 3.4, "percent", unit="%"),
        ],
        tags=["euro-sign", "plan-wil", "money"],
    ),
    Doc(
        "nl-dev-economy-03",
        "economy",
        """Werkloosheid loopt licht op
De werkloosheid is in maart gestegen naar 3,9 procent van de beroepsbevolking. In totaal waren 389.000 mensen op zoek naar werk, 12.000 meer dan in februari.
Volgens het UWV zijn er vooral meer jongeren werkloos. Econoom Mathijs Bouman van ABN Amro noemt de stijging klein. Hij zegt dat de arbeidsmarkt "nog altijd zeer krap" is en verwacht dat de werkloosheid dit jaar onder de 4 procent blijft.""",
        fetched_at="2026-04-17T10:00:00+02:00",
        arts=[Art("main", "Werkloosheid loopt")],
        sts=[
            St("het UWV|UWV", "Volgens", "zijn er vooral meer jongeren werkloos.", "according_to"),
            St("[Hij] zegt|Mathijs Bouman", "zegt", 'dat de arbeidsmarkt "nog altijd zeer krap" is', "mixed"),
            St("[Hij] zegt|Mathijs Bouman", "verwacht", "dat de werkloosheid dit jaar onder de 4 procent blijft.", "indirect"),
        ],
        figs=[
            Fig("3,9 procent", 3.9, "percent", unit="%"),
            Fig("389.000", 389000, "people", counted="389.000 mensen op zoek naar werk"),
            Fig("12.000", 12000, "people"),
            Fig("onder de 4 procent", None, "percent", high=4, unit="%", st=2),  # "onder" = at most (README)
        ],
        tags=["mixed", "two-cues-one-subject", "pronoun", "thousands-dot"],
        notes="One subject 'Hij' with two cues (zegt ..., verwacht ...): two statements sharing the source span.",
    ),
    Doc(
        "nl-dev-economy-04",
        "economy",
        """Huizenprijzen stijgen voor twintigste maand op rij
De gemiddelde verkoopprijs van een bestaande koopwoning lag in januari op 467.000 euro. Dat is 8,7 procent hoger dan een jaar eerder, meldt het Kadaster.
Makelaarsvereniging NVM verwacht dat de prijzen dit jaar met 5 à 6 procent stijgen. "Er is simpelweg te weinig aanbod", zegt NVM-voorzitter Lana Gerssen. Zij pleit voor de bouw van 100.000 woningen per jaar.
Minister Keijzer zei vorige week dat het kabinet dat doel "zeker" gaat halen.""",
        fetched_at="2026-02-22T08:00:00+01:00",
        arts=[Art("main", "Huizenprijzen stijgen")],
        sts=[
            St("het Kadaster|Kadaster", "meldt", "Dat is 8,7 procent hoger dan een jaar eerder,", "indirect"),
            St("Makelaarsvereniging NVM|NVM", "NVM [verwacht]", "dat de prijzen dit jaar met 5 à 6 procent stijgen.",
               "indirect"),
            St("NVM-voorzitter Lana Gerssen|Lana Gerssen", "zegt", '"Er is simpelweg te weinig aanbod",', "direct"),
            St("Minister Keijzer|Mona Keijzer|Keijzer", "Keijzer [zei]",
               'dat het kabinet dat doel "zeker" gaat halen.', "mixed", time="zei [vorige week]"),
        ],
        figs=[
            Fig("467.000 euro", 467000, "money", unit="EUR"),
            Fig("8,7 procent", 8.7, "percent", unit="%", st=0),
            Fig("5 à 6 procent", 5, "percent", high=6, unit="%", st=1),
            Fig("100.000", 100000, "other", counted="100.000 woningen per jaar"),
        ],
        tags=["range-a", "ordinal-not-figure", "mixed", "trailing"],
        notes="'twintigste' is an ordinal. Keijzer is only named by surname; canonical name from world knowledge is "
              "not in the text, so 'Keijzer' is accepted as an alias. 'pleit voor' takes no clause.",
    ),
    Doc(
        "nl-dev-economy-05",
        "economy",
        """FRANKFURT (ANP/RTR) - De Europese Centrale Bank (ECB) verlaagt de rente met 0,25 procentpunt naar 2 procent. ECB-president Christine Lagarde zei op een persconferentie dat de inflatie in de eurozone "goed op weg" is naar het doel.
Economen hadden de verlaging verwacht. Volgens ING-econoom Carsten Brzeski is het waarschijnlijk de laatste renteverlaging van dit jaar. Lagarde wilde daar niets over zeggen.""",
        fetched_at="2026-06-05T15:30:00+02:00",
        arts=[Art("main", "FRANKFURT (ANP/RTR) -", "FRANKFURT", ("ANP", "RTR"))],
        sts=[
            St("ECB-president Christine Lagarde|Christine Lagarde", "Lagarde [zei]",
               'dat de inflatie in de eurozone "goed op weg" is naar het doel.', "mixed",
               medium="op een persconferentie"),
            St("ING-econoom Carsten Brzeski|Carsten Brzeski", "Volgens",
               "is het waarschijnlijk de laatste renteverlaging van dit jaar.", "according_to"),
        ],
        figs=[
            Fig("0,25 procentpunt", 0.25, "percent", unit="pp"),
            Fig("2 procent", 2, "percent", unit="%"),
        ],
        tags=["procentpunt", "mixed", "medium", "no-headline"],
        notes="'Lagarde wilde daar niets over zeggen' is a refusal with no content: not annotated.",
    ),
]
