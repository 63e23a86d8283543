"""The document layer: each article cut once, and what the analysers read from it."""

from __future__ import annotations

from claimtrack import extract
from claimtrack.layer import build_doc
from claimtrack.mentions import article_mentions, article_tokens
from claimtrack.read import read
from claimtrack.segment import article_sentences
from claimtrack.timeref import find_time_expressions

# an invented wire page: headline, dateline, body with a source, a figure and times
PAGE = (
    "Dijk bij Kortveen houdt stand\n\n"
    "KORTVEEN (ANP) - Burgemeester Anna Velders zei dinsdag dat de dijk het houdt. "
    "Volgens het waterschap zijn gisteravond 120 bewoners geëvacueerd.\n"
)


def test_one_article_doc_per_article_with_its_sentences_tokens_and_mentions() -> None:
    doc = read(PAGE)
    layer = build_doc(doc, "nl")
    assert len(layer.articles) == 1
    (a,) = layer.articles
    assert a.sentences == article_sentences(layer.text, a.article, "nl")
    assert a.tokens == article_tokens(layer.text, a.article)
    assert a.mentions == article_mentions(layer.text, a.article, "nl")
    assert [m.name for m in a.mentions if m.type == "PER" and not m.initial] == ["Anna Velders"]


def test_times_of_each_sentence_are_the_time_expressions_found_once() -> None:
    layer = build_doc(read(PAGE), "nl")
    (a,) = layer.articles
    found = {s.text: [t.text for t in a.times(s)] for s in a.sentences}
    assert found == {
        "Dijk bij Kortveen houdt stand": [],
        "Burgemeester Anna Velders zei dinsdag dat de dijk het houdt.": ["dinsdag"],  # after the dateline
        "Volgens het waterschap zijn gisteravond 120 bewoners geëvacueerd.": ["gisteravond"],
    }
    for s in a.sentences:
        assert a.times(s) == find_time_expressions(layer.text, s, "nl")
        assert a.times(s) is a.times(s)


def test_extraction_carries_the_layers_sentences_and_times() -> None:
    x = extract(PAGE, language="nl")
    layer = build_doc(read(PAGE), "nl")
    assert x.sentences == layer.sentences
    (st,) = [s for s in x.statements if s.cue_lemma == "zeggen"]
    assert st.time is not None and st.time.expression.text == "dinsdag"
    (fig,) = x.figures
    assert (fig.low, fig.time.expression.text) == (120, "gisteravond")


def test_a_long_text_is_analysed_with_the_cycle_collector_paused(monkeypatch) -> None:
    import gc

    from claimtrack import pipeline

    seen = []
    real = pipeline.build_doc

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "build_doc", spy)
    monkeypatch.setattr(pipeline, "_LONG_TEXT", len(PAGE.strip()))  # this page counts as long
    assert gc.isenabled()
    long_x = extract(PAGE, language="nl")
    assert seen == [False] and gc.isenabled()  # off while analysing, on again after
    gc.disable()
    try:
        extract(PAGE, language="nl")
        assert not gc.isenabled()  # a collector the caller turned off stays off
    finally:
        gc.enable()
    monkeypatch.setattr(pipeline, "_LONG_TEXT", len(PAGE.strip()) + 1)  # now it is short
    assert extract(PAGE, language="nl") == long_x and seen[-1] is True


def test_normalise_spaces_runs_and_blank_lines() -> None:
    from claimtrack.document import normalise

    # plain single spaces stay; runs, tabs and odd spaces become one space; line ends and
    # three or more newlines are cleaned (the checks that skip work must not skip these)
    assert normalise("De dijk houdt.") == "De dijk houdt."
    assert normalise("De  dijk\thoudt.\u00a0Ja") == "De dijk houdt. Ja"
    assert normalise("Kop \n\n\n\nTekst\u3000loopt\u202fdoor \r\nEind") == "Kop\n\nTekst loopt door\nEind"
    assert normalise("Een\u2003\u2003spatie\n\nblijft") == "Een spatie\n\nblijft"
