"""The worker pool's start: warm before the clock runs, and no descriptor of the parent held."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import pytest

from claimtrack import isolate
from claimtrack.isolate import WorkerPool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and /proc: Linux")


def _pipe_targets() -> set[str]:
    """What this process's descriptors point at (run in a worker)."""
    found = set()
    for name in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{name}"))
        except OSError:
            pass
    return found


def test_a_worker_does_not_hold_a_pipe_the_parent_opened() -> None:
    read_end, write_end = os.pipe()
    try:
        with WorkerPool(1, warm=False) as pool:
            held = pool.call(_pipe_targets)
            assert f"pipe:[{os.fstat(write_end).st_ino}]" not in held
            os.close(write_end)
            write_end = -1
            # The reader sees the end of the pipe although the worker is alive:
            # no copy of the write end is left in it (else this waits, then fails).
            readable, _, _ = select.select([read_end], [], [], 30)
            assert readable == [read_end] and os.read(read_end, 1) == b""
            assert pool.call(os.getpid) != os.getpid()  # the worker still answers
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


def test_a_worker_keeps_stdio_and_its_own_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with open(tmp_path / "parent.txt", "w") as parent_file:  # open in the parent when the worker forks
        with WorkerPool(1, warm=False) as pool:
            held = pool.call(_pipe_targets)
            assert str(tmp_path / "parent.txt") not in held
            assert pool.call(_write, str(tmp_path / "worker.txt")) == "written"
        parent_file.write("still mine")
    assert (tmp_path / "worker.txt").read_text() == "written"
    assert (tmp_path / "parent.txt").read_text() == "still mine"


def _write(path: str) -> str:
    with open(path, "w") as fh:
        fh.write("written")
    return "written"


def _slow_warm_up() -> None:
    time.sleep(3)


def test_the_warm_up_is_not_part_of_the_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # A warm-up that takes 3 s and a budget of 1.5 s per call: the first call still succeeds.
    monkeypatch.setattr(isolate, "warm_up", _slow_warm_up)
    monkeypatch.setattr(isolate, "_warm", False)
    with WorkerPool(1, timeout=1.5) as pool:
        assert pool.call(os.getpid) != os.getpid()
    assert isolate._warm is True


def _models_loaded() -> tuple[int, int]:
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    from claimtrack.langid import _identifier

    return _identifier.cache_info().currsize, DEFAULT_DICTIONARY_FACTORY._get_dictionary.cache_info().currsize


def test_a_forked_worker_inherits_the_identifier_and_lemmatiser_models() -> None:
    # Each worker loaded them on its first page (1.7 s of that page's budget, 140 MB copied a worker).
    from claimtrack import lang

    with WorkerPool(2, timeout=5.0) as pool:
        assert pool.call(_models_loaded) == (1, len(lang.available()))


def test_a_spawned_worker_warms_itself_before_its_budget() -> None:
    # A fresh interpreter imports claimtrack and warms up (seconds) before its 2 s budget starts.
    with WorkerPool(1, timeout=2.0, method="spawn") as pool:
        assert pool.call(isolate.is_warm) is True


def test_reading_a_page_loads_dateparser_only_for_our_languages() -> None:
    # htmldate would load all 205 locales (3 s) for a date string its rules can not read.
    code = (
        "from claimtrack.read import read_html\n"
        "from dateparser.languages.loader import default_loader\n"
        "doc = read_html(b'<html><body><div><p>De wethouder zegt dat 25 gezinnen terug mogen.</p>'\n"
        "                b'<span>Updated: 2026-13-45 \\xe2\\x92\\x88</span></div></body></html>')\n"
        "print(sorted(default_loader._loaded_locales), doc.published.isoformat())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['en',", "'nl']", "2026-01-01T12:00:00+00:00"]
