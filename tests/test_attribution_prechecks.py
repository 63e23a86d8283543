"""The cheap pre-checks of the attribution and noun-phrase code never refuse what the
full reading accepts: each fast path is compared with the full reading on random text
(hypothesis) built from the language's own word lists and invented names.

Every word outside the language data is invented for these tests."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.attribution import cue_data
from claimtrack.attribution.data import holds_any
from claimtrack.attribution.sentences_in import quote_marks, split_at_quotes, stretch
from claimtrack.mentions import lexicon, parse_np, tokenize
from claimtrack.mentions import phrase
from claimtrack.model import Span
from name_runs import plain_names
from sentence_parts import joined

_INVENTED = ["Varn", "Tolsema", "Quibrecht", "Oddwyn", "Zelm", "K", "VTQ", "Brom-Ala", "A12", "4200"]
_PUNCT = ["(", ")", ",", ".", "-", "&", ":", "\n"]


def _vocabulary(language: str) -> list[str]:
    """Words that open or continue noun phrases in the language data, and invented names."""
    lex = lexicon(language)
    pick = lambda xs, n: sorted(xs)[:n]  # noqa: E731 - a fixed, small sample of each list
    words = (
        pick(lex.determiners, 8) + pick(lex.roles, 12) + pick(lex.organisations, 12)
        + pick(lex.honorifics, 4) + pick(lex.complement, 3) + pick(lex.origin_prepositions, 3)
        + pick(lex.location_prepositions, 3) + pick(lex.particles, 4) + pick(lex.pronouns, 4)
        + pick(lex.modifiers, 6) + pick(lex.demonyms, 4) + pick(lex.definite, 3)
        + pick(lex.agent_prepositions, 2) + pick(lex.name_inner_words, 2)
        + pick(lex.workplace_prepositions, 2) + pick(lex.org_name_links, 2)
        + [words[0] for words in list(lex.portfolios.values())[0][:1]]
        + [k for k in sorted(lex.gazetteer)[:8]]
    )  # fmt: skip
    # capitalised forms too: names, titles and sentence openings
    return words + [w[:1].upper() + w[1:] for w in words] + _INVENTED + _PUNCT


def _texts(language: str):
    vocab = _vocabulary(language)
    return st.lists(st.sampled_from(vocab), min_size=1, max_size=14).map(
        lambda ws: " ".join(ws).replace(" \n ", "\n")
    )


def _full_parse_np(text, toks, i, limit, language, *, generic=False):
    """parse_np with every step called, whether or not its first token fits."""
    if i >= limit:
        return None
    lex = lexicon(language)
    if toks[i].low in lex.pronouns or toks[i].low in lex.organisation_pronouns:
        return phrase._pronoun(text, toks[i], i)
    r = phrase._Reader(text, toks, i, limit, language, generic, lex)
    phrase._read_determiner(r)
    phrase._read_modifiers(r)
    phrase._read_honorific(r)
    phrase._read_head(r)
    if r.role:
        phrase._read_honorific(r)
    phrase._read_name(r)
    if r.role and not r.name_text:  # the reading's own logic, no first-word test
        phrase._read_role_complement(r)
        phrase._read_field(r)
    if not (r.role or r.org or r.name_text) and not phrase._read_generic_head(r):
        return None
    if r.org and not r.name_text and toks[r.j - 1].cap and r.j - 1 > i:
        r.name_text = r.cut(i + (1 if r.det else 0), r.j - 1)
    if r.org and toks[r.j - 1].cap:
        phrase._read_org_name_tail(r)
    complement = r.j < limit and toks[r.j].low in lex.complement
    phrase._read_complement(r)
    if complement and r.role and not r.name_text:
        phrase._read_name_after_body(r)
    elif not complement and r.role and r.j + 2 < limit and toks[r.j].low in lex.workplace_prepositions:
        phrase._read_workplace(r)
    phrase._read_name_after_aside(r)
    phrase._read_abbreviation(r)
    phrase._read_origin(r)
    return r.build()


def _check_phrases(text: str, language: str) -> None:
    toks = tokenize(text, 0, len(text))
    lex = lexicon(language)
    for i in range(len(toks)):
        for limit in {len(toks), min(len(toks), i + 3)}:
            for generic in (False, True):
                assert parse_np(text, toks, i, limit, language, generic=generic) == _full_parse_np(
                    text, toks, i, limit, language, generic=generic
                ), (text, i, limit, generic)
            for org in (False, True):
                assert phrase._names(toks, 0, i, limit, lex, org) == plain_names(toks, 0, i, limit, lex, org)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("nl"))
@example("aanklager amerikaans van Financiën")  # a role's field before its body (CI found it)
@example("woordvoerder van de politie Varn Tolsema")
def test_noun_phrase_steps_dutch(text: str) -> None:
    _check_phrases(text, "nl")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts("en"))
def test_noun_phrase_steps_english(text: str) -> None:
    _check_phrases(text, "en")


def test_noun_phrase_steps_examples() -> None:
    """Phrases where each guarded step reads something (origin, aside, abbreviation,
    complement, honorific, role complement)."""
    for text in (
        "de burgemeester van Varnhoven (Zeeland) Oddwyn Zelm zegt",
        "De Zeeuwse Tolsemabond (ZTB) meldt",
        "een vrouw uit Quibrecht zegt",
        "het gerechtshof in Varnhoven",
        "mevrouw Oddwyn Tolsema",
        "minister van Financiën Brom Zelm",
        "Jan K. zegt",
        "het ministerie van Varn, Zelm en Tolsema zegt",  # a name list after an organisation's complement
        "het Instituut voor Varn en Oddwyn Zelm zegt",
    ):
        _check_phrases(text, "nl")
    for text in ("Gov. Ann Varn said", "a spokesman for the Tolsema Group (TG) said", "Superintendent Dr. Ann Varn said"):
        _check_phrases(text, "en")


_MARK_ALPHABET = st.lists(st.sampled_from(list("ab ,.'\"’“”„‘«»") + [",,", "''", "'s"]), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(_MARK_ALPHABET)
def test_mergeable_mark_search(text: str) -> None:
    """The bounded search finds a mergeable mark exactly where a substring test does,
    and quote_marks answers as without its pre-check."""
    for language in ("nl", "en"):
        cd = cue_data(language)
        slow = cd.apostrophe in text or any(m in text for m in cd.merged_quotes)
        assert holds_any(text, cd.merge_marks, 0, len(text)) == slow
        assert holds_any(text, cd.merge_marks, 1, len(text) - 1) == (
            cd.apostrophe in text[1:-1] or any(m in text[1:-1] for m in cd.merged_quotes)
        )
        if text:
            sent = (Span.of(text, 0, len(text)),)
            assert holds_any(text, cd.merge_marks, *stretch(sent)) == slow  # the article's test
            toks = tokenize(text, 0, len(text))
            assert quote_marks(text, toks, cd) == quote_marks(text, toks, replace(cd, merge_marks=("",)))


_SENTENCE_WORDS = ["Varn", "zegt", "dat", "het", "kan", ".", ",", "?", '"', "„", "”", "'", "Oddwyn", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=1, max_size=8), min_size=1, max_size=4))
def test_quote_split_article_check(parts: list[list[str]]) -> None:
    """split_at_quotes answers as without its article-wide quote-mark check."""
    text, sentences = joined(parts)
    stoks = [tokenize(text, s.start, s.end) for s in sentences]
    for language in ("nl", "en"):
        cd = cue_data(language)
        always = replace(cd, quote_re=re.compile(""))  # every stretch "holds a mark": the full loop
        fast = split_at_quotes(text, tuple(sentences), list(stoks), cd)
        full = split_at_quotes(text, tuple(sentences), list(stoks), always)
        assert fast == full
