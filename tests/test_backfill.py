"""The Dask backfill: a local cluster (2 worker processes) against a plain ``ingest`` of the same WARC."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("fastwarc")
pq = pytest.importorskip("pyarrow.parquet")

from sqlalchemy import func, select  # noqa: E402

from bench.bench_backfill import http_response, page_html, page_records, warc_record, write_warc  # noqa: E402
from claimtrack.backfill import backfill, plan  # noqa: E402
from claimtrack.ingest import ingest  # noqa: E402
from claimtrack.store import connect  # noqa: E402
from claimtrack.store import schema as t  # noqa: E402
from claimtrack.store.groups import compare_groups  # noqa: E402
from store_fixtures import BACKENDS, store_url  # noqa: E402,F401  (fixture)

GOOD = 10


@pytest.fixture(scope="module")
def cluster():
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.daemon": False}):
        c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40)
    yield c
    c.close()


def _warc(path: Path, *, gz: bool) -> Path:
    """10 pages, then a duplicate, an image, a request, a redirect, a binary "page", an empty
    page, and a last record cut short."""
    pages = page_records(GOOD)
    extra = [
        pages[3],  # the same page again: same sha256, skipped
        warc_record("response", "https://krant.example/logo.png", "2026-01-02T10:00:00Z",
                    http_response(b"\x89PNG\r\n\x1a\n", "image/png"), "application/http; msgtype=response"),
        warc_record("request", "https://krant.example/a", "2026-01-02T10:00:00Z",
                    b"GET /a HTTP/1.1\r\nHost: krant.example\r\n\r\n", "application/http; msgtype=request"),
        warc_record("response", "https://krant.example/oud", "2026-01-02T10:00:00Z",
                    http_response(b"", status="301 Moved"), "application/http; msgtype=response"),
        warc_record("response", "https://krant.example/kapot", "2026-01-02T10:00:00Z",
                    http_response(bytes(range(256)) * 8), "application/http; msgtype=response"),
        warc_record("response", "https://krant.example/leeg", "2026-01-02T10:00:00Z",
                    http_response(b"<html><body></body></html>"), "application/http; msgtype=response"),
        warc_record("response", "https://krant.example/slot", "2026-01-02T10:00:00Z",
                    http_response(page_html("Slot\nDit bericht wordt afgebroken")), "application/http; msgtype=response")[:-60],
    ]
    write_warc(path, pages + extra, gz=gz)
    return path


def _store(db: str) -> dict:
    engine = connect(db)
    d, f, r = t.documents.c, t.figures.c, t.rejects.c
    with engine.connect() as conn:
        return {
            "documents": sorted(conn.execute(select(d.sha256, d.path, d.url)).all()),
            "articles": conn.execute(select(func.count()).select_from(t.articles)).scalar(),
            "statements": conn.execute(select(func.count()).select_from(t.statements)).scalar(),
            "figures": sorted(conn.execute(
                select(t.documents.c.sha256, f.local_id, f.low, f.high, f.category, f.span).join(t.documents)
            ).all()),
            "rejects": sorted(conn.execute(select(r.source, r.reason)).all()),
            "groups": sorted(conn.execute(select(compare_groups.c.size, compare_groups.c.disagreement)).all()),
        }


def test_plan_cuts_a_warc_at_record_boundaries_and_reads_the_tail_to_the_end(tmp_path):
    warc = _warc(tmp_path / "a.warc.gz", gz=True)
    parts = plan([str(warc)], part_size=7)
    assert [(p.first, p.limit, p.records) for p in parts] == [(1, 7, 7), (8, 7, 7), (15, None, 3)]
    assert parts[0].offset == 0 and parts[1].offset < parts[2].offset < warc.stat().st_size


def test_backfill_holds_what_ingest_holds_after_a_stop_and_a_killed_worker(tmp_path, cluster):
    warc = _warc(tmp_path / "a.warc", gz=False)
    ingest([str(warc)], f"sqlite:///{tmp_path}/plain.db")
    plain = _store(f"sqlite:///{tmp_path}/plain.db")
    assert len(plain["documents"]) == GOOD
    assert [s for s, _ in plain["rejects"]] == [f"{warc}#record={n}" for n in (15, 16, 17)]
    assert plain["figures"] and plain["groups"]

    db, out = f"sqlite:///{tmp_path}/dask.db", tmp_path / "parquet"

    def stop_after_first_part(done):  # type: ignore[no-untyped-def]
        if done.parts == 1:
            raise KeyboardInterrupt

    first = backfill([str(warc)], db, out=str(out), scheduler=cluster.scheduler_address, part_size=4,
                     progress=stop_after_first_part)
    assert first.stopped and first.counts.documents == 4 and first.records == 4 and first.total == 17
    assert len(_store(db)["documents"]) == 4

    killed = []

    def kill_a_worker(done):  # type: ignore[no-untyped-def]
        if not killed:  # SIGKILL the worker that did the first part: its tasks go elsewhere
            killed.append(next(iter(done.peak_rss)))
            os.kill(killed[0], 9)

    rest = backfill([str(warc)], db, out=str(out), scheduler=cluster.scheduler_address, part_size=4,
                    progress=kill_a_worker)
    assert killed
    assert not rest.stopped and rest.records == rest.total == 17
    assert (rest.counts.documents, rest.counts.skipped, rest.counts.rejected) == (GOOD - 4, 4 + 1, 3)
    assert _store(db) == plain

    again = backfill([str(warc)], db, out=str(out), scheduler=cluster.scheduler_address, part_size=4)
    assert again.counts.documents == 0 and again.counts.skipped == GOOD + 1
    assert _store(db) == plain

    # Parquet: a row per document read (a page found twice is there twice, by two paths);
    # by sha256 it holds what the store holds
    docs = pq.read_table(out / "documents").to_pylist()
    assert len(docs) == GOOD + 1
    assert sorted({r["sha256"] for r in docs}) == sorted({d[0] for d in plain["documents"]})
    figures = {(r["sha256"], r["local_id"], r["low"], r["high"], r["category"], r["span"])
               for r in pq.read_table(out / "figures").to_pylist()}
    assert sorted(figures) == plain["figures"]
    assert sorted(r["source"] for r in pq.read_table(out / "rejects").to_pylist()) == [s for s, _ in plain["rejects"]]

    # the Parquet alone loads into a new store: the same store as the plain ingest
    from typer.testing import CliRunner

    from claimtrack.cli import app

    result = CliRunner().invoke(app, ["load", str(out), "--db", f"sqlite:///{tmp_path}/loaded.db", "--batch", "3"])
    assert result.exit_code == 0, result.output
    assert _store(f"sqlite:///{tmp_path}/loaded.db") == plain


def test_a_one_worker_cluster_whose_worker_is_killed_goes_on_when_it_is_back(tmp_path):
    """Its only worker held the store's keys every part needs: they are scattered again and the
    parts lost with them run again (was: FutureCancelledError, "already forgotten")."""
    import dask
    from distributed import LocalCluster

    warc = _warc(tmp_path / "a.warc", gz=False)
    with dask.config.set({"distributed.worker.daemon": False}):
        one = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50)
    killed = []

    def kill_the_worker(done):  # type: ignore[no-untyped-def]
        if not killed:
            killed.append(next(iter(done.peak_rss)))
            os.kill(killed[0], 9)

    try:
        db = f"sqlite:///{tmp_path}/one.db"
        done = backfill([str(warc)], db, scheduler=one.scheduler_address, part_size=4, progress=kill_the_worker)
    finally:
        one.close()
    assert killed and not done.stopped and done.records == done.total == 17 and done.parts == 5
    assert (done.counts.documents, done.counts.skipped, done.counts.rejected) == (GOOD, 1, 3)
    assert [s for s, _ in _store(db)["rejects"]] == [f"{warc}#record={n}" for n in (15, 16, 17)]
    assert len(_store(db)["documents"]) == GOOD


def test_the_command_reads_jsonl_and_folders_and_prints_the_totals(tmp_path, cluster):
    import json

    from typer.testing import CliRunner

    from bench.corpus import corpus
    from claimtrack.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    pages = corpus(3)
    lines = [json.dumps({"text": p, "url": f"https://krant.example/{i}"}) for i, p in enumerate(pages[:2])] + ["{kapot"]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(pages[2], encoding="utf-8")
    (folder / "c.csv").write_text("a,b\n", encoding="utf-8")  # a folder walk passes tables over
    db = f"sqlite:///{tmp_path}/s.db"
    result = CliRunner().invoke(
        app, ["backfill", str(folder), "--db", db, "--scheduler", cluster.scheduler_address, "--out", str(tmp_path / "pq")]
    )
    assert result.exit_code == 0, result.output
    assert "4 records in 1 part;" in result.output
    store = _store(db)
    assert sorted(p for _, p, _ in store["documents"]) == [f"{folder}/a.jsonl#line=1", f"{folder}/a.jsonl#line=2", f"{folder}/b.txt"]
    assert [s for s, _ in store["rejects"]] == [f"{folder}/a.jsonl#line=3"]

    only = tmp_path / "only"
    result = CliRunner().invoke(
        app, ["backfill", str(folder), "--no-store", "--scheduler", cluster.scheduler_address, "--out", str(only),
              "--db", f"sqlite:///{tmp_path}/never.db"]
    )
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "never.db").exists()
    assert sorted(r["path"] for r in pq.read_table(only / "documents").to_pylist()) == sorted(p for _, p, _ in store["documents"])
    assert [r["source"] for r in pq.read_table(only / "rejects").to_pylist()] == [f"{folder}/a.jsonl#line=3"]


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_load_reads_parquet_into_the_store_as_ingest_stores(tmp_path, store_url):
    """Parts written by workers (here in-process), loaded with `load` (PostgreSQL: COPY),
    in input order, twice: the store a plain ingest makes, nothing added the second time."""
    from claimtrack.backfill.load import load, parts_of
    from claimtrack.backfill.work import Options, run_part

    warc = _warc(tmp_path / "b.warc", gz=False)
    ingest([str(warc)], f"sqlite:///{tmp_path}/plain.db")
    plain = _store(f"sqlite:///{tmp_path}/plain.db")
    out = tmp_path / "pq"
    parts = plan([str(warc)], part_size=5)
    for part in reversed(parts):  # finished out of order: the markers keep the input order
        run_part(part, frozenset(), Options(str(out), max_bytes=20_000_000, timeout=None))
    assert parts_of(out) == [p.key for p in parts]
    engine = connect(store_url)
    counts = load(out, engine, batch=2)
    assert (counts.documents, counts.skipped, counts.rejected) == (GOOD, 1, 3)
    assert _store(store_url) == plain
    again = load(out, engine)
    assert (again.documents, again.skipped) == (0, GOOD + 1)
    assert _store(store_url) == plain
    engine.dispose()


def test_a_big_jsonl_file_is_cut_into_parts_that_read_as_the_whole(tmp_path):
    """Every 3 pages a part, at line starts; blank lines and a broken line keep their numbers."""
    import json

    from claimtrack.backfill.work import Options, items_of
    from claimtrack.ingest import iter_inputs

    lines = [json.dumps({"text": f"Bericht {i}\nIn Velmar zijn {i + 2} huizen ontruimd.", "url": f"https://krant.example/{i}"})
             for i in range(7)]
    lines[2:2] = ["", "{kapot"]
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts = plan([str(path)], part_size=3)
    assert [(p.kind, p.first, p.limit, p.records) for p in parts] == [("jsonl", 1, 4, 3), ("jsonl", 5, 3, 3), ("jsonl", 8, None, 2)]
    opts = Options(None, max_bytes=1_000_000)
    split = [x for p in parts for x in items_of(p, opts)]
    whole = list(iter_inputs([str(path)], max_bytes=1_000_000))
    assert split == whole
    assert [getattr(x, "path", None) or x.source for x in split][2:4] == [f"{path}#line=4", f"{path}#line=5"]


def test_the_command_reports_a_backfill_that_gave_up_without_a_traceback(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import claimtrack.backfill
    from claimtrack.cli import app
    from claimtrack.errors import ClaimtrackError

    def gives_up(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ClaimtrackError("every worker holding the store's keys died, 6 times; the backfill stopped")

    monkeypatch.setattr(claimtrack.backfill, "backfill", gives_up)
    page = tmp_path / "a.txt"
    page.write_text("ZEESTAD - De wethouder zegt dat 12 bruggen dicht blijven.", encoding="utf-8")
    result = CliRunner().invoke(app, ["backfill", str(page), "--db", f"sqlite:///{tmp_path}/s.db", "--quiet"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "error: every worker holding the store's keys died, 6 times; the backfill stopped" in result.output


class _Future:
    def __init__(self, key: str, status: str) -> None:
        self.key, self.status = key, status


class _Client:
    """Scatters numbered futures; ``holders`` is what the scheduler says holds each key."""

    def __init__(self, status: str) -> None:
        self.status, self.scattered, self.holders = status, 0, {}

    def scatter(self, objects, broadcast, hash):  # type: ignore[no-untyped-def]
        self.scattered += 1
        key = f"keys-{self.scattered}"
        self.holders[key] = ["tcp://w1"]
        return [_Future(key, self.status)]

    def who_has(self, futures):  # type: ignore[no-untyped-def]
        return {f.key: self.holders.get(f.key, []) for f in futures}


def test_keys_lost_with_their_worker_are_scattered_again_before_the_client_sees_their_status():
    """The scheduler had dropped the keys (no worker holds them) while the client still saw their
    future as finished: the part's cancellation is a loss, not "cancelled for another reason"."""
    from claimtrack.backfill.run import _Keys

    client = _Client("finished")
    keys = _Keys(client, frozenset({"k"}))
    first = keys.current
    client.holders[first.key] = []
    assert keys.lost(first) is True
    assert (client.scattered, keys.current.key, keys.times) == (2, "keys-2", 1)
    assert keys.lost(first) is True and client.scattered == 2  # a second part that had them: no new scatter
    assert keys.lost(keys.current) is False  # held and finished: cancelled for another reason
