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
        (EN, "en", "We will not leave the fishermen without a pier",
         [("Tom Varga, a spokesman for the harbour authority", "Tom Varga", "PER")]),  # the span takes the complement (accen9)
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
        # a plural role with where it is ("Officials in Gansu", "Inwoners in Kessel")
        (EN, "en", "about 20 boats were lost", [("Officials in Porthaven", "officials", "PER")]),
        (NL, "nl", "het water in een uur steeg", [("Inwoners in Wierum", "inwoners", "PER")]),
        # a body before a role names the body it speaks for, as the text names that body
        # ("The Porthaven police" further on)
        (EN, "en", "More than 30 cars were swept away", [("a police spokeswoman", "Porthaven police", "ORG")]),
        (EN, "en", "rescue work would go on all night", [("Mark Pell, a military spokesman", "Mark Pell", "PER")]),
        # English puts a name before the body's noun ("name_noun_compounds")
        (EN, "en", "three boats sank", [("The Porthaven police", "Porthaven police", "ORG")]),
        # "they" is plural whatever the verb: the last group, never a single person
        (EN, "en", "the sea wall broke", [("They", "residents", "PER")]),
        # a title with a capitalised role in its complement is the person named after it
        (NL, "nl", "de provincie de schade vergoedt", [("Commissaris van de Koning Jan Bosker", "Jan Bosker", "PER")]),
        # a role's name after an aside in brackets
        (NL, "nl", "Het aantal schademeldingen is opgelopen tot 140",
         [("de burgemeester van Holwerd (Friesland) Klaas Wiersma (VVD)", "Klaas Wiersma", "PER")]),
        # a news agency of the page data is an organisation, not a person
        (EN, "en", "a second storm was heading north", [("Xinhua", "Xinhua", "ORG")]),
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
        (NL, "nl", "Holwerd", "GPE", ("Holwerd (Friesland)",)),
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


@pytest.mark.parametrize(
    ("language", "headline", "name", "titled"),
    [
        # English headlines may capitalise every word: no names from capitals alone
        ("en", "Storm Damage Bill Rising Fast Along Coast", "Storm Damage Bill Rising Fast Along Coast", True),
        ("en", "Storm damage bill rising fast, says Tom Varga", "Tom Varga", False),
        # Dutch headlines never do: capitals there stay names
        ("nl", "Live: Formule Grand Prix Zandvoort Begint Vandaag", "Formule Grand Prix Zandvoort Begint", False),
    ],
)  # fmt: skip
def test_title_case_headline_gives_only_unconfirmed_names(language, headline, name, titled):
    text = headline + "\nHe said the bill was rising."
    found = {m.name: m.initial for m in find_mentions(text, Span.of(text, 0, len(headline)), language)}
    assert found[name] is titled
    assert (name in {e.name for e in extract(text, language=language).entities}) is (not titled)


# -- track en2: English noun compounds, "the" inside a body's name, "it" for a body ----


@pytest.mark.parametrize(
    ("text", "span", "role", "org", "name"),
    [
        ("The harbour police released", "The harbour police", None, "police", None),
        ("the city council approved", "the city council", None, "council", None),
        ("The Stop the Cuts Alliance said", "The Stop the Cuts Alliance", None, None, "Stop the Cuts Alliance"),
        # "the" inside a run of capitals only when an organisation noun ends it
        ("Ann Dale met the Harbour Trust", "Ann Dale", None, None, "Ann Dale"),
    ],
)
def test_english_compounds_and_inner_words(text, span, role, org, name):
    toks = tuple(tokenize(text, 0, len(text)))
    np = parse_np(text, toks, 0, len(toks), "en", generic=True)
    assert (np.span.text, np.role, np.org, np.name_text) == (span, role, org, name)


def test_it_is_a_pronoun_phrase_in_english():
    text = "it said"
    toks = tuple(tokenize(text, 0, len(text)))
    assert parse_np(text, toks, 0, len(toks), "en").pronoun == "it"
    assert parse_np("he", (tokenize("he", 0, 2)[0],), 0, 1, "en").pronoun == "he"
