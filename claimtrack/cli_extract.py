"""``claimtrack extract``: one page in, the output contract out."""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from claimtrack.errors import ClaimtrackError
from claimtrack.model import Extraction, Figure, TimeRef
from claimtrack.isotime import parse_iso
from claimtrack.lang import available
from claimtrack.pipeline import check_language, extract
from claimtrack.read import MAX_BYTES


#: A page this long (bytes) gets a note of the time it will take: ordinary pages are 5-100 kB.
LONG_PAGE_BYTES = 1_000_000
MB = 1_000_000
#: CPU seconds per MB of page, output included (bench/bench_long.py shapes, 0.10: 2.4 idle,
#: about 4.6 on a shared machine); time is linear in the size.
SECONDS_PER_MB = (2, 5)


def note_long_page(err: Console, name: str, size: int) -> None:
    """Say before a long page how long it will take: nothing is printed until it is done."""
    if size < LONG_PAGE_BYTES:
        return
    mb = size / MB
    low = max(1, round(SECONDS_PER_MB[0] * mb))
    high = max(low + 1, round(SECONDS_PER_MB[1] * mb))
    err.print(
        f"note: {name} is {mb:.1f} MB: extracting it takes about {low}-{high} s "
        f"({SECONDS_PER_MB[0]}-{SECONDS_PER_MB[1]} s a MB on one core); the output comes when it is done",
        highlight=False, markup=False,
    )


#: C0 and C1 control characters but line break and tab: an escape sequence in a page would
#: otherwise reach the terminal (colours, a changed title, text hidden).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(value: object) -> str:
    """A value from a page or a file name for rich output: its brackets are words, not markup
    (a page saying "[/b]" broke the table view, "[foto]" vanished from it), and its control
    characters are shown as U+FFFD instead of being sent to the terminal."""
    from rich.markup import escape

    return escape(_CONTROL.sub("\ufffd", str(value)))


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 time with offset from the command line, or a clear error."""
    if value is None:
        return None
    try:
        return parse_iso(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the claimtrack app."""
    app.command("extract")(extract_command)


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Page files (.txt dump or .html); '-' reads standard input.")],
    fetched_at: Annotated[
        str | None,
        typer.Option("--fetched-at", help="When the page was fetched (ISO 8601 with offset); resolves teaser ages."),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", "-l", help="Read as this language (nl, en); default: identified per page."),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json (contract v1), jsonl, or table.")] = OutputFormat.json,
    url: Annotated[str | None, typer.Option("--url", help="The page's address, recorded in the output.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")] = MAX_BYTES,
) -> None:
    """Extract articles, statements and figures from news pages.

    Prints the output contract v1: with --format json one object (a JSON array of
    them for several inputs), with jsonl one object per line. Exit code 0 when
    every input was read, 1 when any failed (the reason goes to standard error).
    A page in a language claimtrack does not read is not a failure: it is
    printed with its text as one article and nothing read from it, and a
    warning goes to standard error.
    """
    when = parse_time(fetched_at)
    if language is not None:
        try:
            language = check_language(language)
        except ClaimtrackError as exc:
            raise typer.BadParameter(str(exc), param_hint="--language") from None
    out = Console(width=None if sys.stdout.isatty() else 160)
    err = Console(stderr=True, soft_wrap=True)
    failed = 0
    as_json: list[dict] = []
    for name in paths:
        try:
            if name == "-":
                source: bytes | Path = sys.stdin.buffer.read(max_bytes + 1)  # no more than the limit in memory
            else:
                source = Path(name)
                if source.is_dir():
                    raise ClaimtrackError("is a folder; extract reads pages one by one (use 'claimtrack ingest' for folders)")
                if not source.exists():
                    if name.lower().startswith(("http://", "https://")):
                        raise ClaimtrackError("is a URL; extract reads files, 'claimtrack ingest URL' fetches pages")
                    raise ClaimtrackError("no such file")
            size = len(source) if isinstance(source, bytes) else source.stat().st_size
            if size <= max_bytes:  # a page over the limit is refused at once: no note of a long wait
                note_long_page(err, name, size)
            result = extract(source, fetched_at=when, language=language, url=url, max_bytes=max_bytes)
        except (ClaimtrackError, OSError, ValueError) as exc:
            failed += 1
            reason = f"could not read it: {exc.strerror}" if isinstance(exc, OSError) and exc.strerror else exc
            err.print(f"[red]error[/red]: {shown(name)}: {shown(reason)}", highlight=False)
            continue
        if result.language not in available():
            err.print(f"[yellow]warning[/yellow]: {shown(name)}: {shown(result.warnings[-1])}", highlight=False)
        if output_format is OutputFormat.json:
            if len(paths) == 1:
                sys.stdout.write(result.to_json(indent=2) + "\n")
            else:
                as_json.append(result.to_dict())
        elif output_format is OutputFormat.jsonl:
            sys.stdout.write(result.to_json(indent=None) + "\n")
        else:
            print_tables(out, result, title=name)
    if len(paths) > 1 and output_format is OutputFormat.json:
        sys.stdout.write(json.dumps(as_json, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(code=1)


def format_value(figure: Figure) -> str:
    """A figure's value for people: "3000", "≥ 12000", "200–999", "≤ 50", with "~" when approximate."""
    low, high = figure.low, figure.high
    if low is not None and low == high:
        text = f"{low:g}" if isinstance(low, float) else str(low)
    elif low is not None and high is not None:
        text = f"{low}–{high}"
    elif low is not None:
        text = f"≥ {low}"
    elif high is not None:
        text = f"≤ {high}"
    else:
        text = "?"
    if figure.unit:
        text += f" {figure.unit}"
    return ("~" if figure.approximate else "") + text


def format_time(ref: TimeRef | None) -> str:
    """"34 minuten geleden → 2026-01-14 21:26+01:00", or the expression alone when unresolved."""
    if ref is None:
        return ""
    words = ref.expression.text if ref.expression else ""
    if ref.value is None:
        return f"{words} (unresolved)".strip()
    value = ref.value.isoformat(sep=" ", timespec="minutes")
    return f"{words} → {value}" if words else value


def print_tables(console: Console, result: Extraction, title: str) -> None:
    """The human view: articles, statements and figures as rich tables."""
    articles = Table(title=f"{shown(title)}: articles", show_lines=False)
    for col in ("id", "role", "section", "dateline", "published", "headline / body"):
        articles.add_column(col, overflow="fold")
    for a in result.articles:
        dl = f"{a.dateline.place} ({'/'.join(a.dateline.agencies)})" if a.dateline else ""
        head = a.headline.text if a.headline else a.body.text[:80] + ("…" if len(a.body.text) > 80 else "")
        articles.add_row(a.id, a.role, *map(shown, (a.section or "", dl, format_time(a.published), head)))
    console.print(articles)

    statements = Table(title="statements", show_lines=True)
    for col in ("id", "art.", "source", "cue", "content", "kind", "time"):
        statements.add_column(col, overflow="fold")
    for s in result.statements:
        sources = ", ".join(x.name for x in s.sources)
        statements.add_row(s.id, s.article, *map(shown, (sources, s.cue.text, s.content.text)), s.kind, shown(format_time(s.time)))
    console.print(statements)

    figures = Table(title="figures", show_lines=True)
    for col in ("id", "art.", "value", "span", "counted", "category", "source"):
        figures.add_column(col, overflow="fold")
    for f in result.figures:
        texts = (format_value(f), f.span.text, f.counted.text if f.counted else "", f.category, f.source_name or "")
        figures.add_row(f.id, f.article, *map(shown, texts))
    console.print(figures)
    for w in result.warnings:
        console.print(f"[yellow]warning[/yellow]: {shown(w)}", highlight=False)
