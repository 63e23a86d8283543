"""Figure groups kept in the store: events, what each figure counts, groups, corrections.

Grouping is done once per change, not on every read. When a document is stored
(:func:`join_events` for a batch just written, in the same transaction; :func:`maintain`
for one read back from the store), it joins an event
(:mod:`claimtrack.compare.events`), each of its figures gets its quantity
(:mod:`claimtrack.compare.quantities`), and only that event is regrouped
(:func:`regroup_event`): the cost of an ingest is the size of its event, not of the
store. Reads (:func:`stored_groups`) take the groups from ``compare_groups``
(indexed by disagreement and time) and build only the groups they return.

Corrections (:func:`merge`, :func:`split`) are stored by the figures' stable names
(document sha256 and local id), so they survive re-ingest and :func:`regroup_all`.

Tables (migration ``0002_compare``): ``compare_events``, ``compare_docs``,
``compare_figures``, ``compare_groups``, ``compare_corrections``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, make_dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Protocol

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Dialect,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from claimtrack.compare import events as ev
from claimtrack.compare.groups import FigureGroup, FigureRecord, copy_with, group_event, judge_in_time, make_group
from claimtrack.compare.corrections import role
from claimtrack.compare.keys import text_key
from claimtrack.compare.places import lookup, place_id
from claimtrack.compare.quantities import PART, nearest_label, owner, quantity, refine, window_after, window_before
from claimtrack.compare.times import back_year, period_start
from claimtrack.store import schema as t
from claimtrack.limits import collector_paused
from claimtrack.store.records import record_columns

metadata = MetaData()

compare_events = Table(
    "compare_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("start", t.TS),
    Column("end", t.TS),
    Column("places", Text, nullable=False),  # JSON {place id: documents naming it}
    Column("documents", Integer, nullable=False),
    Index("ix_compare_events_end", "end"),
)

compare_docs = Table(
    "compare_docs",
    metadata,
    Column("document_id", Integer, primary_key=True),
    Column("event_id", Integer, nullable=False),
    Column("places", Text, nullable=False),  # JSON {place id: weight}
    Index("ix_compare_docs_event", "event_id"),
)

compare_figures = Table(
    "compare_figures",
    metadata,
    Column("figure_id", Integer, primary_key=True),
    Column("event_id", Integer, nullable=False),
    Column("quantity", Text, nullable=False),  # "killed|foreign staff": label, then qualifiers
    Column("place", Text, nullable=False),  # the figure's own place id, "" when none
    Column("sentence", Integer),  # start of its evidence span: figures of one sentence
    Column("group_id", String(16)),
    Index("ix_compare_figures_event", "event_id"),
    Index("ix_compare_figures_group", "group_id"),
)

compare_groups = Table(
    "compare_groups",
    metadata,
    Column("group_id", String(16), primary_key=True),
    Column("event_id", Integer, nullable=False),
    Column("quantity", Text, nullable=False),
    Column("disagreement", Boolean, nullable=False),
    Column("latest", t.TS),
    Column("size", Integer, nullable=False),
    Column("base", Text),  # JSON [unit, quantity, scope]: what its figures count (regroup_touched; migration 0003_ingest2)
    Index("ix_compare_groups_conflicts", "disagreement", "latest"),
    Index("ix_compare_groups_latest", "latest"),
    Index("ix_compare_groups_event", "event_id"),
)

compare_corrections = Table(
    "compare_corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(8), nullable=False),  # "merge" (a with b) or "split" (a leaves; token names the new group)
    Column("a_sha", String(64), nullable=False),
    Column("a_local", String(16), nullable=False),
    Column("b_sha", String(64)),
    Column("b_local", String(16)),
    Column("token", String(32)),
    Column("made_at", t.TS, nullable=False),
    Index("ix_compare_corrections_a", "a_sha"),
)

# ---------------------------------------------------------------- on ingest


@dataclass(frozen=True, slots=True)
class DocKeys:
    """What grouping needs of one document, computed where it is extracted (:func:`document_keys`, pure).

    ``figures``: per figure ``(local id, quantity, own place id, place name, sentence start)``
    in span order; ``places``: the document's place and ``what:`` features with their
    weights (the ``who:`` features need the store's entities and are added on load).
    """

    figures: tuple[tuple[str, str, str, str | None, int | None], ...]
    places: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class FigureInput:
    """One figure as :func:`key_figures` reads it (a stored row or an extraction's figure)."""

    id: int | str
    span_start: int
    span_end: int
    counted: str | None
    category: str
    location: str | None
    evidence_start: int | None


def document_keys(text: str, language: str, figures: list[FigureInput], dateline_places: list[str | None]) -> DocKeys:
    """The :class:`DocKeys` of one document: the costly part of :func:`maintain`, without a database."""
    keys = key_figures(text, language, figures)
    named = [*dateline_places, *(k["place_name"] for k in keys if k["place_name"])]
    places = ev.document_places(text, named, (), _labels(keys))
    return DocKeys(
        tuple((k["figure_id"], k["quantity"], k["place"], k["place_name"], k["sentence"]) for k in keys),
        tuple(places.items()),
    )


def _labels(keys: list[dict]) -> list[str]:
    return sorted({k["quantity"].partition("|")[0] for k in keys if k["quantity"] and ":" not in k["quantity"]})


Touched = dict  # event id -> (its core places before this batch, or None for a new event; new document ids)
Found = tuple  # (record, own place id, sentence start): one figure as the regroup reads it (_rows)


class Held(Protocol):
    """Figures a loader wrote, as records by event (:class:`~claimtrack.store.write.HeldFigures`)."""

    def records(self, dialect: Dialect) -> dict[int, list[Found]]: ...


def maintain(
    conn: Connection, document_id: int, *, regroup: bool = True, keys: DocKeys | None = None, touched: Touched | None = None
) -> int:
    """Put one stored document into an event, key its figures, regroup what it touches; returns the event id.

    ``keys`` (from :func:`document_keys`, computed in a worker) saves reading and keying
    the figures here. With ``touched``, the regrouping is left to the caller
    (:func:`regroup_batch`, once per event of a bulk load); ``regroup=False`` skips it.
    """
    d, a = t.documents.c, t.articles.c
    doc = conn.execute(select(d.text, d.language, d.fetched_at).where(d.id == document_id)).one()
    arts = conn.execute(select(a.dateline_place, a.published, a.fingerprint).where(a.document_id == document_id)).all()
    when = min((r.published for r in arts if r.published), default=None) or doc.fetched_at
    actors = {"who:" + name: 1 for name in _actors(conn, document_id)}
    if keys is None:
        rows = _figure_inputs(conn, document_id)
        keys = document_keys(doc.text, doc.language, rows, [r.dateline_place for r in arts])
    fid = dict(conn.execute(select(t.figures.c.local_id, t.figures.c.id).where(t.figures.c.document_id == document_id)).all())
    figures = [
        dict(figure_id=fid.get(f, f), quantity=q, place=p, sentence=s) for f, q, p, _, s in keys.figures
    ]
    places = Counter({**actors, **dict(keys.places)})  # the order document_places gives: who, what, places
    event_id = _copy_event(conn, document_id, [r.fingerprint for r in arts])
    if event_id is None:
        chosen = ev.best_event(places, when, _candidate_events(conn, when))
        event_id = chosen.id if chosen is not None else None
    before = _core(conn, event_id) if event_id is not None else None
    event_id = _join_event(conn, event_id, places, when)
    conn.execute(insert(compare_docs).values(document_id=document_id, event_id=event_id, places=json.dumps(places)))
    if figures:
        conn.execute(insert(compare_figures), [{**k, "event_id": event_id} for k in figures])
    if touched is not None:
        touched.setdefault(event_id, (before, []))[1].append(document_id)
    elif regroup:
        regroup_touched(conn, event_id, [document_id], before)
    return event_id


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document just written, as :func:`join_events` needs it: its time, its articles'
    ``(fingerprint, article id)``, the folded names of the people and organisations it
    names (``who:`` features), its :class:`DocKeys` and ``local id -> figure id``."""

    id: int
    when: datetime | None
    articles: tuple[tuple[str, int], ...]
    actors: list[str]
    keys: DocKeys | None
    figure_ids: dict[str, int]


def join_events(conn: Connection, docs: list[NewDocument], kept: list[tuple] | None = None) -> Touched:
    """:func:`maintain` (without regrouping) for documents just written, in their order, with
    one read of the events they may join and one write of what changed; returns what
    they touched, for :func:`regroup_batch`. The same events as one :func:`maintain` each.
    ``kept`` gets the ``compare_figures`` rows written ``(figure id, event id, quantity, place, sentence)``."""
    e, a, cd = compare_events.c, t.articles.c, compare_docs.c
    if not docs:
        return {}
    copies: dict[str, tuple[int, int]] = {}  # fingerprint -> (article id, event id) of its earliest copy
    fps = sorted({fp for d in docs for fp, _ in d.articles})
    q = select(a.fingerprint, a.id, cd.event_id).join(compare_docs, cd.document_id == a.document_id).where(a.fingerprint.in_(fps))
    for fp, aid, eid in conn.execute(q) if fps else ():
        copies[fp] = min(copies.get(fp, (aid, eid)), (aid, eid))
    whens = [d.when for d in docs if d.when is not None]
    near = [and_(e.end >= min(whens) - ev.WINDOW, e.start <= max(whens) + ev.WINDOW)] if whens else []
    if len(whens) < len(docs):
        near.append(e.start.is_(None))
    events = {r.id: ev.EventState(r.id, r.start, r.end, Counter(json.loads(r.places)), r.documents)
              for r in conn.execute(select(compare_events).where(or_(*near)))}
    changed: set[int] = set()
    touched: Touched = {}
    doc_rows, figure_rows = [], []
    for d in docs:
        keys = d.keys if d.keys is not None else _stored_keys(conn, d.id)
        places = Counter({**{"who:" + n: 1 for n in d.actors}, **dict(keys.places)})
        copy = min((copies[fp] for fp, _ in d.articles if fp in copies), default=None)
        if copy is not None and copy[1] not in events:
            r = conn.execute(select(compare_events).where(e.id == copy[1])).one()
            events[r.id] = ev.EventState(r.id, r.start, r.end, Counter(json.loads(r.places)), r.documents)
        event = events[copy[1]] if copy is not None else ev.best_event(places, d.when, events.values())
        before = frozenset(ev.core_places(event.places, event.documents)) if event is not None else None
        if event is None:
            eid = _join_event(conn, None, places, d.when)
            event = events[eid] = ev.EventState(eid, d.when, d.when, Counter(dict.fromkeys(places, 1)), 1)
        else:
            event.places.update(dict.fromkeys(places, 1))
            times = [x for x in (event.start, event.end, d.when) if x is not None]
            event.start, event.end = min(times, default=None), max(times, default=None)
            event.documents += 1
            changed.add(event.id)
        doc_rows.append({"document_id": d.id, "event_id": event.id, "places": json.dumps(places)})
        figure_rows += [(d.figure_ids.get(f, f), event.id, q, p, s) for f, q, p, _, s in keys.figures]
        touched.setdefault(event.id, (before, []))[1].append(d.id)
        for fp, aid in d.articles:
            copies.setdefault(fp, (aid, event.id))
    if changed:
        conn.execute(
            update(compare_events).where(e.id == bindparam("eid")).values(
                start=bindparam("s"), end=bindparam("t"), places=bindparam("p"), documents=bindparam("n")),
            [{"eid": i, "s": events[i].start, "t": events[i].end, "p": json.dumps(events[i].places), "n": events[i].documents}
             for i in sorted(changed)],
        )
    conn.execute(insert(compare_docs), doc_rows)
    if kept is not None:
        kept.extend(figure_rows)
    if figure_rows:
        mark = "?" if conn.dialect.name == "sqlite" else "%s"
        conn.exec_driver_sql(
            f"INSERT INTO compare_figures (figure_id, event_id, quantity, place, sentence) VALUES ({', '.join([mark] * 5)})", figure_rows
        )
    return touched


def _stored_keys(conn: Connection, document_id: int) -> DocKeys:
    """The :class:`DocKeys` of a stored document, from its rows."""
    d, a = t.documents.c, t.articles.c
    doc = conn.execute(select(d.text, d.language).where(d.id == document_id)).one()
    places = conn.execute(select(a.dateline_place).where(a.document_id == document_id).order_by(a.id)).scalars().all()
    return document_keys(doc.text, doc.language, _figure_inputs(conn, document_id), list(places))


def _figure_inputs(conn: Connection, document_id: int) -> list[FigureInput]:
    fc = t.figures.c
    rows = conn.execute(
        select(fc.id, fc.span_start, fc.span_end, fc.counted, fc.category, fc.location, fc.evidence_start)
        .where(fc.document_id == document_id)
        .order_by(fc.span_start, fc.id)
    ).all()
    return [FigureInput(*r) for r in rows]


def _core(conn: Connection, event_id: int) -> frozenset[str]:
    e = compare_events.c
    row = conn.execute(select(e.places, e.documents).where(e.id == event_id)).one()
    return frozenset(ev.core_places(Counter(json.loads(row.places)), row.documents))


def _copy_event(conn: Connection, document_id: int, fingerprints: list[str]) -> int | None:
    """The event of an earlier exact copy of one of this document's articles (syndication)."""
    a, cd = t.articles.c, compare_docs.c
    if not fingerprints:
        return None
    return conn.execute(
        select(cd.event_id)
        .join(t.articles, a.document_id == cd.document_id)
        .where(a.fingerprint.in_(fingerprints), a.document_id != document_id)
        .order_by(a.id)  # the earliest copy: what join_events picks too
        .limit(1)
    ).scalar()


def _candidate_events(conn: Connection, when: datetime | None) -> list[ev.EventState]:
    e = compare_events.c
    q = select(e.id, e.start, e.end, e.places, e.documents)
    if when is not None:
        q = q.where(and_(e.end >= when - ev.WINDOW, e.start <= when + ev.WINDOW))
    else:  # a page without a time meets only events without a time (events.close)
        q = q.where(e.start.is_(None))
    return [ev.EventState(r.id, r.start, r.end, Counter(json.loads(r.places)), r.documents) for r in conn.execute(q)]


def _join_event(conn: Connection, event_id: int | None, places: Counter, when: datetime | None) -> int:
    e = compare_events.c
    if event_id is None:
        return conn.execute(
            insert(compare_events).values(start=when, end=when, places=json.dumps(dict.fromkeys(places, 1)), documents=1)
        ).inserted_primary_key[0]
    row = conn.execute(select(e.start, e.end, e.places, e.documents).where(e.id == event_id)).one()
    counted = Counter(json.loads(row.places))
    counted.update(dict.fromkeys(places, 1))
    times = [x for x in (row.start, row.end, when) if x is not None]
    conn.execute(
        update(compare_events)
        .where(e.id == event_id)
        .values(start=min(times, default=None), end=max(times, default=None), places=json.dumps(counted), documents=row.documents + 1)
    )
    return event_id


def _actors(conn: Connection, document_id: int) -> list[str]:
    """Folded names of the people and organisations a document names (two words or more: a name, not a noun)."""
    m, e = t.mentions.c, t.entities.c
    rows = conn.execute(select(e.key).join(t.mentions, m.entity_id == e.id).where(m.document_id == document_id, e.type.in_(["PER", "ORG"])))
    return sorted({k for (k,) in rows if len(k.split()) >= 2})


OWNED = frozenset({"seats"})  # quantities that belong to someone named beside them
UNCOUNTED = frozenset({"money", "percent"})  # amounts and shares never take a count's label from a figure before them
INHERIT_CHARS = 250  # "... 18 personen vermist. Toen stond de teller op 53": a bare number this close takes the label before it


@lru_cache(maxsize=None)
def _own_verbs(language: str) -> frozenset[str]:
    """The verbs that make a figure right before them its own clause's subject (``[clause] own_verbs``
    in ``figures.toml``), folded as :func:`window_after` folds words."""
    from claimtrack.lang import load

    return frozenset(text_key(w) for w in load(language, "figures")["clause"].get("own_verbs", ()))


def key_figures(text: str, language: str, rows: list[FigureInput]) -> list[dict]:
    """Each figure's quantity, own place and sentence (``rows`` in span order; pure).

    A bare number (no counted words, no label around it) shortly after a labelled
    figure counts what that figure counts ("Zeker 2200 mensen zijn gewond geraakt;
    het ministerie schat dit aantal op 3000").
    """
    values = []
    last: tuple[str, int] | None = None  # the latest label and where its figure ends
    then: dict[int, str] = {}  # sentence start -> the year its opener points back to
    for k, r in enumerate(rows):
        after = window_after(text, r.span_end)
        label, quals = quantity(r.counted, r.category, language, after, window_before(text, r.span_start))
        if (
            not label and not r.counted and last is not None and r.span_start - last[1] <= INHERIT_CHARS
            and r.category not in UNCOUNTED and not (after and after[0] in _own_verbs(language))
        ):  # "At least 700 were feared stranded": the subject of a clause of its own borrows no label
            # a label named since that figure is nearer ("14.000 huizen. Het aantal doden stijgt. De teller staat op 1297")
            label = nearest_label(text_key(text[last[1] : r.span_start]).split(), language)[1] or last[0]
        told = role(text, r.span_start, r.span_end, language, rows[k + 1].span_start if k + 1 < len(rows) else None) if label else ""
        if told:  # EARLIER: a role, not a part (grouping leaves it out, groups.quantity_key);
            quals = tuple(sorted({*quals, told}))  # SAID_BEFORE: earlier only beside the same claimant's other count
        if label and ":" not in label:
            last = (label, r.span_end)
        since = period_start(text, r.span_start if r.evidence_start is None else r.evidence_start, r.span_start, r.span_end, language) if label else ""
        if since:  # "412 died since June": the count runs from that day (grouping keeps periods apart, groups.group_event)
            quals = tuple(sorted({*quals, since}))
        if label and r.evidence_start is not None:  # "... in 1987. It killed 900": that year's count (groups.moment)
            if r.evidence_start not in then:
                then[r.evidence_start] = back_year(text, r.evidence_start, language)
            quals = tuple(sorted({*quals, then[r.evidence_start]} - {""}))
        if label in OWNED:  # a party's seats are that party's
            quals = tuple(sorted({*quals, "of:" + owner(text, r.span_start, r.span_end)}))
        values.append(
            dict(
                figure_id=r.id,
                quantity=label + ("|" + " ".join(quals) if quals and label else ""),
                place=_own_place(text, r, language),
                place_name=r.location,
                sentence=r.evidence_start,
            )
        )
    for k in _bracketed_parts(text, rows, [v["quantity"].partition("|")[0] for v in values]):
        label, _, quals = values[k]["quantity"].partition("|")
        values[k]["quantity"] = label + "|" + " ".join(sorted({*quals.split(), PART}))
    return values


JOINED_REACH = 150  # characters past a figure's number where its place phrase may stand
JOINED_WORDS = 5  # "en het noorden van Syrië": the coordinator and the words that may name the other country
_CLAUSE_END = re.compile(r"[.;:,()!?\n]")


def _own_place(text: str, r: FigureInput, language: str) -> str:
    """A figure's own place id; none where its place is the first of countries its sentence joins
    ("doden in Turkije en Syrië", "killed in Turkey and Syria"): a count of both is the event's whole,
    not the first country's part."""
    own = place_id(r.location)
    if not own.startswith("cc:"):
        return own
    start = r.evidence_start if r.evidence_start is not None else max(0, r.span_start - INHERIT_CHARS)
    at = text.find(r.location, start, r.span_end + JOINED_REACH)  # type: ignore[arg-type]
    tail = text[at + len(r.location) : at + len(r.location) + 60] if at >= 0 else ""  # type: ignore[arg-type]
    after = text_key(_CLAUSE_END.split(tail, 1)[0]).split()[:JOINED_WORDS]
    if after and after[0] in _coordinators(language):  # "en Syrië", "en het noorden van Syrië"
        others = (lookup(w) for w in after[1:])
        if any(p is not None and p.kind == "country" and p.id != own for p in others):
            return ""
    return own


@lru_cache(maxsize=None)
def _coordinators(language: str) -> frozenset[str]:
    """The words that join coordinated names in ``language`` (``sources.toml``: "en", "and")."""
    from claimtrack import lang

    try:
        return frozenset(text_key(w) for w in lang.load(language, "sources").get("coordinators", ()))
    except Exception:  # a language without source data
        return frozenset()


def _bracketed_parts(text: str, rows: list[FigureInput], labels: list[str]) -> list[int]:
    """The figures a bracket lists two or more of after a figure of the same label in their sentence:
    a breakdown of it ("15 gewonden (Luik 12, Namen 3)", "15 dead (12 in Kent, 3 in Essex)"), each a part."""
    listed: dict[tuple, list[int]] = defaultdict(list)  # (sentence, bracket, label) -> figures in it
    for k, r in enumerate(rows):
        start = r.evidence_start if r.evidence_start is not None else max(0, r.span_start - INHERIT_CHARS)
        head = text[start : r.span_start]
        opened = head.rfind("(")
        if labels[k] and opened > head.rfind(")"):
            listed[(r.evidence_start, start + opened, labels[k])].append(k)
    out = []
    for (sentence, opened, label), ks in listed.items():
        whole = any(labels[j] == label and rows[j].evidence_start == sentence and rows[j].span_end <= opened for j in range(ks[0]))
        if len(ks) > 1 and whole:
            out.extend(ks)
    return sorted({*out, *_bracketed_alone(text, rows, labels)})


def _bracketed_alone(text: str, rows: list[FigureInput], labels: list[str]) -> list[int]:
    """Figures of one label that stand alone in brackets two or more times in their sentence, each
    after what it counts at ("killed in the districts of Arvel (310) and Munt (42)"): a breakdown, each a part."""
    alone: dict[tuple, list[int]] = defaultdict(list)  # (sentence, label) -> figures alone in a bracket
    for k, r in enumerate(rows):
        before, after = text[max(0, r.span_start - 3) : r.span_start].rstrip(), text[r.span_end : r.span_end + 3].lstrip()
        if labels[k] and before.endswith("(") and after.startswith(")"):
            alone[(r.evidence_start, labels[k])].append(k)
    return [k for ks in alone.values() if len(ks) > 1 for k in ks]


# ---------------------------------------------------------------- grouping one event


def _rows(conn: Connection, where) -> list[tuple[FigureRecord, str, int | None]]:  # type: ignore[no-untyped-def]
    """FigureRecords (with event and quantity; no scope or split yet) plus each figure's own place
    and sentence. Each record is a :data:`KeptFigure` built once, from its row's values in field order."""
    fc, d, a, cf = t.figures.c, t.documents.c, t.articles.c, compare_figures.c
    q = (
        select(
            *record_columns(),
            cf.event_id.label("event"), cf.quantity, cf.place.label("own_place"), cf.sentence,
            # the page dates the figure: its own time, or one compare.times gave it (not the page's time)
            or_(fc.time_value.is_not(None), fc.refers_to != func.coalesce(a.published, d.fetched_at)).label("own_time"),
            a.published.is_not(None).label("dated"),
            func.coalesce(a.published, d.fetched_at).label("page_time"),
        )
        .join(t.documents, d.id == fc.document_id)
        .join(t.articles, a.id == fc.article_id)
        .join(compare_figures, cf.figure_id == fc.id)
        .where(where)
    )
    result = conn.execute(q)
    n, evidence = _record_layout(tuple(result.keys()))
    try:  # the driver's own rows, each value turned as SQLAlchemy would (its column type's processor)
        described = [d[1] for d in result.cursor.description]
        raw = result.cursor.fetchall()
    finally:
        result.close()
    types = [c.type for c in q.selected_columns]
    convert = [(i, p) for i, (ty, code) in enumerate(zip(types, described)) if (p := ty._cached_result_processor(conn.dialect, code))]
    out = []
    for row in raw:
        values = list(row)
        for i, p in convert:
            values[i] = p(values[i])
        *values, own, sentence, own_time, dated, page_time = values
        basis = "figure" if own_time else "article" if dated else "fetched"
        values[evidence] = values[evidence] or ""
        out.append((KeptFigure(*values, "", "", basis, page_time), own, sentence))
    return out


_FIELDS = tuple(f.name for f in fields(FigureRecord))

# FigureRecord's fields in a plain slotted class: a regroup builds one per figure of its event
# (thousands), and a frozen dataclass's __init__ (object.__setattr__ per field) costs ten times
# as much. Grouping reads records by field name, so it takes either.
KeptFigure = make_dataclass("KeptFigure", [(f.name, f.type) for f in fields(FigureRecord)], slots=True, eq=False)


def _record_layout(names: tuple[str, ...]) -> tuple[int, int]:
    """How many leading columns of :func:`_rows`'s query are FigureRecord's fields in order (then
    come scope, split, time_basis and page_time), and where ``evidence`` is among them."""
    n = len(names) - 5  # own_place, sentence, own_time, dated, page_time
    if names[:n] != _FIELDS[:n] or _FIELDS[n:] != ("scope", "split", "time_basis", "page_time"):
        raise RuntimeError(f"the figure query's columns {names[:n]} are not FigureRecord's fields {_FIELDS}")
    return n, names.index("evidence")


def scope_of(own: str, sentence_places: set[str], core: set[str], core_countries: set[str]) -> str:
    """The part of the event a figure counts: ``""`` for the whole, else its place id.

    A figure named beside figures of other places in one sentence is part of a
    breakdown ("32 in Luik, 2 in Namen") and keeps its place; otherwise a core place
    of the event (or a core place's country) means the whole event.
    """
    if not own:
        return ""
    if len(sentence_places) > 1:
        return "" if _holds_all(own, sentence_places, core_countries) else own
    if own.startswith("name:"):  # a name the gazetteer does not know (a region, a square) is no evidence of a part
        return ""
    if own.startswith("cc:") and sum(p.startswith("cc:") for p in core) > 1:
        return own  # an event in two countries ("Turkije en Syrië"): each country's count is a part
    if own in core or (own.startswith("cc:") and own[3:] in core_countries):
        return ""
    return own


def _holds_all(own: str, sentence_places: set[str], core_countries: set[str]) -> bool:
    """Whether ``own`` is the event's country and every other place of its sentence lies in it:
    "1.12 million in France, including 80,000 in Paris" gives the whole and one part."""
    if not own.startswith("cc:") or own[3:] not in core_countries:
        return False
    return all(p == own or (not p.startswith("cc:") and _country_of(p) == own[3:]) for p in sentence_places)


PART_RATIO = 2  # a count at a place that its page's count for the whole exceeds this many times is a part


def _parts_of_page(found: list[tuple[FigureRecord, str, int | None]]) -> None:
    """A core city's count is a part where its page gives the whole as larger ("1,1 miljoen
    betogers, onder wie 80.000 in Parijs"; "2 million ... and 400,000 in Paris") or counts the
    same at another city ("In Rome 52.000 ... In Milaan 21.000"): in an event of many cities the
    place most pages name is one of them, not the event (set in place)."""
    whole: dict[tuple, float] = {}
    cities: dict[tuple, set[str]] = {}
    for r, own, _ in found:
        key = (r.document_id, r.quantity)
        if own.startswith("geo:"):
            cities.setdefault(key, set()).add(own)
        elif not r.scope and (not own or own.startswith("cc:")) and r.low is not None:
            whole[key] = max(whole.get(key, r.low), r.low)
    for r, own, _ in found:
        if r.scope or not own.startswith("geo:"):
            continue
        key = (r.document_id, r.quantity)
        value = r.high if r.high is not None else r.low
        top = whole.get(key)
        if len(cities[key]) > 1 or value is not None and top is not None and top >= PART_RATIO * value:
            r.scope = own


def regroup_event(
    conn: Connection, event_id: int, countries: dict[str, str | None] | None = None, held: list[Found] | None = None
) -> list[FigureGroup]:
    """Group one event's figures again (applying the stored corrections) and store the groups.
    ``countries``: the country of place ids, where known already (saves loading the gazetteer);
    ``held``: the event's figures as :func:`_rows` reads them, built by the writer that wrote them
    (used only when they are every figure the store holds in the event)."""
    e, cf, cg = compare_events.c, compare_figures.c, compare_groups.c
    core, core_countries = _core_and_countries(conn, event_id, countries)
    found = held if held is not None and _all_of(conn, event_id, held) else _rows(conn, cf.event_id == event_id)
    splits, merges = _corrections(conn, found)
    records = _scoped(found, core, core_countries, splits)
    groups = group_event(records, merges)
    conn.execute(delete(compare_groups).where(cg.event_id == event_id))
    conn.execute(update(compare_figures).where(cf.event_id == event_id, cf.group_id.is_not(None)).values(group_id=None))
    _store_groups(conn, event_id, groups, records)
    return groups


def _all_of(conn: Connection, event_id: int, held: list[Found]) -> bool:
    """Whether ``held`` is every figure of the event (none from before the run, none another writer added)."""
    result = conn.execute(select(compare_figures.c.figure_id).where(compare_figures.c.event_id == event_id))
    try:
        ids = {i for (i,) in result.cursor.fetchall()}  # the driver's own rows: plain ints
    finally:
        result.close()
    return len(ids) == len(held) and ids == {r.figure_id for r, _, _ in held}


def _core_and_countries(
    conn: Connection, event_id: int, countries: dict[str, str | None] | None = None
) -> tuple[frozenset[str], set[str]]:
    core, countries = _core(conn, event_id), countries or {}
    return core, {c for c in (countries[p] if p in countries else _country_of(p) for p in core) if c}


def _country_of(pid: str) -> str | None:
    """:func:`~claimtrack.compare.events.country_of`; a name the gazetteer does not know has none (no need to load it)."""
    return None if pid.startswith("name:") else ev.country_of(pid)


def _scoped(found: list[tuple[FigureRecord, str, int | None]], core, core_countries, splits=None) -> list[FigureRecord]:  # type: ignore[no-untyped-def]
    """The records of :func:`_rows` given their scope (:func:`scope_of`) and, with ``splits``,
    their split token (set in place: :func:`_rows` made them for this regroup alone); a
    sentence's places are its document's only."""
    by_sentence: dict[tuple, set[str]] = {}
    for r, own, sentence in found:
        if own and sentence is not None:
            by_sentence.setdefault((r.document_id, sentence), set()).add(own)
    splits = splits or {}
    out = []
    for r, own, sentence in found:
        if own:
            r.scope = scope_of(own, by_sentence.get((r.document_id, sentence), set()), core, core_countries)
        r.split = splits.get(r.figure_id, "")
        out.append(r)
    _parts_of_page(found)
    return out


def base_key(r: FigureRecord) -> str:
    """What a record counts, as grouping sees it (:func:`~claimtrack.compare.groups.quantity_key`
    without the qualifiers): a group never spans two of these unless a person merged it."""
    label = refine(r.quantity, r.span, r.counted, r.evidence).partition("|")[0]
    return json.dumps([r.unit, label, r.scope])


def _store_groups(conn: Connection, event_id: int, groups: list[FigureGroup], records: list[FigureRecord]) -> None:
    """Insert ``groups`` (whose old rows are gone) and point their figures at them, in two round trips."""
    if not groups:
        return
    by_id = {r.figure_id: r for r in records}
    rows, links = [], []
    for g in groups:
        ids = [i for c in g.claims for i in c.figure_ids]
        rows.append(dict(
            group_id=g.id, event_id=event_id, quantity=g.quantity, disagreement=g.disagreement,
            latest=g.end, size=len(ids), base=base_key(by_id[min(ids)]),
        ))
        links.append((g.id, ids))
    conn.execute(insert(compare_groups), rows)
    _point(conn, links)


POINT_CHUNK = 500  # figure ids per UPDATE: well below SQLite's smallest limit of bound values (999)


def _point(conn: Connection, links: list[tuple[str, list[int]]]) -> None:
    """Point each group's figures at it: one ``UPDATE ... WHERE figure_id IN (...)`` per group (per
    :data:`POINT_CHUNK` figures), not one per figure (a statement's fixed cost, thousands of times)."""
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql("UPDATE compare_figures SET group_id = %s WHERE figure_id = ANY(%s)", links)
        return
    cur = conn.connection.cursor()  # the driver's own: one statement text per chunk size
    try:
        for gid, ids in links:
            for i in range(0, len(ids), POINT_CHUNK):
                part = ids[i:i + POINT_CHUNK]
                cur.execute(f"UPDATE compare_figures SET group_id = ? WHERE figure_id IN ({', '.join('?' * len(part))})", (gid, *part))
    finally:
        cur.close()


def regroup_batch(conn: Connection, touched: Touched) -> None:
    """Regroup what a batch of new documents touched (:func:`maintain` with ``touched``), event by event."""
    for event_id, (before, documents) in touched.items():
        regroup_touched(conn, event_id, documents, before)


def regroup_touched(conn: Connection, event_id: int, documents: list[int], core_before: frozenset[str] | None) -> None:
    """Regroup only the groups that ``documents`` (new in the event) touch: the same groups as
    :func:`regroup_event`, at the cost of those groups, not of the event.

    A group lies within one :func:`base_key` (unit, quantity, scope), so the new figures'
    keys name every group that can change. The whole event is regrouped instead when
    that does not hold: its core places changed (every scope may change), a person's
    correction touches it, or it has groups from before keys were kept.
    """
    cf, cg, fc = compare_figures.c, compare_groups.c, t.figures.c
    if core_before is None or _core(conn, event_id) != core_before or _needs_full(conn, event_id):
        regroup_event(conn, event_id)
        return
    core, core_countries = _core_and_countries(conn, event_id)
    new = _scoped(_rows(conn, and_(cf.event_id == event_id, fc.document_id.in_(documents))), core, core_countries)
    keys = {base_key(r) for r in new if r.quantity}
    if not keys:
        return
    old_groups = dict(conn.execute(select(cg.group_id, cg.base).where(cg.event_id == event_id, cg.base.in_(sorted(keys)))).all())
    old: list[FigureRecord] = []
    if old_groups:
        gid_of = dict(conn.execute(select(cf.figure_id, cf.group_id).where(cf.group_id.in_(sorted(old_groups)))).all())
        for r, _, _ in _rows(conn, cf.group_id.in_(sorted(old_groups))):
            r.scope = json.loads(old_groups[gid_of[r.figure_id]])[2]  # its scope is its group's
            old.append(r)
        conn.execute(delete(compare_groups).where(cg.group_id.in_(sorted(old_groups))))
        conn.execute(update(compare_figures).where(cf.group_id.in_(sorted(old_groups))).values(group_id=None))
    records = old + new
    _store_groups(conn, event_id, group_event(records), records)


def _needs_full(conn: Connection, event_id: int) -> bool:
    """Whether a correction touches the event, or a group of it has no stored key (kept before 0003_ingest2)."""
    cg, cc, cd, d = compare_groups.c, compare_corrections.c, compare_docs.c, t.documents.c
    unkeyed = conn.execute(select(cg.group_id).where(cg.event_id == event_id, cg.base.is_(None)).limit(1)).first()
    if unkeyed is not None:
        return True
    corrected = conn.execute(
        select(cc.id)
        .join(t.documents, d.sha256 == cc.a_sha)
        .join(compare_docs, cd.document_id == d.id)
        .where(cd.event_id == event_id)
        .limit(1)
    ).first()
    return corrected is not None


def _corrections(conn: Connection, found: list[Found]) -> tuple[dict[int, str], list[tuple[int, int]]]:
    """The stored splits (figure id -> token) and merges (figure id pairs) that touch these figures."""
    shas = sorted({r.doc_sha for r, _, _ in found})
    cc = compare_corrections.c
    splits: dict[int, str] = {}
    merges: list[tuple[int, int]] = []
    if not shas:
        return splits, merges
    rows = conn.execute(select(compare_corrections).where(cc.a_sha.in_(shas)).order_by(cc.id)).mappings().all()
    by_name = {(r.doc_sha, r.local_id): r.figure_id for r, _, _ in found} if rows else {}  # (most events have none)
    for c in rows:
        a = by_name.get((c["a_sha"], c["a_local"]))
        if a is None:
            continue
        if c["kind"] == "split":
            splits[a] = c["token"]
        else:
            b = by_name.get((c["b_sha"], c["b_local"]))
            if b is not None:
                merges.append((a, b))
    return splits, merges


# ---------------------------------------------------------------- whole store


def missing_documents(conn: Connection) -> list[int]:
    """Stored documents not yet in an event (stored before groups were kept), oldest first."""
    d, cd = t.documents.c, compare_docs.c
    return list(
        conn.execute(
            select(d.id).where(~d.id.in_(select(cd.document_id))).order_by(func.coalesce(d.fetched_at, d.stored_at), d.id)
        ).scalars()
    )


def catch_up(engine: Engine) -> int:
    """Key and group the documents stored before groups were kept, and regroup the events
    a bulk load left ungrouped (:func:`regroup_pending`); returns how many documents."""
    with engine.connect() as conn:
        todo = missing_documents(conn)
    for doc_id in todo:
        with engine.begin() as conn:
            maintain(conn, doc_id)
    regroup_pending(engine)
    return len(todo)


def pending_events(conn: Connection) -> list[int]:
    """Events holding a counted figure in no group: stored by a bulk load with ``regroup=False``."""
    cf = compare_figures.c
    return list(conn.execute(
        select(cf.event_id).where(cf.group_id.is_(None), cf.quantity != "").distinct().order_by(cf.event_id)
    ).scalars())


def regroup_pending(engine: Engine, countries: dict[str, str | None] | None = None, held: Held | None = None) -> int:
    """Regroup, whole and once, each event a bulk load left pending (one transaction per event);
    returns how many. The groups are those one document at a time would have kept.
    ``countries``: place id -> country code, where known already (:attr:`DocRows.countries`);
    ``held``: what the loader wrote (:class:`~claimtrack.store.write.HeldFigures`), so that an
    event it wrote alone is grouped without reading its figures back."""
    with engine.connect() as conn:
        todo = pending_events(conn)
    records = held.records(engine.dialect) if held is not None and todo else {}
    for event_id in todo:
        with collector_paused(), engine.begin() as conn:
            regroup_event(conn, event_id, countries, records.get(event_id))
    return len(todo)


def regroup_all(engine: Engine) -> int:
    """Forget events, keys and groups (corrections stay) and build them again; returns documents done."""
    with engine.begin() as conn:
        for table in (compare_groups, compare_figures, compare_docs, compare_events):
            conn.execute(delete(table))
    return catch_up(engine)


def is_current(engine: Engine) -> bool:
    """Whether every stored document is in an event."""
    with engine.connect() as conn:
        docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
        kept = conn.execute(select(func.count()).select_from(compare_docs)).scalar_one()
        cf = compare_figures.c
        pending = conn.execute(select(cf.figure_id).where(cf.group_id.is_(None), cf.quantity != "").limit(1)).first()
    return docs == kept and pending is None


# ---------------------------------------------------------------- reading


def group_ids(
    engine: Engine, *, only_conflicts: bool = False, within: set[str] | None = None, limit: int = 50, offset: int = 0
) -> tuple[list[str], int]:
    """One page of kept group ids, newest first, and how many there are."""
    cg = compare_groups.c
    conds = [cg.disagreement.is_(True)] if only_conflicts else []
    if within is not None:
        conds.append(cg.group_id.in_(sorted(within)))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(compare_groups).where(and_(True, *conds))).scalar_one()
        ids = conn.execute(
            select(cg.group_id).where(and_(True, *conds)).order_by(cg.latest.desc().nulls_last(), cg.group_id.desc()).limit(limit).offset(offset)
        ).scalars().all()
    return list(ids), total


def build_groups(engine: Engine, ids: list[str]) -> list[FigureGroup]:
    """The kept groups ``ids``, built from their figures, in the order given."""
    if not ids:
        return []
    cf = compare_figures.c
    with engine.connect() as conn:
        found = _rows(conn, cf.group_id.in_(ids))
        gid_of = dict(conn.execute(select(cf.figure_id, cf.group_id).where(cf.group_id.in_(ids))).all())
    members: dict[str, list[FigureRecord]] = {}
    for r, _, _ in found:
        members.setdefault(gid_of[r.figure_id], []).append(r)
    out = []
    for gid in ids:
        rs = members.get(gid)
        if rs:
            out.append(kept_group(gid, rs))
    return out


def kept_group(gid: str, rs: list[FigureRecord]) -> FigureGroup:
    """One kept group from its members (their grouping is decided: only claims and judgments are made)."""
    rs = sorted(rs, key=lambda r: (r.refers_to or datetime.min.replace(tzinfo=timezone.utc), r.doc_sha, r.local_id))
    category = Counter(r.category for r in rs).most_common(1)[0][0]
    g = make_group(category, rs[0].unit, rs, judge=judge_in_time)
    quantity = Counter(r.quantity.partition("|")[0] for r in rs).most_common(1)[0][0]
    return copy_with(g, id=gid, event=rs[0].event, quantity=quantity)  # type: ignore[arg-type]


def groups_of_figures(engine: Engine, figure_ids: set[int]) -> set[str]:
    """The kept groups holding any of ``figure_ids``."""
    cf = compare_figures.c
    with engine.connect() as conn:
        return set(conn.execute(select(cf.group_id).where(cf.figure_id.in_(sorted(figure_ids)), cf.group_id.is_not(None)).distinct()).scalars())


# ---------------------------------------------------------------- corrections


def _members(conn: Connection, group_id: str) -> list[tuple[int, str, str, int]]:
    cf, fc, d = compare_figures.c, t.figures.c, t.documents.c
    return conn.execute(
        select(cf.figure_id, d.sha256, fc.local_id, cf.event_id)
        .join(t.figures, fc.id == cf.figure_id)
        .join(t.documents, d.id == fc.document_id)
        .where(cf.group_id == group_id)
        .order_by(cf.figure_id)
    ).all()


def merge(engine: Engine, group_a: str, group_b: str) -> str:
    """Make two kept groups one (stored; survives regrouping); returns the merged group's id.

    Raises:
        KeyError: a group id that is not there.
    """
    with engine.begin() as conn:
        ma, mb = _members(conn, group_a), _members(conn, group_b)
        if not ma or not mb:
            raise KeyError(group_a if not ma else group_b)
        ea, eb = ma[0][3], mb[0][3]
        if ea != eb:  # a person says these are one event: the second event's documents join the first
            _merge_events(conn, ea, eb)
        conn.execute(
            insert(compare_corrections).values(
                kind="merge", a_sha=ma[0][1], a_local=ma[0][2], b_sha=mb[0][1], b_local=mb[0][2], made_at=datetime.now(timezone.utc)
            )
        )
        groups = regroup_event(conn, ea)
    return next(g.id for g in groups if ma[0][0] in {i for c in g.claims for i in c.figure_ids})


def _merge_events(conn: Connection, keep: int, gone: int) -> None:
    e, cd, cf = compare_events.c, compare_docs.c, compare_figures.c
    conn.execute(update(compare_docs).where(cd.event_id == gone).values(event_id=keep))
    conn.execute(update(compare_figures).where(cf.event_id == gone).values(event_id=keep))
    rows = {r.id: r for r in conn.execute(select(compare_events).where(e.id.in_([keep, gone])))}
    places = Counter(json.loads(rows[keep].places)) + Counter(json.loads(rows[gone].places))
    times = [x for r in rows.values() for x in (r.start, r.end) if x is not None]
    conn.execute(
        update(compare_events).where(e.id == keep).values(
            places=json.dumps(places), documents=rows[keep].documents + rows[gone].documents,
            start=min(times, default=None), end=max(times, default=None),
        )
    )
    conn.execute(delete(compare_groups).where(compare_groups.c.event_id == gone))
    conn.execute(delete(compare_events).where(e.id == gone))


def split(engine: Engine, group_id: str, figure_ids: list[int]) -> str:
    """Take ``figure_ids`` out of a kept group into a group of their own (stored); returns its id.

    Raises:
        KeyError: the group is not there.
        ValueError: a figure that is not in the group, or no figures.
    """
    with engine.begin() as conn:
        members = _members(conn, group_id)
        if not members:
            raise KeyError(group_id)
        inside = {m[0]: m for m in members}
        if not figure_ids or any(f not in inside for f in figure_ids):
            raise ValueError(f"figures {figure_ids} are not all in group {group_id}")
        token = uuid.uuid4().hex
        now = datetime.now(timezone.utc)
        for f in figure_ids:
            _, sha, local, _ = inside[f]
            conn.execute(insert(compare_corrections).values(kind="split", a_sha=sha, a_local=local, token=token, made_at=now))
        groups = regroup_event(conn, members[0][3])
    return next(g.id for g in groups if figure_ids[0] in {i for c in g.claims for i in c.figure_ids})
