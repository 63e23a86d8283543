"""Dutch constructions of real news that claimtrack missed (the acc track): every
sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from test_constructions_nl import _statements


def _extracted(text: str) -> list[tuple[str, str, str, str]]:
    """(source name, cue, content, kind) of each statement of a whole page."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name if s.sources else "", s.cue.text, s.content.text, s.kind) for s in x.statements]


CUT = (
    "Dijkgraaf houdt de dijk in de gaten\n\n"
    'Het water in de Maas stijgt nog steeds. "Het water zakt langzaam", zegt dijkgraaf Ruud Mulder. '
    '"Morgen zijn de wegen weer open. Maar de schade aan de oevers is groot en het herstel kost maanden. '
    "Wie nu een kelder vol water he"
)


def test_a_quotation_cut_off_by_the_end_of_the_text_keeps_its_complete_sentences() -> None:
    assert _extracted(CUT) == [
        ("Ruud Mulder", "zegt", "Het water zakt langzaam", "direct"),
        ("Ruud Mulder", "zegt",
         "Morgen zijn de wegen weer open. Maar de schade aan de oevers is groot en het herstel kost maanden",
         "direct"),
    ]  # fmt: skip


def test_a_quotation_that_closes_later_on_the_page_is_not_cut_off() -> None:
    # the quote never closes in its reach, but a quote mark follows: no guess
    text = CUT.replace("Wie nu een kelder vol water he", "Wie nu een kelder vol water heeft, belt de gemeente.")
    text += "\n\nDe burgemeester kwam langs. Een buurman: \"Dit vergeten we nooit.\""
    got = _extracted(text)
    assert ("Ruud Mulder", "zegt", "Het water zakt langzaam", "direct") in got
    assert not any(g[2].startswith("Morgen zijn") for g in got)


def test_a_cut_off_quotation_with_only_its_cut_sentence_gives_nothing() -> None:
    text = CUT.replace(
        ' "Morgen zijn de wegen weer open. Maar de schade aan de oevers is groot en het herstel kost maanden. ',
        '\n\n"',
    )
    assert _extracted(text) == [("Ruud Mulder", "zegt", "Het water zakt langzaam", "direct")]


def test_uit_x_bleek_with_a_frame_adverb_before_dat() -> None:
    text = "Uit een enquête van de Consumentenbond bleek eerder dat de prijzen stegen."
    assert _statements(text) == [("Consumentenbond", "bleek", "de prijzen stegen", "indirect")]
    text = "Uit metingen van Rijkswaterstaat blijkt vorige week al dat de dijk zakt."
    assert _statements(text) == [("Rijkswaterstaat", "blijkt", "de dijk zakt", "indirect")]


def test_uit_x_bleek_with_a_name_in_parts_and_its_abbreviation() -> None:
    text = "Uit cijfers van het Instituut voor Zorg en Welzijn (IZW) bleek dat wachtlijsten groeien."
    assert _statements(text) == [("Instituut voor Zorg en Welzijn", "bleek", "wachtlijsten groeien", "indirect")]


def test_berichten_over_a_count_is_a_report() -> None:
    assert _statements("Regionale media berichten over 45 doden in de provincie.") == [
        ("Regionale media", "berichten", "45 doden in de provincie", "indirect")
    ]
    assert _statements("De krant bericht over de rechtszaak tegen de burgemeester.") == []


def test_a_demonstrative_opens_the_object_of_a_bare_cue() -> None:
    assert _statements("Het waterschap schat dit aantal op 5000.") == [
        ("waterschap", "schat", "dit aantal op 5000", "indirect")
    ]
    # "dit jaar" stays a time phrase of the frame
    assert _statements("Het waterschap schat dit jaar het aantal op 5000.") == [
        ("waterschap", "schat", "het aantal op 5000", "indirect")
    ]


def test_a_quotation_after_a_colon_in_a_volgens_clause_is_the_source_s_own() -> None:
    text = 'Volgens Vermeer zijn het de kosten en de regels die het lastig maken: "Niemand wil dit nog. Het moet anders."'
    assert _statements(text) == [
        ("Vermeer", "Volgens", "zijn het de kosten en de regels die het lastig maken", "according_to"),
        ("Vermeer", ":", "Niemand wil dit nog. Het moet anders", "direct"),
    ]
    # a list after the colon, or a quotation with more clause after it, stays one content
    text = "Volgens hem zijn er drie redenen: de kosten, de regels en het weer."
    assert _statements(text) == [
        ("hem", "Volgens", "zijn er drie redenen: de kosten, de regels en het weer", "according_to")
    ]
    text = 'Volgens Vermeer is het zo: "Niemand wil dit", maar dat klopt niet.'
    assert [s[1] for s in _statements(text)] == ["Volgens"]



def test_klinkt_het_nog_goes_on_with_the_last_speaker() -> None:
    text = (
        '"De brand is onder controle", klinkt het bij de brandweer. De oorzaak wordt onderzocht. '
        '"Daarvoor komt een expert langs", klinkt het nog. De weg blijft dicht tot zondag, klinkt het.'
    )
    assert _statements(text) == [
        ("brandweer", "klinkt", "De brand is onder controle", "direct"),
        ("brandweer", "klinkt", "Daarvoor komt een expert langs", "direct"),
        ("brandweer", "klinkt", "De weg blijft dicht tot zondag", "indirect"),
    ]


def test_klinkt_het_with_no_speaker_before_is_nothing() -> None:
    assert _statements('Het dorp is stil. "Daarvoor komt een expert langs", klinkt het nog.') == []
    # six sentences of narrative between: too far back
    text = '"Het is onder controle", klinkt het bij de brandweer. ' + "Het regent. " * 5 + "Het blijft nat, klinkt het."
    assert len(_statements(text)) == 1


def test_article_units_registry() -> None:
    from claimtrack.attribution.constructions import ARTICLE_UNITS, continued_quotes, impersonal_continued

    assert ARTICLE_UNITS == (continued_quotes.find, impersonal_continued.find)


def test_a_cue_between_commas_after_the_first_phrase() -> None:
    assert _statements("Vissers, zegt hij, moeten steeds verder varen om genoeg te vangen.") == [
        ("hij", "zegt", "moeten steeds verder varen om genoeg te vangen", "indirect")
    ]
    assert _statements("De havens, vertelt Jan Bakker, liggen er verlaten bij.") == [
        ("Jan Bakker", "vertelt", "liggen er verlaten bij", "indirect")
    ]
    # a coordinated clause, a relative clause or an apposition after the source: the content comes first
    for tail in ("en de dijk houdt het niet.", "die al veertig jaar op de dijk woont.", "voorzitter van de bond."):
        assert _statements("Het water stijgt, zegt Bakker, " + tail) == [("Bakker", "zegt", "Het water stijgt", "indirect")]


def test_a_separable_cue_without_its_particle_is_none_after_an_apposition() -> None:
    assert _statements("Kees Wolters (52), teler in Dronten, maakt zich grote zorgen over de oogst.") == []


def test_a_fronted_participle_phrase_is_no_subject() -> None:
    text = "Gecorrigeerd voor de nieuwe methode noteerden de onderzoekers een daling van 4,2 procent."
    assert _statements(text) == [("onderzoekers", "noteerden", "een daling van 4,2 procent", "indirect")]
    text = "Gevraagd naar de kosten, zei de wethouder dat het budget volstaat."
    assert _statements(text) == [("wethouder", "zei", "het budget volstaat", "indirect")]

