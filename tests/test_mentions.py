"""The naming layer's structure: coordination from language data, position-indexed
lookups (answers independent of call order), and linear overlap checks in entities."""

from __future__ import annotations

import pytest

from claimtrack.attribution import find_statements
from claimtrack.entities import _Cover, find_entities
from claimtrack.mentions import Resolver, article_mentions, parse_np, parse_np_list, tokenize
from claimtrack.model import Article, Span
from claimtrack.sentences import split_sentences


def _article(text: str) -> Article:
    head_end = text.index("\n")
    return Article(
        "a0", "main", None, Span.of(text, 0, head_end), None, None,
        Span.of(text, head_end + 1, len(text)),
    )  # fmt: skip


def _sources(text: str, language: str) -> list[list[tuple[str, str]]]:
    art = _article(text)
    sents = split_sentences(text, art.headline, language) + split_sentences(text, art.body, language)
    return [[(s.name, s.span.text) for s in st.sources] for st in find_statements(text, art, sents, language)]


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "Budget row\nLisa Brand, Tom Kees and Mark Hall said the plan would fail.",
         ["Lisa Brand", "Tom Kees", "Mark Hall"]),
        ("nl", "Ruzie\nLisa Brand, Tom Kees en Mark Hall zeggen dat het plan mislukt.",
         ["Lisa Brand", "Tom Kees", "Mark Hall"]),
    ],
)  # fmt: skip
def test_coordinated_sources_use_the_language_conjunction(language, text, names):
    assert [n for n, _ in _sources(text, language)[0]] == names


@pytest.mark.parametrize(
    ("language", "text", "phrases"),
    [
        ("en", "Lisa Brand, Tom Kees said", ["Lisa Brand"]),
        ("en", "Lisa Brand and Tom Kees said", ["Lisa Brand", "Tom Kees"]),
        ("en", "Lisa Brand en Tom Kees said", ["Lisa Brand"]),  # "en" is Dutch
        ("nl", "Lisa Brand and Tom Kees zeggen", ["Lisa Brand"]),  # "and" is English
    ],
)
def test_coordination_needs_the_language_conjunction(language, text, phrases):
    toks = tokenize(text, 0, len(text))
    got = parse_np_list(text, toks, 0, len(toks), language)
    assert [p.span.text for p in got] == phrases


TEXT = (
    "Kop\n"
    "Piet Mulder opende de avond. Daarna zei Anna Kramer dat het goed ging. "
    "Hij zegt dat de zaal vol zat."
)


def _pronoun_resolver(order: list[int]) -> tuple[Resolver, str]:
    art = _article(TEXT)
    mentions = article_mentions(TEXT, art, "nl")
    res = Resolver(TEXT, mentions, "nl")
    toks = tokenize(TEXT, 0, len(TEXT))
    phrases = {
        p.span.text: p
        for i in range(len(toks))
        if (p := parse_np(TEXT, toks, i, len(toks), "nl")) is not None
    }
    noted = [phrases["Piet Mulder"], phrases["Anna Kramer"]]
    for k in order:
        res.note_source(noted[k], noted[k].span.text, "PER")
    return res, phrases["Hij"]


@pytest.mark.parametrize("order", [[0, 1], [1, 0]])
def test_pronoun_takes_nearest_source_before_it_whatever_the_call_order(order):
    res, hij = _pronoun_resolver(order)
    assert res.name(hij) == ("Anna Kramer", "PER")
    assert [s.name for s in res.sources] == ["Piet Mulder", "Anna Kramer"]


def test_role_takes_last_person_with_that_role_before_it_else_first_after():
    text = (
        "Kop\nDe voorzitter zei niets. Voorzitter Jan Boon opende. "
        "Later kwam voorzitter Els Dekker. De voorzitter zegt dat het klopt."
    )
    art = _article(text)
    res = Resolver(text, article_mentions(text, art, "nl"), "nl")
    toks = tokenize(text, 0, len(text))
    firsts = [i for i, t in enumerate(toks) if t.text == "De"]
    first = parse_np(text, toks, firsts[0], len(toks), "nl")
    last = parse_np(text, toks, firsts[1], len(toks), "nl")
    assert res.name(first) == ("Jan Boon", "PER")
    assert res.name(last) == ("Els Dekker", "PER")


def test_repeated_names_are_one_entity_with_every_mention():
    # many repeated names: each source overlapping its own mention is counted once
    body = " ".join(f"Volgens Mira Dales is stap {k} klaar." for k in range(300))
    text = "Kop\n" + body
    art = _article(text)
    sents = split_sentences(text, art.headline, "nl") + split_sentences(text, art.body, "nl")
    st = find_statements(text, art, sents, "nl")
    ents = find_entities(text, (art,), st, "nl")
    mira = [e for e in ents if e.name == "Mira Dales"]
    assert len(mira) == 1 and len(mira[0].mentions) == 300
    assert mira[0].mentions[0] == Span.of(text, 12, 22)


@pytest.mark.parametrize(
    ("spans", "query", "hit"),
    [
        ([(0, 5), (5, 8)], (4, 6), True),
        ([(0, 5), (10, 12)], (5, 10), False),
        ([(10, 12), (0, 5)], (11, 20), True),
        ([(0, 3), (2, 9), (20, 25)], (9, 20), False),
        ([(0, 3), (2, 9), (20, 25)], (8, 9), True),
        ([], (0, 1), False),
    ],
)
def test_cover_answers_overlap_with_any_span(spans, query, hit):
    cover = _Cover()
    for a, b in spans:
        cover.add(a, b)
    assert cover.hits(*query) is hit



def test_openings_are_capitals_and_listed_nouns_each_word_judged_once(monkeypatch):
    import claimtrack.mentions.find as find
    from claimtrack.mentions import lexicon

    text = "De woordvoerder van de Oekraïense brandweer zei dat het vuur in Kortveen woedde."
    toks = tokenize(text, 0, len(text))
    opens = find._Openers.of(lexicon("nl"))
    opens.clear()
    judged: list[str] = []
    real = find.word_class
    monkeypatch.setattr(find, "word_class", lambda w, lang: judged.append(w) or real(w, lang))
    got = [toks[k].text for k in find._openings(toks, lexicon("nl"))]
    assert got == ["De", "woordvoerder", "Oekraïense", "brandweer", "Kortveen"]
    assert opens["woordvoerder"] and opens["brandweer"] and not opens["zei"]
    assert find._openings(toks + toks, lexicon("nl")) == [0, 1, 4, 5, 11] + [k + len(toks) for k in (0, 1, 4, 5, 11)]
    assert len(judged) == len(set(judged))  # no word judged twice
