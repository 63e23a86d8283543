"""The long fuzz run: N mutated inputs (text, bytes, HTML, feeds, WARC, JSONL) through
claimtrack's entry points; prints crashes and the slowest inputs in ms per kB.

    nice -n 10 python3 bench/fuzz_long.py --count 100000 --seed 12 --until 02:10

Each input runs in this process under an alarm of ``--alarm`` CPU seconds (a hang
counts as a crash). Before the clock starts, the process is warmed up the way every
extraction worker is (:func:`claimtrack.isolate.warm_up`: each language's data,
trafilatura, dateparser's locale data, the charset detector's codecs) and
``--warm`` inputs of each kind, from their own seed, are run untimed (the imports of
feedparser, FastWARC, gzip, ...): a one-time cost of a fresh process is not any
input's cost, and a worker pays it before its first document; then, as in a worker,
what the process holds is frozen out of garbage collection (``gc.freeze``). Times per
kB are CPU time (``time.process_time``): at ``nice 19``
on a shared machine wall time is mostly waiting; the wall time is kept too. Inputs
under 1 kB count as 1 kB; a gzip file counts its unpacked size (the size the readers
work on). Progress every 1,000 inputs; the summary is JSON on the last line.
Inputs that crashed, and inputs slower than ``--slow`` CPU ms per kB, are written to
``--out`` (a folder: ``<n>.<kind>``, ``slow-<n>.<kind>``); replay one, warmed up, with
``--replay FILE`` (it prints CPU ms per kB of three runs in each language).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import signal
import sys
import time
from datetime import datetime

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

from fuzz_cases import KINDS, check, make_input, scratch  # noqa: E402

from claimtrack.isolate import warm_up  # noqa: E402


class Hang(BaseException):
    pass


def _alarm(signum, frame):  # type: ignore[no-untyped-def]
    raise Hang("input took longer than the alarm")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--alarm", type=float, default=20.0)
    ap.add_argument("--until", default=None, help="HH:MM machine time to stop at, whatever the count")
    ap.add_argument("--out", default="/tmp/claimtrack-fuzz-crashes")
    ap.add_argument("--warm", type=int, default=20, help="untimed inputs of each kind first")
    ap.add_argument("--slow", type=float, default=50.0, help="keep inputs slower than this, CPU ms per kB")
    ap.add_argument("--replay", default=None, help="run one saved input (after the warm-up) and exit")
    args = ap.parse_args()
    if args.replay:
        replay(args.replay)
        return
    rng = random.Random(args.seed)
    signal.signal(signal.SIGPROF, _alarm)
    stopped = []
    signal.signal(signal.SIGTERM, lambda *_: stopped.append(True))  # kill PID: stop, print the summary
    crashes, slowest, by_kind = [], [], {}
    done, started, max_size = 0, time.perf_counter(), 0
    stop = None
    if args.until:
        h, m = map(int, args.until.split(":"))
        stop = datetime.now().replace(hour=h, minute=m, second=0)
    with scratch() as folder:
        warm_up()  # what a worker does when it starts (see the docstring)
        warm = random.Random(-1)
        for kind in KINDS * args.warm:  # first calls import feedparser, FastWARC, ...: not counted
            check(*make_input(kind, warm), warm, folder)
        gc.freeze()  # as a worker does after its warm-up: later collections scan only new objects
        for n in range(args.count):
            if stopped or (stop is not None and datetime.now() >= stop):
                break
            kind, data = make_input(rng.choice(KINDS), rng)
            signal.setitimer(signal.ITIMER_PROF, args.alarm)
            try:
                out = check(kind, data, rng, folder)
            except Hang:
                out = None
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            done += 1
            if out is not None:
                max_size = max(max_size, out.size)
            if out is None or out.crash:
                crashes.append({"n": n, "kind": kind, "crash": out.crash if out else "hang"})
                _save(args.out, f"{n}.{kind}", data)
                print("CRASH", crashes[-1], flush=True)
                continue
            kb = max(out.size / 1000, 1.0)
            ms_per_kb = out.cpu * 1000 / kb
            if ms_per_kb > args.slow:
                _save(args.out, f"slow-{n}.{kind}", data)
                print(f"SLOW n={n} {kind} {out.size} bytes {ms_per_kb:.1f} CPU ms/kB", flush=True)
            k = by_kind.setdefault(kind, [0, 0.0])
            k[0] += 1
            k[1] = max(k[1], ms_per_kb)
            slowest.append((ms_per_kb, out.cpu, out.size, kind, n, out.seconds))
            slowest = sorted(slowest, reverse=True)[:5]
            if done % 1000 == 0:
                print(f"{done} inputs, {len(crashes)} crashes, {time.perf_counter() - started:.0f} s, "
                      f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB, "
                      f"slowest {slowest[0][0]:.1f} CPU ms/kB", flush=True)
    summary = {
        "inputs": done,
        "crashes": len(crashes),
        "seconds": round(time.perf_counter() - started, 1),
        "slowest_cpu_ms_per_kb": [round(s[0], 1) for s in slowest],
        "slowest_inputs": [
            {"cpu_ms_per_kb": round(s[0], 1), "cpu_s": round(s[1], 3), "wall_s": round(s[5], 3), "bytes": s[2], "kind": s[3], "n": s[4]}
            for s in slowest
        ],
        "max_bytes": max_size,
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "by_kind": {k: {"inputs": v[0], "max_cpu_ms_per_kb": round(v[1], 1)} for k, v in sorted(by_kind.items())},
    }
    print(json.dumps(summary), flush=True)


def _save(folder: str, name: str, data: object) -> None:
    os.makedirs(folder, exist_ok=True)
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")  # type: ignore[union-attr]
    with open(os.path.join(folder, name), "wb") as fh:
        fh.write(raw)


class _Language(random.Random):
    """A random source whose every choice is one language (check() picks the language by choice)."""

    def __init__(self, code: str) -> None:
        super().__init__(0)
        self.code = code

    def choice(self, seq):  # type: ignore[no-untyped-def, override]
        return self.code if self.code in seq else super().choice(seq)


def replay(path: str) -> None:
    """One saved input, three times in each language after the warm-up: CPU ms per kB of each run."""
    kind = path.rsplit(".", 1)[-1]
    with open(path, "rb") as fh:
        raw = fh.read()
    data: object = raw.decode("utf-8", "surrogatepass") if kind in ("text", "html") else raw
    warm_up()
    with scratch() as folder:
        for run in range(6):
            out = check(kind, data, _Language(("nl", "en")[run % 2]), folder)
            print(f"run {run + 1} ({('nl', 'en')[run % 2]}): {out.size} bytes, {out.cpu * 1000:.1f} CPU ms, "
                  f"{out.cpu * 1e6 / max(out.size, 1000):.1f} CPU ms/kB, crash {out.crash}", flush=True)


if __name__ == "__main__":
    main()
