"""What the pages show, gathered from the store's read API into plain values for templates.

Nothing here writes HTML except through :mod:`claimtrack.web.render` (escaped);
everything else is handed to autoescaping Jinja2 templates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from markupsafe import Markup
from sqlalchemy import Engine, select

from claimtrack.compare.groups import FigureGroup
from claimtrack.isotime import calendar_date
from claimtrack.model import Article, Extraction
from claimtrack.serialize import extraction_from_dict
from claimtrack.store import queries as q
from claimtrack.web import render


def article_url(document_id: int, local_id: str) -> str:
    """The page of one article: ``/documents/<document id>/articles/<a0>``."""
    return f"/documents/{document_id}/articles/{local_id}"


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """Everything the article page shows about one article of a stored document."""

    document: q.DocumentView
    extraction: Extraction
    article: Article
    marked: Markup
    statements: tuple[Any, ...]
    figures: tuple[Any, ...]
    times: list[dict[str, str]]
    teasers: list[tuple[Article, str]]  # (teaser, link) in page order
    main_url: str | None  # link to the page's main article when this is a teaser


def article_page(engine: Engine, document_id: int, local_id: str) -> ArticlePage | None:
    """The article ``local_id`` ("a0") of stored document ``document_id``; ``None`` if either is missing."""
    doc = q.get_document(engine, document_id)
    if doc is None:
        return None
    extraction = extraction_from_dict(doc.extraction)
    try:
        article = render.find_article(extraction, local_id)
    except KeyError:
        return None
    teasers = [(a, article_url(document_id, a.id)) for a in extraction.articles if a.role == "teaser"]
    main = next((a for a in extraction.articles if a.role == "main"), None)
    in_article = {article.id}
    return ArticlePage(
        document=doc,
        extraction=extraction,
        article=article,
        marked=render.render_article(extraction, local_id),
        statements=tuple(s for s in extraction.statements if s.article in in_article),
        figures=tuple(f for f in extraction.figures if f.article in in_article),
        times=[row for row in render.time_rows(extraction)],
        teasers=teasers,
        main_url=article_url(document_id, main.id) if main is not None and main.id != local_id else None,
    )


def figure_articles(engine: Engine, figure_ids: Sequence[int]) -> dict[int, tuple[int, str, str]]:
    """Where stored figures sit: ``{figure id: (document id, article local id, figure local id)}``.

    One query; ids that are not stored are left out. (The store's read API has no
    such lookup yet; this belongs in :mod:`claimtrack.store.queries`.)
    """
    from claimtrack.store import schema as t

    f, a = t.figures.c, t.articles.c
    out: dict[int, tuple[int, str, str]] = {}
    ids = list(dict.fromkeys(figure_ids))
    with engine.connect() as conn:
        for i in range(0, len(ids), 500):
            rows = conn.execute(
                select(f.id, f.document_id, a.local_id, f.local_id)
                .join(t.articles, a.id == f.article_id)
                .where(f.id.in_(ids[i : i + 500]))
            )
            for fid, doc_id, art, loc in rows:
                out[fid] = (doc_id, art, loc)
    return out


def group_page(engine: Engine, group: FigureGroup) -> tuple[dict[str, Any], dict[str, Any]]:
    """The figures page of one group: ``(table, chart)``.

    ``table`` has ``title``, ``category``, ``subject``, ``place``, ``disagree`` and
    ``rows`` (one per claim, newest first: ``source``, ``publisher``, ``value``,
    ``time``, ``sentence``, ``links`` to the articles that printed it, ``disagrees``
    when its claimant is in a disagreement, ``revised`` when a newer claim of the
    same claimant replaced it). ``chart`` is JSON-ready: ``{"unit", "series": [{"label",
    "points": [{"x": epoch milliseconds, "low", "high", "text"}]}]}``, one series per
    source, claims without a time left out of the chart (they stay in the table).
    """
    disagreeing = {d.claimant_a for d in group.disagreements} | {d.claimant_b for d in group.disagreements}
    where = figure_articles(engine, [i for c in group.claims for i in c.figure_ids])
    seen: set[str | None] = set()
    rows = []
    series: dict[str, list[dict[str, Any]]] = {}
    for index, claim in enumerate(group.claims):  # newest first
        source = claim.claimant or "unknown source"
        links = []
        for fid in claim.figure_ids:
            if fid in where:
                doc_id, art, loc = where[fid]
                links.append(f"{article_url(doc_id, art)}#fig-{loc}")
        rows.append(
            {
                "id": f"c{index}",
                "figure_ids": ",".join(str(i) for i in claim.figure_ids),
                "source": source,
                "publisher": ", ".join(claim.publishers),
                "value": render.format_value(claim.low, claim.high, group.unit),
                "time": render.format_datetime(claim.first_seen),
                "sentence": claim.evidence,
                "links": links,
                "disagrees": claim.claimant in disagreeing and claim.claimant not in seen,
                "revised": claim.claimant in seen,
            }
        )
        seen.add(claim.claimant)
        if claim.first_seen is not None:
            series.setdefault(source, []).append(
                {
                    "x": int(claim.first_seen.timestamp() * 1000),
                    "low": claim.low,
                    "high": claim.high,
                    "text": render.format_value(claim.low, claim.high, group.unit),
                }
            )
    subject = group.subject or ""
    title = " ".join(x for x in (group.category.replace("_", " "), subject, f"in {group.place}" if group.place else "") if x)
    table = {
        "id": group.id,
        "title": title,
        "category": group.category,
        "subject": subject,
        "place": group.place or "",
        "disagree": group.disagreement,
        "disagreements": group.disagreements,
        "revisions": group.revisions,
        "rows": rows,
    }
    chart = {
        "unit": group.unit,
        "series": [{"label": label, "points": sorted(points, key=lambda p: p["x"])} for label, points in series.items()],
    }
    return table, chart


def day_start(value: str, *, end: bool = False) -> datetime | None:
    """A ``YYYY-MM-DD`` form value as the start of that day (the next day's start with ``end``)
    in the server's local zone, as the command line's ``--since`` and the API read a date.

    Returns ``None`` for an empty or malformed value.
    """
    day = calendar_date(value)
    return None if day is None else q.day_start(day, end=end)
