"""The attribution steps' per-article shortcuts answer as the full readings they skip:
the one ")" search per article (a dateline the segmenter left in a sentence), and
nesting's early answer for a cue that no content reaches over (compared with the
definition, every statement against every other).

Every word outside the language data is invented for these tests."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.attribution import _frames, cue_data, find_statements
from claimtrack.attribution.nest import nest
from claimtrack.attribution.sentences_in import split_at_quotes, stretch
from claimtrack.mentions import tokenize
from claimtrack.model import Article, Source, Span, Statement
from sentence_parts import joined

_WORDS = [
    "Varn", "Tolsema", "zegt", "said", "dat", "that", "het", "kan", "volgens", "according", "to",
    "(", ")", "-", "ANP", "KWELDAM", ".", ",", '"', ":", "meldt", "reported",
]  # fmt: skip


def _article(parts: list[list[str]]):
    text, sentences = joined(parts)
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    return text, sentences, art


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), min_size=1, max_size=5))
def test_one_bracket_search_per_article(parts: list[list[str]]) -> None:
    """Without a ")" in the article no sentence is searched for a dateline's bracket: the
    frames equal those found when every sentence looks for itself."""
    text, sentences, art = _article(parts)
    stoks = [tokenize(text, s.start, s.end) for s in sentences]
    lo, hi = stretch(sentences)
    for language in ("nl", "en"):
        cd = cue_data(language)
        split = split_at_quotes(text, sentences, list(stoks), cd)
        one = _frames(text, art, *split, language, cd, True, text.find(")", lo, hi) >= 0)
        assert one == _frames(text, art, *split, language, cd, True, True)


def test_dateline_left_in_a_sentence_is_still_skipped() -> None:
    """'KWELDAM (ANP) - Varn zegt dat ...': the article's one ")" search lets the sentence
    skip its dateline, so the source is Varn Tolsema and not the place."""
    text = "KWELDAM (ANP) - Varn Tolsema zegt dat de dijk het water nog lang kan houden."
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    found = find_statements(text, art, (Span.of(text, 0, len(text)),), "nl")
    assert [(s.sources[0].span.text, s.content.text) for s in found] == [
        ("Varn Tolsema", "de dijk het water nog lang kan houden")
    ]


def _via_by_definition(stmts: list[Statement]) -> list[str | None]:
    """The innermost content that holds a statement's cue and sources (shortest; on a tie
    the earlier statement) and whose cue is not in the statement's own content (two cues
    of one clause nest in neither), by comparing every pair."""
    out = []
    for n, s in enumerate(stmts):
        best = None
        for k, o in enumerate(stmts):
            if (
                k != n
                and o.content.contains(s.cue)
                and not s.content.contains(o.cue)
                and all(o.content.contains(x.span) for x in s.sources)
            ):
                if best is None or (len(o.content), k) < best:
                    best = (len(o.content), k)
        out.append(stmts[best[1]].id if best is not None else None)
    return out


_TEXT = "x" * 60
_spans = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda p: Span.of(_TEXT, min(p), max(p)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_spans, _spans, st.lists(_spans, max_size=2)), max_size=8))
def test_nest_equals_its_definition(raw: list) -> None:
    stmts = [
        Statement(f"s{n}", "a0", tuple(Source(sp, "Varn", "PER") for sp in srcs), cue, "zeggen", content, "indirect")
        for n, (cue, content, srcs) in enumerate(raw)
    ]
    assert [s.via for s in nest(stmts)] == (_via_by_definition(stmts) if len(stmts) > 1 else [None] * len(stmts))


# words that make a verb cue's content hard to find: cues (with particles and bare
# objects), complementisers, anaphors, colons, quotes, commas, infinitive markers,
# question words, and invented names and nouns
def _cue_words(language: str) -> list[str]:
    cd = cue_data(language)
    pick = lambda xs, n: sorted(xs)[:n]  # noqa: E731 - a fixed, small sample of each list
    particled = sorted({c.particle[0] for cs in cd.cues.values() for c in cs if c.particle})[:4]
    bare = sorted(w for w, cs in cd.cues.items() if any(c.bare for c in cs))[:4]
    words = (
        pick(cd.cues, 6) + bare + particled + pick(cd.complementisers, 2) + pick(cd.anaphors, 2)
        + pick(cd.question_words, 2) + pick(cd.auxiliaries, 2) + pick(cd.coordinators, 2)
        + [cd.infinitive_marker, ":", ",", ".", '"', "“", "”"]
    )  # fmt: skip
    return words + [w.capitalize() for w in words[:4]] + ["Varn", "Tolsema", "brug", "Oddwyn", "dijken"]


_PREV = "Varn zegt dat de brug dicht blijft."


def _sentence(text: str, language: str):
    """The sentence ``text`` after a sentence with a statement (an anaphor's content)."""
    from claimtrack.attribution.base import Sentence

    full = f"{_PREV} {text}"
    a = len(_PREV) + 1
    prev, toks = tokenize(full, 0, len(_PREV)), tokenize(full, a, len(full))
    return Sentence(full, toks, Span.of(full, a, len(full)), prev, [prev], language, cue_data(language))


def _reads(text: str, language: str, precheck: bool) -> list:
    from claimtrack.attribution.base import Site
    from claimtrack.attribution.constructions import verbs

    s = _sentence(text, language)
    toks, cd = s.toks, s.cd
    real = verbs.no_content
    verbs.no_content = real if precheck else (lambda site: False)
    try:
        return [
            (i, cue.words, verbs.read(Site(s, i, cue)), real(Site(s, i, cue)))
            for i, t in enumerate(toks)
            for cue in cd.cues.get(t.low, ())
        ]
    finally:
        verbs.no_content = real


def _check_no_content(text: str, language: str) -> None:
    fast, full = _reads(text, language, True), _reads(text, language, False)
    assert [r[:3] for r in fast] == [r[:3] for r in full], text
    assert all(found is None for _, _, found, none in full if none), text  # never a lost statement


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_cue_words("nl")), min_size=1, max_size=14).map(" ".join),
    st.lists(st.sampled_from(_cue_words("en")), min_size=1, max_size=14).map(" ".join),
)
def test_no_content_precheck_agrees_with_the_full_reading(nl: str, en: str) -> None:
    """A verb cue the pre-check turns away is one the subject and content units find
    nothing for: every read equals the read without the pre-check."""
    _check_no_content(nl, "nl")
    _check_no_content(en, "en")


def test_no_content_examples() -> None:
    """Cue words with nothing to report are turned away before any subject is parsed;
    statements (a clause, an anaphor, a trailing cue, a separable cue with its object)
    are still read."""
    from claimtrack.attribution.base import Site
    from claimtrack.attribution.constructions import verbs

    def first_site(text: str, language: str) -> Site:
        s = _sentence(text, language)
        return next(Site(s, i, c) for i, t in enumerate(s.toks) for c in s.cd.cues.get(t.low, ()))

    for text, language, none in (
        ("De schade aan de dijken is nog niet in kaart gebracht.", "nl", True),
        ("Varn Tolsema zegt dat de brug dicht blijft.", "nl", False),
        ("Dat meldt Varn Tolsema.", "nl", False),
        ('"De brug blijft dicht," zei Tolsema.', "nl", False),
        ("Oddwyn kondigde de sluiting van de brug aan.", "nl", False),
    ):
        assert verbs.no_content(first_site(text, language)) is none, text
        _check_no_content(text, language)
