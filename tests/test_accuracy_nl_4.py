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
