"""Dutch shapes of news from outlets outside the evaluation sets that claimtrack read wrong
(the accnl10 track): every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract


def _sources(text: str) -> list[tuple[str, str, str]]:
    """(source name, source span, cue) of each statement of a page."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name, s.sources[0].span.text, s.cue.text) for s in x.statements]


def test_a_role_with_its_body_before_the_name_is_the_person() -> None:
    # "van" + an unlisted place, then the person (and a party in brackets)
    assert _sources("Burgemeester van Veendijk Anton Kruisbergen (CDA) zei dat de weg dicht blijft.") == [
        ("Anton Kruisbergen", "Burgemeester van Veendijk Anton Kruisbergen (CDA)", "zei")
    ]
    # a body named by its noun alone, the person with a particle
    assert _sources("De woordvoerder van de politie Sanne de Wit meldt dat niemand is opgepakt.") == [
        ("Sanne de Wit", "De woordvoerder van de politie Sanne de Wit", "meldt")
    ]
    # a listed place: the name follows it
    assert _sources("De burgemeester van Amsterdam Mila Dekker zei dat de stad rouwt.") == [
        ("Mila Dekker", "De burgemeester van Amsterdam Mila Dekker", "zei")
    ]


def test_a_role_with_its_field_and_workplace_before_the_name() -> None:
    page = (
        "In de schuur van boer Lans brak dinsdag brand uit. "
        '"We konden weinig redden", zegt hoofd operaties bij de Veiligheidsregio Noordkust Marieke Dolstra. '
        "Directeur bij de Stichting Groenweide Hendrik Brouwer laat weten dat de boer wordt opgevangen. "
        "Hoofd Noodhulp bij het Rode Kruis Lotte Verbeek zegt dat er tenten komen."
    )
    assert _sources(page) == [
        ("Marieke Dolstra", "hoofd operaties bij de Veiligheidsregio Noordkust Marieke Dolstra", "zegt"),
        ("Hendrik Brouwer", "Directeur bij de Stichting Groenweide Hendrik Brouwer", "laat"),
        ("Lotte Verbeek", "Hoofd Noodhulp bij het Rode Kruis Lotte Verbeek", "zegt"),
    ]


def test_a_name_after_the_body_of_an_apposition_is_the_bodys() -> None:
    # the person is named before the comma: "Hoofdstad Noord" ends the body's name
    page = '"Het is rustig", vertelt Olaf Smit, woordvoerder van de politiezone Antwerpen Hoofdstad Noord.'
    assert _sources(page) == [
        ("Olaf Smit", "Olaf Smit, woordvoerder van de politiezone Antwerpen Hoofdstad Noord", "vertelt")
    ]


def test_an_apposition_with_a_field_and_no_closing_comma() -> None:
    assert _sources("Joris Lindeman, arts infectieziektebestrijding bij de GGD Noordkust zegt dat er geen gevaar is.") == [
        ("Joris Lindeman", "Joris Lindeman, arts infectieziektebestrijding bij de GGD Noordkust", "zegt")
    ]


def test_a_body_without_a_person_stays_the_body() -> None:
    # a workplace without a name after it is no part of the source ("bij" + a broadcaster)
    page = "De dijk bij Veendijk is zwak. Dat zegt de burgemeester bij RTV Veendijk."
    assert [s[1] for s in _sources(page)] == ["de burgemeester"]
    # a body's own two-word name is no person: a capitalised "Stichting", a noun that takes a name
    assert _sources("De voorzitter van Stichting Wilde Weide zegt dat de natuur lijdt.")[0][0] == (
        "voorzitter van Stichting Wilde Weide"
    )
    names = [n for n, _, _ in _sources("Een woordvoerder van zakenbank Goudberg Kapitaal zegt dat de rente daalt.")]
    assert names == ["Goudberg Kapitaal"]
    # a place of two words without a person after it stays the place
    assert _sources("De burgemeester van Nieuw Lekkerland zegt dat de dijk houdt.")[0][0] == (
        "burgemeester van Nieuw Lekkerland"
    )


def _figures(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    """(span, low, high, unit) of each figure of a page."""
    x = extract(text.encode(), language="nl")
    return [(f.span.text, f.low, f.high, f.unit) for f in x.figures]


def test_van_x_tot_y_after_a_noun_is_one_range() -> None:
    assert _figures("Morgen worden rukwinden van 90 tot 110 km/uur verwacht in Zeeland.") == [
        ("90 tot 110 km/uur", 90, 110, "km/h")
    ]
    assert _figures("Op zee staat een wind van 4 tot 5 Beaufort.") == [("4 tot 5 Beaufort", 4, 5, "Bft")]
    # a change verb before or after keeps the two values apart
    assert _figures("De huur steeg vorig jaar van 610 tot 655 euro.") == [
        ("610", 610, 610, "EUR"),
        ("655 euro", 655, 655, "EUR"),
    ]
    assert [f[0] for f in _figures("Het aantal leden is van 300 tot 420 gegroeid.")] == ["300", "420"]


def test_an_emergency_number_is_no_figure() -> None:
    assert _figures("Het noodnummer 1733 is sinds vanmiddag bereikbaar voor schade aan daken.") == []
    assert _figures("Het alarmnummer 999 werkt weer.") == []


def test_blijkt_uit_names_the_body_of_the_document() -> None:
    # a time word between the verb and "uit", and a document of a body
    assert _sources("De Groenen winnen vier zetels, blijkt dinsdagavond uit een prognose van persbureau Novum.") == [
        ("Novum", "persbureau Novum", "blijkt")
    ]
    page = "Bij de mars zijn 14 mensen opgepakt. Dat blijkt uit een voorlopige balans van de politie."
    assert _sources(page) == [("politie", "de politie", "blijkt")]
    # two phrases of one noun: the second holds it
    page = "De Groenen winnen vier zetels. Dat bleek uit de eerste en uit de tweede peiling."
    assert _sources(page) == [("tweede peiling", "de tweede peiling", "bleek")]
    # a document without a body stays the document
    assert _sources("De Groenen winnen vier zetels, blijkt uit de exitpoll.") == [("exitpoll", "de exitpoll", "blijkt")]


def test_a_quotation_after_a_named_person_is_theirs_not_the_last_speakers() -> None:
    page = (
        '"De schade valt mee", zegt de gemeente Duinwijk. '
        'Verslaggever Pim Houtman ziet weinig sporen van de storm. "Ik zie alleen wat takken op straat."'
    )
    assert _sources(page) == [
        ("gemeente Duinwijk", "de gemeente Duinwijk", "zegt"),
        ("Pim Houtman", "Verslaggever Pim Houtman", '"'),
    ]
    # without a first-person word the quotation is no word of the person named before it
    page = (
        '"De schade valt mee", zegt de gemeente Duinwijk. '
        'Bij de storm raakte Kees Drost gewond. "Hij is naar het ziekenhuis gebracht."'
    )
    assert [s[0] for s in _sources(page)] == ["gemeente Duinwijk", "gemeente Duinwijk"]
    # a question before the quotation: the answer goes on with the last speaker
    page = (
        '"We zijn klaar", zegt trainer Bas Kuiper. Is Kuiper niet bang voor de derby? "Ik slaap er goed van."'
    )
    assert [s[0] for s in _sources(page)] == ["Bas Kuiper", "Bas Kuiper"]


def test_a_flemish_surname_in_lower_case_after_its_particles() -> None:
    page = (
        '"We hebben twaalf mensen opgepakt", zegt politiewoordvoerster Lies Van de voorde. '
        '"Het bleef verder rustig", aldus Van de voorde.'
    )
    assert _sources(page) == [
        ("Lies Van de voorde", "politiewoordvoerster Lies Van de voorde", "zegt"),
        ("Lies Van de voorde", "Van de voorde", "aldus"),  # the surname alone is her full name (0.11)
    ]
    # a lower-case word after a capitalised particle that is a closed-class word ends the name
    assert _sources("Volgens Jan De Groot is het rustig.")[0][0] == "Jan De Groot"


def test_dat_heeft_a_name_with_its_apposition_between_commas() -> None:
    page = (
        "De optocht in Heuvelrode ging niet door. "
        "Dat heeft Lies Voorde, woordvoerster van de politiezone Heuvelrode-Zuid, bevestigd."
    )
    assert _sources(page) == [
        ("Lies Voorde", "Lies Voorde, woordvoerster van de politiezone Heuvelrode-Zuid", "bevestigd")
    ]
    # no apposition: the phrase before the participle as before
    page = "De optocht in Heuvelrode ging niet door. Dat heeft de politie bevestigd."
    assert _sources(page) == [("politie", "de politie", "bevestigd")]


def _contents(text: str) -> list[tuple[str, str, str]]:
    """(source name, cue, content) of each statement of a page."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name, s.cue.text, s.content.text) for s in x.statements]


def test_waarschuwen_voor_takes_its_object_as_content() -> None:
    assert _contents("Het weerinstituut waarschuwt voor ijzel op de wegen in het noorden.") == [
        ("weerinstituut", "waarschuwt", "ijzel op de wegen in het noorden")
    ]
    # a dat-clause stays the content; without "voor" a plain object is no warning
    assert _contents("De bond waarschuwde dat de havens dichtgaan.") == [("bond", "waarschuwde", "de havens dichtgaan")]
    assert _contents("De bond waarschuwde de leden gisteren.") == []


def test_a_rate_per_hundred_thousand_is_a_proportion() -> None:
    # "N van elke M" is read as "N op de M": a proportion, left out like "een op de vijf"
    assert _figures("Vorige week gingen 40 van elke 100.000 inwoners naar de huisarts.") == []
    assert _figures("In het zuiden waren het er 35.") == [("35", 35, 35, None)]


def test_a_copula_and_a_lead_adjective_with_words_between_before_a_quotation() -> None:
    page = 'De rechter zag geen spijt. De aanklager was het daarmee eens: "Hij lacht op alle beelden."'
    assert _contents(page) == [("aanklager", ":", "Hij lacht op alle beelden")]
    page = 'De buren helpen met opruimen. Het familielid is daar erg blij mee: "Wat een fijne straat!"'
    assert _contents(page) == [("familielid", ":", "Wat een fijne straat!")]
    # no speaker before the copula: no statement
    assert _contents('De vraag is heel duidelijk: "Wie betaalt de schade?"') == []


def test_een_van_de_is_one_of_a_group_not_a_count() -> None:
    assert _figures("Het was één van de zwaarste stormen van de eeuw.") == []
    assert _figures("Eén van die oorzaken is de droogte.") == []
    # "één van hen" with an event stays a count
    x = extract("Bij de brand raakte één van hen zwaargewond.".encode(), language="nl")
    assert [(f.span.text, f.low, f.category) for f in x.figures] == [("één", 1, "wounded")]


def test_an_active_arrest_verb_before_the_figure_gives_arrested() -> None:
    x = extract("De politie van Heuvelrode arresteerde zaterdag 41 demonstranten.".encode(), language="nl")
    assert [(f.span.text, f.category) for f in x.figures] == [("41", "arrested")]
    x = extract("De politie wil zaterdag 41 demonstranten spreken.".encode(), language="nl")
    assert [(f.span.text, f.category) for f in x.figures] == [("41", "people")]
