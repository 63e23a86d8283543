"""Source names on news-shaped pages: no invented names, titles stripped, appositions,
roles on the spot, and aliases that come from the text (tests/pages/names_*.txt)."""

from __future__ import annotations

from functools import cache

import pytest

from claimtrack import extract
from claimtrack.mentions import find_mentions, parse_np, tokenize
from claimtrack.model import Span

from conftest import PAGES


@cache
def _result(name: str, language: str):
    return extract(PAGES / name, language=language)


def _sources(name: str, language: str) -> dict[str, list[tuple[str, str, str]]]:
    """content text -> [(source span text, name, type)]."""
    return {
        st.content.text: [(s.span.text, s.name, s.type) for s in st.sources]
        for st in _result(name, language).statements
    }


def _entities(name: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {e.name: (e.type, e.aliases) for e in _result(name, language).entities}


NL = "names_regional_nl.txt"
EN = "names_wire_en.txt"


@pytest.mark.parametrize(
    ("page", "language", "content", "sources"),
    [
        # no invented names: the dateline's town is not added to "de gemeente"/"de provincie"
        (NL, "nl", "De dijk bij Wierum houdt het water voorlopig tegen", [("de gemeente", "gemeente", "ORG")]),
        (NL, "nl", "er geen gevaar is voor de bewoners", [("de provincie", "provincie", "ORG")]),
        # forms of address and titles are no part of a name
        (NL, "nl", "haar kelder al twee keer onder water stond", [("Mevrouw Hoekstra", "Hoekstra", "PER")]),
        (NL, "nl", "de grond verzadigd is", [("Dr. Sietse Wal", "Sietse Wal", "PER")]),
        (EN, "en", "the repairs would cost about 14 million dollars", [("Mr. Varga", "Tom Varga", "PER")]),
        (EN, "en", "the state would pay the rest", [("Gov. Ann Hollis", "Ann Hollis", "PER")]),
        (EN, "en", "the work should start in March", [("Sen. Hollis", "Ann Hollis", "PER")]),
        # a capitalised title inside a run of names ends before the person's name
        (EN, "en", "the storm-wrecked pier would be rebuilt by the summer",
         [("Harbor City Mayor Jane Olsen", "Jane Olsen", "PER")]),
        (EN, "en", "the coast road would reopen on Friday", [("Chief Inspector Rob Doyle", "Rob Doyle", "PER")]),
        # "..., said X, a spokesman for Y" names X
        (EN, "en", "We will not leave the fishermen without a pier", [("Tom Varga, a spokesman", "Tom Varga", "PER")]),
        # a reporter on the spot is a source
        (NL, "nl", "Het water zakt langzaam", [("een correspondent ter plaatse", "correspondent ter plaatse", "PER")]),
        (EN, "en", "The water is still high", [("a correspondent on the spot", "correspondent on the spot", "PER")]),
        # coordination with the language's own conjunction
        (EN, "en", "the fishing season was lost",
         [("Lisa Brand", "Lisa Brand", "PER"), ("Tom Kees", "Tom Kees", "PER"), ("Mark Hall", "Mark Hall", "PER")]),
        # a capitalised preposition opening the sentence is no first name
        (NL, "nl", "hij zoiets nooit eerder zag", [("Bosma", "Jelmer Bosma", "PER")]),
        # the name as written: a capitalised adjective of an organisation's name stays in it
        (NL, "nl", "de reparatie twee weken duurt",
         [("De Friese Dijkbouw Maatschappij (FDM)", "Friese Dijkbouw Maatschappij", "ORG")]),
        (NL, "nl", "er vijftig mensen aan werken", [("Het bedrijf", "Friese Dijkbouw Maatschappij", "ORG")]),
        # a general noun takes a name only where the text names it ("Bouwbond Stevig ... De
        # bond"), never a platform written on nearby ("schrijft op X ... De vakbond")
        (NL, "nl", "er al 30 ploegen klaarstaan", [("De bond", "Stevig", "ORG")]),
        (NL, "nl", "de dijkwerkers te lang doorwerken", [("De vakbond", "vakbond", "ORG")]),
        (EN, "en", "the repair crews were working too long", [("The union", "union", "ORG")]),
    ],
)  # fmt: skip
def test_source_names(page, language, content, sources):
    assert _sources(page, language)[content] == sources


@pytest.mark.parametrize(
    ("page", "language", "name", "typ", "aliases"),
    [
        # aliases share a word with the name; a generic phrase resolved to it is none
        (NL, "nl", "Stevig", "ORG", ("Bouwbond Stevig",)),
        (NL, "nl", "Friese Dijkbouw Maatschappij", "ORG", ("De Friese Dijkbouw Maatschappij (FDM)",)),
        (EN, "en", "Tom Varga", "PER", ("Mr. Varga",)),
        (EN, "en", "Ann Hollis", "PER", ("Gov. Ann Hollis", "Sen. Hollis")),
        (NL, "nl", "Holwerd", "GPE", ()),
    ],
)  # fmt: skip
def test_entity_aliases_come_from_the_text(page, language, name, typ, aliases):
    assert _entities(page, language)[name] == (typ, aliases)


@pytest.mark.parametrize(
    ("page", "language", "absent"),
    [
        (NL, "nl", {"gemeente Wierum", "provincie Wierum", "Vanuit Holwerd", "FDM"}),
        (EN, "en", {"Democrat", "Mr", "Gov", "Sen", "Harbor City Mayor Jane Olsen"}),
    ],
)
def test_no_invented_or_title_names(page, language, absent):
    assert not absent & set(_entities(page, language))


@pytest.mark.parametrize(
    ("language", "text", "head", "name"),
    [
        ("en", "a Democrat from Ohio", "democrat", None),
        ("nl", "een Amsterdammer uit Zwolle", "amsterdammer", None),
        ("en", "a Reuters reporter", None, "Reuters"),  # a listed name stays a name
    ],
)
def test_capitalised_noun_after_indefinite_article_is_no_name(language, text, head, name):
    toks = tokenize(text, 0, len(text))
    np = parse_np(text, toks, 0, len(toks), language, generic=True)
    assert (np.head, np.name_text) == (head, name)


def test_apposition_noun_is_no_mention():
    text = "Maria Lopez, a Democrat from Ohio, said the bill would pass."
    got = [(m.name, m.type) for m in find_mentions(text, Span.of(text, 0, len(text)), "en")]
    assert got == [("Maria Lopez", "PER"), ("Ohio", "GPE")]
