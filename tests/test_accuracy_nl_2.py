"""Dutch constructions of real news that claimtrack missed (the accnl track): every
sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from claimtrack.model import Span
from claimtrack.sentences import split_sentences
from test_constructions_nl import _statements


def _extracted(text: str) -> list[tuple[str, str, str, str]]:
    """(source name, cue, content, kind) of each statement of a whole page."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name if s.sources else "", s.cue.text, s.content.text, s.kind) for s in x.statements]


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, Span.of(text, 0, len(text)), "nl")]


def test_two_character_quote_marks_do_not_glue_sentences_together() -> None:
    # "''" was read as two apostrophes paired with the next "''": no cut in between
    text = ",,Het dak lekt'', aldus de koster. Janssen sprak van ,,een dure winter''. Het regent."
    assert _sentences(text) == [
        ",,Het dak lekt'', aldus de koster.",
        "Janssen sprak van ,,een dure winter''.",
        "Het regent.",
    ]
    assert _statements(text) == [
        ("koster", "aldus", "Het dak lekt", "direct"),
        ("Janssen", "sprak", "een dure winter", "direct"),
    ]


def test_a_closing_mark_typed_as_two_right_single_quotes() -> None:
    text = ",,We openen in mei’’, zegt Ilse Bos. ,,Eerst de keuken. Dan het terras.’’ Daarna ging ze."
    assert _sentences(text) == [
        ",,We openen in mei’’, zegt Ilse Bos.",
        ",,Eerst de keuken. Dan het terras.’’",
        "Daarna ging ze.",
    ]
    assert _statements(text)[0] == ("Ilse Bos", "zegt", "We openen in mei", "direct")


def test_aldus_with_a_frame_word_before_its_source() -> None:
    text = "'We zaaien pas later. Drie velden liggen nog onder water', aldus nog akkerbouwer Sem Visser."
    assert _statements(text) == [
        ("Sem Visser", "aldus", "We zaaien pas later. Drie velden liggen nog onder water", "direct")
    ]
    got = extract(("Boeren wachten op droog weer\n" + text).encode(), language="nl").figures
    assert [(f.span.text, f.low, f.high, f.source_name) for f in got] == [("Drie", 3, 3, "Sem Visser")]
    # a frame word with no source after it is no trailing marker
    assert _statements("'We zaaien pas in april', aldus nog.") == []


def test_a_passive_of_verwachten_is_no_forecast() -> None:
    # "werden verwacht": the visitors are expected, they expect nothing
    text = "De gemeente Epe verbood de markt toen bleek dat er niet zestig, maar zesduizend bezoekers werden verwacht."
    assert _statements(text) == []
    assert _statements("Achthonderd kramen werden verwacht op de kade.") == []
    # the active forecast stays a statement
    assert _statements("Het KNMI verwacht windstoten tot 90 kilometer per uur.") == [
        ("KNMI", "verwacht", "windstoten tot 90 kilometer per uur", "indirect")
    ]


def test_an_anaphoric_passive_with_its_agent() -> None:
    before = "Op de A28 zijn drie vrachtwagens gekanteld. "
    assert _statements(before + "Dat werd bevestigd door woordvoerder Lisa Hoek van Rijkswaterstaat.") == [
        ("Lisa Hoek", "bevestigd", "Op de A28 zijn drie vrachtwagens gekanteld", "indirect")
    ]
    assert _statements(before + "Dat is zondag door de politie gemeld.") == [
        ("politie", "gemeld", "Op de A28 zijn drie vrachtwagens gekanteld", "indirect")
    ]
    # no agent, or an agent that names nobody: no source
    assert _statements(before + "Dat werd later bevestigd.") == []
    assert _statements(before + "Dat werd bevestigd door beelden van een camera.") == []


def test_an_aside_in_brackets_between_subject_and_cue() -> None:
    assert _statements("Huisarts Bram Kuipers (61) vertelt dat de griep vroeg is.") == [
        ("Bram Kuipers", "vertelt", "de griep vroeg is", "indirect")
    ]
    text = "Voorzitter Eva Brink van Buurtkracht (eerder Buurtraad) laat weten aan Radio Noord dat de subsidie rond is."
    assert _statements(text) == [("Eva Brink van Buurtkracht", "laat", "de subsidie rond is", "indirect")]
    # an abbreviation stays part of the name
    assert _statements("Het Landelijk Energiebureau (LEB) meldt dat de prijs daalt.") == [
        ("Landelijk Energiebureau", "meldt", "de prijs daalt", "indirect")
    ]


def test_a_person_presented_after_a_copula_is_the_antecedent_of_a_pronoun() -> None:
    text = (
        "Dorp rijdt mee\n"
        "'We vertrekken om zes uur', zegt organisator Tom Aalders. Een van de chauffeurs is "
        "veehouder Jelle Post. Volgens hem rijden er veertig wagens mee.\n"
        "'Het wordt een lange dag.'"
    )
    assert _extracted(text) == [
        ("Tom Aalders", "zegt", "We vertrekken om zes uur", "direct"),
        ("Jelle Post", "Volgens", "rijden er veertig wagens mee", "according_to"),
        ("Jelle Post", "Volgens", "Het wordt een lange dag", "direct"),  # the quote goes on with him
    ]
    x = extract(text.encode(), language="nl")
    assert [(f.span.text, f.low, f.source_name) for f in x.figures] == [("veertig", 40, "Jelle Post")]


def test_an_inverted_perfect_with_the_subject_after_the_auxiliary() -> None:
    assert _statements("Dinsdag heeft de brandweer gemeld dat de schuur is ingestort.") == [
        ("brandweer", "gemeld", "de schuur is ingestort", "indirect")
    ]
    assert _statements("Ook had wethouder Noor Baas nadrukkelijk de ouders opgeroepen om binnen te blijven.") == [
        ("Noor Baas", "opgeroepen", "om binnen te blijven", "indirect")
    ]
    # an object that is no source phrase is no subject
    assert _statements("Dinsdag heeft de storm veel schade gemeld.") == []


def test_a_fronted_subordinate_clause_is_no_trailing_content() -> None:
    text = "Omdat de wegen in het oosten onbegaanbaar zijn, adviseert de ANWB om alleen te rijden als het moet."
    assert _statements(text) == [("ANWB", "adviseert", "om alleen te rijden als het moet", "indirect")]
    text = "Nadat de brug was ingestort, zei de gedeputeerde dat de veerpont weer vaart."
    assert _statements(text) == [("gedeputeerde", "zei", "de veerpont weer vaart", "indirect")]
    # the fronted clause's own subject is no source ("het stormde" is no noun phrase)
    assert _statements("Toen het stormde, meldde de veerdienst dat de pont bleef liggen.") == [
        ("veerdienst", "meldde", "de pont bleef liggen", "indirect")
    ]
    # a main clause after the fronted one: the trailing cue reports both
    assert _statements("Omdat het stormt, blijft de pont liggen, meldt de veerdienst.") == [
        ("veerdienst", "meldt", "Omdat het stormt, blijft de pont liggen", "indirect")
    ]


def test_a_participle_cue_without_an_auxiliary_has_no_subject() -> None:
    # a page's feedback line: "opgemerkt" is no finite verb, "Typfout" speaks nothing
    assert _statements("Typfout opgemerkt of een tip voor de redactie? Mail ons.") == []
    assert _statements("De wethouder heeft opgemerkt dat de stoep te smal is.") == [
        ("wethouder", "opgemerkt", "de stoep te smal is", "indirect")
    ]


def test_a_cue_in_a_relative_clause_after_its_source() -> None:
    text = "De brandweer, die over ruim 300 geredde dieren spreekt, bleef de hele nacht."
    assert _statements(text) == [("brandweer", "spreekt", "ruim 300 geredde dieren", "indirect")]
    text = "Wethouder Wim Donk, die zegt dat de kade het houdt, bleef thuis."
    assert _statements(text) == [("Wim Donk", "zegt", "de kade het houdt", "indirect")]
    page = "Redding in de polder\n" + "De brandweer, die over ruim 300 geredde dieren spreekt, bleef de hele nacht."
    figures = extract(page.encode(), language="nl").figures
    assert [(f.span.text, f.low, f.high, f.source_name) for f in figures] == [("ruim 300", 300, None, "brandweer")]
    # no count in the object of "spreken over": no report
    assert _statements("De dichter, die over zijn jeugd spreekt, las voor.") == []


def test_a_subject_after_a_focus_adverb_is_the_antecedent_of_a_pronoun() -> None:
    text = (
        "Boeren op het plein\n"
        "'We blijven tot het donker is', zegt boerin Lieke Mol. Ook Daan Hofman nam het woord. "
        "'Wij brengen morgen twintig wagens mee', zegt hij."
    )
    assert _extracted(text) == [
        ("Lieke Mol", "zegt", "We blijven tot het donker is", "direct"),
        ("Daan Hofman", "zegt", "Wij brengen morgen twintig wagens mee", "direct"),
    ]
    x = extract(text.encode(), language="nl")
    assert [(f.span.text, f.low, f.source_name) for f in x.figures] == [("twintig", 20, "Daan Hofman")]


def test_zo_before_a_cue_that_closes_its_sentence_points_back() -> None:
    text = "Onder de vermisten is ook een visser uit Urk. Zo zei een woordvoerder van de kustwacht."
    assert _statements(text) == [
        ("kustwacht", "zei", "Onder de vermisten is ook een visser uit Urk", "indirect")
    ]
    # "Zo zegt X dat C": an example, the dat-clause is the content
    assert _statements("Zo meldt de kustwacht dat er twee schepen vermist zijn.") == [
        ("kustwacht", "meldt", "er twee schepen vermist zijn", "indirect")
    ]


def test_a_medium_between_the_speaker_and_a_colon_quotation() -> None:
    before = "De dijk bij Kampen houdt het. "
    assert _statements(before + "Wethouder Hanna Pol tegen Radio Oost: 'We slapen vannacht niet.'") == [
        ("Hanna Pol", ":", "We slapen vannacht niet", "direct")
    ]
    assert _statements(before + "Het waterschap op Twitter: 'Blijf weg van de kade.'") == [
        ("waterschap", ":", "Blijf weg van de kade", "direct")
    ]
    # a place is no medium: no speaker before the colon
    assert _statements(before + "Hanna Pol in Kampen: 'We slapen vannacht niet.'") == []
