"""Dutch shapes of real news that claimtrack read wrong (the accvl13 track: Flemish and Dutch
regional outlets, quakes): every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from test_accuracy_nl_5 import _figures, _statements  # the same readings of a Dutch page


def _values(page: str) -> list[tuple[str, float | None, float | None]]:
    return [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)]


def test_a_point_decimal_next_to_a_quake_unit_is_a_magnitude() -> None:
    # Dutch writes 2,6, but quake reports often print "2.6": next to the unit it is a decimal
    page = "Beving\nBij Ten Post schudden zaterdag de ramen door een beving van 1.9 op de schaal van Richter."
    assert _values(page) == [("1.9 op de schaal van Richter", 1.9, 1.9)]
    page = "Beving\nIn Wirdum had de schok van maandag een kracht van 2.3, meldt het meetinstituut."
    assert _values(page) == [("kracht van 2.3", 2.3, 2.3)]


def test_a_point_number_elsewhere_stays_no_number() -> None:
    # a clock time, with or without "uur", and a point number before another unit
    assert _figures("Beving\nDe schok kwam om 6.45 uur en werd in heel Appingedam gevoeld.") == []
    assert _figures("Beving\nDe eerste melding kwam binnen om 23.10, zegt de gemeente.") == []
    assert _values("Regen\nIn Eelde viel 4.5 millimeter.") == []


def test_capitalised_particles_after_a_role_open_the_surname() -> None:
    # Flemish surnames "De Smet", "Van den Eynde" after a role: the name keeps its particles
    page = "Begroting\nDe nieuwe sporthal komt er niet voor 2030, zegt burgemeester De Smet."
    assert _statements(page) == [("De Smet", "zegt", "De nieuwe sporthal komt er niet voor 2030", "indirect")]
    page = "Begroting\nVolgens minister Van den Eynde is er geen geld meer voor de tramlijn."
    assert _statements(page) == [("Van den Eynde", "Volgens", "is er geen geld meer voor de tramlijn", "according_to")]
    # after a modifier too: "een boze De Smet" is the person, not "boze"
    page = "Begroting\n\"Zo gaat het niet verder\", zei een boze De Smet woensdag."
    assert _statements(page) == [("De Smet", "zei", "Zo gaat het niet verder", "direct")]


def test_schepen_is_a_role_before_a_name() -> None:
    # the Flemish alderman (a role, so particles after it open the surname); the ships'
    # plural stays a counted noun of other things
    page = "Verkeer\nVolgens schepen Van Acker komt er een fietsstraat in Lokeren."
    assert _statements(page) == [("Van Acker", "Volgens", "komt er een fietsstraat in Lokeren", "according_to")]
    page = "Haven\nIn de haven van Oostende lagen gisteren vijf schepen stil."
    assert _figures(page) == [("vijf", 5, 5, "other", "schepen")]


def test_a_particle_at_a_sentence_start_stays_an_article() -> None:
    # at a sentence's start "De" is the article; after a role it opens no name past a sentence end
    page = "Krant\nDe Vlaamse krant meldt dat de brug in Temse dicht blijft."
    assert _statements(page)[0][0] == "Vlaamse krant"
    page = "Brug\n\"Dat kan niet\", zegt de burgemeester. De Vlaamse regering zwijgt."
    assert _statements(page) == [("burgemeester", "zegt", "Dat kan niet", "direct")]


def test_a_fronted_tegen_phrase_is_an_adverbial_before_the_cue() -> None:
    # "Tegen MEDIUM zegt X dat C": the addressee is fronted, the source follows the cue
    page = "Brug\nDe brug over de Durme blijft dicht. Tegen de regionale zender zegt de havenmeester dat de schade groot is."
    assert _statements(page) == [("havenmeester", "zegt", "de schade groot is", "indirect")]
    page = "Brug\nDe brug blijft dicht. Tegen Radio Noordkust zei Els Wouters dat er 14 boten vastliggen."
    assert _statements(page) == [("Els Wouters", "zei", "er 14 boten vastliggen", "indirect")]
    page = "Brug\nDe brug blijft dicht. Tegenover de krant verklaarde Els Wouters dat er 14 boten vastliggen."
    assert _statements(page) == [("Els Wouters", "verklaarde", "er 14 boten vastliggen", "indirect")]


def test_tegen_after_the_cue_stays_a_particle_or_addressee() -> None:
    page = "Proces\nDe verdediging spreekt tegen dat de verdachte in Lier was."
    assert _statements(page) == [("verdediging", "spreekt", "de verdachte in Lier was", "indirect")]
    page = "Proces\n\"Het is klaar\", zei de advocaat tegen de rechter."
    assert _statements(page)[0][:3] == ("advocaat", "zei", "Het is klaar")


def _sources_typed(page: str) -> list[tuple[str, str, str | None]]:
    """(source name, source type, medium) of each statement of a page."""
    x = extract(page.encode(), language="nl")
    return [(s.sources[0].name, s.sources[0].type, s.medium.text if s.medium else None) for s in x.statements]


def _entities(page: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in extract(page.encode(), language="nl").entities]


def test_a_listed_outlet_keeps_its_article_and_reports_as_an_organisation() -> None:
    # the capitalised article is part of the title; the paper is no person named "Standaard"
    page = "Zwembad\nHet zwembad van Wetteren gaat pas in oktober weer open, schrijft De Standaard."
    assert _statements(page) == [("De Standaard", "schrijft", "Het zwembad van Wetteren gaat pas in oktober weer open", "indirect")]
    assert _sources_typed(page) == [("De Standaard", "ORG", None)]
    page = "Veerdienst\nVolgens De Tijd stopt de veerdienst tussen Hemiksem en Kruibeke in juni."
    assert _statements(page) == [("De Tijd", "Volgens", "stopt de veerdienst tussen Hemiksem en Kruibeke in juni", "according_to")]
    page = "Veerdienst\nDe veerdienst in Hemiksem stopt. Dat meldt Het Nieuwsblad."
    assert _sources_typed(page) == [("Het Nieuwsblad", "ORG", None)]
    assert _statements(page)[0][2] == "De veerdienst in Hemiksem stopt"


def test_aldus_a_listed_outlet_is_a_statement() -> None:
    # "morgen" is a time word, but "De Morgen" written so is the paper
    page = "Kermis\nDe kermis van Zottegem duurt dit jaar maar vier dagen, aldus De Morgen."
    assert _statements(page) == [("De Morgen", "aldus", "De kermis van Zottegem duurt dit jaar maar vier dagen", "according_to")]


def test_a_person_speaking_in_or_to_an_outlet_keeps_it_as_the_medium() -> None:
    # the person is the source; "in <outlet>" and "tegen <outlet>" are where it was said
    page = "Kermis\nSchepen Wannes Goossens zegt in De Morgen dat de kermis korter wordt."
    assert _sources_typed(page) == [("Wannes Goossens", "PER", "in De Morgen")]
    page = "Kermis\n\"We hadden geen keuze\", zei Floor Jacobs tegen Het Parool."
    assert _sources_typed(page) == [("Floor Jacobs", "PER", "tegen Het Parool")]
    assert _entities(page) == [("Floor Jacobs", "PER"), ("Het Parool", "ORG")]


def test_capitalised_particles_and_lower_case_words_stay_what_they_were() -> None:
    # a surname with "De" is a person; "in <place>" is no medium; "de tijd", "de morgen"
    # written in lower case are no outlet
    page = "Kermis\nDe kermis wordt korter, zegt wethouder De Vries."
    assert _sources_typed(page) == [("De Vries", "PER", None)]
    page = "Kermis\nDe Vries zegt dat de kermis in Zottegem korter wordt."
    assert _sources_typed(page) == [("Vries", "PER", None)]
    page = "Kermis\n\"Het was druk\", zegt Wannes Goossens in Zottegem."
    assert _sources_typed(page) == [("Wannes Goossens", "PER", None)]
    page = "Kermis\nDe morgen begon rustig, zegt de conciërge. Ze zegt dat de tijd dringt."
    assert [s[2] for s in _statements(page)] == ["De morgen begon rustig", "de tijd dringt"]
    assert _entities(page) == [("conciërge", "OTHER")]
