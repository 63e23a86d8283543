"""Turn an article's text and its spans into escaped, marked-up HTML.

Article text is untrusted: every character of it passes through
:func:`markupsafe.escape` here, and templates only ever receive the
:class:`markupsafe.Markup` this module builds (never ``|safe`` on raw text).
A page that contains ``<script>`` or ``onerror=`` therefore renders as text.

Marks may nest (a figure inside a statement's content) and may overlap
partially; the renderer keeps the HTML well-formed by closing and re-opening
an element where spans cross, so one mark can become several ``<span>``
elements that share its ``data-mark`` id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from markupsafe import Markup, escape

from claimtrack.model import Article, Extraction, Figure, Statement, TimeRef

#: The kinds of mark, outermost first: when two marks cover the same stretch,
#: the one earlier in this tuple becomes the outer element. CSS classes are
#: ``m-<kind>``.
KINDS: tuple[str, ...] = (
    "headline",
    "dateline",
    "content",
    "source",
    "cue",
    "medium",
    "time",
    "figure",
    "counted",
)
_RANK = {kind: i for i, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Mark:
    """One span to highlight.

    Attributes:
        start: first code point, into the text passed to :func:`mark_up`.
        end: end-exclusive code point.
        kind: one of :data:`KINDS` (the CSS class is ``m-<kind>``).
        title: the hover text: the structured value, canonical name, resolved time.
        ref: an id shared by all elements of this mark (``s0``, ``f1``, ``a0-dateline``).
    """

    start: int
    end: int
    kind: str
    title: str
    ref: str


def mark_up(text: str, marks: Iterable[Mark], *, start: int = 0, end: int | None = None) -> Markup:
    """HTML for ``text[start:end]`` with every mark wrapped in ``<span>`` elements.

    Args:
        text: the document text (untrusted).
        marks: spans with offsets into ``text``; parts outside ``[start, end)`` are
            cut off, empty or unknown-kind marks are ignored.
        start, end: the stretch to render (code points, end-exclusive; default all).

    Returns:
        Escaped, well-formed HTML: ``<span class="m-KIND" data-mark="REF"
        title="...">...</span>`` around marked stretches, plain escaped text
        elsewhere. Line breaks stay ``\\n`` (the page uses ``white-space: pre-wrap``).

    Raises:
        ValueError: if ``0 <= start <= end <= len(text)`` does not hold.
    """
    if end is None:
        end = len(text)
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range {start}:{end} lies outside a text of {len(text)} characters")
    kept = [
        Mark(max(m.start, start), min(m.end, end), m.kind, m.title, m.ref)
        for m in marks
        if m.kind in _RANK and max(m.start, start) < min(m.end, end)
    ]
    # Outer marks first: earlier start, then longer, then by kind rank.
    kept.sort(key=lambda m: (m.start, -m.end, _RANK[m.kind], m.ref))
    order = {id(m): i for i, m in enumerate(kept)}
    cuts = sorted({start, end, *(m.start for m in kept), *(m.end for m in kept)})
    out: list[str] = []
    stack: list[Mark] = []
    for a, b in pairwise(cuts):
        wanted = sorted((m for m in kept if m.start <= a and b <= m.end), key=lambda m: order[id(m)])
        common = 0
        while common < len(stack) and common < len(wanted) and stack[common] is wanted[common]:
            common += 1
        out.append("</span>" * (len(stack) - common))
        for m in wanted[common:]:
            out.append(_open(m))
        stack = wanted
        out.append(str(escape(text[a:b])))
    out.append("</span>" * len(stack))
    return Markup("".join(out))


def _open(m: Mark) -> str:
    return (
        f'<span class="m-{m.kind}" data-mark="{escape(m.ref)}" title="{escape(m.title)}">'
    )


def web_link(url: str | None) -> bool:
    """Whether ``url`` may be an ``href``: only ``http://`` and ``https://`` addresses
    (never ``javascript:``, ``data:`` or other schemes a stored page could carry)."""
    return bool(url) and url.strip().lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


def format_time(ref: TimeRef | None) -> str:
    """A TimeRef in words for a hover text: ``"34 minuten geleden -> 2026-01-14T21:26+01:00 (minute)"``.

    An unresolved reference says so (``"-> unresolved: anchor unknown"``); the
    value is never guessed.
    """
    if ref is None:
        return "no time"
    words = ref.expression.text if ref.expression is not None else "(metadata)"
    if ref.value is None:
        return f"{words} \u2192 unresolved: anchor unknown"
    return f"{words} \u2192 {format_datetime(ref.value, ref.granularity)} ({ref.granularity}, from {ref.anchor})"


def format_datetime(value: datetime | None, granularity: str = "minute") -> str:
    """An aware datetime at its granularity: ``2026-01-14 21:26 +01:00``, ``2026-01-14``, ``2026-01``."""
    if value is None:
        return ""
    if granularity in ("day", "week"):
        return value.strftime("%Y-%m-%d")
    if granularity == "month":
        return value.strftime("%Y-%m")
    if granularity == "year":
        return value.strftime("%Y")
    offset = value.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{value.strftime('%Y-%m-%d %H:%M')} {offset}".strip()


def format_value(low: float | None, high: float | None, unit: str | None = None) -> str:
    """A figure's bounds in words: ``3000``, ``>= 12000``, ``200-999``, ``<= 50``, ``unknown``.

    Follows UCDP's low/high estimates: ``low == high`` is an exact value.
    """
    def num(x: float) -> str:
        return f"{x:g}" if isinstance(x, float) else str(x)

    if low is None and high is None:
        text = "unknown"
    elif low is not None and high is not None:
        text = num(low) if low == high else f"{num(low)}\u2013{num(high)}"
    elif low is not None:
        text = f"\u2265 {num(low)}"
    else:
        text = f"\u2264 {num(high)}"  # type: ignore[arg-type]
    return f"{text} {unit}" if unit else text


def statement_marks(statement: Statement) -> list[Mark]:
    """Marks for one statement: its sources (with canonical names), cue, content, medium and time."""
    names = ", ".join(s.name for s in statement.sources) or "unknown source"
    marks = [
        Mark(
            statement.content.start,
            statement.content.end,
            "content",
            f"content of {statement.id} ({statement.kind}), claimed by {names}",
            statement.id,
        ),
        Mark(
            statement.cue.start,
            statement.cue.end,
            "cue",
            f"cue: {statement.cue_lemma} ({statement.id})",
            statement.id,
        ),
    ]
    for source in statement.sources:
        marks.append(
            Mark(
                source.span.start,
                source.span.end,
                "source",
                f"source: {source.name} ({source.type}) ({statement.id})",
                statement.id,
            )
        )
    if statement.medium is not None:
        marks.append(
            Mark(statement.medium.start, statement.medium.end, "medium", f"medium ({statement.id})", statement.id)
        )
    if statement.time is not None and statement.time.expression is not None:
        expr = statement.time.expression
        marks.append(Mark(expr.start, expr.end, "time", format_time(statement.time), statement.id))
    return marks


def figure_marks(figure: Figure) -> list[Mark]:
    """Marks for one figure: its span (value, category, source) and what it counts."""
    who = figure.source_name or "no source"
    approx = ", approximate" if figure.approximate else ""
    counted = f" {figure.counted.text}" if figure.counted is not None else ""
    marks = [
        Mark(
            figure.span.start,
            figure.span.end,
            "figure",
            f"{format_value(figure.low, figure.high, figure.unit)}{approx} \u2013 "
            f"{figure.category}{counted} \u2013 source: {who}",
            figure.id,
        )
    ]
    if figure.counted is not None:
        marks.append(
            Mark(figure.counted.start, figure.counted.end, "counted", f"counted by {figure.id}: {figure.category}", figure.id)
        )
    if figure.time is not None and figure.time.expression is not None:
        expr = figure.time.expression
        marks.append(Mark(expr.start, expr.end, "time", format_time(figure.time), figure.id))
    return marks


def article_marks(extraction: Extraction, article: Article) -> list[Mark]:
    """Every mark that belongs to one article: headline, dateline, published time, statements, figures."""
    marks: list[Mark] = []
    if article.headline is not None:
        marks.append(Mark(article.headline.start, article.headline.end, "headline", "headline", f"{article.id}-headline"))
    if article.dateline is not None:
        d = article.dateline
        agencies = "/".join(d.agencies) or "no agency"
        marks.append(Mark(d.start, d.end, "dateline", f"dateline: {d.place} ({agencies})", f"{article.id}-dateline"))
    if article.published is not None and article.published.expression is not None:
        expr = article.published.expression
        marks.append(Mark(expr.start, expr.end, "time", format_time(article.published), f"{article.id}-published"))
    for statement in extraction.statements:
        if statement.article == article.id:
            marks.extend(statement_marks(statement))
    for figure in extraction.figures:
        if figure.article == article.id:
            marks.extend(figure_marks(figure))
    return marks


def article_extent(article: Article) -> tuple[int, int]:
    """The stretch of text an article covers: headline (if any) through body end, in code points."""
    start, end = article.body.start, article.body.end
    if article.headline is not None:
        start, end = min(start, article.headline.start), max(end, article.headline.end)
    if article.dateline is not None:
        start = min(start, article.dateline.start)
    if article.published is not None and article.published.expression is not None:
        end = max(end, article.published.expression.end)
    return start, end


def render_article(extraction: Extraction, article_id: str) -> Markup:
    """The marked-up HTML of one article of an extraction (see :func:`mark_up`).

    Raises:
        KeyError: if no article has ``article_id``.
    """
    article = find_article(extraction, article_id)
    start, end = article_extent(article)
    return mark_up(extraction.text, article_marks(extraction, article), start=start, end=end)


def render_all(extraction: Extraction) -> Markup:
    """The whole document text with every article's marks (the Try-it view)."""
    marks: list[Mark] = []
    for article in extraction.articles:
        marks.extend(article_marks(extraction, article))
    return mark_up(extraction.text, marks)


def find_article(extraction: Extraction, article_id: str) -> Article:
    """The article with this id. Raises KeyError if there is none."""
    for article in extraction.articles:
        if article.id == article_id:
            return article
    raise KeyError(article_id)


def time_rows(extraction: Extraction) -> list[dict[str, str]]:
    """Every time reference in the document, for the "resolved times" table.

    Returns:
        Rows ``{"ref", "expression", "value", "granularity", "anchor"}`` in text
        order; ``value`` is ``""`` where the time could not be resolved.
    """
    refs: list[tuple[str, TimeRef]] = []
    for article in extraction.articles:
        if article.published is not None:
            refs.append((article.id, article.published))
    refs.extend((s.id, s.time) for s in extraction.statements if s.time is not None)
    refs.extend((f.id, f.time) for f in extraction.figures if f.time is not None)
    rows = []
    for ref, t in sorted(refs, key=lambda r: r[1].expression.start if r[1].expression else -1):
        rows.append(
            {
                "ref": ref,
                "expression": t.expression.text if t.expression is not None else "(metadata)",
                "value": format_datetime(t.value, t.granularity),
                "granularity": t.granularity,
                "anchor": t.anchor or "",
            }
        )
    return rows

