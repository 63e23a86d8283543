"""The store's write path: rows built in the workers (store/rows.py), written a batch at a time.

Whatever the number of workers or the batch size, and whether documents come one at a
time (the web form) or in batches (ingest, load), the store holds the same rows, ids
included, row by row.
"""

from __future__ import annotations

import json
import pickle
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from store_fixtures import BACKENDS, PG_URL, _pg_admin, store, store_url, write_pages  # noqa: F401

from claimtrack.ingest import ingest, iter_inputs
from claimtrack.pipeline import extract
from claimtrack.store import connect, store_extraction
from claimtrack.store import groups as g
from claimtrack.store import schema as t
from claimtrack.read.inputs import Reject
from claimtrack.store.rows import FIGURE_COLUMNS, doc_rows, time_writer
from claimtrack.store.write import prepare, store_batch

PAGES = Path(__file__).parent / "pages"
FETCHED = datetime(2026, 5, 11, 10, 0, tzinfo=timezone(timedelta(hours=2)))
SKIP = {"stored_at", "rejected_at", "tsv"}  # the clock, and PostgreSQL's search index (checked apart)


def dump(engine) -> dict[str, list[tuple]]:
    """Every row of every table, ids included, in id order (what differs between runs left out)."""
    out = {}
    with engine.connect() as conn:
        for table in [*t.metadata.sorted_tables, *g.metadata.sorted_tables]:
            cols = ", ".join(f'"{c.name}"' for c in table.c if c.name not in SKIP)
            keys = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            # the driver's own values: on SQLite, times are compared as the text stored
            out[table.name] = [tuple(r) for r in conn.exec_driver_sql(f'SELECT {cols} FROM "{table.name}" ORDER BY {keys}')]
        if engine.dialect.name == "sqlite":
            out["search"] = [tuple(r) for r in conn.execute(text("SELECT rowid, headline, body FROM articles_fts ORDER BY rowid"))]
        else:
            out["search"] = [tuple(r) for r in conn.execute(text("SELECT id, tsv::text FROM articles ORDER BY id"))]
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Own test pages (Dutch and English, several events), generated storm pages, a copy, a bad file."""
    root = tmp_path_factory.mktemp("rows") / "pages"
    shutil.copytree(PAGES, root)
    write_pages(root / "storm", 6, teasers=2)
    shutil.copy(root / "police.txt", root / "storm" / "police_again.txt")  # the same text twice: stored once
    (root / "storm" / "kapot.txt").write_bytes(b"\x00\x01 binary")
    return root


@pytest.fixture(params=BACKENDS)
def new_store(request, tmp_path):
    """A maker of empty stores (SQLite files, or fresh PostgreSQL schemas, whose ids start at 1 too)."""
    made = []

    def make() -> str:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / f'store{len(made)}.db'}"
        else:
            name = f"ct_{uuid.uuid4().hex[:12]}"
            with _pg_admin().connect() as conn:
                conn.execute(text(f'CREATE SCHEMA "{name}"'))
            url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
        made.append((request.param, url))
        return url

    yield make
    for kind, url in made:
        if kind == "postgres":
            with _pg_admin().connect() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{make_url(url).query["options"].split("=")[1]}" CASCADE'))


def test_one_or_two_workers_give_the_same_store_row_by_row(new_store, folder) -> None:
    one_url, two_url = new_store(), new_store()
    one = ingest([str(folder)], one_url, workers=1, fetched_at=FETCHED)
    two = ingest([str(folder)], two_url, workers=2, fetched_at=FETCHED)
    assert one == two
    assert (one.documents, one.skipped, one.rejected) == (26, 1, 1)
    first, second = dump(connect(one_url)), dump(connect(two_url))
    assert first == second
    assert len(first["compare_events"]) > 3 and len(first["compare_groups"]) > 3


def test_one_by_one_or_in_batches_the_store_is_the_same(new_store, folder) -> None:
    docs = [d for d in iter_inputs([str(folder)], fetched_at=FETCHED) if not isinstance(d, Reject)]
    prepared = [prepare(extract(d)) for d in docs]
    alone = connect(new_store())
    for p in prepared:  # the web form's path: one document per transaction, its groups kept at once
        store_extraction(alone, p)
    batched = connect(new_store())
    rows = [doc_rows(p, batched.dialect.name) for p in prepared]
    for i in range(0, len(rows), 7):  # ingest's and load's path: groups built once at the end
        store_batch(batched, rows[i : i + 7], regroup=False)
    assert g.pending_events(batched.connect())
    g.regroup_pending(batched)
    assert dump(batched) == dump(alone)
    again = store_batch(batched, rows[:3])
    assert [r.stored for r in again] == [False] * 3


def test_sqlite_ids_counted_by_the_writer_are_the_ids_read_back(tmp_path, folder, monkeypatch) -> None:
    """On SQLite the writer counts the ids of the rows it writes (one past the table's largest id)
    instead of reading them back, as it does on PostgreSQL: row by row the same store, into an
    empty store and into one that holds documents (and entities) already, in batches of 5."""
    from claimtrack.ingest import run
    from claimtrack.store import write

    def fill(url: str) -> dict:
        ingest([str(folder / "storm")], url, fetched_at=FETCHED)
        run(iter_inputs([str(folder)], fetched_at=FETCHED), connect(url), workers=2, commit_every=5)
        return dump(connect(url))

    counted = fill(f"sqlite:///{tmp_path / 'counted.db'}")
    monkeypatch.setattr(write, "_last_ids", lambda conn: None)  # the ids read back, as on PostgreSQL
    read_back = fill(f"sqlite:///{tmp_path / 'read.db'}")
    assert counted == read_back
    assert [r[0] for r in counted["documents"]] == list(range(1, 27))
    assert len(counted["figures"]) > 40 and [r[0] for r in counted["figures"]] == list(range(1, len(counted["figures"]) + 1))


def test_a_regroup_of_everything_keeps_the_events_the_batches_made(store, folder) -> None:  # noqa: F811
    ingest([str(folder)], store, fetched_at=FETCHED)
    before = dump(store)
    g.regroup_all(store)  # one document at a time, read back from the store (groups.maintain)
    assert _events_renumbered(dump(store)) == _events_renumbered(before)


def _events_renumbered(d: dict) -> dict:
    """``d`` with event ids 1, 2, ... in the order they were made (PostgreSQL's sequence goes on after a regroup)."""
    new = {row[0]: i for i, row in enumerate(d["compare_events"], 1)}
    out = dict(d, compare_events=[(new[r[0]], *r[1:]) for r in d["compare_events"]])
    for name in ("compare_docs", "compare_figures", "compare_groups"):
        at = [c.name for c in g.metadata.tables[name].c if c.name not in SKIP].index("event_id")
        out[name] = [(*r[:at], new[r[at]], *r[at + 1:]) for r in d[name]]
    return out


def test_rows_are_plain_values_in_the_store_s_own_form() -> None:
    doc = next(d for d in iter_inputs([str(PAGES / "police.txt")], fetched_at=FETCHED))
    p = prepare(extract(doc))
    rows = doc_rows(p, "sqlite")
    assert rows.document[4] == "2026-05-11 08:00:00.000000"  # fetched_at: UTC, as SQLAlchemy writes it to SQLite
    assert doc_rows(p, "postgresql").document[4] == datetime(2026, 5, 11, 8, 0, tzinfo=timezone.utc)
    assert time_writer("sqlite")(datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc)) == "2026-01-02 03:04:05.000006"
    with pytest.raises(ValueError, match="naive"):
        time_writer("sqlite")(datetime(2026, 1, 2))

    def plain(v) -> bool:
        if isinstance(v, tuple):
            return all(plain(x) for x in v)
        return v is None or type(v) in (str, int, float, bool)

    assert all(plain(getattr(rows, f)) for f in ("document", "articles", "search", "statements", "figures", "mentions"))
    assert [f[0] for f in rows.figures] == [f.id for f in p.extraction.figures]
    assert b"claimtrack.model" not in pickle.dumps(rows)  # no Span or Figure objects: cheap to send back from a worker
    assert pickle.loads(pickle.dumps(rows)) == rows


def test_rows_for_one_kind_of_store_are_refused_by_another(store) -> None:  # noqa: F811
    doc = next(d for d in iter_inputs([str(PAGES / "police.txt")], fetched_at=FETCHED))
    other = "postgresql" if store.dialect.name == "sqlite" else "sqlite"
    with pytest.raises(ValueError, match="another kind of store"):
        store_batch(store, [doc_rows(prepare(extract(doc)), other)])


def test_the_per_class_plan_renders_the_contract_as_to_plain_does() -> None:
    from claimtrack.model import to_plain
    from claimtrack.serialize import plain_of

    docs = [d for d in iter_inputs([str(PAGES), str(PAGES.parent / "data")], fetched_at=FETCHED) if not isinstance(d, Reject)]
    xs = [extract(d) for d in docs]
    assert len(xs) > 30 and any(s.time and s.time.value for x in xs for s in x.statements)
    for x in xs:
        assert json.dumps(plain_of(x), ensure_ascii=False) == json.dumps(to_plain(x), ensure_ascii=False), x.source.path
    x = next(x for x in xs if any(f.time and f.time.value for f in x.figures))
    f = next(f for f in x.figures if f.time and f.time.value)
    assert plain_of(f)["time"]["value"] == f.time.value.isoformat()
    assert plain_of(f)["span"] == {"text": f.span.text, "start": f.span.start, "end": f.span.end}


def test_sqlite_gets_a_figure_s_approximate_as_0_or_1_and_reads_back_true_or_false(tmp_path) -> None:
    doc = next(d for d in iter_inputs([str(PAGES / "names_wire_en.txt")], fetched_at=FETCHED))  # "about 20 boats"
    p = prepare(extract(doc))
    flags = [f.approximate for f in p.extraction.figures]
    assert True in flags and False in flags
    at = FIGURE_COLUMNS.index("approximate") - FIGURE_COLUMNS.index("local_id")  # a row leaves out the writer's ids
    assert [f[at] for f in doc_rows(p, "sqlite").figures] == [int(a) for a in flags]
    assert [type(f[at]) for f in doc_rows(p, "sqlite").figures] == [int] * len(flags)
    assert [f[at] for f in doc_rows(p, "postgresql").figures] == flags  # PostgreSQL's boolean takes a bool
    engine = connect(f"sqlite:///{tmp_path / 'flags.db'}")
    store_batch(engine, [doc_rows(p, "sqlite")])
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT typeof(approximate), approximate FROM figures ORDER BY id").all()
        read = conn.execute(select(t.figures.c.approximate).order_by(t.figures.c.id)).scalars().all()
    assert stored == [("integer", int(a)) for a in flags]  # what pysqlite made of a bool before: the same value
    assert read == flags


def test_sqlite_binds_none_as_null_through_the_registered_adapter() -> None:
    import sqlite3

    import claimtrack.store.write  # noqa: F401 - registers it

    assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)](None) is None
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE x (a, b)")
    db.executemany("INSERT INTO x VALUES (?, ?)", [(None, 1), ("", None)])
    assert db.execute("SELECT typeof(a), a IS NULL, typeof(b) FROM x ORDER BY rowid").fetchall() == [
        ("null", 1, "integer"), ("text", 0, "null"),
    ]


def test_a_pool_run_freezes_the_collector_s_objects_only_while_its_workers_run(tmp_path) -> None:
    import gc

    before = gc.get_freeze_count()
    during: list[int] = []
    counts = ingest([str(PAGES / "police.txt"), str(PAGES / "court.txt")], f"sqlite:///{tmp_path / 'gc.db'}",
                    workers=2, fetched_at=FETCHED, progress=lambda c, s: during.append(gc.get_freeze_count()))
    assert counts.documents == 2 and len(during) == 2
    assert min(during) > before  # what the workers share is out of the collector's reach during the run
    assert gc.get_freeze_count() == before  # and collectable again after it


def test_the_regroup_reads_each_figure_as_the_store_s_other_readers_do(new_store, folder) -> None:
    """groups._rows takes the driver's own rows and turns each value by its column type's processor:
    the same values, of the same types, as a FigureRecord read through SQLAlchemy's result rows."""
    from dataclasses import fields

    from claimtrack.compare.groups import FigureRecord
    from claimtrack.store.queries import figure_records

    engine = connect(new_store())
    ingest([str(folder)], engine, fetched_at=FETCHED)
    with engine.connect() as conn:
        found = g._rows(conn, g.compare_figures.c.event_id.is_not(None))
        kept = dict(conn.execute(select(g.compare_figures.c.figure_id, g.compare_figures.c.quantity)).all())
    reference = {r.figure_id: r for r in figure_records(engine)}
    assert len(reference) > 50 and {r.figure_id for r, _, _ in found} >= set(reference)
    own = [f.name for f in fields(FigureRecord) if f.name not in ("event", "quantity", "scope", "split", "time_basis", "page_time")]
    for r, _, _ in found:
        if r.figure_id in reference:
            want = reference[r.figure_id]
            assert [getattr(r, n) for n in own] == [getattr(want, n) for n in own]
            assert [type(getattr(r, n)) for n in own] == [type(getattr(want, n)) for n in own]
        assert r.quantity == kept[r.figure_id] and (r.scope, r.split) == ("", "")
    assert any(r.refers_to.tzinfo is not None for r, _, _ in found)
    assert {type(r.approximate) for r, _, _ in found} == {bool}
    assert {r.time_basis for r, _, _ in found} >= {"figure", "fetched"}
    assert all(r.page_time is not None and r.page_time.tzinfo is not None for r, _, _ in found)  # the page's time


def test_groups_pointed_at_in_chunks_are_the_same_groups(new_store, folder, monkeypatch) -> None:
    """_point sends a group's figure ids a chunk per UPDATE: with chunks of 2 the store is the same."""
    whole = new_store()
    ingest([str(folder)], whole, fetched_at=FETCHED)
    monkeypatch.setattr(g, "POINT_CHUNK", 2)
    chunked = new_store()
    ingest([str(folder)], chunked, fetched_at=FETCHED)
    assert dump(connect(chunked)) == dump(connect(whole))
    with connect(whole).connect() as conn:
        sizes = conn.execute(select(g.compare_groups.c.size)).scalars().all()
    assert max(sizes) > 2


def test_the_figures_a_run_held_are_the_records_the_store_gives_back(new_store, folder) -> None:
    """HeldFigures builds each figure's record from the rows the writer bound: field by field and type
    by type what groups._rows reads back from the store, own place and sentence included."""
    from dataclasses import fields

    from claimtrack.store.write import HeldFigures

    engine = connect(new_store())
    docs = [d for d in iter_inputs([str(folder)], fetched_at=FETCHED) if not isinstance(d, Reject)]
    rows = [doc_rows(prepare(extract(d)), engine.dialect.name) for d in docs]
    held = HeldFigures()
    for i in range(0, len(rows), 7):
        store_batch(engine, rows[i : i + 7], regroup=False, held=held)
    by_event = held.records(engine.dialect)
    names = [f.name for f in fields(g.KeptFigure)]
    with engine.connect() as conn:
        events = conn.execute(select(g.compare_events.c.id)).scalars().all()
        assert sorted(by_event) == sorted(e for e in events if g._rows(conn, g.compare_figures.c.event_id == e))
        for e, found in by_event.items():
            read = {r.figure_id: (r, own, s) for r, own, s in g._rows(conn, g.compare_figures.c.event_id == e)}
            assert len(read) == len(found) and g._all_of(conn, e, found)
            for r, own, s in found:
                want, want_own, want_s = read[r.figure_id]
                assert [(getattr(r, n), type(getattr(r, n))) for n in names] == [(getattr(want, n), type(getattr(want, n))) for n in names]
                assert (own, s) == (want_own, want_s)
    assert {r.time_basis for found in by_event.values() for r, _, _ in found} >= {"figure", "fetched"}


def test_an_event_the_run_did_not_write_alone_is_read_from_the_store(new_store, folder, reads) -> None:
    """The held records stand in for an event only when they are all its figures: an event that holds
    figures from an earlier run, or a run over its limit, reads the store; the groups are the same."""
    from claimtrack.store.write import HeldFigures

    docs = [d for d in iter_inputs([str(folder)], fetched_at=FETCHED) if not isinstance(d, Reject)]
    cut = [i for i, d in enumerate(docs) if "storm" in (d.path or "")][2]
    alone = connect(new_store())
    for d in docs:
        store_extraction(alone, prepare(extract(d)))
    split = connect(new_store())
    for part, read in ((docs[:cut], 0), (docs[cut:], 1)):  # two runs; the second adds to the storm's event
        held = HeldFigures()
        store_batch(split, [doc_rows(prepare(extract(d)), split.dialect.name) for d in part], regroup=False, held=held)
        reads.clear()
        assert g.regroup_pending(split, held=held) >= 1
        assert len(reads) == read
    assert dump(split) == dump(alone)
    over = connect(new_store())
    held = HeldFigures(limit=5)
    store_batch(over, [doc_rows(prepare(extract(d)), over.dialect.name) for d in docs], regroup=False, held=held)
    reads.clear()
    assert held.records(over.dialect) == {} and g.regroup_pending(over, held=held) == len(reads) > 3
    assert dump(over) == dump(alone)


def test_an_ingest_into_an_empty_store_groups_without_reading_its_figures_back(tmp_path, folder, reads) -> None:
    url = f"sqlite:///{tmp_path / 'held.db'}"
    counts = ingest([str(folder)], url, workers=2, fetched_at=FETCHED)
    assert counts.documents == 26 and reads == []
    with connect(url).connect() as conn:
        assert len(g.pending_events(conn)) == 0 and conn.execute(select(g.compare_groups.c.group_id)).first() is not None
