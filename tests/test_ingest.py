"""Ingest: folders of pages into the store, rejects, idempotent re-runs, a process pool, kill -9."""

from __future__ import annotations

import json
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
    done = subprocess.run([*CLI, "ingest", str(folder), "--db", db, "-q"], capture_output=True, text=True, timeout=300)  # a hang guard: a busy shared machine took 65 s (0.6 too)
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
    # Kill once 40 documents are in (or, on a starved machine, once any are): the rerun
    # must then add exactly what is missing. Waiting for 40 alone failed under load.
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        stored = _documents(store_url)
        if stored >= 40 or (stored and time.monotonic() > deadline - 240):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    partial = _documents(store_url)
    assert 1 <= partial < 200

    rerun = subprocess.run([*CLI, "ingest", *args], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    resumed = connect(store_url)
    assert q.counts(resumed)["documents"] == 200
    assert snapshot(resumed) == clean
    resumed.dispose()


# ---------------------------------------------------------------- hostile items (issue 12)


class NativePanic(BaseException):
    """Stands for pyo3's PanicException: a BaseException, not an Exception."""


def _hostile_extract(real):  # type: ignore[no-untyped-def]
    """``extract`` that panics, dies, hangs or eats memory on marked pages (workers are forked: they see it)."""

    def extract(doc, **kwargs):  # type: ignore[no-untyped-def]
        text = doc.text if isinstance(doc, Document) else str(doc)
        if "PANIEK" in text:
            raise NativePanic("end byte index 3 is not a char boundary")
        if "STERF" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "TRAAG" in text:
            while True:
                pass
        if "VEEL" in text:
            hog = [bytearray(50_000_000) for _ in range(200)]  # 10 GB: over any budget
            return hog
        return real(doc, **kwargs)

    return extract


@pytest.fixture
def hostile(monkeypatch):  # type: ignore[no-untyped-def]
    import claimtrack.pipeline

    monkeypatch.setattr(claimtrack.pipeline, "extract", _hostile_extract(claimtrack.pipeline.extract))


def _marked(folder, marks):  # type: ignore[no-untyped-def]
    write_pages(folder, len(marks))
    for i, mark in enumerate(marks):
        if mark:
            path = folder / f"page_{i:05d}.txt"
            path.write_text(path.read_text(encoding="utf-8") + f"\n{mark} {i}.", encoding="utf-8")


def _rejects(engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(select(t.rejects.c.source, t.rejects.c.reason)))


@pytest.mark.parametrize(("workers", "timeout"), [(1, None), (1, 30.0), (2, 30.0)])
def test_a_native_panic_is_one_reject(hostile, tmp_path, workers, timeout) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "pages"
    _marked(folder, ["", "PANIEK", ""])
    engine = connect(f"sqlite:///{tmp_path / 'p.db'}")
    counts = ingest([str(folder)], engine, workers=workers, timeout=timeout)
    assert (counts.documents, counts.rejected) == (2, 1)
    [(source, reason)] = _rejects(engine)
    assert source.endswith("page_00001.txt")
    assert reason == "extraction failed: NativePanic: end byte index 3 is not a char boundary"


def test_a_dying_worker_is_one_reject(hostile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "pages"
    _marked(folder, ["", "STERF", "", ""])
    engine = connect(f"sqlite:///{tmp_path / 'd.db'}")
    counts = ingest([str(folder)], engine, workers=2)
    assert (counts.documents, counts.rejected) == (3, 1)
    [(source, reason)] = _rejects(engine)
    assert source.endswith("page_00001.txt")
    assert reason == "extraction failed: the worker process died (signal 9) while reading this document"


def test_the_time_budget_stops_the_work(hostile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "pages"
    _marked(folder, ["TRAAG", ""])
    engine = connect(f"sqlite:///{tmp_path / 't.db'}")
    start = time.monotonic()
    counts = ingest([str(folder)], engine, timeout=1.0)
    assert time.monotonic() - start < 60  # generous: without the budget it never ends
    assert (counts.documents, counts.rejected) == (1, 1)
    assert _rejects(engine)[0][1] == (
        "extraction failed: the document took longer than the time budget of 1 s; its worker was stopped"
    )


def test_the_memory_budget(hostile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "pages"
    _marked(folder, ["VEEL", ""])
    engine = connect(f"sqlite:///{tmp_path / 'm.db'}")
    counts = ingest([str(folder)], engine, memory_bytes=300_000_000)
    assert (counts.documents, counts.rejected) == (1, 1)
    assert _rejects(engine)[0][1] == "extraction failed: the input needs more memory than the per-document limit"


def test_bad_jsonl_lines_are_one_reject_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = json.dumps({"text": page_text(1)})
    lines = [
        good,
        '{"text": "ZEESTAD (ANP) - Hij zegt \\ud800 dat 4 mensen kwamen."}',  # a lone surrogate
        '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"text": "x", "n": ' + "7" * 5000 + "}",
        json.dumps({"text": page_text(2)}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    engine = connect(f"sqlite:///{tmp_path / 'j.db'}")
    counts = ingest([str(path)], engine, timeout=None)
    assert (counts.documents, counts.rejected) == (3, 2)
    [(deep, deep_reason), (digits, digits_reason)] = _rejects(engine)
    assert (deep, deep_reason) == (f"{path}#line=3", "the line nests JSON more than 64 levels deep")
    assert digits == f"{path}#line=4"
    assert digits_reason.startswith("the line can not be read as JSON: Exceeds the limit (4300 digits)")
    with engine.connect() as conn:
        texts = [r[0] for r in conn.execute(select(t.documents.c.text))]
    assert sum("Hij zegt \ufffd dat 4 mensen kwamen." in x for x in texts) == 1


def test_two_ingests_on_a_fresh_store_both_succeed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "pages"
    write_pages(folder, 3)
    (folder / "kapot.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # the same bad file for both
    for round_ in range(3):
        db = str(tmp_path / f"fresh{round_}.db")
        procs = [
            subprocess.Popen([*CLI, "ingest", str(folder), "--db", db, "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        outs = [p.communicate(timeout=180) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        engine = connect(db)
        assert _documents(f"sqlite:///{db}") == 3
        assert len(_rejects(engine)) == 1


def test_a_reject_is_stored_once(store) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.store import store_reject

    assert store_reject(store, "a.html", "the input is a PNG image") is True
    assert store_reject(store, "a.html", "the input is a PNG image") is False
    assert store_reject(store, "b\ud800.html", "odd \x00 name") is True  # never an encoding error
    assert len(_rejects(store)) == 2


def test_workers_die_with_their_parent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = (
        "import os, signal\n"
        "from claimtrack.isolate import WorkerPool\n"
        "pool = WorkerPool(2, timeout=30)\n"
        "import threading\n"
        "pids = set()\n"
        "def one():\n"
        "    pids.add(pool.call(os.getpid))\n"
        "ts = [threading.Thread(target=one) for _ in range(6)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "print(' '.join(map(str, sorted(pids))), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)  # a hang guard (the warm-up alone takes seconds of CPU)
    pids = [int(p) for p in done.stdout.split()]
    assert done.returncode == -signal.SIGKILL and 1 <= len(pids) <= 2
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"  # a zombie has died
    except FileNotFoundError:
        return False


def test_a_file_name_that_is_not_utf8(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "pages"
    write_pages(folder, 2)
    odd = os.fsencode(str(folder)) + b"/caf\xe9.txt"  # Latin-1 bytes in a name: surrogateescape in Python
    with open(odd, "wb") as fh:
        fh.write(page_text(7).encode("utf-8"))
    engine = connect(f"sqlite:///{tmp_path / 'n.db'}")
    counts = ingest([str(folder)], engine, timeout=None)
    assert (counts.documents, counts.rejected) == (3, 0)
    with engine.connect() as conn:
        paths = sorted(r[0] for r in conn.execute(select(t.documents.c.path)))
    assert paths[0] == f"{folder}/caf\\xe9.txt"
