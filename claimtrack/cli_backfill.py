"""``claimtrack backfill``: ingest archives on a Dask cluster (see :mod:`claimtrack.backfill`)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from claimtrack.cli_extract import parse_time, shown
from claimtrack.cli_store import (
    DB_OPTION, DEFAULT_URL, _bar_columns, _fail, _print_summary, language_code, open_store, plural,
)
from claimtrack.errors import ClaimtrackError


def register(app: typer.Typer) -> None:
    """Add ``backfill`` to the claimtrack app."""
    app.command("backfill")(backfill_command)
    app.command("load")(load_command)


def _needs(extra: str, *modules: str) -> None:
    """Exit 1 with the install line when an optional dependency of the command is missing."""
    from importlib.util import find_spec

    missing = [m for m in modules if find_spec(m) is None]
    if missing:
        names = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
        _fail(f"this command needs {names}, which {'is' if len(missing) == 1 else 'are'} not "
              f"installed: pip install 'claimtrack[{extra}]'")


def load_command(
    out: Annotated[str, typer.Argument(help="The --out folder of a backfill (its Parquet tables).")],
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Documents per transaction.")] = 500,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Load a backfill's Parquet output into the store (PostgreSQL COPY, SQLite large transactions).

    Parts load in input order; figure groups are built once at the end. Loading again
    adds only what is missing. Exit code 1 when nothing was loaded.
    """
    from pathlib import Path

    from sqlalchemy.exc import SQLAlchemyError

    from claimtrack.backfill.load import load, parts_of

    _needs("parquet", "pyarrow")
    if not Path(out).is_dir():  # a typo: say so, not that its part markers are missing
        _fail(f"no such folder: {out} (give the --out folder of a backfill)")
    try:
        total = len(parts_of(Path(out)))
    except FileNotFoundError as exc:
        _fail(str(exc))
    engine = open_store(db, must_exist=False)
    err = Console(stderr=True, soft_wrap=True)
    with Progress(*_bar_columns(1), console=err, disable=quiet or not err.is_terminal, expand=True) as bar:
        task = bar.add_task("loading", total=total)

        def progress(c) -> None:  # type: ignore[no-untyped-def]
            bar.update(task, advance=1, description=f"stored {c.documents}  skipped {c.skipped}  figures {c.figures}")

        try:
            counts = load(out, engine, batch=batch, progress=progress)
        except SQLAlchemyError as exc:
            _fail(f"the store failed: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
    _print_summary(err, counts, [], [])
    if counts.failed:
        err.print("[red]nothing could be loaded[/red]")
        raise typer.Exit(1)


def backfill_command(
    targets: Annotated[
        list[str], typer.Argument(help="WARC/WARC.gz archives, JSONL, pages, feeds: files, folders or globs ('crawl/*.warc.gz').")
    ],
    db: Annotated[str, DB_OPTION] = DEFAULT_URL,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Folder for the Parquet tables (documents, articles, statements, figures, rejects).")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Address of a running Dask scheduler (tcp://host:8786); default: a local cluster.")
    ] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Local cluster: worker processes (default: one per core).")] = None,
    part_size: Annotated[int, typer.Option("--part-size", min=1, help="Records per task.")] = 500,
    fetched_at: Annotated[str | None, typer.Option("--fetched-at", help="Fetch time (ISO 8601 with offset) for inputs without one.")] = None,
    language: Annotated[
        str | None, typer.Option("--language", "-l", help="Force a language code (nl, en).", callback=language_code)
    ] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Reject records larger than this.")] = 20_000_000,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds one document may take.")] = 60.0,
    no_store: Annotated[bool, typer.Option("--no-store", help="Write the Parquet tables only (needs --out); no store.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Backfill an archive on Dask: Parquet per part, the store loaded in large transactions.

    A re-run adds only what is missing (documents are keyed by the sha256 of their
    text); Ctrl-C stops and keeps what was loaded. Exit code 1 when nothing was stored.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from claimtrack.backfill import backfill

    when = parse_time(fetched_at)
    if no_store and out is None:
        _fail("--no-store writes Parquet only: give --out FOLDER")
    _needs("dask", "dask", "distributed", "pyarrow")
    engine = None if no_store else open_store(db, must_exist=False)
    err = Console(stderr=True, soft_wrap=True)
    with Progress(*_bar_columns(1), console=err, disable=quiet or not err.is_terminal, expand=True) as bar:
        task = bar.add_task("planning", total=None)

        def started(link: str | None, total: int, parts: int) -> None:
            err.print(f"{plural(total, 'record')} in {plural(parts, 'part')}; Dask dashboard: {link or 'none (pip install bokeh for one)'}")
            bar.update(task, total=total, description="stored 0")

        def progress(done) -> None:  # type: ignore[no-untyped-def]
            c = done.counts
            bar.update(task, completed=done.records,
                       description=f"stored {c.documents}  skipped {c.skipped}  rejected {c.rejected}  figures {c.figures}")

        try:
            done = backfill(
                targets, engine, out=out, scheduler=scheduler, workers=workers, language=language,
                fetched_at=when, max_bytes=max_bytes, timeout=timeout, part_size=part_size,
                started=started, progress=progress,
            )
        except SQLAlchemyError as exc:
            _fail(f"the store failed: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
        except OSError as exc:
            _fail(f"the Dask cluster could not be reached or started: {exc}")
        except ClaimtrackError as exc:  # the cluster kept losing the store's keys
            _fail(str(exc))
    _print_summary(err, done.counts, [], done.rejects)
    rate = done.records / done.seconds if done.seconds else 0.0
    err.print(f"{done.records:,} of {plural(done.total, 'record')} in {done.seconds:.1f} s ({rate:.1f} records/s)")
    if done.counts.rejected > len(done.rejects):
        err.print(f"... and {plural(done.counts.rejected - len(done.rejects), 'more reject')}")
    if done.counts.rejected:
        where = ("the store's rejects table" if engine is not None else "") + (" and " if engine is not None and out else "")
        err.print(f"the reasons of the rejects are in {where}" + (f"{shown(out)}/rejects" if out else ""))
    if done.stopped:
        err.print("[yellow]stopped[/yellow]: what was loaded is kept; run the same command again to add the rest")
        raise typer.Exit(130)
    if done.counts.failed:
        err.print("[red]nothing could be ingested[/red]")
        raise typer.Exit(1)
