"""The store's read API, for the CLI and the web app.

Every function takes an :class:`~sqlalchemy.Engine` from
:func:`claimtrack.store.connect` first and returns plain frozen dataclasses
(``dataclasses.asdict`` turns any of them into JSON-ready dicts apart from
datetimes), ``None`` for an id that is not there. Lists come as a :class:`Page`
(``items``, ``total``, ``limit``, ``offset``). Offsets inside rows (``*_start``,
``*_end``) are code points into the document text, end-exclusive, as in output
contract v1. Ids are the store's integer ids, except figure groups, whose ids are
stable 16-character hex strings (see :mod:`claimtrack.compare.groups`).

Filters (all optional, combined with AND) are a :class:`Filters` or a dict with
the same keys:

* ``since`` / ``until``: a timezone-aware datetime; documents by fetch time,
  figures and groups by the time they refer to; ``until`` is exclusive (a plain
  date is turned into times by :func:`day_start`, one rule for CLI, API and web page);
* ``language``: ``"nl"``; ``publisher``: an outlet host (``"example.nl"``);
* ``category``: a figure category (``"killed"``); ``source``: a statement or figure
  source name, matched by whole words in any case (``"kerrigan"`` finds "Tomas
  Kerrigan"); ``document_id``: one document.

Full-text ``search`` uses SQLite FTS5 (``MATCH``, bm25 rank, diacritics folded;
the words of the query are ANDed, each as a prefix) or PostgreSQL
``plainto_tsquery('simple', ...)`` with ``ts_rank``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import Engine, Float, Integer, Text, and_, false, func, or_, select, text

from claimtrack.compare.groups import (
    DEFAULT_WINDOW,
    FigureGroup,
    FigureRecord,
    group_figures,
)
from claimtrack.compare.keys import text_key
from claimtrack.store import schema as t
from claimtrack.store.records import figure_fields, record_columns, row_class, row_columns

T = TypeVar("T")


def day_start(day: date, *, end: bool = False) -> datetime:
    """Midnight at the start of ``day`` (with ``end``: of the day after) in this machine's
    local zone: what a plain date means in ``--since``, the API's ``since=``/``until=`` and
    the web page's forms, so that ``until=DATE`` (exclusive) takes in all of that day."""
    if end:
        day += timedelta(days=1)
    return datetime.combine(day, time()).astimezone()


def empty_window(since: datetime | None, until: datetime | None, shown: tuple[str, str]) -> str | None:
    """Why no time can match when ``since`` is not before ``until`` (swapped, most likely), else
    None: the answer would be an empty list without a word. ``shown`` names the two as the user
    gave them (``--since 2026-01-16``); one sentence for CLI, API and page."""
    if since is None or until is None or since < until:
        return None
    return f"{shown[0]} is not before {shown[1]}: no time lies between them (swapped?)"


@dataclass(frozen=True, slots=True)
class Filters:
    """What to narrow a listing to; every field optional (see the module docstring)."""

    since: datetime | None = None
    until: datetime | None = None
    language: str | None = None
    publisher: str | None = None
    category: str | None = None
    source: str | None = None
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a listing: ``items`` and the ``total`` number of matches."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A stored document without its text."""

    id: int
    sha256: str
    url: str | None
    path: str | None
    publisher: str | None
    fetched_at: datetime | None
    stored_at: datetime
    language: str
    articles: int
    statements: int
    figures: int
    headline: str | None = None  # the main article's headline (of article a0)


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A stored document with its text and its whole contract object (``extraction``)."""

    id: int
    sha256: str
    url: str | None
    path: str | None
    publisher: str | None
    fetched_at: datetime | None
    stored_at: datetime
    language: str
    text: str
    warnings: tuple[str, ...]
    extraction: dict[str, Any]  # output contract v1, "text" included


@dataclass(frozen=True, slots=True)
class ArticleHit:
    """A search result: an article, where it was printed, and a snippet of its text."""

    article_id: int
    document_id: int
    local_id: str
    role: str
    headline: str | None
    snippet: str
    url: str | None
    publisher: str | None
    fetched_at: datetime | None
    published: datetime | None
    rank: float


@dataclass(frozen=True, slots=True)
class StatementRow:
    """A stored statement (attribution: source, cue, content) with offsets into its document."""

    id: int
    document_id: int
    article_id: int
    local_id: str
    source_name: str | None
    source_type: str | None
    source_entity_id: int | None
    sources: tuple[dict[str, Any], ...]
    cue: str
    cue_start: int
    cue_end: int
    cue_lemma: str
    content: str
    content_start: int
    content_end: int
    kind: str
    medium: str | None
    time_value: datetime | None
    time_expr: str | None
    publisher: str | None
    url: str | None


#: A stored figure: the store's ids, :class:`~claimtrack.model.Figure`'s fields as the
#: table keeps them (:func:`~claimtrack.store.records.figure_fields`), then what the
#: store adds (comparison claimant and time, evidence sentence, document).
FigureRow = row_class(
    "FigureRow",
    "A stored figure with its comparison keys and evidence sentence.",
    [("id", int), ("document_id", int), ("article_id", int), ("statement_id", int | None), ("local_id", str)]
    + figure_fields()
    + [
        ("claimant", str | None),
        ("refers_to", datetime | None),
        ("evidence", str | None),
        ("evidence_start", int | None),
        ("evidence_end", int | None),
        ("publisher", str | None),
        ("url", str | None),
    ],
    __name__,
)


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article with its statements and figures."""

    id: int
    document_id: int
    local_id: str
    role: str
    section: str | None
    headline: str | None
    dateline_place: str | None
    dateline_agencies: str | None
    published: datetime | None
    published_expr: str | None
    body: str
    body_start: int
    body_end: int
    url: str | None
    publisher: str | None
    statements: tuple[StatementRow, ...]
    figures: tuple[FigureRow, ...]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """A canonical entity: name, type, aliases and how many documents mention it."""

    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    documents: int


@dataclass(frozen=True, slots=True)
class EntityView:
    """A canonical entity with the statements it is the source of (newest first, at most 100)."""

    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    documents: tuple[DocumentRow, ...]
    statements: tuple[StatementRow, ...] = field(default=())


def _filters(f: Filters | dict[str, Any] | None) -> Filters:
    if f is None:
        return Filters()
    if isinstance(f, Filters):
        return f
    return Filters(**f)


def _doc_conditions(f: Filters, time_col) -> list:  # type: ignore[no-untyped-def]
    d = t.documents.c
    conds = []
    if f.since is not None:
        conds.append(time_col >= f.since)
    if f.until is not None:
        conds.append(time_col < f.until)
    if f.language:
        conds.append(d.language == f.language)
    if f.publisher:
        conds.append(d.publisher == f.publisher)
    if f.document_id is not None:
        conds.append(d.id == f.document_id)
    return conds


# ---------------------------------------------------------------- documents


def counts(engine: Engine) -> dict[str, int]:
    """Row counts: documents, articles, statements, figures, entities, rejects."""
    out = {}
    with engine.connect() as conn:
        for name in ("documents", "articles", "statements", "figures", "entities", "rejects"):
            out[name] = conn.execute(select(func.count()).select_from(t.metadata.tables[name])).scalar_one()
    return out


def list_documents(
    engine: Engine, filters: Filters | dict | None = None, *, limit: int = 50, offset: int = 0
) -> Page[DocumentRow]:
    """Documents newest fetched first (then newest stored), with their counts of articles, statements, figures."""
    f = _filters(filters)
    conds = _doc_conditions(f, t.documents.c.fetched_at)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(t.documents).where(and_(True, *conds))).scalar_one()
    return Page(tuple(_document_rows(engine, conds, limit, offset)), total, limit, offset)


def _document_rows(engine: Engine, conds: list, limit: int | None = None, offset: int = 0) -> list[DocumentRow]:
    d = t.documents.c
    n_art = select(func.count()).where(t.articles.c.document_id == d.id).scalar_subquery()
    n_st = select(func.count()).where(t.statements.c.document_id == d.id).scalar_subquery()
    n_fig = select(func.count()).where(t.figures.c.document_id == d.id).scalar_subquery()
    a = t.articles.c
    head = select(a.headline).where(a.document_id == d.id, a.local_id == "a0").scalar_subquery()
    q = (
        select(d.id, d.sha256, d.url, d.path, d.publisher, d.fetched_at, d.stored_at, d.language, n_art, n_st, n_fig,
               head)
        .where(and_(True, *conds))
        .order_by(d.fetched_at.desc().nulls_last(), d.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with engine.connect() as conn:
        return [DocumentRow(*r) for r in conn.execute(q)]


def get_document(engine: Engine, document_id: int | str) -> DocumentView | None:
    """One document by store id or by sha256 (64 hex characters), with its contract object."""
    d = t.documents.c
    cond = d.sha256 == document_id if isinstance(document_id, str) else d.id == document_id
    with engine.connect() as conn:
        r = conn.execute(select(t.documents).where(cond)).mappings().first()
    if r is None:
        return None
    extraction = json.loads(r["contract"])
    extraction["text"] = r["text"]
    return DocumentView(
        id=r["id"],
        sha256=r["sha256"],
        url=r["url"],
        path=r["path"],
        publisher=r["publisher"],
        fetched_at=r["fetched_at"],
        stored_at=r["stored_at"],
        language=r["language"],
        text=r["text"],
        warnings=tuple(json.loads(r["warnings"])),
        extraction=extraction,
    )


# ---------------------------------------------------------------- search

_WORD = re.compile(r"\w+", re.UNICODE)


def search(
    engine: Engine,
    query: str,
    filters: Filters | dict | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Page[ArticleHit]:
    """Articles whose headline or body match all words of ``query``, best match first.

    An empty query (no word characters) matches nothing. Snippets are the first 200
    characters of the body (SQLite: FTS5 ``snippet()`` around the match).
    """
    words = _WORD.findall(query)
    if not words:
        return Page((), 0, limit, offset)
    f = _filters(filters)
    a, d = t.articles.c, t.documents.c
    conds = _doc_conditions(f, d.fetched_at)
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            match = " ".join('"' + w.replace('"', "") + '"*' for w in words)
            fts = text(
                "SELECT rowid AS id, bm25(articles_fts) AS rank, "
                "snippet(articles_fts, 1, '', '', ' … ', 24) AS snip "
                "FROM articles_fts WHERE articles_fts MATCH :m"
            ).columns(id=Integer, rank=Float, snip=Text).bindparams(m=match).subquery("fts")
            q = (
                select(a.id, a.document_id, a.local_id, a.role, a.headline, fts.c.snip, d.url, d.publisher,
                       d.fetched_at, a.published, -fts.c.rank)
                .join(fts, fts.c.id == a.id)
                .join(t.documents, t.documents.c.id == a.document_id)
                .where(and_(True, *conds))
                .order_by(fts.c.rank, a.id)
            )
        else:
            tsq = func.plainto_tsquery("simple", " ".join(words))
            tsv = text("articles.tsv")
            rank = func.ts_rank(tsv, tsq)
            body = func.substr(d.text, a.body_start + 1, 200)
            q = (
                select(a.id, a.document_id, a.local_id, a.role, a.headline, body, d.url, d.publisher,
                       d.fetched_at, a.published, rank)
                .join(t.documents, t.documents.c.id == a.document_id)
                .where(text("articles.tsv @@ plainto_tsquery('simple', :q)").bindparams(q=" ".join(words)), *conds)
                .order_by(rank.desc(), a.id)
            )
        total = conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
        rows = conn.execute(q.limit(limit).offset(offset)).all()
    return Page(tuple(ArticleHit(*r[:10], float(r[10])) for r in rows), total, limit, offset)


# ---------------------------------------------------------------- articles, statements, figures


def _statement_select():  # type: ignore[no-untyped-def]
    s, d = t.statements.c, t.documents.c
    return select(
        s.id, s.document_id, s.article_id, s.local_id, s.source_name, s.source_type, s.source_entity_id,
        s.sources, s.cue, s.cue_start, s.cue_end, s.cue_lemma, s.content, s.content_start, s.content_end,
        s.kind, s.medium, s.time_value, s.time_expr, d.publisher, d.url,
    ).join(t.documents, d.id == s.document_id)


def _statement_row(r) -> StatementRow:  # type: ignore[no-untyped-def]
    values = list(r)
    values[7] = tuple(json.loads(values[7]))
    return StatementRow(*values)


def _figure_select():  # type: ignore[no-untyped-def]
    d = t.documents.c
    return select(*row_columns(FigureRow)).join(t.documents, d.id == t.figures.c.document_id)


def get_article(engine: Engine, article_id: int) -> ArticleView | None:
    """One article with its body text, statements and figures (in document order)."""
    a, d = t.articles.c, t.documents.c
    with engine.connect() as conn:
        r = conn.execute(
            select(a.id, a.document_id, a.local_id, a.role, a.section, a.headline, a.dateline_place,
                   a.dateline_agencies, a.published, a.published_expr, d.text, a.body_start, a.body_end,
                   d.url, d.publisher)
            .join(t.documents, d.id == a.document_id)
            .where(a.id == article_id)
        ).first()
        if r is None:
            return None
        sts = conn.execute(
            _statement_select().where(t.statements.c.article_id == article_id).order_by(t.statements.c.cue_start)
        ).all()
        figs = conn.execute(
            _figure_select().where(t.figures.c.article_id == article_id).order_by(t.figures.c.span_start)
        ).all()
    body = r[10][r[11] : r[12]]
    return ArticleView(
        *r[:10], body, r[11], r[12], r[13], r[14],
        statements=tuple(_statement_row(x) for x in sts),
        figures=tuple(FigureRow(*x) for x in figs),
    )


def list_statements(
    engine: Engine,
    filters: Filters | dict | None = None,
    *,
    entity_id: int | None = None,
    query: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[StatementRow]:
    """Statements, newest document first, in text order within a document.

    ``entity_id`` keeps the statements whose first source is that canonical entity;
    ``query`` the statements whose content holds every word of it (full text: the
    article index narrows, then each word is looked for in the content; a query
    without words matches nothing).
    """
    f = _filters(filters)
    s, d = t.statements.c, t.documents.c
    conds = _doc_conditions(f, d.fetched_at)
    if f.source:
        conds.extend(_has_words(s.source_name, f.source))
    if query is not None:
        conds.append(_statement_match(engine, query))
    if entity_id is not None:
        conds.append(s.source_entity_id == entity_id)
    q = _statement_select().where(and_(True, *conds))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
        rows = conn.execute(
            q.order_by(d.fetched_at.desc().nulls_last(), s.document_id.desc(), s.cue_start).limit(limit).offset(offset)
        ).all()
    return Page(tuple(_statement_row(r) for r in rows), total, limit, offset)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _has_words(column, words: str) -> list:  # type: ignore[no-untyped-def]
    """Conditions: ``column`` holds each of ``words`` as a whole word, in any case."""
    padded = " " + func.lower(func.coalesce(column, "")) + " "
    return [
        padded.like(f"% {_like_escape(w.lower())} %", escape="\\")
        for w in _WORD.findall(words)
    ] or [false()]


def _statement_match(engine: Engine, query: str):  # type: ignore[no-untyped-def]
    """Statements whose content holds every word of ``query`` (see :func:`list_statements`)."""
    words = _WORD.findall(query)
    if not words:
        return false()
    s = t.statements.c
    if engine.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', "") + '"*' for w in words)
        in_articles = s.article_id.in_(
            text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m").bindparams(m=match)
        )
        return and_(in_articles, *(func.lower(s.content).like(f"%{_like_escape(w.lower())}%", escape="\\")
                                   for w in words))
    return func.to_tsvector("simple", s.content).op("@@")(func.plainto_tsquery("simple", " ".join(words)))


def _figure_conditions(f: Filters, query: str | None) -> list:  # type: ignore[no-untyped-def]
    fc = t.figures.c
    conds = _doc_conditions(f, fc.refers_to)
    if f.category:
        conds.append(fc.category == f.category)
    if f.source:
        conds.extend(_has_words(fc.claimant_key, text_key(f.source)))
    if query:
        for word in text_key(query).split():
            like = f"%{word}%"
            conds.append(or_(fc.subject_key.like(like), fc.place_key.like(like), fc.claimant_key.like(like),
                             fc.category.like(like)))
    return conds


def list_figures(
    engine: Engine,
    query: str | None = None,
    filters: Filters | dict | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
) -> Page[FigureRow]:
    """Figures, newest (by the time they refer to) first.

    ``query``: words that must each occur in the counted subject, place, claimant
    or category (folded as :func:`~claimtrack.compare.keys.text_key`).
    """
    f = _filters(filters)
    conds = _figure_conditions(f, query)
    q = _figure_select().where(and_(True, *conds))
    fc = t.figures.c
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
        rows = conn.execute(
            q.order_by(fc.refers_to.desc().nulls_last(), fc.document_id.desc(), fc.span_start).limit(limit).offset(offset)
        ).all()
    return Page(tuple(FigureRow(*r) for r in rows), total, limit, offset)


# ---------------------------------------------------------------- figure groups


def figure_records(
    engine: Engine, query: str | None = None, filters: Filters | dict | None = None
) -> list[FigureRecord]:
    """The figures matching ``query``/``filters`` as :class:`FigureRecord` values for grouping.

    With a query or a category, every figure of the same categories is read too, so
    that a group is never cut in half by the query.
    """
    f = _filters(filters)
    fc, d, a = t.figures.c, t.documents.c, t.articles.c
    conds = _figure_conditions(f, query)
    if query or f.category or f.source:
        cats = select(fc.category).join(t.documents, d.id == fc.document_id).where(and_(True, *conds)).distinct()
        keep = [fc.category.in_(cats), fc.subject_key != ""]
        keep += _doc_conditions(Filters(since=f.since, until=f.until, language=f.language), fc.refers_to)
    else:
        keep = [*conds, fc.subject_key != ""]
    q = (
        select(*record_columns())
        .join(t.documents, d.id == fc.document_id)
        .join(t.articles, a.id == fc.article_id)
        .where(and_(True, *keep))
    )
    with engine.connect() as conn:
        rows = conn.execute(q).mappings().all()
    return [FigureRecord(**{**r, "evidence": r["evidence"] or ""}) for r in rows]


def list_groups(
    engine: Engine,
    query: str | None = None,
    filters: Filters | dict | None = None,
    *,
    only_conflicts: bool = False,
    window: timedelta = DEFAULT_WINDOW,
    limit: int = 50,
    offset: int = 0,
) -> Page[FigureGroup]:
    """Figure groups newest first, each with its claims, revisions and disagreements.

    With ``query``/``filters``, the groups holding at least one matching figure.
    Groups are kept in the store (:mod:`claimtrack.store.groups`, updated on
    ingest); a read builds only the groups of the page it returns. ``window`` is
    kept for callers; events decide what is compared now.
    """
    from claimtrack.store import groups as kept

    f = _filters(filters)
    _groups_kept(engine)
    within = None
    if query or any(getattr(f, k) is not None for k in ("since", "until", "language", "publisher", "category", "source", "document_id")):
        wanted = {fr.id for fr in list_figures(engine, query, f, limit=10**9).items}
        within = kept.groups_of_figures(engine, wanted)
    ids, total = kept.group_ids(engine, only_conflicts=only_conflicts, within=within, limit=limit, offset=offset)
    return Page(tuple(kept.build_groups(engine, ids)), total, limit, offset)


def _groups_kept(engine: Engine) -> None:
    """Group the documents that are in no group yet (a store of an older release, a bulk load).

    Raises:
        StoreReadOnly: there are such documents and the store was opened read-only.
    """
    from claimtrack.store import groups as kept
    from claimtrack.store.db import is_read_only

    if kept.is_current(engine):
        return
    if is_read_only(engine):
        from claimtrack.errors import StoreReadOnly

        raise StoreReadOnly(
            "the store holds documents that are not in figure groups yet, and it is read-only for you: "
            "someone who may write it runs 'claimtrack regroup --db ...' once"
        )
    kept.catch_up(engine)


def conflicts(
    engine: Engine,
    query: str | None = None,
    filters: Filters | dict | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
) -> Page[FigureGroup]:
    """Only the figure groups where two claimants disagree (see :func:`list_groups`)."""
    return list_groups(engine, query, filters, only_conflicts=True, limit=limit, offset=offset)


def get_group(engine: Engine, group_id: str, *, window: timedelta = DEFAULT_WINDOW) -> FigureGroup | None:
    """One figure group by its id, ``None`` when no group has it (any more)."""
    from claimtrack.store import groups as kept

    _groups_kept(engine)
    found = kept.build_groups(engine, [group_id])
    return found[0] if found else None


# ---------------------------------------------------------------- entities


def _aliases(conn, ids: list[int]) -> dict[int, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    out: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        ea = t.entity_aliases.c
        for eid, alias in conn.execute(
            select(ea.entity_id, ea.alias).where(ea.entity_id.in_(ids)).order_by(ea.entity_id, ea.id)
        ):
            out[eid].append(alias)
    return {k: tuple(v) for k, v in out.items()}


def list_entities(
    engine: Engine,
    query: str | None = None,
    *,
    type: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[EntityRow]:
    """Canonical entities, most mentioned first; ``query`` matches a word of any alias (folded)."""
    e, m, ea = t.entities.c, t.mentions.c, t.entity_aliases.c
    conds = []
    if type:
        conds.append(e.type == type)
    if query:
        for word in text_key(query).split():
            conds.append(e.id.in_(select(ea.entity_id).where(ea.key.like(f"%{word}%"))))
    ndocs = select(func.count(func.distinct(m.document_id))).where(m.entity_id == e.id).scalar_subquery()
    q = select(e.id, e.name, e.type, ndocs.label("n")).where(and_(True, *conds))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
        rows = conn.execute(q.order_by(text("n DESC"), e.id).limit(limit).offset(offset)).all()
        aliases = _aliases(conn, [r[0] for r in rows])
    return Page(tuple(EntityRow(r[0], r[1], r[2], aliases[r[0]], r[3]) for r in rows), total, limit, offset)


def get_entity(engine: Engine, entity_id: int) -> EntityView | None:
    """One canonical entity with its aliases, the documents that mention it and its statements."""
    e, m, d = t.entities.c, t.mentions.c, t.documents.c
    with engine.connect() as conn:
        r = conn.execute(select(e.id, e.name, e.type).where(e.id == entity_id)).first()
        if r is None:
            return None
        aliases = _aliases(conn, [entity_id])[entity_id]
        doc_ids = select(m.document_id).where(m.entity_id == entity_id).union(
            select(t.statements.c.document_id).where(t.statements.c.source_entity_id == entity_id)
        )
        ids = sorted({x for (x,) in conn.execute(doc_ids)})
    docs = tuple(_document_rows(engine, [d.id.in_(ids)])) if ids else ()
    statements = list_statements(engine, entity_id=entity_id, limit=100).items
    return EntityView(r[0], r[1], r[2], aliases, docs, statements)


# ---------------------------------------------------------------- rejects


@dataclass(frozen=True, slots=True)
class RejectRow:
    """An input that could not be read, and why."""

    id: int
    source: str
    reason: str
    rejected_at: datetime


def list_rejects(engine: Engine, *, limit: int = 50, offset: int = 0) -> Page[RejectRow]:
    """Rejected inputs, newest first."""
    r = t.rejects.c
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(t.rejects)).scalar_one()
        rows = conn.execute(
            select(r.id, r.source, r.reason, r.rejected_at).order_by(r.id.desc()).limit(limit).offset(offset)
        ).all()
    return Page(tuple(RejectRow(*x) for x in rows), total, limit, offset)
