"""The backfill and ``load`` build their final figure groups from the rows they wrote (as ``ingest``
does): the same store, row by row, as groups built by reading every figure back."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow.parquet")

from store_fixtures import write_pages  # noqa: E402
from test_ingest_rows import FETCHED, PAGES, dump  # noqa: E402

from claimtrack.backfill import backfill, plan  # noqa: E402
from claimtrack.backfill.load import load  # noqa: E402
from claimtrack.backfill.work import Options, run_part  # noqa: E402
from claimtrack.store import connect  # noqa: E402
from claimtrack.store import groups as g  # noqa: E402
from claimtrack.store import write as w  # noqa: E402


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Own test pages (several events) and generated storm pages: events with many figures."""
    root = tmp_path_factory.mktemp("held") / "pages"
    shutil.copytree(PAGES, root)
    write_pages(root / "storm", 8, teasers=2)
    return root


@pytest.fixture
def read_back(monkeypatch):
    """From when it is called, a run's held figures give no records: each regroup reads the store."""

    def on() -> None:
        monkeypatch.setattr(w.HeldFigures, "records", lambda self, dialect: {})

    return on


def _parts(folder, out) -> None:
    for part in plan([str(folder)], part_size=7):
        run_part(part, frozenset(), Options(str(out), fetched_at=FETCHED, max_bytes=20_000_000, timeout=None))


def test_load_groups_from_what_it_wrote_and_keeps_the_store_it_would_read_back(tmp_path, folder, reads, read_back) -> None:
    _parts(folder, tmp_path / "pq")
    held = connect(f"sqlite:///{tmp_path / 'held.db'}")
    counts = load(tmp_path / "pq", held, batch=5)
    assert counts.documents > 20 and reads == []  # every event was grouped from the held rows
    read_back()
    back = connect(f"sqlite:///{tmp_path / 'back.db'}")
    load(tmp_path / "pq", back, batch=5)
    assert len(reads) >= 3  # ... here each event was read back
    first, second = dump(held), dump(back)
    assert first == second
    assert len(first["compare_groups"]) > 3 and all(r[0] is not None for r in _grouped(first))


def _grouped(d: dict) -> list[tuple]:
    """The figures' group ids of a dump's compare_figures rows (those with a quantity)."""
    names = [c.name for c in g.compare_figures.c]
    q, gid = names.index("quantity"), names.index("group_id")
    return [(r[gid],) for r in d["compare_figures"] if r[q]]


def test_a_backfill_groups_from_what_it_loaded_and_keeps_the_store_it_would_read_back(tmp_path, folder, reads, read_back) -> None:
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40)
    try:
        held = f"sqlite:///{tmp_path / 'held.db'}"
        done = backfill([str(folder)], held, scheduler=cluster.scheduler_address, fetched_at=FETCHED, part_size=7, timeout=None)
        assert done.counts.documents > 20 and reads == []
        read_back()
        back = f"sqlite:///{tmp_path / 'back.db'}"
        backfill([str(folder)], back, scheduler=cluster.scheduler_address, fetched_at=FETCHED, part_size=7, timeout=None)
        assert len(reads) >= 3
    finally:
        cluster.close()
    first, second = dump(connect(held)), dump(connect(back))
    assert first == second
    assert len(first["compare_groups"]) > 3
