"""Dev split, second set: documents dense in figures of every kind.

Written to test whether the figure rules generalise: tolls with several sources,
economy (euros, cents, percentages, procentpunt, tonnes), police and court (arrests,
fines, durations and ages that are not figures), disasters (missing, displaced,
houses destroyed), demonstrations with police and organiser counts, polls and ratios,
ranges, vague quantities, number words, figures in headlines, measures with units,
and years, dates and clock times that are not figures. All people, places' officials,
companies' figures and numbers are invented.
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-fig2-01",
        "toll",
        """Noodweer in Bosnië: zeker 18 doden, tientallen vermisten
SARAJEVO (ANP/AFP) - Door hevige regenval en modderstromen in het midden van Bosnië zijn zeker 18 mensen om het leven gekomen. Dat heeft de civiele bescherming van het land dinsdag gemeld. Nog 27 mensen worden vermist.
Volgens de lokale burgemeester Emir Halilović zijn in zijn gemeente ruim 300 huizen verwoest en moesten ongeveer 1200 bewoners worden geëvacueerd. Op sommige plaatsen viel in twee dagen 180 millimeter regen. Een regionale krant spreekt van 25 doden, maar de autoriteiten bevestigen dat niet.""",
        fetched_at="2026-09-15T21:00:00+02:00",
        arts=[Art("main", "SARAJEVO (ANP/AFP) -", "SARAJEVO", ("ANP", "AFP"))],
        sts=[
            St("de civiele bescherming van het land|civiele bescherming", "gemeld",
               "Door hevige regenval en modderstromen in het midden van Bosnië zijn zeker 18 mensen om het leven gekomen.",
               "indirect", aux="Dat [heeft]", time="land [dinsdag]"),
            St("de lokale burgemeester Emir Halilović|Emir Halilović", "Volgens",
               "zijn in zijn gemeente ruim 300 huizen verwoest en moesten ongeveer 1200 bewoners worden geëvacueerd.",
               "according_to"),
            St("Een regionale krant|regionale krant", "spreekt", "25 doden,", "indirect"),
        ],
        figs=[
            Fig(("zeker 18", 1), 18, "killed", high=None, counted="18 doden"),
            Fig("tientallen", 20, "missing", high=99, approx=True, counted="tientallen vermisten"),
            Fig(("zeker 18", 2), 18, "killed", high=None, counted="18 mensen om het leven gekomen", st=0),
            Fig("27", 27, "missing", counted="27 mensen worden vermist"),
            Fig("ruim 300", 300, "other", high=None, counted="300 huizen verwoest", st=1),
            Fig("ongeveer 1200", 1200, "displaced", approx=True, st=1),
            Fig("180 millimeter", 180, "other", unit="mm"),
            Fig("25", 25, "killed", counted="25 doden", st=2),
        ],
        tags=["conflicting", "figures-in-headline", "vague", "durations-not-figures", "spreken-van", "measure-mm"],
        notes="'in twee dagen' is a duration. 'Nog' is no bound. Houses destroyed are 'other'.",
    ),
    Doc(
        "nl-dev-fig2-02",
        "wire",
        """Duizenden betogers in Utrecht tegen bezuinigingen op onderwijs
UTRECHT (ANP) - In het centrum van Utrecht hebben zaterdag duizenden mensen gedemonstreerd tegen de bezuinigingen op het hoger onderwijs. De politie houdt het op 8000 demonstranten, de organisatie spreekt van meer dan 15.000 deelnemers.
De stoet liep een route van ruim 4 kilometer door de binnenstad. Volgens de politie werden twee mensen aangehouden wegens het afsteken van vuurwerk. Het kabinet wil de komende vier jaar 1,2 miljard euro besparen op onderwijs en onderzoek. Studentenbond LSVb zegt dat bijna 40 procent van de studenten nu al een bijbaan van meer dan 16 uur per week heeft.""",
        fetched_at="2026-11-14T18:30:00+01:00",
        arts=[Art("main", "UTRECHT (ANP) -", "UTRECHT", ("ANP",))],
        sts=[
            St("De politie|politie", "houdt", "8000 demonstranten,", "indirect"),
            St("de organisatie|organisatie", "spreekt", "meer dan 15.000 deelnemers.", "indirect"),
            St("de politie|politie", ("Volgens", 1),
               "werden twee mensen aangehouden wegens het afsteken van vuurwerk.", "according_to"),
            St("Studentenbond LSVb|LSVb", "zegt",
               "dat bijna 40 procent van de studenten nu al een bijbaan van meer dan 16 uur per week heeft.", "indirect"),
        ],
        figs=[
            Fig("Duizenden", 2000, "people", high=9999, approx=True, counted="Duizenden betogers"),
            Fig("duizenden", 2000, "people", high=9999, approx=True, counted="duizenden mensen"),
            Fig("8000", 8000, "people", counted="8000 demonstranten", st=0),
            Fig("meer dan 15.000", 15000, "people", high=None, counted="15.000 deelnemers", st=1),
            Fig("ruim 4 kilometer", 4, "other", high=None, unit="km"),
            Fig("twee", 2, "arrested", counted="twee mensen aangehouden", st=2),
            Fig("1,2 miljard euro", 1_200_000_000, "money", unit="EUR"),
            Fig("bijna 40 procent", None, "percent", high=40, unit="%", counted="studenten", st=3),
        ],
        tags=["demonstration", "conflicting", "het-houden-op", "spreken-van", "vague", "durations-not-figures"],
        notes="'het houden op NP' and 'spreken van NP': content is the noun phrase. '16 uur per week' is a duration.",
    ),
    Doc(
        "nl-dev-fig2-03",
        "economy",
        """Kabinet trekt 2,5 miljard euro uit voor energiesteun
DEN HAAG (ANP) - Het kabinet trekt volgend jaar 2,5 miljard euro uit om huishoudens met lage inkomens te helpen met hun energierekening. Dat heeft minister Karin Dekker van Financiën dinsdag bekendgemaakt. Ongeveer 800.000 huishoudens komen in aanmerking voor een tegemoetkoming van 350 euro.
Volgens het Centraal Planbureau stijgt de koopkracht volgend jaar met gemiddeld 0,7 procent. De begroting laat een tekort zien van 2,9 procent van het bbp, 0,4 procentpunt meer dan eerder geraamd. Econoom Ruud Jansen van de Rabobank zegt dat het kabinet "met geleend geld" betaalt. Hij verwacht dat de staatsschuld oploopt tot 52 procent.""",
        fetched_at="2026-09-16T16:00:00+02:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("minister Karin Dekker van Financiën|Karin Dekker", "bekendgemaakt",
               "Het kabinet trekt volgend jaar 2,5 miljard euro uit om huishoudens met lage inkomens te helpen met hun energierekening.",
               "indirect", aux="Dat [heeft]", time="Financiën [dinsdag]"),
            St("het Centraal Planbureau|Centraal Planbureau|CPB", "Volgens",
               "stijgt de koopkracht volgend jaar met gemiddeld 0,7 procent.", "according_to"),
            St("Econoom Ruud Jansen van de Rabobank|Ruud Jansen", "zegt",
               'dat het kabinet "met geleend geld" betaalt.', "mixed"),
            St("[Hij] verwacht|Ruud Jansen", "verwacht", "dat de staatsschuld oploopt tot 52 procent.", "indirect"),
        ],
        figs=[
            Fig(("2,5 miljard euro", 1), 2_500_000_000, "money", unit="EUR"),
            Fig(("2,5 miljard euro", 2), 2_500_000_000, "money", unit="EUR", st=0),
            Fig("Ongeveer 800.000", 800000, "people", approx=True, counted="800.000 huishoudens"),
            Fig("350 euro", 350, "money", unit="EUR"),
            Fig("0,7 procent", 0.7, "percent", unit="%", st=1),
            Fig("2,9 procent", 2.9, "percent", unit="%"),
            Fig("0,4 procentpunt", 0.4, "percent", unit="pp"),
            Fig("52 procent", 52, "percent", unit="%", st=3),
        ],
        tags=["money", "procentpunt", "dat-heeft-bekendgemaakt", "reached-value", "pronoun"],
        notes="'gemiddeld' is no bound. 'oploopt tot 52 procent' is the value reached (52), not an upper bound.",
    ),
    Doc(
        "nl-dev-fig2-04",
        "police",
        """Douane onderschept 450 kilo cocaïne in haven Rotterdam
ROTTERDAM (ANP) - Douane en politie hebben in de haven van Rotterdam 450 kilo cocaïne onderschept. De drugs zaten verstopt in een container met bananen uit Ecuador, meldt het Openbaar Ministerie. De straatwaarde wordt geschat op 34 miljoen euro.
Er zijn vier mannen aangehouden, in de leeftijd van 24 tot 51 jaar. Een van hen is een 38-jarige medewerker van een overslagbedrijf. Dit jaar is in de haven al ruim 21.000 kilo cocaïne onderschept, tegen 46.000 kilo in heel vorig jaar. Op de smokkel van meer dan 1000 kilo staat een celstraf van maximaal twaalf jaar.""",
        fetched_at="2026-06-03T12:00:00+02:00",
        arts=[Art("main", "ROTTERDAM (ANP) -", "ROTTERDAM", ("ANP",))],
        sts=[
            St("meldt [het Openbaar Ministerie]|Openbaar Ministerie|OM", "meldt",
               "De drugs zaten verstopt in een container met bananen uit Ecuador,", "indirect"),
        ],
        figs=[
            Fig(("450 kilo", 1), 450, "other", unit="kg"),
            Fig(("450 kilo", 2), 450, "other", unit="kg"),
            Fig("34 miljoen euro", 34_000_000, "money", unit="EUR"),
            Fig("vier", 4, "arrested", counted="vier mannen aangehouden"),
            Fig("ruim 21.000 kilo", 21000, "other", high=None, unit="kg"),
            Fig("46.000 kilo", 46000, "other", unit="kg"),
            Fig("meer dan 1000 kilo", 1000, "other", high=None, unit="kg"),
        ],
        tags=["police", "ages-not-figures", "durations-not-figures", "measure-kg", "figures-in-headline"],
        notes="'in de leeftijd van 24 tot 51 jaar' and '38-jarige' are ages; 'maximaal twaalf jaar' is a duration; "
              "'Een van hen' is no figure.",
    ),
    Doc(
        "nl-dev-fig2-05",
        "court",
        """Oud-wethouder krijgt taakstraf van 240 uur voor fraude
ZWOLLE (ANP) - De rechtbank in Zwolle heeft een 61-jarige oud-wethouder van Dalfsen veroordeeld tot een taakstraf van 240 uur en een voorwaardelijke celstraf van zes maanden. De man moet daarnaast 85.000 euro terugbetalen aan de gemeente.
Volgens de rechtbank heeft hij tussen 2019 en 2023 ruim 140 valse declaraties ingediend. Het Openbaar Ministerie had achttien maanden cel geëist. Zijn advocaat Marloes Verbeek zegt dat haar cliënt in hoger beroep gaat. De gemeente heeft inmiddels 12.500 euro van het bedrag teruggekregen.""",
        fetched_at="2026-04-09T15:00:00+02:00",
        arts=[Art("main", "ZWOLLE (ANP) -", "ZWOLLE", ("ANP",))],
        sts=[
            St("de rechtbank|rechtbank in Zwolle|rechtbank|rechtbank Zwolle", "Volgens",
               "heeft hij tussen 2019 en 2023 ruim 140 valse declaraties ingediend.", "according_to"),
            St("Zijn advocaat Marloes Verbeek|Marloes Verbeek", "zegt", "dat haar cliënt in hoger beroep gaat.",
               "indirect"),
        ],
        figs=[
            Fig("85.000 euro", 85000, "money", unit="EUR"),
            Fig("ruim 140", 140, "other", high=None, counted="140 valse declaraties", st=0),
            Fig("12.500 euro", 12500, "money", unit="EUR"),
        ],
        tags=["court", "durations-not-figures", "ages-not-figures", "years-not-figures"],
        notes="'240 uur' (community service), 'zes maanden' and 'achttien maanden cel' are durations; "
              "'tussen 2019 en 2023' are years; '61-jarige' is an age.",
    ),
    Doc(
        "nl-dev-fig2-06",
        "broadcast",
        """Bosbranden in Griekenland: duizenden mensen geëvacueerd
Op het Griekse eiland Evia woeden sinds zondag tientallen bosbranden. Volgens de Griekse brandweer zijn bijna 3500 mensen uit hun huizen geëvacueerd. Ruim 200 brandweerlieden worden ondersteund door negen blusvliegtuigen.
Het vuur heeft al zo'n 12.000 hectare bos verwoest. Het is er al dagen meer dan 40 graden. De Griekse premier Kyriakos Mitsotakis zegt dat er minstens 60 woningen in vlammen zijn opgegaan. Er vielen geen doden, maar vijf brandweerlieden raakten gewond, meldt de brandweer.""",
        fetched_at="2026-08-02T20:00:00+02:00",
        arts=[Art("main", "Bosbranden in Griekenland")],
        sts=[
            St("de Griekse brandweer|Griekse brandweer|brandweer", "Volgens",
               "zijn bijna 3500 mensen uit hun huizen geëvacueerd.", "according_to"),
            St("De Griekse premier Kyriakos Mitsotakis|Kyriakos Mitsotakis", "zegt",
               "dat er minstens 60 woningen in vlammen zijn opgegaan.", "indirect"),
            St("meldt [de brandweer]|Griekse brandweer|brandweer", "meldt",
               "Er vielen geen doden, maar vijf brandweerlieden raakten gewond,", "indirect"),
        ],
        figs=[
            Fig("duizenden", 2000, "displaced", high=9999, approx=True, counted="duizenden mensen geëvacueerd"),
            Fig("tientallen", 20, "other", high=99, approx=True, counted="tientallen bosbranden"),
            Fig("bijna 3500", None, "displaced", high=3500, st=0),
            Fig("Ruim 200", 200, "people", high=None, counted="200 brandweerlieden"),
            Fig("negen", 9, "other", counted="negen blusvliegtuigen"),
            Fig("zo'n 12.000 hectare", 12000, "other", approx=True, unit="ha"),
            Fig("meer dan 40 graden", 40, "other", high=None, unit="°C"),
            Fig("minstens 60", 60, "other", high=None, counted="60 woningen", st=1),
            Fig("vijf", 5, "wounded", counted="vijf brandweerlieden raakten gewond", st=2),
        ],
        tags=["disaster", "displaced", "vague", "measure-temperature", "figures-in-headline", "no-dateline"],
        notes="'geen doden' is no figure; 'al dagen' is a duration. 'graden' in weather news is °C.",
    ),
    Doc(
        "nl-dev-fig2-07",
        "analysis",
        """Peiling: een op de vijf kiezers twijfelt nog
Bijna een maand voor de verkiezingen weet een op de vijf kiezers nog niet op welke partij hij gaat stemmen. Dat blijkt uit een peiling van onderzoeksbureau Verian onder 2150 Nederlanders.
De grootste partij komt in de peiling uit op 31 zetels, vijf meer dan vorige maand. Twee derde van de ondervraagden vindt dat het kabinet te weinig doet aan de wooncrisis. Onderzoeker Sanne Mulder zegt dat de verschillen tussen de partijen "binnen de foutmarge" vallen. Die foutmarge is ongeveer 2 procentpunt.""",
        fetched_at="2026-02-20T07:00:00+01:00",
        arts=[Art("main", "Peiling: een op")],
        sts=[
            St("Onderzoeker Sanne Mulder|Sanne Mulder", "zegt",
               'dat de verschillen tussen de partijen "binnen de foutmarge" vallen.', "mixed"),
        ],
        figs=[
            Fig("2150", 2150, "people", counted="2150 Nederlanders"),
            Fig("31", 31, "other", counted="31 zetels"),
            Fig("zetels, [vijf] meer", 5, "other"),
            Fig("ongeveer 2 procentpunt", 2, "percent", approx=True, unit="pp"),
        ],
        tags=["poll", "ratio-not-figure", "fraction-not-figure", "blijkt-uit", "colon-headline"],
        notes="'een op de vijf' is a ratio and 'Twee derde' a fraction: not figures. 'Bijna een maand' is a duration. "
              "'vindt dat' about an opinion share is not a statement of a named source; 'blijkt uit' is not annotated.",
    ),
    Doc(
        "nl-dev-fig2-08",
        "economy",
        """Chipfabrikant schrapt 1400 banen, aandeel keldert 9 procent
EINDHOVEN (ANP) - Chipmachinemaker Kempen Lithografie schrapt wereldwijd 1400 banen, waarvan ongeveer 600 in Nederland. Dat heeft het bedrijf woensdag bekendgemaakt. De omzet daalde in het derde kwartaal met 14 procent tot 2,1 miljard euro.
Topvrouw Ingrid Smeets zegt dat de vraag uit China "sterk is teruggevallen". Het bedrijf verwacht voor heel het jaar een omzet tussen 8 en 8,5 miljard euro. Vakbond FNV noemt de ontslagen "een klap" voor de regio en zegt dat ook ruim 300 uitzendkrachten hun baan verliezen. Het aandeel sloot 9 procent lager, op 41,30 euro.""",
        fetched_at="2026-10-21T17:45:00+02:00",
        arts=[Art("main", "EINDHOVEN (ANP) -", "EINDHOVEN", ("ANP",))],
        sts=[
            St("het bedrijf|Kempen Lithografie", "bekendgemaakt",
               "Chipmachinemaker Kempen Lithografie schrapt wereldwijd 1400 banen, waarvan ongeveer 600 in Nederland.",
               "indirect", aux="Dat [heeft]", time="bedrijf [woensdag]"),
            St("Topvrouw Ingrid Smeets|Ingrid Smeets", "Smeets [zegt]",
               'dat de vraag uit China "sterk is teruggevallen".', "mixed"),
            St("Vakbond FNV|FNV", "en [zegt]", "dat ook ruim 300 uitzendkrachten hun baan verliezen.", "indirect"),
            St("Het bedrijf|Kempen Lithografie", "verwacht",
               "voor heel het jaar een omzet tussen 8 en 8,5 miljard euro.", "indirect"),
        ],
        figs=[
            Fig(("1400", 1), 1400, "other"),
            Fig(("9 procent", 1), 9, "percent", unit="%"),
            Fig(("1400", 2), 1400, "other", counted=("1400 banen", 2), st=0),
            Fig("ongeveer 600", 600, "other", approx=True, st=0),
            Fig("14 procent", 14, "percent", unit="%"),
            Fig("2,1 miljard euro", 2_100_000_000, "money", unit="EUR"),
            Fig("tussen 8 en 8,5 miljard euro", 8_000_000_000, "money", high=8_500_000_000, unit="EUR", st=3),
            Fig("ruim 300", 300, "people", high=None, counted="300 uitzendkrachten", st=2),
            Fig(("9 procent", 2), 9, "percent", unit="%"),
            Fig("41,30 euro", 41.3, "money", unit="EUR"),
        ],
        tags=["economy", "range-tussen", "reached-value", "ordinal-not-figure", "figures-in-headline"],
        notes="Jobs ('banen') are 'other', temporary workers ('uitzendkrachten') are people. 'met 14 procent tot "
              "2,1 miljard euro': a change and the value reached, read apart. 'verwacht' with a noun object "
              "is annotated (a forecast), content the rest of the clause.",
    ),
    Doc(
        "nl-dev-fig2-09",
        "wire",
        """VN: ruim 11 miljoen mensen op de vlucht in Soedan
GENÈVE (ANP/RTR) - Door de oorlog in Soedan zijn inmiddels ruim 11 miljoen mensen op de vlucht, van wie bijna 3 miljoen naar buurlanden. Dat zegt de Internationale Organisatie voor Migratie (IOM). Het is volgens de organisatie de grootste vluchtelingencrisis ter wereld.
Bij gevechten rond de stad El Fasher zijn de afgelopen week volgens artsen ter plaatse minstens 47 burgers gedood en meer dan 130 gewond. De VN schatten dat sinds het begin van de oorlog tienduizenden mensen zijn omgekomen. Een Amerikaanse gezant sprak vorig jaar van 150.000 doden.""",
        fetched_at="2026-05-28T13:00:00+02:00",
        arts=[Art("main", "GENÈVE (ANP/RTR) -", "GENÈVE", ("ANP", "RTR"))],
        sts=[
            St("de Internationale Organisatie voor Migratie (IOM)|Internationale Organisatie voor Migratie|IOM", "zegt",
               "Door de oorlog in Soedan zijn inmiddels ruim 11 miljoen mensen op de vlucht, van wie bijna 3 miljoen naar buurlanden.",
               "indirect"),
            St("de organisatie|Internationale Organisatie voor Migratie|IOM", ("volgens", 1),
               "Het is volgens de organisatie de grootste vluchtelingencrisis ter wereld.", "according_to"),
            St("artsen ter plaatse", ("volgens", 2),
               "Bij gevechten rond de stad El Fasher zijn de afgelopen week volgens artsen ter plaatse minstens 47 burgers gedood en meer dan 130 gewond.",
               "according_to"),
            St("De VN|VN|Verenigde Naties", "schatten",
               "dat sinds het begin van de oorlog tienduizenden mensen zijn omgekomen.", "indirect"),
            St("Een Amerikaanse gezant|Amerikaanse gezant", "sprak", "150.000 doden.", "indirect",
               time="sprak [vorig jaar]"),
        ],
        figs=[
            Fig(("ruim 11 miljoen", 1), 11_000_000, "displaced", high=None),
            Fig(("ruim 11 miljoen", 2), 11_000_000, "displaced", high=None, counted=("ruim 11 miljoen mensen op de vlucht", 2), st=0),
            Fig("bijna 3 miljoen", None, "displaced", high=3_000_000, st=0),
            Fig("minstens 47", 47, "killed", high=None, counted="47 burgers gedood", st=2),
            Fig("meer dan 130", 130, "wounded", high=None, counted="130 gewond", st=2),
            Fig("tienduizenden", 20000, "killed", high=99999, approx=True, counted="tienduizenden mensen zijn omgekomen", st=3),
            Fig("150.000", 150000, "killed", counted="150.000 doden", st=4),
        ],
        tags=["conflicting", "displaced", "van-wie", "volgens-mid", "vague", "spreken-van", "colon-headline"],
        notes="'bijna 3 miljoen' after 'van wie' is a part of the displaced. 'VN:' headline is not annotated.",
    ),
    Doc(
        "nl-dev-fig2-10",
        "live",
        """LIVE | Storm trekt over Nederland
10.42 uur
Op Schiphol zijn vanochtend al 240 vluchten geschrapt. Een woordvoerder van de luchthaven zegt dat dat aantal nog kan oplopen tot 400.
10.15 uur
Het KNMI heeft in Vlissingen windstoten gemeten van 146 kilometer per uur. Dat is de hoogste snelheid sinds 1990.
09.50 uur
In Zeeland zijn zeker 12.000 huishoudens zonder stroom, meldt netbeheerder Stedin. Bij Goes is een automobilist om het leven gekomen toen een boom op zijn auto viel. Een 34-jarige fietser raakte zwaargewond.
09.20 uur
ProRail laat weten dat er tot 14.00 uur geen treinen rijden ten zuiden van Rotterdam.""",
        fetched_at="2026-10-27T10:50:00+01:00",
        arts=[Art("main", "LIVE | Storm")],
        sts=[
            St("Een woordvoerder van de luchthaven|Schiphol", "zegt", "dat dat aantal nog kan oplopen tot 400.",
               "indirect"),
            St("netbeheerder Stedin|Stedin", "meldt", "In Zeeland zijn zeker 12.000 huishoudens zonder stroom,",
               "indirect"),
            St("ProRail", "laat", "dat er tot 14.00 uur geen treinen rijden ten zuiden van Rotterdam.", "indirect"),
        ],
        figs=[
            Fig("240", 240, "other", counted="240 vluchten"),
            Fig("tot 400", None, "other", high=400, st=0),
            Fig("146 kilometer per uur", 146, "other", unit="km/h"),
            Fig("zeker 12.000", 12000, "people", high=None, counted="12.000 huishoudens", st=1),
        ],
        tags=["live", "clock-not-figure", "years-not-figures", "ages-not-figures", "up-to", "measure-speed"],
        notes="'kan oplopen tot 400' is an upper bound. Entry times, 'tot 14.00 uur', 'sinds 1990' and '34-jarige' "
              "are no figures; 'een automobilist' is an article, not a count.",
    ),
    Doc(
        "nl-dev-fig2-11",
        "economy",
        """Benzine weer boven 2 euro per liter
De prijs van een liter Euro95 is deze week gestegen naar gemiddeld 2,04 euro. Dat is 11 cent meer dan een maand geleden, meldt prijsvergelijker UnitedConsumers. Diesel kost gemiddeld 1,79 euro per liter.
Volgens de ANWB betalen automobilisten bij tankstations aan de grens met Duitsland tot 25 cent per liter minder. De accijns op benzine gaat op 1 januari met 6,5 procent omhoog. Het aandeel van belastingen in de pompprijs ligt daarmee op ruim 55 procent.""",
        fetched_at="2026-12-04T08:15:00+01:00",
        arts=[Art("main", "Benzine weer")],
        sts=[
            St("prijsvergelijker UnitedConsumers|UnitedConsumers", "meldt",
               "Dat is 11 cent meer dan een maand geleden,", "indirect"),
            St("de ANWB|ANWB", "Volgens",
               "betalen automobilisten bij tankstations aan de grens met Duitsland tot 25 cent per liter minder.",
               "according_to"),
        ],
        figs=[
            Fig("boven 2 euro", 2, "money", high=None, unit="EUR"),
            Fig("2,04 euro", 2.04, "money", unit="EUR"),
            Fig("11 cent", 0.11, "money", unit="EUR", st=0),
            Fig("1,79 euro", 1.79, "money", unit="EUR"),
            Fig("tot 25 cent", None, "money", high=0.25, unit="EUR", st=1),
            Fig("6,5 procent", 6.5, "percent", unit="%"),
            Fig("ruim 55 procent", 55, "percent", high=None, unit="%"),
        ],
        tags=["money", "cents", "boven", "up-to", "dates-not-figures", "figures-in-headline"],
        notes="Cents are stored in euros (unit EUR). 'boven' is a lower bound. '1 januari' is a date; 'een liter' "
              "and 'een maand' are no figures.",
    ),
    Doc(
        "nl-dev-fig2-12",
        "police",
        """Bij grote verkeerscontrole 86 bekeuringen uitgeschreven
ENSCHEDE - Bij een grote verkeerscontrole op de A35 bij Enschede heeft de politie donderdag 86 bekeuringen uitgeschreven. Dat meldt de politie Oost-Nederland. Een automobilist werd met 192 kilometer per uur geflitst; hij is zijn rijbewijs kwijt.
Zeven bestuurders werden aangehouden omdat ze onder invloed waren van alcohol of drugs. In totaal werden 1150 voertuigen gecontroleerd. De boetes lopen op tot 520 euro. Volgens een woordvoerder was het "een drukke maar nuttige dag".""",
        fetched_at="2026-03-27T09:00:00+01:00",
        arts=[Art("main", "ENSCHEDE -", "ENSCHEDE")],
        sts=[
            St("de politie Oost-Nederland|politie Oost-Nederland|politie", "meldt",
               "Bij een grote verkeerscontrole op de A35 bij Enschede heeft de politie donderdag 86 bekeuringen uitgeschreven.",
               "indirect"),
            St("een woordvoerder|politie Oost-Nederland|politie", "Volgens",
               'was het "een drukke maar nuttige dag".', "according_to"),
        ],
        figs=[
            Fig(("86", 1), 86, "other"),
            Fig(("86", 2), 86, "other", st=0),
            Fig("192 kilometer per uur", 192, "other", unit="km/h"),
            Fig("Zeven", 7, "arrested", counted="Zeven bestuurders werden aangehouden"),
            Fig("1150", 1150, "other", counted="1150 voertuigen gecontroleerd"),
            Fig("tot 520 euro", None, "money", high=520, unit="EUR"),
        ],
        tags=["police", "labels-not-figures", "up-to", "measure-speed", "number-word", "figures-in-headline"],
        notes="'A35' is a road name. 'lopen op tot 520 euro' is an upper bound.",
    ),
    Doc(
        "nl-dev-fig2-13",
        "toll",
        """Aardbeving in Marokko: honderden huizen ingestort
RABAT (ANP/AFP) - Een aardbeving met een kracht van 5,8 heeft in het Atlasgebergte in Marokko zeker 14 mensen het leven gekost. Het epicentrum lag op een diepte van 12 kilometer, zo'n 70 kilometer ten zuiden van Marrakech, meldt het Marokkaanse geofysisch instituut.
In de getroffen dorpen zijn honderden huizen ingestort of zwaar beschadigd. Volgens het ministerie van Binnenlandse Zaken hebben ruim 2300 mensen hun huis moeten verlaten. Reddingswerkers zoeken nog naar zes vermiste dorpelingen. Een hulporganisatie meldt dat veel getroffenen geen drinkwater hebben.""",
        fetched_at="2026-07-08T11:00:00+02:00",
        arts=[Art("main", "RABAT (ANP/AFP) -", "RABAT", ("ANP", "AFP"))],
        sts=[
            St("meldt [het Marokkaanse geofysisch instituut]|Marokkaanse geofysisch instituut", ("meldt", 1),
               "Het epicentrum lag op een diepte van 12 kilometer, zo'n 70 kilometer ten zuiden van Marrakech,",
               "indirect"),
            St("het ministerie van Binnenlandse Zaken|ministerie van Binnenlandse Zaken", "Volgens",
               "hebben ruim 2300 mensen hun huis moeten verlaten.", "according_to"),
            St("Een hulporganisatie|hulporganisatie", ("meldt", 2),
               "dat veel getroffenen geen drinkwater hebben.", "indirect"),
        ],
        figs=[
            Fig(("honderden", 1), 200, "other", high=999, approx=True, counted=("honderden huizen ingestort", 1)),
            Fig("5,8", 5.8, "other"),
            Fig("zeker 14", 14, "killed", high=None, counted="14 mensen"),
            Fig("12 kilometer", 12, "other", unit="km", st=0),
            Fig("zo'n 70 kilometer", 70, "other", approx=True, unit="km", st=0),
            Fig(("honderden", 2), 200, "other", high=999, approx=True, counted=("honderden huizen ingestort", 2)),
            Fig("ruim 2300", 2300, "displaced", high=None, counted="2300 mensen", st=1),
            Fig("zes", 6, "missing", counted="zes vermiste dorpelingen"),
        ],
        tags=["disaster", "magnitude", "het-leven-gekost", "displaced", "vague", "measure-km", "figures-in-headline"],
        notes="'het leven gekost' is killed; 'hun huis moeten verlaten' is displaced. Magnitude 5,8: a measure, unit null.",
    ),
    Doc(
        "nl-dev-fig2-14",
        "analysis",
        """Analyse: Europa zoekt 300.000 extra militairen
BRUSSEL - De NAVO wil dat Europese landen de komende jaren samen zo'n 300.000 militairen extra paraat hebben. Nederland heeft nu ongeveer 42.000 militairen in actieve dienst en wil daar 20.000 aan toevoegen. Minister van Defensie Ruben Brekelmans zei eerder dat het leger "fors moet groeien".
De defensie-uitgaven stijgen dit jaar naar 2 procent van het bruto binnenlands product, ruim 22 miljard euro. Volgens defensie-expert Lotte van Dijk is dat niet genoeg om die aantallen te halen. Zij wijst erop dat het leger nu al 9000 vacatures niet kan vullen.""",
        fetched_at="2026-06-24T07:30:00+02:00",
        arts=[Art("main", "BRUSSEL -", "BRUSSEL")],
        sts=[
            St("Minister van Defensie Ruben Brekelmans|Ruben Brekelmans", "zei",
               'dat het leger "fors moet groeien".', "mixed"),
            St("defensie-expert Lotte van Dijk|Lotte van Dijk", "Volgens",
               "is dat niet genoeg om die aantallen te halen.", "according_to"),
            St("[Zij] wijst|Lotte van Dijk", "wijst", "dat het leger nu al 9000 vacatures niet kan vullen.", "indirect"),
        ],
        figs=[
            Fig(("300.000", 1), 300000, "troops", counted="300.000 extra militairen"),
            Fig("zo'n 300.000", 300000, "troops", approx=True, counted="300.000 militairen"),
            Fig("ongeveer 42.000", 42000, "troops", approx=True, counted="42.000 militairen"),
            Fig("20.000", 20000, "troops"),
            Fig("2 procent", 2, "percent", unit="%"),
            Fig("ruim 22 miljard euro", 22_000_000_000, "money", high=None, unit="EUR"),
            Fig("9000", 9000, "other", counted="9000 vacatures", st=2),
        ],
        tags=["troops", "analysis", "wijst-erop", "elliptic-count"],
        notes="'wil daar 20.000 aan toevoegen': 20.000 more soldiers (troops) without a noun of its own. "
              "'De NAVO wil dat' is a demand, not annotated.",
    ),
    Doc(
        "nl-dev-fig2-15",
        "broadcast",
        """Hitte houdt aan: vandaag tot 36 graden
Het wordt vandaag opnieuw tropisch warm. In het zuiden van het land kan het kwik oplopen tot 36 graden, verwacht Weeronline. Aan de kust blijft het met 27 graden wat koeler.
Het RIVM heeft het nationaal hitteplan geactiveerd. Volgens het instituut overlijden tijdens een hittegolf zo'n 40 mensen per dag meer dan normaal. Rijkswaterstaat meldt dat de Rijn bij Lobith nog maar 7,2 meter boven NAP staat. Donderdag valt er plaatselijk tot 40 millimeter regen in een uur.""",
        fetched_at="2026-07-21T08:00:00+02:00",
        arts=[Art("main", "Hitte houdt")],
        sts=[
            St("Weeronline", "verwacht", "In het zuiden van het land kan het kwik oplopen tot 36 graden,", "indirect"),
            St("het instituut|RIVM", "Volgens",
               "overlijden tijdens een hittegolf zo'n 40 mensen per dag meer dan normaal.", "according_to"),
            St("Rijkswaterstaat", "meldt", "dat de Rijn bij Lobith nog maar 7,2 meter boven NAP staat.", "indirect"),
        ],
        figs=[
            Fig(("tot 36 graden", 1), None, "other", high=36, unit="°C"),
            Fig(("tot 36 graden", 2), None, "other", high=36, unit="°C", st=0),
            Fig("27 graden", 27, "other", unit="°C"),
            Fig("zo'n 40", 40, "killed", approx=True, counted="40 mensen", st=1),
            Fig("7,2 meter", 7.2, "other", unit="m", st=2),
            Fig("tot 40 millimeter", None, "other", high=40, unit="mm"),
        ],
        tags=["weather", "measure-temperature", "up-to", "measure-mm", "trailing", "weekday-not-figure"],
        notes="'kan oplopen tot' is an upper bound. 'overlijden' is killed. 'in een uur' is a duration.",
    ),
    Doc(
        "nl-dev-fig2-16",
        "court",
        """Tandarts krijgt zes jaar cel voor onnodige behandelingen
DEN BOSCH (ANP) - De rechtbank in Den Bosch heeft een 57-jarige tandarts uit Oss veroordeeld tot zes jaar cel. Hij heeft volgens de rechtbank tussen 2016 en 2021 bij zeker 38 patiënten onnodige behandelingen uitgevoerd en daarvoor ruim 410.000 euro gedeclareerd.
Elf patiënten hielden blijvend letsel aan de behandelingen over. De tandarts mag tien jaar lang zijn beroep niet uitoefenen. Zijn advocaat laat weten dat hij "zeer teleurgesteld" is. Een van de slachtoffers, de 29-jarige Femke Brouwer, zegt dat ze "eindelijk erkenning" krijgt.""",
        fetched_at="2026-05-14T16:30:00+02:00",
        arts=[Art("main", "DEN BOSCH (ANP) -", "DEN BOSCH", ("ANP",))],
        sts=[
            St("de rechtbank|rechtbank in Den Bosch|rechtbank|rechtbank Den Bosch", "volgens",
               "Hij heeft volgens de rechtbank tussen 2016 en 2021 bij zeker 38 patiënten onnodige behandelingen uitgevoerd en daarvoor ruim 410.000 euro gedeclareerd.",
               "according_to"),
            St("Zijn advocaat|advocaat", "laat", 'dat hij "zeer teleurgesteld" is.', "mixed"),
            St("Een van de slachtoffers, de 29-jarige Femke Brouwer|Femke Brouwer", "zegt",
               'dat ze "eindelijk erkenning" krijgt.', "mixed"),
        ],
        figs=[
            Fig("zeker 38", 38, "people", high=None, counted="38 patiënten", st=0),
            Fig("ruim 410.000 euro", 410000, "money", high=None, unit="EUR", st=0),
            Fig("Elf", 11, "wounded", counted="Elf patiënten"),
        ],
        tags=["court", "durations-not-figures", "ages-not-figures", "years-not-figures", "volgens-mid"],
        notes="'zes jaar cel' and 'tien jaar lang' are durations; ages and years are no figures. Patients with "
              "lasting injury ('blijvend letsel') are wounded.",
    ),
    Doc(
        "nl-dev-fig2-17",
        "wire",
        """Zeker 41 migranten verdronken voor kust van Lampedusa
ROME (ANP/AFP) - Bij het kapseizen van een boot voor de kust van het Italiaanse eiland Lampedusa zijn zeker 41 migranten verdronken. Vier overlevenden zeggen dat er ongeveer 45 mensen aan boord waren, onder wie drie kinderen. De Italiaanse kustwacht heeft vier mensen gered.
Volgens de VN-vluchtelingenorganisatie UNHCR zijn dit jaar al meer dan 1800 migranten omgekomen op de Middellandse Zee. Het schip was volgens de overlevenden vertrokken vanuit de Tunesische havenstad Sfax.""",
        fetched_at="2026-08-19T10:00:00+02:00",
        arts=[Art("main", "ROME (ANP/AFP) -", "ROME", ("ANP", "AFP"))],
        sts=[
            St("Vier overlevenden|overlevenden", "zeggen",
               "dat er ongeveer 45 mensen aan boord waren, onder wie drie kinderen.", "indirect"),
            St("de VN-vluchtelingenorganisatie UNHCR|UNHCR", "Volgens",
               "zijn dit jaar al meer dan 1800 migranten omgekomen op de Middellandse Zee.", "according_to"),
            St("de overlevenden|overlevenden", "volgens",
               "Het schip was volgens de overlevenden vertrokken vanuit de Tunesische havenstad Sfax.", "according_to"),
        ],
        figs=[
            Fig("Zeker 41", 41, "killed", high=None, counted=("41 migranten verdronken", 1)),
            Fig("zeker 41", 41, "killed", high=None, counted=("41 migranten verdronken", 2)),
            Fig("Vier", 4, "people", counted="Vier overlevenden"),
            Fig("ongeveer 45", 45, "people", approx=True, counted="45 mensen", st=0),
            Fig("drie", 3, "people", counted="drie kinderen", st=0),
            Fig("vier", 4, "people", counted="vier mensen"),
            Fig("meer dan 1800", 1800, "killed", high=None, counted="1800 migranten omgekomen", st=1),
        ],
        tags=["toll", "onder-wie", "number-word", "figures-in-headline", "volgens-mid"],
        notes="People rescued and survivors are 'people'. 'dit jaar' is no figure.",
    ),
    Doc(
        "nl-dev-fig2-18",
        "economy",
        """Tarweoogst valt tegen door droogte
De Nederlandse tarweoogst komt dit jaar uit op ongeveer 880.000 ton, bijna een kwart minder dan vorig jaar. Dat meldt brancheorganisatie Akkerbouw Nederland na een rondgang langs telers. Op veel percelen viel tussen april en juni minder dan 90 millimeter regen, tegen normaal zo'n 170 millimeter.
De prijs van tarwe steeg op de beurs in Parijs naar 262 euro per ton. Akkerbouwer Jeroen Hoekstra uit Groningen oogstte op zijn 85 hectare ruim 7 ton per hectare, tegen 9,5 ton vorig jaar. "Dit kost mij zeker 40.000 euro aan omzet", zegt hij.""",
        fetched_at="2026-08-28T09:30:00+02:00",
        arts=[Art("main", "Tarweoogst valt")],
        sts=[
            St("brancheorganisatie Akkerbouw Nederland|Akkerbouw Nederland", "meldt",
               "De Nederlandse tarweoogst komt dit jaar uit op ongeveer 880.000 ton, bijna een kwart minder dan vorig jaar.",
               "indirect"),
            St("zegt [hij]|Jeroen Hoekstra", "zegt", '"Dit kost mij zeker 40.000 euro aan omzet",', "direct"),
        ],
        figs=[
            Fig("ongeveer 880.000 ton", 880000, "other", approx=True, unit="t", st=0),
            Fig("minder dan 90 millimeter", None, "other", high=90, unit="mm"),
            Fig("zo'n 170 millimeter", 170, "other", approx=True, unit="mm"),
            Fig("262 euro", 262, "money", unit="EUR"),
            Fig("85 hectare", 85, "other", unit="ha"),
            Fig("ruim 7 ton", 7, "other", high=None, unit="t"),
            Fig("9,5 ton", 9.5, "other", unit="t"),
            Fig("zeker 40.000 euro", 40000, "money", high=None, unit="EUR", counted="omzet", st=1),
        ],
        tags=["economy", "measure-tonnes", "measure-mm", "fraction-not-figure", "months-not-figures", "dat-meldt"],
        notes="'bijna een kwart' is a fraction; 'tussen april en juni' are months. 'ton' here is the metric tonne.",
    ),
    Doc(
        "nl-dev-fig2-19",
        "police",
        """Grote zoekactie naar vermiste wandelaars in Ardennen
LUIK (ANP/Belga) - In de Belgische Ardennen zoeken ruim 150 hulpverleners naar twee Nederlandse wandelaars die sinds zaterdag worden vermist. Dat meldt de Belgische federale politie. Het gaat om een man van 63 en zijn 59-jarige vrouw uit Nijmegen.
Bij de zoektocht worden drie helikopters en een tiental speurhonden ingezet. Het zoekgebied beslaat inmiddels zo'n 40 vierkante kilometer. Volgens de burgemeester van Stavelot, Thierry Lambert, is het 's nachts maar 2 graden. "Elk uur telt", zegt hij.""",
        fetched_at="2026-11-03T12:00:00+01:00",
        arts=[Art("main", "LUIK (ANP/Belga) -", "LUIK", ("ANP", "Belga"))],
        sts=[
            St("de Belgische federale politie|Belgische federale politie|federale politie", "meldt",
               "In de Belgische Ardennen zoeken ruim 150 hulpverleners naar twee Nederlandse wandelaars die sinds zaterdag worden vermist.",
               "indirect"),
            St("de burgemeester van Stavelot, Thierry Lambert|Thierry Lambert", "Volgens",
               "is het 's nachts maar 2 graden.", "according_to"),
            St("zegt [hij]|Thierry Lambert", "zegt", '"Elk uur telt",', "direct"),
        ],
        figs=[
            Fig("ruim 150", 150, "people", high=None, counted="150 hulpverleners", st=0),
            Fig("twee", 2, "missing", counted="twee Nederlandse wandelaars", st=0),
            Fig("drie", 3, "other", counted="drie helikopters"),
            Fig("een tiental", 8, "other", high=12, approx=True, counted="speurhonden"),
            Fig("zo'n 40 vierkante kilometer", 40, "other", approx=True, unit="km2"),
            Fig("2 graden", 2, "other", unit="°C", st=1),
        ],
        tags=["police", "missing", "ages-not-figures", "vague", "measure-area", "apposition-source"],
        notes="'een man van 63' and '59-jarige' are ages. 'een tiental' is a vague count (8-12).",
    ),
    Doc(
        "nl-dev-fig2-20",
        "economy",
        """Pensioenfondsen verhogen uitkeringen tot 6 procent
Ruim 4 miljoen gepensioneerden krijgen volgend jaar een hogere uitkering. De grote pensioenfondsen verhogen de pensioenen met percentages tussen 2,5 en 6 procent, meldt de Pensioenfederatie. Voor een gepensioneerde met een aanvullend pensioen van 900 euro per maand betekent dat tussen 22 en 54 euro extra.
De dekkingsgraad van het grootste fonds steeg in het derde kwartaal met 3,2 procentpunt naar 121 procent. Volgens ouderenbond KBO-PCOB zijn veel ouderen de afgelopen vijftien jaar ongeveer een vijfde van hun koopkracht kwijtgeraakt.""",
        fetched_at="2026-11-20T10:00:00+01:00",
        arts=[Art("main", "Pensioenfondsen verhogen")],
        sts=[
            St("meldt [de Pensioenfederatie]|Pensioenfederatie", "meldt",
               "De grote pensioenfondsen verhogen de pensioenen met percentages tussen 2,5 en 6 procent,", "indirect"),
            St("ouderenbond KBO-PCOB|KBO-PCOB", "Volgens",
               "zijn veel ouderen de afgelopen vijftien jaar ongeveer een vijfde van hun koopkracht kwijtgeraakt.",
               "according_to"),
        ],
        figs=[
            Fig("tot 6 procent", None, "percent", high=6, unit="%"),
            Fig("Ruim 4 miljoen", 4_000_000, "people", high=None, counted="4 miljoen gepensioneerden"),
            Fig("tussen 2,5 en 6 procent", 2.5, "percent", high=6, unit="%", st=0),
            Fig("900 euro", 900, "money", unit="EUR"),
            Fig("tussen 22 en 54 euro", 22, "money", high=54, unit="EUR"),
            Fig("3,2 procentpunt", 3.2, "percent", unit="pp"),
            Fig("121 procent", 121, "percent", unit="%"),
        ],
        tags=["economy", "range-tussen", "procentpunt", "fraction-not-figure", "up-to", "durations-not-figures"],
        notes="'een vijfde' is a fraction; 'vijftien jaar' a duration; 'derde kwartaal' an ordinal.",
    ),
    Doc(
        "nl-dev-fig2-21",
        "broadcast",
        """Staking in het streekvervoer: honderdduizenden reizigers gedupeerd
Door een staking van buschauffeurs rijden vandaag in grote delen van het land geen streekbussen. Volgens vakbond FNV leggen zo'n 9000 chauffeurs het werk neer. Vervoerders schatten dat honderdduizenden reizigers getroffen worden.
De bonden eisen een loonsverhoging van 7 procent en willen dat chauffeurs na hun 60ste minder diensten hoeven te draaien. Werkgevers bieden 4,5 procent over twee jaar. Een woordvoerder van vervoerder Arriva zegt dat het bedrijf "geen cent meer" kan bieden. Het is de derde staking in vijf weken.""",
        fetched_at="2026-01-22T07:45:00+01:00",
        arts=[Art("main", "Staking in het streekvervoer")],
        sts=[
            St("vakbond FNV|FNV", "Volgens", "leggen zo'n 9000 chauffeurs het werk neer.", "according_to"),
            St("Vervoerders", "schatten", "dat honderdduizenden reizigers getroffen worden.", "indirect"),
            St("Een woordvoerder van vervoerder Arriva|Arriva", "zegt",
               'dat het bedrijf "geen cent meer" kan bieden.', "mixed"),
        ],
        figs=[
            Fig(("honderdduizenden", 1), 200000, "people", high=999999, approx=True, counted=("honderdduizenden reizigers", 1)),
            Fig("zo'n 9000", 9000, "people", approx=True, counted="9000 chauffeurs", st=0),
            Fig(("honderdduizenden", 2), 200000, "people", high=999999, approx=True, counted=("honderdduizenden reizigers", 2), st=1),
            Fig("7 procent", 7, "percent", unit="%"),
            Fig("4,5 procent", 4.5, "percent", unit="%"),
        ],
        tags=["strike", "vague", "ordinal-not-figure", "durations-not-figures", "colon-headline"],
        notes="'na hun 60ste' and 'de derde' are ordinals; 'twee jaar' and 'vijf weken' durations; 'geen cent' no figure.",
    ),
    Doc(
        "nl-dev-fig2-22",
        "toll",
        """Tegenstrijdige cijfers over slachtoffers na aanslag in Kabul
KABUL (ANP/RTR) - Bij een zelfmoordaanslag bij een ministerie in Kabul zijn dinsdag zeker 11 mensen gedood. Dat meldt de Afghaanse politie. Getuigen spreken van minstens 20 doden. Het ziekenhuis van hulporganisatie Emergency zegt dat het 34 gewonden heeft opgenomen, onder wie zeven kinderen.
Terreurgroep IS heeft de aanslag opgeëist. In een verklaring stelt de groep dat er "meer dan vijftig" slachtoffers zijn gevallen. Het is de zwaarste aanslag in de hoofdstad sinds maart 2024.""",
        fetched_at="2026-04-21T15:00:00+02:00",
        arts=[Art("main", "KABUL (ANP/RTR) -", "KABUL", ("ANP", "RTR"))],
        sts=[
            St("de Afghaanse politie|Afghaanse politie", "meldt",
               "Bij een zelfmoordaanslag bij een ministerie in Kabul zijn dinsdag zeker 11 mensen gedood.", "indirect"),
            St("Getuigen", "spreken", "minstens 20 doden.", "indirect"),
            St("Het ziekenhuis van hulporganisatie Emergency|Emergency", "zegt",
               "dat het 34 gewonden heeft opgenomen, onder wie zeven kinderen.", "indirect"),
            St("de groep|IS", "stelt", 'dat er "meer dan vijftig" slachtoffers zijn gevallen.', "mixed",
               medium="In een verklaring"),
        ],
        figs=[
            Fig("zeker 11", 11, "killed", high=None, counted="11 mensen gedood", st=0),
            Fig("minstens 20", 20, "killed", high=None, counted="20 doden", st=1),
            Fig("34", 34, "wounded", counted="34 gewonden", st=2),
            Fig("zeven", 7, "wounded", counted="zeven kinderen", st=2),
            Fig("meer dan vijftig", 50, "killed_or_wounded", high=None, st=3),
        ],
        tags=["toll", "conflicting", "spreken-van", "onder-wie", "number-word", "dates-not-figures", "medium"],
        notes="'meer dan vijftig' inside quotes is still a figure; 'slachtoffers' alone is killed_or_wounded. "
              "'maart 2024' is a date.",
    ),
    Doc(
        "nl-dev-fig2-23",
        "analysis",
        """Woningtekort blijft groot ondanks recordbouw
AMSTERDAM - Er zijn vorig jaar 82.000 nieuwe woningen opgeleverd, het hoogste aantal in tien jaar. Toch is het woningtekort naar schatting opgelopen tot ruim 400.000 woningen. Dat zegt woningmarktonderzoeker Evelien Bakker van de Universiteit van Amsterdam.
Volgens haar zoeken vooral starters tevergeefs: in de grote steden wachten ze gemiddeld zeven jaar op een sociale huurwoning. Twee op de drie jongeren tussen 18 en 35 jaar woont nog bij de ouders. Het kabinet wil tot 2030 jaarlijks 100.000 woningen bouwen, maar bouwers waarschuwen dat de stikstofregels honderden projecten vertragen.""",
        fetched_at="2026-03-10T06:30:00+01:00",
        arts=[Art("main", "AMSTERDAM -", "AMSTERDAM")],
        sts=[
            St("woningmarktonderzoeker Evelien Bakker van de Universiteit van Amsterdam|Evelien Bakker", "zegt",
               "Toch is het woningtekort naar schatting opgelopen tot ruim 400.000 woningen.", "indirect"),
            St("[haar] zoeken|Evelien Bakker", "Volgens",
               "zoeken vooral starters tevergeefs: in de grote steden wachten ze gemiddeld zeven jaar op een sociale huurwoning.",
               "according_to"),
            St("bouwers", "waarschuwen", "dat de stikstofregels honderden projecten vertragen.", "indirect"),
        ],
        figs=[
            Fig("82.000", 82000, "other", counted="82.000 nieuwe woningen opgeleverd"),
            Fig("ruim 400.000", 400000, "other", high=None, approx=True, counted="400.000 woningen", st=0),
            Fig("100.000", 100000, "other", counted="100.000 woningen"),
            Fig("honderden", 200, "other", high=999, approx=True, counted="honderden projecten", st=2),
        ],
        tags=["analysis", "naar-schatting", "reached-value", "ratio-not-figure", "ages-not-figures",
              "durations-not-figures", "years-not-figures"],
        notes="'naar schatting opgelopen tot ruim 400.000': the estimate covers the figure (approximate), 'tot' "
              "after 'opgelopen' is the value reached, 'ruim' the lower bound. 'Twee op de drie' is a ratio; "
              "'tussen 18 en 35 jaar' ages; 'tot 2030' a year.",
    ),
    Doc(
        "nl-dev-fig2-24",
        "police",
        """Jaarwisseling: 412 aanhoudingen en tientallen gewonde agenten
DEN HAAG (ANP) - Tijdens de jaarwisseling zijn in het hele land 412 mensen aangehouden, tegen 380 een jaar eerder. Dat meldt de politie in een eerste overzicht. Er raakten 46 agenten gewond, van wie vier ernstig.
De brandweer kreeg ruim 6400 meldingen, vooral van autobranden en containerbranden. Het Verbond van Verzekeraars schat dat de schade door vuurwerk 16 miljoen euro bedraagt. In Rotterdam werden 23 illegale vuurwerkbommen gevonden. Minister David van Weel van Justitie zegt dat hij een landelijk vuurwerkverbod "serieus" overweegt.""",
        fetched_at="2027-01-01T14:00:00+01:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("de politie|politie", "meldt",
               "Tijdens de jaarwisseling zijn in het hele land 412 mensen aangehouden, tegen 380 een jaar eerder.",
               "indirect", medium="in een eerste overzicht"),
            St("Het Verbond van Verzekeraars|Verbond van Verzekeraars", "schat",
               "dat de schade door vuurwerk 16 miljoen euro bedraagt.", "indirect"),
            St("Minister David van Weel van Justitie|David van Weel|Van Weel", "zegt",
               'dat hij een landelijk vuurwerkverbod "serieus" overweegt.', "mixed"),
        ],
        figs=[
            Fig(("412", 1), 412, "arrested", counted="aanhoudingen"),
            Fig("tientallen", 20, "wounded", high=99, approx=True, counted="tientallen gewonde agenten"),
            Fig(("412", 2), 412, "arrested", counted="412 mensen aangehouden", st=0),
            Fig("380", 380, "arrested", st=0),
            Fig("46", 46, "wounded", counted="46 agenten gewond"),
            Fig("vier", 4, "wounded"),
            Fig("ruim 6400", 6400, "other", high=None, counted="6400 meldingen"),
            Fig("16 miljoen euro", 16_000_000, "money", unit="EUR", st=1),
            Fig("23", 23, "other", counted="23 illegale vuurwerkbommen"),
        ],
        tags=["police", "arrested", "comparison-tegen", "van-wie", "figures-in-headline", "colon-headline"],
        notes="'tegen 380 een jaar eerder' compares with the arrests before it: arrested. 'een jaar eerder' is no figure.",
    ),
    Doc(
        "nl-dev-fig2-25",
        "police",
        """Brand in stal: 300 varkens dood
HARDENBERG (ANP) - Bij een grote brand in een varkensstal in Hardenberg zijn zondagnacht ongeveer 300 varkens omgekomen. Dat meldt de brandweer. Het vuur brak rond 02.30 uur uit in een stal van 1200 vierkante meter; de boer en zijn twee zoons konden nog 80 dieren redden.
Volgens de Dierenbescherming zijn sinds januari al ruim 60.000 landbouwdieren bij stalbranden omgekomen, tegen 45.000 in heel vorig jaar. De schade loopt volgens de verzekeraar in de honderdduizenden euro's.""",
        fetched_at="2026-09-07T10:30:00+02:00",
        arts=[Art("main", "HARDENBERG (ANP) -", "HARDENBERG", ("ANP",))],
        sts=[
            St("meldt [de brandweer]|brandweer", "meldt",
               "Bij een grote brand in een varkensstal in Hardenberg zijn zondagnacht ongeveer 300 varkens omgekomen.",
               "indirect"),
            St("de Dierenbescherming|Dierenbescherming", "Volgens",
               "zijn sinds januari al ruim 60.000 landbouwdieren bij stalbranden omgekomen, tegen 45.000 in heel vorig jaar.",
               "according_to"),
            St("de verzekeraar|verzekeraar", "loopt [volgens]",
               "De schade loopt volgens de verzekeraar in de honderdduizenden euro's.", "according_to"),
        ],
        figs=[
            Fig(("300", 1), 300, "other", counted="300 varkens dood"),
            Fig("ongeveer 300", 300, "other", approx=True, counted="300 varkens omgekomen", st=0),
            Fig("1200 vierkante meter", 1200, "other", unit="m2"),
            Fig("twee", 2, "people", counted="twee zoons"),
            Fig("80", 80, "other", counted="80 dieren"),
            Fig("ruim 60.000", 60000, "other", high=None, counted="60.000 landbouwdieren", st=1),
            Fig("45.000", 45000, "other", st=1),
            Fig("honderdduizenden euro's", 200000, "money", high=999999, approx=True, unit="EUR", st=2),
        ],
        tags=["animals", "clock-not-figure", "vague-money", "comparison-tegen", "figures-in-headline"],
        notes="Animals are 'other' even when they die: the event categories are for people. '02.30 uur' is a clock time.",
    ),
    Doc(
        "nl-dev-fig2-26",
        "court",
        """Celstraf en boete voor illegale vuurwerkhandel
BREDA (ANP) - Een 33-jarige man uit Roosendaal is veroordeeld tot achttien maanden cel, waarvan zes voorwaardelijk, voor de handel in illegaal vuurwerk. Hij moet ook een boete van 25.000 euro betalen. In zijn schuur vond de politie vorig jaar ruim 2400 kilo vuurwerk, waaronder 150 cobra's.
De officier van justitie zei dat de opslag "een tijdbom" was midden in een woonwijk met zo'n 600 huizen. Twee medeverdachten kregen een werkstraf van 120 uur. Een derde verdachte, een 19-jarige, werd vrijgesproken.""",
        fetched_at="2026-02-05T14:00:00+01:00",
        arts=[Art("main", "BREDA (ANP) -", "BREDA", ("ANP",))],
        sts=[
            St("De officier van justitie|officier van justitie", "zei",
               'dat de opslag "een tijdbom" was midden in een woonwijk met zo\'n 600 huizen.', "mixed"),
        ],
        figs=[
            Fig("25.000 euro", 25000, "money", unit="EUR"),
            Fig("ruim 2400 kilo", 2400, "other", high=None, unit="kg"),
            Fig("150", 150, "other", counted="150 cobra's"),
            Fig("zo'n 600", 600, "other", approx=True, counted="600 huizen", st=0),
            Fig("Twee", 2, "people", counted="Twee medeverdachten"),
        ],
        tags=["court", "durations-not-figures", "ages-not-figures", "ordinal-not-figure", "waaronder"],
        notes="'achttien maanden', 'zes' (months, elliptic) and '120 uur' are durations; 'Een derde verdachte' is "
              "an ordinal; ages are no figures. Suspects are people.",
    ),
    Doc(
        "nl-dev-fig2-27",
        "economy",
        """Omzet horeca stijgt, maar duizenden zaken in de problemen
AMSTERDAM (ANP) - De omzet van de horeca is vorig jaar met 6,2 procent gestegen naar 31 miljard euro. Dat meldt het CBS. Toch hebben volgens brancheorganisatie KHN zo'n 4500 cafés en restaurants moeite om hun rekeningen te betalen.
De btw op logies en eten gaat volgend jaar van 9 naar 21 procent. KHN-voorzitter Robèr Willemsen zegt dat dat de sector honderden miljoenen euro's kost. "Tienduizenden banen komen op de tocht te staan", aldus Willemsen. Het kabinet verwacht met de maatregel 1,2 miljard euro per jaar op te halen.""",
        fetched_at="2026-03-18T09:00:00+01:00",
        arts=[Art("main", "AMSTERDAM (ANP) -", "AMSTERDAM", ("ANP",))],
        sts=[
            St("het CBS|CBS", "meldt",
               "De omzet van de horeca is vorig jaar met 6,2 procent gestegen naar 31 miljard euro.", "indirect"),
            St("brancheorganisatie KHN|KHN", "hebben [volgens]",
               "Toch hebben volgens brancheorganisatie KHN zo'n 4500 cafés en restaurants moeite om hun rekeningen te betalen.",
               "according_to"),
            St("KHN-voorzitter Robèr Willemsen|Robèr Willemsen", "zegt",
               "dat dat de sector honderden miljoenen euro's kost.", "indirect"),
            St("aldus [Willemsen]|Robèr Willemsen", "aldus", '"Tienduizenden banen komen op de tocht te staan",', "direct"),
            St("Het kabinet|kabinet", "verwacht", "met de maatregel 1,2 miljard euro per jaar op te halen.", "indirect"),
        ],
        figs=[
            Fig("duizenden", 2000, "other", high=9999, approx=True, counted="duizenden zaken"),
            Fig("6,2 procent", 6.2, "percent", unit="%", st=0),
            Fig("31 miljard euro", 31_000_000_000, "money", unit="EUR", st=0),
            Fig("zo'n 4500", 4500, "other", approx=True, counted="4500 cafés en restaurants", st=1),
            Fig("9", 9, "percent", unit="%"),
            Fig("21 procent", 21, "percent", unit="%"),
            Fig("honderden miljoenen euro's", 200_000_000, "money", high=999_000_000, approx=True, unit="EUR", st=2),
            Fig("Tienduizenden", 20000, "other", high=99999, approx=True, counted="Tienduizenden banen", st=3),
            Fig("1,2 miljard euro", 1_200_000_000, "money", unit="EUR", st=4),
        ],
        tags=["economy", "change-van-naar", "vague-money", "volgens-mid", "aldus-direct", "figures-in-headline"],
        notes="'van 9 naar 21 procent': two figures; the unit of the second applies to the first (9 %). "
              "'verwacht ... op te halen': an expectation, annotated with the infinitive clause as content.",
    ),
    Doc(
        "nl-dev-fig2-28",
        "toll",
        """Busongeluk in Peru: 23 doden
LIMA (ANP/EFE) - In de Peruaanse Andes is een bus met 48 inzittenden in een ravijn van ruim 200 meter diep gestort. Daarbij kwamen zeker 23 mensen om. Dat heeft de Peruaanse politie maandag gemeld.
Van de overlevenden raakten er 19 zwaargewond; zij zijn per helikopter naar ziekenhuizen in Cusco gebracht. Zes passagiers worden nog vermist. Volgens de lokale autoriteiten reed de bus veel te hard op een weg waar maximaal 60 kilometer per uur is toegestaan. Het is het derde grote busongeluk in Peru in twee maanden.""",
        fetched_at="2026-01-13T08:00:00+01:00",
        arts=[Art("main", "LIMA (ANP/EFE) -", "LIMA", ("ANP", "EFE"))],
        sts=[
            St("de Peruaanse politie|Peruaanse politie", "gemeld", "Daarbij kwamen zeker 23 mensen om.", "indirect",
               aux="Dat [heeft]", time="politie [maandag]"),
            St("de lokale autoriteiten|lokale autoriteiten", "Volgens",
               "reed de bus veel te hard op een weg waar maximaal 60 kilometer per uur is toegestaan.", "according_to"),
        ],
        figs=[
            Fig(("23", 1), 23, "killed", counted="23 doden"),
            Fig("48", 48, "people", counted="48 inzittenden"),
            Fig("ruim 200 meter", 200, "other", high=None, unit="m"),
            Fig("zeker 23", 23, "killed", high=None, counted="23 mensen", st=0),
            Fig("19", 19, "wounded", counted="19 zwaargewond"),
            Fig("Zes", 6, "missing", counted="Zes passagiers worden nog vermist"),
            Fig("maximaal 60 kilometer per uur", None, "other", high=60, unit="km/h", st=1),
        ],
        tags=["toll", "split-verb", "partitive-er", "up-to", "ordinal-not-figure", "durations-not-figures"],
        notes="'kwamen ... om' is killed; 'raakten er 19 zwaargewond' wounded. Passengers ('inzittenden') are people.",
    ),
    Doc(
        "nl-dev-fig2-29",
        "wire",
        """Hongersnood dreigt in Jemen, waarschuwt VN
NEW YORK (ANP/AP) - In Jemen dreigen dit jaar 17 miljoen mensen onvoldoende voedsel te hebben, onder wie 2,2 miljoen kinderen onder de vijf jaar. Dat zegt het Wereldvoedselprogramma (WFP) van de VN. De organisatie heeft dit jaar 2,7 miljard dollar nodig, maar kreeg tot nu toe slechts 19 procent van dat bedrag.
Sinds het begin van de oorlog zijn ruim 4 miljoen Jemenieten uit hun huis gevlucht. Een woordvoerder van het WFP zegt dat de rantsoenen in sommige kampen met de helft zijn verlaagd. In het kamp bij Marib wonen volgens hulpverleners zo'n 15.000 gezinnen.""",
        fetched_at="2026-04-02T18:00:00+02:00",
        arts=[Art("main", "NEW YORK (ANP/AP) -", "NEW YORK", ("ANP", "AP"))],
        sts=[
            St("het Wereldvoedselprogramma (WFP) van de VN|Wereldvoedselprogramma|WFP", ("zegt", 1),
               "In Jemen dreigen dit jaar 17 miljoen mensen onvoldoende voedsel te hebben, onder wie 2,2 miljoen kinderen onder de vijf jaar.",
               "indirect"),
            St("Een woordvoerder van het WFP|Wereldvoedselprogramma|WFP", ("zegt", 2),
               "dat de rantsoenen in sommige kampen met de helft zijn verlaagd.", "indirect"),
            St("hulpverleners", "volgens",
               "In het kamp bij Marib wonen volgens hulpverleners zo'n 15.000 gezinnen.", "according_to"),
        ],
        figs=[
            Fig("17 miljoen", 17_000_000, "people", counted="17 miljoen mensen", st=0),
            Fig("2,2 miljoen", 2_200_000, "people", counted="2,2 miljoen kinderen", st=0),
            Fig("2,7 miljard dollar", 2_700_000_000, "money", unit="USD"),
            Fig("19 procent", 19, "percent", unit="%"),
            Fig("ruim 4 miljoen", 4_000_000, "displaced", high=None, counted="4 miljoen Jemenieten", ),
            Fig("zo'n 15.000", 15000, "people", approx=True, counted="15.000 gezinnen", st=2),
        ],
        tags=["humanitarian", "displaced", "money-usd", "ages-not-figures", "fraction-not-figure", "onder-wie"],
        notes="'onder de vijf jaar' is an age; 'met de helft' a fraction.",
    ),
    Doc(
        "nl-dev-fig2-30",
        "broadcast",
        """Recorddrukte op Schiphol: 220.000 reizigers op één dag
Schiphol verwacht zaterdag ruim 220.000 reizigers, het hoogste aantal op één dag ooit. Dat maakte de luchthaven vandaag bekend. Er staan die dag bijna 1500 vluchten op het programma.
Reizigers moeten rekening houden met wachttijden van een uur of langer bij de beveiliging. De luchthaven heeft 350 extra beveiligers ingehuurd. Volgens een woordvoerder wordt de terminal om 04.00 uur geopend, een uur eerder dan normaal. Vorig jaar verwerkte Schiphol in totaal 66,8 miljoen passagiers, 7 procent meer dan het jaar ervoor.""",
        fetched_at="2026-07-16T17:00:00+02:00",
        arts=[Art("main", "Recorddrukte op Schiphol")],
        sts=[
            St("de luchthaven|Schiphol", "maakte",
               "Schiphol verwacht zaterdag ruim 220.000 reizigers, het hoogste aantal op één dag ooit.", "indirect"),
            St("[Schiphol] verwacht|Schiphol", "verwacht",
               "zaterdag ruim 220.000 reizigers, het hoogste aantal op één dag ooit.", "indirect"),
            St("een woordvoerder|Schiphol", "Volgens",
               "wordt de terminal om 04.00 uur geopend, een uur eerder dan normaal.", "according_to"),
        ],
        figs=[
            Fig(("220.000", 1), 220000, "people", counted=("220.000 reizigers", 1)),
            Fig("ruim 220.000", 220000, "people", high=None, counted=("220.000 reizigers", 2), st=1),
            Fig("bijna 1500", None, "other", high=1500, counted="1500 vluchten"),
            Fig("350", 350, "people", counted="350 extra beveiligers ingehuurd"),
            Fig("66,8 miljoen", 66_800_000, "people", counted="66,8 miljoen passagiers"),
            Fig("7 procent", 7, "percent", unit="%"),
        ],
        tags=["broadcast", "clock-not-figure", "durations-not-figures", "maakte-bekend", "figures-in-headline"],
        notes="'op één dag' and 'een uur' are durations; '04.00 uur' a clock time. 'Schiphol verwacht' with a noun "
              "object is a forecast (annotated) inside the announcement ('maakte ... bekend'); the figure belongs "
              "to the innermost.",
    ),
    Doc(
        "nl-dev-fig2-31",
        "analysis",
        """Hoeveel asielzoekers komen er echt?
DEN HAAG - Over de instroom van asielzoekers worden in de politiek veel getallen genoemd. Vorig jaar vroegen ruim 38.000 mensen voor het eerst asiel aan in Nederland, blijkt uit cijfers van de IND. Daarnaast kwamen zo'n 9000 nareizigers, meestal kinderen en partners van erkende vluchtelingen.
Minister Marjolein Faber zei in de Tweede Kamer dat de instroom "veel te hoog" is en wil naar een maximum van 15.000 per jaar. Onderzoeker Tim Bakker van de Universiteit Utrecht wijst erop dat Nederland met 2,1 aanvragen per 1000 inwoners in de middenmoot van Europa zit. In het aanmeldcentrum in Ter Apel sliepen deze zomer op het drukste moment bijna 2700 mensen, terwijl er plek is voor 2000.""",
        fetched_at="2026-09-25T06:00:00+02:00",
        arts=[Art("main", "DEN HAAG -", "DEN HAAG")],
        sts=[
            St("Minister Marjolein Faber|Marjolein Faber", "zei", 'dat de instroom "veel te hoog" is', "mixed",
               medium="in de Tweede Kamer"),
            St("Onderzoeker Tim Bakker van de Universiteit Utrecht|Tim Bakker", "wijst",
               "dat Nederland met 2,1 aanvragen per 1000 inwoners in de middenmoot van Europa zit.", "indirect"),
        ],
        figs=[
            Fig("ruim 38.000", 38000, "people", high=None, counted="38.000 mensen"),
            Fig("zo'n 9000", 9000, "people", approx=True, counted="9000 nareizigers"),
            Fig("15.000", 15000, "people"),
            Fig("2,1", 2.1, "other", counted="2,1 aanvragen", st=1),
            Fig("bijna 2700", None, "people", high=2700, counted="2700 mensen"),
            Fig("2000", 2000, "people"),
        ],
        tags=["analysis", "blijkt-uit", "rate", "elliptic-count", "wijst-erop", "mixed", "medium"],
        notes="'per 1000 inwoners' is the base of a rate, not a count. 'wil naar een maximum van' is a plan: not "
              "annotated; its 15.000 counts asylum seekers. 'plek voor 2000' counts people.",
    ),
    Doc(
        "nl-dev-fig2-32",
        "live",
        """Liveblog: noodweer in Limburg
14.05 uur
In Valkenburg is in drie uur tijd 85 millimeter regen gevallen. De Geul staat op sommige plekken 1,5 meter hoger dan normaal.
13.40 uur
De Veiligheidsregio Zuid-Limburg meldt dat uit voorzorg zo'n 400 bewoners van een zorgcentrum en twee campings zijn geëvacueerd. Er zijn geen gewonden gemeld.
13.15 uur
Waterschap Limburg zegt dat de waterstand de komende 12 uur nog met tientallen centimeters kan stijgen. Minister Madlener trekt 5 miljoen euro uit voor noodhulp, laat zijn ministerie weten.""",
        fetched_at="2026-07-14T14:15:00+02:00",
        arts=[Art("main", "Liveblog: noodweer")],
        sts=[
            St("De Veiligheidsregio Zuid-Limburg|Veiligheidsregio Zuid-Limburg", "meldt",
               "dat uit voorzorg zo'n 400 bewoners van een zorgcentrum en twee campings zijn geëvacueerd.", "indirect"),
            St("Waterschap Limburg", "Limburg [zegt]",
               "dat de waterstand de komende 12 uur nog met tientallen centimeters kan stijgen.", "indirect"),
            St("zijn ministerie|ministerie van Infrastructuur", "laat",
               "Minister Madlener trekt 5 miljoen euro uit voor noodhulp,", "indirect"),
        ],
        figs=[
            Fig("85 millimeter", 85, "other", unit="mm"),
            Fig("1,5 meter", 1.5, "other", unit="m"),
            Fig("zo'n 400", 400, "displaced", approx=True, counted="400 bewoners", st=0),
            Fig("twee", 2, "other", counted="twee campings", st=0),
            Fig("tientallen centimeters", 20, "other", high=99, approx=True, unit="cm", st=1),
            Fig("5 miljoen euro", 5_000_000, "money", unit="EUR", st=2),
        ],
        tags=["live", "clock-not-figure", "durations-not-figures", "vague-measure", "measure-mm"],
        notes="'in drie uur tijd' and 'de komende 12 uur' are durations; 'geen gewonden' is no figure.",
    ),
]
