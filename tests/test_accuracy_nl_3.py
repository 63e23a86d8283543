"""Dutch shapes of news from outlets outside the evaluation sets that claimtrack read wrong
(the accnl9 track): every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from test_constructions_nl import _statements


def _figures(text: str) -> list[tuple[str, float | None, float | None, str]]:
    """(span, low, high, category) of each figure of a page."""
    x = extract(text.encode(), language="nl")
    return [(f.span.text, f.low, f.high, f.category) for f in x.figures]


def _sources(text: str) -> list[tuple[str, str, str]]:
    """(source name, source span, cue) of each statement of a page."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name, s.sources[0].span.text, s.cue.text) for s in x.statements]


def test_a_toll_named_as_subject_gives_the_category_of_its_bare_figure() -> None:
    # the figure stands after "tot/naar/op", far from the toll noun, commas between
    assert _figures("Het totale dodental, dat de dienst bijhoudt, stijgt daarmee naar 4210.") == [
        ("4210", 4210, 4210, "killed")
    ]
    assert _figures("De dodentol van de storm in het noorden, bij de kust, is opgelopen naar veertig.") == [
        ("veertig", 40, 40, "killed")
    ]
    assert _figures("Het totaal aantal dodelijke slachtoffers van de overstromingen in de delta ligt op ruim 2.000.") == [
        ("ruim 2.000", 2000, None, "killed")
    ]
    assert _figures("Het dodental steeg tot 40, het aantal gewonden van de brand tot boven de 310.") == [
        ("40", 40, 40, "killed"),
        ("boven de 310", 310, None, "wounded"),
    ]
    # a total of no event gives none, and neither does a figure after another preposition
    assert _figures("Het aantal bezoekers van het festival steeg tot 8000.") == [
        ("8000", 8000, 8000, "people")
    ]
    assert _figures("Het dodental van de brand bleef laag, terwijl de schade met 40 toenam.") == [
        ("40", 40, 40, "other")
    ]


def test_death_verbs_after_the_counted_noun() -> None:
    # verb-final "omkwamen", "het niet overleefd", and "lieten ... het leven" around the figure
    assert _figures("Bij het ongeluk waardoor twee fietsers omkwamen, raakte een man gewond.")[0] == (
        "twee", 2, 2, "killed"
    )
    assert _figures("In de vallei hebben zeker 900 mensen het niet overleefd.") == [("zeker 900", 900, None, "killed")]
    assert _figures("Op het eiland lieten twee vissers het leven.") == [("twee", 2, 2, "killed")]
    # "lieten" without "het leven" is no death
    assert _figures("Op het eiland lieten twee vissers hun netten achter.") == [("twee", 2, 2, "people")]


def test_a_spokesperson_compound_names_its_organisation() -> None:
    page = (
        "Een auto reed tegen de gevel van het ziekenhuis in Dorpsveen. "
        '"De bestuurder is gewond", zegt een brandweerwoordvoerder.'
    )
    assert _sources(page) == [("brandweer", "een brandweerwoordvoerder", "zegt")]
    # a plain "woordvoerder" still speaks for the last organisation named
    plain = page.replace("brandweerwoordvoerder", "woordvoerder")
    assert _sources(plain) == [("ziekenhuis", "een woordvoerder", "zegt")]


def test_cues_of_outside_reporting() -> None:
    assert _statements("Dat botst met de wet, constateerden eerder juristen zoals hoogleraar Mia Grol.") == [
        ("juristen", "constateerden", "Dat botst met de wet", "indirect")
    ]
    assert _statements('"Het is een aanslag op de vrijheid", licht initiatiefnemer Tom Bakker toe.') == [
        ("Tom Bakker", "licht", "Het is een aanslag op de vrijheid", "direct")
    ]
    assert _statements("Wethouder Ria Dekker maakt ook duidelijk dat de markt niet te verbieden was.") == [
        ("Ria Dekker", "maakt", "de markt niet te verbieden was", "indirect")
    ]
    assert _statements('"Het onderzoek loopt nog", zo liet het parket optekenen.') == [
        ("parket", "liet", "Het onderzoek loopt nog", "direct")
    ]
    assert _statements("Hij voegde er nog aan toe dat al 475 naschokken werden gemeten.") == [
        ("Hij", "voegde", "al 475 naschokken werden gemeten", "indirect")
    ]
    # "verder gaan" reports only after a quotation
    assert _statements('"We zien dat elke week", gaat Ans Kager verder.') == [
        ("Ans Kager", "gaat", "We zien dat elke week", "direct")
    ]
    assert _statements("Ans Kager ging verder met haar werk.") == []
    # a passive "geconstateerd" names no source
    assert _statements("Op de weg is een lek geconstateerd.") == []


def test_luidt_het_goes_on_with_the_last_speaker_or_names_its_source() -> None:
    page = '"Wij kregen geen verbod", zei minister Jan Ravel. De gemeente mag zelf kiezen, luidde het.'
    assert _statements(page) == [
        ("Jan Ravel", "zei", "Wij kregen geen verbod", "direct"),
        ("Jan Ravel", "luidde", "De gemeente mag zelf kiezen", "indirect"),
    ]
    assert _statements('"Het is een kwalijke zaak", luidt het bij de bond.') == [
        ("bond", "luidt", "Het is een kwalijke zaak", "direct")
    ]
    # "in een mededeling" is where it was said, not who said it
    page = 'Het parket meldt dat er een fout was. "Het spijt ons", luidt het in een mededeling.'
    assert _statements(page)[1] == ("parket", "luidt", "Het spijt ons", "direct")
    assert _statements("De uitslag luidt: twee tegen een.") == []


def test_adverbs_and_long_phrases_between_the_cue_and_dat() -> None:
    assert _statements("Minister Koen Geens zei in het parlement nochtans dat het verbod er wel was.") == [
        ("Koen Geens", "zei", "het verbod er wel was", "indirect")
    ]
    text = "Het parket meldt in een persmededeling naar aanleiding van een bericht over de zaak dat er een misverstand was."
    assert _statements(text) == [("parket", "meldt", "er een misverstand was", "indirect")]
    # a phrase that no complementiser closes is no frame: nothing to report
    assert _statements("Het parket meldt in een persmededeling naar aanleiding van een bericht over de zaak.") == []


def test_two_cues_of_one_clause_nest_in_neither() -> None:
    # each "volgens" content holds the other cue: no statement is relayed by the other
    x = extract(b"Er is volgens haar veel gestaakt, en dat komt volgens Kager door de groei.", language="nl")
    assert [(s.sources[0].span.text, s.cue.text, s.via) for s in x.statements] == [
        ("haar", "volgens", None),
        ("Kager", "volgens", None),
    ]
    # a statement inside another's content still nests in it
    x = extract(b"Ria Dekker zegt dat de bond heeft gemeld dat niemand werd gehoord.", language="nl")
    assert [(s.cue.text, s.via) for s in x.statements] == [("zegt", None), ("gemeld", "s0")]


def test_numbers_that_are_no_counts() -> None:
    # a giro number, a clause-final "acht" (a verb: "considers"), the first day of a span of dates
    assert _figures("De bond opent giro 4455 voor de actie.") == []
    assert _figures("De burgemeester beslist of hij een persconferentie nodig acht met het oog op de orde.") == []
    assert _figures("De koning brengt van 17 tot 19 september een bezoek aan het land.") == []
    # "acht" before a noun and a count after "tot" stay figures
    assert _figures("Er vielen acht doden, het dodental steeg tot 19.") == [
        ("acht", 8, 8, "killed"),
        ("19", 19, 19, "killed"),
    ]


def test_a_flemish_place_adjective_before_a_role_is_no_name() -> None:
    # "Brussels", "Antwerps", "Vlaams" without -e before a lower-case role: a modifier
    assert _sources('"Het is druk", zegt Brussels parketwoordvoerder Denis Goemans.') == [
        ("Denis Goemans", "Brussels parketwoordvoerder Denis Goemans", "zegt")
    ]
    assert _sources('"Het is druk", zegt Gents schepen Lien Vos.') == [("Lien Vos", "Gents schepen Lien Vos", "zegt")]
    # before a capital it belongs to the name
    assert _sources("Het Vlaams Verkeerscentrum meldt dat er file staat.") == [
        ("Vlaams Verkeerscentrum", "Het Vlaams Verkeerscentrum", "meldt")
    ]


def test_an_estimate_with_a_separated_in_and_an_emergency_number() -> None:
    assert _statements("Zij schat in dat meer dan twee hectare hei in brand staat.") == [
        ("Zij", "schat", "meer dan twee hectare hei in brand staat", "indirect")
    ]
    assert _statements("De politie schat het aantal betogers op 800.") == [
        ("politie", "schat", "het aantal betogers op 800", "indirect")
    ]
    assert _figures("Als er iets is, bel 112.") == []
    assert _figures("Er kwamen 112 meldingen binnen.") == [("112", 112, 112, "other")]


def test_an_inverted_source_with_its_apposition_between_commas() -> None:
    # the closing comma of "de minister, Annelies Verlinde," belongs to the source phrase
    text = "Op Twitter laat de minister van Binnenlandse Zaken, Annelies Verlinde, weten in nauw contact te staan met de diensten."
    assert _statements(text) == [
        ("Annelies Verlinde", "laat", "in nauw contact te staan met de diensten", "indirect")
    ]
    assert _statements("Maandag zei de minister, Jan Vos, dat het rustig was.") == [
        ("Jan Vos", "zei", "het rustig was", "indirect")
    ]


def test_dat_wil_x_infinitive_reports_the_sentence_before() -> None:
    before = "De dader handelde alleen. "
    assert _statements(before + "Dat wil burgemeester Pieter Claes benadrukken.") == [
        ("Pieter Claes", "benadrukken", "De dader handelde alleen", "indirect")
    ]
    # a refusal, and a modal of ability, report nothing
    assert _statements(before + "Dat wil de politie niet zeggen.") == []
    assert _statements(before + "Dat kan de politie nog niet bevestigen.") == []
