"""The noun-phrase pre-checks (a phrase refused at its first word, the reader never
built) answer as the full reading: compared on random text (hypothesis) built from the
language's own word lists, invented names and invented words with the language's
modifier endings.

Every word outside the language data is invented for these tests."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.mentions import lexicon, parse_np, tokenize
from claimtrack.mentions import phrase

_INVENTED = ["Varn", "Tolsema", "Quibrecht", "Oddwyn", "Zelm", "K", "VTQ", "Brom-Ala", "A12", "4200", "Ⅷ"]
_PUNCT = ["(", ")", ",", ".", "-", "&", ":", '"', "\n"]


def _vocabulary(language: str) -> list[str]:
    lex = lexicon(language)
    pick = lambda xs, n: sorted(xs)[:n]  # noqa: E731 - a fixed, small sample of each list
    words = (
        pick(lex.determiners, 6) + pick(lex.roles, 8) + pick(lex.organisations, 8)
        + pick(lex.honorifics, 3) + pick(lex.complement, 3) + pick(lex.origin_prepositions, 2)
        + pick(lex.location_prepositions, 2) + pick(lex.particles, 3) + pick(lex.pronouns, 3)
        + pick(lex.organisation_pronouns, 2) + pick(lex.modifiers, 4) + pick(lex.demonyms, 3)
        + pick(lex.function_words, 6) + pick(lex.not_names, 4) + pick(lex.indefinite, 2)
        + pick(lex.agent_prepositions, 1) + sorted(lex.gazetteer)[:6]
        # invented words with each modifier and demonym ending, and compounds of roles
        + ["brolm" + s for s in lex.adjective_suffixes + lex.demonym_suffixes]
        + ["varn" + r for r in pick(lex.roles, 3)] + ["quib", "oddwynt"]
    )  # fmt: skip
    return words + [w[:1].upper() + w[1:] for w in words] + _INVENTED + _PUNCT


def _texts(language: str):
    return st.lists(st.sampled_from(_vocabulary(language)), min_size=1, max_size=12).map(
        lambda ws: " ".join(ws).replace(" \n ", "\n")
    )


def _full(text, toks, i, limit, language, generic):
    """parse_np without its first-word check: the pronoun test, then the full reading."""
    if i >= limit:
        return None
    lex = lexicon(language)
    if toks[i].low in lex.pronouns or toks[i].low in lex.organisation_pronouns:
        return phrase._pronoun(text, toks[i], i)
    return phrase._read_phrase(text, toks, i, limit, language, generic, lex)


def _check(text: str, language: str) -> None:
    toks = tokenize(text, 0, len(text))
    for i in range(len(toks) + 1):
        for limit in {len(toks), min(len(toks), i + 1), min(len(toks), i + 2)}:
            for generic in (False, True):
                fast = parse_np(text, toks, i, limit, language, generic=generic)
                assert fast == _full(text, toks, i, limit, language, generic), (text, i, limit, generic)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("nl"))
def test_first_word_check_dutch(text: str) -> None:
    _check(text, "nl")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("en"))
def test_first_word_check_english(text: str) -> None:
    _check(text, "en")


def test_first_word_check_examples() -> None:
    """Phrases opened by each kind of first word, and words that open none."""
    nl = tokenize("Bij de Zeeuwse haven zegt burgemeester Oddwyn Zelm dat cijfers van Varn kloppen", 0, 82)
    text = "Bij de Zeeuwse haven zegt burgemeester Oddwyn Zelm dat cijfers van Varn kloppen"
    assert parse_np(text, nl, 0, len(nl), "nl") is None  # "Bij": a preposition opens nothing
    assert parse_np(text, nl, 0, len(nl), "nl", generic=True) is None
    np = parse_np(text, nl, 5, len(nl), "nl")
    assert (np.span.text, np.role, np.name_text) == ("burgemeester Oddwyn Zelm", "burgemeester", "Oddwyn Zelm")
    np = parse_np(text, nl, 9, len(nl), "nl", generic=True)  # a lower-case noun before "van"
    assert (np.span.text, np.head) == ("cijfers van Varn", "cijfers")
    assert parse_np(text, nl, 9, len(nl), "nl") is None  # not without generic
    for language, sample in (
        ("nl", "de burgemeester van Varnhoven (Zeeland) Oddwyn Zelm zegt"),
        ("nl", "Volgens de Zeeuwse Tolsemabond (ZTB) meldt een vrouw uit Quibrecht"),
        ("en", "Gov. Ann Varn said a spokesman for the Tolsema Group (TG) told local officials"),
    ):
        _check(sample, language)
