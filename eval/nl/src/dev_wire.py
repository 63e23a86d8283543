"""Dev split: wire copy with ANP-style datelines (own sentences, invented names)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-wire-01",
        "wire",
        """Minister wil strengere regels voor drones rond vliegvelden
DEN HAAG (ANP) - Minister Karin Veldhuis van Infrastructuur zegt dat het kabinet dit voorjaar met een verbod op drones rond alle grote vliegvelden komt. Vorig jaar werden volgens de Koninklijke Marechaussee 214 drones gesignaleerd in de buurt van Schiphol.
Veldhuis maakte dinsdag in de Tweede Kamer bekend dat ook kleine drones onder het verbod vallen. "We kunnen niet wachten tot er een ongeluk gebeurt", verklaarde zij.
Oppositiepartij GroenLinks-PvdA is blij met het verbod, maar waarschuwt dat de handhaving tekortschiet. Volgens Kamerlid Ruben Achterberg heeft de marechaussee te weinig mensen om drones op te sporen.""",
        fetched_at="2026-02-03T10:00:00+01:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("Minister Karin Veldhuis van Infrastructuur|Karin Veldhuis", "Infrastructuur [zegt]",
               "dat het kabinet dit voorjaar met een verbod op drones rond alle grote vliegvelden komt.", "indirect"),
            St("de Koninklijke Marechaussee|Koninklijke Marechaussee|marechaussee|KMar", "werden [volgens]",
               "Vorig jaar werden volgens de Koninklijke Marechaussee 214 drones gesignaleerd in de buurt van Schiphol",
               "according_to"),
            St("[Veldhuis] maakte|Karin Veldhuis", "Veldhuis [maakte]", "dat ook kleine drones onder het verbod vallen.",
               "indirect", time="maakte [dinsdag]"),
            St("verklaarde [zij]|Karin Veldhuis", "verklaarde",
               '"We kunnen niet wachten tot er een ongeluk gebeurt",', "direct"),
            St("Oppositiepartij GroenLinks-PvdA|GroenLinks-PvdA", "waarschuwt", "dat de handhaving tekortschiet.", "indirect"),
            St("Kamerlid Ruben Achterberg|Ruben Achterberg", "Volgens",
               "heeft de marechaussee te weinig mensen om drones op te sporen", "according_to"),
        ],
        figs=[Fig("214", 214, "other", counted="214 [drones gesignaleerd]", st=1)],
        tags=["volgens-mid", "pronoun", "separable"],
    ),
    Doc(
        "nl-dev-wire-02",
        "wire",
        """Brand in chemiebedrijf Moerdijk onder controle
MOERDIJK (ANP) - De brand bij een chemiebedrijf in Moerdijk is onder controle, meldt de veiligheidsregio Midden- en West-Brabant. Bij het incident raakten drie medewerkers lichtgewond. Omwonenden moeten ramen en deuren nog gesloten houden.
Een woordvoerder van het bedrijf zegt dat de oorzaak nog onbekend is. Volgens de brandweer ging het om een opslagloods met zo'n 40 ton kunststof korrels.
Meer uit Binnenland
ZWOLLE (ANP) - Een 31-jarige man uit Kampen is opgepakt na een steekpartij in het centrum van Zwolle. Het slachtoffer ligt in het ziekenhuis.
12 minuten geledenGRONINGEN (ANP) - De provincie Groningen trekt 25 miljoen euro uit voor het herstel van dijken langs het Eemskanaal, heeft gedeputeerde Marleen Bosma bekendgemaakt.
1 uur geleden""",
        fetched_at="2026-02-05T16:20:00+01:00",
        arts=[
            Art("main", "MOERDIJK (ANP) -", "MOERDIJK", ("ANP",)),
            Art("teaser", "ZWOLLE (ANP) -", "ZWOLLE", ("ANP",), ago="12m", expr="12 minuten geleden"),
            Art("teaser", "GRONINGEN (ANP) -", "GRONINGEN", ("ANP",), ago="1h", expr="1 uur geleden"),
        ],
        sts=[
            St("de veiligheidsregio Midden- en West-Brabant|veiligheidsregio Midden- en West-Brabant", "meldt",
               "De brand bij een chemiebedrijf in Moerdijk is onder controle,", "indirect"),
            St("Een woordvoerder van het bedrijf|woordvoerder van het bedrijf|het bedrijf|chemiebedrijf", "bedrijf [zegt]",
               "dat de oorzaak nog onbekend is.", "indirect"),
            St("de brandweer|brandweer", "Volgens", "ging het om een opslagloods met zo'n 40 ton kunststof korrels.",
               "according_to"),
            St("gedeputeerde Marleen Bosma|Marleen Bosma", "bekendgemaakt",
               "De provincie Groningen trekt 25 miljoen euro uit voor het herstel van dijken langs het Eemskanaal,",
               "indirect", aux="Eemskanaal, [heeft]"),
        ],
        figs=[
            Fig("drie", 3, "wounded", counted="drie medewerkers lichtgewond"),
            Fig("zo'n 40 ton", 40, "other", unit="t", approx=True, st=2),
            Fig("25 miljoen euro", 25_000_000, "money", unit="EUR", st=3),
        ],
        tags=["trailing", "teasers", "woordvoerder", "perfect-cue"],
    ),
    Doc(
        "nl-dev-wire-03",
        "wire",
        """Zuid-Korea: Noord-Korea vuurt opnieuw raketten af
SEOUL (ANP/AFP) - Noord-Korea heeft zondagochtend twee ballistische raketten afgevuurd richting de Japanse Zee. Dat heeft de Zuid-Koreaanse generale staf gemeld. De raketten vlogen volgens de staf ongeveer 350 kilometer voordat ze in zee terechtkwamen.
Japan zei eerder zondag nog dat er geen schade was aan schepen of vliegtuigen. De Japanse premier Sanae Takaichi noemde de lanceringen "volstrekt onaanvaardbaar" en kondigde aan een protest in te dienen via diplomatieke kanalen.""",
        fetched_at="2026-03-01T13:05:00+01:00",
        arts=[Art("main", "SEOUL (ANP/AFP) -", "SEOUL", ("ANP", "AFP"))],
        sts=[
            St("de Zuid-Koreaanse generale staf|Zuid-Koreaanse generale staf|generale staf", "gemeld",
               "Noord-Korea heeft zondagochtend twee ballistische raketten afgevuurd richting de Japanse Zee.", "indirect",
               aux="Dat [heeft]"),
            St("de staf|Zuid-Koreaanse generale staf|generale staf", "vlogen [volgens]",
               "De raketten vlogen volgens de staf ongeveer 350 kilometer voordat ze in zee terechtkwamen.", "according_to"),
            St("Japan", "Japan [zei]", "dat er geen schade was aan schepen of vliegtuigen.", "indirect",
               time="zei [eerder zondag]"),
            St("De Japanse premier Sanae Takaichi|Sanae Takaichi", "kondigde",
               "een protest in te dienen via diplomatieke kanalen.", "indirect"),
        ],
        figs=[
            Fig("twee", 2, "other", counted="twee ballistische raketten", st=0),
            Fig("ongeveer 350 kilometer", 350, "other", unit="km", approx=True, st=1),
        ],
        tags=["dat-heeft-gemeld", "inversion", "separable", "volgens-mid", "number-word"],
        notes="'noemde ... \"volstrekt onaanvaardbaar\"' is an evaluation of a noun, not a reported clause: not annotated.",
    ),
    Doc(
        "nl-dev-wire-04",
        "wire",
        """BRUSSEL (ANP/Belga) - De Europese Commissie wil dat lidstaten vanaf 2028 minstens 42 procent van hun energie uit hernieuwbare bronnen halen. Eurocommissaris Dan Jørgensen presenteerde het voorstel woensdag in Brussel.
Nederland zou volgens diplomaten moeite hebben met het tempo. "Het doel is haalbaar, maar de netten moeten eerst op orde zijn", schrijft minister Sophie Hermans in een brief aan de Tweede Kamer. Ze verwacht dat het kabinet pas in juni een standpunt inneemt.""",
        fetched_at="2026-03-11T18:00:00+01:00",
        arts=[Art("main", "BRUSSEL (ANP/Belga) -", "BRUSSEL", ("ANP", "Belga"))],
        sts=[
            St("diplomaten", "zou [volgens]", "Nederland zou volgens diplomaten moeite hebben met het tempo.",
               "according_to"),
            St("minister Sophie Hermans|Sophie Hermans", "schrijft",
               '"Het doel is haalbaar, maar de netten moeten eerst op orde zijn",', "direct",
               medium="in een brief aan de Tweede Kamer"),
            St("[Ze] verwacht|Sophie Hermans", "verwacht", "dat het kabinet pas in juni een standpunt inneemt.", "indirect"),
        ],
        figs=[Fig("minstens 42 procent", 42, "percent", high=None, unit="%")],
        tags=["plan-wil", "plan-zou", "medium", "pronoun"],
        notes="'De Europese Commissie wil dat ...' is a plan stated by the writer, not an attribution.",
    ),
    Doc(
        "nl-dev-wire-05",
        "wire",
        """Rusland en Oekraïne wisselen honderden gevangenen uit
KYIV (ANP/RTR) - Rusland en Oekraïne hebben zaterdag honderden krijgsgevangenen uitgewisseld. Volgens de Oekraïense president Volodymyr Zelensky keerden 246 Oekraïners terug naar huis. Het Russische ministerie van Defensie meldt op Telegram dat ook 246 Russische militairen zijn vrijgelaten.
Bemiddelaar de Verenigde Arabische Emiraten verklaarde dat het de vijftiende uitwisseling van dit jaar was. Zelensky zegt dat er nog duizenden Oekraïners in Russische gevangenschap zitten.""",
        fetched_at="2026-04-18T20:30:00+02:00",
        arts=[Art("main", "KYIV (ANP/RTR) -", "KYIV", ("ANP", "RTR"))],
        sts=[
            St("de Oekraïense president Volodymyr Zelensky|Volodymyr Zelensky", "Volgens",
               "keerden 246 Oekraïners terug naar huis.", "according_to"),
            St("Het Russische ministerie van Defensie|Russische ministerie van Defensie|ministerie van Defensie",
               "meldt", "dat ook 246 Russische militairen zijn vrijgelaten.", "indirect", medium="op Telegram"),
            St("Bemiddelaar de Verenigde Arabische Emiraten|Verenigde Arabische Emiraten", "verklaarde",
               "dat het de vijftiende uitwisseling van dit jaar was.", "indirect"),
            St("[Zelensky] zegt|Volodymyr Zelensky", "Zelensky [zegt]",
               "dat er nog duizenden Oekraïners in Russische gevangenschap zitten.", "indirect"),
        ],
        figs=[
            Fig(("honderden", 1), 200, "arrested", high=999, approx=True, counted="Rusland en Oekraïne wisselen honderden gevangenen uit"),
            Fig(("honderden", 2), 200, "arrested", high=999, approx=True, counted="honderden krijgsgevangenen uitgewisseld"),
            Fig("[246] Oekraïners", 246, "people", counted="246 Oekraïners terug naar huis", st=0),
            Fig("ook [246]", 246, "troops", counted="246 Russische militairen zijn vrijgelaten", st=1),
            Fig("duizenden", 2000, "arrested", high=9999, approx=True, counted="duizenden Oekraïners in Russische gevangenschap", st=3),
        ],
        tags=["vague", "medium", "figures-in-headline", "ordinal-not-figure"],
    ),
    Doc(
        "nl-dev-wire-06",
        "wire",
        """WASHINGTON (ANP/AP) - De Amerikaanse president Donald Trump beweert twee keer te hebben gebeld met de Chinese president Xi Jinping over handelstarieven. "We zijn er bijna uit", zei hij donderdag tegenover de pers in het Witte Huis.
Het Chinese ministerie van Buitenlandse Zaken ontkent dat er een akkoord in de maak is. Een woordvoerder van het ministerie benadrukte dat China geen concessies doet onder druk. Analisten van zakenbank Goldman Sachs verwachten dat de tarieven dit jaar niet onder de 30 procent zakken.""",
        fetched_at="2026-05-07T23:10:00+02:00",
        arts=[Art("main", "WASHINGTON (ANP/AP) -", "WASHINGTON", ("ANP", "AP"))],
        sts=[
            St("De Amerikaanse president Donald Trump|Donald Trump", "beweert",
               "twee keer te hebben gebeld met de Chinese president Xi Jinping over handelstarieven.", "indirect"),
            St("zei [hij]|Donald Trump", "zei", '"We zijn er bijna uit",', "direct", medium="tegenover de pers",
               time="hij [donderdag]"),
            St("Het Chinese ministerie van Buitenlandse Zaken|Chinese ministerie van Buitenlandse Zaken",
               "ontkent", "dat er een akkoord in de maak is.", "indirect"),
            St("Een woordvoerder van het ministerie|Chinese ministerie van Buitenlandse Zaken", "benadrukte",
               "dat China geen concessies doet onder druk.", "indirect"),
            St("Analisten van zakenbank Goldman Sachs|Goldman Sachs|analisten van zakenbank Goldman Sachs", "verwachten",
               "dat de tarieven dit jaar niet onder de 30 procent zakken.", "indirect"),
        ],
        figs=[Fig("30 procent", 30, "percent", unit="%", st=4)],
        tags=["te-infinitive", "pronoun", "medium", "negated", "woordvoerder"],
        notes="'twee keer' is a frequency, not a figure.",
    ),
]
