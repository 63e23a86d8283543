"""Dutch shapes of real news that claimtrack read wrong (the accvl13 track: Flemish and Dutch
regional outlets, quakes): every sentence here is invented for these tests."""

from __future__ import annotations

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
