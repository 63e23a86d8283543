"""Test split, real-page shapes (do not tune on it): own text in the shapes real pages showed.

Written and annotated before the extractor was run on them; every name, place and
number is invented. Shapes: quote-heavy regional reporting with ``,,...''`` quotes
and continued quote paragraphs, Flemish style ("klinkt het", "zowat", "een
dertigtal", "zegt X aan VRT NWS"), live blogs with clock entries ("19.04 uur:",
"Update 18.00 uur"), captions and page chrome around the article ("Foto: ...",
"© BELGA", "Lees ook", share bars), colon headlines (a statement by the speaker
under the revised guideline; cue: the colon), and parenthetical cues.
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-real-01",
        "regional",
        """Nieuws Sport Weer Verkeer
Wethouder Brakel: ,,Fietsbrug moet er binnen twee jaar liggen''
Deel dit artikel
Foto: RTV Oostland / Gert Haan
WESSELHOEK - De gemeente Wesselhoek wil binnen twee jaar een fietsbrug over het kanaal. Dat zegt wethouder Mirjam Brakel (verkeer). ,,Elke dag steken hier zo'n 1400 scholieren over'', zegt ze. ,,Dat kan zo niet langer.''
Volgens Brakel kost de brug ongeveer 4,2 miljoen euro.""",
        arts=[Art("main", "WESSELHOEK -", "WESSELHOEK")],
        sts=[
            St("Wethouder Brakel|Mirjam Brakel", "Brakel[:]", ",,[Fietsbrug moet er binnen twee jaar liggen]''", "direct"),
            St("wethouder Mirjam Brakel|Mirjam Brakel", "Dat [zegt] wethouder",
               "De gemeente Wesselhoek wil binnen twee jaar een fietsbrug over het kanaal.", "indirect"),
            St("zegt [ze]|Mirjam Brakel", "[zegt] ze", ",,[Elke dag steken hier zo'n 1400 scholieren over]''", "direct"),
            St("zegt [ze]|Mirjam Brakel", "[zegt] ze", ",,[Dat kan zo niet langer].''", "direct"),
            St("Volgens [Brakel]|Mirjam Brakel", "Volgens", "kost de brug ongeveer 4,2 miljoen euro.", "according_to"),
        ],
        figs=[
            Fig("zo'n 1400", 1400, "people", approx=True, counted="1400 scholieren", st=2),
            Fig("ongeveer 4,2 miljoen euro", 4200000, "money", unit="EUR", approx=True, st=4),
        ],
        tags=["colon-headline", "chrome", "caption", "dat-zegt", "quote-continuation", "low9-quotes"],
        notes="'binnen twee jaar' is a duration. The second quote has no cue of its own: Brakel, cue of the first.",
    ),
    Doc(
        "nl-test-real-02",
        "flemish",
        """Zowat 300 betogers trekken door Hasselbeek
© BELGA
Een dertigtal vakbondsmilitanten en zowat 300 sympathisanten hebben zaterdag betoogd tegen de sluiting van het zwembad in Hasselbeek. ,,Dit is een kaakslag voor de gezinnen'', klinkt het bij het actiecomité. Burgemeester Koen Vanderstraeten (CD&V) betreurt de sluiting, zegt hij aan VRT NWS, maar de gemeente kan de kosten niet langer dragen.
Lees ook
Sporthal Hasselbeek krijgt nieuw dak""",
        arts=[Art("main", "Zowat 300 betogers")],
        sts=[
            St("het actiecomité|actiecomité", "klinkt", ",,[Dit is een kaakslag voor de gezinnen]''", "direct"),
            St("zegt [hij] aan|Koen Vanderstraeten", "[zegt] hij aan",
               "Burgemeester Koen Vanderstraeten (CD&V) betreurt de sluiting, zegt hij aan VRT NWS, maar de gemeente kan de kosten niet langer dragen",
               "indirect", medium="aan VRT NWS"),
        ],
        figs=[
            Fig("Zowat 300", 300, "people", approx=True, counted="300 betogers"),
            Fig("Een dertigtal", 30, "people", approx=True, counted="vakbondsmilitanten"),
            Fig("zowat 300 sympathisanten", 300, "people", approx=True),
        ],
        tags=["flemish", "klinkt-het", "dertigtal", "zowat", "parenthetical-cue", "medium-aan", "lees-ook"],
        notes="The parenthetical 'zegt hij aan VRT NWS' covers the whole sentence around it; the party '(CD&V)' is no figure.",
    ),
    Doc(
        "nl-test-real-03",
        "live",
        """LIVE | Storm Ilse raast over het land
Update 18.00 uur
Het KNMI heeft code oranje afgegeven voor vier provincies. Volgens de weerdienst kunnen windstoten oplopen tot 110 kilometer per uur.
17.42 uur: Bomen op het spoor
ProRail meldt dat er tussen Zwolle en Meppel geen treinen rijden. ,,We verwachten dat het tot vanavond duurt'', aldus een woordvoerder.
17.15 uur: Brandweer druk
De brandweer kreeg volgens de veiligheidsregio al ruim 250 meldingen binnen.""",
        arts=[Art("main", "LIVE | Storm")],
        sts=[
            St("Volgens [de weerdienst]|KNMI", "Volgens", "kunnen windstoten oplopen tot 110 kilometer per uur.", "according_to"),
            St("ProRail", "meldt", "dat er tussen Zwolle en Meppel geen treinen rijden.", "indirect"),
            St("een woordvoerder|ProRail", "aldus", ",,[We verwachten dat het tot vanavond duurt]''", "direct"),
            St("de veiligheidsregio|veiligheidsregio", "kreeg [volgens]",
               "De brandweer kreeg volgens de veiligheidsregio al ruim 250 meldingen binnen.", "according_to"),
        ],
        figs=[
            Fig("tot 110 kilometer per uur", None, "other", high=110, unit="km/h", st=0),
            Fig("ruim 250", 250, "other", high=None, counted="250 meldingen", st=3),
        ],
        tags=["live", "clock-entries", "update-line", "aldus-woordvoerder", "volgens-mid", "code-not-figure"],
        notes="'18.00 uur', '17.42 uur', '17.15 uur' are clock times; 'vier provincies' is a count (figure).",
    ),
    Doc(
        "nl-test-real-04",
        "regional",
        """Brand in flatgebouw Kolderveen: 22 bewoners geëvacueerd
KOLDERVEEN - In een flat aan de Esdoornlaan in Kolderveen heeft vannacht brand gewoed. 22 bewoners moesten hun woning uit. Niemand raakte gewond, meldt de veiligheidsregio.
Buurman Ferry Oostdijk (43) zag de vlammen uit het dak slaan. ,,Ik heb meteen 112 gebeld en ben gaan aanbellen bij de buren. Gelukkig was iedereen snel buiten.''
,,Het was echt eng'', vertelt bewoonster Tineke Rozema. ,,Mijn kat zit nog binnen.''""",
        arts=[Art("main", "KOLDERVEEN -", "KOLDERVEEN")],
        sts=[
            St("de veiligheidsregio|veiligheidsregio", "meldt", "Niemand raakte gewond,", "indirect"),
            St("Buurman Ferry Oostdijk|Ferry Oostdijk", "[,,]Ik heb meteen",
               ",,[Ik heb meteen 112 gebeld en ben gaan aanbellen bij de buren. Gelukkig was iedereen snel buiten].''", "direct"),
            St("bewoonster Tineke Rozema|Tineke Rozema", "vertelt", ",,[Het was echt eng]''", "direct"),
            St("bewoonster Tineke Rozema|Tineke Rozema", "vertelt", ",,[Mijn kat zit nog binnen].''", "direct"),
        ],
        figs=[
            Fig("Kolderveen: [22]", 22, "displaced", counted="22 bewoners geëvacueerd"),
            Fig("[22] bewoners moesten", 22, "displaced"),
        ],
        tags=["regional", "trailing-cue", "quote-after-introduction", "vertelt", "age-not-figure", "phone-number"],
        notes="Oostdijk's quote has no cue of its own and follows a sentence that introduces him ('zag de vlammen', no statement): "
        "his statement, cue the opening mark (convention 'quotation after an introduction'). '112' is a phone number; "
        "'(43)' an age. The headline figure and the body figure are two figures.",
    ),
    Doc(
        "nl-test-real-05",
        "wire",
        """Kabinet: tekort zorgpersoneel loopt op tot 60.000
DEN HAAG (ANP) - Het tekort aan zorgpersoneel loopt de komende vijf jaar op tot 60.000 mensen. Dat staat in een brief van minister Ruben Meijling (Volksgezondheid) aan de Tweede Kamer. Meijling schrijft dat vooral de ouderenzorg het zwaar krijgt.
Werkgeversorganisatie ActiZorg spreekt van ,,een stille ramp''.""",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("Kabinet", "Kabinet[:]", "tekort zorgpersoneel loopt op tot 60.000", "indirect"),
            St("[Meijling] schrijft|Ruben Meijling", "schrijft", "dat vooral de ouderenzorg het zwaar krijgt.", "indirect"),
            St("Werkgeversorganisatie ActiZorg|ActiZorg", "spreekt", ",,[een stille ramp]''", "direct"),
        ],
        figs=[
            Fig(("tot 60.000", 1), None, "people", high=60000, st=0),
            Fig("tot 60.000 mensen", None, "people", high=60000),
        ],
        tags=["colon-headline", "schrijft", "spreekt-van", "staat-in-not-statement"],
        notes="'Dat staat in een brief' names a document, not a speaker: not annotated (Meijling's own 'schrijft' is).",
    ),
    Doc(
        "nl-test-real-06",
        "flemish",
        """Nieuwe verkeerslichten moeten ongevallen op N47 terugdringen
Het kruispunt van de N47 met de Stationsstraat in Overbeke krijgt nieuwe verkeerslichten. Vorig jaar vielen er zeven gewonden. ,,Dit kruispunt staat al jaren op onze zwarte lijst'', zegt schepen van Mobiliteit Lies Verhaegen. ,,Met de nieuwe lichten krijgen fietsers een eigen groen.''
De werken kosten een slordige 800.000 euro en duren een zestal weken, klinkt het bij het Agentschap Wegen en Verkeer.""",
        arts=[Art("main", "Nieuwe verkeerslichten moeten")],
        sts=[
            St("schepen van Mobiliteit Lies Verhaegen|Lies Verhaegen", "zegt",
               ",,[Dit kruispunt staat al jaren op onze zwarte lijst]''", "direct"),
            St("schepen van Mobiliteit Lies Verhaegen|Lies Verhaegen", "zegt",
               ",,[Met de nieuwe lichten krijgen fietsers een eigen groen].''", "direct"),
            St("het Agentschap Wegen en Verkeer|Agentschap Wegen en Verkeer", "klinkt",
               "De werken kosten een slordige 800.000 euro en duren een zestal weken,", "indirect"),
        ],
        figs=[
            Fig("zeven", 7, "wounded", counted="zeven gewonden"),
            Fig("een slordige 800.000 euro", 800000, "money", unit="EUR", approx=True, st=2),
        ],
        tags=["flemish", "schepen", "klinkt-het-indirect", "road-number-not-figure", "duration-not-figure"],
        notes="'N47' is a road number; 'een zestal weken' a duration.",
    ),
    Doc(
        "nl-test-real-07",
        "police",
        """Home > Regio > Drenthe
Politie houdt elf jongeren aan na onrust bij station
Leestijd: 2 minuten
ASSELDORP - Bij onrust rond het station van Asseldorp zijn zaterdagavond elf jongeren aangehouden. Dat meldt de politie. Een agent raakte lichtgewond aan zijn hand.
,,Er werd met vuurwerk gegooid naar collega's'', zegt politiewoordvoerder Bas Keuning. ,,Dat accepteren we niet.'' Volgens Keuning waren er zo'n 80 jongeren op de been.
Deel op Facebook Deel op X""",
        arts=[Art("main", "ASSELDORP -", "ASSELDORP")],
        sts=[
            St("de politie|politie", "meldt",
               "Bij onrust rond het station van Asseldorp zijn zaterdagavond elf jongeren aangehouden.", "indirect"),
            St("politiewoordvoerder Bas Keuning|Bas Keuning", "zegt", ",,[Er werd met vuurwerk gegooid naar collega's]''", "direct"),
            St("politiewoordvoerder Bas Keuning|Bas Keuning", "zegt", ",,[Dat accepteren we niet].''", "direct"),
            St("Volgens [Keuning]|Bas Keuning", "Volgens", "waren er zo'n 80 jongeren op de been.", "according_to"),
        ],
        figs=[
            Fig("elf jongeren aan", 11, "arrested"),
            Fig("zijn zaterdagavond [elf]", 11, "arrested", counted="elf jongeren aangehouden", st=0),
            Fig("zo'n 80", 80, "people", approx=True, counted="80 jongeren", st=3),
        ],
        tags=["police", "breadcrumb", "reading-time", "share-bar", "dat-meldt", "quote-continuation"],
        notes="'Leestijd: 2 minuten' is chrome. 'Een agent raakte lichtgewond' is 'een' as an article: no figure.",
    ),
    Doc(
        "nl-test-real-08",
        "live",
        """Liveblog verkiezingsavond gemeenteraad
22.47 uur
Lokale partij Stadsbelang Ravenhaven wordt met 9 zetels (+3) de grootste, blijkt uit de voorlopige uitslag.
22.31 uur
Lijsttrekker Noor Akkerman van Stadsbelang is uitgelaten. ,,Dit hadden we niet durven dromen'', zegt ze tegen de lokale omroep.
22.05 uur
De opkomst ligt volgens de gemeente op 51,4 procent.""",
        arts=[Art("main", "Liveblog verkiezingsavond")],
        sts=[
            St("Lijsttrekker Noor Akkerman van Stadsbelang|Noor Akkerman", "zegt",
               ",,[Dit hadden we niet durven dromen]''", "direct", medium="tegen de lokale omroep"),
            St("de gemeente|gemeente", "ligt [volgens]", "De opkomst ligt volgens de gemeente op 51,4 procent.", "according_to"),
        ],
        figs=[
            Fig("9 zetels", 9, "other"),
            Fig("(+3)", 3, "other"),
            Fig("51,4 procent", 51.4, "percent", unit="%", st=1),
        ],
        tags=["live", "clock-entries", "seats-with-change", "blijkt-uit-not-statement", "medium-tegen"],
        notes="'blijkt uit de voorlopige uitslag' names a data source: not a statement (guideline). The seat change '(+3)' is its own figure.",
    ),
    Doc(
        "nl-test-real-09",
        "caption",
        """Beeld ANP
Reddingswerkers zoeken in het puin naar overlevenden. Beeld Reuters
Aardbeving in Turkije: dodental stijgt naar 340
ANKARA - Het dodental van de aardbeving in het oosten van Turkije is gestegen naar 340. Dat heeft de Turkse rampenorganisatie bekendgemaakt. Meer dan 1800 mensen raakten gewond.
Een correspondent ter plaatse zegt dat in sommige dorpen nog geen hulp is aangekomen.""",
        arts=[Art("main", "ANKARA -", "ANKARA")],
        sts=[
            St("de Turkse rampenorganisatie|Turkse rampenorganisatie", "bekendgemaakt",
               "Het dodental van de aardbeving in het oosten van Turkije is gestegen naar 340.", "indirect", aux="Dat [heeft] de Turkse"),
            St("Een correspondent ter plaatse|correspondent ter plaatse", "zegt",
               "dat in sommige dorpen nog geen hulp is aangekomen.", "indirect"),
        ],
        figs=[
            Fig("naar 340\nANKARA", 340, "killed"),
            Fig("gestegen naar [340]", 340, "killed", st=0),
            Fig("Meer dan 1800", 1800, "wounded", high=None, counted="1800 mensen raakten gewond"),
        ],
        tags=["caption", "beeld-credit", "dat-heeft-bekendgemaakt", "correspondent", "headline-figure"],
        notes="Caption lines with 'Beeld ANP'/'Beeld Reuters' are chrome. The headline has no speaker (no colon attribution: "
        "'Aardbeving in Turkije' is a topic, not a source); its figure is a figure.",
    ),
    Doc(
        "nl-test-real-10",
        "flemish",
        """Stad Merkelbeke telt een vijftigtal daklozen meer dan vorig jaar
In Merkelbeke slapen zowat 420 mensen op straat of in de nachtopvang. Dat is een vijftigtal meer dan bij de vorige telling, zegt het OCMW. ,,We zien vooral meer jonge mannen'', vertelt coördinator Wim De Clercq aan Het Laatste Bericht. ,,Veel van hen werken wel, maar vinden geen woning.''
Schepen Ann Peeters (Groen) noemt de cijfers ,,hallucinant''.""",
        arts=[Art("main", "Stad Merkelbeke telt")],
        sts=[
            St("het OCMW|OCMW", "zegt", "Dat is een vijftigtal meer dan bij de vorige telling,", "indirect"),
            St("coördinator Wim De Clercq|Wim De Clercq", "vertelt", ",,[We zien vooral meer jonge mannen]''", "direct",
               medium="aan Het Laatste Bericht"),
            St("coördinator Wim De Clercq|Wim De Clercq", "vertelt",
               ",,[Veel van hen werken wel, maar vinden geen woning].''", "direct"),
        ],
        figs=[
            Fig("een vijftigtal daklozen", 50, "people", approx=True),
            Fig("zowat 420", 420, "people", approx=True, counted="420 mensen"),
            Fig("Dat is [een vijftigtal]", 50, "people", approx=True, st=0),
        ],
        tags=["flemish", "vijftigtal", "zowat", "ocmw", "medium-aan", "noemen-not-statement"],
        notes="'noemt de cijfers hallucinant' is 'noemen X Y': not annotated (guideline).",
    ),
    Doc(
        "nl-test-real-11",
        "regional",
        """Boeren blokkeren distributiecentrum: 'We laten ons niet wegjagen'
VEENHOVEN - Zo'n 60 trekkers blokkeren sinds vanochtend de toegang tot het distributiecentrum van supermarktketen Plenty in Veenhoven. ,,We laten ons niet wegjagen'', zegt actievoerder Jelle Bosma. ,,We blijven tot er een gesprek komt.''
Plenty laat in een reactie weten dat de schappen in de regio leeg dreigen te raken.""",
        arts=[Art("main", "VEENHOVEN -", "VEENHOVEN")],
        sts=[
            St("actievoerder Jelle Bosma|Jelle Bosma", "zegt", ",,[We laten ons niet wegjagen]''", "direct"),
            St("actievoerder Jelle Bosma|Jelle Bosma", "zegt", ",,[We blijven tot er een gesprek komt].''", "direct"),
            St("[Plenty] laat|Plenty", "laat", "dat de schappen in de regio leeg dreigen te raken.", "indirect"),
        ],
        figs=[Fig("Zo'n 60", 60, "other", approx=True, counted="60 trekkers")],
        tags=["regional", "headline-quote-no-speaker", "laat-weten", "quote-continuation"],
        notes="The headline quote 'We laten ons niet wegjagen' follows a topic, not a speaker: not annotated as a colon "
        "attribution (the body gives the same words with Bosma as source).",
    ),
    Doc(
        "nl-test-real-12",
        "court",
        """Officier eist tien jaar cel voor schietpartij in Lindendaal
ZWOLLE - Het Openbaar Ministerie eist tien jaar cel tegen een 27-jarige man uit Lindendaal. Hij zou in maart op de Kerkstraat drie keer hebben geschoten. ,,Het is puur geluk dat niemand is omgekomen'', zei de officier van justitie. Advocaat Mila Terpstra ontkent dat haar cliënt de schutter was.
De rechtbank doet over twee weken uitspraak.""",
        arts=[Art("main", "ZWOLLE -", "ZWOLLE")],
        sts=[
            St("de officier van justitie|Openbaar Ministerie|officier van justitie", "zei",
               ",,[Het is puur geluk dat niemand is omgekomen]''", "direct"),
            St("Advocaat Mila Terpstra|Mila Terpstra", "ontkent", "dat haar cliënt de schutter was.", "indirect"),
        ],
        figs=[],
        tags=["court", "eisen-not-statement", "denial", "age-not-figure", "zou-no-source", "no-figures"],
        notes="'tien jaar cel' is a duration, '27-jarige' an age, 'drie keer' a frequency: no figures. "
        "'Hij zou ... hebben geschoten' is reportative zou without a named source.",
    ),
    Doc(
        "nl-test-real-13",
        "live",
        """Liveblog | Noodweer in het zuiden
19.04 uur: Wegen onder water
In Limburg staan volgens Rijkswaterstaat zeker twaalf wegen onder water.
18.51 uur: Evacuatie in Geulhoven
De burgemeester van Geulhoven, Ton Schreurs, heeft bevestigd dat 130 inwoners hun huis moesten verlaten. ,,Het water stijgt sneller dan we dachten'', zei hij op een persconferentie.
18.20 uur
Waterschap Maasdal: piek wordt vannacht verwacht""",
        arts=[Art("main", "Liveblog | Noodweer")],
        sts=[
            St("Rijkswaterstaat", "staan [volgens]",
               "In Limburg staan volgens Rijkswaterstaat zeker twaalf wegen onder water.", "according_to"),
            St("De burgemeester van Geulhoven, Ton Schreurs|Ton Schreurs", "bevestigd",
               "dat 130 inwoners hun huis moesten verlaten.", "indirect", aux="Schreurs, [heeft] bevestigd"),
            St("zei [hij]|Ton Schreurs", "zei", ",,[Het water stijgt sneller dan we dachten]''", "direct",
               medium="op een persconferentie"),
            St("Waterschap Maasdal", "Maasdal[:]", "piek wordt vannacht verwacht", "indirect"),
        ],
        figs=[
            Fig("zeker twaalf", 12, "other", high=None, counted="twaalf wegen", st=0),
            Fig("130", 130, "displaced", counted="130 inwoners", st=1),
        ],
        tags=["live", "clock-entries", "colon-entry-headline", "bevestigd", "volgens-mid", "apposition-name"],
    ),
    Doc(
        "nl-test-real-14",
        "broadcast",
        """Video
Bekijk hier de beelden van de brand
02:14
Grote brand bij recyclingbedrijf in Dorrestein, bewoners moeten ramen dichthouden
DORRESTEIN - Bij recyclingbedrijf Van der Molen in Dorrestein woedt sinds vanmiddag een grote brand. De brandweer zet ruim 40 brandweerlieden in. Er komt veel rook vrij, zegt een woordvoerder van de veiligheidsregio. Omwonenden moeten ramen en deuren sluiten.
Directeur Arjen van der Molen: ,,Alles wat we in twintig jaar hebben opgebouwd, gaat in rook op.''""",
        arts=[Art("main", "DORRESTEIN -", "DORRESTEIN")],
        sts=[
            St("een woordvoerder van de veiligheidsregio|veiligheidsregio", "zegt", "Er komt veel rook vrij,", "indirect"),
            St("Directeur Arjen van der Molen|Arjen van der Molen", "Molen[:]",
               ",,[Alles wat we in twintig jaar hebben opgebouwd, gaat in rook op].''", "direct"),
        ],
        figs=[Fig("ruim 40", 40, "people", high=None, counted="40 brandweerlieden")],
        tags=["broadcast", "video-chrome", "video-duration", "colon-quote-body", "trailing-cue"],
        notes="'02:14' is a video length. 'in twintig jaar' is a duration.",
    ),
    Doc(
        "nl-test-real-15",
        "flemish",
        """Twee à drieduizend fietsers verwacht op Ronde van Beverloo
BEVERLOO - Op de toeristische Ronde van Beverloo worden zondag twee à drieduizend fietsers verwacht. ,,Vorig jaar waren het er een 2.400'', weet organisator Dirk Vansteenkiste. De politie zet een tiental motards in.
Het parcours is 112 kilometer lang en passeert drie gemeenten.""",
        arts=[Art("main", "BEVERLOO -", "BEVERLOO")],
        sts=[
            St("organisator Dirk Vansteenkiste|Dirk Vansteenkiste", "weet", ",,[Vorig jaar waren het er een 2.400]''", "direct"),
        ],
        figs=[
            Fig("Twee à drieduizend", 2000, "people", high=3000, approx=True),
            Fig("zondag [twee à drieduizend]", 2000, "people", high=3000, approx=True),
            Fig("een 2.400", 2400, "people", approx=True, st=0),
            Fig("een tiental", 10, "people", approx=True, counted="motards"),
            Fig("112 kilometer", 112, "other", unit="km"),
            Fig("drie gemeenten", 3, "other"),
        ],
        tags=["flemish", "a-range-scale", "tiental", "een-approx", "weet-cue"],
        notes="'twee à drieduizend': the scale word applies to both ends (2000-3000). 'een 2.400' is approximate (Flemish).",
    ),
    Doc(
        "nl-test-real-16",
        "wire",
        """Minister: 'Geen extra geld voor Lelystad Airport'
DEN HAAG (ANP) - Er komt geen extra geld voor de opening van Lelystad Airport. Dat heeft minister Femke Hoogland van Infrastructuur dinsdag gezegd in de Tweede Kamer. De luchthaven vroeg om 35 miljoen euro.
Directeur Paul Weerman van de luchthaven reageerde teleurgesteld. ,,We zijn al jaren klaar om open te gaan'', zei hij. ,,Nu staat alles weer stil.''""",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("Minister|Femke Hoogland", "Minister[:]", "'[Geen extra geld voor Lelystad Airport]'", "direct"),
            St("minister Femke Hoogland van Infrastructuur|Femke Hoogland", "gezegd",
               "Er komt geen extra geld voor de opening van Lelystad Airport.", "indirect", aux="Dat [heeft] minister"),
            St("zei [hij]|Paul Weerman", "zei", ",,[We zijn al jaren klaar om open te gaan]''", "direct"),
            St("zei [hij]|Paul Weerman", "zei", ",,[Nu staat alles weer stil].''", "direct"),
        ],
        figs=[Fig("35 miljoen euro", 35000000, "money", unit="EUR")],
        tags=["colon-headline-role", "dat-heeft-gezegd", "quote-continuation", "single-quotes"],
        notes="'vroeg om 35 miljoen euro' is a request (action), not a statement.",
    ),
    Doc(
        "nl-test-real-17",
        "regional",
        """Nieuwe huisartsenpost in Oldehaske opent in mei
Foto: Omrop Noordwest
OLDEHASKE - In Oldehaske opent in mei een nieuwe huisartsenpost. De post krijgt zes artsen en moet zo'n 9000 patiënten bedienen, zegt projectleider Geertje Hoekstra.
De post was hard nodig, vindt ze. ,,Mensen stonden wekenlang op een wachtlijst. Sommigen reden elke keer 40 kilometer naar Drachten.''""",
        arts=[Art("main", "OLDEHASKE -", "OLDEHASKE")],
        sts=[
            St("projectleider Geertje Hoekstra|Geertje Hoekstra", "zegt",
               "De post krijgt zes artsen en moet zo'n 9000 patiënten bedienen,", "indirect"),
            St("vindt [ze]|Geertje Hoekstra", "vindt", "De post was hard nodig,", "indirect"),
            St("vindt [ze]|Geertje Hoekstra", "vindt",
               ",,[Mensen stonden wekenlang op een wachtlijst. Sommigen reden elke keer 40 kilometer naar Drachten].''", "direct"),
        ],
        figs=[
            Fig("zes artsen", 6, "people", st=0),
            Fig("zo'n 9000", 9000, "people", approx=True, counted="9000 patiënten", st=0),
            Fig("40 kilometer", 40, "other", unit="km", st=2),
        ],
        tags=["regional", "caption-credit", "trailing-cue", "vindt-trailing", "quote-after-opinion"],
        notes="The closing quote has no cue of its own and follows 'vindt ze.' (annotated itself): a direct statement with "
        "the preceding speaker and cue, as the guideline for quotes without their own cue says (it was left out before 0.11).",
    ),
    Doc(
        "nl-test-real-18",
        "dump",
        """Meer uit Buitenland
BERLIJN (ANP/DPA) - De Duitse politie heeft in Hamburg 14 verdachten opgepakt in een onderzoek naar mensensmokkel. Dat meldt het Openbaar Ministerie in Hamburg.
21 minuten geledenROME (ANP/AFP) - Bij een busongeluk bij Napels zijn zeker vijf doden gevallen. Volgens de Italiaanse brandweer raakten 19 mensen gewond.
1 uur geledenMADRID (ANP/Reuters) - In Spanje zijn vrijdag opnieuw tienduizenden mensen de straat op gegaan tegen de hoge huren.
2 uur geleden""",
        fetched_at="2026-05-15T14:00:00+02:00",
        arts=[
            Art("teaser", "BERLIJN (ANP/DPA) -", "BERLIJN", ("ANP", "DPA"), ago="21m", expr="21 minuten geleden"),
            Art("teaser", "ROME (ANP/AFP) -", "ROME", ("ANP", "AFP"), ago="1h", expr="1 uur geleden"),
            Art("teaser", "MADRID (ANP/Reuters) -", "MADRID", ("ANP", "Reuters"), ago="2h", expr="2 uur geleden"),
        ],
        sts=[
            St("het Openbaar Ministerie in Hamburg|Openbaar Ministerie in Hamburg|Openbaar Ministerie", "meldt",
               "De Duitse politie heeft in Hamburg 14 verdachten opgepakt in een onderzoek naar mensensmokkel.", "indirect"),
            St("de Italiaanse brandweer|Italiaanse brandweer", "Volgens", "raakten 19 mensen gewond.", "according_to"),
        ],
        figs=[
            Fig("14", 14, "arrested", counted="14 verdachten opgepakt", st=0),
            Fig("zeker vijf", 5, "killed", high=None, counted="vijf doden"),
            Fig("19", 19, "wounded", counted="19 mensen gewond", st=1),
            Fig("tienduizenden", 20000, "people", high=99999, approx=True, counted="tienduizenden mensen"),
        ],
        tags=["dump", "teasers", "glued-times", "dat-meldt", "volgens-start"],
    ),
    Doc(
        "nl-test-real-19",
        "regional",
        """Bewoners Zuiderhof boos over kap van 140 bomen
HAARSTEDE - Bewoners van de wijk Zuiderhof in Haarstede zijn boos over de kap van 140 bomen langs de Parklaan. ,,Ze hebben ons niets gevraagd'', zegt buurtbewoner Karin Sloots. ,,Op een maandagochtend stonden de zagen er gewoon.''
De gemeente laat weten dat de bomen ziek waren. Er komen volgens een woordvoerder 90 nieuwe bomen voor terug.""",
        arts=[Art("main", "HAARSTEDE -", "HAARSTEDE")],
        sts=[
            St("buurtbewoner Karin Sloots|Karin Sloots", "zegt", ",,[Ze hebben ons niets gevraagd]''", "direct"),
            St("buurtbewoner Karin Sloots|Karin Sloots", "zegt", ",,[Op een maandagochtend stonden de zagen er gewoon].''", "direct"),
            St("De gemeente|gemeente|gemeente Haarstede", "laat", "dat de bomen ziek waren.", "indirect"),
            St("een woordvoerder|gemeente|gemeente Haarstede", "komen [volgens]",
               "Er komen volgens een woordvoerder 90 nieuwe bomen voor terug.", "according_to"),
        ],
        figs=[
            Fig("kap van 140 bomen\nHAARSTEDE", 140, "other"),
            Fig("kap van 140 bomen langs", 140, "other"),
            Fig("90", 90, "other", counted="90 nieuwe bomen", st=3),
        ],
        tags=["regional", "quote-continuation", "laat-weten", "volgens-woordvoerder-mid"],
        notes="'een maandagochtend': 'een' is an article. The municipality is 'de gemeente' on a page datelined Haarstede: "
        "the name 'gemeente Haarstede' is accepted as an alias, not required.",
    ),
    Doc(
        "nl-test-real-20",
        "flemish",
        """Zeker 25 gewonden bij botsing tussen tram en bus in Antwerpen
In Antwerpen zijn dinsdagochtend een tram en een lijnbus met elkaar in botsing gekomen. Daarbij vielen zeker 25 gewonden, van wie drie zwaargewonden. Dat bevestigt woordvoerster Sofie Claes van de brandweer aan Radio 2.
,,Een aantal passagiers zat gekneld'', zegt Claes. ,,Het heeft even geduurd voor iedereen eruit was.''
De Lijn onderzoekt hoe de botsing kon gebeuren.""",
        arts=[Art("main", "Zeker 25 gewonden")],
        sts=[
            St("woordvoerster Sofie Claes van de brandweer|Sofie Claes", "bevestigt",
               "Daarbij vielen zeker 25 gewonden, van wie drie zwaargewonden.", "indirect", medium="aan Radio 2"),
            St("zegt [Claes]|Sofie Claes", "zegt", ",,[Een aantal passagiers zat gekneld]''", "direct"),
            St("zegt [Claes]|Sofie Claes", "zegt", ",,[Het heeft even geduurd voor iedereen eruit was].''", "direct"),
        ],
        figs=[
            Fig("Zeker 25", 25, "wounded", high=None, counted="25 gewonden bij botsing"),
            Fig("zeker 25 gewonden,", 25, "wounded", high=None, st=0),
            Fig("drie", 3, "wounded", counted="drie zwaargewonden", st=0),
        ],
        tags=["flemish", "dat-bevestigt", "medium-radio-2-not-figure", "quote-continuation"],
        notes="'Radio 2' is a channel name, not a figure. 'onderzoekt' is an action.",
    ),
    Doc(
        "nl-test-real-21",
        "economy",
        """Chipmaker Veltronix schrapt 450 banen
Leestijd 3 min
EINDHOVEN - Chipmaker Veltronix schrapt wereldwijd 450 banen, van wie ongeveer 120 in Nederland. Dat heeft het bedrijf woensdag bekendgemaakt. De omzet daalde vorig jaar met 14 procent.
Topman Reinier Blom spreekt in een verklaring van ,,een pijnlijke maar noodzakelijke stap''. Vakbond De Unie noemt het besluit ,,onbegrijpelijk'' en zegt dat de werknemers overvallen zijn.""",
        arts=[Art("main", "EINDHOVEN -", "EINDHOVEN")],
        sts=[
            St("het bedrijf|Veltronix", "bekendgemaakt",
               "Chipmaker Veltronix schrapt wereldwijd 450 banen, van wie ongeveer 120 in Nederland.", "indirect",
               aux="Dat [heeft] het bedrijf"),
            St("Topman Reinier Blom|Reinier Blom", "spreekt", ",,[een pijnlijke maar noodzakelijke stap]''", "direct",
               medium="in een verklaring"),
            St("Vakbond De Unie|De Unie", "[zegt] dat de werknemers", "dat de werknemers overvallen zijn.", "indirect"),
        ],
        figs=[
            Fig("schrapt 450 banen", 450, "other"),
            Fig("wereldwijd 450 banen", 450, "other", st=0),
            Fig("ongeveer 120", 120, "other", approx=True, st=0),
            Fig("14 procent", 14, "percent", unit="%"),
        ],
        tags=["economy", "reading-time", "dat-heeft-bekendgemaakt", "spreekt-van", "noemen-not-statement", "coordinated-cue"],
    ),
    Doc(
        "nl-test-real-22",
        "live",
        """LIVE Begrotingsdebat Provinciale Staten
Laatste update: 16.12 uur
16.10 uur
Gedeputeerde Sander Wieringa (VVD) houdt vol dat de provincie geen geld heeft voor de busverbinding naar Kleiweerd. ,,De pot is leeg'', zegt hij.
15.48 uur
Statenlid Yara Demir (GL) wil dat de provincie 2,5 miljoen euro vrijmaakt. Volgens haar gebruiken ruim 700 reizigers de lijn per dag.""",
        arts=[Art("main", "LIVE Begrotingsdebat")],
        sts=[
            St("Gedeputeerde Sander Wieringa (VVD)|Sander Wieringa", "houdt",
               "dat de provincie geen geld heeft voor de busverbinding naar Kleiweerd.", "indirect"),
            St("zegt [hij]|Sander Wieringa", "zegt", ",,[De pot is leeg]''", "direct"),
            St("Volgens [haar]|Yara Demir", "Volgens", "gebruiken ruim 700 reizigers de lijn per dag.", "according_to"),
        ],
        figs=[
            Fig("2,5 miljoen euro", 2500000, "money", unit="EUR"),
            Fig("ruim 700", 700, "people", high=None, counted="700 reizigers", st=2),
        ],
        tags=["live", "update-line", "clock-entries", "houdt-vol", "wil-dat-not-statement", "party-parenthesis"],
        notes="'wil dat' is a wish/plan, not annotated (guideline).",
    ),
    Doc(
        "nl-test-real-23",
        "regional",
        """Vissers in Harlingerzijl vrezen voor toekomst
HARLINGERZIJL - Van de ooit 30 kotters in de haven van Harlingerzijl zijn er nog elf over. ,,Als dit zo doorgaat, is er over vijf jaar niemand meer'', zegt visser Douwe Kingma (63), die al 40 jaar vaart. ,,Mijn zoon gaat het vak niet in. Dat snap ik ook wel.''
De Visserijbond, zegt voorzitter Hiske de Boer, wil snel om tafel met de minister.""",
        arts=[Art("main", "HARLINGERZIJL -", "HARLINGERZIJL")],
        sts=[
            St("visser Douwe Kingma|Douwe Kingma", "[zegt] visser",
               ",,[Als dit zo doorgaat, is er over vijf jaar niemand meer]''", "direct"),
            St("visser Douwe Kingma|Douwe Kingma", "[zegt] visser", ",,[Mijn zoon gaat het vak niet in. Dat snap ik ook wel].''", "direct"),
            St("voorzitter Hiske de Boer|Hiske de Boer", "[zegt] voorzitter",
               "De Visserijbond, zegt voorzitter Hiske de Boer, wil snel om tafel met de minister", "indirect"),
        ],
        figs=[
            Fig("ooit 30", 30, "other", counted="30 kotters"),
            Fig("elf", 11, "other"),
        ],
        tags=["regional", "parenthetical-cue", "quote-two-sentences", "age-not-figure", "duration-not-figure"],
        notes="'al 40 jaar' and 'over vijf jaar' are durations; '(63)' an age.",
    ),
    Doc(
        "nl-test-real-24",
        "broadcast",
        """NOS Nieuws
Nieuwsuur
Onderzoek: helft van basisscholen kampt met lerarentekort
Op bijna de helft van de basisscholen in de grote steden staat minstens één klas zonder vaste leraar. Dat blijkt uit onderzoek van onderwijsbureau Leerkracht Nu onder 600 scholen.
,,We zien klassen die drie of vier invallers per week hebben'', zegt onderzoeker Mirte Jansen tegen de NOS. De PO-Raad noemt de uitkomst ,,zorgwekkend maar niet verrassend''.""",
        arts=[Art("main", "Onderzoek: helft")],
        sts=[
            St("onderzoeker Mirte Jansen|Mirte Jansen", "zegt",
               ",,[We zien klassen die drie of vier invallers per week hebben]''", "direct", medium="tegen de NOS"),
        ],
        figs=[
            Fig("minstens één", 1, "other", high=None, counted="klas zonder vaste leraar"),
            Fig("600", 600, "other", counted="600 scholen"),
            Fig("drie of vier", 3, "people", high=4, counted="invallers", st=0),
        ],
        tags=["broadcast", "chrome", "blijkt-uit-not-statement", "headline-research-colon", "noemen-not-statement"],
        notes="'Onderzoek: ...' is a colon headline by a research report; under the guideline 'blijkt uit' (a data source) "
        "is not annotated, so the headline by the same report is not either. 'de helft' is a fraction.",
    ),
    Doc(
        "nl-test-real-25",
        "police",
        """Agent gewond bij achtervolging op A7
SNEEK - Een agent is zondagnacht gewond geraakt bij een achtervolging op de A7 bij Sneek. De bestuurder van de gevluchte auto, een 19-jarige man uit Joure, reed met zo'n 180 kilometer per uur. Dat laat de politie weten.
De man is aangehouden, samen met twee passagiers. In de auto lag volgens de politie 3 kilo drugs.""",
        arts=[Art("main", "SNEEK -", "SNEEK")],
        sts=[
            St("Dat laat [de politie]|politie", "laat",
               "De bestuurder van de gevluchte auto, een 19-jarige man uit Joure, reed met zo'n 180 kilometer per uur.", "indirect"),
            St("volgens [de politie]|politie", "lag [volgens]",
               "In de auto lag volgens de politie 3 kilo drugs.", "according_to"),
        ],
        figs=[
            Fig("zo'n 180 kilometer per uur", 180, "other", unit="km/h", approx=True, st=0),
            Fig("twee passagiers", 2, "arrested"),
            Fig("3 kilo", 3, "other", unit="kg", st=1),
        ],
        tags=["police", "road-number-not-figure", "age-not-figure", "dat-laat-weten", "volgens-mid"],
    ),
    Doc(
        "nl-test-real-26",
        "flemish",
        """Betoging in Brussel: politie telt 18.000 deelnemers, vakbonden 35.000
Door Pieter Smets
In Brussel hebben dinsdag duizenden mensen betoogd tegen de pensioenhervorming. De politie telde 18.000 deelnemers, de vakbonden spreken van 35.000. ,,Dit is nog maar het begin'', klinkt het bij het ABVV.
Een tiental betogers werd administratief aangehouden, meldt de politie van Brussel-Hoofdstad-Elsene.""",
        arts=[Art("main", "Betoging in Brussel")],
        sts=[
            St("de vakbonden|vakbonden", "spreken", "van [35.000]", "indirect"),
            St("het ABVV|ABVV", "klinkt", ",,[Dit is nog maar het begin]''", "direct"),
            St("de politie van Brussel-Hoofdstad-Elsene|politie van Brussel-Hoofdstad-Elsene", "meldt",
               "Een tiental betogers werd administratief aangehouden,", "indirect"),
        ],
        figs=[
            Fig("telt 18.000", 18000, "people"),
            Fig("vakbonden 35.000", 35000, "people"),
            Fig("duizenden", 2000, "people", high=9999, approx=True, counted="duizenden mensen"),
            Fig("telde 18.000", 18000, "people"),
            Fig("van [35.000]", 35000, "people", st=0),
            Fig("Een tiental", 10, "arrested", approx=True, counted="betogers", st=2),
        ],
        tags=["flemish", "byline", "police-vs-unions", "telt-not-statement", "spreken-van", "klinkt-het", "tiental"],
        notes="The headline 'politie telt ..., vakbonden 35.000' after a colon is a topic line with counts (data source 'telt'), "
        "not a colon attribution of 'Betoging in Brussel'.",
    ),
    Doc(
        "nl-test-real-27",
        "regional",
        """Cookies
Wij gebruiken cookies om de site te verbeteren. Akkoord
Kinderboerderij De Hazelaar na 35 jaar dicht
ZEVENHUIZEN - Kinderboerderij De Hazelaar in Zevenhuizen sluit op 1 juli de deuren. Het bestuur krijgt geen vrijwilligers meer, schrijft het op Facebook.
Vrijwilliger Annemiek Vos (71) is verdrietig. ,,Ik kom hier al sinds de opening. Wat moet ik nu op woensdag?''
De 45 dieren krijgen een nieuw onderdak, belooft het bestuur.""",
        arts=[Art("main", "ZEVENHUIZEN -", "ZEVENHUIZEN")],
        sts=[
            St("schrijft [het]|Kinderboerderij De Hazelaar|De Hazelaar|bestuur", "schrijft",
               "Het bestuur krijgt geen vrijwilligers meer,", "indirect", medium="op Facebook"),
            St("Vrijwilliger Annemiek Vos|Annemiek Vos", "[,,]Ik kom",
               ",,[Ik kom hier al sinds de opening. Wat moet ik nu op woensdag?]''", "direct"),
            St("het bestuur|Kinderboerderij De Hazelaar|De Hazelaar|bestuur", "belooft",
               "De 45 dieren krijgen een nieuw onderdak,", "indirect"),
        ],
        figs=[Fig("45", 45, "other", counted="45 dieren krijgen", st=2)],
        tags=["regional", "cookie-banner", "schrijft-op", "belooft", "quote-after-introduction", "date-not-figure"],
        notes="Vos's quote follows 'is verdrietig' (an introduction, no cue): her statement, cue the opening mark "
        "(convention 'quotation after an introduction'). 'na 35 jaar' is a duration, '1 juli' a date, '(71)' an age.",
    ),
    Doc(
        "nl-test-real-28",
        "wire",
        """Oekraïne: Russische drones treffen energiecentrale
KYIV (ANP/Reuters) - Bij een Russische aanval met drones is in de nacht van zaterdag op zondag een energiecentrale in het westen van Oekraïne getroffen. Dat zegt de Oekraïense energieminister Oleksij Marenko. Volgens hem zitten zo'n 200.000 huishoudens zonder stroom.
Het Russische ministerie van Defensie laat weten dat het leger ,,militaire doelen'' heeft aangevallen.""",
        arts=[Art("main", "KYIV (ANP/Reuters) -", "KYIV", ("ANP", "Reuters"))],
        sts=[
            St("[Oekraïne]: Russische|Oekraïne", "Oekraïne[:]", "Russische drones treffen energiecentrale", "indirect"),
            St("de Oekraïense energieminister Oleksij Marenko|Oleksij Marenko", "Dat [zegt] de Oekraïense",
               "Bij een Russische aanval met drones is in de nacht van zaterdag op zondag een energiecentrale in het westen van Oekraïne getroffen.",
               "indirect"),
            St("Volgens [hem]|Oleksij Marenko", "Volgens", "zitten zo'n 200.000 huishoudens zonder stroom.", "according_to"),
            St("Het Russische ministerie van Defensie|Russische ministerie van Defensie", "laat",
               "dat het leger ,,militaire doelen'' heeft aangevallen.", "mixed"),
        ],
        figs=[Fig("zo'n 200.000", 200000, "other", approx=True, counted="200.000 huishoudens", st=2)],
        tags=["wire", "colon-headline-country", "dat-zegt", "volgens-pronoun", "mixed-low9"],
    ),
    Doc(
        "nl-test-real-29",
        "flemish",
        """Brandweer redt zowat veertig schapen uit ondergelopen weide
In Schelleveld heeft de brandweer zaterdag zowat veertig schapen gered uit een ondergelopen weide langs de Demer. ,,Het water stond op sommige plaatsen een meter hoog'', zegt brandweerkapitein Jan Goossens. De dieren zijn ondergebracht bij een boer in de buurt.
Volgens het waterbeheer zakt het peil van de rivier de komende dagen met een twintigtal centimeter.""",
        arts=[Art("main", "Brandweer redt zowat")],
        sts=[
            St("brandweerkapitein Jan Goossens|Jan Goossens", "zegt",
               ",,[Het water stond op sommige plaatsen een meter hoog]''", "direct"),
            St("het waterbeheer|waterbeheer", "Volgens",
               "zakt het peil van de rivier de komende dagen met een twintigtal centimeter.", "according_to"),
        ],
        figs=[
            Fig("zowat veertig schapen uit", 40, "other", approx=True),
            Fig("zaterdag [zowat veertig]", 40, "other", approx=True, counted="schapen gered"),
            Fig("een meter", 1, "other", unit="m", st=0),
            Fig("een twintigtal centimeter", 20, "other", approx=True, st=1),
        ],
        tags=["flemish", "zowat", "twintigtal", "measure"],
        notes="'een meter hoog' is a measure: a figure of 1 m. 'een twintigtal centimeter' is approximately 20 (unit cm not in "
        "the unit list: unit None).",
    ),
    Doc(
        "nl-test-real-30",
        "live",
        """Liveblog Tour de France: etappe 9
Update 17.35 uur
Zege voor Kasper Holm
De Deen Kasper Holm wint de etappe na een solo van 28 kilometer. ,,Ik kan het nog niet geloven'', zegt hij in het flashinterview. ,,Dit is de mooiste dag van mijn leven.''
Update 17.10 uur
Volgens de organisatie staan er op de slotklim zo'n 80.000 toeschouwers.""",
        arts=[Art("main", "Liveblog Tour")],
        sts=[
            St("zegt [hij]|Kasper Holm", "zegt", ",,[Ik kan het nog niet geloven]''", "direct", medium="in het flashinterview"),
            St("zegt [hij]|Kasper Holm", "zegt", ",,[Dit is de mooiste dag van mijn leven].''", "direct"),
            St("de organisatie|organisatie", "Volgens", "staan er op de slotklim zo'n 80.000 toeschouwers.", "according_to"),
        ],
        figs=[
            Fig("28 kilometer", 28, "other", unit="km"),
            Fig("zo'n 80.000", 80000, "people", approx=True, counted="80.000 toeschouwers", st=2),
        ],
        tags=["live", "update-line", "stage-number-not-figure", "quote-continuation"],
        notes="'etappe 9' is a list number.",
    ),
]
