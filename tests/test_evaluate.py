"""The evaluation set and scorer: quoting helper, gold validation, matching, measures, regression guard."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from claimtrack.evaluate import annotate, gold, report, score
from claimtrack.evaluate.annotate import AnnotationError, Art, Conventions, Doc, Fig, St
from claimtrack.model import (
    Article,
    Dateline,
    DocumentSource,
    Extraction,
    Figure,
    Source,
    Span,
    Statement,
    TimeRef,
)

ROOT = Path(__file__).resolve().parent.parent
NL = Conventions(complementisers=("dat", "of"))
CET = timezone(timedelta(hours=1))

# ------------------------------------------------------------------ quoting helper

TEXT = 'Anna de Wit zegt dat er 40 mensen zijn gered. "Het was zwaar", zei zij. Volgens de brandweer zijn ruim 300 woningen ontruimd.'


@pytest.mark.parametrize(
    "phrase, nth, expected",
    [
        ("zegt", None, (12, 16)),
        ("zij", None, (67, 70)),
        ("de", 1, (5, 7)),
        ("de", 2, (80, 82)),
        ("Wit [zegt] dat", None, (12, 16)),
        ("[ruim 300] woningen", None, (98, 106)),
    ],
)
def test_span_finds_quoted_phrase(phrase, nth, expected):
    assert annotate.span(TEXT, phrase, nth) == expected


@pytest.mark.parametrize(
    "phrase, nth, message",
    [
        ("brandweerman", None, "does not occur"),
        ("de", None, "occurs 2 times"),
        ("de", 3, "occurs 2 times, not 3"),
        ("[zegt", None, "malformed"),
        ("[]zegt", None, "empty focus"),
    ],
)
def test_span_refuses_missing_or_ambiguous(phrase, nth, message):
    with pytest.raises(AnnotationError, match=message):
        annotate.span(TEXT, phrase, nth)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("zegt dat er 40 mensen zijn gered.", "er 40 mensen zijn gered"),  # complementiser, final period
        ('"Het was zwaar", zei zij', "Het was zwaar"),  # quote marks and comma
        ('"Het was zwaar."', "Het was zwaar"),  # period inside the quote
        ('het "versterken van de samenwerking" tussen de steden.', 'het "versterken van de samenwerking" tussen de steden'),
        ("vroeg of de brug open blijft?", "de brug open blijft?"),  # question mark stays
        ("datum", "datum"),  # "dat" only as a word
    ],
)
def test_conventions_trim_content(text, expected):
    # quote the content as an annotator would: from the first word after the cue
    cue_end = {"zegt": 5, "vroeg": 6}.get(text.split()[0], 0)
    raw = Span.of(text, cue_end, len(text.split(", zei")[0]) if ", zei" in text else len(text))
    assert NL.content(text, raw).text == expected


def test_resolve_builds_validated_gold_with_offsets():
    doc = Doc(
        "t1", "wire", TEXT, fetched_at="2026-03-02T10:00:00+01:00",
        arts=[Art("main", "Anna de Wit")],
        sts=[St("Anna de Wit", "zegt", "dat er 40 mensen zijn gered.", "indirect"),
             St("zei [zij]|Anna de Wit", "zei", '"Het was zwaar",', "direct")],
        figs=[Fig("40", 40, "people", st=0)],
    )
    g = annotate.resolve(doc, "dev", NL)
    assert (g.statements[0].content.start, g.statements[0].content.end) == (21, 44)
    assert (g.statements[1].content.start, g.statements[1].content.end, g.statements[1].content.text) == (47, 60, "Het was zwaar")
    assert g.statements[1].sources[0].name == "Anna de Wit"
    assert (g.figures[0].low, g.figures[0].high, g.figures[0].source_name) == (40, 40, "Anna de Wit")
    assert gold.from_dict(json.loads(gold.dumps(g))) == g


def test_art_ago_resolves_against_fetched_at():
    doc = Doc("t2", "dump", "LEIDEN (ANP) - Iets.\n34 minuten geleden", fetched_at="2026-03-02T10:00:00+01:00",
              arts=[Art("teaser", "LEIDEN (ANP) -", "LEIDEN", ("ANP",), ago="34m", expr="34 minuten geleden")])
    a = annotate.resolve(doc, "dev", NL).articles[0]
    assert a.published == datetime(2026, 3, 2, 9, 26, tzinfo=CET)
    assert (a.published_expression.start, a.published_expression.end) == (21, 39)


@pytest.mark.parametrize(
    "patch, message",
    [
        ({"statements": [{"sources": [], "cue": {"text": "zegt", "start": 0, "end": 4}, "content": {"text": "Anna", "start": 0, "end": 4}, "kind": "direct"}]}, "is 'Anna' in the text, not 'zegt'"),
        ({"statements": [{"sources": [], "cue": {"text": "zegt", "start": 12, "end": 16}, "content": {"text": "Anna", "start": 0, "end": 4}, "kind": "quote"}]}, "kind 'quote'"),
        ({"figures": [{"span": {"text": "40", "start": 24, "end": 26}, "low": 50, "high": 40, "category": "people"}]}, "low 50 > high 40"),
        ({"figures": [{"span": {"text": "40", "start": 24, "end": 26}, "low": 40, "high": 40, "category": "dead"}]}, "category 'dead'"),
        ({"fetched_at": "2026-03-02T10:00:00"}, "no timezone"),
        ({"statements": [{"sources": [], "cue": {"text": "zegt", "start": 12, "end": 16}, "content": {"text": "er 40 mensen zijn gered", "start": 21, "end": 44}, "kind": "indirect"}],
          "figures": [{"span": {"text": "40", "start": 24, "end": 26}, "low": 40, "high": 40, "category": "people"}]}, "names no statement"),
        ({"statements": [{"sources": [{"span": {"text": "zegt", "start": 12, "end": 16}, "name": "Anna"}], "cue": {"text": "zegt", "start": 12, "end": 16}, "content": {"text": "Anna", "start": 0, "end": 4}, "kind": "direct"}]}, "overlaps the cue"),
    ],
)
def test_gold_loader_rejects_malformed(patch, message):
    obj = {"id": "x", "text": TEXT, "articles": [], "statements": [], "figures": []} | patch
    with pytest.raises(gold.GoldError, match=message):
        gold.from_dict(obj)


# ------------------------------------------------------------------ scorer

def _gold() -> gold.GoldDocument:
    return annotate.resolve(
        Doc("t", "wire", TEXT,
            sts=[St("Anna de Wit", "zegt", "dat er 40 mensen zijn gered.", "indirect"),
                 St("zei [zij]|Anna de Wit", "zei", '"Het was zwaar",', "direct"),
                 St("de brandweer|brandweer", "Volgens", "zijn ruim 300 woningen ontruimd.", "according_to")],
            figs=[Fig("40", 40, "people", st=0), Fig("ruim 300", 300, "other", high=None, st=2)]),
        "dev", NL)


def _sp(phrase: str, nth: int | None = None) -> Span:
    start, end = annotate.span(TEXT, phrase, nth)
    return Span.of(TEXT, start, end)


def _st(i: int, name: str, cue: str, content: str, kind: str) -> Statement:
    return Statement(f"s{i}", "a0", (Source(_sp("Anna de Wit"), name, "PER"),), _sp(cue), cue, _sp(content), kind)


def _extraction(statements=(), figures=(), articles=(), text=TEXT) -> Extraction:
    return Extraction(DocumentSource(None, None, None, ""), "nl", text, tuple(articles), tuple(statements), tuple(figures))


def test_overlap_is_character_jaccard():
    assert score.overlap(Span("", 0, 10), Span("", 5, 15)) == pytest.approx(5 / 15)
    assert score.overlap(Span("", 0, 10), Span("", 0, 10)) == 1.0
    assert score.overlap(Span("", 0, 10), Span("", 10, 20)) == 0.0


def test_statement_measures_exact_and_overlap_thresholds():
    preds = [
        _st(0, "Anna de Wit", "zegt", "er 40 mensen zijn gered", "indirect"),  # identical
        _st(1, "anna  de wit", "zei", '"Het was zwaar"', "direct"),  # 13/15 = 0.867, name case/space differ
        _st(2, "brandweer", "Volgens", "300 woningen ontruimd", "according_to"),  # 21/31 = 0.677
        _st(3, "Anna de Wit", "zegt", "40 mensen", "indirect"),  # inside a content already matched: false positive
    ]
    s = score.evaluate([_gold()], extract=lambda g: _extraction(preds))
    m = s.metrics
    assert (m["statements.exact.precision"], m["statements.exact.recall"]) == (1 / 4, 1 / 3)
    assert m["statements.exact.f1"] == pytest.approx(2 / 7)
    assert (m["statements.overlap_0.3.precision"], m["statements.overlap_0.3.recall"]) == (3 / 4, 1.0)
    assert m["statements.overlap_0.3.f1"] == pytest.approx(6 / 7)
    assert m["statements.overlap_0.8.f1"] == pytest.approx(4 / 7)
    assert (m["statements.content.precision"], m["statements.content.recall"]) == (57 / 68, 57 / 67)
    assert (m["statements.source_accuracy"], m["statements.cue_accuracy"], m["statements.kind_accuracy"]) == (1.0, 1.0, 1.0)
    assert [(e.type, e.span) for e in s.errors if e.field == "statement"] == [("false_positive", "40 mensen")]


def test_statement_needs_source_and_cue_for_a_relation_hit():
    preds = [
        _st(0, "Jan Smit", "zegt", "er 40 mensen zijn gered", "indirect"),  # wrong source
        _st(1, "Anna de Wit", "zij", "Het was zwaar", "direct"),  # cue misses "zei"
    ]
    s = score.evaluate([_gold()], extract=lambda g: _extraction(preds))
    m = s.metrics
    assert (m["statements.overlap_0.3.precision"], m["statements.overlap_0.3.recall"]) == (0.0, 0.0)
    assert (m["statements.source_accuracy"], m["statements.cue_accuracy"]) == (0.5, 0.5)
    assert m["statements.content.f1"] == pytest.approx(2 * 36 / (36 + 67))
    assert [e.type for e in s.errors if e.field == "statement"] == ["miss", "miss", "miss", "false_positive", "false_positive"]


def test_statement_by_kind():
    preds = [_st(0, "Anna de Wit", "zegt", "er 40 mensen zijn gered", "direct")]
    s = score.evaluate([_gold()], extract=lambda g: _extraction(preds))
    assert s.by_kind["direct"] == {"precision": 1.0, "recall": 0.0, "f1": 0.0, "gold": 1, "predicted": 1}
    assert s.by_kind["indirect"] == {"precision": 0.0, "recall": 1.0, "f1": 0.0, "gold": 1, "predicted": 0}
    assert s.metrics["statements.kind_accuracy"] == 0.0


def _fig(i: int, phrase: str, low, high, category="people", source=None) -> Figure:
    return Figure(f"f{i}", "a0", _sp(phrase), low, high, False, None, None, category, source_name=source)


def test_figure_measures():
    preds = [
        _fig(0, "40", 40, 40, source="anna de wit"),  # hit
        _fig(1, "300", 300, 300),  # span overlaps "ruim 300", high wrong
        _fig(2, "zei", 1, 1),  # false positive
    ]
    s = score.evaluate([_gold()], extract=lambda g: _extraction(figures=preds))
    m = s.metrics
    assert (m["figures.precision"], m["figures.recall"]) == (1 / 3, 1 / 2)
    assert m["figures.f1"] == pytest.approx(0.4)
    assert (m["figures.span.precision"], m["figures.span.recall"]) == (2 / 3, 1.0)
    assert (m["figures.category_accuracy"], m["figures.unit_accuracy"], m["figures.approximate_accuracy"]) == (0.5, 1.0, 1.0)
    assert m["figures.source_accuracy"] == 0.5  # "Anna de Wit" ok; "brandweer" vs None wrong
    assert sorted((e.type, e.span) for e in s.errors if e.field == "figure") == [("false_positive", "zei"), ("wrong", "ruim 300")]


def test_article_measures():
    text = "Koptekst\nHAARLEM (ANP) - Iets gebeurde.\nLEIDEN (ANP/AFP) - Ander bericht.\n5 minuten geleden"
    g = annotate.resolve(
        Doc("a", "dump", text, fetched_at="2026-03-02T10:00:00+01:00",
            arts=[Art("main", "HAARLEM (ANP) -", "HAARLEM", ("ANP",)),
                  Art("teaser", "LEIDEN (ANP/AFP) -", "LEIDEN", ("ANP", "AFP"), ago="5m", expr="5 minuten geleden")]),
        "dev", NL)
    t = datetime(2026, 3, 2, 9, 55, 30, tzinfo=CET)
    preds = [
        Article("a0", "main", None, Span.of(text, 0, 8), Dateline("Haarlem", ("ANP",), 9, 24), None, Span.of(text, 25, 39)),
        Article("a1", "teaser", None, None, Dateline("LEIDEN", ("ANP",), 40, 58), TimeRef(None, t, "minute", "fetched_at"),
                Span.of(text, 59, 73)),
    ]
    m = score.evaluate([g], extract=lambda _: _extraction(articles=preds, text=text)).metrics
    assert (m["articles.teaser_count_accuracy"], m["articles.found"]) == (1.0, 1.0)
    assert (m["articles.dateline_accuracy"], m["articles.agencies_accuracy"], m["articles.published_accuracy"]) == (1.0, 0.5, 1.0)
    m = score.evaluate([g], extract=lambda _: _extraction(articles=preds[:1], text=text)).metrics
    assert (m["articles.teaser_count_accuracy"], m["articles.found"], m["articles.dateline_accuracy"]) == (0.0, 0.5, 0.5)


def test_empty_prediction_scores_zero_not_error():
    m = score.evaluate([_gold()], extract=lambda g: _extraction()).metrics
    assert (m["statements.overlap_0.3.f1"], m["figures.f1"], m["statements.content.recall"]) == (0.0, 0.0, 0.0)


def test_sentence_around():
    assert score.sentence_around(TEXT, _sp("zei")) == '"Het was zwaar", zei zij.'


# ------------------------------------------------------------------ the set itself

SPLITS = {name: gold.load(ROOT / "eval" / "nl" / f"{name}.jsonl") for name in ("dev", "test")}
EN_SPLITS = {name: gold.load(ROOT / "eval" / "en" / f"{name}.jsonl") for name in ("dev", "test")}
#: Recorded test-split numbers per language. Each file counts for the documents it was
#: recorded on, told apart by their number: eval/scores.json was recorded before the
#: real-page-shaped documents ("-real-" in the id) joined the split, eval/scores-next.json
#: after; once eval/scores.json is recorded again on the grown split, both guard the whole split.
BASELINES = {"nl": ("eval/scores.json", "eval/scores-next.json"), "en": ("eval/en/scores.json",)}


def test_gold_set_is_built_from_sources():
    run = subprocess.run([sys.executable, str(ROOT / "eval" / "build.py"), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("split", ["dev", "test"])
def test_gold_split_size_and_labels(split):
    docs = SPLITS[split]
    assert len(docs) >= 40
    assert {d.split for d in docs} == {split}
    assert sum(len(d.statements) for d in docs) >= 100


@pytest.mark.parametrize("split", ["dev", "test"])
def test_english_split_size_and_labels(split):
    docs = EN_SPLITS[split]
    assert len(docs) >= 20
    assert {(d.split, d.language) for d in docs} == {(split, "en")}
    assert sum(len(d.statements) for d in docs) >= 60


def guarded(language: str, docs: list) -> list[tuple[str, dict, list]]:
    """(baseline file, recorded metrics, documents) for each recorded file that matches a set of documents."""
    sets = (docs, [d for d in docs if "-real-" not in d.id])
    out = []
    for name in BASELINES[language]:
        path = ROOT / name
        if path.is_file():
            recorded = json.loads(path.read_text(encoding="utf-8"))
            same = [ds for ds in sets if len(ds) == recorded["documents"]]
            if same:
                out.append((name, recorded["metrics"], same[0]))
    return out


@pytest.mark.parametrize("language, docs", [("nl", SPLITS["test"]), ("en", EN_SPLITS["test"])], ids=["nl", "en"])
def test_regression_guard_on_test_split(language, docs):
    """Fails when a headline F1 drops more than 0.02 below the recorded numbers (a guard, not a target)."""
    split = f"eval/{language}/test.jsonl"
    baselines = guarded(language, docs)
    assert any(len(ds) == len(docs) for _, _, ds in baselines), (
        f"no recorded scores for the {len(docs)} documents of {split}; record them: "
        f"claimtrack evaluate {split} --write-scores {BASELINES[language][-1]}")
    for name, recorded, ds in baselines:
        scores = score.evaluate(ds)
        assert scores.failed == 0, next(e.detail for e in scores.errors if e.type == "crash")
        now = scores.metrics
        drops = {k: (recorded[k], round(now[k], 4)) for k in score.HEADLINE if now[k] < recorded[k] - 0.02}
        assert not drops, f"headline scores dropped below {name} (recorded, now): {drops}; see `claimtrack evaluate {split} --errors`"


def test_guard_matches_each_baseline_to_its_documents():
    """Every recorded file guards the documents it was recorded on; none is silently skipped."""
    for language, docs in (("nl", SPLITS["test"]), ("en", EN_SPLITS["test"])):
        matched = {name: len(ds) for name, _, ds in guarded(language, docs)}
        for name in BASELINES[language]:
            if (ROOT / name).is_file():
                recorded = json.loads((ROOT / name).read_text(encoding="utf-8"))["documents"]
                assert matched.get(name) == recorded, f"{name} was recorded on {recorded} documents, which the split no longer has"


def test_cli_json(tmp_path):
    from typer.testing import CliRunner

    from claimtrack.cli import app

    path = tmp_path / "g.jsonl"
    gold.write(path, [_gold()])
    result = CliRunner().invoke(app, ["evaluate", str(path), "--format", "json", "--by-kind", "--errors"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["documents"] == 1
    assert out["counts"]["statements"]["gold"] == 3
    assert set(out["by_kind"]) == {"direct", "indirect", "mixed", "according_to"}
    assert all({"document", "sentence", "detail"} <= set(e) for e in out["errors"])


def test_markdown_table_lists_headline_rows():
    table = report.markdown_table(score.evaluate([_gold()], extract=lambda g: _extraction()))
    assert "| statements, overlap >= 0.3 | 0.000 | 0.000 | 0.000 |" in table


def test_a_crashing_extractor_scores_empty_and_is_reported():
    def boom(g):
        raise RuntimeError("stage broke")

    s = score.evaluate([_gold()], extract=boom)
    assert (s.failed, s.documents, s.metrics["statements.overlap_0.3.recall"]) == (1, 1, 0.0)
    assert (s.errors[0].type, s.errors[0].detail) == ("crash", "extract raised RuntimeError: stage broke")


# ------------------------------------------------------------------ real-page format (evaluate DIR)

from claimtrack.evaluate import realformat  # noqa: E402

REAL = ROOT / "tests" / "data" / "realformat"


def _sp_of(text: str, phrase: str, nth: int = 1) -> dict:
    at = -1
    for _ in range(nth):
        at = text.index(phrase, at + 1)
    return {"text": phrase, "start": at, "end": at + len(phrase)}


def _page_pred(text: str, statements=(), figures=(), articles=()) -> dict:
    """A contract-v1 output as JSON values, with spans found by quoting."""
    return {
        "text": text,
        "articles": list(articles),
        "statements": [
            {"sources": [{"name": name, "span": None}], "cue": {"text": "?"}, "content": _sp_of(text, content)}
            for name, content in statements
        ],
        "figures": [
            {"span": _sp_of(text, phrase, nth), "low": low, "high": high, "source_name": source}
            for phrase, nth, low, high, source in figures
        ],
    }


def _article(role, headline=None, place=None, agencies=(), section=None, published=None, body=(0, 0)):
    return {"role": role, "headline": {"text": headline} if headline else None, "section": section,
            "dateline": {"place": place, "agencies": list(agencies)} if place else None,
            "published": {"value": published} if published else None, "body": {"start": body[0], "end": body[1]}}


def _stub(page: realformat.GoldPage) -> dict:
    text = page.raw.read_text(encoding="utf-8")
    if page.name.startswith("01"):
        return _page_pred(
            text,
            statements=[("brandweer", "was het vuur rond 21.15 uur onder controle"),
                        ("Hendrik Zwaagstra", "We hebben de dieren via de achterdeur naar buiten gedreven"),
                        ("Hendrik Zwaagstra", "Het ging"),  # covers 8 of 19 characters: not found
                        ("de politie", "140 koeien gered")],  # no such gold statement: extra
            figures=[("140", 1, 140, 140, None), ("300.000 euro", 1, 300000, 300000, "verzekeraar"),
                     ("21.15 uur", 1, 21.15, 21.15, None)],  # high wrong; a forbidden clock time
            articles=[_article("main", "Schuurbrand in Oosterwolde: 140 koeien gered", "Oosterwolde")],
        )
    if page.name.startswith("02"):
        zwolle, groningen = text.index("Een vrachtwagen"), text.index("De gemeente")
        return _page_pred(text, articles=[
            _article("main", section="Binnenland"),
            _article("teaser", place="ZWOLLE", agencies=["ANP"], published="2026-01-01T11:48:20+01:00", body=(zwolle, zwolle + 40)),
            _article("teaser", place="GRONINGEN", agencies=["ANP"], published="2026-01-01T11:00:00+01:00", body=(groningen, groningen + 20)),
        ])
    return _page_pred(
        text,
        statements=[("police", "about 60 drivers were turned back"),
                    ("Dana Whitfield", "The deck is sound, but we want divers to look at the piers")],
        figures=[("about 60", 1, 60, 60, "police"), ("up to $2 million", 1, None, 2000000, "the county engineer")],
        articles=[_article("main", "Bridge closed after barge strike", "MILLBROOK", ["AP"], published="2026-01-01T08:00:00-05:00")],
    )


def test_real_format_scores_with_the_documented_matching_rules():
    s = realformat.evaluate_folder(REAL, run=_stub)
    assert [p.page for p in s.pages] == ["01_nl_regio_schuurbrand", "02_nl_dump_teasers", "03_en_wire_bridge"]
    assert (s.total("statements"), s.total("figures"), s.total("teasers"), s.total("main")) == ((4, 9, 6), (3, 7, 5), (1, 2, 2), (13, 15))
    assert realformat.prf(*s.total("statements")) == pytest.approx((4 / 6, 4 / 9, 8 / 15))
    assert realformat.prf(*s.total("figures")) == pytest.approx((3 / 5, 3 / 7, 0.5))
    first, second, third = s.pages
    assert first.statements_missed == ["Zwaagstra|boer None: Het ging om minuten", "verzekeraar volgens: De schade loopt volgens de verzekeraar"]
    assert first.statements_extra == ["?: Het ging", "?: 140 koeien gered"]
    assert (first.figures_extra, first.forbidden) == (["300.000 euro", "21.15 uur"], 1)
    assert (second.teasers_failed, third.main_failed) == (["1 GRONINGEN"], ["place", "published_unknown"])
    assert realformat.summary_line(s, "all") == (
        "all: pages failed 0 | statements P 0.667 R 0.444 F1 0.533 (gold 9) | figures P 0.600 R 0.429 F1 0.500 (gold 7) "
        "| teasers 1/2 | main fields 13/15 | forbidden figures 1")


def test_real_format_language_filter_and_failures():
    assert [p.name for p in realformat.gold_pages(REAL, language="en")] == ["03_en_wire_bridge"]

    def boom(page):
        raise ValueError("unreadable")

    s = realformat.evaluate_folder(REAL, language="nl", run=boom)
    assert [p.error for p in s.failed] == ["ValueError: unreadable"] * 2
    assert realformat.page_line(s.pages[0]) == "01_nl_regio_schuurbrand: FAILED ValueError: unreadable"


@pytest.mark.parametrize(
    "found, gold_n, pred, expected",
    [(0, 0, 0, (1.0, 1.0, 1.0)), (0, 3, 0, (0.0, 0.0, 0.0)), (0, 0, 2, (0.0, 1.0, 0.0)), (2, 4, 2, (1.0, 0.5, 2 / 3))],
)
def test_real_format_prf_conventions(found, gold_n, pred, expected):
    assert realformat.prf(found, gold_n, pred) == pytest.approx(expected)


@pytest.mark.parametrize(
    "a, b, same",
    [("2026-01-01T11:48:00+01:00", "2026-01-01T10:48:30+00:00", True), ("2026-01-01T11:48:00+01:00", "2026-01-01T11:49:00+01:00", False),
     (None, None, True), (None, "2026-01-01T11:48:00+01:00", False), ("2026-01-01T11:48:00", "2026-01-01T11:48:00+01:00", True)],
)
def test_real_format_times_match_to_the_minute(a, b, same):
    assert realformat.same_minute(a, b) is same


def test_real_format_refuses_a_folder_without_gold(tmp_path):
    with pytest.raises(realformat.FormatError, match="no gold/ folder"):
        realformat.gold_pages(tmp_path)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text('{"file": "raw/x.txt"}', encoding="utf-8")
    with pytest.raises(realformat.FormatError, match="does not exist"):
        realformat.gold_pages(tmp_path)


def test_cli_evaluate_folder_runs_extract_as_a_user_does():
    from typer.testing import CliRunner

    from claimtrack.cli import app

    result = CliRunner().invoke(app, ["evaluate", str(REAL), "--lang", "nl", "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("01_nl_regio_schuurbrand: statements ")
    assert lines[-1].startswith("nl: pages failed 0 | statements P ") and "(gold 6)" in lines[-1] and "(gold 5)" in lines[-1]
    out = json.loads(CliRunner().invoke(app, ["evaluate", str(REAL), "--format", "json"]).output)
    assert (out["pages"], out["statements"]["gold"], out["figures"]["gold"], out["teasers"]["gold"]) == (3, 9, 7, 2)
    # the in-process run scores exactly what `claimtrack extract PAGE --format json` prints,
    # language found by the tool included (the English page gets no --language either)
    for page in realformat.gold_pages(REAL):
        when = ["--fetched-at", page.gold["fetched_at"]] if page.gold["fetched_at"] else []
        printed = CliRunner().invoke(app, ["extract", str(page.raw), *when]).output
        assert realformat.run_page(page) == json.loads(printed), page.name
