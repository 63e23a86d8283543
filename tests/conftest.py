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


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.fail(f"the shared seed page is missing at {SEED}; clone the repo beside shared/")
    return SEED


def page(name: str) -> str:
    """The text of one of the project's own test pages in tests/pages/."""
    return (PAGES / name).read_text(encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    """In CI (CLAIMTRACK_REQUIRE_SERVICES=1) a missing PostgreSQL or Chromium is an error, not a skip."""
    import os

    if os.environ.get("CLAIMTRACK_REQUIRE_SERVICES") != "1":
        return
    missing = [name for name in ("CLAIMTRACK_TEST_PG_URL", "CLAIMTRACK_CHROMIUM") if not os.environ.get(name)]
    chromium = os.environ.get("CLAIMTRACK_CHROMIUM")
    if chromium and not Path(chromium).exists():
        missing.append(f"{chromium} (Chromium)")
    if missing:
        raise pytest.UsageError(f"CLAIMTRACK_REQUIRE_SERVICES=1 but these are missing: {', '.join(missing)}")
