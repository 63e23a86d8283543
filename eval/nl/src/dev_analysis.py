"""Dev split: long newspaper analysis with many quotes, speakers far from their quotes."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-analysis-01",
        "analysis",
        """Analyse: waarom de stikstofcrisis maar niet verdwijnt
Vijf jaar na de eerste plannen zijn boeren, natuurorganisaties en de overheid het nog altijd niet eens. Wie met de betrokkenen praat, hoort vooral wantrouwen.
Melkveehouder Gerrit Boersma uit Friesland heeft 140 koeien. Zijn vergunning is volgens hem "geen cent meer waard". Hij vertelt dat hij al drie jaar niet durft te investeren. "Elk jaar veranderen de regels. Hoe moet je dan een bedrijf runnen?"
Bij Natuurmonumenten is de frustratie net zo groot. Directeur Marc van den Tweel wijst erop dat de natuur in bijna 70 procent van de beschermde gebieden achteruitgaat. De overheid heeft volgens hem "tien jaar lang weggekeken".
Minister Femke Wiersma van Landbouw erkent dat het vertrouwen is beschadigd. Ze belooft dat boeren dit jaar duidelijkheid krijgen over hun vergunningen. Of dat lukt, is de vraag: de provincies zeggen dat ze daarvoor te weinig ambtenaren hebben.
Econoom Jeroen Candel van de Wageningen Universiteit vraagt zich af of het kabinet de problemen wel echt wil oplossen. "Er is geld, er is kennis, maar er is geen keuze", zegt hij.""",
        fetched_at="2026-02-28T08:00:00+01:00",
        arts=[Art("main", "Analyse: waarom")],
        sts=[
            St('[hem] "geen|Gerrit Boersma', "is [volgens]", 'Zijn vergunning is volgens hem "geen cent meer waard".', "according_to"),
            St("[Hij] vertelt|Gerrit Boersma", "vertelt", "dat hij al drie jaar niet durft te investeren.", "indirect"),
            St("[Hij] vertelt|Gerrit Boersma", "vertelt",
               '"Elk jaar veranderen de regels. Hoe moet je dan een bedrijf runnen?"', "direct"),
            St("Directeur Marc van den Tweel|Marc van den Tweel", "wijst",
               "dat de natuur in bijna 70 procent van de beschermde gebieden achteruitgaat.", "indirect"),
            St('volgens [hem] "tien|Marc van den Tweel', "heeft [volgens]",
               'De overheid heeft volgens hem "tien jaar lang weggekeken".', "according_to"),
            St("Minister Femke Wiersma van Landbouw|Femke Wiersma", "erkent",
               "dat het vertrouwen is beschadigd.", "indirect"),
            St("[Ze] belooft|Femke Wiersma", "belooft",
               "dat boeren dit jaar duidelijkheid krijgen over hun vergunningen.", "indirect"),
            St("de provincies|provincies", "zeggen", "dat ze daarvoor te weinig ambtenaren hebben.", "indirect"),
            St("Econoom Jeroen Candel van de Wageningen Universiteit|Jeroen Candel", "vraagt",
               "of het kabinet de problemen wel echt wil oplossen.", "indirect"),
            St("zegt [hij]|Jeroen Candel", "[zegt] hij",
               '"Er is geld, er is kennis, maar er is geen keuze",', "direct"),
        ],
        figs=[
            Fig("140", 140, "other", counted="140 koeien"),
            Fig("bijna 70 procent", None, "percent", high=70, unit="%", st=3),
        ],
        tags=["analysis", "question", "pronoun", "speaker-far", "mixed", "durations-not-figures", "wijst-erop"],
        notes="The direct quote after 'Hij vertelt ...' has no cue of its own; it is attributed to the nearest "
              "speaker and cue ('vertelt'). 'wijst erop dat': cue 'wijst'. 'Vijf jaar', 'drie jaar', 'tien jaar' are durations.",
    ),
    Doc(
        "nl-dev-analysis-02",
        "analysis",
        """De NAVO, Trump en de 5 procent: een vergadering vol spanning
BRUSSEL - Toen secretaris-generaal Mark Rutte dinsdagochtend de vergaderzaal binnenliep, was de toon al gezet. De Amerikaanse president Donald Trump had de avond ervoor op zijn platform Truth Social geschreven dat landen die minder dan 5 procent uitgeven "niet op Amerika moeten rekenen".
Rutte probeerde de rust te bewaren. "We delen allemaal hetzelfde doel", zei hij tegen verslaggevers. "De vraag is alleen hoe snel we er komen."
Spanje en België lieten direct weten dat zij het doel niet halen voor 2035. De Spaanse premier Pedro Sánchez noemde de norm "onredelijk" en zei dat zijn land al 2,1 procent uitgeeft. Diplomaten vertellen dat de Amerikaanse ambassadeur in de wandelgangen dreigde met handelsmaatregelen.
Een Nederlandse diplomaat, die anoniem wilde blijven, zegt dat Rutte "zijn ziel heeft verkocht" om Trump tevreden te houden. Het kantoor van Rutte wilde niet reageren.""",
        fetched_at="2026-06-25T07:00:00+02:00",
        arts=[Art("main", "BRUSSEL -", "BRUSSEL", ())],
        sts=[
            St("De Amerikaanse president Donald Trump|Donald Trump", "geschreven",
               'dat landen die minder dan 5 procent uitgeven "niet op Amerika moeten rekenen".', "mixed",
               aux="Trump [had]", medium="op zijn platform Truth Social"),
            St("zei [hij]|Mark Rutte", "[zei] hij", '"We delen allemaal hetzelfde doel",', "direct", medium="tegen verslaggevers"),
            St("zei [hij]|Mark Rutte", "[zei] hij", '"De vraag is alleen hoe snel we er komen."', "direct"),
            St(["[Spanje] en België|Spanje", "Spanje en [België]|België"], "lieten",
               "dat zij het doel niet halen voor 2035.", "indirect"),
            St("De Spaanse premier Pedro Sánchez|Pedro Sánchez", "[zei] dat zijn",
               "dat zijn land al 2,1 procent uitgeeft.", "indirect"),
            St("Diplomaten", "vertellen",
               "dat de Amerikaanse ambassadeur in de wandelgangen dreigde met handelsmaatregelen.", "indirect"),
            St("Een Nederlandse diplomaat, die anoniem wilde blijven|Nederlandse diplomaat", "blijven, [zegt]",
               'dat Rutte "zijn ziel heeft verkocht" om Trump tevreden te houden.', "mixed"),
        ],
        figs=[
            Fig(("5 procent", 1), 5, "percent", unit="%"),
            Fig("minder dan 5 procent", None, "percent", high=5, unit="%", st=0),
            Fig("2,1 procent", 2.1, "percent", unit="%", st=4),
        ],
        tags=["analysis", "two-sources", "speaker-far", "quote-continuation", "mixed", "dateline-no-agency", "years-not-figures"],
        notes="Dateline without agency: agencies empty. The second Rutte quote stands alone after the first and "
              "is attributed to the same cue. 'lieten ... weten' is separable: cue 'lieten'. "
              "'minder dan 5 procent' is an upper bound (high 5).",
    ),
    Doc(
        "nl-dev-analysis-03",
        "analysis",
        """Achtergrond: hoe een ziekenhuis in Zeeland zijn spoedeisende hulp verloor
Het besluit viel op een maandagmiddag in februari. De raad van bestuur van het Zeeuwse ziekenhuis ZorgSaam maakte bekend dat de spoedeisende hulp in Terneuzen 's nachts dichtgaat. Patiënten moeten voortaan naar Goes of Gent, een rit van soms drie kwartier.
"We hadden simpelweg geen keus", zegt bestuursvoorzitter Anja Verhulst. "Er zijn in heel Nederland te weinig SEH-artsen." Volgens haar stonden er vorig jaar 11 vacatures open die niet vervuld konden worden.
Huisarts Koen de Smet uit Axel ziet het anders. Het ziekenhuis heeft volgens hem jarenlang te weinig gedaan om artsen naar Zeeuws-Vlaanderen te halen. Hij zegt dat patiënten met een hartaanval "kostbare minuten" verliezen.
De Nederlandse Zorgautoriteit (NZa) laat in een reactie weten dat zij de gevolgen voor de bereikbaarheid onderzoekt. Ongeveer 106.000 inwoners wonen in het verzorgingsgebied.""",
        fetched_at="2026-03-30T06:00:00+02:00",
        arts=[Art("main", "Achtergrond: hoe")],
        sts=[
            St("De raad van bestuur van het Zeeuwse ziekenhuis ZorgSaam|ZorgSaam|raad van bestuur van ZorgSaam", "maakte",
               "dat de spoedeisende hulp in Terneuzen 's nachts dichtgaat.", "indirect"),
            St("bestuursvoorzitter Anja Verhulst|Anja Verhulst", "[zegt] bestuursvoorzitter", '"We hadden simpelweg geen keus",', "direct"),
            St("bestuursvoorzitter Anja Verhulst|Anja Verhulst", "[zegt] bestuursvoorzitter",
               '"Er zijn in heel Nederland te weinig SEH-artsen."', "direct"),
            St("Volgens [haar]|Anja Verhulst", "Volgens",
               "stonden er vorig jaar 11 vacatures open die niet vervuld konden worden.", "according_to"),
            St("volgens [hem]|Koen de Smet", "heeft [volgens]",
               "Het ziekenhuis heeft volgens hem jarenlang te weinig gedaan om artsen naar Zeeuws-Vlaanderen te halen.",
               "according_to"),
            St("[Hij] zegt|Koen de Smet", "Hij [zegt]",
               'dat patiënten met een hartaanval "kostbare minuten" verliezen.', "mixed"),
            St("De Nederlandse Zorgautoriteit (NZa)|Nederlandse Zorgautoriteit|NZa", "laat",
               "dat zij de gevolgen voor de bereikbaarheid onderzoekt.", "indirect", medium="in een reactie"),
        ],
        figs=[
            Fig("11", 11, "other", counted="11 vacatures", st=3),
            Fig("Ongeveer 106.000", 106000, "people", approx=True, counted="106.000 inwoners"),
        ],
        tags=["analysis", "separable", "quote-continuation", "pronoun", "medium", "durations-not-figures"],
        notes="'drie kwartier' is a duration. 'ziet het anders' is not a cue. 'laat ... weten': cue 'laat'.",
    ),
    Doc(
        "nl-dev-analysis-04",
        "analysis",
        """Hoe betrouwbaar zijn de slachtoffercijfers uit Soedan?
Wie wil weten hoeveel mensen er in de Soedanese burgeroorlog zijn omgekomen, stuit op cijfers die ver uit elkaar liggen. Het Armed Conflict Location & Event Data Project (ACLED) telt sinds april 2023 ruim 28.000 doden door geweld. De Amerikaanse gezant Tom Perriello zei vorig jaar dat het werkelijke aantal mogelijk 150.000 is.
Onderzoekers van de London School of Hygiene & Tropical Medicine schatten in een studie dat alleen al in de staat Khartoem 61.000 mensen zijn overleden, onder wie 26.000 door geweld. Een van de auteurs, Maysoon Dahab, benadrukt dat het om "een voorzichtige schatting" gaat.
Volgens de VN zijn ruim 12 miljoen Soedanezen op de vlucht. Hulporganisaties zeggen dat honger inmiddels meer slachtoffers eist dan de gevechten.""",
        fetched_at="2026-01-15T12:00:00+01:00",
        arts=[Art("main", "Hoe betrouwbaar")],
        sts=[
            St("De Amerikaanse gezant Tom Perriello|Tom Perriello", "Perriello [zei]",
               "dat het werkelijke aantal mogelijk 150.000 is.", "indirect", time="zei [vorig jaar]"),
            St("Onderzoekers van de London School of Hygiene & Tropical Medicine|London School of Hygiene & Tropical Medicine",
               "schatten", "dat alleen al in de staat Khartoem 61.000 mensen zijn overleden, onder wie 26.000 door geweld.",
               "indirect", medium="in een studie"),
            St("Een van de auteurs, Maysoon Dahab|Maysoon Dahab", "benadrukt",
               'dat het om "een voorzichtige schatting" gaat.', "mixed"),
            St("de VN|VN|Verenigde Naties", "Volgens", "zijn ruim 12 miljoen Soedanezen op de vlucht.", "according_to"),
            St("Hulporganisaties", "zeggen", "dat honger inmiddels meer slachtoffers eist dan de gevechten.", "indirect"),
        ],
        figs=[
            Fig("ruim 28.000", 28000, "killed", high=None, counted="28.000 doden door geweld"),
            Fig("150.000", 150000, "killed", approx=True, counted="het werkelijke aantal", st=0),
            Fig("61.000", 61000, "killed", counted="61.000 mensen zijn overleden", st=1),
            Fig("26.000", 26000, "killed", counted="26.000 door geweld", st=1),
            Fig("ruim 12 miljoen", 12_000_000, "displaced", high=None, counted="12 miljoen Soedanezen op de vlucht", st=3),
        ],
        tags=["analysis", "conflicting", "apposition-source", "dates-not-figures", "mogelijk-approx"],
        notes="'telt ... doden' by ACLED is data, not a speech act: not annotated as a statement. "
              "'mogelijk 150.000' is marked approximate. 'april 2023' is a date.",
    ),
]
