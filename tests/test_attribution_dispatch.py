"""The shortcuts that make attribution cheaper change no result: trigger words go only to
the units that may start there, quote marks and sentence ends are looked for in the text
first, the Resolver builds its indexes on first use.

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from claimtrack.attribution import cue_data, find_statements
from claimtrack.attribution.base import Sentence
from claimtrack.attribution.constructions import TOKEN_UNITS, units_at
from claimtrack.attribution.constructions.clause import _at_least_words
from claimtrack.attribution.sentence import _continuations, _quoted_first_person, read_sentence, trim
from claimtrack.mentions import Resolver, article_mentions, tokenize
from claimtrack.model import Article, Dateline, Span
from claimtrack.sentences import split_sentences

# one sentence per token unit (sourceless, according-to, trailing marker, colon,
# evidence, verb), and a continuation ("adding") in English
NL = [
    "De dijk bij Wervel is naar verluidt al twee dagen dicht.",
    "Volgens wethouder Ilse Varkevisser gaat de pont morgen weer varen.",
    "De pont vaart morgen weer, aldus de veerdienst.",
    'Ilse Varkevisser: "De pont vaart morgen weer."',
    "Uit een telling van de gemeente blijkt dat er 40 fietsers per uur passeren.",
    "Havenmeester Joris Blok zegt dat de kade in maart klaar is.",
    "De kade is in maart klaar, meldt havenmeester Joris Blok.",
]
EN = [
    "The ferry will sail again tomorrow, according to the harbour board.",
    "Harbourmaster Ada Quill said the quay would open in March, adding that it had cost 4 million.",
]


def _all_units(s: Sentence) -> list:
    """read_sentence asking every unit at every trigger, as before the table."""
    out: list = []
    i = 0
    for k in [k for k, t in enumerate(s.toks) if t.low in s.cd.triggers]:
        if k < i:
            continue
        nxt = None
        for unit in TOKEN_UNITS:
            r = unit(s, k)
            if r is not None:
                out.extend(r[0])
                if r[1] is not None:
                    nxt = r[1]
                    break
        i = nxt if nxt is not None else k + 1
    marks = [k for k, t in enumerate(s.toks) if t.low in s.cd.continuations]
    out.extend(_continuations(s, out, marks))
    return [(f.cue.text, f.content.text, f.kind) for f in trim(s.text, _quoted_first_person(s, out))]


@pytest.mark.parametrize(("language", "text"), [("nl", t) for t in NL] + [("en", t) for t in EN])
def test_units_table_finds_what_every_unit_finds(language: str, text: str) -> None:
    toks = tokenize(text, 0, len(text))
    s = Sentence(text, toks, Span.of(text, 0, len(text)), None, (), language, cue_data(language))
    found = [(f.cue.text, f.content.text, f.kind) for f in read_sentence(s)]
    assert found  # every sentence here holds a statement
    assert found == _all_units(s)


def test_continuation_after_the_units() -> None:
    text = EN[1]
    toks = tokenize(text, 0, len(text))
    s = Sentence(text, toks, Span.of(text, 0, len(text)), None, (), "en", cue_data("en"))
    assert [(f.cue.text, f.content.text) for f in read_sentence(s)] == [
        ("said", "the quay would open in March"),
        ("adding", "it had cost 4 million"),
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_units_table_follows_the_registry(language: str) -> None:
    cd = cue_data(language)
    at = units_at(cd)
    assert set(at) == cd.triggers | cd.continuations
    verb = TOKEN_UNITS[-1]
    some_cue = next(iter(cd.cues))
    assert verb in at[some_cue]
    assert all(list(units) == [u for u in TOKEN_UNITS if u in units] for units in at.values())
    assert units_at(cd) is at  # built once per language


def test_table_sends_a_marker_to_the_according_to_unit_only() -> None:
    at = units_at(cue_data("nl"))
    assert [u.__module__.rsplit(".", 1)[-1] for u in at["volgens"]] == ["according_to"]
    assert [u.__module__.rsplit(".", 1)[-1] for u in at[":"]] == ["colon"]


def test_quote_pattern_finds_every_mark_and_nothing_else() -> None:
    for language in ("nl", "en"):
        cd = cue_data(language)
        for mark in cd.open_quotes | cd.close_quotes:
            assert cd.quote_re.search(f"a {mark}b") is not None
        assert cd.quote_re.search("Het dorp telt 4.000 inwoners") is None
        assert cd.sentence_end_re.search("geen einde") is None
        assert cd.sentence_end_re.search("een einde. Dan") is not None


def test_mixed_content_still_found_after_the_quote_search() -> None:
    text = 'Joris Blok zegt dat de kade "voorlopig" dicht blijft.'
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    (st,) = find_statements(text, art, split_sentences(text, art.body, "nl"), "nl")
    assert (st.kind, st.content.text) == ("mixed", 'de kade "voorlopig" dicht blijft')


def test_at_least_words_stops_counting() -> None:
    toks = tokenize("de kade , nu dicht", 0, 18)
    assert _at_least_words(toks, 0, 5, 4)
    assert not _at_least_words(toks, 0, 5, 5)  # the comma is no word
    assert _at_least_words(toks, 2, 2, 0)


def test_resolver_leaves_out_dateline_mentions_on_first_use() -> None:
    text = "WERVEL (ANP) - De pont vaart weer. Hij zegt dat de kade klaar is."
    dl = Dateline("WERVEL", ("ANP",), 0, 15)
    art = Article("a0", "main", None, None, dl, None, Span.of(text, 0, len(text)))
    mentions = article_mentions(text, art, "nl")
    assert any(m.span.start < 15 for m in mentions)  # ANP / WERVEL are mentions
    res = Resolver(text, mentions, "nl", dateline_place="WERVEL", exclude=(0, 15))
    assert all(m.span.end <= 0 or m.span.start >= 15 for m in res.mentions)
    assert res.place == "Wervel"
