"""One document's store rows, built where it is extracted: the writer only adds ids.

:func:`doc_rows` (pure, picklable, run in the worker processes) turns a
:class:`~claimtrack.store.write.Prepared` extraction into :class:`DocRows`: plain
tuples in the column order of the ``INSERT`` statements of
:mod:`claimtrack.store.write`, times already in the form the store's dialect binds
(:class:`~claimtrack.store.schema.UTCDateTime`), and each entity's lookup keys.
What only the store knows (row ids, the canonical entity of a name, the event) is
left out: each row says which of the document's articles, statements and entities
it refers to by position, and the writer fills in the ids. A :class:`DocRows` is
plain tuples and strings, so sending it between processes is cheap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from claimtrack.compare import entities as ent
from claimtrack.compare.events import country_of
from claimtrack.compare.keys import text_key
from claimtrack.store import schema as t
from claimtrack.store.groups import DocKeys

# Columns in the order of the rows below; the writer's ids come first.
DOCUMENT_COLUMNS = ("sha256", "path", "url", "publisher", "fetched_at", "language", "schema", "text", "warnings", "contract", "stored_at")
ARTICLE_COLUMNS = (
    "document_id", "local_id", "role", "section", "headline", "headline_start", "headline_end", "dateline_place",
    "dateline_agencies", "published", "published_expr", "body", "body_start", "body_end", "fingerprint", "sketch",
)
STATEMENT_COLUMNS = (
    "document_id", "article_id", "source_entity_id", "local_id", "source_name", "source_type", "sources", "cue",
    "cue_start", "cue_end", "cue_lemma", "content", "content_start", "content_end", "kind", "medium", "medium_start",
    "medium_end", "time_value", "time_expr", "via",
)
FIGURE_COLUMNS = (
    "document_id", "article_id", "statement_id", "claimant", "claimant_key", "local_id", "span", "span_start", "span_end",
    "low", "high", "approximate", "unit", "counted", "counted_start", "counted_end", "category", "location",
    "location_start", "location_end", "time_value", "time_expr", "source_name", "subject_key", "place_key", "refers_to",
    "evidence", "evidence_start", "evidence_end",
)
MENTION_COLUMNS = ("document_id", "entity_id", "local_id", "spans")


@dataclass(frozen=True, slots=True)
class EntityKeys:
    """One entity to find or create in the store (:func:`~claimtrack.store.write.resolve_keyed`):
    its cross-document name and type, their key, the keys to look it up by, and the
    aliases to store (with their keys) when the entity found has exactly this name."""

    name: str
    type: str
    aliases: tuple[str, ...]
    cname: str
    ctype: str
    ckey: str
    lookup: tuple[str, ...]
    own_aliases: tuple[tuple[str, str], ...]


def entity_keys(name: str, type_: str, aliases: tuple[str, ...] = ()) -> EntityKeys:
    """The :class:`EntityKeys` of a document entity (pure)."""
    cname, ctype = ent.canonical(name, type_, aliases)
    own = tuple((a, text_key(a)) for a in ent.alias_names(cname, ctype, (name, *aliases)))
    return EntityKeys(name, type_, aliases, cname, ctype, text_key(cname), tuple(ent.lookup_keys(name, type_, aliases)), own)


@dataclass(frozen=True, slots=True)
class DocRows:
    """Everything the store writes for one document, ready but for the store's ids.

    ``document``: the ``documents`` row without ``stored_at``; ``articles[i]``,
    ``statements[i]``, ``figures[i]``: rows without their leading id columns (see the
    ``*_COLUMNS``); ``statement_links[i]`` = (article position, position in ``entities``
    of its first source or -1); ``figure_links[i]`` = (article position, statement
    position or -1, entity position of its statement's first source or -1, claimant,
    claimant key); ``mentions[i]`` = (entity position, local id, spans JSON) for each
    document entity, which come first in ``entities`` (the statements' sources that
    are not among them follow). ``search[i]`` = (headline or "", body) of article i.
    ``when``: the time the document joins an event at; ``fingerprints``: its articles';
    ``countries``: the country of each gazetteer place it names (so that the writer's
    regrouping need not load the gazetteer).
    """

    dialect: str
    sha256: str
    name: str
    document: tuple
    articles: tuple[tuple, ...]
    search: tuple[tuple[str, str], ...]
    statements: tuple[tuple, ...]
    statement_links: tuple[tuple[int, int], ...]
    figures: tuple[tuple, ...]
    figure_links: tuple[tuple[int, int, int, str | None, str], ...]
    entities: tuple[EntityKeys, ...]
    mentions: tuple[tuple[int, str, str], ...]
    when: datetime | None
    fingerprints: tuple[str, ...]
    groups: DocKeys | None
    countries: tuple[tuple[str, str | None], ...] = ()  # the country of each gazetteer place it names


@cache
def time_writer(dialect: str):  # type: ignore[no-untyped-def]
    """The function that turns an aware datetime into what ``dialect`` stores (the store's own
    :class:`~claimtrack.store.schema.UTCDateTime` processing; ``ValueError`` for a naive one)."""
    from sqlalchemy.dialects.postgresql import psycopg
    from sqlalchemy.dialects.sqlite import pysqlite

    d = pysqlite.dialect() if dialect == "sqlite" else psycopg.dialect()
    process = t.TS.dialect_impl(d).bind_processor(d)
    return process if process is not None else (lambda v: v)


def _span(s):  # type: ignore[no-untyped-def]
    return (s.text, s.start, s.end) if s is not None else (None, None, None)


def doc_rows(p, dialect: str) -> DocRows:  # type: ignore[no-untyped-def]
    """The :class:`DocRows` of a :class:`~claimtrack.store.write.Prepared` extraction for a store of ``dialect``.

    Raises:
        ValueError: a naive time (the store keeps aware times only).
    """
    x = p.extraction
    ts = time_writer(dialect)
    flag = int if dialect == "sqlite" else bool  # SQLite keeps a Boolean as 0/1; pysqlite binds an int without an adapter lookup

    def when(v: datetime | None):  # type: ignore[no-untyped-def]
        return ts(v) if v is not None else None

    def ref(r):  # type: ignore[no-untyped-def]
        if r is None:
            return None, None
        return when(r.value), (r.expression.text if r.expression else None)

    doc = (
        x.source.sha256, x.source.path, x.source.url, p.publisher, when(x.source.fetched_at), x.language, x.schema,
        x.text, json.dumps(list(x.warnings), ensure_ascii=False), p.contract,
    )
    article_at = {a.id: i for i, a in enumerate(x.articles)}
    arts = tuple(
        (
            a.id, a.role, a.section, *_span(a.headline),
            a.dateline.place if a.dateline else None, "/".join(a.dateline.agencies) if a.dateline else None,
            *ref(a.published), *_span(a.body), fp, sh,
        )
        for a, (fp, sh) in zip(x.articles, p.articles)
    )
    search = tuple((a.headline.text if a.headline else "", a.body.text) for a in x.articles)

    entities = [entity_keys(e.name, e.type, e.aliases) for e in x.entities]
    at = {}  # (type, key of a name or alias) -> position in entities
    for i, e in enumerate(x.entities):
        for alias in (e.name, *e.aliases):
            at[(e.type, text_key(alias))] = i
    for s in x.statements:  # sources that are not among the document's entities are entities of their own
        if s.sources and (s.sources[0].type, text_key(s.sources[0].name)) not in at:
            at[(s.sources[0].type, text_key(s.sources[0].name))] = len(entities)
            entities.append(entity_keys(s.sources[0].name, s.sources[0].type))
    statement_at, source_of = {}, {}
    sts, st_links = [], []
    for i, (s, sources) in enumerate(zip(x.statements, p.sources)):
        first = s.sources[0] if s.sources else None
        source = at[(first.type, text_key(first.name))] if first is not None else -1
        statement_at[s.id], source_of[s.id] = i, source
        st_links.append((article_at[s.article], source))
        sts.append((
            s.id, first.name if first else None, first.type if first else None, sources, *_span(s.cue), s.cue_lemma,
            *_span(s.content), s.kind, *_span(s.medium), *ref(s.time), s.via,
        ))
    figs, fig_links = [], []
    for f, k in zip(x.figures, p.figures):
        statement = statement_at.get(f.statement, -1) if f.statement else -1
        fig_links.append((article_at[f.article], statement, source_of.get(f.statement, -1) if f.statement else -1, k.claimant, k.claimant_key))
        figs.append((
            f.id, *_span(f.span), f.low, f.high, flag(f.approximate), f.unit, *_span(f.counted), f.category,
            *_span(f.location), *ref(f.time), f.source_name, k.subject_key, k.place_key, when(k.refers_to),
            *_span(k.evidence),
        ))
    mentions = tuple((i, e.id, spans) for i, (e, spans) in enumerate(zip(x.entities, p.mentions)))
    published = [a.published.value for a in x.articles if a.published and a.published.value]
    return DocRows(
        dialect, x.source.sha256, x.source.path or x.source.url or f"sha256:{x.source.sha256}", doc, arts, search,
        tuple(sts), tuple(st_links), tuple(figs), tuple(fig_links), tuple(entities), mentions,
        min(published, default=None) or x.source.fetched_at, tuple(fp for fp, _ in p.articles), p.groups,
        tuple((pid, country_of(pid)) for pid, _ in p.groups.places if pid.startswith("geo:")) if p.groups else (),
    )
