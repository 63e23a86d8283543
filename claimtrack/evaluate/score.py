"""Match predicted statements, figures and articles to gold, and compute the measures.

Matching rules (documented for users in ``eval/README.md``):

* **Content overlap** of two spans is character-level Jaccard,
  ``|a ∩ b| / |a ∪ b|`` (0 for disjoint spans, 1 for identical ones). Citron
  (BBC, ``citron/metrics.py``) scores exact and overlap matches; the SFU Gender
  Gap Tracker reports quote matches at overlap thresholds 0.3 and 0.8. We use the
  union, not the gold length, so an over-long prediction is not rewarded.
* **Statements** are matched one-to-one within a document, greedily by best
  content overlap (ties: earlier gold, then earlier prediction). A matched pair is
  a *whole-relation* hit at threshold ``t`` when overlap ``>= t``, a predicted
  source name equals one of the gold sources' names or aliases (case-insensitive,
  white space collapsed), and the predicted cue overlaps the gold cue (or the
  gold cue's auxiliary). *Exact* means identical content offsets plus the same
  source and cue conditions.
* **Content F1** on its own is Citron's overlap score in characters: precision =
  overlapping characters of matched pairs / characters of all predicted contents,
  recall = the same / characters of all gold contents.
* **Source / cue / kind / medium accuracy** are measured on the pairs matched at
  overlap ``>= 0.3``.
* **Figures** are matched one-to-one by best span overlap (Jaccard > 0); a pair
  is a hit when ``(low, high)`` are equal (floats with a relative tolerance of
  1e-9). Category, approximate flag, unit and source name accuracy are measured
  on all matched pairs.
* **Articles**: teaser count equal per document; each gold article is paired
  with the predicted article whose region (earliest of headline, dateline and
  body start, to body end) contains the gold anchor's start. Dateline place
  (case-insensitive), agencies (as sets, upper case) and published time (to the
  minute, ``None == None``) are then compared; a gold article with no partner
  counts as wrong on all three.

All counts are summed over documents before dividing (micro-averaging).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from claimtrack.evaluate.gold import KINDS, GoldDocument, GoldFigure, GoldStatement
from claimtrack.model import Article, Extraction, Figure, Span, Statement

THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
ACCURACY_THRESHOLD = 0.3

#: The measures the regression guard watches (keys of :attr:`Scores.metrics`).
HEADLINE: tuple[str, ...] = (
    "statements.exact.f1",
    "statements.overlap_0.3.f1",
    "statements.overlap_0.8.f1",
    "statements.content.f1",
    "figures.f1",
)


def overlap(a: Span, b: Span) -> float:
    """Character-level Jaccard overlap ``|a ∩ b| / |a ∪ b|`` of two spans, in [0, 1]."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    union = max(a.end, b.end) - min(a.start, b.start)
    return inter / union


def _intersection(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _norm(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def greedy_match(scores: dict[tuple[int, int], float]) -> list[tuple[int, int, float]]:
    """One-to-one pairs ``(gold_index, predicted_index, score)`` from pairwise scores > 0.

    Greedy: the best-scoring pair first; ties go to the earlier gold item, then
    the earlier prediction. Pairs are returned in gold order.
    """
    ranked = sorted(((-s, g, p) for (g, p), s in scores.items() if s > 0))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for neg, g, p in ranked:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        out.append((g, p, -neg))
    return sorted(out)


def source_ok(gold: GoldStatement, pred: Statement) -> bool:
    """Whether a predicted source name equals a gold source's name or alias (case-insensitive).

    A gold statement without sources ("naar verluidt") matches a prediction without sources.
    """
    if not gold.sources:
        return not pred.sources
    names = {_norm(n) for s in gold.sources for n in s.names()}
    return any(_norm(s.name) in names for s in pred.sources)


def cue_ok(gold: GoldStatement, pred: Statement) -> bool:
    """Whether the predicted cue overlaps the gold cue or its auxiliary."""
    return pred.cue.overlaps(gold.cue) or (gold.cue_aux is not None and pred.cue.overlaps(gold.cue_aux))


def _medium_ok(gold: GoldStatement, pred: Statement) -> bool:
    if gold.medium is None or pred.medium is None:
        return gold.medium is None and pred.medium is None
    return gold.medium.overlaps(pred.medium)


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def figure_value_ok(gold: GoldFigure, pred: Figure) -> bool:
    """Whether ``(low, high)`` are equal (``None`` only equals ``None``)."""
    return _same_number(gold.low, pred.low) and _same_number(gold.high, pred.high)


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One miss, false positive or wrong value, with the sentence to look at.

    ``field`` is "statement", "figure" or "article"; ``type`` is "miss",
    "false_positive" or "wrong"; ``start``/``end`` locate the span in the document.
    """

    document: str
    field: str
    type: str
    start: int
    end: int
    span: str
    sentence: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]


def sentence_around(text: str, span: Span, limit: int = 400) -> str:
    """The sentence (or line) around ``span``, on one line, at most about ``limit`` characters.

    A sentence ends at a line break or at ``. ``, ``? ``, ``! `` (language-neutral
    and only for display).
    """
    start = max(text.rfind("\n", 0, span.start), -1) + 1
    for mark in (". ", "? ", "! "):
        at = text.rfind(mark, start, span.start)
        if at >= 0:
            start = max(start, at + 2)
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    for mark in (". ", "? ", "! "):
        at = text.find(mark, max(span.end - 1, start), end)
        if at >= 0:
            end = min(end, at + 1)
    out = text[start:end].strip()
    if len(out) > limit:
        out = out[: limit - 3] + "..."
    return out


def _err(doc: GoldDocument, field: str, type_: str, sp: Span, detail: str) -> ErrorItem:
    return ErrorItem(doc.id, field, type_, sp.start, sp.end, sp.text, sentence_around(doc.text, sp), detail)


def _describe_statement(s: GoldStatement | Statement) -> str:
    names = [src.name for src in s.sources]
    return f"[{s.kind}] {' + '.join(names) or '?'} / {s.cue.text!r}"


def score_statements(doc: GoldDocument, pred: Sequence[Statement]) -> tuple[Counter, list[ErrorItem]]:
    """Counts for one document's statements and its errors (at threshold 0.3).

    Counter keys: ``gold``, ``pred``, ``tp.exact``, ``tp.0.3``, ``tp.0.8``,
    ``content.inter``, ``content.gold``, ``content.pred`` (characters), ``matched``,
    ``source_ok``, ``cue_ok``, ``kind_ok``, ``medium_ok``, and per kind
    ``kind.<k>.gold``, ``kind.<k>.pred``, ``kind.<k>.tp_gold``, ``kind.<k>.tp_pred``.
    """
    c: Counter = Counter()
    errors: list[ErrorItem] = []
    gold = doc.statements
    c["gold"] += len(gold)
    c["pred"] += len(pred)
    c["content.gold"] += sum(len(g.content) for g in gold)
    c["content.pred"] += sum(len(p.content) for p in pred)
    for g in gold:
        c[f"kind.{g.kind}.gold"] += 1
    for p in pred:
        c[f"kind.{p.kind}.pred"] += 1
    scores = {
        (i, j): overlap(g.content, p.content) for i, g in enumerate(gold) for j, p in enumerate(pred)
    }
    pairs = greedy_match(scores)
    hit_gold: set[int] = set()
    hit_pred: set[int] = set()
    partner = {}
    for i, j, ov in pairs:
        g, p = gold[i], pred[j]
        partner[i], partner[-j - 1] = j, i
        c["content.inter"] += _intersection(g.content, p.content)
        relation = source_ok(g, p) and cue_ok(g, p)
        if relation and g.content.start == p.content.start and g.content.end == p.content.end:
            c["tp.exact"] += 1
        for t in THRESHOLDS:
            if relation and ov >= t:
                c[f"tp.{t}"] += 1
        if ov >= ACCURACY_THRESHOLD:
            c["matched"] += 1
            c["source_ok"] += source_ok(g, p)
            c["cue_ok"] += cue_ok(g, p)
            c["kind_ok"] += g.kind == p.kind
            c["medium_ok"] += _medium_ok(g, p)
            if relation:
                hit_gold.add(i)
                hit_pred.add(j)
                c[f"kind.{g.kind}.tp_gold"] += 1
                c[f"kind.{p.kind}.tp_pred"] += 1
    for i, g in enumerate(gold):
        if i in hit_gold:
            continue
        if i in partner:
            p = pred[partner[i]]
            detail = (
                f"gold {_describe_statement(g)}; best prediction {_describe_statement(p)} "
                f"content {p.content.text!r}, overlap {scores[(i, partner[i])]:.2f}, "
                f"source {'ok' if source_ok(g, p) else 'wrong'}, cue {'ok' if cue_ok(g, p) else 'wrong'}"
            )
        else:
            detail = f"gold {_describe_statement(g)} not found"
        errors.append(_err(doc, "statement", "miss", g.content, detail))
    for j, p in enumerate(pred):
        if j not in hit_pred:
            errors.append(
                _err(doc, "statement", "false_positive", p.content, f"predicted {_describe_statement(p)}")
            )
    return c, errors


def score_figures(doc: GoldDocument, pred: Sequence[Figure]) -> tuple[Counter, list[ErrorItem]]:
    """Counts for one document's figures and its errors.

    Counter keys: ``gold``, ``pred``, ``matched`` (span overlap), ``tp`` (matched
    and ``(low, high)`` equal), ``category_ok``, ``approximate_ok``, ``unit_ok``, ``source_ok``.
    """
    c: Counter = Counter()
    errors: list[ErrorItem] = []
    gold = doc.figures
    c["gold"] += len(gold)
    c["pred"] += len(pred)
    scores = {(i, j): overlap(g.span, p.span) for i, g in enumerate(gold) for j, p in enumerate(pred)}
    pairs = greedy_match(scores)
    hit_gold: set[int] = set()
    hit_pred: set[int] = set()
    for i, j, _ in pairs:
        g, p = gold[i], pred[j]
        c["matched"] += 1
        c["category_ok"] += g.category == p.category
        c["approximate_ok"] += g.approximate == p.approximate
        c["unit_ok"] += g.unit == p.unit
        c["source_ok"] += _norm(g.source_name) == _norm(p.source_name)
        if figure_value_ok(g, p):
            c["tp"] += 1
            hit_gold.add(i)
            hit_pred.add(j)
        else:
            errors.append(
                _err(
                    doc, "figure", "wrong", g.span,
                    f"{g.span.text!r}: gold ({g.low}, {g.high}), predicted {p.span.text!r} ({p.low}, {p.high})",
                )
            )
            hit_gold.add(i)
            hit_pred.add(j)
            c["wrong"] += 1
    for i, g in enumerate(gold):
        if i not in hit_gold:
            errors.append(
                _err(doc, "figure", "miss", g.span, f"gold {g.span.text!r} ({g.low}, {g.high}) {g.category}")
            )
    for j, p in enumerate(pred):
        if j not in hit_pred:
            errors.append(
                _err(doc, "figure", "false_positive", p.span, f"predicted {p.span.text!r} ({p.low}, {p.high}) {p.category}")
            )
    return c, errors


def _region(a: Article) -> tuple[int, int]:
    starts = [a.body.start]
    if a.headline is not None:
        starts.append(a.headline.start)
    if a.dateline is not None:
        starts.append(a.dateline.start)
    return min(starts), a.body.end


def _minute(value: Any) -> Any:
    return None if value is None else value.replace(second=0, microsecond=0)


def score_articles(doc: GoldDocument, pred: Sequence[Article]) -> tuple[Counter, list[ErrorItem]]:
    """Counts for one document's articles and its errors.

    Counter keys: ``docs``, ``teaser_count_ok``, ``gold``, ``found``, ``dateline_ok``,
    ``agencies_ok``, ``published_ok``.
    """
    c: Counter = Counter()
    errors: list[ErrorItem] = []
    c["docs"] += 1
    gold_teasers = sum(a.role == "teaser" for a in doc.articles)
    pred_teasers = sum(a.role == "teaser" for a in pred)
    if gold_teasers == pred_teasers:
        c["teaser_count_ok"] += 1
    else:
        errors.append(
            ErrorItem(doc.id, "article", "wrong", 0, 0, "", "", f"teasers: gold {gold_teasers}, predicted {pred_teasers}")
        )
    regions = [_region(a) for a in pred]
    for g in doc.articles:
        c["gold"] += 1
        p = next((a for a, (s, e) in zip(pred, regions) if s <= g.anchor.start < e), None)
        if p is None:
            errors.append(_err(doc, "article", "miss", g.anchor, f"no predicted article holds {g.role} {g.anchor.text!r}"))
            continue
        c["found"] += 1
        place = p.dateline.place if p.dateline else None
        agencies = tuple(p.dateline.agencies) if p.dateline else ()
        problems = []
        if _norm(place) == _norm(g.place):
            c["dateline_ok"] += 1
        else:
            problems.append(f"place gold {g.place!r} predicted {place!r}")
        if {a.upper() for a in agencies} == {a.upper() for a in g.agencies}:
            c["agencies_ok"] += 1
        else:
            problems.append(f"agencies gold {list(g.agencies)} predicted {list(agencies)}")
        published = p.published.value if p.published else None
        if _minute(published) == _minute(g.published):
            c["published_ok"] += 1
        else:
            problems.append(
                f"published gold {g.published.isoformat() if g.published else None} "
                f"predicted {published.isoformat() if published else None}"
            )
        if problems:
            errors.append(_err(doc, "article", "wrong", g.anchor, "; ".join(problems)))
    return c, errors


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The raw counts of one document (per field) and its errors."""

    document: str
    statements: Counter
    figures: Counter
    articles: Counter
    errors: tuple[ErrorItem, ...]


def score_document(gold: GoldDocument, extraction: Extraction) -> DocumentScore:
    """Score one extraction against its gold document.

    If the extraction's text differs from the gold text, offsets can not be
    compared; a ``text`` error is recorded and the spans are compared anyway.
    """
    st, e1 = score_statements(gold, extraction.statements)
    fi, e2 = score_figures(gold, extraction.figures)
    ar, e3 = score_articles(gold, extraction.articles)
    errors = e1 + e2 + e3
    if extraction.text != gold.text:
        errors.insert(0, ErrorItem(gold.id, "text", "wrong", 0, 0, "", "", "the extractor's text differs from the gold text"))
    return DocumentScore(gold.id, st, fi, ar, tuple(errors))


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; 0.0 where a denominator is 0."""
    p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
    return p, r, _ratio(2 * p * r, p + r)


@dataclass(frozen=True, slots=True)
class Scores:
    """The measures over a gold set.

    ``metrics`` is a flat mapping such as ``"statements.overlap_0.3.f1" -> 0.71``;
    ``counts`` holds the summed raw counts; ``by_kind`` maps each statement kind
    to its precision/recall/F1 at overlap 0.3.
    """

    documents: int
    metrics: dict[str, float]
    counts: dict[str, dict[str, int]]
    by_kind: dict[str, dict[str, float]]
    errors: tuple[ErrorItem, ...]
    failed: int = 0


def aggregate(doc_scores: Iterable[DocumentScore]) -> Scores:
    """Sum the per-document counts and compute every measure (micro-averaged)."""
    st: Counter = Counter()
    fi: Counter = Counter()
    ar: Counter = Counter()
    errors: list[ErrorItem] = []
    n = 0
    for d in doc_scores:
        n += 1
        st.update(d.statements)
        fi.update(d.figures)
        ar.update(d.articles)
        errors.extend(d.errors)
    m: dict[str, float] = {}
    for name, key in (("exact", "tp.exact"), *((f"overlap_{t}", f"tp.{t}") for t in THRESHOLDS)):
        p, r, f = prf(st[key], st["pred"], st["gold"])
        m[f"statements.{name}.precision"], m[f"statements.{name}.recall"], m[f"statements.{name}.f1"] = p, r, f
    p, r, f = prf(st["content.inter"], st["content.pred"], st["content.gold"])
    m["statements.content.precision"], m["statements.content.recall"], m["statements.content.f1"] = p, r, f
    for k in ("source", "cue", "kind", "medium"):
        m[f"statements.{k}_accuracy"] = _ratio(st[f"{k}_ok"], st["matched"])
    p, r, f = prf(fi["tp"], fi["pred"], fi["gold"])
    m["figures.precision"], m["figures.recall"], m["figures.f1"] = p, r, f
    p, r, f = prf(fi["matched"], fi["pred"], fi["gold"])
    m["figures.span.precision"], m["figures.span.recall"], m["figures.span.f1"] = p, r, f
    for k in ("category", "approximate", "unit", "source"):
        m[f"figures.{k}_accuracy"] = _ratio(fi[f"{k}_ok"], fi["matched"])
    m["articles.teaser_count_accuracy"] = _ratio(ar["teaser_count_ok"], ar["docs"])
    m["articles.found"] = _ratio(ar["found"], ar["gold"])
    for k in ("dateline", "agencies", "published"):
        m[f"articles.{k}_accuracy"] = _ratio(ar[f"{k}_ok"], ar["gold"])
    by_kind = {}
    for kind in KINDS:
        p = _ratio(st[f"kind.{kind}.tp_pred"], st[f"kind.{kind}.pred"])
        r = _ratio(st[f"kind.{kind}.tp_gold"], st[f"kind.{kind}.gold"])
        by_kind[kind] = {
            "precision": p,
            "recall": r,
            "f1": _ratio(2 * p * r, p + r),
            "gold": st[f"kind.{kind}.gold"],
            "predicted": st[f"kind.{kind}.pred"],
        }
    counts = {
        "statements": {k: v for k, v in sorted(st.items()) if not k.startswith("kind.")},
        "figures": dict(sorted(fi.items())),
        "articles": dict(sorted(ar.items())),
    }
    failed = sum(1 for e in errors if e.type == "crash")
    return Scores(n, m, counts, by_kind, tuple(errors), failed)


def evaluate(
    gold_docs: Iterable[GoldDocument],
    extract: Any = None,
) -> Scores:
    """Run ``extract`` on each gold document's text and score the results.

    Args:
        gold_docs: validated gold documents (see :func:`claimtrack.evaluate.gold.load`).
        extract: a callable ``(GoldDocument) -> Extraction``; default: call
            :func:`claimtrack.extract` on the UTF-8 bytes of the text with the
            document's ``fetched_at`` and ``language``.

    Returns:
        The aggregated :class:`Scores`. A document on which ``extract`` raises is
        scored as an empty extraction and listed as a ``crash`` error
        (``Scores.failed`` counts them), so one bug does not hide every score.
    """
    if extract is None:
        extract = run_extractor
    return aggregate(_score_safely(g, extract) for g in gold_docs)


def _score_safely(gold: GoldDocument, extract: Any) -> DocumentScore:
    """Score one document; an extractor that raises scores as an empty extraction plus a ``crash`` error."""
    try:
        extraction = extract(gold)
    except Exception as exc:  # noqa: BLE001 - one broken document must not hide the others' scores
        from claimtrack.model import DocumentSource

        empty = Extraction(DocumentSource(None, None, gold.fetched_at, ""), gold.language, gold.text, (), (), ())
        scored = score_document(gold, empty)
        crash = ErrorItem(gold.id, "document", "crash", 0, 0, "", "", f"extract raised {type(exc).__name__}: {exc}")
        return DocumentScore(scored.document, scored.statements, scored.figures, scored.articles, (crash, *scored.errors))
    return score_document(gold, extraction)


def run_extractor(gold: GoldDocument) -> Extraction:
    """``claimtrack.extract`` on one gold document's text (as bytes, the way a page arrives)."""
    from claimtrack.pipeline import extract

    return extract(gold.text.encode("utf-8"), fetched_at=gold.fetched_at, language=gold.language)
