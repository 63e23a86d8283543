"""``claimtrack evaluate GOLD.jsonl``: score ``extract`` against annotated gold documents."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer


class Format(str, Enum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the ``evaluate`` command to the claimtrack app."""

    @app.command("evaluate")
    def evaluate_cmd(
        gold: Path = typer.Argument(
            ..., help="Gold JSONL file (see eval/README.md); a folder of raw/*.txt + gold/*.json pages; with --clusters, the folder of page gold files."
        ),
        clusters: Optional[Path] = typer.Option(
            None, "--clusters", exists=True, dir_okay=False,
            help="Score figure groups on event clusters (CLUSTERS.json; see eval/clusters/README.md).",
        ),
        by_kind: bool = typer.Option(False, "--by-kind", help="Also report statements per kind."),
        format: Format = typer.Option(Format.table, "--format", help="table (rich) or json."),
        errors: bool = typer.Option(False, "--errors", help="List each miss and false positive with its sentence."),
        write_scores: Optional[Path] = typer.Option(
            None, "--write-scores", help="Also write the metrics as JSON to this file (e.g. eval/scores.json)."
        ),
        readme: Optional[Path] = typer.Option(
            None, "--readme", help="Also replace the scores table between the markers in this README."
        ),
        lang: Optional[str] = typer.Option(
            None, "--lang", help="Folder only: score the pages whose gold language is this (the tool still finds the language itself)."
        ),
    ) -> None:
        """Run extract on each gold document and report P/R/F1 per field (with --clusters: score figure groups).

        Given a folder of annotated pages (raw/*.txt and gold/*.json, format in
        eval/README.md): one line per page, then the totals (--errors lists misses and
        extras per page).
        """
        if not gold.exists():  # an input that failed: exit 1 with its reason (2 is for a wrong option)
            typer.echo(f"error: no such file or folder: {gold}", err=True)
            raise typer.Exit(1)
        if clusters is not None:
            _clusters(clusters, gold, format, errors)
            return
        if gold.is_dir():
            _evaluate_folder(gold, lang, format is Format.json, errors)
            return
        from rich.console import Console

        from claimtrack.evaluate import gold as gold_mod
        from claimtrack.evaluate import report, score

        try:
            docs = gold_mod.load(gold)
        except gold_mod.GoldError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None  # the input failed (2 is for a wrong option)
        if not docs:  # scores of nothing would print as a table of zeros
            typer.echo(f"error: {gold}: no annotated documents in it (one JSON object a line; see eval/README.md)", err=True)
            raise typer.Exit(1)
        scores = score.evaluate(docs)
        shown = gold.as_posix()
        if scores.failed and (write_scores is not None or readme is not None):
            typer.echo(
                f"error: extract raised on {scores.failed} documents; not recording these scores "
                "(run without --write-scores/--readme to see them)",
                err=True,
            )
            raise typer.Exit(1)
        if write_scores is not None:
            obj = report.to_json_obj(scores, gold=shown, by_kind=True)
            write_scores.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if readme is not None:
            cmd = f"claimtrack evaluate {shown}" + (f" --write-scores {write_scores.as_posix()}" if write_scores else "") + f" --readme {readme.as_posix()}"
            report.update_readme(readme, scores, cmd)
        if format is Format.json:
            sys.stdout.write(report.to_json(scores, gold=shown, by_kind=by_kind, errors=errors) + "\n")
        else:
            report.render_table(scores, Console(), gold=shown, by_kind=by_kind, errors=errors)


def _clusters(clusters: Path, gold_dir: Path, format: Format, errors: bool) -> None:
    from claimtrack.evaluate.clusters import evaluate_clusters

    if not gold_dir.is_dir():
        typer.echo(f"error: with --clusters, {gold_dir} must be the folder of page gold files", err=True)
        raise typer.Exit(2)
    try:
        scores = evaluate_clusters(clusters, gold_dir)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None  # the input failed (2 is for a wrong option)
    if format is Format.json:
        obj = scores.to_json()
        if errors:
            obj["errors"] = scores.errors
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        return
    if errors:
        for line in scores.errors:
            typer.echo(line)
    typer.echo(scores.summary())


def _evaluate_folder(folder: Path, lang: Optional[str], as_json: bool, errors: bool) -> None:
    """``claimtrack evaluate DIR``: a real-format folder (raw/*.txt + gold/*.json)."""
    from claimtrack.evaluate import realformat

    try:
        scores = realformat.evaluate_folder(folder, language=lang)
    except realformat.FormatError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None  # the input failed (2 is for a wrong option)
    if as_json:
        sys.stdout.write(json.dumps(realformat.to_json_obj(scores, errors), ensure_ascii=False, indent=2) + "\n")
    else:
        for line in realformat.report_lines(scores, lang or "all", errors):
            typer.echo(line)
    if scores.failed:
        raise typer.Exit(1)
