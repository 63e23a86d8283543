"""The faster scans of figures and numbers find exactly what the plain patterns find.

Each speed-up in the figure stage replaces a scan by one that tries fewer positions (place
phrases only where a preposition begins a word, number candidates and category words behind
a first-character class, the article "een" decided in a few steps). These tests compare
each with the plain pattern it stands in for, on invented sentences and on random text
built from the pieces where the two could differ (case, non-ASCII letters, words that hold
a preposition, brackets, hyphens, digits glued to letters).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import figures, numbers
from claimtrack.mentions.tokens import tokenize
from claimtrack.model import Span
from claimtrack.wordlists import phrase_alternation

PIECES = [
    " ", " ", " ", "  ", "\n", ", ", ". ", "(", ")", "-", "'", "’", "_", "½", "İ", "ı", "ſ", "K",
    "in", "In", "IN", "nabij", "rond", "vanuit", "near", "around", "outside", "binnen", "begin",
    "de", "De", "het", "the", "regio", "Regio", "provincie", "oosten", "van", "of",
    "Norrland", "Övik", "Émont", "Koersk", "Rotterdamse", "haven", "Łódź", "ǅemal", "\ua7cbarvo",
    "een", "Een", "EEN", "één", "a", "A", "paar", "de paar", "De PAAR", "enkele", "a few",
    "12", "4.409", "2,5", "3e", "F16", "honderd", "Honderden", "tientallen", "drieduizend",
    "miljoen", "procent", "euro", "zeker", "ruim", "meer dan", "tussen", "en", "jaar", "dagen",
    "dode", "doden", "gewonden", "gedood", "killed", "Wounded", "GEWOND", "mensen", "people",
    "militairen", "vermist", "opgepakt", "arrested", "displaced", "geëvacueerd",
    "december", "kaart", "Het", "HET", "THE", "Regio", "oosten van", "noorden", "ſtad", "kamp",
    "city", "north of", "zegt", "volgens", "en", "of", ";", ":", "–",
]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


def _whole(text: str) -> Span:
    return Span.of(text, 0, len(text))


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_place_phrases_are_those_of_the_plain_scan(language, text):
    lex = figures._lexicon(language)
    plain = [m.span() for m in lex.location.finditer(text, 0, len(text))]
    assert [m.span() for m in figures._place_matches(text, _whole(text), lex)] == plain


@pytest.mark.parametrize(
    "text, places",
    [
        ("Er vielen 12 doden in de regio Norrland en rond Övik.", ["in de regio Norrland", "rond Övik"]),
        # "in" inside a word, before a lowercase word, or after a hyphen starts no place
        ("Begin mei: Inwoners in paniek, non-in Kessel.", []),
        ("Vanuit het oosten van Alvera kwamen 300 mensen.", ["Vanuit het oosten van Alvera"]),
        # a capital that the place pattern knows and str.isupper() may not (Unicode 16)
        ("Er kwamen 300 mensen om in \ua7cbarvo.", ["in \ua7cbarvo"]),
    ],
)
def test_place_phrases_found_only_where_a_preposition_begins_a_word(text, places):
    lex = figures._lexicon("nl")
    assert [m.group() for m in figures._place_matches(text, _whole(text), lex)] == places


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_category_words_are_those_of_the_plain_alternation(language, text):
    lex = figures._lexicon(language)
    plain = re.compile(phrase_alternation(lex.category_of), re.IGNORECASE)
    assert [m.span() for m in lex.categories.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _plain_candidates(g: numbers._Grammar) -> re.Pattern[str]:
    """The candidate scan as it was first written: a digit, a three-letter prefix, or a
    shorter prefix as a whole word, each after no word character."""
    long_p = "|".join(re.escape(p) for p in g.prefixes if len(p) == 3)
    short_p = "|".join(re.escape(p) for p in g.prefixes if len(p) < 3)
    return re.compile(rf"(?<!\w)(?:[0-9]|{long_p or '(?!)'}|(?:{short_p or '(?!)'})(?!\w))\w*")


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_number_candidates_miss_no_number(language, text):
    # every start the plain scan offers where the number grammar matches is offered still
    g = numbers._grammar(language)
    wanted = {m.start() for m in _plain_candidates(g).finditer(text) if g.core.match(text, m.start())}
    offered = {m.start() for m in g.candidates.finditer(text)}
    assert wanted <= offered


def test_the_article_is_no_candidate_unless_a_phrase_goes_on():
    g = numbers._grammar("nl")
    text = "De man zag de paar agenten en DE PAAR katten."
    assert [text[m.start() : m.end()] for m in g.candidates.finditer(text)] == ["de", "DE"]


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_weak_words_left_out_early_change_nothing_kept(language, text):
    # a caller that keeps weak words only before a casualty word sees the same quantities
    # whether the article is decided early (keep_weak) or read in full
    lex = figures._lexicon(language)

    def keep(t: str, end: int, limit: int, approximate: bool) -> bool:
        return figures._weak_counts_at(t, end, limit, approximate, lex=lex)

    def kept(qs):
        return [q for q in qs if not q.weak or keep(text, q.span.end, len(text), q.approximate)]

    full = numbers.parse_quantities(text, _whole(text), language, weak=True)
    early = numbers.parse_quantities(text, _whole(text), language, weak=True, keep_weak=keep)
    assert kept(early) == kept(full)


def _clauses_plain(toks, lex):
    """The clause test as first written: every break of the sentence, then a bisect."""
    breaks = [t for t in toks if t.text in figures._CLAUSE_PUNCT or figures._key(t.text) in lex.breaks]
    starts, ends = [t.start for t in breaks], [t.end for t in breaks]

    def same(a: Span, b: Span) -> bool:
        start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        i = bisect_left(starts, start)
        return not (i < len(starts) and ends[i] <= end)

    return same, ends


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=300, deadline=None)
@given(text=texts, cuts=st.lists(st.integers(min_value=0, max_value=400), min_size=4, max_size=4))
def test_clause_test_between_two_spans_is_that_of_all_breaks(language, text, cuts):
    lex = figures._lexicon(language)
    toks = tokenize(text, 0, len(text))
    a0, a1, b0, b1 = sorted(c % (len(text) + 1) for c in cuts)
    a, b = Span.of(text, a0, a1), Span.of(text, b0, b1)
    same, ends = _clauses_plain(toks, lex)
    clauses = figures._Clauses(toks, lex)
    assert clauses.same(a, b) == same(a, b)
    assert clauses.same(b, a) == same(b, a)
    assert clauses.ends == ends


def test_white_space_of_the_regex_module_is_white_space_of_str():
    # the owner pattern starts with ``\s``: a claimant's name is tried only where str.isspace()
    every = "".join(map(chr, range(0x110000)))
    assert [c for c in regex.findall(r"\s", every) if not c.isspace()] == []
