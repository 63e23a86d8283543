"""Dutch shapes of real news that claimtrack read wrong (the accnl11 track): every sentence
here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract

_HEAD = "Dorpshuis Langweer dicht\nLANGWEER - Het dorpshuis van Langweer sluit op 1 mei.\n"


def _statements(text: str) -> list[tuple[str | None, str, str, str]]:
    """(source name, cue, content, kind) of each statement of a page."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name if s.sources else None, s.cue.text, s.content.text, s.kind) for s in x.statements]


def _figures(text: str) -> list[tuple[str, float | None, float | None, str, str | None]]:
    """(span, low, high, category, counted) of each figure of a page."""
    x = extract(text.encode(), language="nl")
    return [(f.span.text, f.low, f.high, f.category, f.counted.text if f.counted else None) for f in x.figures]


def test_a_quotation_after_an_introduction_is_the_introduced_persons() -> None:
    # no statement anywhere before: the introduction names the speaker, the cue is the mark
    assert _statements(_HEAD + "Hendrik Kramer is niet blij met het besluit. ,,Ik heb hier veertig jaar gekaart.''") == [
        ("Hendrik Kramer", ",,", "Ik heb hier veertig jaar gekaart", "direct")
    ]
    # a role word before the name is no part of it
    assert _statements(_HEAD + "Vrijwilligster Ria Bos (67) is verdrietig. ,,Wat moet ik nu op dinsdag?''") == [
        ("Ria Bos", ",,", "Wat moet ik nu op dinsdag?", "direct")
    ]


def test_no_quotation_after_an_introduction_of_nobody_or_of_two() -> None:
    # the sentence before names nobody
    assert _statements(_HEAD + "Het was druk op de laatste avond. ,,Ik heb hier veertig jaar gekaart.''") == []
    # it names two people: which of them speaks is not said
    assert _statements(_HEAD + "Hendrik Kramer en Sietske Bos kwamen kijken. ,,Ik heb hier veertig jaar gekaart.''") == []
    assert _statements(_HEAD + "Wethouder Hendrik Kramer en zijn vrouw kwamen kijken. ,,Ik kaartte hier vaak.''") == []
    # an organisation, a question, a new paragraph
    assert _statements(_HEAD + "De gemeente Langweer is niet blij. ,,Wij hebben alles geprobeerd.''") == []
    assert _statements(_HEAD + "Is Hendrik Kramer niet boos? ,,Ik heb hier veertig jaar gekaart.''") == []
    assert _statements(_HEAD + "Hendrik Kramer is niet blij.\n,,Ik heb hier veertig jaar gekaart.''") == []


def test_a_bare_count_after_partitive_er_counts_what_the_count_before_counts() -> None:
    page = "Verkeer Drenthe\nIn 2022 kwamen 14 mensen om in het verkeer. Vorig jaar waren dat er 18, meldt de provincie."
    assert _figures(page) == [("14", 14, 14, "killed", "mensen"), ("18", 18, 18, "killed", "mensen")]
    # an adverb between "er" and the figure
    page = "Rellen\nEr werden 40 supporters aangehouden. Vorig jaar waren het er nog 60."
    assert _figures(page) == [("40", 40, 40, "arrested", "supporters aangehouden"), ("60", 60, 60, "arrested", "supporters aangehouden")]
    page = "Ongeluk\nVorig jaar vielen op de N34 vier doden. Dit jaar zijn het er al zeven."
    assert _figures(page)[1] == ("zeven", 7, 7, "killed", "doden")


def test_a_bare_count_without_partitive_er_or_after_money_takes_nothing() -> None:
    # no "er" before the figure
    page = "Rellen\nEr werden 40 supporters aangehouden. Vorig jaar ging het om 60."
    assert _figures(page)[1] == ("60", 60, 60, "other", None)
    # the figure before is money: no count to take over
    page = "Schade\nDe schade is 4 miljoen euro. Er waren er 60 bij."
    assert _figures(page)[1] == ("60", 60, 60, "other", None)
    # the count before is two sentences away: the figure names its own group
    page = (
        "Telling\nIn Veendam leven 812 daklozen. De stad telt ze elk jaar. Velen slapen buiten. "
        "Van de jongeren sliepen er 95 in een auto."
    )
    assert _figures(page)[1] == ("95", 95, 95, "people", None)  # its own "jongeren", not "daklozen"
    # a difference: "er één meer" is no count of its own
    page = "Overstroming\nHet dodental is opgelopen tot 32 personen. Dat zijn er twee meer dan gisteren."
    assert _figures(page)[1][3:] == ("other", None)


def _sources(text: str) -> list[list[str]]:
    """The source names of each statement of a page."""
    x = extract(text.encode(), language="nl")
    return [[src.name for src in s.sources] for s in x.statements]


def test_an_organisation_name_with_a_list_of_words_is_one_source() -> None:
    assert _sources("Het Instituut voor Bodemkunde en Waterbeheer meldt dat de dijk zakt.") == [
        ["Instituut voor Bodemkunde en Waterbeheer"]
    ]
    assert _sources("Het ministerie van Visserij, Havens en Kustbeheer zegt dat de quotum omlaag gaat.") == [
        ["ministerie van Visserij, Havens en Kustbeheer"]
    ]


def test_an_organisation_and_a_person_or_another_body_stay_two_sources() -> None:
    # a two-word name after the conjunction is someone else
    assert _sources("Het Instituut voor Bodemkunde en Annet Bos melden dat de dijk zakt.") == [
        ["Instituut voor Bodemkunde", "Annet Bos"]
    ]
    assert _sources("De politie en de brandweer melden dat de weg dicht is.") == [["politie", "brandweer"]]


def test_a_spokesperson_speaks_for_an_organisation_named_before_its_quotation() -> None:
    page = "Storing\nUTRECHT - Bij de NS rijden geen treinen. ,,De politie heeft het station afgesloten'', zegt een woordvoerster."
    assert _sources(page) == [["NS"]]
    # the quotation alone names an organisation: that one (speaking of itself)
    page = "Storing\nUTRECHT - Er rijden geen treinen. ,,De NS doet er alles aan'', zegt een woordvoerster."
    assert _sources(page) == [["NS"]]
    # a spokesperson with its body keeps it
    page = "Storing\nUTRECHT - Bij de NS rijden geen treinen. ,,Het station is dicht'', zegt een woordvoerster van de politie."
    assert _sources(page) == [["politie"]]


def test_a_count_in_brackets_after_a_noun_counts_that_noun() -> None:
    assert _figures("Leden\nHet aantal leden (ruim 4.500) daalde fors, meldt de bond.") == [
        ("ruim 4.500", 4500, None, "people", "leden")
    ]
    assert _figures("Storm\nDe doden (zeker 40) worden vrijdag begraven.") == [("zeker 40", 40, None, "killed", "doden")]
    # money keeps its own rule; a capitalised word before the brackets is a name, no noun
    assert _figures("Huur\nDe huur (1.200 euro) stijgt.") == [("1.200 euro", 1200, 1200, "money", None)]
    assert _figures("Leden\nVolgens Tolsema (4.500) klopt dat.") == [("4.500", 4500, 4500, "other", None)]


def test_an_emergency_number_after_an_adverb_is_no_count() -> None:
    assert _figures("Gaslek\nRuikt u gas? Bel dan 112. Er raakten 3 bewoners gewond.") == [
        ("3", 3, 3, "wounded", "bewoners gewond")
    ]
    assert _figures("Brand\nDe buren belden meteen 112.") == []
    # the adverb without a calling verb before it: a count
    assert _figures("Brand\nEr waren toen 112 gasten in het hotel.") == [("112", 112, 112, "people", "gasten")]


def test_a_degree_adverb_after_a_count_is_no_counted_noun() -> None:
    assert _figures("Ongeluk\nTwee fietsers raakten gewond, van wie één erg licht.") == [
        ("Twee", 2, 2, "wounded", "fietsers"),
        ("één", 1, 1, "wounded", None),
    ]
    # (the count after "aantal sluitingen met" counts the closures, not "hoog")
    assert _figures("Winkels\nIn april lag het aantal sluitingen met bijna 900 hoog.") == [
        ("bijna 900", None, 900, "other", "sluitingen")
    ]
    # before an attributive adjective the adverb belongs to the counted phrase
    assert _figures("Ziekenhuis\nEr kwamen 3 zeer zieke patiënten binnen.") == [("3", 3, 3, "people", "zeer zieke patiënten")]


def test_a_report_by_the_subject_of_a_relative_clause() -> None:
    page = "Werk\nHet aantal banen groeit. Dat blijkt uit gegevens die het Centraal Rekenbureau maandag vrijgaf."
    assert _sources(page) == [["Centraal Rekenbureau"]]
    page = "Winkels\nEr sloten 300 winkels. Dat blijkt uit tellingen die het rekenbureau Telmo bijhoudt."
    assert _sources(page) == [["Telmo"]]
    # a relative clause with no named subject names no source
    assert _sources("Werk\nHet aantal banen groeit. Dat blijkt uit gegevens die maandag verschenen.") == []


def test_a_surname_with_its_particle_alone_is_the_full_name() -> None:
    page = (
        'Brand\n"Het vuur is uit", zegt brandweerkapitein Geert Van Hoorde. '
        '"We gaan naar huis", zegt Van Hoorde. "Morgen kijken we verder", aldus Van der Berg.'
    )
    assert _sources(page) == [["Geert Van Hoorde"], ["Geert Van Hoorde"], ["Van der Berg"]]
    page = 'Brand\n"Het vuur is uit", zegt Anna van der Berg. "We gaan naar huis", zegt Van der Berg.'
    assert _sources(page) == [["Anna van der Berg"], ["Anna van der Berg"]]


def test_a_quotation_after_a_stance_introduction_needs_no_first_person() -> None:
    # "is niet blij": a copula and a stance adjective introduce the quotation
    page = _HEAD + 'Bestuurder Karin Mulder van de bond is niet blij met het besluit. "Het is een slechte dag voor het dorp."'
    assert _statements(page) == [("Karin Mulder", '"', "Het is een slechte dag voor het dorp", "direct")]
    # without the stance (or the first person) the quotation may be anyone's
    page = _HEAD + 'Karin Mulder kwam om bij de brand. "Het is een slechte dag voor het dorp."'
    assert _statements(page) == []


def test_a_poll_name_before_a_headline_colon_is_no_speaker() -> None:
    # a one-word compound of a poll word names the poll, not someone who speaks; the page
    # prints it again inside a sentence, which makes other names speakers
    page = (
        "Peilingbarometer: Boerenpartij en Stadslijst gaan gelijk op\n"
        "In de Peilingbarometer staat de Boerenpartij op 14 zetels, zegt Wim Ottens, de maker van de Peilingbarometer.\n"
    )
    assert [s[:2] for s in _statements(page)] == [("Wim Ottens", "zegt")]
    assert [s[:2] for s in _statements("Stadspeiling: Stadslijst wint\nDe Stadspeiling van de krant komt uit.\n")] == []


def test_a_person_or_body_before_a_headline_colon_still_speaks() -> None:
    page = (
        "Ottens: Boerenpartij en Stadslijst gaan gelijk op\n"
        "In de Peilingbarometer staat de Boerenpartij op 14 zetels, zegt Wim Ottens, de maker van de Peilingbarometer.\n"
    )
    assert [s[:2] for s in _statements(page)] == [("Wim Ottens", ":"), ("Wim Ottens", "zegt")]
    page = "Onderzoeksraad: veerdienst faalde bij aanvaring\nDe Onderzoeksraad is kritisch, zegt voorzitter Mieke Dalhuis.\n"
    assert [s[:2] for s in _statements(page)] == [("Onderzoeksraad", ":"), ("Mieke Dalhuis", "zegt")]


def test_man_after_a_count_counts_people() -> None:
    page = "Fabriek dicht: 44 man op straat\nDELFT - Bij de fabriek in Delft verliezen 850 man hun baan.\n"
    assert _figures(page) == [("44", 44, 44, "people", "man"), ("850", 850, 850, "people", "man")]


def test_a_count_of_things_near_a_man_is_no_count_of_people() -> None:
    page = _HEAD + "Een man uit Langweer kocht 3 auto's en betaalde 20.000 euro."
    assert _figures(page) == [("3", 3, 3, "other", "auto's"), ("20.000 euro", 20000, 20000, "money", None)]


def test_a_person_of_a_federation_keeps_only_the_persons_name() -> None:
    page = _HEAD + "Dora Veldhuis van de Huurdersfederatie zegt verbaasd te zijn over de huurverhoging."
    assert [s[:3] for s in _statements(page)] == [("Dora Veldhuis", "zegt", "verbaasd te zijn over de huurverhoging")]


def test_a_federation_alone_is_one_source_and_a_plain_name_stays_a_person() -> None:
    page = _HEAD + "De Huurdersfederatie zegt verbaasd te zijn. Jan van de Velde zegt dat het meevalt."
    assert [s[:2] for s in _statements(page)] == [("Huurdersfederatie", "zegt"), ("Jan van de Velde", "zegt")]


def test_a_change_of_a_number_counts_the_noun_after_aantal() -> None:
    page = _HEAD + "Het aantal werklozen daalde met 12.000 naar 345.000. Het aantal bouwvergunningen steeg met 4.000."
    assert _figures(page) == [
        ("12.000", 12000, 12000, "people", "werklozen"),
        ("345.000", 345000, 345000, "people", "werklozen"),
        ("4.000", 4000, 4000, "other", "bouwvergunningen"),
    ]


def test_no_noun_from_a_death_toll_or_without_a_total() -> None:
    page = _HEAD + "Het dodental van de storm is opgelopen tot 50. Het team won met 3 tegen 1."
    assert _figures(page) == [("50", 50, 50, "killed", None), ("3", 3, 3, "other", None), ("1", 1, 1, "other", None)]


def test_a_bracket_after_the_source_of_volgens_is_no_content() -> None:
    page = _HEAD + "Volgens minister Cora Verhagen (Wonen en Ruimte) is er niets misgegaan."
    assert [s[:3] for s in _statements(page)] == [("Cora Verhagen", "Volgens", "is er niets misgegaan")]
    page = _HEAD + "Volgens Cora Verhagen (54) is het dorpshuis te oud."
    assert [s[:3] for s in _statements(page)] == [("Cora Verhagen", "Volgens", "is het dorpshuis te oud")]


def test_a_long_bracket_after_volgens_stays_in_the_content() -> None:
    page = _HEAD + "Volgens de politie (zie de foto hieronder en de video van gisteravond) is het rustig."
    assert [s[:3] for s in _statements(page)] == [
        ("politie", "Volgens", "(zie de foto hieronder en de video van gisteravond) is het rustig")
    ]


def test_a_person_with_a_role_in_apposition_before_a_colon_quotation() -> None:
    page = _HEAD + 'Karin Dijkstra, voorzitter van de bewonersvereniging: "De brug moet voor de zomer weer open."'
    assert [s[:3] for s in _statements(page)] == [
        ("Karin Dijkstra", ":", "De brug moet voor de zomer weer open")
    ]


def test_two_names_or_places_before_a_colon_quotation_are_no_apposition() -> None:
    assert _statements(_HEAD + 'Karin Dijkstra, Anna Bos: "De brug moet voor de zomer weer open."') == []
    assert _statements(_HEAD + 'Het is druk in Delft, Leiden en Gouda: "De bruggen moeten snel weer open."') == []
