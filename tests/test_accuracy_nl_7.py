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


# -- round 5: police and courts, nitrogen, migration, defence, local news ----------------


def _all_sources(text: str) -> list[list[tuple[str, str]]]:
    """(name, type) of every source of each statement."""
    x = extract(text.encode(), language="nl")
    return [[(src.name, src.type) for src in s.sources] for s in x.statements]


def test_betreuren_and_berekenen_report_their_clause() -> None:
    page = "Sport\nDe schoolbond betreurt dat de gymzaal in Ostrum na de zomer sluit."
    assert _statements(page) == [("schoolbond", "betreurt", "de gymzaal in Ostrum na de zomer sluit", "indirect")]
    page = "Huur\nHet rekenbureau Telmaat berekende vorig jaar al dat de huren in Ostrum sneller stijgen."
    assert _statements(page) == [("Telmaat", "berekende", "de huren in Ostrum sneller stijgen", "indirect")]


def test_betreuren_and_berekenen_with_an_object_report_nothing() -> None:
    # a plain object, or a regret of the sentence before ("betreurt dat."), is no content
    assert _statements("Sport\nDe schoolbond betreurt het besluit over de gymzaal.") == []
    assert _statements("Sport\nDe gymzaal sluit. De schoolbond betreurt dat.") == []
    assert _statements("Huur\nDe woningstichting berekent de huur per kwartaal.") == []


def test_zien_after_its_content_is_a_cue() -> None:
    page = "Sport\nDe gymzaal in Ostrum raakt steeds voller, ziet wethouder Karin Poel."
    assert _statements(page) == [("Karin Poel", "ziet", "De gymzaal in Ostrum raakt steeds voller", "indirect")]


def test_zien_before_an_object_or_clause_is_no_cue() -> None:
    assert _statements("Sport\nWethouder Karin Poel ziet de gymzaal in Ostrum graag open.") == []
    assert _statements("Sport\nDe conciërge zag dat de gymzaal in Ostrum leeg was.") == []


def test_uitleggen_takes_a_reported_question() -> None:
    page = "Sport\nWethouder Karin Poel legt uit hoe de gymzaal in Ostrum open kan blijven."
    assert _statements(page) == [("Karin Poel", "legt", "hoe de gymzaal in Ostrum open kan blijven", "indirect")]


def test_uitleggen_with_a_plain_object_reports_nothing() -> None:
    assert _statements("Sport\nDe trainer legt de nieuwe regels voor de gymzaal uit.") == []


def test_two_people_with_a_listing_aside_each_both_speak() -> None:
    page = (
        "Dijken\nWethouders Anke Smal (Water en Bodem, GroenLinks) en Pieter Bos (Wonen, SP) "
        "meldden dinsdag dat de dijk bij Ostrum drie decimeter te laag ligt."
    )
    assert _all_sources(page) == [[("Anke Smal", "PER"), ("Pieter Bos", "PER")]]
    page = "Dijken\nGedeputeerde Anke Smal (Water en Bodem, GroenLinks) meldt dat de dijk bij Ostrum te laag ligt."
    assert _statements(page) == [("Anke Smal", "meldt", "de dijk bij Ostrum te laag ligt", "indirect")]


def test_an_aside_opening_lower_case_is_not_read_as_a_listing() -> None:
    # "(onder meer, ...)" opens with a lower-case word: no portfolio-and-party aside
    page = "Dijken\nGedeputeerde Anke Smal (onder meer, Water) meldt dat de dijk te laag ligt."
    assert _statements(page) == []


def test_a_spokesperson_of_a_person_named_before_speaks_for_that_person() -> None:
    page = (
        "Dijken\nGedeputeerde Anke Smal (Water en Bodem, GroenLinks) bezocht de dijk bij Ostrum. "
        "Een woordvoerder van Smal meldt dat de dijk te laag ligt. "
        "De woordvoerder erkent dat de bewoners ongerust zijn."
    )
    assert _sources(page) == [("Anke Smal", "PER"), ("Anke Smal", "PER")]


def test_a_spokesperson_of_an_unknown_one_word_name_speaks_for_a_body() -> None:
    page = "Bus\nEen woordvoerder van Rijnlijn meldt dat lijn 9 uitvalt. De woordvoerder erkent dat reizigers boos zijn."
    assert _sources(page) == [("Rijnlijn", "ORG"), ("Rijnlijn", "ORG")]


def test_hindsight_and_manner_words_between_cue_and_clause() -> None:
    page = "Zorg\nEen woordvoerder van het ministerie van Welzijn verklaart achteraf geruststellend dat er geen dossiers kwijt zijn."
    assert _statements(page) == [("ministerie van Welzijn", "verklaart", "er geen dossiers kwijt zijn", "indirect")]


def test_a_manner_word_without_a_cue_is_no_statement() -> None:
    assert _statements("Zorg\nAarzelend stapt de wethouder de raadszaal in.") == []


def test_a_programme_title_in_capitals_before_dat_is_the_medium() -> None:
    page = "Zorg\nWethouder Karel Roos vertelde namelijk vorige maand in het radioprogramma Stad En Land dat de wachtlijst korter wordt."
    assert _statements(page) == [("Karel Roos", "vertelde", "de wachtlijst korter wordt", "indirect")]


def test_a_programme_title_without_a_clause_reports_nothing() -> None:
    assert _statements("Zorg\nWethouder Karel Roos zei in het radioprogramma Stad En Land nog niets.") == []


def test_dat_heeft_x_with_a_medium_before_the_participle() -> None:
    page = "Zorg\nDe wachtlijst voor de thuiszorg wordt korter. Dat heeft wethouder Karel Roos maandag in een brief aan de raad gemeld."
    assert _statements(page) == [("Karel Roos", "gemeld", "De wachtlijst voor de thuiszorg wordt korter", "indirect")]


def test_dat_heeft_x_with_an_object_before_the_participle_reports_nothing() -> None:
    # "de buren" is no frame: an object between the source and a non-cue participle
    assert _statements("Zorg\nDe wachtlijst wordt korter. Dat heeft wethouder Karel Roos met de buren besproken.") == []


def test_an_anaphoric_dat_before_a_coordinator_is_no_complementiser() -> None:
    page = "Brand\nEen buurvrouw bevestigt dat en zegt dat de schuur al uren brandde."
    assert _statements(page) == [("buurvrouw", "zegt", "de schuur al uren brandde", "indirect")]


def test_two_dat_clauses_joined_by_en_stay_one_content() -> None:
    page = "Brand\nEen buurvrouw zegt dat de schuur al uren brandde en dat niemand de brandweer belde."
    assert _statements(page) == [
        ("buurvrouw", "zegt", "de schuur al uren brandde en dat niemand de brandweer belde", "indirect")
    ]


def test_a_shooting_in_the_headline_is_no_organisation() -> None:
    page = "Gewonde bij steekpartij Ostrum\nDe politie zoekt nog twee mannen, aldus een woordvoerder."
    assert _sources(page) == [("politie", "ORG")]


def test_a_party_is_still_an_organisation() -> None:
    page = "Raad\nDe partij Ostrum Vooruit verloor twee zetels, aldus een woordvoerder."
    assert _sources(page) == [("Ostrum Vooruit", "ORG")]


def test_a_fronted_dat_clause_before_a_regret_reports_nothing() -> None:
    # a regret (as a denial) answers a fact; a speech verb there still reports it
    assert _statements("Staking\nDat de kleine bond niet meedeed, betreurden de organisatoren.") == []
    page = "Staking\nDat de kleine bond niet meedeed, meldden de organisatoren."
    assert _statements(page) == [("organisatoren", "meldden", "Dat de kleine bond niet meedeed", "indirect")]


def test_uitleggen_with_a_bare_question_word_reports_nothing() -> None:
    # "legt uit waarom." announces the next sentences: no clause, no content
    assert _statements("Sport\nTrainer Karin Poel legt uit waarom.") == []


def test_an_inverted_cue_before_a_colon_takes_what_follows() -> None:
    page = 'Huur\nMaar, zegt de huurdersbond: "Dit is nog lang niet genoeg."'
    assert _statements(page) == [("huurdersbond", "zegt", "Dit is nog lang niet genoeg", "direct")]
    page = 'Zorg\nDe wachttijd loopt op, zegt voorzitter Bert Mol van patiëntenvereniging Zorgsamen: "Zo kan het niet verder."'
    assert _statements(page) == [("Bert Mol", "zegt", "Zo kan het niet verder", "direct")]


def test_an_inverted_cue_without_a_colon_is_not_read_as_one() -> None:
    # no colon after the source: the colon reading stays out (nothing is found here)
    assert _statements("Huur\nMaar, zegt de huurdersbond, dat duurt nog jaren.") == []


def test_informeren_with_a_listener_before_dat() -> None:
    page = "Raad\nHet waterschap heeft de dorpsraad geïnformeerd dat de sluis bij Ostrum pas in mei opengaat."
    assert _statements(page) == [("waterschap", "geïnformeerd", "de sluis bij Ostrum pas in mei opengaat", "indirect")]


def test_informeren_about_a_topic_reports_nothing() -> None:
    assert _statements("Raad\nHet waterschap informeert de dorpsraad over de sluis bij Ostrum.") == []


def test_a_year_after_over_before_a_modal_is_a_year() -> None:
    assert _figures("Huur\nDe huurcijfers over 2016 mogen nog niet naar buiten.") == []


def test_a_count_after_over_before_a_plural_noun_stays_a_count() -> None:
    assert _figures("Huur\nDe raad sprak over 1600 sociale huurwoningen.") == [("1600", 1600, 1600, "other", "sociale huurwoningen")]


def test_a_subordinate_clause_between_commas_before_dat() -> None:
    page = "Zorg\nBestuurder Ria Mol erkende in maart, nadat de rij voor de poli weer groeide, dat de kliniek te weinig artsen heeft."
    assert _statements(page) == [("Ria Mol", "erkende", "de kliniek te weinig artsen heeft", "indirect")]


def test_a_subordinate_clause_inside_the_content_stays_in_it() -> None:
    page = "Zorg\nBestuurder Ria Mol zegt dat de kliniek, toen de rij groeide, te weinig artsen had."
    assert _statements(page) == [("Ria Mol", "zegt", "de kliniek, toen de rij groeide, te weinig artsen had", "indirect")]


def test_a_title_case_place_and_en_dash_open_the_first_paragraph() -> None:
    page = "Sluis blijft dicht\nOostermeer – Het waterschap Rijnoord laat weten dat de sluis tot mei dicht blijft."
    assert _statements(page) == [("waterschap Rijnoord", "laat", "de sluis tot mei dicht blijft", "indirect")]
    assert extract(page.encode(), language="nl").articles[0].dateline.place == "Oostermeer"


def test_an_en_dash_after_words_in_lower_case_is_no_dateline() -> None:
    page = "Sluis blijft dicht\nDrie dorpen – Oostermeer, Nes en Waard – krijgen een nieuwe sluis."
    assert extract(page.encode(), language="nl").articles[0].dateline is None


def test_a_verb_or_size_predicate_after_a_number_is_not_counted() -> None:
    page = "Opvang\nDe boete geldt voor elke nacht dat de bezetting boven de 1800 uitkomt."
    assert _figures(page) == [("boven de 1800", 1800, None, "other", None)]
    assert _figures("Sport\nDe halter is zeker twaalf kilo zwaar en een stang of vier lang.")[-1][4] is None


def test_an_adjective_before_a_noun_after_a_number_is_counted() -> None:
    assert _figures("Sport\nEr meldden zich twaalf lange roeiers.") == [("twaalf", 12, 12, "people", "lange roeiers")]


def test_volgens_the_letter_of_a_rule_names_no_source() -> None:
    assert _statements("Bouw\nVolgens de letter van de verordening is de schuur illegaal.") == []


def test_volgens_a_letter_writer_names_a_source() -> None:
    page = "Bouw\nVolgens de briefschrijver is de schuur illegaal."
    assert _statements(page) == [("briefschrijver", "Volgens", "is de schuur illegaal", "according_to")]
