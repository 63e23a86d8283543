"""Dutch kinds left by round 1 (the accnl14 track): one-word bodies, the paper a "de krant"
stands for, an age with a place in brackets; every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from test_accuracy_nl_5 import _figures, _statements  # the same readings of a Dutch page


def _typed(page: str) -> list[tuple[str, str, str]]:
    x = extract(page.encode(), language="nl")
    return [(s.sources[0].name, s.sources[0].type, s.cue.text) for s in x.statements if s.sources]


def test_a_one_word_name_a_spokesperson_speaks_for_is_a_body() -> None:
    # never introduced by an organisation noun, but the article has its spokesperson
    page = "Spoor\nTussen Venlo en Blerick rijdt geen trein meer. Dat meldt Baanwerk. Een woordvoerder van Baanwerk zegt dat er bussen rijden."
    assert _typed(page) == [("Baanwerk", "ORG", "meldt"), ("Baanwerk", "ORG", "zegt")]
    page = "Bus\nLijnstar laat weten dat de bussen vanaf maandag weer rijden. Een Lijnstar-woordvoerster noemt de staking voorbij."
    assert _typed(page)[0] == ("Lijnstar", "ORG", "laat")


def test_a_surname_with_a_spokesperson_stays_a_person() -> None:
    # the person is named in full: "een woordvoerder van Smal" speaks for her
    page = "Raad\nWethouder Ineke Wubbels is ziek. Wubbels laat weten dat ze volgende week terug is. Een woordvoerder van Wubbels zegt dat ze rust neemt."
    assert _typed(page) == [("Ineke Wubbels", "PER", "laat"), ("Ineke Wubbels", "PER", "zegt")]
    # a hyphen compound that is no spokesperson ("Bakker-stijl") makes no body
    page = "Mode\nDe Bakker-stijl is terug. Bakker zegt dat hij blij is."
    assert _typed(page) == [("Bakker", "PER", "zegt")]


def test_de_krant_is_the_latest_listed_outlet() -> None:
    # "de Volkskrant" ends in "krant", but "Het Parool" is the paper named last
    page = "Brug\nDe brug bij Zaandam was dicht, schreef de Volkskrant dinsdag. Ook Het Parool meldt dat de brug dicht blijft. Volgens de krant duurt het drie weken."
    assert _statements(page)[-1] == ("Het Parool", "Volgens", "duurt het drie weken", "according_to")


def test_de_krant_without_a_later_outlet_keeps_its_paper() -> None:
    page = "Brug\nDe Volkskrant meldt dat de brug bij Zaandam dicht blijft. De provincie zegt dat het klopt. Volgens de krant duurt het drie weken."
    assert _statements(page)[-1] == ("De Volkskrant", "Volgens", "duurt het drie weken", "according_to")
    # "het bedrijf" is no paper: a listed outlet named later does not fit it
    page = "Brug\nBouwbedrijf Stalbouw meldt dat de brug dicht blijft. Dat staat in Trouw. Volgens het bedrijf duurt het drie weken."
    assert _statements(page)[-1] == ("Stalbouw", "Volgens", "duurt het drie weken", "according_to")


def test_an_age_with_a_place_in_brackets_is_no_figure() -> None:
    page = "Zorg\n\"We wachten al een jaar\", zegt Ilse Hoogland (52, Eext)."
    assert _figures(page) == []
    page = "Zorg\nIlse Hoogland (52, Eext) en Ruud Tiemens (67, Gieten) betalen 80 euro per maand."
    assert [f[:3] for f in _figures(page)] == [("80 euro", 80, 80)]


def test_a_count_with_an_aside_in_brackets_stays_a_figure() -> None:
    # a number after a lower-case word, or after a listed place, is no age
    page = "Uitslag\nEr vielen 14 gewonden (14, Roden inbegrepen)."
    assert [f[:3] for f in _figures(page)][0] == ("14", 14, 14)
    page = "Uitslag\nDe partij kreeg in Drenthe (9, Assen niet meegeteld) de meeste stemmen."
    assert [f[:3] for f in _figures(page)] == [("9", 9, 9)]


def test_lower_case_words_spelled_by_the_abbreviation_belong_to_the_name() -> None:
    # "Landelijk Bureau zorg ouderen (LBZO)": the brackets spell the lower-case words too
    page = "Zorg\nHet Landelijk Bureau zorg ouderen (LBZO) laat weten dat er in Tiel 90 bedden vrij zijn."
    assert _typed(page) == [("Landelijk Bureau zorg ouderen", "ORG", "laat")]
    page = "Zorg\nIn Tiel zijn 90 bedden vrij. Dat zegt het Landelijk Bureau zorg ouderen (LBZO)."
    assert _statements(page) == [("Landelijk Bureau zorg ouderen", "zegt", "In Tiel zijn 90 bedden vrij", "indirect")]


def test_lower_case_words_before_other_brackets_stay_out_of_the_name() -> None:
    # the abbreviation does not spell the words ("JK" is no "Jelle Kramer koopt"), or no
    # abbreviation at all: the name ends where it did
    page = "Huis\nJelle Kramer koopt nu (JK) een huis in Tiel, zegt hij."
    assert _statements(page)[0][0] == "Jelle Kramer"
    page = "Huis\nJelle Kramer woont sinds (2019) in Tiel, zegt hij."
    assert _statements(page)[0][0] == "Jelle Kramer"


def test_an_opinion_verb_before_a_colon_leads_into_a_quotation() -> None:
    # "X vindt het voorstel onzin: 'C'": the opinion's holder speaks the quotation
    page = "Haven\nDe kade in Harlingen wordt hoger. Havenmeester Joke Altena vindt de kritiek niet terecht: \"De kade moet omhoog.\""
    assert _statements(page) == [("Joke Altena", ":", "De kade moet omhoog", "direct")]


def test_an_opinion_verb_without_a_quotation_leads_into_nothing() -> None:
    # no quotation after the colon, or a capitalised object before it: no lead-in
    page = "Haven\nDe kade in Harlingen wordt hoger. Havenmeester Joke Altena vindt twee dingen nodig: geld en tijd."
    assert _statements(page) == []
    page = "Haven\nDe kade in Harlingen wordt hoger. Havenmeester Joke Altena vindt Harlingen mooi: \"De kade moet omhoog.\""
    assert _statements(page) == []


def test_an_inverted_cue_after_a_clause_without_a_comma_before_a_quotation() -> None:
    # "Die zijn te duur legt hij uit: 'C'": no comma before the cue, a quotation after the colon
    page = "Haven\nHavenmeester Wiebe Altena wil de kade in Harlingen hoger. Die kade is veel te laag legt hij uit: \"Het water stijgt elk jaar.\""
    assert _statements(page) == [("Wiebe Altena", "legt", "Het water stijgt elk jaar", "direct")]


def test_a_subject_before_the_cue_makes_the_phrase_after_it_no_source() -> None:
    # the subject comes first and the phrase after the verb is its object or addressee
    page = "Haven\nDe kade in Harlingen wordt hoger. Wethouder Sjoerd Kuipers vroeg de raad: \"Wie betaalt dat?\""
    assert all(st[0] != "raad" for st in _statements(page))
    page = "Haven\nDe kade in Harlingen wordt hoger. De vissers vroegen hem: \"Wie betaalt dat?\""
    assert _statements(page) == []


def test_a_number_inside_a_units_name_is_no_figure() -> None:
    # "de 13 Lichte Brigade": the number names the unit; the tanks are counted
    page = "Leger\nMilitairen van de 13 Lichte Brigade oefenen bij Ermelo met 25 tanks."
    assert [f[:3] for f in _figures(page)] == [("25", 25, 25)]


def test_a_number_before_a_peoples_adjective_stays_a_count() -> None:
    # "de 30 Nederlandse Mariniers" (a people's adjective), or a lower-case noun: counts
    page = "Leger\nDe 30 Nederlandse Mariniers keren dinsdag terug."
    assert [f[:3] for f in _figures(page)] == [("30", 30, 30)]
    page = "Leger\nVolgens de brigade keren de 30 mariniers dinsdag terug."
    assert [f[:3] for f in _figures(page)] == [("30", 30, 30)]


def _measures(page: str) -> list[tuple[str, float | None, float | None, str | None, bool]]:
    x = extract(page.encode(), language="nl")
    return [(f.span.text, f.low, f.high, f.unit, f.approximate) for f in x.figures]


def test_a_unit_between_een_and_of_makes_an_approximate_measure() -> None:
    # "een kilo of twaalf": about twelve kilos
    page = "Vangst\nBij Urk haalde een visser een meerval van een kilo of twaalf boven."
    assert _measures(page) == [("een kilo of twaalf", 12, 12, "kg", True)]
    page = "Wandeling\nDe groep liep zondag een kilometer of acht langs de Vecht."
    assert _measures(page) == [("een kilometer of acht", 8, 8, "km", True)]


def test_een_unit_without_of_before_the_number_stays_as_it_was() -> None:
    # "of" between two nouns, not before the number: the price keeps its own reading
    page = "Markt\nOp de markt in Urk kost een kilo paling of zalm 24 euro."
    assert _measures(page) == [("24 euro", 24, 24, "EUR", False)]
