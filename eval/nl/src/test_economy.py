"""Test split: economic figures (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-economy-01",
        "economy",
        """Economie groeit in derde kwartaal met 0,4 procent
DEN HAAG (ANP) - De Nederlandse economie is in het derde kwartaal met 0,4 procent gegroeid ten opzichte van het kwartaal ervoor. Dat meldt het CBS. De groei kwam vooral van de consumptie van huishoudens en de overheid.
Volgens ING-econoom Bert Colijn is de groei "bescheiden maar stabiel". Hij verwacht dat de economie dit jaar in totaal 1,3 procent groeit, 0,2 procentpunt meer dan eerder voorspeld. Het Centraal Planbureau gaat uit van 1,1 procent.""",
        fetched_at="2026-11-14T09:30:00+01:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("het CBS|CBS|Centraal Bureau voor de Statistiek", "meldt",
               "De Nederlandse economie is in het derde kwartaal met 0,4 procent gegroeid ten opzichte van het kwartaal ervoor.",
               "indirect"),
            St("ING-econoom Bert Colijn|Bert Colijn", "Volgens", 'is de groei "bescheiden maar stabiel".', "according_to"),
            St("[Hij] verwacht|Bert Colijn", "verwacht",
               "dat de economie dit jaar in totaal 1,3 procent groeit, 0,2 procentpunt meer dan eerder voorspeld.",
               "indirect"),
            St("Het Centraal Planbureau|Centraal Planbureau|CPB", "gaat", "1,1 procent.", "indirect"),
        ],
        figs=[
            Fig(("0,4 procent", 1), 0.4, "percent", unit="%"),
            Fig(("0,4 procent", 2), 0.4, "percent", unit="%", st=0),
            Fig("1,3 procent", 1.3, "percent", unit="%", st=2),
            Fig("0,2 procentpunt", 0.2, "percent", unit="pp", st=2),
            Fig("1,1 procent", 1.1, "percent", unit="%", st=3),
        ],
        tags=["dat-meldt", "procentpunt", "ordinal-not-figure", "pronoun", "uitgaan-van"],
        notes="'gaat uit van' (assumes) with a noun phrase: cue 'gaat', content the figure phrase.",
    ),
    Doc(
        "nl-test-economy-02",
        "economy",
        """Shell maakt 5,8 miljard dollar winst, koopt weer aandelen in
LONDEN (ANP/RTR) - Olie- en gasconcern Shell heeft in het eerste kwartaal een aangepaste winst van 5,8 miljard dollar geboekt. Analisten hadden gerekend op 5,3 miljard dollar.
Topman Wael Sawan zegt dat Shell de komende drie maanden voor 3,5 miljard dollar aan eigen aandelen inkoopt. Hij benadrukte tegenover analisten dat het bedrijf "gedisciplineerd" blijft investeren. Milieuorganisatie Milieudefensie noemt de winst "obsceen".""",
        fetched_at="2026-05-02T10:15:00+02:00",
        arts=[Art("main", "LONDEN (ANP/RTR) -", "LONDEN", ("ANP", "RTR"))],
        sts=[
            St("Topman Wael Sawan|Wael Sawan", "zegt",
               "dat Shell de komende drie maanden voor 3,5 miljard dollar aan eigen aandelen inkoopt.", "indirect"),
            St("[Hij] benadrukte|Wael Sawan", "benadrukte", 'dat het bedrijf "gedisciplineerd" blijft investeren.',
               "mixed", medium="tegenover analisten"),
        ],
        figs=[
            Fig(("5,8 miljard dollar", 1), 5_800_000_000, "money", unit="USD"),
            Fig(("5,8 miljard dollar", 2), 5_800_000_000, "money", unit="USD"),
            Fig("5,3 miljard dollar", 5_300_000_000, "money", unit="USD"),
            Fig("3,5 miljard dollar", 3_500_000_000, "money", unit="USD", st=0),
        ],
        tags=["dollars", "medium", "mixed", "durations-not-figures", "ordinal-not-figure"],
        notes="'Analisten hadden gerekend op' is an expectation without a speech act: not annotated. "
              "'noemt de winst obsceen' takes no clause.",
    ),
    Doc(
        "nl-test-economy-03",
        "economy",
        """Benzineprijs voor het eerst in twee jaar onder 2 euro
De adviesprijs voor een liter Euro95 is gedaald tot 1,98 euro. Dat meldt brandstofprijzenvergelijker UnitedConsumers. Een jaar geleden was dat nog 2,19 euro.
Volgens analist Jeroen Leenaers van UnitedConsumers komt de daling door de lagere olieprijs. Tankstations langs de snelweg vragen gemiddeld zo'n 15 cent meer per liter, zegt hij. De ANWB raadt automobilisten aan om buiten de snelweg te tanken.""",
        fetched_at="2026-08-20T11:00:00+02:00",
        arts=[Art("main", "Benzineprijs voor")],
        sts=[
            St("brandstofprijzenvergelijker UnitedConsumers|UnitedConsumers", "meldt",
               "De adviesprijs voor een liter Euro95 is gedaald tot 1,98 euro.", "indirect"),
            St("analist Jeroen Leenaers van UnitedConsumers|Jeroen Leenaers", "Volgens",
               "komt de daling door de lagere olieprijs.", "according_to"),
            St("zegt [hij]|Jeroen Leenaers", "zegt",
               "Tankstations langs de snelweg vragen gemiddeld zo'n 15 cent meer per liter,", "indirect"),
        ],
        figs=[
            Fig("onder 2 euro", None, "money", high=2, unit="EUR"),
            Fig("1,98 euro", 1.98, "money", unit="EUR", st=0),
            Fig("2,19 euro", 2.19, "money", unit="EUR"),
            Fig("zo'n 15 cent", 0.15, "money", unit="EUR", approx=True, st=2),
        ],
        tags=["dat-meldt", "cents", "trailing", "bounds-onder", "figures-in-headline"],
        notes="Cents are stored in euros (0.15 EUR). 'raadt aan om' is advice with an infinitive: not annotated.",
    ),
    Doc(
        "nl-test-economy-04",
        "economy",
        """Kabinet trekt anderhalf miljard uit voor netcongestie
DEN HAAG (ANP) - Het kabinet trekt de komende vijf jaar anderhalf miljard euro uit om de overvolle stroomnetten te ontlasten. Minister Sophie Hermans van Klimaat en Groene Groei maakte het plan vrijdag bekend na de ministerraad.
Netbeheerder TenneT zegt dat er op dit moment ruim 12.000 bedrijven op een wachtlijst staan voor een aansluiting. Netbeheer Nederland waarschuwt dat het geld "een druppel op een gloeiende plaat" is. De netbeheerders investeren zelf tot 2030 zo'n € 195 miljard.""",
        fetched_at="2026-06-13T08:00:00+02:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("Netbeheerder TenneT|TenneT", "zegt",
               "dat er op dit moment ruim 12.000 bedrijven op een wachtlijst staan voor een aansluiting.", "indirect"),
            St("Netbeheer Nederland", "waarschuwt", 'dat het geld "een druppel op een gloeiende plaat" is.', "mixed"),
        ],
        figs=[
            Fig(("anderhalf miljard", 1), 1_500_000_000, "money", unit="EUR"),
            Fig("anderhalf miljard euro", 1_500_000_000, "money", unit="EUR"),
            Fig("ruim 12.000", 12000, "other", high=None, counted="12.000 bedrijven op een wachtlijst", st=0),
            Fig("zo'n € 195 miljard", 195_000_000_000, "money", unit="EUR", approx=True),
        ],
        tags=["number-word", "anderhalf", "mixed", "durations-not-figures", "years-not-figures"],
        notes="'maakte het plan bekend' has a noun phrase ('het plan') as object, no clause: not annotated. "
              "The headline's 'anderhalf miljard' has no unit word but is money in context (EUR).",
    ),
    Doc(
        "nl-test-economy-05",
        "economy",
        """Faillissementen op hoogste niveau in tien jaar
Het aantal faillissementen is vorig jaar gestegen naar 4100, meldt het CBS. Dat is ruim een kwart meer dan een jaar eerder. Vooral in de horeca en de detailhandel gingen veel bedrijven over de kop.
Koninklijke Horeca Nederland zegt dat de btw-verhoging op overnachtingen en de hoge energieprijzen de sector hard raken. "Honderden ondernemers staan op omvallen", zegt voorzitter Robèr Willemsen. Het ministerie van Economische Zaken laat weten dat er geen extra steun komt.""",
        fetched_at="2026-01-12T09:00:00+01:00",
        arts=[Art("main", "Faillissementen op")],
        sts=[
            St("meldt [het CBS]|CBS|Centraal Bureau voor de Statistiek", "meldt",
               "Het aantal faillissementen is vorig jaar gestegen naar 4100,", "indirect"),
            St("Koninklijke Horeca Nederland", "Nederland [zegt]",
               "dat de btw-verhoging op overnachtingen en de hoge energieprijzen de sector hard raken.", "indirect"),
            St("voorzitter Robèr Willemsen|Robèr Willemsen", "[zegt] voorzitter",
               '"Honderden ondernemers staan op omvallen",', "direct"),
            St("Het ministerie van Economische Zaken|ministerie van Economische Zaken", "laat",
               "dat er geen extra steun komt.", "indirect"),
        ],
        figs=[
            Fig("4100", 4100, "other", counted="aantal faillissementen", st=0),
            Fig("Honderden", 200, "people", high=999, approx=True, counted="Honderden ondernemers", st=2),
        ],
        tags=["trailing", "vague", "negated", "fraction-not-figure", "durations-not-figures"],
        notes="'ruim een kwart meer' is a fraction, not annotated. 'in tien jaar' is a duration.",
    ),
]
