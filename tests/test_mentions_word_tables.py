"""Word tables and early exits of the mention finder and the noun-phrase reader answer
as the plain readings they replace: compared on random text (hypothesis) built from the
language's own word lists, invented names and punctuation.

Every word outside the language data is invented for these tests."""

from __future__ import annotations

import functools
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.mentions import find, lexicon, phrase, tokenize
from name_runs import plain_names

_INVENTED = ["Varn", "Tolsema", "Quibrecht", "Oddwyn", "Zelm", "K", "VTQ", "Brom-Ala", "A12", "4200", "Ⅷ", "İzmel", "ΣΩΛ"]
_PUNCT = ["(", ")", ",", ".", "-", "&", ":", '"', "\n", "\n\n"]


def _vocabulary(language: str) -> list[str]:
    lex = lexicon(language)
    pick = lambda xs, n: sorted(xs)[:n]  # noqa: E731 - a fixed, small sample of each list
    words = (
        pick(lex.determiners, 4) + pick(lex.roles, 4) + pick(lex.organisations, 4)
        + pick(lex.particles, 4) + pick(lex.name_inner_words, 3) + pick(lex.demonyms, 3)
        + pick(lex.function_words, 4) + pick(lex.not_names, 4) + pick(lex.conjunctions, 2)
        + sorted(lex.gazetteer)[:4] + ["brolm", "quib", "oddwynt", "tolsemaheid"]
    )  # fmt: skip
    return words + [w[:1].upper() + w[1:] for w in words] + [w.upper() for w in words[:6]] + _INVENTED + _PUNCT


def _texts(language: str):
    return st.lists(st.sampled_from(_vocabulary(language)), min_size=0, max_size=30).map(" ".join)


def _plain_is_name(tok, lex) -> bool:
    """The token test as it read before the table (from the token's own fields)."""
    if not (tok.cap and tok.text[0].isalpha()) or tok.low in lex.demonyms:
        return False
    if not tok.text.isalpha() and any(c.isdigit() for c in tok.text):
        return False
    if len(tok.text) >= 2 and tok.text.isupper():
        return True
    return tok.low not in lex.not_names and tok.low not in lex.function_words


def _plain_title_case_lines(toks) -> list[bool]:
    out = [False] * len(toks)
    start = 0
    for k in range(len(toks) + 1):
        if k == len(toks) or (k > start and toks[k].line_start):
            words = [t for t in toks[start:k] if len(t.text) >= 4 and t.text.isalpha()]
            if len(words) >= 4 and all(t.cap and not t.text.isupper() for t in words):
                out[start:k] = [True] * (k - start)
            start = k
    return out


def _check(text: str, language: str) -> None:
    lex = lexicon(language)
    toks = tokenize(text, 0, len(text))
    for t in toks:
        assert phrase._is_name(t, lex) == _plain_is_name(t, lex), t
    n = len(toks)
    for i in range(n):
        for j in (i, i + 1):
            for limit in {n, min(n, j + 2)}:
                for org in (False, True):
                    got = phrase._names(toks, i, j, limit, lex, org)
                    assert got == plain_names(toks, i, j, limit, lex, org, _plain_is_name), (text, i, j, limit, org)
    assert find._title_case_lines(toks, lex) == _plain_title_case_lines(toks), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("nl"))
@example("Jan van der Berg & Zonen - en Varn")
@example("Midden - en West-Brabant")
def test_word_tables_dutch(text: str) -> None:
    _check(text, "nl")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("en"))
@example("Quibrecht Tolsema Varn Oddwyn\nthe Varn of Tolsema Zelm Oddwyn Quibrecht\nVTQ Varn Zelm Oddwyn")
@example("U.S. Varn Tolsema & Quibrecht")
def test_word_tables_english(text: str) -> None:
    _check(text, "en")


def test_title_case_lines_examples() -> None:
    text = "Varn Tolsema Quibrecht Oddwyn Rises\nVarn Tolsema said the oddwynt rose\nVTQA Varn Zelm Oddwyn Quib Tolsema"
    toks = tokenize(text, 0, len(text))
    lines = find._title_case_lines(toks, lexicon("en"))
    first_break = next(k for k, t in enumerate(toks) if k and t.line_start)
    assert lines[:first_break] == [True] * first_break  # five capitalised long words
    # the second line has lower-case long words; the third one word in capitals
    assert not any(lines[first_break:])


def test_name_runs_go_on_only_at_step_words() -> None:
    """A name run goes on over "&", a particle or a dash before a conjunction, and ends at
    any other word that is no name."""
    lex = lexicon("nl")
    for text, end in [
        ("Varn & Zelm zegt", 3),
        ("Oddwyn van Tolsema zegt", 3),
        ("Midden- en West-Brabant zegt", 4),
        ("Oddwyn zegt Varn", 1),
    ]:
        toks = tokenize(text, 0, len(text))
        assert phrase._names(toks, 0, 0, len(toks), lex, False) == end, text
    # an inner word of an organisation's name (English "the"): "Stop the Cuts Alliance"
    text = "Varn the Tolsema Alliance said"
    toks = tokenize(text, 0, len(text))
    assert phrase._names(toks, 0, 0, len(toks), lexicon("en"), False) == 4


def _compound_words(language: str):
    lex = lexicon(language)
    parts = sorted(lex.roles)[:12] + sorted(lex.organisations)[:12] + ["-", "a", "ab", "varn", "ö", "ß", "İ", "x-"]
    return st.lists(st.sampled_from(parts), min_size=1, max_size=4).map("".join)


@settings(max_examples=500, deadline=None)
@given(_compound_words("nl"), st.sampled_from(["nl", "en"]))
@example("legerleider", "nl")
@example("vice-president", "en")
@example("abc-bank", "nl")
def test_compound_lookup_equals_the_suffix_pattern(word: str, language: str) -> None:
    """A role or organisation a word ends in, by set lookups, is what the suffix pattern
    (``(?s).{3,}?-?(listed words of 4+ letters)``, fullmatch) answers."""
    from claimtrack.mentions.lexicon import _compound

    lex = lexicon(language)
    for exact in (lex.roles, lex.organisations):
        m = _suffix_patterns(exact).fullmatch(word)
        want = word if word in exact else (m.group(1) if m else None)
        assert _compound(word, exact) == want, word


@functools.cache
def _suffix_patterns(words: frozenset[str]) -> re.Pattern[str]:
    from claimtrack.mentions.lexicon import suffix_pattern

    return suffix_pattern(words)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["nl", "en"]), st.data())
def test_first_word_bits_are_the_three_tests_they_replace(language: str, data: st.DataObject) -> None:
    """parse_np's one lookup of its first word answers its three tests as they read
    before: a pronoun (also of an organisation) first, else the opener and name tests."""
    lex = lexicon(language)
    pronouns = sorted(lex.pronouns | lex.organisation_pronouns)[:6]
    words = data.draw(st.lists(st.sampled_from(_vocabulary(language) + pronouns + [p.title() for p in pronouns]), max_size=20))
    text = " ".join(words)
    table = phrase._FirstWords.of(lex)
    for tok in tokenize(text, 0, len(text)):
        bits = table[tok.text]
        if tok.low in lex.pronouns or tok.low in lex.organisation_pronouns:
            assert bits == phrase._PRONOUN, tok
            continue
        assert bool(bits & phrase._OPENER) == phrase._WordOpeners(lex).judge(tok.low), tok
        assert bool(bits & phrase._NAME) == _plain_is_name(tok, lex), tok
        assert not bits & phrase._PRONOUN
