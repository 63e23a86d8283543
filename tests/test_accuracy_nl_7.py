"""Dutch shapes of real news that claimtrack read wrong (the accnl13 track: rents, schools,
trains, weather warnings, council budgets, waiting lists, energy bills, jobs figures,
local elections): every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract

from test_accuracy_nl_5 import _figures, _statements  # the same readings of a Dutch page


def _sources(text: str) -> list[tuple[str, str]]:
    """(name, type) of each statement's first source."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name, s.sources[0].type) for s in x.statements if s.sources]


def test_becijferen_and_nuanceren_report_a_claim() -> None:
    page = "Waterbedrijf\nDe drinkwaterprijs gaat met 3,4 procent omhoog, becijfert het statistiekbureau."
    assert _statements(page) == [
        ("statistiekbureau", "becijfert", "De drinkwaterprijs gaat met 3,4 procent omhoog", "indirect")
    ]
    page = "Zorg\nHet blijft een kleine groep, nuanceert onderzoeker Sanne Weltevree."
    assert _statements(page) == [("Sanne Weltevree", "nuanceert", "Het blijft een kleine groep", "indirect")]


def test_becijferen_with_a_plain_object_reports_nothing() -> None:
    # no dat-clause, quote or colon: a plain object is no content
    assert _statements("Kosten\nDe provincie becijfert de schade aan de dijk.") == []


def test_volgens_a_timetable_or_a_norm_names_no_source() -> None:
    assert _statements("Bus\nVolgens de dienstregeling vertrekt lijn 9 elk kwartier.") == []
    assert _statements("Zorg\nDe wachttijd ligt volgens de landelijke normen te hoog.") == []
    # a carrier after "volgens" still speaks
    page = "Bus\nVolgens de vervoerder vertrekt lijn 9 elk kwartier."
    assert _statements(page) == [("vervoerder", "Volgens", "vertrekt lijn 9 elk kwartier", "according_to")]


def test_a_change_particle_after_a_bare_count_is_no_counted_noun() -> None:
    # the noun after "aantal" is counted, not the verb's particle or participle
    page = "Banen\nHet aantal stageplekken nam in de zomer met 1300 af."
    assert _figures(page) == [("1300", 1300, 1300, "other", "stageplekken")]
    page = "Banen\nHet aantal stageplekken is dit voorjaar met 2.450 gedaald."
    assert _figures(page) == [("2.450", 2450, 2450, "other", "stageplekken")]


def test_a_count_with_its_own_noun_before_a_change_particle_keeps_it() -> None:
    page = "Banen\nDe sector nam in de zomer met 1300 leerbanen af."
    assert _figures(page) == [("1300", 1300, 1300, "other", "leerbanen")]


def test_a_year_after_over_is_no_figure() -> None:
    assert _figures("Omzet\nDe tellingen over 2019 zijn pas in mei klaar.") == []
    assert _figures("Omzet\nDe winst over 2022 viel tegen.") == []


def test_four_digits_after_over_before_a_plural_noun_are_a_count() -> None:
    page = "Overleg\nDe bond praat over 1700 banen bij de werf."
    assert _figures(page) == [("1700", 1700, 1700, "other", "banen")]


def test_a_number_right_after_a_month_is_a_figure_unless_a_year() -> None:
    page = "Prijzen\nDe tarieven lagen in oktober 4,5 procent hoger dan een jaar eerder."
    assert _figures(page) == [("4,5 procent", 4.5, 4.5, "percent", None)]
    page = "Aanmeldingen\nSinds 2 februari 318 aanmeldingen binnengekomen bij de school."
    assert _figures(page) == [("318", 318, 318, "other", "aanmeldingen")]


def test_a_year_after_a_month_stays_a_date() -> None:
    assert _figures("Bouw\nDe brug gaat in september 2027 open.") == []
    assert _figures("Bouw\nOp 4 juni 1988 ging de brug open.") == []


def test_a_number_in_brackets_after_a_listed_place_is_a_count() -> None:
    page = "Uitslag\nDe boerenpartij haalde zetels in Drenthe (5) en Overijssel (2)."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("5", 5, 5), ("2", 2, 2)]


def test_a_number_in_brackets_after_a_person_or_an_unlisted_word_stays_an_age() -> None:
    assert _figures("Uitslag\nLijsttrekker Wout Hazelaar (52) is tevreden.") == []
    assert _figures("Uitslag\nEen inwoner van Oudeschip (71) stemde voor het eerst.") == []
    # people from a place, or several numbers: ages
    assert _figures("Brand\nBewoners uit Zwolle (31) en Assen (58) bleven ongedeerd.") == []
    assert _figures("Brand\nDe bewoners komen uit Drenthe (31 en 58).") == []


def test_a_surname_with_a_capitalised_particle_is_no_affiliation() -> None:
    # "Van Dorst" alone later: the first mention keeps its surname
    page = (
        "Lonen\nMarleen Joke van Dorst verwacht dat de lonen stijgen. "
        "Van Dorst zegt dat bedrijven krap zitten."
    )
    assert _sources(page) == [("Marleen Joke van Dorst", "PER"), ("Marleen Joke van Dorst", "PER")]


def test_van_and_a_body_named_alone_stays_an_affiliation() -> None:
    page = "Trein\nReizigersclub Spoorwijs is boos. Ilse Dekker van Spoorwijs zegt dat de treinen te vol zitten."
    assert _sources(page) == [("Ilse Dekker", "PER")]


def test_a_name_the_article_gives_a_body_is_an_organisation_everywhere() -> None:
    page = (
        "Trein\nVervoerder Kustlijn zegt dat de bus vaker rijdt. "
        "Het blijft druk, aldus Kustlijn. Spoorbeheerder Baanwerk meldt dat een wissel kapot is."
    )
    assert _sources(page) == [("Kustlijn", "ORG"), ("Kustlijn", "ORG"), ("Baanwerk", "ORG")]


def test_a_person_named_by_surname_alone_stays_a_person() -> None:
    page = "Trein\nConducteur Rik Damsté zegt dat de bus vaker rijdt. Het blijft druk, aldus Damsté."
    assert _sources(page) == [("Rik Damsté", "PER"), ("Rik Damsté", "PER")]


def test_a_month_with_its_part_before_a_cue_opens_the_sentence() -> None:
    page = "Zorg\nEind augustus zei gedeputeerde Mirjam Oosterloo nog dat de lijst korter wordt."
    assert _statements(page) == [("Mirjam Oosterloo", "zei", "de lijst korter wordt", "indirect")]
    page = "Zorg\nMedio april meldde de zorgverzekeraar dat 2100 mensen wachten."
    assert _statements(page) == [("zorgverzekeraar", "meldde", "2100 mensen wachten", "indirect")]


def test_a_month_inside_the_content_is_no_frame() -> None:
    page = "Zorg\nDe zorgverzekeraar meldt dat de lijst eind augustus korter wordt."
    assert _statements(page) == [("zorgverzekeraar", "meldt", "de lijst eind augustus korter wordt", "indirect")]


def test_a_spokesperson_compound_with_a_name_before_its_hyphen_speaks_for_it() -> None:
    page = "Tram\nDe lijn rijdt weer, zegt een Tramnet-woordvoerder."
    assert _sources(page) == [("Tramnet", "ORG")]
    page = "Tram\nVolgens een Tramnet-woordvoerster rijdt de lijn weer."
    assert _sources(page) == [("Tramnet", "ORG")]


def test_a_modifier_before_a_spokesperson_hyphen_is_no_body() -> None:
    page = "Tram\nOud-woordvoerder Gert Valkema zegt dat de lijn weer rijdt."
    assert _sources(page) == [("Gert Valkema", "PER")]


def test_an_emphasis_word_before_a_ranges_second_number_keeps_one_range() -> None:
    page = "Weer\nHet weerbureau verwacht windstoten van 65 tot wel 85 kilometer per uur."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("65 tot wel 85 kilometer per uur", 65, 85)]


def test_an_emphasis_word_after_a_change_keeps_two_numbers() -> None:
    page = "Leden\nHet ledental steeg van 640 tot zelfs 910."
    assert [(s, lo, hi) for s, lo, hi, _, _ in _figures(page)] == [("640", 640, 640), ("910", 910, 910)]


def test_a_survey_described_after_its_maker_still_names_the_maker() -> None:
    page = "Onderwijs\nUit een enquête van de lerarenbond onder ruim vierhonderd docenten blijkt dat een derde wil stoppen."
    assert _statements(page) == [("lerarenbond", "blijkt", "een derde wil stoppen", "indirect")]


def test_blijkt_uit_a_report_before_dat_reports_the_clause() -> None:
    page = "Onderwijs\nOok blijkt uit het onderzoek van de lerarenbond dat scholen vaker klassen samenvoegen."
    assert _statements(page) == [("lerarenbond", "blijkt", "scholen vaker klassen samenvoegen", "indirect")]


def test_blijkt_uit_a_report_without_dat_reports_nothing() -> None:
    # no clause after the report: no content
    assert _statements("Onderwijs\nVerder blijkt uit het onderzoek van de lerarenbond vooral onvrede.") == []


def test_a_percentage_after_a_label_word_is_a_figure() -> None:
    page = "Premies\nDe premies moeten de komende jaren 6 procent omlaag."
    assert _figures(page) == [("6 procent", 6, 6, "percent", None)]


def test_a_plain_number_after_a_label_word_stays_a_label() -> None:
    assert _figures("Muziek\nDe band speelt nummers uit de jaren 80 en lijn 12.") == []


def test_a_name_hyphened_to_a_document_noun_is_its_maker() -> None:
    page = "Huur\nDe huren stijgen volgens WNB-cijfers vooral in dorpen."
    assert _sources(page) == [("WNB", "ORG")]
    page = "Huur\nUit de WNB-gegevens blijkt dat de huren vooral in dorpen stijgen."
    assert _sources(page) == [("WNB", "ORG")]


def test_a_hyphened_document_noun_without_a_name_names_no_one() -> None:
    # a lower-case first part is no maker: "volgens kwartaal-cijfers" names no source
    assert _statements("Huur\nDe huren stijgen volgens kwartaal-cijfers vooral in dorpen.") == []
