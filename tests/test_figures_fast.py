"""The figure stage's short cuts (session fig3) agree with the full readings they stand in for.

Each test compares a fast path with the plain one on invented sentences and on random text
built from the pieces where the two could differ (case, non-ASCII letters that fold to ASCII,
prepositions inside words, white space other than a space, digits and brackets).
"""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import figures
from claimtrack.model import Span

PIECES = [
    " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ", ", ". ", "(", ")", "-", "'", "’", "_", "½", "²",
    "İ", "ı", "ſ", "K", "Iñ", "IN", "in", "In", "nabij", "NABIJ", "rond", "vanuit", "near", "around",
    "outside", "within", "binnen", "begin", "kin", "ronde", "de", "het", "the", "regio", "Norrland",
    "Övik", "Łódź", "12", "4.409", "a", "x", "ſin", "Kin", "İn",
]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join)


def test_folding_keeps_letters_and_white_space() -> None:
    """What the preposition probe relies on: a character that folds to an ASCII letter is a
    letter, white space folds to white space, and every character folds to one."""
    space = re.compile(r"\s")
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        low = figures._fold(ch)
        assert len(low) == 1, hex(cp)
        if "a" <= low <= "z":
            assert ch.isalpha(), hex(cp)
        if ch.isspace():
            assert space.match(low), hex(cp)


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=400, deadline=None)
@given(text=texts, cut=st.integers(0, 6))
def test_probed_preposition_starts_are_the_plain_ones(language, text, cut) -> None:
    lex = figures._lexicon(language)
    assert lex.location_probe is not None  # both languages' prepositions are whole words
    sent = Span.of(text, min(cut, len(text)), len(text))
    low = figures._fold(text[sent.start : sent.end])
    plain = figures._word_starts(text, sent, lex.location_heads, low)
    assert figures._word_starts(text, sent, lex.location_heads, low, lex.location_probe) == plain


@pytest.mark.parametrize(
    "text, starts",
    [
        ("Begin in de regio, rond Övik en vanuit\tNorrland; binnen kin.", [(6, 8), (19, 23), (32, 38)]),
        ("ſin İn Kin (in )", [(4, 6), (12, 14)]),  # "İn" starts one; no start after a folded letter
        ("x_in y2in in", []),  # "_" and a digit before; no white space after the last
    ],
)
def test_probed_preposition_starts_on_sentences(text, starts) -> None:
    lex = figures._lexicon("nl")
    sent = Span.of(text, 0, len(text))
    low = figures._fold(text)
    assert figures._word_starts(text, sent, lex.location_heads, low, lex.location_probe) == starts


def test_no_probe_when_a_preposition_is_not_a_whole_word() -> None:
    assert figures._heads_probe((("in", True), ("na", False))) is None
    assert figures._heads_probe(None) is None


def test_what_matches_an_ascii_letter_in_any_case_folds_to_it() -> None:
    """What the estimator probe relies on to stand at every start of an estimating verb."""
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if any_letter.fullmatch(ch):
            assert [x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, ch, re.IGNORECASE)] == [
                figures._fold(ch)
            ], hex(cp)


VERB_PIECES = [
    " ", "  ", "\n", ", ", ". ", "-", "'", "’", "_", "2", "İ", "ı", "ſ", "K", "k",
    "schat", "SCHAT", "ſchat", "geschat", "schatte", "schatting", "telde", "Tellen", "telt",
    "registreerde", "rapporteert", "bericht", "berichten", "noteerden", "de politie", "Police",
    "put", "puts", "the estimate at", "counted", "COUNT", "reports", "recorded", "tallied",
    "claims", "estimated", "estimates", "reputed", "account", "Kount", "out",
]
verb_texts = st.lists(st.sampled_from(VERB_PIECES), min_size=1, max_size=30).map("".join)


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=400, deadline=None)
@given(text=verb_texts, cut=st.integers(0, 5))
def test_estimating_verbs_are_those_of_the_plain_scan(language, text, cut) -> None:
    lex = figures._lexicon(language)
    assert lex.estimators is not None and lex.estimator_probe is not None
    sent = Span.of(text, min(cut, len(text)), len(text))
    plain = [m.span() for m in lex.estimators.finditer(text, sent.start, sent.end)]
    low = figures._fold(text[sent.start : sent.end])
    assert [m.span() for m in figures._estimating_verbs(text, sent, lex, low)] == plain


def test_estimating_verbs_in_a_sentence() -> None:
    lex = figures._lexicon("nl")
    text = "Volgens de teller TELDE de politie er 300; de bond schatte ſchat 500."
    sent = Span.of(text, 0, len(text))
    found = figures._estimating_verbs(text, sent, lex, figures._fold(text))
    assert [m.group() for m in found] == ["TELDE", "schatte", "ſchat"]


def test_what_regex_folds_to_an_ascii_letter_re_folds_too() -> None:
    """What the owner probe (``re``) relies on to stand in for the ``regex`` owner pattern."""
    any_letter = regex.compile("(?i)[a-z]")
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if any_letter.fullmatch(ch):
            for x in "abcdefghijklmnopqrstuvwxyz":
                if regex.fullmatch(f"(?i){x}", ch):
                    assert re.fullmatch(x, ch, re.IGNORECASE), (hex(cp), x)


OWNER_PIECES = [
    " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u0085", "\u180e", ",", "van", "VAN", "Van", "vanaf",
    "of", "OF", "off", "de", "Sudvia", "Giro", "Ärzte", "\ua7cbarvo", "ſ", "K", "İ", "x",
]


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(OWNER_PIECES), min_size=1, max_size=12).map("".join), at=st.integers(0, 4))
def test_the_owner_probe_matches_wherever_the_owner_pattern_does(language, text, at) -> None:
    lex = figures._lexicon(language)
    assert lex.owner is not None and lex.owner_probe is not None
    if lex.owner.match(text, at):
        assert lex.owner_probe.match(text, at)


def test_the_owner_probe_on_names() -> None:
    lex = figures._lexicon("nl")
    text = "de kranten van Sudvia meldden, de bond vanaf Giro"
    assert lex.owner.match(text, 10) and lex.owner_probe.match(text, 10)
    assert not lex.owner_probe.match(text, 38)  # "vanaf"
