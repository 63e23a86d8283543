"""``conflicts`` on a large store: kept groups answer without regrouping.

    python bench/bench_conflicts.py [--figures 1000000] [--db /tmp/conflicts.db]

Builds (once; reused when ``--db`` exists) an SQLite store of ``--figures`` invented
figures, 10 per document, 20 documents per event, 5 figures per kept group and one
group in ten with a disagreement, written with bulk SQL (an ingest of a million
figures would take hours and measure extraction, not reading). Then times, each as
the best of three runs in this process:

* ``queries.conflicts(limit=20)``: the first page of disagreements (what
  ``claimtrack conflicts`` shows);
* ``queries.get_group``: one group by id (the group page);
* ``groups.regroup_event``: regrouping one event, what an ingest adds to a store.

The goal (issue 11) is ``conflicts`` under 1 s at a million figures.

``--event-pages 250 1000 4000`` instead times ``compare.groups.group_event`` (CPU) on
one invented event of that many pages (three figures each, an hour apart, a toll that
keeps rising, 500 claimants taking turns): a long event's grouping should grow linearly
with its pages (before 0.5 it grew with their square: 1,000 pages took 69 s).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimtrack.store import connect, queries  # noqa: E402
from claimtrack.store import groups as kept  # noqa: E402

PER_DOC, DOCS_PER_EVENT, PER_GROUP = 10, 20, 5
WORDS = ("doden", "gewonden", "vermisten", "gearresteerd", "geëvacueerd")
LABELS = ("killed", "wounded", "missing", "arrested", "evacuated")


def _ts(i: int) -> str:
    day, minute = divmod(i, 1440)
    return f"2026-{1 + day // 28 % 12:02d}-{1 + day % 28:02d} {minute // 60:02d}:{minute % 60:02d}:00.000000"


def build(path: Path, figures: int) -> None:
    """Write the store: documents, articles, figures and their kept events and groups."""
    connect(f"sqlite:///{path}").dispose()  # the schema, migrated
    con = sqlite3.connect(path)
    docs = figures // PER_DOC
    con.executemany(
        "insert into documents (id, sha256, path, publisher, fetched_at, stored_at, language, schema, text, warnings, contract)"
        " values (?, ?, ?, ?, ?, ?, 'nl', 'claimtrack/v1', ?, '[]', '{}')",
        ((d, f"{d:064x}", f"/bench/{d}.txt", f"outlet{d % 40}.nl", _ts(d), _ts(d), "x" * 200) for d in range(1, docs + 1)),
    )
    con.executemany(
        "insert into articles (id, document_id, local_id, role, body, body_start, body_end, fingerprint, sketch)"
        " values (?, ?, 'a0', 'main', '', 0, 200, ?, '')",
        ((d, d, f"{d:040x}") for d in range(1, docs + 1)),
    )

    def figure_rows():  # type: ignore[no-untyped-def]
        for d in range(1, docs + 1):
            for k in range(PER_DOC):
                fid = (d - 1) * PER_DOC + k + 1
                value = 10 + (fid % 7) * 3
                yield (fid, d, d, f"f{k}", str(value), 0, 3, value, value, WORDS[k % 5], "killed" if k % 5 == 0 else "other",
                       f"bron {d % 13}", f"bron {d % 13}", WORDS[k % 5], "", _ts(d))

    con.executemany(
        "insert into figures (id, document_id, article_id, local_id, span, span_start, span_end, low, high, approximate,"
        " counted, category, claimant, claimant_key, subject_key, place_key, refers_to)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
        figure_rows(),
    )
    events = docs // DOCS_PER_EVENT
    con.executemany(
        "insert into compare_events (id, start, \"end\", places, documents) values (?, ?, ?, '{}', ?)",
        ((e, _ts(e * DOCS_PER_EVENT), _ts(e * DOCS_PER_EVENT + DOCS_PER_EVENT), DOCS_PER_EVENT) for e in range(1, events + 1)),
    )
    con.executemany(
        "insert into compare_docs (document_id, event_id, places) values (?, ?, '{}')",
        ((d, 1 + (d - 1) // DOCS_PER_EVENT) for d in range(1, docs + 1)),
    )

    def group_of(fid: int) -> str:
        return f"{(fid - 1) // PER_GROUP:016x}"

    con.executemany(
        "insert into compare_figures (figure_id, event_id, quantity, place, group_id) values (?, ?, ?, '', ?)",
        ((fid, 1 + (fid - 1) // (PER_DOC * DOCS_PER_EVENT), LABELS[(fid - 1) % PER_DOC % 5], group_of(fid))
         for fid in range(1, figures + 1)),
    )
    con.executemany(
        "insert into compare_groups (group_id, event_id, quantity, disagreement, latest, size) values (?, ?, 'killed', ?, ?, ?)",
        ((f"{g:016x}", 1 + g * PER_GROUP // (PER_DOC * DOCS_PER_EVENT), int(g % 10 == 0), _ts(g * PER_GROUP // PER_DOC), PER_GROUP)
         for g in range(figures // PER_GROUP)),
    )
    con.commit()
    con.close()


def best(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    """The fastest of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def event_records(pages: int) -> list:
    """The figures of one invented long event (see the module text)."""
    from datetime import datetime, timedelta, timezone

    from claimtrack.compare.groups import FigureRecord

    t0 = datetime(2026, 3, 2, tzinfo=timezone.utc)
    return [
        FigureRecord(d * 10 + k, d, f"{d:064x}", f"f{k}", "casualties", None, "doden", "",
                     f"Zegsman {d % 500} Ploeg", f"zegsman {d % 500} ploeg", f"bode{d % 37}.example",
                     float(100 + 3 * d + k), float(100 + 3 * d + k), t0 + timedelta(hours=d),
                     fingerprint=f"fp{d}", span=str(100 + 3 * d + k), counted="doden",
                     evidence=f"er zijn {100 + 3 * d + k} doden", quantity="killed", event=1)
        for d in range(pages) for k in range(3)
    ]


def time_events(sizes: list[int]) -> None:
    from claimtrack.compare.entities import not_a_source
    from claimtrack.compare.groups import group_event

    not_a_source("geo")  # the gazetteer, loaded before timing
    for pages in sizes:
        records = event_records(pages)
        start = time.process_time()
        groups = group_event(records)
        cpu = time.process_time() - start
        print(f"group_event, {pages:>6,} pages ({len(records):,} figures): {cpu:.2f} s CPU = "
              f"{cpu / len(records) * 1e6:.0f} us/figure, {sum(len(g.disagreements) for g in groups):,} disagreements")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/claimtrack-bench-conflicts.db"))
    ap.add_argument("--event-pages", type=int, nargs="+", help="time group_event on invented events of these sizes")
    args = ap.parse_args()
    if args.event_pages:
        time_events(args.event_pages)
        return
    if not args.db.exists():
        t = time.perf_counter()
        build(args.db, args.figures)
        print(f"built {args.db} ({args.figures:,} figures) in {time.perf_counter() - t:.0f} s")
    engine = connect(f"sqlite:///{args.db}")
    page = queries.conflicts(engine, limit=20)
    print(f"store: {queries.counts(engine)['figures']:,} figures, {page.total:,} groups with a disagreement")
    print(f"conflicts (first 20)   {best(lambda: queries.conflicts(engine, limit=20)):.3f} s")
    gid = page.items[0].id
    print(f"get_group              {best(lambda: queries.get_group(engine, gid)):.3f} s")

    def regroup() -> None:
        with engine.begin() as conn:
            kept.regroup_event(conn, 1)

    print(f"regroup one event      {best(regroup):.3f} s  (what an ingest adds)")


if __name__ == "__main__":
    main()
