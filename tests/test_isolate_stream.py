"""WorkerPool.imap: every worker busy with a call queued behind the one it runs, results in
input order, each call's time budget counted from when its worker begins it."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from claimtrack.isolate import TimedOut, WorkerDied, WorkerPool, WorkFailed

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and /proc: Linux")


def _nap(value: str, seconds: float) -> tuple[str, int]:
    if seconds < 0:
        os.kill(os.getpid(), signal.SIGKILL)
    if value == "boom":
        raise ValueError("the page is odd")
    time.sleep(seconds)
    return value, os.getpid()


def _args(item: tuple[str, float]) -> tuple | None:
    return None if item[0].startswith("skip") else item


def _run(pool: WorkerPool, items: list[tuple[str, float]]) -> list[tuple[tuple[str, float], object]]:
    return list(pool.imap(_nap, items, _args))


def test_results_come_in_input_order_and_skipped_items_pass_through() -> None:
    items = [("a", 0.3), ("skip-b", 0), ("c", 0.0), ("d", 0.2), ("skip-e", 0), ("f", 0.0), ("g", 0.1)]
    with WorkerPool(2, warm=False, timeout=30) as pool:
        out = _run(pool, items)
        assert [item for item, _ in out] == items
        assert [None if v is None else v[0] for _, v in out] == ["a", None, "c", "d", None, "f", "g"]
        assert len({v[1] for _, v in out if v is not None}) == 2  # both workers took calls
        assert pool.call(_nap, "after", 0)[0] == "after"  # the pool serves plain calls afterwards


def test_the_budget_starts_when_the_worker_begins_the_call() -> None:
    # One worker, a budget of 2 s, two calls of 1.2 s each sent at once: the second one ends
    # 2.4 s after it was sent, but took only 1.2 s of its own; neither is over budget.
    with WorkerPool(1, warm=False, timeout=2.0) as pool:
        out = _run(pool, [("a", 1.2), ("b", 1.2)])
    assert [v[0] for _, v in out] == ["a", "b"]


def test_a_call_over_budget_is_stopped_and_the_one_queued_behind_it_is_done() -> None:
    with WorkerPool(1, warm=False, timeout=1.0) as pool:
        start = time.monotonic()
        out = _run(pool, [("slow", 60), ("next", 0), ("last", 0)])
        assert time.monotonic() - start < 30
    (_, slow), (_, nxt), (_, last) = out
    assert isinstance(slow, TimedOut)
    assert str(slow) == "the document took longer than the time budget of 1 s; its worker was stopped"
    assert nxt[0] == "next" and last[0] == "last" and nxt[1] == last[1]  # a new worker did both


def test_a_dying_worker_costs_only_its_own_call() -> None:
    with WorkerPool(2, warm=False, timeout=30) as pool:
        out = _run(pool, [("a", 0.1), ("dies", -1), ("c", 0.0), ("d", 0.0), ("e", 0.0)])
    values = [v for _, v in out]
    assert isinstance(values[1], WorkerDied)
    assert str(values[1]) == "the worker process died (signal 9) while reading this document"
    assert [v[0] for v in values if not isinstance(v, WorkFailed)] == ["a", "c", "d", "e"]


def test_an_error_is_the_value_of_its_call_and_the_rest_go_on() -> None:
    with WorkerPool(2, warm=False, timeout=30) as pool:
        out = _run(pool, [("a", 0), ("boom", 0), ("c", 0)])
    assert [type(v).__name__ for _, v in out] == ["tuple", "WorkFailed", "tuple"]
    assert str(out[1][1]) == "ValueError: the page is odd"


def test_a_large_call_waits_for_an_idle_worker() -> None:
    # Arguments over the pipe's buffer are never queued behind a running call: parent and
    # worker each waiting to send to the other would wait forever.
    big = "x" * 3_000_000
    items = [("a", 0.2), (big, 0.0), ("c", 0.2), (big, 0.0)]
    with WorkerPool(1, warm=False, timeout=30) as pool:
        out = _run(pool, items)
    assert [v[0][:3] for _, v in out] == ["a", "xxx", "c", "xxx"]


def test_a_reader_that_stops_early_leaves_no_result_behind() -> None:
    with WorkerPool(2, warm=False, timeout=30) as pool:
        stream = pool.imap(_nap, [(str(i), 0.2) for i in range(10)], _args)
        assert next(stream)[1][0] == "0"
        stream.close()  # calls still in flight: their workers are stopped, not reused
        assert [pool.call(_nap, str(i), 0)[0] for i in range(4)] == ["0", "1", "2", "3"]


def _slow_start(extra) -> None:  # type: ignore[no-untyped-def]
    time.sleep(3)


def test_a_worker_that_does_not_start_fails_each_call_not_the_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack import isolate

    monkeypatch.setattr(isolate, "_limit_memory", _slow_start)  # the forked worker inherits it
    monkeypatch.setattr(isolate, "START_TIMEOUT", 0.5)
    with WorkerPool(1, warm=False, timeout=30) as pool:
        out = _run(pool, [("a", 0), ("skip-b", 0), ("c", 0)])
    assert [item for item, _ in out] == [("a", 0), ("skip-b", 0), ("c", 0)]
    assert [str(v) if v is not None else None for _, v in out] == [
        "a worker process did not start within 0.5 s", None, "a worker process did not start within 0.5 s",
    ]
