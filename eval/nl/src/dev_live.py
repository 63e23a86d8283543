"""Dev split: live-blog fragments (clock-time entries, short updates)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-dev-live-01",
        "live",
        """LIVE | Verkiezingsavond gemeenteraad
22.45 uur
De eerste uitslag is binnen: in Urk is de SGP met 6 zetels opnieuw de grootste. De opkomst was daar 78 procent.
22.31 uur
D66-leider Rob Jetten zegt tegen de NOS dat hij "voorzichtig optimistisch" is. "We zien in de grote steden een mooie opkomst", aldus Jetten.
22.10 uur
Volgens de exitpoll van Ipsos I&O wordt GroenLinks-PvdA in Amsterdam veruit de grootste partij, met 14 van de 45 zetels.""",
        fetched_at="2026-03-18T22:50:00+01:00",
        arts=[Art("main", "LIVE | Verkiezingsavond")],
        sts=[
            St("D66-leider Rob Jetten|Rob Jetten", "Jetten [zegt]", 'dat hij "voorzichtig optimistisch" is.', "mixed",
               medium="tegen de NOS"),
            St("aldus [Jetten]|Rob Jetten", "aldus", '"We zien in de grote steden een mooie opkomst",', "direct"),
            St("de exitpoll van Ipsos I&O|Ipsos I&O", "Volgens",
               "wordt GroenLinks-PvdA in Amsterdam veruit de grootste partij, met 14 van de 45 zetels.", "according_to"),
        ],
        figs=[
            Fig("6", 6, "other", counted="6 zetels"),
            Fig("78 procent", 78, "percent", unit="%", counted=("opkomst", 1)),
            Fig("14", 14, "other", counted="14 van de 45 zetels", st=2),
            Fig("de [45] zetels", 45, "other", counted="45 zetels", st=2),
        ],
        tags=["live", "clock-not-figure", "aldus-direct", "medium"],
        notes="Entry clock times are not figures. 'aldus' after a direct quote: kind direct.",
    ),
    Doc(
        "nl-dev-live-02",
        "live",
        """Liveblog oorlog in Oekraïne
09:12
Het Oekraïense leger meldt dat het de afgelopen nacht 48 van de 62 Russische drones heeft neergehaald. In de regio Charkiv viel één dode.
08:47
De Russische president Vladimir Poetin heeft volgens het Kremlin geen plannen om deze week met de Amerikaanse gezant te spreken. Woordvoerder Dmitri Peskov zei dat een ontmoeting "op dit moment niet op de agenda" staat.
08:20
Polen heeft zijn luchtruim in het oosten tijdelijk gesloten, meldt de Poolse luchtverkeersleiding.""",
        fetched_at="2026-06-21T09:20:00+02:00",
        arts=[Art("main", "Liveblog oorlog")],
        sts=[
            St("Het Oekraïense leger|Oekraïense leger", "leger [meldt]",
               "dat het de afgelopen nacht 48 van de 62 Russische drones heeft neergehaald.", "indirect"),
            St("het Kremlin|Kremlin", "heeft [volgens]",
               "De Russische president Vladimir Poetin heeft volgens het Kremlin geen plannen om deze week met de Amerikaanse gezant te spreken.",
               "according_to"),
            St("Woordvoerder Dmitri Peskov|Dmitri Peskov", "zei",
               'dat een ontmoeting "op dit moment niet op de agenda" staat.', "mixed"),
            St("de Poolse luchtverkeersleiding|Poolse luchtverkeersleiding", "[meldt] de Poolse",
               "Polen heeft zijn luchtruim in het oosten tijdelijk gesloten,", "indirect"),
        ],
        figs=[
            Fig("48", 48, "other", counted="48 van de 62 Russische drones heeft neergehaald", st=0),
            Fig("62", 62, "other", counted="62 Russische drones", st=0),
            Fig("één", 1, "killed", counted="één dode"),
        ],
        tags=["live", "clock-not-figure", "negated-plan", "mixed", "trailing"],
        notes="'één' with an accent is the number one and counts as a figure.",
    ),
    Doc(
        "nl-dev-live-03",
        "live",
        """Live: staking in het openbaar vervoer
14.02 uur - GVB: vanavond weer trams
Het Amsterdamse vervoersbedrijf GVB verwacht dat de trams vanaf 19.00 uur weer rijden. Metro's blijven de hele dag stilstaan.
13.40 uur - FNV: 'Opkomst overtreft verwachting'
Vakbond FNV zegt dat ruim drieduizend medewerkers het werk hebben neergelegd. "Dit laat zien hoe boos mensen zijn", zei onderhandelaar Joyce Dijkstra op het Centraal Station. Volgens werkgeversorganisatie VWOV gaat het om hooguit 2000 stakers.""",
        fetched_at="2026-11-12T14:10:00+01:00",
        arts=[Art("main", "Live: staking")],
        sts=[
            St("Het Amsterdamse vervoersbedrijf GVB|GVB", "verwacht",
               "dat de trams vanaf 19.00 uur weer rijden.", "indirect"),
            St("Vakbond FNV|FNV", "FNV [zegt]", "dat ruim drieduizend medewerkers het werk hebben neergelegd.", "indirect"),
            St("onderhandelaar Joyce Dijkstra|Joyce Dijkstra", "zei", '"Dit laat zien hoe boos mensen zijn",', "direct",
               medium="op het Centraal Station"),
            St("werkgeversorganisatie VWOV|VWOV", "Volgens", "gaat het om hooguit 2000 stakers.", "according_to"),
        ],
        figs=[
            Fig("ruim drieduizend", 3000, "people", high=None, counted="drieduizend medewerkers het werk hebben neergelegd", st=1),
            Fig("hooguit 2000", None, "people", high=2000, counted="2000 stakers", st=3),
        ],
        tags=["live", "conflicting", "clock-not-figure", "entry-headlines"],
        notes="Entry headlines ('GVB: vanavond weer trams', 'FNV: ...') are colon-headlines: not annotated as statements.",
    ),
    Doc(
        "nl-dev-live-04",
        "live",
        """Liveblog | Bosbranden Griekenland
10.30 - Evacuatie van dorpen bij Athene
De Griekse brandweer heeft opdracht gegeven om vier dorpen ten noorden van Athene te ontruimen. Volgens een woordvoerder zijn er tussen de 300 en 350 brandweerlieden en 12 blusvliegtuigen in actie.
10.05 - Toeristen vast op strand
Op het eiland Rhodos wachten naar verluidt honderden toeristen op een boot. De Nederlandse ambassade laat weten dat er voor zover bekend geen Nederlanders gewond zijn geraakt.""",
        fetched_at="2026-07-25T10:40:00+02:00",
        arts=[Art("main", "Liveblog | Bosbranden")],
        sts=[
            St("een woordvoerder|Griekse brandweer", "Volgens",
               "zijn er tussen de 300 en 350 brandweerlieden en 12 blusvliegtuigen in actie.", "according_to"),
            St([], "naar verluidt", "Op het eiland Rhodos wachten naar verluidt honderden toeristen op een boot.",
               "according_to"),
            St("De Nederlandse ambassade|Nederlandse ambassade", "laat weten",
               "dat er voor zover bekend geen Nederlanders gewond zijn geraakt.", "indirect"),
        ],
        figs=[
            Fig("vier", 4, "other", counted="vier dorpen ten noorden van Athene te ontruimen"),
            Fig("tussen de 300 en 350", 300, "people", high=350, counted="brandweerlieden", st=0),
            Fig("12", 12, "other", counted="12 blusvliegtuigen", st=0),
            Fig("honderden", 200, "people", high=999, approx=True, counted="honderden toeristen op een boot", st=1),
        ],
        tags=["live", "naar-verluidt", "woordvoerder", "negated"],
        notes="'vier dorpen' counts villages (other), not people.",
    ),
]
