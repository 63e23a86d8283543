"""Entities and canonical names: invented sentences, exact names, types and spans."""

from __future__ import annotations

import pytest

from claimtrack.attribution import find_statements
from claimtrack.entities import find_entities
from claimtrack.mentions import find_mentions, parse_np, tokenize
from claimtrack.model import Article, Dateline, Span
from claimtrack.sentences import split_sentences

TEXT = (
    "Kovac zegt dat 400 mijnwerkers vastzitten\n"
    "De Sloveense premier Marko Kovac zegt dat er 400 mijnwerkers vastzitten in de mijn bij Velenje. "
    "Kovac schrijft op X dat brandweercommandant Nina Horvat hem heeft ingelicht over de reddingsactie. "
    "Volgens de premier is er nog zuurstof voor drie dagen. "
    '"We geven niet op", zei hij tegenover de pers.\n'
    "Republikeinen in de Senaat willen een onderzoek. Een woordvoerder van de politie van Velenje zegt dat "
    "de mijn al jaren onveilig is."
)


def _extract(text: str):
    head_end = text.index("\n")
    a0 = Article(
        "a0",
        "main",
        None,
        Span.of(text, 0, head_end),
        None,
        None,
        Span.of(text, head_end + 1, len(text)),
    )
    sents = split_sentences(text, a0.headline, "nl") + split_sentences(
        text, a0.body, "nl"
    )
    st = find_statements(text, a0, sents, "nl")
    return st, find_entities(text, (a0,), st, "nl")


def test_canonical_person_collects_all_mentions():
    _, ents = _extract(TEXT)
    kovac = ents[0]
    assert (kovac.id, kovac.name, kovac.type) == ("e0", "Marko Kovac", "PER")
    assert [(m.text, m.start, m.end) for m in kovac.mentions] == [
        ("Kovac", 0, 5),
        ("De Sloveense premier Marko Kovac", 42, 74),
        ("Kovac", 138, 143),
        ("de premier", 245, 255),
        ("hij", 316, 319),
    ]
    # "de premier" is a mention resolved to him, but no alias: it holds none of his name
    assert kovac.aliases == ("Kovac", "De Sloveense premier Marko Kovac")


def test_entity_names_types_and_order():
    _, ents = _extract(TEXT)
    got = [(e.id, e.name, e.type) for e in ents]
    assert got == [
        ("e0", "Marko Kovac", "PER"),
        ("e1", "Velenje", "GPE"),
        ("e2", "X", "ORG"),
        ("e3", "Nina Horvat", "PER"),
        ("e4", "Senaat", "ORG"),
        ("e5", "politie van Velenje", "ORG"),
    ]


def test_unconfirmed_sentence_initial_word_is_no_entity():
    _, ents = _extract(TEXT)
    assert "Republikeinen" not in {e.name for e in ents}


def test_mentions_are_spans_of_the_text():
    _, ents = _extract(TEXT)
    for e in ents:
        for m in e.mentions:
            assert TEXT[m.start : m.end] == m.text
        assert list(e.mentions) == sorted(e.mentions, key=lambda s: s.start)


# phrase -> (name inside, role, organisation noun, known place/organisation)
NP_ROWS = [
    (
        "De Oekraïense president Volodymyr Zelensky",
        "Volodymyr Zelensky",
        "president",
        None,
        None,
    ),
    ("brandweercommandant Anton Vos", "Anton Vos", "commandant", None, None),
    ("mensenrechtenorganisatie Vrije Stem", "Vrije Stem", None, "organisatie", None),
    ("het ministerie van Buitenlandse Zaken", None, None, "ministerie", None),
    ("de Verenigde Staten", "Verenigde Staten", None, None, "Verenigde Staten"),
    ("Zuid-Korea", "Zuid-Korea", None, None, "Zuid-Korea"),
    ("Sanne de Wit", "Sanne de Wit", None, None, None),
    ("Ursula von der Leyen", "Ursula von der Leyen", None, None, None),
    ("de woordvoerder van de politie", None, "woordvoerder", None, None),
    ("President Claudia Sheinbaum", "Claudia Sheinbaum", "president", None, None),
    ("Ruimtevaartorganisatie NASA", "NASA", None, "organisatie", None),
    ("het Rode Kruis", "Rode Kruis", None, None, "Rode Kruis"),
    # a capitalised organisation noun is a name; an abbreviation in brackets is inside
    ("de Nederlandse Zorgautoriteit (NZa)", "Nederlandse Zorgautoriteit", None, "autoriteit", None),
    # an organisation noun with a listed place; a body named by its area
    ("de politie Den Haag", "politie Den Haag", None, "politie", "politie Den Haag"),
    (
        "de veiligheidsregio Noord- en Oost-Gelderland",
        "veiligheidsregio Noord- en Oost-Gelderland",
        None,
        "veiligheidsregio",
        None,
    ),
    # a double first name before a particle; a role before a listed name; -isch modifiers
    ("econoom Jan Pieter van Doorn", "Jan Pieter van Doorn", "econoom", None, None),
    ("Bemiddelaar de Verenigde Staten", "Verenigde Staten", "bemiddelaar", None, "Verenigde Staten"),
    ("het Duitse seismologisch instituut GFZ", "GFZ", None, "instituut", None),
]


@pytest.mark.parametrize(
    "phrase, name, role, org, known", NP_ROWS, ids=[r[0] for r in NP_ROWS]
)
def test_noun_phrase(phrase, name, role, org, known):
    toks = tokenize(phrase, 0, len(phrase))
    np = parse_np(phrase, toks, 0, len(toks), "nl")
    assert np is not None
    assert np.span == Span.of(phrase, 0, len(phrase))
    assert (np.name_text, np.role, np.org, np.known) == (name, role, org, known)


# text -> [(mention text, canonical name, type)]
MENTION_ROWS = [
    (
        "Gisteren reisde Kees Brand naar Polen.",
        [("Kees Brand", "Kees Brand", "PER"), ("Polen", "Polen", "GPE")],
    ),
    (
        "Het platform X van Elon Musk groeit.",
        [
            ("Het platform X van Elon Musk", "X", "ORG"),
            ("Elon Musk", "Elon Musk", "PER"),
        ],
    ),
    (
        "Er is overleg met NAVO en Hamas.",
        [("NAVO", "Navo", "ORG"), ("Hamas", "Hamas", "ORG")],
    ),
    (
        "Er kwam kritiek uit Noord-Korea en Rusland.",
        [("Noord-Korea", "Noord-Korea", "GPE"), ("Rusland", "Rusland", "GPE")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", MENTION_ROWS, ids=[r[0] for r in MENTION_ROWS]
)
def test_mentions(text, expected):
    got = [
        (m.span.text, m.name, m.type)
        for m in find_mentions(text, Span.of(text, 0, len(text)), "nl")
    ]
    assert got == expected


def test_organisation_with_place_is_one_entity_with_its_bare_noun():
    text = (
        "Opvang in Almere\n"
        "De gemeente Almere moet een dakloze vrouw opvang bieden. "
        "De gemeente stelde dat er geen plaatsen vrij zijn."
    )
    st, ents = _extract(text)
    assert [(s.sources[0].span.text, s.sources[0].name) for s in st] == [
        ("De gemeente", "gemeente Almere")
    ]
    ent = next(e for e in ents if e.name == "gemeente Almere")
    assert ent.type == "ORG"
    assert [m.text for m in ent.mentions] == ["De gemeente Almere", "De gemeente"]


def test_pronoun_volgens_haar_is_an_entity_mention():
    text = (
        "Scholen zoeken leraren\n"
        "Directeur Eva Kramer zegt dat het rooster rammelt. "
        "Volgens haar stonden er vijf vacatures open."
    )
    st, ents = _extract(text)
    assert [(s.sources[0].span.text, s.sources[0].name) for s in st] == [
        ("Directeur Eva Kramer", "Eva Kramer"),
        ("haar", "Eva Kramer"),
    ]
    eva = next(e for e in ents if e.name == "Eva Kramer")
    assert [m.text for m in eva.mentions] == ["Directeur Eva Kramer", "haar"]
    assert eva.aliases == ("Directeur Eva Kramer",)


def test_seed_shaped_teaser_names_across_articles():
    text = (
        "WASHINGTON (ANP) - De Amerikaanse president Donald Trump zegt lang te hebben gebeld met minister Eva Lind. "
        '"Het was een goed gesprek", verklaarde hij tegenover de pers.\n'
        "BERLIJN (ANP) - Trump zei later dat hij naar Berlijn komt."
    )
    cut = text.index("\n") + 1
    a0 = Article("a0", "teaser", None, None, None, None, Span.of(text, 19, cut - 1))
    a1 = Article(
        "a1", "teaser", None, None, None, None, Span.of(text, cut + 16, len(text))
    )
    st0 = find_statements(text, a0, split_sentences(text, a0.body, "nl"), "nl")
    st1 = find_statements(
        text, a1, split_sentences(text, a1.body, "nl"), "nl", first_id=len(st0)
    )
    ents = find_entities(text, (a0, a1), st0 + st1, "nl")
    trump = next(e for e in ents if e.name == "Donald Trump")
    assert [m.text for m in trump.mentions] == [
        "De Amerikaanse president Donald Trump",
        "hij",
        "Trump",
    ]
    assert trump.aliases == ("De Amerikaanse president Donald Trump", "Trump")
    assert [s.sources[0].name for s in st0 + st1] == [
        "Donald Trump",
        "Donald Trump",
        "Trump",
    ]


def test_general_organisation_noun_takes_last_named_organisation():
    text = (
        "AUSTIN (ANP/AFP) - Het platform Kwik van Tessa Veld groeit hard. "
        "Het bedrijf kondigde aan dat het stopt in Europa."
    )
    dl = Dateline("AUSTIN", ("ANP", "AFP"), 0, 19)
    art = Article("a1", "teaser", None, None, dl, None, Span.of(text, 0, len(text)))
    (st,) = find_statements(text, art, split_sentences(text, art.body, "nl"), "nl")
    src = st.sources[0]
    assert (src.span.text, src.name, src.type) == (
        "Het bedrijf",
        "Kwik",
        "ORG",
    )  # not the agency AFP
    assert st.content.text == "het stopt in Europa"
    ents = find_entities(text, (art,), (st,), "nl")
    kwik = next(e for e in ents if e.name == "Kwik")
    assert [m.text for m in kwik.mentions] == [
        "Het platform Kwik van Tessa Veld",
        "Het bedrijf",
    ]


# a name holding an organisation word (sources.toml [names] organisation_words), also
# as the end of a compound, is an organisation; a newspaper is no person
ORG_NAMES = [
    ("Hij zei dat tegen De Telegraaf.", "De Telegraaf", "ORG"),  # a listed outlet: its title (eval/README.md)
    ("Staalwerken Oostermeer sluit een fabriek.", "Staalwerken Oostermeer", "ORG"),
    ("Het Brabants Dagblad meldt dat de brug dicht is.", "Brabants Dagblad", "ORG"),
    ("De Kamer van Koophandel telt meer starters.", "Kamer van Koophandel", "ORG"),
    ("Chipmaker Veltron bouwt een fabriek.", "Veltron", "ORG"),
    ("Wetterskip Fryslân sluit de plas.", "Wetterskip Fryslân", "ORG"),
    ("Minister Sanne Koster zei dat het kan.", "Sanne Koster", "PER"),
]


@pytest.mark.parametrize("text, name, typ", ORG_NAMES, ids=[r[0][:40] for r in ORG_NAMES])
def test_organisation_words_type_a_name(text, name, typ):
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    st = find_statements(text, art, split_sentences(text, art.body, "nl"), "nl")
    ents = find_entities(text, (art,), st, "nl")
    assert (name, typ) in [(e.name, e.type) for e in ents]


def test_shared_mentions_give_the_same_entities():
    # a pipeline may scan each article once and hand the mentions to both stages
    from claimtrack.mentions import article_mentions, article_tokens

    st, ents = _extract(TEXT)
    head_end = TEXT.index("\n")
    a0 = Article(
        "a0", "main", None, Span.of(TEXT, 0, head_end), None, None,
        Span.of(TEXT, head_end + 1, len(TEXT)),
    )  # fmt: skip
    toks = article_tokens(TEXT, a0)
    ments = article_mentions(TEXT, a0, "nl", toks)
    sents = split_sentences(TEXT, a0.headline, "nl") + split_sentences(TEXT, a0.body, "nl")
    st2 = find_statements(TEXT, a0, sents, "nl", tokens=toks, mentions=ments)
    assert st2 == st
    assert find_entities(TEXT, (a0,), st2, "nl", mentions=[ments]) == ents
