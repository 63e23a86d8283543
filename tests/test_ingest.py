"""Ingest: folders of pages into the store, rejects, idempotent re-runs, a process pool, kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from store_fixtures import page_text, store, store_url, write_pages  # noqa: F401

from claimtrack.document import Document
from claimtrack.ingest import Counts, ingest, run
from claimtrack.read.inputs import Reject
from claimtrack.store import connect
from claimtrack.store import queries as q
from claimtrack.store import schema as t

FETCHED = datetime(2026, 5, 11, 10, 0, tzinfo=timezone(timedelta(hours=2)))
CLI = [sys.executable, "-c", "from claimtrack.cli import main; main()"]


def snapshot(engine) -> dict:
    """Everything a store holds, without its row ids: equal snapshots are equal stores."""
    d, a, s, f = t.documents.c, t.articles.c, t.statements.c, t.figures.c
    with engine.connect() as conn:
        docs = conn.execute(select(d.sha256, d.path, d.fetched_at, d.contract).order_by(d.sha256)).all()
        arts = conn.execute(
            select(d.sha256, a.local_id, a.body_start, a.body_end, a.fingerprint).join(t.documents, d.id == a.document_id)
        ).all()
        sts = conn.execute(
            select(d.sha256, s.local_id, s.source_name, s.cue_start, s.content_start, s.content_end)
            .join(t.documents, d.id == s.document_id)
        ).all()
        figs = conn.execute(
            select(d.sha256, f.local_id, f.span_start, f.low, f.high, f.category, f.claimant_key, f.subject_key)
            .join(t.documents, d.id == f.document_id)
        ).all()
        ents = conn.execute(select(t.entities.c.type, t.entities.c.key)).all()
        aliases = conn.execute(
            select(t.entities.c.key, t.entity_aliases.c.key).join(t.entities, t.entities.c.id == t.entity_aliases.c.entity_id)
        ).all()
        rejects = conn.execute(select(t.rejects.c.source, t.rejects.c.reason)).all()
    out = {
        "documents": [tuple(r) for r in docs],
        "articles": sorted(map(tuple, arts)),
        "statements": sorted(map(tuple, sts), key=repr),
        "figures": sorted(map(tuple, figs), key=repr),
        "entities": sorted(map(tuple, ents)),
        "aliases": sorted(map(tuple, aliases)),
        "rejects": sorted(map(tuple, rejects)),
    }
    for name in ("articles", "statements", "figures"):  # no row twice
        assert len(set(out[name])) == len(out[name]), name
    return out


def test_ingest_a_folder_with_bad_files(store_url, tmp_path):
    folder = tmp_path / "pages"
    write_pages(folder, 4)
    (folder / "kapot.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "leeg.txt").write_bytes(b"")
    seen: list[Counts] = []
    counts = ingest([str(folder)], store_url, fetched_at=FETCHED, progress=lambda c, src: seen.append(c))
    assert (counts.documents, counts.skipped, counts.rejected) == (4, 0, 2)
    assert counts.articles >= 4
    assert [c.seen for c in seen] == list(range(1, 7))
    engine = connect(store_url)
    assert q.counts(engine)["documents"] == 4
    rejects = q.list_rejects(engine).items
    assert sorted(os.path.basename(r.source) for r in rejects) == ["kapot.txt", "leeg.txt"]
    docs = q.list_documents(engine).items
    assert all(d.fetched_at == FETCHED for d in docs)
    before = snapshot(engine)
    again = ingest([str(folder)], store_url, fetched_at=FETCHED)
    assert (again.documents, again.skipped, again.rejected) == (0, 4, 2)
    assert snapshot(engine) == before  # nothing twice, rejects included
    engine.dispose()


def test_extraction_errors_become_rejects(store):
    docs = [Document(text=page_text(1), path="p1.txt"), Reject("p2.txt", "not a page")]
    counts = run(docs, store, language="xx")  # no language data: extraction fails
    assert (counts.documents, counts.rejected) == (0, 2)
    assert counts.failed
    reasons = {r.source: r.reason for r in q.list_rejects(store).items}
    assert reasons["p2.txt"] == "not a page"
    assert reasons["p1.txt"].startswith("extraction failed: UnsupportedLanguage")


def test_a_document_twice_in_one_batch_is_stored_once(store):
    doc = Document(text=page_text(3), path="a.txt")
    counts = run([doc, doc], store)
    assert (counts.documents, counts.skipped) == (1, 1)


def test_workers_give_the_same_store(tmp_path):
    folder = tmp_path / "pages"
    write_pages(folder, 24)
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    c1 = ingest([str(folder)], one, workers=1, fetched_at=FETCHED)
    c2 = ingest([str(folder)], two, workers=2, fetched_at=FETCHED)
    assert c1 == c2 and c1.documents == 24
    assert snapshot(connect(one)) == snapshot(connect(two))


def test_naive_fetched_at_is_refused(tmp_path):
    with pytest.raises(ValueError):
        ingest([str(tmp_path)], f"sqlite:///{tmp_path / 'x.db'}", fetched_at=datetime(2026, 1, 1))


@pytest.mark.parametrize(("good", "code"), [(1, 0), (0, 1)])
def test_cli_exit_code(tmp_path, good, code):
    folder = tmp_path / "pages"
    write_pages(folder, good)
    (folder / "kapot.txt").write_bytes(b"\x00\x00")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    done = subprocess.run([*CLI, "ingest", str(folder), "--db", db, "-q"], capture_output=True, text=True, timeout=60)
    assert done.returncode == code, done.stderr
    assert "ingest summary" in done.stderr


def _documents(url: str) -> int:
    engine = connect(url, migrate_schema=False)
    try:
        return q.counts(engine)["documents"]
    except Exception:  # tables not created yet
        return 0
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def clean_200(tmp_path_factory):
    """200 generated pages and a store made from them by one clean run (shared by both backends)."""
    root = tmp_path_factory.mktemp("kill")
    folder = root / "pages"
    write_pages(folder, 200)
    clean_url = f"sqlite:///{root / 'clean.db'}"
    counts = ingest([str(folder)], clean_url, fetched_at=FETCHED)
    assert counts.documents == 200
    engine = connect(clean_url)
    yield folder, snapshot(engine)
    engine.dispose()


def test_kill_9_then_rerun_equals_a_clean_run(store_url, clean_200):
    folder, clean = clean_200
    args = [str(folder), "--fetched-at", FETCHED.isoformat(), "-q", "--db", store_url]
    proc = subprocess.Popen([*CLI, "ingest", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _documents(store_url) < 40 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    partial = _documents(store_url)
    assert 40 <= partial < 200

    rerun = subprocess.run([*CLI, "ingest", *args], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    resumed = connect(store_url)
    assert q.counts(resumed)["documents"] == 200
    assert snapshot(resumed) == clean
    resumed.dispose()
