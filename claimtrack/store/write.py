"""Write extractions to the store, a batch per transaction.

:func:`prepare` (pure, picklable, run in the worker processes) computes what the
comparison needs beside the contract values: each article's body fingerprint and
sketch, each figure's claimant, subject, place and time keys and its evidence
sentence; :func:`claimtrack.store.rows.doc_rows` (in the worker too) turns that into
the rows of every table. :func:`write_rows` adds what only the store knows: row ids,
the canonical entities (matched to the store's), the event each document joins; a
few statements per table for the whole batch. Writing is idempotent by the
document's sha256: a document already stored is skipped, so a run killed at any
moment and started again ends with the same rows as one clean run.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from bisect import bisect_right
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from functools import cache
from operator import itemgetter
from pathlib import PurePath
from typing import NamedTuple
from urllib.parse import urlsplit

from sqlalchemy import Connection, Dialect, Engine, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from claimtrack.compare import entities as ent
from claimtrack.compare.keys import place_key, subject_key, text_key
from claimtrack.compare.groups import FigureRecord
from claimtrack.store.groups import (
    DocKeys, FigureInput, Found, KeptFigure, NewDocument, Touched, document_keys, join_events, regroup_batch,
)
from claimtrack.compare.syndication import fingerprint, sketch
from claimtrack.compare.times import TimedFigure, figure_times
from claimtrack.model import Article, Extraction, Figure, Span, TimeRef
from claimtrack.sentences import split_sentences
from claimtrack.serialize import plain_of
from claimtrack.store import schema as t
from claimtrack.limits import collector_paused
from claimtrack.store.rows import (
    ARTICLE_COLUMNS,
    DOCUMENT_COLUMNS,
    FIGURE_COLUMNS,
    MENTION_COLUMNS,
    STATEMENT_COLUMNS,
    DocRows,
    EntityKeys,
    doc_rows,
    entity_keys,
    time_writer,
)


# pysqlite binds None only after looking for an adapter of NoneType and finding none (about 1 us a
# value; a figure row holds six): one registered up front binds the same NULL, four times faster.
sqlite3.register_adapter(type(None), {}.get)


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
    dateline place; the time it refers to is :func:`~claimtrack.compare.times.figure_times`'s
    (its own time, else the article's publication time, else the fetch time). Its
    evidence is its statement's content, else the sentence around it.
    """
    x = extraction
    web_publisher = publisher_of(x.source.url)
    publisher = web_publisher or local_publisher(x.source.path)
    by_article = {a.id: a for a in x.articles}
    by_statement = {s.id: s for s in x.statements}
    arts = tuple((fingerprint(a.body.text), sketch(a.body.text)) for a in x.articles)
    starts = [s.start for s in x.sentences]
    keys = []
    published = {a.id: _time_value(a.published) for a in x.articles}
    timed = [TimedFigure(f.time, f.source_name, f.low, f.high, published.get(f.article)) for f in x.figures]
    times = figure_times(timed, x.language, x.source.fetched_at)
    # a page's figures share a few claimants, subjects and places: each key made once per page
    claimant_keys: dict[str | None, str] = {}
    subject_keys: dict[str | None, str] = {}
    place_keys: dict[str | None, str] = {}
    for f, refers in zip(x.figures, times):
        art = by_article.get(f.article)
        dateline = art.dateline if art else None
        claimant = f.source_name or (
            "/".join(dateline.agencies) if dateline and dateline.agencies else None
        ) or web_publisher
        place = f.location.text if f.location else (dateline.place if dateline else None)
        stmt = by_statement.get(f.statement) if f.statement else None
        if stmt is not None and stmt.content.contains(f.span):
            evidence = stmt.content
        else:
            evidence = _sentence_around(x, starts, f.span, art)
        keys.append(
            FigureKeys(
                claimant=claimant,
                claimant_key=_once(claimant_keys, claimant, text_key),
                subject_key=_once(subject_keys, f.counted.text if f.counted else None, subject_key, x.language),
                place_key=_once(place_keys, place, place_key, x.language),
                refers_to=refers,
                evidence=evidence,
            )
        )
    contract = plain_of(x)  # to_plain's values, by a plan per class
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


def _once(keys: dict, text: str | None, make, *args):  # type: ignore[no-untyped-def]
    """``make(text, *args)``, made once per text in ``keys`` (a cache of one page)."""
    if text not in keys:
        keys[text] = make(text, *args)
    return keys[text]


def _figure_input(f: Figure, k: FigureKeys) -> FigureInput:
    return FigureInput(
        f.id, f.span.start, f.span.end, f.counted.text if f.counted else None, f.category,
        f.location.text if f.location else None, k.evidence.start,
    )


def _time_value(ref: TimeRef | None) -> datetime | None:
    return ref.value if ref is not None else None


def has_document(conn: Connection | Engine, sha256: str) -> bool:
    """Whether a document with this sha256 (of its normalised text) is stored."""
    if isinstance(conn, Engine):
        with conn.connect() as c:
            return has_document(c, sha256)
    return conn.execute(_DOCUMENT_BY_SHA, {"sha256": sha256}).first() is not None


def stored_documents(engine: Engine, shas: list[str]) -> set[str]:
    """Which of these sha256 keys belong to stored documents (one query)."""
    if not shas:
        return set()
    d = t.documents.c
    with engine.connect() as conn:
        return set(conn.execute(select(d.sha256).where(d.sha256.in_(bindparam("shas", expanding=True))), {"shas": sorted(set(shas))}).scalars())


def holds_documents(engine: Engine) -> bool:
    """Whether the store holds any document at all (one indexed query)."""
    with engine.connect() as conn:
        return conn.execute(select(t.documents.c.id).limit(1)).first() is not None


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


def store_extraction(engine: Engine, item: Extraction | Prepared | DocRows) -> StoreResult:
    """Store one extraction (or a :class:`Prepared` one, or its :class:`DocRows`) in one transaction,
    its figure groups kept (:func:`store_batch` of one).

    Returns:
        a :class:`StoreResult`; ``stored=False`` (and nothing written) when a document
        with the same sha256 is in the store already, also when another writer
        stored it between our check and our insert.

    Raises:
        sqlalchemy.exc.SQLAlchemyError: the database failed; nothing of this document
            is written then.
        ValueError: a naive time (the store keeps aware times only).
    """
    rows = item if isinstance(item, DocRows) else doc_rows(item if isinstance(item, Prepared) else prepare(item), engine.dialect.name)
    try:
        return store_batch(engine, [rows])[0]
    except IntegrityError:
        with engine.connect() as conn:
            found = conn.execute(_DOCUMENT_BY_SHA, {"sha256": rows.sha256}).scalar()
        if found is None:
            raise
        return StoreResult(found, False)


def store_batch(
    engine: Engine, items: list[Prepared] | list[DocRows], *, regroup: bool = True, held: HeldFigures | None = None
) -> list[StoreResult]:
    """Store many prepared extractions (or their :class:`DocRows`) in ONE transaction.

    The same rows as :func:`store_extraction` on each in turn, figure groups kept
    alike; documents already stored are skipped. All or nothing: on any error the
    batch is rolled back and the error raised (the caller may retry one by one).
    ``regroup=False`` leaves the touched events pending: a loader of many batches calls
    :func:`claimtrack.store.groups.regroup_pending` once at the end (reads catch up too), with
    ``held`` if given: what this batch wrote is added to it once committed.
    """
    dialect = engine.dialect.name
    rows = [r if isinstance(r, DocRows) else doc_rows(r, dialect) for r in items]
    written: list[Written] = []
    with collector_paused(), engine.begin() as conn:
        results, touched = write_rows(conn, rows, written if held is not None else None)
        if regroup:
            regroup_batch(conn, touched)  # each touched event once, and in it only the touched groups
    if held is not None:
        held.add(written)
    return results


def store_many(
    engine: Engine, items: list[Prepared] | list[DocRows], names: list[str], *, regroup: bool = True,
    held: HeldFigures | None = None,
) -> list[StoreResult | None]:
    """:func:`store_batch`; when the batch meets a value the store can not hold (or a document
    another writer stored meanwhile), each item alone: ``None`` for one the store can not
    hold, with a reject recorded under its name in ``names``. (Items stored alone have their
    groups kept at once and are not added to ``held``.)"""
    from claimtrack.isolate import format_failure

    try:
        return list(store_batch(engine, items, regroup=regroup, held=held))
    except (ValueError, UnicodeError, IntegrityError):
        out: list[StoreResult | None] = []
        for p, name in zip(items, names):
            try:
                out.append(store_extraction(engine, p))
            except (ValueError, UnicodeError) as exc:
                store_reject(engine, name, f"could not be stored: {format_failure(exc)}")
                out.append(None)
        return out


def write_rows(conn: Connection, items: list[DocRows], written: list[Written] | None = None) -> tuple[list[StoreResult], Touched]:
    """Write the rows of many documents (in input order, so their ids are too), a few
    statements per table for the whole list; put each new document in its event
    (:func:`claimtrack.store.groups.join_events`). Documents already stored, or earlier
    in ``items``, are skipped. Returns the results and the events touched (to regroup);
    ``written`` gets the rows bound for the figures (:class:`Written`), for :class:`HeldFigures`."""
    sql = _sql(conn.dialect.name)
    if any(r.dialect != conn.dialect.name for r in items):
        raise ValueError(f"rows made for another kind of store than {conn.dialect.name}")
    d = t.documents.c
    found = dict(conn.execute(select(d.sha256, d.id).where(d.sha256.in_(bindparam("shas", expanding=True))), {"shas": sorted({r.sha256 for r in items})}).all())
    new, seen = [], set(found)
    for r in items:
        if r.sha256 not in seen:
            seen.add(r.sha256)
            new.append(r)
    if not new:
        return [StoreResult(found[r.sha256], False) for r in items], {}
    stamp = time_writer(conn.dialect.name)(datetime.now(timezone.utc))
    conn.exec_driver_sql(sql.documents, [r.document + (stamp,) for r in new])
    last = _last_ids(conn)
    if last is not None:  # the documents just written are the last ones, in their order
        doc_ids = list(range(last[0] - len(new) + 1, last[0] + 1))
    else:
        ids = dict(conn.execute(select(d.sha256, d.id).where(d.sha256.in_(bindparam("shas", expanding=True))), {"shas": [r.sha256 for r in new]}).all())
        doc_ids = [ids[r.sha256] for r in new]
    lo, hi = min(doc_ids), max(doc_ids)

    resolved = resolve_keyed(conn, [e for r in new for e in r.entities])
    art_rows = [(i, *a) for i, r in zip(doc_ids, new) for a in r.articles]
    _many(conn, sql.articles, art_rows)
    article_ids = _counted(art_rows, 1, last[1]) if last else _ids_of(conn, sql.article_ids, lo, hi)
    arts = [[article_ids[(i, a[0])] for a in r.articles] for i, r in zip(doc_ids, new)]
    search = [(aid, h, b) for r, ids_ in zip(new, arts) for aid, (h, b) in zip(ids_, r.search)]
    if search:
        conn.exec_driver_sql(sql.search, search if conn.dialect.name == "sqlite" else [([a for a, _, _ in search],)])

    first = 0
    ents, st_rows = [], []
    for i, r, art in zip(doc_ids, new, arts):
        ents.append(resolved[first:first + len(r.entities)])
        first += len(r.entities)
        st_rows.extend(
            (i, art[a], ents[-1][src][0] if src >= 0 else None, *s) for s, (a, src) in zip(r.statements, r.statement_links)
        )
    _many(conn, sql.statements, st_rows)
    statement_ids = _counted(st_rows, 3, last[2]) if last else _ids_of(conn, sql.statement_ids, lo, hi)
    fig_rows, mention_rows = [], []
    for i, r, art, es in zip(doc_ids, new, arts, ents):
        sts = [statement_ids[(i, s[0])] for s in r.statements]
        for f, (a, st, src, claimant, claimant_key) in zip(r.figures, r.figure_links):
            if src >= 0:  # the store-wide name of the source
                claimant, claimant_key = es[src][1], es[src][4]
            fig_rows.append((i, art[a], sts[st] if st >= 0 else None, claimant, claimant_key, *f))
        mention_rows.extend((i, es[e][0], local, spans) for e, local, spans in r.mentions)
    _bulk(conn, sql, "figures", fig_rows)
    _bulk(conn, sql, "mentions", mention_rows)
    figure_ids = _counted(fig_rows, 5, last[3]) if last else _ids_of(conn, sql.figure_ids, lo, hi)

    docs = []
    for i, r, art, es in zip(doc_ids, new, arts, ents):
        actors = sorted({h[3] for h in es[: len(r.mentions)] if h[2] in ("PER", "ORG") and len(h[3].split()) >= 2})
        fids = {f[0]: figure_ids[(i, f[0])] for f in r.figures}
        docs.append(NewDocument(i, r.when, tuple(zip(r.fingerprints, art)), actors, r.groups, fids))
    kept: list[tuple] = []
    touched = join_events(conn, docs, kept if written is not None else None)
    if written is not None:
        articles = {aid: _ART(a) for ids_, r in zip(arts, new) for aid, a in zip(ids_, r.articles)}
        written.append(Written(fig_rows, figure_ids, {i: _DOC(r.document) for i, r in zip(doc_ids, new)}, articles, kept))
    stored = dict(zip((r.sha256 for r in new), zip(doc_ids, new)))
    results = []
    for r in items:
        i, first_r = stored.get(r.sha256, (found.get(r.sha256), None))
        if first_r is r:
            results.append(StoreResult(i, True, len(r.articles), len(r.statements), len(r.figures), len(r.mentions)))
        else:
            results.append(StoreResult(i, False))
    return results, touched


class Written(NamedTuple):
    """The rows one batch bound for its figures (``FIGURE_COLUMNS``), their ids by ``(document id,
    local id)``, what records take of its documents and articles by id (:data:`_DOC`, :data:`_ART`:
    not their texts) and its ``compare_figures`` rows."""

    figures: list[tuple]
    figure_ids: dict[tuple[int, str], int]
    documents: dict[int, tuple]
    articles: dict[int, tuple]
    kept: list[tuple]


HELD_LIMIT = 100_000  # figures a run holds for its regroup (~1 kB each); beyond them it reads them back


class HeldFigures:
    """What a run's batches wrote of their figures, kept after each commit for the figure groups
    built at its end (:func:`~claimtrack.store.groups.regroup_pending`): the records are made from
    the rows the writer bound, not read back from the store (0.28 s of 0.8 for 18,400 figures).
    Over ``limit`` figures it holds nothing more, and the regroup reads the store."""

    def __init__(self, limit: int = HELD_LIMIT) -> None:
        self.batches: list[Written] = []
        self.figures, self.limit = 0, limit

    def add(self, written: list[Written]) -> None:
        """Keep what one committed transaction wrote."""
        self.figures += sum(len(w.figures) for w in written)
        if self.figures <= self.limit:
            self.batches.extend(written)
        else:
            self.batches.clear()

    def records(self, dialect: Dialect) -> dict[int, list[Found]]:
        """By event, each figure held as :func:`~claimtrack.store.groups._rows` reads it from a store of ``dialect``."""
        if self.figures > self.limit:
            return {}
        out: dict[int, list[Found]] = {}
        read = t.TS._cached_result_processor(dialect, None) or (lambda v: v)  # a time's stored form, read back
        times: dict = {}  # of one document: its figures share a few times (turning one costs ~5 us)
        for w in self.batches:
            kept = {k[0]: k for k in w.kept}
            for f in w.figures:
                k = kept.get(w.figure_ids[_KEY(f)])
                if k is None:  # (a figure in no event is in no group either)
                    continue
                v = _FIG(f)
                if v[0] not in times:
                    times = {v[0]: None}
                at = times[v[11]] if v[11] in times else times.setdefault(v[11], read(v[11]) if v[11] is not None else None)
                base = w.articles[v[1]][3] or w.documents[v[0]][3]  # the page's time: its publication, else the fetch
                page = times[base] if base in times else times.setdefault(base, read(base) if base is not None else None)
                out.setdefault(k[1], []).append(_held_record(v, at, w.documents, w.articles, k, page))
        return out


_KEY = itemgetter(FIGURE_COLUMNS.index("document_id"), FIGURE_COLUMNS.index("local_id"))
_DOC = itemgetter(*(DOCUMENT_COLUMNS.index(c) for c in ("sha256", "publisher", "url", "fetched_at")))
_ART = itemgetter(*(ARTICLE_COLUMNS[1:].index(c) for c in ("fingerprint", "sketch", "dateline_place", "published")))
_FIG = itemgetter(*(FIGURE_COLUMNS.index(c) for c in (
    "document_id", "article_id", "local_id", "category", "unit", "subject_key", "place_key", "claimant", "claimant_key",
    "low", "high", "refers_to", "span", "counted", "location", "evidence", "approximate", "time_value",
)))
_RECORD = (
    "figure_id", "document_id", "doc_sha", "local_id", "category", "unit", "subject_key", "place_key", "claimant",
    "claimant_key", "publisher", "low", "high", "refers_to", "fingerprint", "sketch", "span", "counted", "place",
    "evidence", "url", "approximate", "event", "quantity", "scope", "split", "time_basis", "page_time",
)
if tuple(f.name for f in fields(FigureRecord)) != _RECORD:  # _held_record gives them in this order
    raise RuntimeError(f"FigureRecord's fields changed: update _held_record ({_RECORD})")


def _held_record(f: tuple, refers_to: datetime | None, docs: dict, arts: dict, kept: tuple, page_time: datetime | None = None) -> Found:
    """One figure (``f``: :data:`_FIG`'s values; ``refers_to`` and ``page_time`` its times read back) as groups._rows reads it
    from the stored rows: its record, own place and sentence; ``kept``: its ``compare_figures`` row."""
    doc, art, local, category, unit, subject, place_key, claimant, claimant_key, low, high, refers, span, counted, \
        location, evidence, approximate, time_value = f
    sha, publisher, url, fetched = docs[doc]
    fingerprint, sketch, dateline_place, published = arts[art]
    fid, event, quantity, own, sentence = kept
    base = published if published is not None else fetched
    # as the query: the page dates the figure (its own time, or one compare.times gave it), else the article or the fetch
    own_time = time_value is not None or (refers is not None and base is not None and refers != base)
    record = KeptFigure(
        fid, doc, sha, local, category, unit, subject, place_key, claimant, claimant_key, publisher,
        float(low) if low is not None else None, float(high) if high is not None else None,
        refers_to, fingerprint, sketch, span, counted,
        location if location is not None else dateline_place, evidence or "", url, bool(approximate),
        event, quantity, "", "", "figure" if own_time else "article" if published is not None else "fetched", page_time,
    )
    return record, own, sentence


def _many(conn: Connection, stmt: str, rows: list[tuple]) -> None:
    if rows:  # an empty list would run the statement once, without parameters
        conn.exec_driver_sql(stmt, rows)


def _last_ids(conn: Connection) -> tuple[int, int, int, int] | None:
    """On SQLite, the largest id of documents, articles, statements and figures, read once the
    batch's documents are written: SQLite numbers each new row one past the table's largest id
    (no ``AUTOINCREMENT`` here), and this transaction holds the store's write lock, so the ids of
    the rows it writes next are known without reading them back. ``None`` elsewhere."""
    if conn.dialect.name != "sqlite":
        return None
    cur = conn.connection.cursor()
    try:
        cur.execute(_LAST_IDS)
        return tuple(i or 0 for i in cur.fetchone())  # type: ignore[return-value]
    finally:
        cur.close()


_LAST_IDS = "SELECT " + ", ".join(f'(SELECT max(id) FROM "{n}")' for n in ("documents", "articles", "statements", "figures"))


def _counted(rows: list[tuple], local: int, last: int) -> dict[tuple[int, str], int]:
    """``(document id, local id) -> row id`` of ``rows`` just written in their order (``rows[k][0]``
    the document id, ``rows[k][local]`` the local id) into a table whose largest id was ``last``."""
    return {(r[0], r[local]): rid for rid, r in enumerate(rows, last + 1)}


def _ids_of(conn: Connection, stmt: str, lo: int, hi: int) -> dict[tuple[int, str], int]:
    """``(document id, local id) -> row id`` of a table's rows of documents ``lo``..``hi``."""
    cur = conn.connection.cursor()  # the driver's own: thousands of rows, no result objects
    try:
        cur.execute(stmt, (lo, hi))
        return {(doc, local): rid for doc, local, rid in cur.fetchall()}
    finally:
        cur.close()


def _bulk(conn: Connection, sql: _Sql, table: str, rows: list[tuple]) -> None:
    """Insert rows nothing refers to: PostgreSQL's ``COPY`` through psycopg, elsewhere one ``executemany``."""
    if not rows:
        return
    if conn.dialect.driver != "psycopg":
        _many(conn, getattr(sql, table), rows)
        return
    cols = FIGURE_COLUMNS if table == "figures" else MENTION_COLUMNS
    names = ", ".join(f'"{c}"' for c in cols)
    with conn.connection.driver_connection.cursor() as cur, cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for r in rows:
            copy.write_row(r)


@dataclass(frozen=True, slots=True)
class _Sql:
    documents: str
    articles: str
    statements: str
    figures: str
    mentions: str
    search: str
    article_ids: str
    statement_ids: str
    figure_ids: str


@cache
def _sql(dialect: str) -> _Sql:
    """The statements :func:`write_rows` runs, in the driver's own parameter style."""
    mark = "?" if dialect == "sqlite" else "%s"

    def ins(table: str, cols: tuple[str, ...]) -> str:
        return f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({", ".join([mark] * len(cols))})'

    def ids(table: str) -> str:
        return f'SELECT document_id, local_id, id FROM "{table}" WHERE document_id BETWEEN {mark} AND {mark}'

    search = (
        "INSERT INTO articles_fts(rowid, headline, body) VALUES (?, ?, ?)" if dialect == "sqlite"
        else "UPDATE articles SET tsv = to_tsvector('simple', coalesce(headline, '') || ' ' || body) WHERE id = ANY(%s)"
    )
    return _Sql(
        ins("documents", DOCUMENT_COLUMNS), ins("articles", ARTICLE_COLUMNS), ins("statements", STATEMENT_COLUMNS),
        ins("figures", FIGURE_COLUMNS), ins("mentions", MENTION_COLUMNS), search,
        ids("articles"), ids("statements"), ids("figures"),
    )


def resolve_entity(conn: Connection, name: str, type_: str, aliases: tuple[str, ...]) -> int:
    """The store's canonical entity id for a document entity, created when new.

    Matching rules: :mod:`claimtrack.compare.entities`. New aliases (the document's
    name and aliases, a person's surname) are added to the entity found.
    """
    return resolve_keyed(conn, [entity_keys(name, type_, aliases)])[0][0]


def resolve_keyed(conn: Connection, items: list[EntityKeys]) -> list[tuple[int, str, str, str, str]]:
    """Resolve several entities in a few round trips: per item, in order, the store entity's
    ``(id, canonical name, type, key, key of the canonical name)``.

    Same result as resolving them one after another (later items see the entities
    and aliases the earlier ones created).
    """
    if not items:
        return []
    by_key: dict[tuple[str, str], tuple[int, str, str, str]] = {
        (ty, key): (eid, name, ty, key)
        for eid, name, ty, key in conn.execute(_ENTITIES_BY_KEYS, {"keys": sorted({i.ckey for i in items})})
    }
    alias_hits: dict[tuple[str, str], set[tuple[int, str, str, str]]] = {}
    for key, eid, name, ty, ekey in conn.execute(_ALIASES_BY_KEYS, {"keys": sorted({k for i in items for k in i.lookup})}):
        alias_hits.setdefault((ty, key), set()).add((eid, name, ty, ekey))
    known = sorted({h[0] for h in by_key.values()} | {h[0] for hs in alias_hits.values() for h in hs})
    aliases_of: dict[int, set[str]] = {eid: set() for eid in known}
    for eid, key in conn.execute(_ALIAS_KEYS_OF, {"ids": known}):
        aliases_of[eid].add(key)

    out: list[tuple[int, str, str, str, str]] = []
    new_aliases: list[dict] = []
    for it in items:
        hit = by_key.get((it.ctype, it.ckey))
        if hit is None:
            for key in it.lookup:
                hits = alias_hits.get((it.ctype, key), set())
                if len(hits) == 1:
                    hit = next(iter(hits))
                    break
        if hit is None:
            eid = conn.execute(_INSERT_ENTITY, {"name": it.cname, "type": it.ctype, "key": it.ckey}).scalar_one()
            hit = (eid, it.cname, it.ctype, it.ckey)
            by_key[(it.ctype, it.ckey)] = hit
            aliases_of[eid] = set()
        eid, cname = hit[0], hit[1]
        same = cname == it.cname
        pairs = it.own_aliases if same else [(a, text_key(a)) for a in ent.alias_names(cname, it.ctype, (it.name, *it.aliases))]
        for alias, key in pairs:
            if key not in aliases_of[eid]:
                aliases_of[eid].add(key)
                alias_hits.setdefault((it.ctype, key), set()).add(hit)
                new_aliases.append({"entity_id": eid, "alias": alias, "key": key})
        out.append((*hit, it.ckey if same else text_key(cname)))
    if new_aliases:
        conn.execute(insert(t.entity_aliases), new_aliases)
    return out


# Statements built once and executed with parameters, so SQLAlchemy compiles each once.
_INSERT_ENTITY = insert(t.entities).returning(t.entities.c.id)
_ENTITIES_BY_KEYS = select(t.entities.c.id, t.entities.c.name, t.entities.c.type, t.entities.c.key).where(
    t.entities.c.key.in_(bindparam("keys", expanding=True))
)
_ALIASES_BY_KEYS = (
    select(t.entity_aliases.c.key, t.entity_aliases.c.entity_id, t.entities.c.name, t.entities.c.type, t.entities.c.key)
    .join(t.entities, t.entities.c.id == t.entity_aliases.c.entity_id)
    .where(t.entity_aliases.c.key.in_(bindparam("keys", expanding=True)))
)
_ALIAS_KEYS_OF = select(t.entity_aliases.c.entity_id, t.entity_aliases.c.key).where(
    t.entity_aliases.c.entity_id.in_(bindparam("ids", expanding=True))
)
_DOCUMENT_BY_SHA = select(t.documents.c.id).where(t.documents.c.sha256 == bindparam("sha256"))
