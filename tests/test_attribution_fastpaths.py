"""The attribution units' one-pass pre-checks (a word set or a mark looked for in C
before a loop over the tokens) answer as the loops they guard: compared at every cue
site of random sentences (hypothesis) built from the language's own cue, coordinator,
medium and frame words and invented names.

Every word outside the language data is invented for these tests."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.attribution import cue_data
from claimtrack.attribution.base import Sentence, Site
from claimtrack.attribution.constructions import subject, trailing
from claimtrack.mentions import tokenize
from claimtrack.model import Span
from sentence_parts import joined

_NAMES = ["Varn", "Tolsema", "Quibrecht", "Oddwyn", "Zelm", "VTQ"]


def _words(language: str) -> list[str]:
    cd = cue_data(language)
    pick = lambda xs, n: sorted(xs)[:n]  # noqa: E731 - a fixed, small sample of each list
    words = (
        pick(cd.cues, 6) + pick(cd.coordinators, 3) + pick(cd.medium_first, 4) + pick(cd.frame, 3)
        + pick(cd.complementisers, 2) + pick(cd.relatives, 2) + pick(cd.auxiliaries, 2)
    )  # fmt: skip
    return words + [w.capitalize() for w in words[:6]] + _NAMES + [",", ",", ".", '"']


def _sentences(language: str):
    return st.lists(st.sampled_from(_words(language)), min_size=2, max_size=14).map(" ".join)


def _sites(text: str, language: str):
    cd = cue_data(language)
    toks = tokenize(text, 0, len(text))
    s = Sentence(text, toks, Span.of(text, 0, len(text)), None, (), language, cd)
    for i, t in enumerate(toks):
        for cue in cd.cues.get(t.low, ()):
            yield Site(s, i, cue)


_joined_title_loop = subject._title_at_coordinator  # the full reading, without the quick test


def _after_medium_loop(s: Sentence, e: int) -> bool:
    """trailing._after_medium without its comma test in C."""
    b = next((b for b in range(e - 1, s.s0, -1) if s.toks[b].text == ","), None)
    return b is not None and subject.parenthetical_medium(s, b, e)


def _check(text: str, language: str) -> None:
    for site in _sites(text, language):
        n = len(site.s.toks)
        for a in range(0, site.i + 1):
            for e in {site.i, n}:
                assert subject._joined_title(site, a, e) == _joined_title_loop(site, a, e), (text, a, e)
        for e in range(1, n):
            assert trailing._after_medium(site.s, e) == _after_medium_loop(site.s, e), (text, e)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sentences("nl"), _sentences("en"))
def test_unit_prechecks_agree(nl: str, en: str) -> None:
    _check(nl, "nl")
    _check(en, "en")


def test_unit_prechecks_examples() -> None:
    """Sentences where each guarded loop finds something."""
    text = "Transport and Works Secretary Tom Ash said it would open"
    site = next(_sites(text, "en"))
    assert [np.span.text for np in subject._joined_title(site, 0, site.i)] == [
        "Transport and Works Secretary Tom Ash"
    ]
    _check(text, "en")
    text = "De haven blijft dicht, zegt Varn, in een verklaring, aan de pers"
    s = next(_sites(text, "nl")).s
    assert trailing._after_medium(s, 11)  # ", in een verklaring," closes at token 11
    _check(text, "nl")


_QUOTE_WORDS = ["Varn", "zegt", "said", "dat", "that", "het", "kan", ".", ",", "?", '"', "„", "”", "'", ",,", "Oddwyn", "\n"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=1, max_size=9), min_size=1, max_size=5))
@example([["\n", ".", "„", "Varn"]])  # a cut sentence that opens with white space keeps its start
def test_one_quote_search_per_article(parts: list[list[str]]) -> None:
    """The article's text is searched once for quote marks: splitting at quotes keeps the
    stretch the sentences cover, so the one answer holds for the split sentences, and
    the frames (with continued quotes) are those found when every unit looks itself."""
    from claimtrack.attribution import _frames
    from claimtrack.attribution.sentences_in import quoted_stretch, split_at_quotes, stretch
    from claimtrack.model import Article

    text, sentences = joined(parts)
    stoks = [tokenize(text, s.start, s.end) for s in sentences]
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    for language in ("nl", "en"):
        cd = cue_data(language)
        quoted = quoted_stretch(text, sentences, cd)
        split = split_at_quotes(text, sentences, list(stoks), cd, quoted)
        assert split == split_at_quotes(text, sentences, list(stoks), cd)
        assert stretch(split[0]) == stretch(sentences)
        assert quoted_stretch(text, split[0], cd) == quoted
        assert _frames(text, art, *split, language, cd, quoted) == _frames(text, art, *split, language, cd, True)


def test_continued_quote_found_after_the_one_search() -> None:
    """A quotation that continues a speaker is still found with the article's one
    quote-mark search (and nothing continues in an article without marks)."""
    from claimtrack.attribution import find_statements
    from claimtrack.model import Article
    from claimtrack.sentences import split_sentences

    for text, contents in (
        ('"Het dorp is veilig", zegt Varn Tolsema. "We blijven hier tot het water zakt."',
         ["Het dorp is veilig", "We blijven hier tot het water zakt"]),
        ("Het dorp is veilig, zegt Varn Tolsema. We blijven hier tot het water zakt.", ["Het dorp is veilig"]),
    ):  # fmt: skip
        art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
        found = find_statements(text, art, split_sentences(text, art.body, "nl"), "nl")
        assert [(s.content.text, s.sources[0].name) for s in found] == [(c, "Varn Tolsema") for c in contents]
