"""Dutch constructions real regional and Flemish pages use (issue 9), one test each.

Every sentence is invented for these tests; tests/pages/attr_regional_nl.txt holds
them together as one page."""

from __future__ import annotations

from pathlib import Path

from claimtrack import extract
from claimtrack.attribution import find_statements
from claimtrack.model import Article, Span, Statement
from claimtrack.sentences import split_sentences

PAGE = Path(__file__).parent / "pages" / "attr_regional_nl.txt"


def _statements(text: str) -> list[tuple[str, str, str, str]]:
    """(source names, cue, content, kind) of each statement."""
    art = Article("a0", "main", Span.of(text, 0, text.index("\n")) if "\n" in text else None,
                  None, None, None, Span.of(text, 0, len(text)))  # fmt: skip
    out: tuple[Statement, ...] = find_statements(text, art, split_sentences(text, art.body, "nl"), "nl")
    return [("+".join(x.name for x in s.sources), s.cue.text, s.content.text, s.kind) for s in out]


def test_straight_single_quotes_and_a_trailing_manner_verb() -> None:
    text = "'We beginnen weer opnieuw', verzucht boerin Jolien Haverkamp. 's Avonds is het stil."
    assert _statements(text) == [("Jolien Haverkamp", "verzucht", "We beginnen weer opnieuw", "direct")]


def test_manner_verb_is_no_cue_before_its_content() -> None:
    assert _statements("Jolien Haverkamp verzucht dat het land onder water staat.") == []
    assert _statements("Het land staat onder water, verzucht Jolien Haverkamp.") == []


def test_comma_comma_quotes_and_a_second_quote_in_the_same_sentence() -> None:
    text = ",,Het gemaal draait op volle kracht'', zegt dijkgraaf Ruud Mulder. ,,Meer kunnen we niet doen.''"
    assert _statements(text) == [
        ("Ruud Mulder", "zegt", "Het gemaal draait op volle kracht", "direct"),
        ("Ruud Mulder", "zegt", "Meer kunnen we niet doen", "direct"),
    ]


def test_low_high_quotes() -> None:
    text = "„Wij houden de dijk in de gaten”, aldus een woordvoerder van het waterschap."
    assert _statements(text)[0][1:] == ("aldus", "Wij houden de dijk in de gaten", "direct")


def test_quote_paragraph_continues_the_last_speaker_over_narrative() -> None:
    text = (
        '"Er brandden twee loodsen", zegt Willem Korsten van de brandweer. Het bedrijf maakt kozijnen. '
        '"We vragen omwonenden ramen dicht te houden."'
    )
    assert _statements(text)[1] == ("Willem Korsten", "zegt", "We vragen omwonenden ramen dicht te houden", "direct")


def test_quote_over_a_paragraph_break() -> None:
    text = "'Het land was net ingezaaid', zegt Jolien Haverkamp. 'Alles was klaar.\n'Nu ligt er modder.'"
    assert [s[2] for s in _statements(text)] == ["Het land was net ingezaaid", "Alles was klaar", "Nu ligt er modder"]


def test_a_quoted_subhead_is_no_continuation() -> None:
    text = "'Het land is nat', zegt Jolien Haverkamp.\n'Rustige sfeer'\nDe dijk houdt."
    assert len(_statements(text)) == 1


def test_first_person_inside_a_quotation_is_the_speaker_before() -> None:
    text = ",,Het gemaal draait'', zegt Ruud Mulder. ,,We verwachten dat het water zaterdag zakt.''"
    assert _statements(text)[1] == ("Ruud Mulder", "zegt", "We verwachten dat het water zaterdag zakt", "direct")


def test_impersonal_klinkt_het_bij() -> None:
    text = '"De situatie is onder controle", klinkt het bij de brandweer.'
    assert _statements(text) == [("brandweer", "klinkt", "De situatie is onder controle", "direct")]


def test_lead_in_with_the_quotation_on_the_next_line() -> None:
    text = 'Een reactie van gedeputeerde Karin Sloot:\n"Wij staan klaar om te helpen."\n"Morgen weten we meer."'
    assert _statements(text) == [
        ("Karin Sloot", ":", "Wij staan klaar om te helpen", "direct"),
        ("Karin Sloot", ":", "Morgen weten we meer", "direct"),
    ]
    text = 'Hij was kort.\nWethouder Bram Nijland zei:\n"De gemeente betaalt."'
    assert _statements(text) == [("Bram Nijland", "zei", "De gemeente betaalt", "direct")]


def test_copula_lead_in() -> None:
    text = 'Over de schade was wethouder Bram Nijland duidelijk: "De gemeente laat niemand in de kou staan."'
    assert _statements(text) == [("Bram Nijland", ":", "De gemeente laat niemand in de kou staan", "direct")]


def test_call_with_particle() -> None:
    text = "De burgemeester riep inwoners op om niet naar de dijk te komen."
    assert _statements(text) == [("burgemeester", "riep", "inwoners op om niet naar de dijk te komen", "indirect")]


def test_colon_headline_names_its_speaker_and_labels_do_not() -> None:
    page = extract(PAGE, language="nl")
    first = page.statements[0]
    assert (first.cue.text, first.content.text, first.kind) == (":", "Polder Oosterwaard blijft nog weken nat", "indirect")
    assert first.sources[0].span.text == "Dijkgraaf Mulder"
    assert not any(s.content.text.startswith("waarom het water") for s in page.statements)
    assert _statements("Analyse: waarom het water zo langzaam zakt\nHet regent.") == []
    assert _statements("Kabinet: nog 40 miljoen extra voor dijken\nHet regent.")[0][:3] == (
        "kabinet", ":", "nog 40 miljoen extra voor dijken",
    )


def test_surname_with_capitalised_particles() -> None:
    text = "'Ik blijf rustig', belooft Van Hoorne voor de nieuwe actiedag."
    assert _statements(text) == [("Van Hoorne", "belooft", "Ik blijf rustig", "direct")]
    text = "'Het is laat. Het kan niet dat er nu besloten wordt', aldus Van der Weide."
    assert _statements(text) == [
        ("Van der Weide", "aldus", "Het is laat. Het kan niet dat er nu besloten wordt", "direct")
    ]


def test_fronted_prepositional_phrase_with_a_list_inverts() -> None:
    text = "Onder meer in Assen, Emmen en de stad Meppel meldden bewoners dat zij de schok voelden."
    assert _statements(text) == [("bewoners", "meldden", "zij de schok voelden", "indirect")]


def test_separable_verb_joined_in_a_subordinate_clause() -> None:
    text = "Mira Kolk hield een rede waarin zij opriep om de kust te beschermen."
    assert _statements(text) == [("Mira Kolk", "opriep", "om de kust te beschermen", "indirect")]


def test_particle_after_an_adverbial_phrase() -> None:
    text = "Het bestuur gaf tijdens de optocht herhaaldelijk aan dat bezoekers op het pad moesten blijven."
    assert _statements(text) == [("bestuur", "gaf", "bezoekers op het pad moesten blijven", "indirect")]


def test_trailing_cue_with_a_particle_needs_it() -> None:
    text = "Anne de Vos, klimaatwetenschapper, hield een toespraak over de zee."
    assert _statements(text) == []
    assert _statements("Het wordt een zware winter, kondigde het KNMI aan.") == [
        ("KNMI", "kondigde", "Het wordt een zware winter", "indirect")
    ]


def test_elided_article_in_the_frame() -> None:
    text = "Burgemeester Teun Olderbroek liet 's middags weten maximaal 420 bezoekers toe te laten."
    assert _statements(text) == [("Teun Olderbroek", "liet", "maximaal 420 bezoekers toe te laten", "indirect")]


def test_quote_continues_a_person_after_volgens() -> None:
    text = "Volgens hem is de sfeer goed. 'Mensen zitten in het gras, het is heerlijk.'"
    assert [s[2] for s in _statements(text)] == ["is de sfeer goed", "Mensen zitten in het gras, het is heerlijk"]
    text = "Volgens de politie is het rustig. 'We gaan niet over de snelweg.'"
    assert len(_statements(text)) == 1


def test_inner_single_quotes_do_not_close_a_double_quotation() -> None:
    text = "Den Oudsten: \"De politie was nooit niet 'in control'. Ze grepen op tijd in.\""
    assert _statements(text)[0][2] == "De politie was nooit niet 'in control'. Ze grepen op tijd in"


def test_quotation_left_open_goes_on_in_the_next_sentence() -> None:
    text = 'Wethouder Arno Pels was duidelijk: "De gemeente doet dit niet alleen.\nWe vragen de inwoners om hulp."'
    assert [s[2] for s in _statements(text)] == ["De gemeente doet dit niet alleen", "We vragen de inwoners om hulp"]


def test_spreken_over_a_count_or_a_quotation_only() -> None:
    assert _statements("Zondagavond sprak het Crisiscentrum nog over 21 doden en 90 vermisten.") == [
        ("Crisiscentrum", "sprak", "21 doden en 90 vermisten", "indirect")
    ]
    assert _statements("Hij sprak over zijn jeugd in Zwolle.") == []


def test_expecting_to_do_is_a_plan_not_a_claim() -> None:
    assert _statements("Defensie verwacht volgend jaar 20 keer mariniers in te zetten.") == []
    assert _statements("Het KNMI verwacht windstoten tot 100 km/u.")[0][2] == "windstoten tot 100 km/u"


def test_fronted_adverb_then_inversion() -> None:
    text = "Aanvankelijk zei de politie dat er 12 mensen in de bus zaten."
    assert _statements(text) == [("politie", "zei", "er 12 mensen in de bus zaten", "indirect")]


def test_named_report_as_source() -> None:
    text = "Een op de vijf aanbieders draait verlies, blijkt uit cijfers van brancheorganisatie Zorgnet."
    assert _statements(text) == [("Zorgnet", "blijkt", "Een op de vijf aanbieders draait verlies", "indirect")]
    text = "Een derde slaapt slecht. Dat blijkt uit een studie van het Ruimtelijk en Medisch Kennisbureau."
    assert _statements(text) == [
        ("Ruimtelijk en Medisch Kennisbureau", "blijkt", "Een derde slaapt slecht", "indirect")
    ]
    assert _statements("Uit een peiling van Kieskompas blijkt dat de partij groeit.") == [
        ("Kieskompas", "blijkt", "de partij groeit", "indirect")
    ]
    assert _statements("Het blijkt lastig te zijn.") == []
