"""Page files read by the worker processes (``ingest --workers 2``): the same documents, rejects
and store as when this process reads them, and a re-run extracts nothing it holds already."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from store_fixtures import write_pages

from claimtrack.ingest import ingest
from claimtrack.read.inputs import PageFile, Reject, iter_documents
from claimtrack.store import connect
from claimtrack.store import schema as t

PAGES = Path(__file__).parent / "pages"
FETCHED = datetime(2026, 5, 11, 10, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Own pages (text and HTML), a copy, and files that can not be read for four reasons."""
    root = tmp_path_factory.mktemp("defer") / "pages"
    shutil.copytree(PAGES, root)
    write_pages(root / "gen", 4, teasers=2)
    shutil.copy(root / "police.txt", root / "gen" / "police_again.txt")
    (root / "leeg.txt").write_bytes(b"  \n ")
    (root / "plaatje.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "binair.txt").write_bytes(b"\x00\x01 binary")
    (root / "groot.txt").write_text("Tien mensen kwamen. " * 2000, encoding="utf-8")
    return root


def test_a_deferred_page_file_reads_as_the_reader_would(folder) -> None:  # type: ignore[no-untyped-def]
    here = list(iter_documents(str(folder), fetched_at=FETCHED, max_bytes=20_000))
    later = list(iter_documents(str(folder), fetched_at=FETCHED, max_bytes=20_000, defer=True))
    assert all(isinstance(p, PageFile) for p in later)
    assert [p.read() for p in later] == here
    assert sum(isinstance(r, Reject) for r in here) == 4  # empty, PNG, binary, over 20,000 bytes


def _store(url: str) -> dict[str, list[tuple]]:
    d, f = t.documents.c, t.figures.c
    engine = connect(url)
    with engine.connect() as conn:
        return {
            "documents": [tuple(r) for r in conn.execute(select(d.id, d.sha256, d.path, d.fetched_at, d.contract).order_by(d.id))],
            "figures": [tuple(r) for r in conn.execute(select(f.id, f.document_id, f.local_id, f.low, f.claimant_key).order_by(f.id))],
            "rejects": [tuple(r) for r in conn.execute(select(t.rejects.c.id, t.rejects.c.source, t.rejects.c.reason).order_by(t.rejects.c.id))],
        }


def test_read_by_the_workers_or_here_the_store_is_the_same(folder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    here, there = f"sqlite:///{tmp_path / 'here.db'}", f"sqlite:///{tmp_path / 'there.db'}"
    one = ingest([str(folder)], here, workers=1, timeout=None, fetched_at=FETCHED, max_bytes=20_000)
    two = ingest([str(folder)], there, workers=2, fetched_at=FETCHED, max_bytes=20_000)
    assert one == two
    assert (one.skipped, one.rejected) == (1, 4)
    assert _store(here) == _store(there)


def test_a_rerun_extracts_no_page_the_store_holds(folder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import claimtrack.pipeline

    good = tmp_path / "good"
    shutil.copytree(folder / "gen", good)
    url = f"sqlite:///{tmp_path / 'again.db'}"
    first = ingest([str(good)], url, workers=2, fetched_at=FETCHED)
    assert (first.documents, first.skipped) == (5, 0)

    def no_extraction(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a known page was extracted again")

    monkeypatch.setattr(claimtrack.pipeline, "extract", no_extraction)  # the workers fork with it
    again = ingest([str(good)], url, workers=2, fetched_at=FETCHED)
    assert (again.documents, again.skipped, again.rejected) == (0, 5, 0)


def test_a_store_that_started_empty_is_not_asked_per_page(folder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import claimtrack.ingest

    def no_question(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a worker asked an empty store")

    monkeypatch.setattr(claimtrack.ingest, "_known", no_question)  # the workers fork with it
    good = tmp_path / "good"
    shutil.copytree(folder / "gen", good)
    shutil.copy(good / "police_again.txt", good / "police_twice.txt")
    counts = ingest([str(good)], f"sqlite:///{tmp_path / 'empty.db'}", workers=2, fetched_at=FETCHED)
    assert (counts.documents, counts.skipped, counts.rejected) == (5, 1, 0)  # the copy: skipped by the writer
