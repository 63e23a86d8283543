"""Shared fixtures: the repository's own sample pages and the shared seed page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = Path(__file__).resolve().parent / "pages"
SEED = ROOT.parent / "shared" / "seed" / "000_8bead8a06b4f5dcd.txt"
SAMPLE = ROOT / "claimtrack" / "samples" / "wire_nl.txt"


def at(iso: str) -> datetime:
    """A timezone-aware time from ISO 8601 text (tests write times out in full)."""
    value = datetime.fromisoformat(iso)
    assert value.utcoffset() is not None, "test times must carry an offset"
    return value


def require_seed() -> Path:
    """The shared seed page. CI always has it beside the clone (a missing one fails
    there); a clone elsewhere skips the seed tests with the reason."""
    import os

    if not SEED.exists():
        message = f"the shared seed page is not at {SEED} (it lies in shared/ beside the repository)"
        if os.environ.get("CLAIMTRACK_REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return SEED


def page(name: str) -> str:
    """The text of one of the project's own test pages in tests/pages/."""
    return (PAGES / name).read_text(encoding="utf-8")


def warc_record(n: int) -> bytes:
    """A small WARC response record (numbered ``n``, one to nine) holding an HTML page with a statement."""
    body = f"<html><body><p>ZEESTAD - De wethouder zegt dat {n + 10} bruggen dicht blijven.</p></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.invalid/{n}\r\n"
        f"WARC-Date: 2026-01-12T17:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{n}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def pytest_configure(config: pytest.Config) -> None:
    """In CI (CLAIMTRACK_REQUIRE_SERVICES=1) a missing PostgreSQL or Chromium is an error, not a skip."""
    import os

    if os.environ.get("CLAIMTRACK_REQUIRE_SERVICES") != "1":
        return
    missing = [name for name in ("CLAIMTRACK_TEST_PG_URL", "CLAIMTRACK_CHROMIUM") if not os.environ.get(name)]
    if not SEED.exists():
        missing.append(f"{SEED} (the shared seed page)")
    chromium = os.environ.get("CLAIMTRACK_CHROMIUM")
    if chromium and not Path(chromium).exists():
        missing.append(f"{chromium} (Chromium)")
    if missing:
        raise pytest.UsageError(f"CLAIMTRACK_REQUIRE_SERVICES=1 but these are missing: {', '.join(missing)}")


@pytest.fixture
def seed_path() -> Path:
    """The shared seed page (see :func:`require_seed`)."""
    return require_seed()


@pytest.fixture
def reads(monkeypatch) -> list[int]:
    """One item per time a regroup reads figures back from the store (``store.groups._rows``)."""
    from claimtrack.store import groups

    out: list[int] = []
    rows_of = groups._rows
    monkeypatch.setattr(groups, "_rows", lambda conn, where: out.append(1) or rows_of(conn, where))
    return out
