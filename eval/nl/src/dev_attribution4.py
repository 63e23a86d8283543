"""Dev split, round 4: fresh attribution documents (own sentences, invented names and numbers).

Written and annotated before the extractor was run on them. Constructions vary
those of rounds 2 and 3: a company name holding a place ("Zuivelfabriek De
Groote Veenhuizen"), "de woordvoerder" of an organisation two sentences up, a
union figure against the company's own ("het concern houdt het op"), police
against organisers with "schat ... op" and "telde naar eigen zeggen", "Wij"
inside a named person's quote, media after "tegen" and "aan", a 52-year-old
employee as source, "Dat heeft X laten weten", "naar verluidt" mid-sentence,
plural pronouns after a fronted adverb ("Daarom eisen zij", "Ook zij zeggen"),
a fronted-verb plural group ("Toch vrezen veel omwonenden"), "zijn ministerie",
colon quotes of a role, headlines with a trailing cue, questions ("vraagt zich
af of"), denials ("ontkent dat", "spreekt tegen dat"), te-infinitives
("beweert niets te hebben gezien"), nested reports in a dat-clause, and polls
("vindt" of respondents).
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-attr4-01",
        "economy",
        """Zuivelfabriek De Groote sluit vestiging
VEENDAM (ANP) - Zuivelfabriek De Groote Veenhuizen sluit eind dit jaar de vestiging in Veendam. Daardoor staan ongeveer 260 banen op de tocht. Dat meldt vakbond FNV Agrarisch.
Het concern zelf houdt het op 190 banen. Volgens een woordvoerder krijgen alle medewerkers een plek op een andere locatie aangeboden.""",
        fetched_at="2026-03-04T11:00:00+01:00",
        arts=[Art("main", "VEENDAM (ANP) -", "VEENDAM", ("ANP",))],
        sts=[
            St("vakbond FNV Agrarisch|FNV Agrarisch", "meldt", "Daardoor staan ongeveer 260 banen op de tocht.", "indirect"),
            St("Het concern zelf|Zuivelfabriek De Groote Veenhuizen|De Groote Veenhuizen", "houdt", "190 banen", "indirect"),
            St("een woordvoerder|Zuivelfabriek De Groote Veenhuizen|De Groote Veenhuizen", "Volgens",
               "krijgen alle medewerkers een plek op een andere locatie aangeboden.", "according_to"),
        ],
        figs=[
            Fig("ongeveer 260", 260, "other", approx=True, counted="260 banen", st=0),
            Fig("190", 190, "other", counted="190 banen", st=1),
        ],
        tags=["org-with-place", "dat-meldt", "houdt-het-op", "volgens-woordvoerder"],
        notes="'Het concern zelf' is the company, not the union named just before; the spokesperson belongs to it too.",
    ),
    Doc(
        "nl-dev-attr4-02",
        "police",
        """Duizenden boeren bij protest in Den Haag
DEN HAAG - Op het Malieveld hebben zaterdag boeren gedemonstreerd tegen nieuwe mestregels. De politie schat het aantal betogers op 2500. Actiegroep Boerenstem telde naar eigen zeggen ruim 6000 deelnemers.
Woordvoerder Anton Brink van de politie Haaglanden zegt dat het protest rustig verliep. Er werden vier mensen aangehouden.""",
        fetched_at="2026-04-19T18:00:00+02:00",
        arts=[Art("main", "Duizenden boeren bij")],
        sts=[
            St("De politie|politie|politie Haaglanden", "schat", "het aantal betogers op 2500", "indirect"),
            St("Woordvoerder Anton Brink van de politie Haaglanden|Anton Brink", "zegt", "dat het protest rustig verliep.",
               "indirect"),
        ],
        figs=[
            Fig("Duizenden", 2000, "people", high=9999, approx=True, counted="Duizenden boeren"),
            Fig("2500", 2500, "people", counted="betogers op 2500", st=0),
            Fig("ruim 6000", 6000, "people", high=None, counted="6000 deelnemers"),
            Fig("vier", 4, "arrested", counted="vier mensen"),
        ],
        tags=["police-vs-organisers", "schat-op", "data-source-not-statement"],
        notes="'telde naar eigen zeggen' is a count by a data source ('telt'): not a statement.",
    ),
    Doc(
        "nl-dev-attr4-03",
        "analysis",
        """Column: de wooncrisis is een keuze
Wethouder Sanne Dijkhuis van Leeuwarden is er stellig over. "Wij schatten dat de stad tot 2035 zo'n 9000 woningen tekortkomt", zegt ze. "En wij bouwen er per jaar nog geen 400."
Projectontwikkelaar Ruud van Tilburg ziet het anders. Hij wijst erop dat de gemeente zelf vergunningen tegenhoudt. Of de twee er samen uitkomen, betwijfelen ingewijden.""",
        fetched_at="2026-09-02T07:00:00+02:00",
        arts=[Art("main", "Column: de wooncrisis")],
        sts=[
            St("zegt [ze]|Sanne Dijkhuis", "zegt",
               '"Wij schatten dat de stad tot 2035 zo\'n 9000 woningen tekortkomt",', "direct"),
            St("zegt [ze]|Sanne Dijkhuis", "zegt", '"En wij bouwen er per jaar nog geen 400."', "direct"),
            St("[Hij] wijst|Ruud van Tilburg", "wijst", "dat de gemeente zelf vergunningen tegenhoudt.", "indirect"),
        ],
        figs=[
            Fig("zo'n 9000", 9000, "other", approx=True, counted="9000 woningen", st=0),
            Fig("nog geen 400", None, "other", high=400, st=1),
        ],
        tags=["wij-inside-quote", "quote-continuation", "wijst-erop", "van-surname"],
        notes="'Wij schatten' inside the quote belongs to Dijkhuis. 'van Tilburg' is a surname; 'van Leeuwarden' a place. "
        "'betwijfelen ingewijden' with a fronted of-clause: left unannotated (no complete reported clause after the cue).",
    ),
    Doc(
        "nl-dev-attr4-04",
        "broadcast",
        """Oud-keeper doet boekje open over club
Oud-doelman Kees Verbeek (61) heeft in een interview hard uitgehaald naar zijn oude club. "Het bestuur heeft ons jarenlang voorgelogen", zei hij tegen Het Parool. Hij zei dat ook tegen de spelersvakbond.
Clubvoorzitter Lotte Hanegraaf ontkent dat er ooit iets is verzwegen.""",
        fetched_at="2026-01-22T20:00:00+01:00",
        arts=[Art("main", "Oud-keeper doet boekje")],
        sts=[
            St("zei [hij]|Kees Verbeek", "[zei] hij tegen Het", '"Het bestuur heeft ons jarenlang voorgelogen",', "direct",
               medium="tegen Het Parool"),
            St("[Hij] zei|Kees Verbeek", "[zei] dat ook",
               '"Het bestuur heeft ons jarenlang voorgelogen", zei hij tegen Het Parool.', "mixed",
               medium="tegen de spelersvakbond"),
            St("Clubvoorzitter Lotte Hanegraaf|Lotte Hanegraaf", "ontkent", "dat er ooit iets is verzwegen.", "indirect"),
        ],
        tags=["medium-newspaper", "denial", "age-not-figure"],
        notes="'Hij zei dat ook tegen ...': anaphoric 'dat', content the sentence before (as in attr2), medium 'tegen de spelersvakbond'.",
    ),
    Doc(
        "nl-dev-attr4-05",
        "police",
        """Brand in loods Drachten
DRACHTEN - Bij een grote brand in een opslagloods op een bedrijventerrein in Drachten is vannacht veel schade ontstaan. Een 52-jarige medewerker zegt dat hij rond drie uur rook uit het dak zag komen. De brandweer zette zes blusvoertuigen in.
Volgens de Veiligheidsregio Fryslân kwam er asbest vrij. Omwonenden moeten ramen en deuren gesloten houden, laat de gemeente Smallingerland weten.""",
        fetched_at="2026-07-11T10:00:00+02:00",
        arts=[Art("main", "DRACHTEN -", "DRACHTEN", ())],
        sts=[
            St("Een 52-jarige medewerker|52-jarige medewerker|medewerker", "zegt",
               "dat hij rond drie uur rook uit het dak zag komen.", "indirect"),
            St("de Veiligheidsregio Fryslân|Veiligheidsregio Fryslân", "Volgens", "kwam er asbest vrij.", "according_to"),
            St("de gemeente Smallingerland|gemeente Smallingerland|Smallingerland", "laat",
               "Omwonenden moeten ramen en deuren gesloten houden,", "indirect"),
        ],
        figs=[Fig("zes", 6, "other", counted="zes blusvoertuigen")],
        tags=["age-employee-source", "volgens-start", "laat-weten-trailing"],
        notes="'rond drie uur' is a clock time; '52-jarige' an age.",
    ),
    Doc(
        "nl-dev-attr4-06",
        "wire",
        """Minister: extra geld voor jeugdzorg
DEN HAAG (ANP) - Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de jeugdzorg. Dat heeft minister Karin Smeets van Volksgezondheid laten weten. Haar ministerie verwacht dat de wachtlijsten daarmee binnen twee jaar halveren.
Gemeenten zijn sceptisch. De Vereniging van Nederlandse Gemeenten (VNG) vraagt zich af of het bedrag toereikend is.""",
        fetched_at="2026-09-16T16:00:00+02:00",
        arts=[Art("main", "DEN HAAG (ANP) -", "DEN HAAG", ("ANP",))],
        sts=[
            St("minister Karin Smeets van Volksgezondheid|Karin Smeets", "[laten] weten",
               "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de jeugdzorg.", "indirect",
               aux="Dat [heeft]"),
            St("Haar ministerie|ministerie van Volksgezondheid|Volksgezondheid", "verwacht",
               "dat de wachtlijsten daarmee binnen twee jaar halveren.", "indirect"),
            St("De Vereniging van Nederlandse Gemeenten (VNG)|Vereniging van Nederlandse Gemeenten|VNG", "vraagt",
               "of het bedrag toereikend is.", "indirect"),
        ],
        figs=[Fig("300 miljoen euro", 300000000, "money", unit="EUR", st=0)],
        tags=["dat-heeft-laten-weten", "haar-ministerie", "question", "headline-colon"],
        notes="'Haar ministerie' is the ministry of minister Karin Smeets van Volksgezondheid.",
    ),
    Doc(
        "nl-dev-attr4-07",
        "toll",
        """Beschietingen op Charkiv: tegenstrijdige cijfers
KYIV (ANP/AFP) - Bij Russische beschietingen op de Oekraïense stad Charkiv zijn zeker zeventien burgers gedood. Dat zegt gouverneur Oleh Synjehoebov. Het Russische ministerie van Defensie beweert alleen militaire doelen te hebben geraakt.
De Verenigde Naties spreken van minstens 25 doden en ruim 80 gewonden. Naar verluidt zijn ook twee hulpverleners omgekomen.""",
        fetched_at="2026-05-27T09:30:00+02:00",
        arts=[Art("main", "KYIV (ANP/AFP) -", "KYIV", ("ANP", "AFP"))],
        sts=[
            St("gouverneur Oleh Synjehoebov|Oleh Synjehoebov", "zegt",
               "Bij Russische beschietingen op de Oekraïense stad Charkiv zijn zeker zeventien burgers gedood.",
               "indirect"),
            St("Het Russische ministerie van Defensie|Russische ministerie van Defensie|ministerie van Defensie", "beweert",
               "alleen militaire doelen te hebben geraakt.", "indirect"),
            St("De Verenigde Naties|Verenigde Naties|VN", "spreken", "minstens 25 doden en ruim 80 gewonden", "indirect"),
            St([], "Naar verluidt", "Naar verluidt zijn ook twee hulpverleners omgekomen.", "according_to"),
        ],
        figs=[
            Fig("zeker zeventien", 17, "killed", high=None, counted="zeventien burgers", st=0),
            Fig("minstens 25", 25, "killed", high=None, counted="25 doden", st=2),
            Fig("ruim 80", 80, "wounded", high=None, counted="80 gewonden", st=2),
            Fig("twee", 2, "killed", counted="twee hulpverleners", st=3),
        ],
        tags=["toll", "conflicting-sources", "te-infinitive", "spreken-van-plural", "naar-verluidt-start"],
    ),
    Doc(
        "nl-dev-attr4-08",
        "live",
        """LIVE | Storm raast over het land
10.42 uur
Rijkswaterstaat meldt dat de Afsluitdijk is afgesloten voor vrachtverkeer.
10.15 uur
Het KNMI heeft code oranje afgegeven voor vijf provincies. Meteoroloog Ingrid Maas verwacht windstoten tot 110 kilometer per uur. "Blijf vanmiddag zo veel mogelijk binnen", zegt zij.
09.50 uur
NS rijdt minder treinen. Een woordvoerder laat weten dat reizigers rekening moeten houden met vertragingen.""",
        fetched_at="2026-12-03T11:00:00+01:00",
        arts=[Art("main", "LIVE | Storm")],
        sts=[
            St("Rijkswaterstaat", "meldt", "dat de Afsluitdijk is afgesloten voor vrachtverkeer.", "indirect"),
            St("Meteoroloog Ingrid Maas|Ingrid Maas", "verwacht", "windstoten tot 110 kilometer per uur", "indirect"),
            St("zegt [zij]|Ingrid Maas", "zegt", '"Blijf vanmiddag zo veel mogelijk binnen",', "direct"),
            St("Een woordvoerder|NS", "laat", "dat reizigers rekening moeten houden met vertragingen.", "indirect"),
        ],
        figs=[
            Fig("vijf", 5, "other", counted="vijf provincies"),
            Fig("tot 110 kilometer per uur", None, "other", high=110, unit="km/h", st=1),
        ],
        tags=["live", "verwacht-np", "woordvoerder-of-org", "clock-times"],
        notes="'code oranje afgegeven' is a decision, not a statement.",
    ),
    Doc(
        "nl-dev-attr4-09",
        "court",
        """Verdachte ontkent betrokkenheid bij overval
ROTTERDAM - De 34-jarige Rotterdammer Dennis K. die terechtstaat voor een overval op een juwelier, heeft dinsdag alle betrokkenheid ontkend. Hij beweerde die avond niets te hebben gezien. De officier van justitie Yvonne Teeuwen stelt dat camerabeelden het tegendeel bewijzen.
De verdediging spreekt tegen dat de beelden de verdachte tonen. "Je ziet alleen een capuchon", aldus advocaat Bram Wolters.""",
        fetched_at="2026-02-25T17:00:00+01:00",
        arts=[Art("main", "ROTTERDAM -", "ROTTERDAM", ())],
        sts=[
            St("[Hij] beweerde|Dennis K.", "beweerde", "die avond niets te hebben gezien.", "indirect"),
            St("De officier van justitie Yvonne Teeuwen|Yvonne Teeuwen", "stelt",
               "dat camerabeelden het tegendeel bewijzen.", "indirect"),
            St("De verdediging|verdediging|Bram Wolters", "[spreekt] tegen", "dat de beelden de verdachte tonen.", "indirect"),
            St("advocaat Bram Wolters|Bram Wolters", "aldus", '"Je ziet alleen een capuchon",', "direct"),
        ],
        tags=["court", "te-infinitive", "denial-separable", "aldus-direct", "relative-clause-in-source"],
        notes="'heeft ... ontkend' without a clause is no statement.",
    ),
    Doc(
        "nl-dev-attr4-10",
        "analysis",
        """Waddeneilanden vrezen voor veerdienst
Rederij Wagenborg wil de afvaarden naar Ameland volgend jaar met een kwart terugbrengen. Directeur Hanneke Pool zegt dat de kosten te hard stijgen. Toch vrezen veel eilanders dat de toeristen wegblijven.
Ondernemers Jelle en Marit Hoekstra runnen al dertig jaar een pension in Nes. Ze vertellen dat de helft van hun gasten met de laatste boot komt. "Als die verdwijnt, kunnen wij sluiten", zegt Marit.
Ook de gemeenteraad is bezorgd. Raadslid Sytse Dijkstra wil dat het Rijk bijspringt.""",
        fetched_at="2026-10-08T08:00:00+02:00",
        arts=[Art("main", "Waddeneilanden vrezen voor")],
        sts=[
            St("Directeur Hanneke Pool|Hanneke Pool", "Pool [zegt]", "dat de kosten te hard stijgen.", "indirect"),
            St("veel eilanders|eilanders", "[vrezen] veel", "dat de toeristen wegblijven.", "indirect"),
            St("[Ze] vertellen|Jelle en Marit Hoekstra|Hoekstra", "vertellen",
               "dat de helft van hun gasten met de laatste boot komt.", "indirect"),
            St("zegt [Marit]|Marit Hoekstra", "[zegt] Marit", '"Als die verdwijnt, kunnen wij sluiten",', "direct"),
        ],
        tags=["fronted-verb-plural", "couple-ze", "demand-wil-dat", "first-name-source"],
        notes="'met een kwart' is a fraction; 'dertig jaar' a duration. 'wil dat' is a demand: not annotated.",
    ),
    Doc(
        "nl-dev-attr4-11",
        "dump",
        """Menu Zoeken Inloggen
Nieuws Regio Sport
Peiling: meerderheid wil verbod op vuurwerk
Een ruime meerderheid van de Nederlanders vindt dat consumentenvuurwerk verboden moet worden. Dat blijkt uit een peiling van onderzoeksbureau Ipsos I&O onder 1800 mensen. Van de ondervraagden vindt 64 procent een verbod een goed idee.
Deel dit artikel
Branchevereniging BPN noemt de uitkomst "voorspelbaar" en zegt dat een verbod de illegale handel alleen maar aanjaagt.
12 reacties""",
        fetched_at="2026-12-20T13:00:00+01:00",
        arts=[Art("main", "Peiling: meerderheid wil")],
        sts=[
            St("Branchevereniging BPN|BPN", "zegt", "dat een verbod de illegale handel alleen maar aanjaagt.", "indirect"),
        ],
        figs=[
            Fig("1800", 1800, "people", counted="1800 mensen"),
            Fig("64 procent", 64, "percent", unit="%"),
        ],
        tags=["dump", "poll-vindt", "noemen-not-statement", "coordinated-cue"],
        notes="Poll results ('Een ruime meerderheid ... vindt dat', as 'Twee derde van de ondervraagden vindt dat' in "
        "fig2-07) are survey data, not statements. 'vindt 64 procent een verbod een goed idee' is an opinion as a number: not annotated as statement "
        "(no clause). '12 reacties' is page furniture.",
    ),
    Doc(
        "nl-dev-attr4-12",
        "wire",
        """Kritiek op nieuwe treinen, zegt reizigersorganisatie
UTRECHT (ANP) - De nieuwe intercity's van NS hebben te weinig zitplaatsen. Dat zegt reizigersorganisatie Rover, die afgelopen maand ruim 700 klachten ontving. Volgens NS gaat het om kinderziektes.
Directeur Freek Bos van Rover stelt dat reizigers "al jaren worden afgescheept". NS-topman Ellen Vos zei dinsdag tegen de NOS dat de problemen voor de zomer zijn opgelost.""",
        fetched_at="2026-03-18T14:00:00+01:00",
        arts=[Art("main", "UTRECHT (ANP) -", "UTRECHT", ("ANP",))],
        sts=[
            St("reizigersorganisatie Rover|Rover", "Dat [zegt]", "De nieuwe intercity's van NS hebben te weinig zitplaatsen.",
               "indirect"),
            St("Volgens [NS]|NS", "Volgens", "gaat het om kinderziektes.", "according_to"),
            St("Directeur Freek Bos van Rover|Freek Bos", "stelt", 'dat reizigers "al jaren worden afgescheept".', "mixed"),
            St("NS-topman Ellen Vos|Ellen Vos", "[zei] dinsdag", "dat de problemen voor de zomer zijn opgelost.", "indirect",
               medium="tegen de NOS", time="[dinsdag] tegen"),
        ],
        figs=[Fig("ruim 700", 700, "other", high=None, counted="700 klachten")],
        tags=["headline-trailing-cue", "relative-clause-after-source", "medium-tegen", "mixed"],
        notes="The headline with a trailing 'zegt reizigersorganisatie' is not annotated (headline).",
    ),
    Doc(
        "nl-dev-attr4-13",
        "broadcast",
        """Twee vermiste wandelaars gevonden
Twee wandelaars die sinds zondag werden vermist in de Ardennen, zijn ongedeerd teruggevonden. Dat heeft de Belgische politie maandagochtend gemeld. Het gaat om een vader en zijn zoon uit Maastricht.
Zij zeggen dat ze in het donker de weg kwijtraakten. "We hebben de nacht in een schuur doorgebracht", vertelt de vader aan L1.""",
        fetched_at="2026-10-27T12:00:00+01:00",
        arts=[Art("main", "Twee vermiste wandelaars")],
        sts=[
            St("de Belgische politie|Belgische politie|politie", "gemeld",
               "Twee wandelaars die sinds zondag werden vermist in de Ardennen, zijn ongedeerd teruggevonden.", "indirect",
               aux="Dat [heeft]", time="[maandagochtend] gemeld"),
            St("[Zij] zeggen|vader en zijn zoon|wandelaars", "zeggen", "dat ze in het donker de weg kwijtraakten.", "indirect"),
            St("de vader|vader", "vertelt", '"We hebben de nacht in een schuur doorgebracht",', "direct", medium="aan L1"),
        ],
        figs=[Fig("[Twee] vermiste", 2, "missing", counted="[Twee] vermiste wandelaars"),
              Fig("[Twee] wandelaars die", 2, "missing", counted="[Twee wandelaars] die", st=0)],
        tags=["dat-heeft-gemeld", "zij-zeggen-plural", "role-source", "medium-aan"],
    ),
    Doc(
        "nl-dev-attr4-14",
        "analysis",
        """Hoe de formatie vastliep
De onderhandelingen over een nieuw kabinet liggen al drie weken stil. Informateur Herman Slot zei vrijdag dat hij "nog steeds hoop" heeft. Maar in de wandelgangen klinkt een ander geluid.
Een betrokkene vertelt dat de partijleiders elkaar nauwelijks nog spreken. Een andere bron zegt dat VVD-leider Dilan Yeşilgöz heeft gedreigd op te stappen. Yeşilgöz spreekt dat tegen. "Ik zit hier om een kabinet te maken", zei ze zaterdag.
CDA-leider Henri Bontenbal hield zich op de vlakte. Hij wil niet speculeren over een mislukking, zei hij.""",
        fetched_at="2026-06-30T09:00:00+02:00",
        arts=[Art("main", "Hoe de formatie")],
        sts=[
            St("Informateur Herman Slot|Herman Slot", "Slot [zei]", 'dat hij "nog steeds hoop" heeft.', "mixed",
               time="[vrijdag] dat hij"),
            St("Een betrokkene|betrokkene", "vertelt", "dat de partijleiders elkaar nauwelijks nog spreken.", "indirect"),
            St("Een andere bron|andere bron|bron", "[zegt] dat VVD", "dat VVD-leider Dilan Yeşilgöz heeft gedreigd op te stappen.",
               "indirect"),
            St("zei [ze]|Dilan Yeşilgöz", "[zei] ze", '"Ik zit hier om een kabinet te maken",', "direct",
               time="[zaterdag]"),
            St("zei [hij]|Henri Bontenbal", "[zei] hij.", "Hij wil niet speculeren over een mislukking,", "indirect"),
        ],
        tags=["anonymous-sources", "denial-without-clause", "pronoun", "refusal-not-statement"],
        notes="'spreekt dat tegen' has no clause: no statement. 'Hij wil niet speculeren ..., zei hij' reports what he said.",
    ),
    Doc(
        "nl-dev-attr4-15",
        "economy",
        """Inflatie daalt verder
De inflatie in Nederland is in oktober gedaald naar 2,4 procent. Dat blijkt uit cijfers van het CBS. Econoom Maarten Hulst van ING verwacht dat de prijsstijging volgend jaar onder de 2 procent zakt.
"Vooral energie wordt goedkoper", zegt Hulst. Consumentenbond-directeur Sandra Mol waarschuwt echter dat boodschappen duur blijven. Zij wijst op een stijging van 6 procent bij zuivel.""",
        fetched_at="2026-11-05T10:00:00+01:00",
        arts=[Art("main", "Inflatie daalt verder")],
        sts=[
            St("Econoom Maarten Hulst van ING|Maarten Hulst", "verwacht",
               "dat de prijsstijging volgend jaar onder de 2 procent zakt.", "indirect"),
            St("zegt [Hulst]|Maarten Hulst", "zegt", '"Vooral energie wordt goedkoper",', "direct"),
            St("Consumentenbond-directeur Sandra Mol|Sandra Mol", "waarschuwt", "dat boodschappen duur blijven.", "indirect"),
        ],
        figs=[
            Fig("2,4 procent", 2.4, "percent", unit="%"),
            Fig("onder de 2 procent", None, "percent", high=2, unit="%", st=0),
            Fig("6 procent", 6, "percent", unit="%"),
        ],
        tags=["blijkt-uit-not-statement", "verwacht", "waarschuwt-echter"],
        notes="'wijst op NP' without a clause is not annotated.",
    ),
    Doc(
        "nl-dev-attr4-16",
        "police",
        """Overvaller juwelier Zwolle opgepakt
ZWOLLE - De politie heeft een 19-jarige man aangehouden voor de overval op een juwelier in Zwolle vorige week. Een woordvoerder van het Openbaar Ministerie bevestigt dat de man maandag wordt voorgeleid. De juwelier zegt dat de daders sieraden ter waarde van 80.000 euro meenamen.
De politie zoekt nog een tweede verdachte. Volgens getuigen vluchtte hij op een scooter richting het station.""",
        fetched_at="2026-08-21T15:00:00+02:00",
        arts=[Art("main", "ZWOLLE -", "ZWOLLE", ())],
        sts=[
            St("Een woordvoerder van het Openbaar Ministerie|Openbaar Ministerie|OM", "bevestigt",
               "dat de man maandag wordt voorgeleid.", "indirect"),
            St("De juwelier|juwelier", "[zegt] dat de daders", "dat de daders sieraden ter waarde van 80.000 euro meenamen.",
               "indirect"),
            St("getuigen", "Volgens", "vluchtte hij op een scooter richting het station.", "according_to"),
        ],
        figs=[Fig("80.000 euro", 80000, "money", unit="EUR", st=1)],
        tags=["bevestigt", "role-source", "volgens-plural"],
    ),
    Doc(
        "nl-dev-attr4-17",
        "wire",
        """Noorse regering: geen nieuwe olievelden
OSLO (ANP/NTB) - Noorwegen geeft voorlopig geen vergunningen meer af voor nieuwe olievelden in de Barentszzee. Premier Jonas Gahr Støre maakte dat woensdag bekend. De milieuorganisatie Bellona noemt het besluit historisch.
De oliesector is woedend. Werkgeversorganisatie Offshore Norge stelt dat er tot 2030 zo'n 15.000 banen verloren gaan. Støre zegt dat er "nieuwe banen in wind en waterstof" bij komen.""",
        fetched_at="2026-04-08T18:00:00+02:00",
        arts=[Art("main", "OSLO (ANP/NTB) -", "OSLO", ("ANP", "NTB"))],
        sts=[
            St("Premier Jonas Gahr Støre|Jonas Gahr Støre", "maakte",
               "Noorwegen geeft voorlopig geen vergunningen meer af voor nieuwe olievelden in de Barentszzee.", "indirect",
               time="[woensdag] bekend"),
            St("Werkgeversorganisatie Offshore Norge|Offshore Norge", "stelt",
               "dat er tot 2030 zo'n 15.000 banen verloren gaan.", "indirect"),
            St("[Støre] zegt|Jonas Gahr Støre", "zegt", 'dat er "nieuwe banen in wind en waterstof" bij komen.', "mixed"),
        ],
        figs=[Fig("zo'n 15.000", 15000, "other", approx=True, counted="15.000 banen", st=1)],
        tags=["maakte-dat-bekend", "noemen-not-statement", "mixed"],
    ),
    Doc(
        "nl-dev-attr4-18",
        "broadcast",
        """Ziekenhuis Tjongerschans kampt met personeelstekort
Het ziekenhuis in Heerenveen moet deze zomer twee afdelingen tijdelijk sluiten. Bestuurder Gerda Postma: "We vinden simpelweg geen verpleegkundigen meer." Volgens haar staan er ruim 45 vacatures open.
De zorgverzekeraar De Friesland laat weten dat patiënten naar Sneek en Drachten kunnen uitwijken. Patiëntenvereniging Zorgbelang vindt dat onacceptabel. "Voor ouderen is dat een uur reizen", zegt voorzitter Klaas Bouma.""",
        fetched_at="2026-05-20T19:00:00+02:00",
        arts=[Art("main", "Ziekenhuis Tjongerschans kampt")],
        sts=[
            St("Bestuurder Gerda Postma|Gerda Postma", "Postma[:]", '"We vinden simpelweg geen verpleegkundigen meer."',
               "direct"),
            St("[haar] staan|Gerda Postma", "Volgens", "staan er ruim 45 vacatures open.", "according_to"),
            St("De zorgverzekeraar De Friesland|De Friesland", "laat",
               "dat patiënten naar Sneek en Drachten kunnen uitwijken.", "indirect"),
            St("voorzitter Klaas Bouma|Klaas Bouma", "zegt", '"Voor ouderen is dat een uur reizen",', "direct"),
        ],
        figs=[
            Fig("twee", 2, "other", counted="twee afdelingen"),
            Fig("ruim 45", 45, "other", high=None, counted="45 vacatures", st=1),
        ],
        tags=["colon-quote", "volgens-pronoun", "org-named-de", "vindt-np-not-statement"],
        notes="'vindt dat onacceptabel' is an evaluation of a noun phrase ('dat' is a pronoun): not annotated. "
        "'een uur reizen' is a duration.",
    ),
    Doc(
        "nl-dev-attr4-19",
        "toll",
        """Aardverschuiving in Nepal
KATHMANDU (ANP/Reuters) - Bij een aardverschuiving in het westen van Nepal zijn zeker 31 mensen om het leven gekomen. Nog tientallen mensen worden vermist. Dat hebben de Nepalese autoriteiten zondag gezegd.
Het Rode Kruis vreest dat het dodental flink zal oplopen. Een hulpverlener ter plaatse zei tegen persbureau Reuters dat hele dorpen onder de modder liggen.""",
        fetched_at="2026-07-28T08:00:00+02:00",
        arts=[Art("main", "KATHMANDU (ANP/Reuters) -", "KATHMANDU", ("ANP", "Reuters"))],
        sts=[
            St("de Nepalese autoriteiten|Nepalese autoriteiten|autoriteiten", "gezegd",
               "Nog tientallen mensen worden vermist.", "indirect", aux="Dat [hebben]", time="[zondag] gezegd"),
            St("Het Rode Kruis|Rode Kruis", "vreest", "dat het dodental flink zal oplopen.", "indirect"),
            St("Een hulpverlener ter plaatse|hulpverlener", "[zei] tegen", "dat hele dorpen onder de modder liggen.",
               "indirect", medium="tegen persbureau Reuters"),
        ],
        figs=[
            Fig("zeker 31", 31, "killed", high=None, counted="31 mensen"),
            Fig("tientallen", 20, "missing", high=99, approx=True, counted="tientallen mensen", st=0),
        ],
        tags=["toll", "dat-hebben-gezegd", "vreest", "medium-agency"],
        notes="'Dat hebben ... gezegd' takes the previous sentence only.",
    ),
    Doc(
        "nl-dev-attr4-20",
        "analysis",
        """Interview: 'Scholen kunnen dit niet alleen'
Onderwijsminister Eppo Bruins krijgt steeds meer kritiek op zijn bezuinigingen. Schoolleider Nadia El Amrani uit Almere zegt dat haar school volgend jaar vier leraren moet laten gaan. Ze vertelt dat ouders haar al vragen of de klassen groter worden.
Bruins zegt dat hij de zorgen begrijpt. "Maar we moeten keuzes maken", voegt hij eraan toe. De PO-Raad kondigde aan dat scholen in maart een dag staken.""",
        fetched_at="2026-01-14T09:00:00+01:00",
        arts=[Art("main", "Interview: 'Scholen kunnen")],
        sts=[
            St("Schoolleider Nadia El Amrani uit Almere|Nadia El Amrani", "Almere [zegt]",
               "dat haar school volgend jaar vier leraren moet laten gaan.", "indirect"),
            St("[Ze] vertelt|Nadia El Amrani", "vertelt", "dat ouders haar al vragen of de klassen groter worden.", "indirect"),
            St("[Bruins] zegt|Eppo Bruins", "Bruins [zegt]", "dat hij de zorgen begrijpt.", "indirect"),
            St("[hij] eraan|Eppo Bruins", "voegt", '"Maar we moeten keuzes maken",', "direct"),
            St("De PO-Raad|PO-Raad", "kondigde", "dat scholen in maart een dag staken.", "indirect"),
        ],
        figs=[Fig("vier", 4, "other", counted="vier leraren", st=0)],
        tags=["interview", "place-after-name", "nested-question", "separable-toevoegen", "kondigde-aan"],
        notes="The nested 'vragen of' of the parents is inside Nadia El Amrani's statement and not annotated separately.",
    ),
]
