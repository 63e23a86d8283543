"""Test split: noisy page dumps (do not tune on it)."""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "nl-test-dump-01",
        "dump",
        """Deze website maakt gebruik van cookies. Door verder te gaan ga je akkoord. Meer info
Menu Zoeken Nieuws Regio Sport
Wilders claimt dat asielinstroom met 30 procent kan dalen
DEN HAAG (ANP) - PVV-leider Geert Wilders claimt dat de asielinstroom dit jaar met 30 procent kan dalen als zijn plannen worden uitgevoerd. Minister Marjolein Faber schreef eerder op dinsdag aan de Kamer dat er in januari 2900 asielaanvragen waren.
Lees ook: Zo werkt de nieuwe asielwet
Meer uit Politiek
DEN HAAG (ANP) - De Eerste Kamer stemt volgende week over de spreidingswet. CDA-senator Theo Bovens zegt dat zijn fractie nog twijfelt.
22 minuten geledenBRUSSEL (ANP/Belga) - De Belgische regering heeft een akkoord bereikt over de begroting. Premier Bart De Wever spreekt van "een moeilijke maar noodzakelijke stap".
3 uur geleden""",
        fetched_at="2026-02-10T20:30:00+01:00",
        arts=[
            Art("main", ("DEN HAAG (ANP) -", 1), "DEN HAAG", ("ANP",)),
            Art("teaser", ("DEN HAAG (ANP) -", 2), "DEN HAAG", ("ANP",), ago="22m", expr="22 minuten geleden"),
            Art("teaser", "BRUSSEL (ANP/Belga) -", "BRUSSEL", ("ANP", "Belga"), ago="3h", expr="3 uur geleden"),
        ],
        sts=[
            St("[Wilders] claimt dat asielinstroom|Geert Wilders", "Wilders [claimt] dat asielinstroom",
               "dat asielinstroom met 30 procent kan dalen", "indirect"),
            St("PVV-leider Geert Wilders|Geert Wilders", "Wilders [claimt] dat de",
               "dat de asielinstroom dit jaar met 30 procent kan dalen als zijn plannen worden uitgevoerd.", "indirect"),
            St("Minister Marjolein Faber|Marjolein Faber", "schreef",
               "dat er in januari 2900 asielaanvragen waren.", "indirect", time="schreef [eerder op dinsdag]",
               medium="aan de Kamer"),
            St("CDA-senator Theo Bovens|Theo Bovens", "zegt", "dat zijn fractie nog twijfelt.", "indirect"),
            St("Premier Bart De Wever|Bart De Wever", "spreekt", '"een moeilijke maar noodzakelijke stap".', "direct"),
        ],
        figs=[
            Fig(("30 procent", 1), 30, "percent", unit="%", st=0),
            Fig(("30 procent", 2), 30, "percent", unit="%", st=1),
            Fig("2900", 2900, "other", counted="2900 asielaanvragen", st=2),
        ],
        tags=["cookie", "menu", "lees-ook", "teasers", "glued-times", "headline-statement", "spreken-van",
              "same-dateline-twice"],
    ),
    Doc(
        "nl-test-dump-02",
        "dump",
        """Skip to content
Abonneer nu: 3 maanden voor 1 euro
Opinie Columns Podcasts
Docenten: leesvaardigheid leerlingen holt achteruit
Bijna een derde van de vijftienjarigen kan een eenvoudige tekst niet goed begrijpen. Dat blijkt uit nieuwe cijfers van de onderwijsinspectie.
Docent Nederlands Fatima el Amrani uit Rotterdam herkent het beeld. "Leerlingen lezen nauwelijks nog een boek uit", zegt zij. Inspecteur-generaal Alida Oppers zegt dat scholen "meer tijd en aandacht" aan lezen moeten besteden.
Reageer (87)
Gerelateerd: Waarom kinderen niet meer lezen | Zo kies je een goed kinderboek""",
        fetched_at="2026-04-14T06:00:00+02:00",
        arts=[Art("main", "Docenten: leesvaardigheid")],
        sts=[
            St("zegt [zij]|Fatima el Amrani", "[zegt] zij", '"Leerlingen lezen nauwelijks nog een boek uit",', "direct"),
            St("Inspecteur-generaal Alida Oppers|Alida Oppers", "Oppers [zegt]",
               'dat scholen "meer tijd en aandacht" aan lezen moeten besteden.', "mixed"),
            St("cijfers van [de onderwijsinspectie]|onderwijsinspectie", "Dat [blijkt] uit nieuwe",
               "Bijna een derde van de vijftienjarigen kan een eenvoudige tekst niet goed begrijpen.", "indirect"),
            St("[Docenten]: leesvaardigheid|docenten", "Docenten[:] leesvaardigheid", "leesvaardigheid leerlingen holt achteruit", "indirect"),
        ],
        figs=[],
        tags=["skip-link", "subscription-offer", "comment-count", "related-links", "fraction-not-figure", "colon-headline"],
        notes="The subscription offer ('3 maanden voor 1 euro') and 'Reageer (87)' are page furniture. "
              "'een derde' is a fraction; 'vijftienjarigen' an age group.",
    ),
    Doc(
        "nl-test-dump-03",
        "dump",
        """Buitenland
MOSKOU (ANP/RTR) - Rusland zegt een grootschalige aanval met 120 Oekraïense drones te hebben afgeslagen. Er zouden geen slachtoffers zijn gevallen.
9 minuten geledenBOEDAPEST (ANP/AFP) - Tienduizenden Hongaren hebben in Boedapest gedemonstreerd tegen de regering van premier Viktor Orbán. Oppositieleider Péter Magyar zei dat het "het begin van het einde" is.
25 minuten geledenWARSCHAU (ANP/PAP) - Polen bouwt een hek van 180 kilometer langs de grens met Belarus, heeft minister van Defensie Władysław Kosiniak-Kamysz gezegd.
2 uur geledenSTOCKHOLM (ANP/TT) - Het Zweedse parlement heeft ingestemd met het verlagen van de leeftijd van strafrechtelijke aansprakelijkheid naar 13 jaar.
5 uur geleden""",
        fetched_at="2026-03-25T22:00:00+01:00",
        arts=[
            Art("teaser", "MOSKOU (ANP/RTR) -", "MOSKOU", ("ANP", "RTR"), ago="9m", expr="9 minuten geleden"),
            Art("teaser", "BOEDAPEST (ANP/AFP) -", "BOEDAPEST", ("ANP", "AFP"), ago="25m", expr="25 minuten geleden"),
            Art("teaser", "WARSCHAU (ANP/PAP) -", "WARSCHAU", ("ANP", "PAP"), ago="2h", expr="2 uur geleden"),
            Art("teaser", "STOCKHOLM (ANP/TT) -", "STOCKHOLM", ("ANP", "TT"), ago="5h", expr="5 uur geleden"),
        ],
        sts=[
            St("Rusland", "Rusland [zegt]",
               "een grootschalige aanval met 120 Oekraïense drones te hebben afgeslagen.", "indirect"),
            St("Oppositieleider Péter Magyar|Péter Magyar", "zei", 'dat het "het begin van het einde" is.', "mixed"),
            St("minister van Defensie Władysław Kosiniak-Kamysz|Władysław Kosiniak-Kamysz", "gezegd",
               "Polen bouwt een hek van 180 kilometer langs de grens met Belarus,", "indirect", aux="Belarus, [heeft]"),
        ],
        figs=[
            Fig("120", 120, "other", counted="120 Oekraïense drones", st=0),
            Fig("Tienduizenden", 20000, "people", high=99999, approx=True, counted="Tienduizenden Hongaren"),
            Fig("180 kilometer", 180, "other", unit="km", st=2),
        ],
        tags=["teaser-list", "glued-times", "te-infinitive", "zou-hearsay", "ages-not-figures", "vague"],
        notes="'Er zouden geen slachtoffers zijn gevallen' is reportative 'zou' without a source: not annotated. "
              "'13 jaar' is an age.",
    ),
    Doc(
        "nl-test-dump-04",
        "dump",
        """Home > Nieuws > Regio > Utrecht
Vrachtwagen ramt viaduct op A27, weg urenlang dicht
Ontvang pushberichten? Ja Nee
UTRECHT - Een vrachtwagen is vanochtend tegen een viaduct op de A27 bij Utrecht-Noord gereden. De chauffeur raakte zwaargewond.
Rijkswaterstaat verwacht dat de weg tot zeker 18.00 uur dicht blijft. Volgens de ANWB staat er in de omgeving bijna 40 kilometer file. Een woordvoerder van Rijkswaterstaat zegt dat het viaduct wordt onderzocht op schade.
Advertentie
Lees meer over: A27 Utrecht verkeer""",
        fetched_at="2026-11-03T09:15:00+01:00",
        arts=[Art("main", "UTRECHT -", "UTRECHT", ())],
        sts=[
            St("[Rijkswaterstaat] verwacht|Rijkswaterstaat", "verwacht", "dat de weg tot zeker 18.00 uur dicht blijft.",
               "indirect"),
            St("de ANWB|ANWB", "Volgens", "staat er in de omgeving bijna 40 kilometer file.", "according_to"),
            St("Een woordvoerder van Rijkswaterstaat|Rijkswaterstaat", "zegt",
               "dat het viaduct wordt onderzocht op schade.", "indirect"),
        ],
        figs=[Fig("bijna 40 kilometer", None, "other", high=40, unit="km", st=1)],
        tags=["breadcrumb", "push-prompt", "advert", "clock-not-figure", "dateline-no-agency", "woordvoerder"],
        notes="'tot zeker 18.00 uur' is a clock time, not a figure.",
    ),
    Doc(
        "nl-test-dump-05",
        "dump",
        """Print deze pagina
Gemeente Eindhoven wil 2000 extra sociale huurwoningen
EINDHOVEN - Eindhoven wil tot 2030 ongeveer 2000 extra sociale huurwoningen laten bouwen. Wethouder Mieke Verhees maakte dat maandag bekend tijdens een bijeenkomst met woningcorporaties.
Foto: Gemeente Eindhoven
Corporatie Woonbedrijf zegt "blij" te zijn met de plannen, maar vraagt of de gemeente ook bouwgrond beschikbaar stelt. De huurdersvereniging waarschuwt dat de wachttijd voor een sociale huurwoning nu al gemiddeld zeven jaar is.
Dit artikel is 1234 keer gelezen""",
        fetched_at="2026-09-15T12:00:00+02:00",
        arts=[Art("main", "EINDHOVEN -", "EINDHOVEN", ())],
        sts=[
            St("Wethouder Mieke Verhees|Mieke Verhees", "maakte",
               "Eindhoven wil tot 2030 ongeveer 2000 extra sociale huurwoningen laten bouwen.", "indirect",
               time="dat [maandag]", medium="tijdens een bijeenkomst met woningcorporaties"),
            St("Corporatie Woonbedrijf|Woonbedrijf", "Woonbedrijf [zegt]", '"blij" te zijn met de plannen,', "mixed"),
            St("Corporatie Woonbedrijf|Woonbedrijf", "vraagt",
               "of de gemeente ook bouwgrond beschikbaar stelt.", "indirect"),
            St("De huurdersvereniging|huurdersvereniging", "waarschuwt",
               "dat de wachttijd voor een sociale huurwoning nu al gemiddeld zeven jaar is.", "indirect"),
        ],
        figs=[
            Fig(("2000", 1), 2000, "other", counted=("2000 extra sociale huurwoningen", 1)),
            Fig("ongeveer 2000", 2000, "other", approx=True, counted="2000 extra sociale huurwoningen laten bouwen", st=0),
        ],
        tags=["print-link", "photo-credit", "view-counter", "question", "te-infinitive", "plan-wil", "durations-not-figures"],
        notes="'maakte dat ... bekend' refers to the plan in the previous sentence; like 'Dat heeft X bekendgemaakt' "
              "the content is the previous sentence. '1234 keer gelezen' is page furniture; 'zeven jaar' a duration.",
    ),
]
