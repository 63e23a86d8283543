"""``claimtrack ingest``, ``figures``, ``conflicts`` and ``export``: the store on the command line.

A thin layer: the work is done by :mod:`claimtrack.ingest`, :mod:`claimtrack.store`
and :mod:`claimtrack.compare`; this module parses options and draws progress bars
and tables with rich.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from claimtrack.cli_extract import parse_time, shown
from claimtrack.document import Document
from claimtrack.errors import ClaimtrackError
from claimtrack.model import CATEGORIES
from claimtrack.wording import plural

# The same as claimtrack.store.db.DEFAULT_URL (a test keeps them equal); written
# here so that `claimtrack --help` does not import SQLAlchemy.
DEFAULT_URL = "sqlite:///claimtrack.db"

DB_OPTION = typer.Option(
    "--db", envvar="CLAIMTRACK_DB", help="Store URL: sqlite:///file.db (default) or postgresql://user@host/db."
)


_TIMES = "a date 2026-01-16, its midnight in the local zone, or ISO 8601 with offset"
SINCE_FIGURES = typer.Option("--since", help=f"Only figures about times from this one on ({_TIMES}).")
UNTIL_FIGURES = typer.Option("--until", help=f"Only figures about times before this one; a date is included ({_TIMES}).")


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _fail(message: str) -> NoReturn:

    Console(stderr=True, soft_wrap=True).print(f"[red]error[/red]: {shown(message)}", highlight=False)
    raise typer.Exit(1)


def require_store(db: str) -> None:
    """Exit with a clear message when ``db`` names an SQLite file that is not there."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from claimtrack.store.db import normalise_url

    try:
        url = make_url(normalise_url(db))
    except (ArgumentError, ValueError) as exc:
        _fail(f"{db!r} is not a store URL ({exc}); use sqlite:///file.db or postgresql://user@host/db")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        if not Path(url.database).exists():
            _fail(f"no store at {url.database}; fill one first: claimtrack ingest PAGES --db {db}")


def open_store(db: str, *, must_exist: bool = True, writes: bool = False):  # type: ignore[no-untyped-def]
    """The store at ``db`` for a command, or a clear message and exit code 1.

    Reading commands (``must_exist``) never create an SQLite file: a missing one
    is an error that says how to make it; a store the user may only read (its
    folder or file is read-only) is opened read-only. Writing commands (``writes``,
    or not ``must_exist``) say which folder or file they can not write.
    """
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError
    from sqlalchemy.engine import make_url

    from claimtrack.store import connect
    from claimtrack.store.db import normalise_url

    try:
        url = make_url(normalise_url(db))
    except (ArgumentError, ValueError) as exc:
        _fail(f"{db!r} is not a store URL ({exc}); use sqlite:///file.db or postgresql://user@host/db")
    read_only = False
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if must_exist:
            require_store(db)
        if not path.parent.exists():
            _fail(f"the folder {path.parent} does not exist; create it or choose another --db")
        read_only = _read_only_for_user(path, writes=writes or not must_exist)
    try:
        engine = connect(db, read_only=read_only)
        if read_only:
            _check_read_only_schema(engine, db)
        return engine
    except ClaimtrackError as exc:  # a read-only store whose write-ahead log can not be read
        _fail(str(exc))
    except ModuleNotFoundError as exc:
        _fail(f"no database driver for {url.get_backend_name()} ({exc.name} is not installed); "
              "claimtrack supports sqlite:/// and postgresql:// (pip install 'claimtrack[postgres]')")
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        _fail(f"could not open the store at {db}: {reason}")


def _read_only_for_user(path: Path, *, writes: bool) -> bool:
    """Whether a reading command must open the SQLite store at ``path`` read-only; a
    writing command that can not write it exits with the folder or file to blame."""
    folder_ok = os.access(path.parent, os.W_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    if folder_ok and file_ok:
        return False
    if not writes:
        if not os.access(path, os.R_OK):
            _fail(f"can not read the store {path}: the file is not readable for you")
        return True
    if not folder_ok:
        _fail(f"can not write the store {path}: the folder {path.parent.resolve()} is read-only for you; "
              "choose a --db in a folder you can write to")
    _fail(f"can not write the store {path}: the file is read-only for you; "
          "make it writable, or copy it to a folder you can write to and use that --db")


def _check_read_only_schema(engine, db: str) -> None:  # type: ignore[no-untyped-def]
    """A read-only store can not be upgraded: one at another schema revision is an error."""
    from claimtrack.store.db import current_revision, head_revision

    found, head = current_revision(engine), head_revision()
    if found != head:
        _fail(f"the store at {db} is at schema revision {found}, this claimtrack reads {head}, and the store is "
              "read-only for you: someone who may write it upgrades it with any writing command "
              f"(claimtrack regroup --db {db})")


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``figures``, ``conflicts`` and ``export`` to the claimtrack app."""
    app.command("ingest")(ingest_command)
    app.command("figures")(figures_command)
    app.command("conflicts")(conflicts_command)
    app.command("export")(export_command)
    app.command("merge")(merge_command)
    app.command("split")(split_command)
    app.command("regroup")(regroup_command)


def ingest_command(
    targets: Annotated[
        list[str],
        typer.Argument(help="Files, folders (recursive), feeds, WARC, JSONL, wire items (NewsML-G2, NITF, ninjs), http(s) URLs."),
    ],
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")] = 1,
    fetched_at: Annotated[
        str | None, typer.Option("--fetched-at", help="Fetch time (ISO 8601 with offset) for inputs without one.")
    ] = None,
    follow: Annotated[bool, typer.Option("--follow", help="Fetch the linked page of feed entries with only a summary.")] = False,
    language: Annotated[
        str | None, typer.Option("--language", "-l", help="Force a language code (nl, en; any case).", callback=language_code)
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Reject files larger than this.")] = 20_000_000,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds one document may take (then its worker is stopped, the document rejected).")
    ] = 60.0,
) -> None:
    """Read pages into the store: extract, skip what is stored already, record rejects.

    Files a folder walk passes over are listed with the reason. Exit code 0
    when at least one document was stored or was there already (bad items
    are rejects, listed); 1 when everything failed, nothing was found, or a
    named path does not exist; 130 after Ctrl-C.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from claimtrack.ingest import Counts, iter_inputs, run
    from claimtrack.read.feeds import NOT_FOLLOWED
    from claimtrack.read.fetch import is_url, unfetched_reason, unfetched_scheme
    from claimtrack.read.inputs import Reject, count_items, skipped_files

    when = parse_time(fetched_at)
    if "-" in targets:
        raise typer.BadParameter(
            "ingest reads files, folders, feeds and URLs, not standard input ('-'): save it to a file "
            "first (a .jsonl file for many pages), or read one page with 'claimtrack extract -'",
            param_hint="TARGETS",
        )
    unfetched = [(t, unfetched_reason(s)) for t in targets if (s := unfetched_scheme(t)) and not os.path.lexists(t)]
    missing = [t for t in targets if not is_url(t) and not os.path.lexists(t) and not unfetched_scheme(t)]
    if len(missing) + len(unfetched) == len(targets):  # nothing to read, so no store is made for it
        reasons = [f"{t}: {why}" for t, why in unfetched]
        _fail("; ".join(reasons + ([f"no such file or folder: {', '.join(missing)}"] if missing else [])))
    engine = open_store(db, must_exist=False)
    err = Console(stderr=True, soft_wrap=True)
    skipped = [s for target in targets for s in skipped_files(target)]
    totals = [count_items(t) for t in targets]
    total = None if None in totals else sum(t for t in totals if t is not None)
    this_run: dict[str, str | None] = {}  # source -> reason (None: extraction failed, reason in the store)
    items_done: set[str] = set()
    rejected_before = [0]
    last = [Counts()]
    not_followed: list[tuple[str, str]] = []  # feed entries stored with their summary: the link failed

    def noted(items):  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, Reject):
                this_run[item.source] = item.reason
            elif follow and isinstance(item, Document):  # (a PageFile is read by a worker)
                not_followed.extend(
                    (item.path or item.url or "?", w[len(NOT_FOLLOWED):]) for w in item.warnings if w.startswith(NOT_FOLLOWED)
                )
            yield item

    # A bar only on a terminal: piped or redirected output gets the summary alone.
    with Progress(*_bar_columns(total), console=err, disable=quiet or not err.is_terminal, transient=False, expand=True) as bar:
        task = bar.add_task("starting", total=total)

        def progress(c: Counts, source: str) -> None:
            last[0] = c
            if c.rejected > rejected_before[0]:
                this_run.setdefault(source, None)  # not from the input stream: extraction failed
            rejected_before[0] = c.rejected
            items_done.add(source)
            bar.update(
                task,
                completed=min(len(items_done), total) if total else None,
                description=f"stored {c.documents}  skipped {c.skipped}  rejected {c.rejected}  figures {c.figures}",
            )

        try:
            # With 2+ workers the workers read page files (HTML reading costs more than extracting).
            items = noted(iter_inputs(targets, fetched_at=when, follow=follow, max_bytes=max_bytes, defer=workers > 1))
            counts = run(items, engine, workers=workers, language=language, progress=progress, timeout=timeout)
        except SQLAlchemyError as exc:
            _fail(f"the store failed: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
        except KeyboardInterrupt:
            _interrupted(err, last[0])
    _print_summary(err, counts, skipped, _run_rejects(engine, this_run))
    for source, reason in not_followed[:50]:
        err.print(f"[yellow]not followed[/yellow] {shown(source)}: {shown(reason)}; its summary was stored", highlight=False)
    if len(not_followed) > 50:
        err.print(f"... and {plural(len(not_followed) - 50, 'more feed entry', 'more feed entries')} not followed")
    if counts.failed:
        err.print("[red]nothing could be ingested[/red]; the reasons are listed above")
        raise typer.Exit(1)
    if missing:  # a mistyped path is the user's to fix, even when the other targets were read
        err.print(f"[red]error[/red]: no such file or folder: {shown(', '.join(missing))}", highlight=False)
        raise typer.Exit(1)


def _interrupted(err: Console, c) -> NoReturn:  # type: ignore[no-untyped-def]
    """Ctrl-C: what is in the store, how to go on, and exit code 130 (as a shell reports SIGINT)."""
    err.print(
        f"[yellow]interrupted[/yellow]: {plural(c.documents, 'document')} stored, {c.skipped} skipped, {c.rejected} rejected "
        "before the stop; run the same command again to add the rest (stored documents are skipped)",
        highlight=False,
    )
    raise typer.Exit(130)


def parse_since(value: str | None, *, end: bool = False):  # type: ignore[no-untyped-def]
    """``--since``: a date (``2026-01-16``: its midnight in the local zone) or an ISO 8601 time with offset;
    with ``end`` (``--until``) a date is the next midnight, so that the day is included."""
    from claimtrack.isotime import calendar_date, parse_iso
    from claimtrack.store.queries import day_start

    day = calendar_date(value)
    if day is not None:
        return day_start(day, end=end)
    try:
        return parse_iso(value) if value is not None else None
    except ValueError as exc:
        if "offset" in str(exc):  # a time without its offset: that message says what to add
            raise typer.BadParameter(str(exc)) from None
        raise typer.BadParameter(
            f"{value!r} is neither a date (2026-01-16: from its midnight here) nor an ISO 8601 time with offset "
            "(2026-01-16T08:00:00+01:00)"
        ) from None


def time_window(since: str | None, until: str | None):  # type: ignore[no-untyped-def]
    """``--since`` and ``--until`` as times (see :func:`parse_since`); a window with no time in it
    is a wrong option (exit 2), not an empty answer."""
    from claimtrack.store.queries import empty_window

    start, end = parse_since(since), parse_since(until, end=True)
    problem = empty_window(start, end, (f"--since {since}", f"--until {until}"))
    if problem is not None:
        raise typer.BadParameter(problem)
    return start, end


def language_code(value: str | None) -> str | None:
    """A ``--language`` value, checked before any work: known, any case (``EN`` is ``en``)."""
    if value is None:
        return None
    from claimtrack import lang

    code = value.strip().lower()
    if code not in lang.available():
        raise typer.BadParameter(f"unknown language {value!r}; choose from {', '.join(lang.available())}")
    return code


def _bar_columns(total: int | None) -> tuple:
    from rich.progress import MofNCompleteColumn, TimeRemainingColumn

    if total is None:
        return (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None), TimeElapsedColumn())
    from rich.table import Column

    # On a narrow terminal the counts in the description are cut, never the total or the eta.
    fixed = Column(no_wrap=True)
    return (
        TextColumn("{task.description}", table_column=Column(ratio=1, no_wrap=True, overflow="ellipsis")),
        BarColumn(bar_width=12, table_column=fixed), MofNCompleteColumn(table_column=fixed),
        TextColumn("items", table_column=fixed), TimeElapsedColumn(table_column=fixed),
        TextColumn("eta", table_column=fixed), TimeRemainingColumn(table_column=fixed),
    )


def _run_rejects(engine, this_run: dict[str, str | None]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """This run's rejects, in order; an extraction failure's reason is read from the store."""
    from sqlalchemy import select

    from claimtrack.store import schema

    out = []
    rc = schema.rejects.c
    for source, reason in this_run.items():
        if reason is None:
            with engine.connect() as conn:
                reason = conn.execute(
                    select(rc.reason).where(rc.source == source).order_by(rc.id.desc()).limit(1)
                ).scalar() or "?"
        out.append((source, reason))
    return out


def _print_summary(err: Console, counts, skipped: list[tuple[str, str]], rejects: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]

    names = ("documents", "skipped", "articles", "statements", "figures", "rejected")
    table = Table(title="ingest summary", show_header=True)
    for name in names:
        table.add_column(name, justify="right")
    table.add_row(*(str(getattr(counts, n)) for n in names))
    err.print(table)
    for what, rows in (("not read", skipped), ("rejected", rejects)):
        for source, reason in rows[:50]:
            err.print(f"[yellow]{what}[/yellow] {shown(source)}: {shown(reason)}", highlight=False)
        if len(rows) > 50:
            more = plural(len(rows) - 50, "more reject") + " in the store's rejects table" if what == "rejected" \
                else plural(len(rows) - 50, "more file") + " not read"
            err.print(f"... and {more}")


def _fmt_value(low: float | None, high: float | None, approximate: bool = False) -> str:
    return ("~" if approximate else "") + _fmt_bounds(low, high)


def _fmt_bounds(low: float | None, high: float | None) -> str:
    def n(x: float) -> str:  # no group separator: "4.300" (English 4,300) would read as 6.4 does
        return str(int(x)) if float(x).is_integer() else f"{x:.6f}".rstrip("0").rstrip(".")

    if low is None and high is None:
        return "?"
    if high is None:
        return f">= {n(low)}"
    if low is None:
        return f"<= {n(high)}"
    return n(low) if low == high else f"{n(low)}-{n(high)}"


def fmt_time(value) -> str:  # type: ignore[no-untyped-def]
    """A stored (UTC) time in the user's zone, with its offset: ``2026-01-14 21:26 +01:00``."""
    local = value.astimezone()
    offset = local.strftime("%z")
    return f"{local.strftime('%Y-%m-%d %H:%M')} {offset[:3]}:{offset[3:]}"


def _show_groups(groups, output: ListFormat, title: str) -> None:  # type: ignore[no-untyped-def]
    out = Console()
    if output in (ListFormat.json, ListFormat.jsonl):
        from claimtrack.serialize import to_plain, whole_numbers

        rows = [whole_numbers({**to_plain(g), "disagreement": g.disagreement}) for g in groups]
        if output is ListFormat.json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        else:
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if not groups:
        out.print(f"no {title}")
        return
    for g in groups:
        when = fmt_time(g.end) if g.end else "time unknown"
        flag = " [bold red]DISAGREEMENT[/bold red]" if g.disagreement else ""
        table = Table(
            title=f"{g.category}: {shown(g.subject or '?')} — {shown(g.place or 'place unknown')} — {when}{flag}",
            title_justify="left",
            caption=f"group {g.id}" + (f", {plural(len(g.revisions), 'revision')}" if g.revisions else ""),
            caption_justify="left",
        )
        table.add_column("claimant")
        table.add_column("value", justify="right")
        table.add_column("time")
        table.add_column("publishers")
        table.add_column("evidence", overflow="fold")
        for c in g.claims:
            table.add_row(
                shown(c.claimant or "?"),
                _fmt_value(c.low, c.high, c.approximate),
                fmt_time(c.last_seen) if c.last_seen else "?",
                shown(", ".join(c.publishers) or "?"),
                shown(c.evidence),
            )
        out.print(table)
        for d in g.disagreements:
            out.print(f"  disagreement: {shown(d.claimant_a or '?')} {_fmt_value(*d.value_a, False)}{_when(d.at_a, d.basis_a)}"
                      f" vs {shown(d.claimant_b or '?')} {_fmt_value(*d.value_b, False)}{_when(d.at_b, d.basis_b)}")
        for r in g.revisions:
            out.print(f"  revision: {shown(r.claimant or '?')} {_fmt_value(*r.before, False)} -> {_fmt_value(*r.after, False)}"
                      f"{_when(r.at, '')}")


def _when(at, basis: str) -> str:  # type: ignore[no-untyped-def]
    """" (2026-01-14 08:30, article time)": the time that makes a claim current, and what that time is."""
    if at is None:
        return ""
    return f" ({at.strftime('%Y-%m-%d %H:%M')}" + (f", {basis} time" if basis else "") + ")"


def figures_command(
    query: Annotated[str | None, typer.Argument(help="Words of the counted subject, place, claimant or category.")] = None,
    since: Annotated[str | None, SINCE_FIGURES] = None,
    until: Annotated[str | None, UNTIL_FIGURES] = None,
    category: Annotated[str | None, typer.Option("--category", help="killed, wounded, missing, ...")] = None,
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
    output: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Figure groups, newest first: each claimant's value, time, publishers and evidence sentence."""
    from claimtrack.store.queries import Filters, list_groups

    if category is not None and category not in CATEGORIES:
        raise typer.BadParameter(f"unknown category {category!r}; choose from {', '.join(CATEGORIES)}")
    f = Filters(*time_window(since, until), category=category)
    engine = open_store(db)
    try:
        found = list_groups(engine, query, f, limit=limit).items
    except ClaimtrackError as exc:  # a read-only store with documents not grouped yet
        _fail(str(exc))
    _show_groups(found, output, "figure groups")


def conflicts_command(
    query: Annotated[str | None, typer.Argument(help="Words of the counted subject, place, claimant or category.")] = None,
    since: Annotated[str | None, SINCE_FIGURES] = None,
    until: Annotated[str | None, UNTIL_FIGURES] = None,
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
    output: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Only the figure groups where sources disagree (their values do not overlap)."""
    from claimtrack.store.queries import Filters, conflicts

    engine = open_store(db)
    try:
        found = conflicts(engine, query, Filters(*time_window(since, until)), limit=limit).items
    except ClaimtrackError as exc:
        _fail(str(exc))
    _show_groups(found, output, "disagreements")


def export_command(
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet.")] = ExportFormat.csv,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write statements.*, figures.*, groups.* into.")] = Path("."),
    table: Annotated[list[str] | None, typer.Option("--table", "-t", metavar="TABLE", help="statements, figures, groups (repeatable; default all).")] = None,
    since: Annotated[str | None, typer.Option("--since", help=f"Only rows from this time on ({_TIMES}).")] = None,
    until: Annotated[str | None, typer.Option("--until", help=f"Only rows before this time; a date is included ({_TIMES}).")] = None,
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
) -> None:
    """Export statements, figures and figure groups (one row per claim) as files."""
    from claimtrack.store.export import TABLES, write
    from claimtrack.store.queries import Filters

    tables = table or list(TABLES)
    for name in tables:
        if name not in TABLES:
            raise typer.BadParameter(f"unknown table {name!r}; choose from {', '.join(TABLES)}")
    filters = Filters(*time_window(since, until))  # every option checked before a folder is made
    if out.exists() and not out.is_dir():  # mkdir's own words were "File exists"
        _fail(f"{out} is a file; --out names the folder to write statements.*, figures.*, groups.* into")
    engine = open_store(db)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"can not write to {out}: {exc.strerror}")
    err = Console(stderr=True)
    for name in tables:
        path = out / f"{name}.{output_format.value}"
        part = path.with_name(f".{path.name}.part")  # a failed or stopped export leaves the old file whole
        try:
            n = write(engine, name, output_format.value, part, filters)
            os.replace(part, path)
        except OSError as exc:
            _fail(f"can not write {path}: {exc.strerror or exc}; {path.name} was left as it was")
        except ClaimtrackError as exc:
            _fail(str(exc))
        finally:
            part.unlink(missing_ok=True)
        err.print(f"{shown(path)}: {plural(n, 'row')}")


def merge_command(
    group_a: Annotated[str, typer.Argument(help="A group id (from `figures` or `conflicts`).")],
    group_b: Annotated[str, typer.Argument(help="The group to merge into it.")],
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
) -> None:
    """Make two figure groups one; the correction is stored and survives re-ingest and regrouping."""
    from claimtrack.store.groups import merge

    try:
        gid = merge(open_store(db, writes=True), group_a, group_b)
    except KeyError as exc:
        _fail(f"no figure group {exc.args[0]}")
    Console().print(f"merged into group {gid}")


def split_command(
    group: Annotated[str, typer.Argument(help="The group id to split.")],
    figure_ids: Annotated[list[int], typer.Argument(help="Figure ids (export's `figure_ids`) that form a group of their own.")],
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
) -> None:
    """Take figures out of a group into a group of their own; stored, survives re-ingest and regrouping."""
    from claimtrack.store.groups import split

    try:
        gid = split(open_store(db, writes=True), group, figure_ids)
    except KeyError as exc:
        _fail(f"no figure group {exc.args[0]}")
    except ValueError as exc:
        _fail(str(exc))
    Console().print(f"split off as group {gid}")


def regroup_command(db: Annotated[str, DB_OPTION] = DEFAULT_URL) -> None:
    """Build events and figure groups again from the stored figures (people's corrections stay)."""
    from claimtrack.store.groups import regroup_all

    n = regroup_all(open_store(db, writes=True))
    Console(stderr=True).print(f"regrouped {plural(n, 'document')}")
