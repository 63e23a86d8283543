"""Write one :class:`~claimtrack.model.Extraction` to the store, in one transaction.

:func:`prepare` (pure, picklable, run in the worker processes) computes what the
comparison needs beside the contract values: each article's body fingerprint and
sketch, each figure's claimant, subject, place and time keys and its evidence
sentence. :func:`store_extraction` writes it: documents, articles (and the
full-text index), entities (matched to the store's canonical entities), mentions,
statements, figures. It is idempotent by the document's sha256: a document
already stored is skipped, so a run killed at any moment and started again ends
with the same rows as one clean run.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import PurePath
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, bindparam, insert, select, text
from sqlalchemy.exc import IntegrityError

from claimtrack.compare import entities as ent
from claimtrack.compare.keys import place_key, subject_key, text_key
from claimtrack.store.groups import DocKeys, FigureInput, document_keys, regroup_batch
from claimtrack.store.groups import maintain as maintain_groups
from claimtrack.compare.syndication import fingerprint, sketch
from claimtrack.model import Article, Extraction, Figure, Span, TimeRef
from claimtrack.sentences import split_sentences
from claimtrack.serialize import to_plain
from claimtrack.store import schema as t


@dataclass(frozen=True, slots=True)
class FigureKeys:
    """What the comparison needs of one figure, computed once (see :mod:`claimtrack.compare.keys`)."""

    claimant: str | None
    claimant_key: str
    subject_key: str
    place_key: str
    refers_to: datetime | None
    evidence: Span


@dataclass(frozen=True, slots=True)
class Prepared:
    """An extraction ready to store, everything costly computed (in a worker) by :func:`prepare`.

    ``articles[i]`` is ``(fingerprint, sketch)`` of ``extraction.articles[i]``;
    ``figures[i]`` the keys of ``extraction.figures[i]``; ``contract`` the contract
    object without ``text`` as JSON; ``sources[i]``/``mentions[i]`` the JSON of
    statement ``i``'s sources and entity ``i``'s mentions.
    """

    extraction: Extraction
    publisher: str | None
    articles: tuple[tuple[str, str], ...]
    figures: tuple[FigureKeys, ...]
    contract: str  # the contract object without "text", as JSON
    sources: tuple[str, ...]  # per statement: its sources as JSON
    mentions: tuple[str, ...]  # per entity: its mention spans as JSON
    groups: DocKeys | None = None  # what figure grouping needs (claimtrack.store.groups.document_keys)


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What :func:`store_extraction` did: ``stored`` is ``False`` when the sha256 was there already."""

    document_id: int
    stored: bool
    articles: int = 0
    statements: int = 0
    figures: int = 0
    entities: int = 0


def publisher_of(url: str | None) -> str | None:
    """The outlet that printed a page: its URL host, lower case, without ``www.``; ``None`` without a URL."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None


def local_publisher(path: str | None) -> str | None:
    """Who printed a local file, as far as the file says: the file holding an item
    (``feed.xml`` for ``feed.xml#entry=2``), else the folder it lies in, else its name."""
    if not path:
        return None
    file, _, fragment = path.partition("#")
    p = PurePath(file)
    if fragment or p.parent.name in ("", ".", ".."):
        return p.name or None
    return p.parent.name


def _sentence_around(x: Extraction, starts: list[int], span: Span, article: Article | None) -> Span:
    """The sentence holding ``span``: one the pipeline analysed (``x.sentences``, whose
    sorted starts are ``starts``), else split here from the article's headline or
    body, whichever holds it (the whole text when neither does)."""
    i = bisect_right(starts, span.start) - 1
    if i >= 0 and x.sentences[i].start <= span.start and span.end <= x.sentences[i].end:
        return x.sentences[i]
    text, language = x.text, x.language
    parts = [p for p in ((article.headline, article.body) if article else ()) if p is not None]
    within = next((p for p in parts if p.contains(span)), Span.of(text, 0, len(text)))
    for sentence in split_sentences(text, within, language):
        if sentence.start <= span.start and span.end <= sentence.end:
            return sentence
    return within


def prepare(extraction: Extraction) -> Prepared:
    """The comparison keys of an extraction (pure; no database).

    A figure's claimant is its ``source_name``, else the agencies of its article's
    dateline ("ANP/AFP"), else the publisher; its place is its location, else the
    dateline place; the time it refers to is its own time value, else the article's
    publication time, else the fetch time. Its evidence is its statement's content,
    else the sentence around it.
    """
    x = extraction
    web_publisher = publisher_of(x.source.url)
    publisher = web_publisher or local_publisher(x.source.path)
    by_article = {a.id: a for a in x.articles}
    by_statement = {s.id: s for s in x.statements}
    arts = tuple((fingerprint(a.body.text), sketch(a.body.text)) for a in x.articles)
    starts = [s.start for s in x.sentences]
    keys = []
    for f in x.figures:
        art = by_article.get(f.article)
        dateline = art.dateline if art else None
        claimant = f.source_name or (
            "/".join(dateline.agencies) if dateline and dateline.agencies else None
        ) or web_publisher
        place = f.location.text if f.location else (dateline.place if dateline else None)
        refers = _time_value(f.time) or (_time_value(art.published) if art else None) or x.source.fetched_at
        stmt = by_statement.get(f.statement) if f.statement else None
        if stmt is not None and stmt.content.contains(f.span):
            evidence = stmt.content
        else:
            evidence = _sentence_around(x, starts, f.span, art)
        keys.append(
            FigureKeys(
                claimant=claimant,
                claimant_key=text_key(claimant),
                subject_key=subject_key(f.counted.text if f.counted else None, x.language),
                place_key=place_key(place, x.language),
                refers_to=refers,
                evidence=evidence,
            )
        )
    contract = to_plain(x)
    contract.pop("text")
    order = sorted(range(len(x.figures)), key=lambda i: x.figures[i].span.start)
    inputs = [_figure_input(x.figures[i], keys[i]) for i in order]
    return Prepared(
        x,
        publisher,
        arts,
        tuple(keys),
        contract=json.dumps(contract, ensure_ascii=False),
        sources=tuple(json.dumps(contract_s["sources"], ensure_ascii=False) for contract_s in contract["statements"]),
        mentions=tuple(json.dumps(e["mentions"], ensure_ascii=False) for e in contract["entities"]),
        groups=document_keys(x.text, x.language, inputs, [a.dateline.place if a.dateline else None for a in x.articles]),
    )


def _figure_input(f: Figure, k: FigureKeys) -> FigureInput:
    return FigureInput(
        f.id, f.span.start, f.span.end, f.counted.text if f.counted else None, f.category,
        f.location.text if f.location else None, k.evidence.start,
    )


def _time_value(ref: TimeRef | None) -> datetime | None:
    return ref.value if ref is not None else None


def _span_cols(prefix: str, span: Span | None) -> dict:
    if span is None:
        return {prefix: None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {prefix: span.text, f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def has_document(conn: Connection | Engine, sha256: str) -> bool:
    """Whether a document with this sha256 (of its normalised text) is stored."""
    if isinstance(conn, Engine):
        with conn.connect() as c:
            return has_document(c, sha256)
    return conn.execute(_DOCUMENT_BY_SHA, {"sha256": sha256}).first() is not None


def store_reject(engine: Engine, source: str, reason: str, *, at: datetime | None = None) -> bool:
    """Record an input that could not be read; one row per (source, reason).

    Idempotent also between processes: the insert does nothing when the key is
    there (``ON CONFLICT DO NOTHING``), so two ingests meeting the same bad file
    both succeed.

    Returns ``True`` when a row was added, ``False`` when that failure was recorded already.
    """
    key = hashlib.sha256(f"{source}\x00{reason}".encode("utf-8", "surrogatepass")).hexdigest()
    values = {
        "source": _writable(source),
        "reason": _writable(reason),
        "key": key,
        "rejected_at": at or datetime.now(timezone.utc),
    }
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    with engine.begin() as conn:
        # RETURNING, not rowcount: a driver may report -1 rows for an insert it skipped
        stmt = upsert(t.rejects).values(**values).on_conflict_do_nothing(index_elements=["key"])
        added = conn.execute(stmt.returning(t.rejects.c.id)).first()
    return added is not None


def _writable(value: str) -> str:
    """``value`` without lone surrogates (no database encoding can store them) and NUL."""
    return value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")


def store_extraction(engine: Engine, item: Extraction | Prepared) -> StoreResult:
    """Store one extraction (or a :class:`Prepared` one) in one transaction.

    Returns:
        a :class:`StoreResult`; ``stored=False`` (and nothing written) when a document
        with the same sha256 is in the store already, also when another writer
        stored it between our check and our insert.

    Raises:
        sqlalchemy.exc.SQLAlchemyError: the database failed; nothing of this document
            is written then.
    """
    prepared = item if isinstance(item, Prepared) else prepare(item)
    x = prepared.extraction
    try:
        with engine.begin() as conn:
            found = conn.execute(_DOCUMENT_BY_SHA, {"sha256": x.source.sha256}).scalar()
            if found is not None:
                return StoreResult(found, False)
            result = _write(conn, prepared)
            maintain_groups(conn, result.document_id, keys=prepared.groups)  # kept figure groups (claimtrack.store.groups)
            return result
    except IntegrityError:
        with engine.connect() as conn:
            found = conn.execute(_DOCUMENT_BY_SHA, {"sha256": x.source.sha256}).scalar()
        if found is None:
            raise
        return StoreResult(found, False)


def store_batch(engine: Engine, items: list[Prepared], *, regroup: bool = True) -> list[StoreResult]:
    """Store many prepared extractions in ONE transaction (the bulk loads).

    The same rows as :func:`store_extraction` on each in turn, figure groups kept
    alike; documents already stored are skipped. All or nothing: on any error the
    batch is rolled back and the error raised (the caller may retry one by one).
    ``regroup=False`` leaves the touched events pending: a loader of many batches calls
    :func:`claimtrack.store.groups.regroup_pending` once at the end (reads catch up too).
    """
    results = []
    with engine.begin() as conn:
        later: dict[str, list[dict]] = {}
        new: list[tuple[int, Prepared]] = []
        for prepared in items:
            found = conn.execute(_DOCUMENT_BY_SHA, {"sha256": prepared.extraction.source.sha256}).scalar()
            if found is not None:
                results.append(StoreResult(found, False))
                continue
            result = _write(conn, prepared, later)
            new.append((result.document_id, prepared))
            results.append(result)
        for name, rows in later.items():
            bulk_insert(conn, t.metadata.tables[name], rows)
        touched: dict = {}
        for doc_id, prepared in new:  # in input order: each document's event as if stored alone
            maintain_groups(conn, doc_id, keys=prepared.groups, touched=touched if regroup else None, regroup=False)
        regroup_batch(conn, touched)  # each touched event once, and in it only the touched groups
    return results


def store_many(engine: Engine, items: list[Prepared], names: list[str], *, regroup: bool = True) -> list[StoreResult | None]:
    """:func:`store_batch`; when the batch meets a value the store can not hold (or a document
    another writer stored meanwhile), each item alone: ``None`` for one the store can not
    hold, with a reject recorded under its name in ``names``."""
    from claimtrack.isolate import format_failure

    try:
        return list(store_batch(engine, items, regroup=regroup))
    except (ValueError, UnicodeError, IntegrityError):
        out: list[StoreResult | None] = []
        for p, name in zip(items, names):
            try:
                out.append(store_extraction(engine, p))
            except (ValueError, UnicodeError) as exc:
                store_reject(engine, name, f"could not be stored: {format_failure(exc)}")
                out.append(None)
        return out


def bulk_insert(conn: Connection, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    """Insert ``rows`` (dicts with the same keys): PostgreSQL's ``COPY`` through psycopg,
    elsewhere one ``executemany``. Columns not in the rows take their defaults."""
    if not rows:
        return
    if conn.dialect.name != "postgresql" or conn.dialect.driver != "psycopg":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    names = ", ".join(f'"{c}"' for c in cols)
    with conn.connection.driver_connection.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for r in rows:
            copy.write_row([r[c] for c in cols])


def _write(conn: Connection, p: Prepared, later: dict[str, list[dict]] | None = None) -> StoreResult:
    """Write one document's rows; with ``later``, its mention and figure rows (nothing
    refers to them) are collected there for one bulk insert per batch (:func:`bulk_insert`)."""
    x = p.extraction
    doc_id = conn.execute(
        _INSERT_DOCUMENT,
        dict(
            sha256=x.source.sha256,
            path=x.source.path,
            url=x.source.url,
            publisher=p.publisher,
            fetched_at=x.source.fetched_at,
            stored_at=datetime.now(timezone.utc),
            language=x.language,
            schema=x.schema,
            text=x.text,
            warnings=json.dumps(list(x.warnings), ensure_ascii=False),
            contract=p.contract,
        ),
    ).scalar_one()

    dialect = conn.dialect.name
    art_rows = [
        {
            "document_id": doc_id,
            "local_id": a.id,
            "role": a.role,
            "section": a.section,
            **_span_cols("headline", a.headline),
            "dateline_place": a.dateline.place if a.dateline else None,
            "dateline_agencies": "/".join(a.dateline.agencies) if a.dateline else None,
            "published": _time_value(a.published),
            "published_expr": a.published.expression.text if a.published and a.published.expression else None,
            **_span_cols("body", a.body),
            "fingerprint": fp,
            "sketch": sh,
        }
        for a, (fp, sh) in zip(x.articles, p.articles)
    ]
    article_ids = dict(zip((a.id for a in x.articles), _insert_many(conn, _INSERT_ARTICLES, art_rows)))
    fts_rows = [
        {"id": article_ids[a.id], "h": a.headline.text if a.headline else "", "b": a.body.text} for a in x.articles
    ]
    if fts_rows:
        conn.execute(_FTS_SQLITE if dialect == "sqlite" else _FTS_POSTGRES, fts_rows)

    # (type, key of a name/alias) -> (store entity id, canonical name)
    name_ids: dict[tuple[str, str], tuple[int, str]] = {}
    mention_rows = []
    resolved = _resolve_many(conn, [(e.name, e.type, e.aliases) for e in x.entities])
    for e, (eid, cname), spans in zip(x.entities, resolved, p.mentions):
        for alias in (e.name, *e.aliases):
            name_ids[(e.type, text_key(alias))] = (eid, cname)
        mention_rows.append(
            dict(
                document_id=doc_id,
                entity_id=eid,
                local_id=e.id,
                spans=spans,
            )
        )
    if later is not None:
        later.setdefault("mentions", []).extend(mention_rows)
    elif mention_rows:
        conn.execute(_INSERT_MENTION, mention_rows)

    # sources that are not among the document's entities are entities of their own
    missing = list(
        dict.fromkeys(
            (s.sources[0].name, s.sources[0].type)
            for s in x.statements
            if s.sources and (s.sources[0].type, text_key(s.sources[0].name)) not in name_ids
        )
    )
    for (name, type_), found in zip(missing, _resolve_many(conn, [(n, ty, ()) for n, ty in missing])):
        name_ids[(type_, text_key(name))] = found
    st_rows = []
    claimants: dict[str, str] = {}  # statement id -> canonical name of its first source
    for s, sources in zip(x.statements, p.sources):
        first = s.sources[0] if s.sources else None
        source_entity = None
        if first is not None:
            source_entity, claimants[s.id] = name_ids[(first.type, text_key(first.name))]
        st_rows.append(
            {
                "document_id": doc_id,
                "article_id": article_ids[s.article],
                "local_id": s.id,
                "source_name": first.name if first else None,
                "source_type": first.type if first else None,
                "source_entity_id": source_entity,
                "sources": sources,
                **_span_cols("cue", s.cue),
                "cue_lemma": s.cue_lemma,
                **_span_cols("content", s.content),
                "kind": s.kind,
                **_span_cols("medium", s.medium),
                "time_value": _time_value(s.time),
                "time_expr": s.time.expression.text if s.time and s.time.expression else None,
                "via": s.via,
            }
        )
    statement_ids = dict(zip((s.id for s in x.statements), _insert_many(conn, _INSERT_STATEMENTS, st_rows)))

    rows = [
        _figure_row(doc_id, article_ids, statement_ids, f, k, claimants.get(f.statement or ""))
        for f, k in zip(x.figures, p.figures)
    ]
    if later is not None:
        later.setdefault("figures", []).extend(rows)
    elif rows:
        conn.execute(_INSERT_FIGURE, rows)
    return StoreResult(doc_id, True, len(x.articles), len(x.statements), len(x.figures), len(x.entities))


def _insert_many(conn: Connection, stmt, rows: list[dict]) -> list[int]:  # type: ignore[no-untyped-def]
    """Insert ``rows`` in one round trip; their new ids in the order of ``rows``."""
    if not rows:
        return []
    return list(conn.execute(stmt, rows).scalars())


def _figure_row(
    doc_id: int, article_ids: dict, statement_ids: dict, f: Figure, k: FigureKeys, canonical_source: str | None
) -> dict:
    claimant = canonical_source or k.claimant  # the store-wide name of the source, when it has one
    return {
        "document_id": doc_id,
        "article_id": article_ids[f.article],
        "statement_id": statement_ids.get(f.statement) if f.statement else None,
        "local_id": f.id,
        **_span_cols("span", f.span),
        "low": f.low,
        "high": f.high,
        "approximate": f.approximate,
        "unit": f.unit,
        **_span_cols("counted", f.counted),
        "category": f.category,
        **_span_cols("location", f.location),
        "time_value": _time_value(f.time),
        "time_expr": f.time.expression.text if f.time and f.time.expression else None,
        "source_name": f.source_name,
        "claimant": claimant,
        "claimant_key": text_key(claimant) if canonical_source else k.claimant_key,
        "subject_key": k.subject_key,
        "place_key": k.place_key,
        "refers_to": k.refers_to,
        "evidence": k.evidence.text,
        "evidence_start": k.evidence.start,
        "evidence_end": k.evidence.end,
    }


def resolve_entity(conn: Connection, name: str, type_: str, aliases: tuple[str, ...]) -> int:
    """The store's canonical entity id for a document entity, created when new.

    Matching rules: :mod:`claimtrack.compare.entities`. New aliases (the document's
    name and aliases, a person's surname) are added to the entity found.
    """
    return _resolve(conn, name, type_, aliases)[0]


def _resolve(conn: Connection, name: str, type_: str, aliases: tuple[str, ...]) -> tuple[int, str]:
    """:func:`resolve_entity`, returning ``(id, canonical name)``."""
    return _resolve_many(conn, [(name, type_, aliases)])[0]


def _resolve_many(
    conn: Connection, items: list[tuple[str, str, tuple[str, ...]]]
) -> list[tuple[int, str]]:
    """Resolve several entities in a few round trips: ``(id, canonical name)`` per item, in order.

    Same result as resolving them one after another (later items see the entities
    and aliases the earlier ones created).
    """
    if not items:
        return []
    wanted = [(*ent.canonical(n, ty, al), n, ty, al) for n, ty, al in items]  # cname, ctype, name, type, aliases
    ckeys = sorted({text_key(cname) for cname, *_ in wanted})
    by_key: dict[tuple[str, str], tuple[int, str]] = {
        (ty, key): (eid, name) for eid, name, ty, key in conn.execute(_ENTITIES_BY_KEYS, {"keys": ckeys})
    }
    lookup = sorted({k for _, _, n, ty, al in wanted for k in ent.lookup_keys(n, ty, al)})
    alias_hits: dict[tuple[str, str], set[tuple[int, str]]] = {}
    for key, eid, name, ty in conn.execute(_ALIASES_BY_KEYS, {"keys": lookup}):
        alias_hits.setdefault((ty, key), set()).add((eid, name))
    known = sorted({eid for eid, _ in by_key.values()} | {eid for hs in alias_hits.values() for eid, _ in hs})
    aliases_of: dict[int, set[str]] = {eid: set() for eid in known}
    for eid, key in conn.execute(_ALIAS_KEYS_OF, {"ids": known}):
        aliases_of[eid].add(key)

    out: list[tuple[int, str]] = []
    new_aliases: list[dict] = []
    for cname, ctype, name, type_, aliases in wanted:
        ckey = text_key(cname)
        hit = by_key.get((ctype, ckey))
        if hit is None:
            for key in ent.lookup_keys(name, type_, aliases):
                hits = alias_hits.get((ctype, key), set())
                if len(hits) == 1:
                    hit = next(iter(hits))
                    break
        if hit is None:
            eid = conn.execute(_INSERT_ENTITY, {"name": cname, "type": ctype, "key": ckey}).scalar_one()
            hit = (eid, cname)
            by_key[(ctype, ckey)] = hit
            aliases_of[eid] = set()
        eid, cname = hit
        for alias in ent.alias_names(cname, ctype, (name, *aliases)):
            key = text_key(alias)
            if key not in aliases_of[eid]:
                aliases_of[eid].add(key)
                alias_hits.setdefault((ctype, key), set()).add(hit)
                new_aliases.append({"entity_id": eid, "alias": alias, "key": key})
        out.append(hit)
    if new_aliases:
        conn.execute(insert(t.entity_aliases), new_aliases)
    return out


# Statements built once and executed with parameters, so SQLAlchemy compiles each once.
_INSERT_DOCUMENT = insert(t.documents).returning(t.documents.c.id)
_INSERT_ARTICLES = insert(t.articles).returning(t.articles.c.id, sort_by_parameter_order=True)
_INSERT_STATEMENTS = insert(t.statements).returning(t.statements.c.id, sort_by_parameter_order=True)
_INSERT_FIGURE = insert(t.figures)
_INSERT_MENTION = insert(t.mentions)
_INSERT_ENTITY = insert(t.entities).returning(t.entities.c.id)
_ENTITIES_BY_KEYS = select(t.entities.c.id, t.entities.c.name, t.entities.c.type, t.entities.c.key).where(
    t.entities.c.key.in_(bindparam("keys", expanding=True))
)
_ALIASES_BY_KEYS = (
    select(t.entity_aliases.c.key, t.entity_aliases.c.entity_id, t.entities.c.name, t.entities.c.type)
    .join(t.entities, t.entities.c.id == t.entity_aliases.c.entity_id)
    .where(t.entity_aliases.c.key.in_(bindparam("keys", expanding=True)))
)
_ALIAS_KEYS_OF = select(t.entity_aliases.c.entity_id, t.entity_aliases.c.key).where(
    t.entity_aliases.c.entity_id.in_(bindparam("ids", expanding=True))
)
_DOCUMENT_BY_SHA = select(t.documents.c.id).where(t.documents.c.sha256 == bindparam("sha256"))
_FTS_SQLITE = text("INSERT INTO articles_fts(rowid, headline, body) VALUES (:id, :h, :b)")
_FTS_POSTGRES = text("UPDATE articles SET tsv = to_tsvector('simple', :h || ' ' || :b) WHERE id = :id")
