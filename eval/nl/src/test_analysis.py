"""Test split: long newspaper analysis with many quotes (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-analysis-01",
        "analysis",
        """Reportage: een dorp dat zijn school niet wil opgeven
In Ternaard, een dorp van 1500 inwoners in het noorden van Friesland, is de basisschool het laatste dat nog open is. De supermarkt sloot in 2019, de bank al veel eerder.
"Als de school dichtgaat, trekken de jonge gezinnen weg", zegt Sietske de Vries, moeder van drie kinderen. Ze staat met andere ouders voor het schoolhek. Volgens haar hebben al twaalf gezinnen gezegd dat ze verhuizen als de school sluit.
Het schoolbestuur ziet weinig keus. Directeur-bestuurder Hylke Zijlstra rekent voor dat de school nog 41 leerlingen heeft, terwijl er minstens 60 nodig zijn om de school gezond te houden. "Ik snap de emotie", zegt hij. "Maar ik moet ook aan de kwaliteit van het onderwijs denken."
Wethouder Anna Hoekstra van Noardeast-Fryslân belooft dat de gemeente meebetaalt aan een oplossing. Of dat genoeg is? Zijlstra betwijfelt het.""",
        fetched_at="2026-03-07T07:00:00+01:00",
        arts=[Art("main", "Reportage: een")],
        sts=[
            St("Sietske de Vries, moeder van drie kinderen|Sietske de Vries", "[zegt] Sietske",
               '"Als de school dichtgaat, trekken de jonge gezinnen weg",', "direct"),
            St("Volgens [haar]|Sietske de Vries", "Volgens",
               "hebben al twaalf gezinnen gezegd dat ze verhuizen als de school sluit.", "according_to"),
            St("twaalf gezinnen|twaalf gezinnen", "gezinnen [gezegd]", "dat ze verhuizen als de school sluit.",
               "indirect", aux="[hebben] al twaalf", via=1),
            St("Directeur-bestuurder Hylke Zijlstra|Hylke Zijlstra", "rekent",
               "dat de school nog 41 leerlingen heeft, terwijl er minstens 60 nodig zijn om de school gezond te houden.",
               "indirect"),
            St("zegt [hij]|Hylke Zijlstra", "[zegt] hij", '"Ik snap de emotie",', "direct"),
            St("zegt [hij]|Hylke Zijlstra", "[zegt] hij", '"Maar ik moet ook aan de kwaliteit van het onderwijs denken."',
               "direct"),
            St("Wethouder Anna Hoekstra van Noardeast-Fryslân|Anna Hoekstra", "belooft",
               "dat de gemeente meebetaalt aan een oplossing.", "indirect"),
        ],
        figs=[
            Fig("1500", 1500, "people", counted="1500 inwoners"),
            Fig("drie", 3, "people", counted="drie kinderen"),
            Fig("twaalf", 12, "other", counted="twaalf gezinnen", st=1),
            Fig("41", 41, "people", counted="41 leerlingen", st=3),
            Fig("minstens 60", 60, "people", high=None, st=3),
        ],
        tags=["analysis", "nesting-via", "separable", "quote-continuation", "pronoun", "question", "years-not-figures"],
        notes="'rekent voor dat' is separable (voorrekenen): cue 'rekent'. 'Zijlstra betwijfelt het' has no clause. "
              "The unnamed twelve families are a source nested under Sietske de Vries.",
    ),
    Doc(
        "nl-test-analysis-02",
        "analysis",
        """Analyse: waarom Europa en China ruziën over elektrische auto's
Het begon met een onderzoek, het eindigde met heffingen tot 35 procent. De Europese Commissie concludeerde vorig jaar dat Chinese autofabrikanten oneerlijke staatssteun krijgen. Peking noemt dat "protectionisme".
Handelscommissaris Maroš Šefčovič zegt dat Europa "geen naïeve speler" meer is. Maar de Duitse autoindustrie is ongerust. Volkswagen en BMW waarschuwen dat China kan terugslaan met heffingen op Europese auto's. Die vrees is niet ongegrond: het Chinese ministerie van Handel kondigde vorige maand aan een onderzoek te starten naar Europees varkensvlees.
Econoom Alicia García-Herrero van de denktank Bruegel denkt dat beide partijen uiteindelijk een compromis sluiten. "Niemand heeft baat bij een handelsoorlog", zegt ze. Of Brussel daar ook zo over denkt, wilde een woordvoerder van de Commissie niet zeggen.""",
        fetched_at="2026-05-19T06:30:00+02:00",
        arts=[Art("main", "Analyse: waarom")],
        sts=[
            St("De Europese Commissie|Europese Commissie", "concludeerde",
               "dat Chinese autofabrikanten oneerlijke staatssteun krijgen.", "indirect", time="concludeerde [vorig jaar]"),
            St("Handelscommissaris Maroš Šefčovič|Maroš Šefčovič", "Šefčovič [zegt]",
               'dat Europa "geen naïeve speler" meer is.', "mixed"),
            St(["[Volkswagen] en BMW|Volkswagen", "Volkswagen en [BMW]|BMW"], "waarschuwen",
               "dat China kan terugslaan met heffingen op Europese auto's.", "indirect"),
            St("het Chinese ministerie van Handel|Chinese ministerie van Handel", "kondigde",
               "een onderzoek te starten naar Europees varkensvlees.", "indirect", time="kondigde [vorige maand]"),
            St("Econoom Alicia García-Herrero van de denktank Bruegel|Alicia García-Herrero", "Bruegel [denkt]",
               "dat beide partijen uiteindelijk een compromis sluiten.", "indirect"),
            St("zegt [ze]|Alicia García-Herrero", "[zegt] ze", '"Niemand heeft baat bij een handelsoorlog",', "direct"),
        ],
        figs=[Fig("tot 35 procent", None, "percent", high=35, unit="%")],
        tags=["analysis", "two-sources", "separable", "pronoun", "negated-question", "durations-not-figures"],
        notes="'Peking noemt dat protectionisme' takes no clause. The refusal of the Commission's spokesperson "
              "('wilde ... niet zeggen') asserts nothing: not annotated.",
    ),
    Doc(
        "nl-test-analysis-03",
        "analysis",
        """Achtergrond: de stille crisis in de jeugdzorg
Op papier is het geregeld: elk kind dat hulp nodig heeft, krijgt die binnen acht weken. In de praktijk wachten volgens de Inspectie Gezondheidszorg en Jeugd ruim 4000 kinderen langer dan een half jaar op specialistische hulp.
Kinderpsychiater Rutger Jan van der Gaag ziet de gevolgen dagelijks. "Kinderen die we te laat zien, zijn vaak veel zieker", zegt hij. De woordvoerder van de Vereniging Nederlandse Gemeenten stelt dat gemeenten "structureel te weinig geld" krijgen. Het ministerie van VWS ontkent dat. Staatssecretaris Karremans zei vorige maand in de Kamer dat er 300 miljoen euro extra bijkomt.
Jeugdzorgaanbieders zijn sceptisch. Ongeveer een op de vijf aanbieders draait verlies, blijkt uit cijfers van brancheorganisatie Jeugdzorg Nederland.""",
        fetched_at="2026-04-03T08:00:00+02:00",
        arts=[Art("main", "Achtergrond: de")],
        sts=[
            St("de Inspectie Gezondheidszorg en Jeugd|Inspectie Gezondheidszorg en Jeugd", "wachten [volgens]",
               "In de praktijk wachten volgens de Inspectie Gezondheidszorg en Jeugd ruim 4000 kinderen langer dan een half jaar op specialistische hulp.",
               "according_to"),
            St("zegt [hij]|Rutger Jan van der Gaag", "zegt", '"Kinderen die we te laat zien, zijn vaak veel zieker",',
               "direct"),
            St("De woordvoerder van de Vereniging Nederlandse Gemeenten|Vereniging Nederlandse Gemeenten|VNG", "stelt",
               'dat gemeenten "structureel te weinig geld" krijgen.', "mixed"),
            St("Staatssecretaris Karremans|Vincent Karremans|Karremans", "Karremans [zei]",
               "dat er 300 miljoen euro extra bijkomt.", "indirect", time="zei [vorige maand]", medium="in de Kamer"),
            St("[brancheorganisatie Jeugdzorg Nederland]|Jeugdzorg Nederland", "verlies, [blijkt] uit",
               "Ongeveer een op de vijf aanbieders draait verlies,", "indirect"),
        ],
        figs=[
            Fig("ruim 4000", 4000, "people", high=None, counted="4000 kinderen", st=0),
            Fig("300 miljoen euro", 300_000_000, "money", unit="EUR", st=3),
        ],
        tags=["analysis", "de-woordvoerder", "negated", "volgens-mid", "durations-not-figures", "fraction-not-figure"],
        notes="'Het ministerie van VWS ontkent dat' has a pronoun object, no clause: not annotated. "
              "'een op de vijf' is a proportion; 'acht weken' and 'een half jaar' are durations.",
    ),
    Doc(
        "nl-test-analysis-04",
        "analysis",
        """Hoeveel Russische soldaten zijn er gesneuveld? Drie bronnen, drie antwoorden
Het Britse ministerie van Defensie schat dat Rusland sinds februari 2022 meer dan 790.000 militairen heeft verloren, doden en gewonden samen. Oekraïne houdt een nog hoger getal aan: volgens de Oekraïense generale staf zijn het er ruim 900.000.
Onafhankelijke onderzoekers zijn voorzichtiger. De Russische nieuwssite Mediazona en de BBC hebben samen de namen van 106.745 gesneuvelde Russische soldaten verzameld. "Dat is een ondergrens", zegt Mediazona-hoofdredacteur Dmitri Treshchanin. Hij schat dat het werkelijke aantal doden twee keer zo hoog ligt.
Het Kremlin zelf zwijgt. Woordvoerder Dmitri Peskov zei op een vraag van journalisten dat hij over verliezen "geen informatie" geeft.""",
        fetched_at="2026-01-26T09:00:00+01:00",
        arts=[Art("main", "Hoeveel Russische")],
        sts=[
            St("Het Britse ministerie van Defensie|Britse ministerie van Defensie", "Defensie [schat]",
               "dat Rusland sinds februari 2022 meer dan 790.000 militairen heeft verloren, doden en gewonden samen.",
               "indirect"),
            St("de Oekraïense generale staf|Oekraïense generale staf", "volgens", "zijn het er ruim 900.000.",
               "according_to"),
            St("Mediazona-hoofdredacteur Dmitri Treshchanin|Dmitri Treshchanin", "zegt", '"Dat is een ondergrens",',
               "direct"),
            St("[Hij] schat|Dmitri Treshchanin", "[schat] dat het", "dat het werkelijke aantal doden twee keer zo hoog ligt.",
               "indirect"),
            St("Woordvoerder Dmitri Peskov|Dmitri Peskov", "zei", 'dat hij over verliezen "geen informatie" geeft.',
               "mixed"),
        ],
        figs=[
            Fig("meer dan 790.000", 790000, "killed_or_wounded", high=None,
                counted="790.000 militairen heeft verloren, doden en gewonden samen", st=0),
            Fig("ruim 900.000", 900000, "killed_or_wounded", high=None, st=1),
            Fig("106.745", 106745, "killed", counted="106.745 gesneuvelde Russische soldaten"),
        ],
        tags=["analysis", "conflicting", "killed-or-wounded", "headline-number-words-not-figures", "ratio-not-figure",
              "dates-not-figures", "pronoun", "speaker-far"],
        notes="'Drie bronnen, drie antwoorden' in the title is rhetorical, not a figure. "
              "'twee keer zo hoog' is a ratio.",
    ),
    Doc(
        "nl-test-analysis-05",
        "analysis",
        """Column-achtige analyse: de formatie die niet wil vlotten
Na zeventig dagen praten ligt er nog altijd geen akkoord. Informateur Sybrand Buma zei woensdag dat hij "nog niet kan zeggen" wanneer zijn verslag klaar is.
Achter de schermen groeit de irritatie. Een betrokkene vertelt dat de partijen het niet eens worden over de migratieparagraaf. Een andere bron zegt dat VVD en CDA elkaar niet vertrouwen. Zou een minderheidskabinet een optie zijn? CDA-leider Henri Bontenbal sloot dat zaterdag uit: "Daar doen wij niet aan mee."
Politicoloog Sarah de Lange van de Universiteit van Amsterdam wijst erop dat formaties in Nederland gemiddeld 89 dagen duren. "Er is nog geen reden voor paniek", zegt zij.""",
        fetched_at="2026-02-18T07:15:00+01:00",
        arts=[Art("main", "Column-achtige analyse")],
        sts=[
            St("Informateur Sybrand Buma|Sybrand Buma", "Buma [zei]",
               'dat hij "nog niet kan zeggen" wanneer zijn verslag klaar is.', "mixed", time="zei [woensdag]"),
            St("Een betrokkene|betrokkene", "vertelt",
               "dat de partijen het niet eens worden over de migratieparagraaf.", "indirect"),
            St("Een andere bron|andere bron", "bron [zegt]", "dat VVD en CDA elkaar niet vertrouwen.", "indirect"),
            St("CDA-leider Henri Bontenbal|Henri Bontenbal", "sloot", '"Daar doen wij niet aan mee."', "direct",
               time="dat [zaterdag]"),
            St("Politicoloog Sarah de Lange van de Universiteit van Amsterdam|Sarah de Lange", "wijst",
               "dat formaties in Nederland gemiddeld 89 dagen duren.", "indirect"),
            St("zegt [zij]|Sarah de Lange", "[zegt] zij", '"Er is nog geen reden voor paniek",', "direct"),
        ],
        figs=[],
        tags=["analysis", "anonymous-sources", "question", "colon-quote", "separable", "durations-not-figures", "pronoun"],
        notes="'zeventig dagen' and 'gemiddeld 89 dagen' are durations. 'sloot dat uit: \"...\"' (uitsluiten) is "
              "separable, cue 'sloot', content the quote after the colon.",
    ),
]
