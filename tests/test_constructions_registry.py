"""The attribution steps one by one: each construction unit on its own sentence, the
registry order, word-order facts from the language data, and nesting by sorted spans.

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from claimtrack.attribution import cue_data, find_statements
from claimtrack.attribution.base import STOP, Sentence, Site
from claimtrack.attribution.constructions import TOKEN_UNITS, verbs
from claimtrack.attribution.constructions import (
    according_to,
    anaphoric,
    colon,
    evidence,
    headline_speaker,
    inversion,
    participle,
    quoted_as,
    shared_subject,
    sourceless,
    subject,
    trailing,
    trailing_marker,
    trailing_perfect,
)
from claimtrack.attribution.nest import nest
from claimtrack.mentions import tokenize
from claimtrack.model import Article, Span, Statement
from claimtrack.sentences import split_sentences


def _sentence(text: str, language: str = "nl", prev: str | None = None) -> Sentence:
    toks = tokenize(text, 0, len(text))
    ptoks = tokenize(prev, 0, len(prev)) if prev else None
    return Sentence(text, toks, Span.of(text, 0, len(text)), ptoks, (), language, cue_data(language))


def _site(s: Sentence, word: str) -> Site:
    i = next(k for k, t in enumerate(s.toks) if t.text == word)
    return Site(s, i, s.cd.cues[s.toks[i].low][0])


def _statements(text: str, language: str = "nl") -> tuple[Statement, ...]:
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    return find_statements(text, art, split_sentences(text, art.body, language), language)


def test_registry_order() -> None:
    assert TOKEN_UNITS == (
        sourceless.find, according_to.find, trailing_marker.find, colon.find, headline_speaker.find, evidence.find,
        quoted_as.find, verbs.find,
    )  # fmt: skip
    assert verbs.SUBJECTS[0] is subject.before and verbs.SUBJECTS[-1] is inversion.find


@pytest.mark.parametrize(
    ("unit", "text", "word", "source", "content"),
    [
        (subject.before, "De rector zegt dat de school open blijft.", "zegt", "De rector", None),
        (participle.subject, "De rector had op zijn website al geschreven dat het kon.", "geschreven", "De rector", None),
        (shared_subject.find, "Sanne Brouwer noemde de boete fors en zei dat zij bezwaar maakt.", "zei", "Sanne Brouwer", None),
        (inversion.find, "Dinsdag zei de wethouder dat de brug dichtgaat.", "zei", "de wethouder", None),
    ],
)
def test_subject_units(unit, text, word, source, content) -> None:
    subj = unit(_site(_sentence(text), word))
    assert [np.span.text for np in subj.sources] == [source]


def test_trailing_unit() -> None:
    f = trailing.find(_site(_sentence("De dijk houdt het, zegt Joost Vermaat."), "zegt"))
    assert (f.content.text, [np.span.text for np in f.sources]) == ("De dijk houdt het", ["Joost Vermaat"])


def test_trailing_in_quote_without_source_stops() -> None:
    s = _sentence('"Wij gaan door," zei dat zij wilden.')
    assert trailing.find(_site(s, "zei")) is STOP


def test_trailing_perfect_unit() -> None:
    s = _sentence("De weg gaat in mei open, heeft gedeputeerde Ilse Kramp bekendgemaakt.")
    f = trailing_perfect.find(_site(s, "bekendgemaakt"))
    assert f.content.text == "De weg gaat in mei open"
    assert [np.span.text for np in f.sources] == ["gedeputeerde Ilse Kramp"]


def test_anaphoric_participle_subject() -> None:
    s = _sentence("Dat heeft de wethouder dinsdag bekendgemaakt.", prev="De markt verhuist.")
    subj = anaphoric.participle_subject(_site(s, "bekendgemaakt"))
    assert subj.anaphoric and [np.span.text for np in subj.sources] == ["de wethouder"]


def test_token_units_return_skip_index() -> None:
    s = _sentence("Volgens de brandweer is het vuur onder controle.")
    found, nxt = according_to.find(s, 0)
    assert found[0].content.text == "is het vuur onder controle" and nxt == 3
    s = _sentence('Burgemeester Tas: "Wij bouwen door."')
    found, nxt = colon.find(s, 2)
    assert found[0].content.text == "Wij bouwen door" and nxt is None


def test_inversion_needs_verb_second() -> None:
    # English has no verb-second inversion ([syntax] verb_second = false): before, "the
    # tremor" and "the real crowd" were taken for sources after "said" and "believe"
    assert not cue_data("en").verb_second and cue_data("nl").verb_second
    text = "The survey office put it at 4.1. It said the tremor caused strong shaking in a hilly area."
    # "It" is the survey office (en2: an organisation pronoun), never "the tremor"
    assert [(s.sources[0].span.text, s.content.text) for s in _statements(text, "en")] == [
        ("The survey office", "it at 4.1"),
        ("It", "the tremor caused strong shaking in a hilly area"),
    ]
    text = (
        '"There were more streets we could not count, so I believe the real crowd is far '
        'bigger than that," the organiser said.'
    )
    assert [(s.sources[0].span.text, s.cue.text) for s in _statements(text, "en")] == [
        ("the organiser", "said")
    ]


def _stmt(n: int, cue: tuple[int, int], content: tuple[int, int], text: str) -> Statement:
    return Statement(
        id=f"s{n}", article="a0", sources=(), cue=Span.of(text, *cue), cue_lemma="x",
        content=Span.of(text, *content), kind="indirect", medium=None, time=None,
    )  # fmt: skip


def test_nest_innermost_by_sorted_spans() -> None:
    text = "x" * 100
    stmts = [
        _stmt(0, (0, 2), (5, 90), text),
        _stmt(1, (10, 12), (15, 80), text),
        _stmt(2, (20, 22), (25, 30), text),
        _stmt(3, (91, 93), (94, 99), text),
    ]
    assert [s.via for s in nest(stmts)] == [None, "s0", "s1", None]


def test_nest_is_linear_on_disjoint_contents() -> None:
    text = "x" * 400_000
    stmts = [_stmt(n, (n * 10, n * 10 + 2), (n * 10 + 3, n * 10 + 9), text) for n in range(40_000)]
    assert all(s.via is None for s in nest(stmts))
