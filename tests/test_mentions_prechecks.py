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


def _modifiers_unguarded(r) -> None:
    """_read_modifiers without its ending test: the gazetteer, word class and
    _is_modifier decide at every word."""
    toks, lex, limit = r.toks, r.lex, r.limit
    while r.j < limit and r.j - r.i < 6:
        j, tj = r.j, toks[r.j]
        if r.det and r.agent is None and tj.low in lex.agent_prepositions and j + 2 < limit:
            g = r.gaz(j + 1)
            k = j + 1 + g[0] if g else phrase._names(toks, j + 1, j + 1, limit, lex, True)
            if k > j + 1 and k + 1 < limit and phrase._is_modifier(toks[k], lex, toks[k + 1]):
                r.agent, r.j = (toks[j].start, toks[k].end), k + 1
                continue
            return
        if (tj.low in lex.gazetteer and r.gaz(j)) or phrase.word_class(tj.low, r.language) != (None, None):
            return
        nxt = toks[j + 1] if j + 1 < limit else None
        if nxt is not None and phrase._is_modifier(tj, lex, nxt) and (
            nxt.low not in lex.not_names
            or phrase.word_class(nxt.low, r.language) != (None, None)
            or phrase._capital_particles(toks, j + 1, limit, lex) > j + 1  # "een boze De Smet"
        ):
            r.mods.append(tj.low)
            r.j += 1
            continue
        return


def _check_modifiers(text: str, language: str) -> None:
    toks = tokenize(text, 0, len(text))
    lex = lexicon(language)
    for i in range(len(toks)):
        for limit in {len(toks), min(len(toks), i + 2)}:
            fast, full = (phrase._Reader(text, toks, i, limit, language, True, lex) for _ in range(2))
            for r in (fast, full):
                phrase._read_determiner(r)
            phrase._read_modifiers(fast)
            _modifiers_unguarded(full)
            agent = (fast.agent.start, fast.agent.end) if fast.agent is not None else None
            assert (fast.j, fast.mods, agent) == (full.j, full.mods, full.agent), (text, i, limit)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("nl"), _texts("en"))
def test_modifier_ending_check(nl: str, en: str) -> None:
    """A word that is no listed modifier and has no modifier ending ends the modifiers
    at once, as the full test would."""
    _check_modifiers(nl, "nl")
    _check_modifiers(en, "en")
    _check_modifiers("het door Varn bestuurde ministerie", "nl")
    _check_modifiers("de Zeeuwse brolmse quibisch Oddwyn", "nl")
    _check_modifiers("zei een boze De Smet", "nl")  # a capitalised particle after the modifier


def _openings_by_definition(toks, lex) -> list[int]:
    """Capitalised words that open with a letter, demonyms and role or organisation nouns."""
    return [
        k
        for k, t in enumerate(toks)
        if t.text[0].isalpha() and (t.cap or t.low in lex.demonyms or phrase.word_class(t.low, lex.language) != (None, None))
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("nl"), _texts("en"), st.text(max_size=30))
def test_openings_judged_by_text(nl: str, en: str, other: str) -> None:
    """The openings judged once per token text (one C pass) are the tokens the definition
    picks, whatever the case and script (any Unicode text too)."""
    from claimtrack.mentions import find

    for text, language in ((nl, "nl"), (en, "en"), (other, "nl"), ("Ⅷ ⓐ Ⓐ éen Éen 4x", "nl")):
        toks = tokenize(text, 0, len(text))
        lex = lexicon(language)
        assert find._openings(toks, lex) == _openings_by_definition(toks, lex), text
