"""Dutch shapes of real news that claimtrack read wrong (the accnl12 track: crime, asylum,
farming and water boards, schools, housing, Flemish regional news): every sentence here is
invented for these tests."""

from __future__ import annotations

from claimtrack import extract

from test_accuracy_nl_5 import _figures, _statements  # the same readings of a Dutch page


def test_met_before_two_numbers_opens_a_range_without_a_change_word() -> None:
    # after a noun or a plain verb "met A tot B" is one interval
    page = "Peiling\nDe Groenen worden de tweede partij met 17 tot 21 zetels."
    assert _figures(page) == [("17 tot 21", 17, 21, "other", "zetels")]
    page = "Optocht\nDe harmonie trok door Wemeldinge met 60 tot 80 muzikanten."
    assert _figures(page) == [("60 tot 80", 60, 80, "people", "muzikanten")]


def test_met_before_two_numbers_near_a_change_word_stays_a_change() -> None:
    # "nam toe met A tot B", "nam af met A tot B": by A, to B
    page = "Werkloosheid\nHet aantal werkzoekenden nam vorig jaar toe met 3.100 tot 47.800."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("3.100", 3100, 3100), ("47.800", 47800, 47800)]
    page = "Leden\nHet ledental van de bond nam af met 900 tot 12.400."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("900", 900, 900), ("12.400", 12400, 12400)]
    # a change verb near "met", before or after
    page = "Leden\nHet ledental van de bond daalde met 900 tot 12.400."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("900", 900, 900), ("12.400", 12400, 12400)]


def test_four_digits_after_a_noun_of_size_or_limit_and_van_are_a_count() -> None:
    # "van 1900" after a word of limit or size is no year
    page = "Opvang\nIn de sporthal van Velp sliepen 1940 mensen, net onder het maximum van 1950."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("1940", 1940, 1940), ("1950", 1950, 1950)]
    page = "Kamp\nHet kamp bij Oirschot heeft een maximumaantal van 1850 dat niet omhoog mag."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("1850", 1850, 1850)]
    page = "Mars\nDoor Zwolle trok zaterdag een groep van 1900 boeren."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("1900", 1900, 1900)]


def test_four_digits_after_van_elsewhere_stay_a_year() -> None:
    assert _figures("Dijken\nDe dijken van 1953 zijn sindsdien twee keer verhoogd.") == []
    assert _figures("Cijfers\nDe cijfers van 2019 waren nog lager, meldt het waterschap.") == []


def test_a_capitalised_adjective_before_an_organisation_noun_is_no_surname() -> None:
    # "van de Gentse brandweer": "Gentse" belongs to the body, the person is "Lotte Verbeke"
    page = "Brand\n“Het vuur was snel onder controle”, zegt Lotte Verbeke van de Gentse brandweer."
    assert _statements(page) == [("Lotte Verbeke", "zegt", "Het vuur was snel onder controle", "direct")]
    page = "Brand\n“Niemand raakte gewond”, zegt Koen Maes van de Brugse politie in een reactie."
    assert _statements(page)[0][0] == "Koen Maes"


def test_a_surname_with_particles_after_a_given_name_stays_whole() -> None:
    # a capitalised surname after "van de" with no organisation noun after it
    page = "Brand\n“Het vuur was snel onder controle”, zegt Lotte van de Velde."
    assert _statements(page)[0][0] == "Lotte van de Velde"
    page = "Brand\n“Het vuur was snel onder controle”, zegt Lotte Verbeke van de Velde tegen de krant."
    assert _statements(page)[0][0] == "Lotte Verbeke van de Velde"


def test_a_water_board_named_by_a_pair_is_one_source() -> None:
    # "Waterschap A en B": one body, one source
    page = "Droogte\n“De sloten staan bijna droog”, zegt een woordvoerder van Waterschap Berkel en Slinge."
    x = extract(page.encode(), language="nl")
    assert [(s.name, s.span.text) for s in x.statements[0].sources] == [
        ("Waterschap Berkel en Slinge", "een woordvoerder van Waterschap Berkel en Slinge")
    ]
    page = "Droogte\nWaterschap Geul en Roer stelt vanaf vrijdag een sproeiverbod in."
    x = extract(page.encode(), language="nl")
    assert [e.name for e in x.entities if e.name.startswith("Waterschap")] == ["Waterschap Geul en Roer"]


def test_a_body_and_another_body_or_a_person_stay_apart() -> None:
    # a body noun not named by pairs, and a two-word name after "en"
    page = "Droogte\nDe provincie Gelderland en Rijkswaterstaat zeggen dat de sloten droog staan."
    x = extract(page.encode(), language="nl")
    assert [s.name for s in x.statements[0].sources] == ["provincie Gelderland", "Rijkswaterstaat"]
    page = "Droogte\nWaterschap Berkel en Jan Smit zeggen dat de sloten droog staan."
    x = extract(page.encode(), language="nl")
    assert [s.name for s in x.statements[0].sources] == ["Waterschap Berkel", "Jan Smit"]


def test_aldus_after_a_comma_inside_the_closing_quote() -> None:
    # the comma stands inside the quotation: '“C,” aldus X'
    page = "Inbraak\n“De twee mannen werden in hun auto opgepakt,” aldus het parket."
    assert _statements(page) == [("parket", "aldus", "De twee mannen werden in hun auto opgepakt", "direct")]
    page = "Inbraak\n‘Waarom juist nu?’ aldus burgemeester Greet Wouters."
    assert _statements(page) == [("Greet Wouters", "aldus", "Waarom juist nu?", "direct")]


def test_aldus_without_a_comma_before_it_is_no_cue() -> None:
    # no comma: "aldus" is the adverb "thus"
    assert _statements("Inbraak\n“De twee mannen werden opgepakt” en aldus kwam de zaak aan het rollen.") == []
