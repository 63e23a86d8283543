"""Page text and file names in the command line's tables and messages: brackets are words, not
rich markup, and control characters never reach the terminal. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from cli_run import invoke


def _page(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_brackets_in_a_page_are_shown_as_they_stand_in_the_table_view(tmp_path: Path) -> None:
    """"[foto]" vanished from the headline and "[/b]" ended the command with a MarkupError."""
    page = _page(tmp_path, "brand.txt", "[foto] Brand [/b] in Wessum\n"
                 "WESSUM - De brandweer meldt dat 7 schuren [bold]zijn[/bold] afgebrand.\n")
    result = invoke("extract", str(page), "-f", "table")
    assert result.exit_code == 0
    assert "[foto] Brand [/b] in Wessum" in result.output
    assert "7 schuren [bold]zijn[/bold] afgebrand" in result.output


def test_control_characters_of_a_page_do_not_reach_the_terminal(tmp_path: Path) -> None:
    page = _page(tmp_path, "stuk.txt", "Storm\x1b]0;gekaapt\x07 in Wessum\n"
                 "WESSUM - De brandweer meldt dat 7 schuren\x1b[8m zijn afgebrand.\n")
    result = invoke("extract", str(page), "-f", "table")
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Storm\ufffd]0;gekaapt\ufffd in Wessum" in result.output
    assert "7 schuren\ufffd[8m zijn afgebrand" in result.output


def test_a_file_name_with_brackets_is_named_in_the_error(tmp_path: Path) -> None:
    missing = tmp_path / "oud[/b].txt"
    result = invoke("extract", str(missing))
    assert result.exit_code == 1
    assert f"error: {missing}: no such file" in result.output.replace("\n", "")


def test_the_figures_table_shows_claimants_and_evidence_with_brackets(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    (tmp_path / "k").mkdir()  # the publisher is the folder's name: short, so that the row is not folded
    page = _page(tmp_path / "k", "dijk.txt", "Dijk bij Wessum\nWESSUM - [/i]Er zijn 31 koeien gered.\n")
    assert invoke("ingest", str(page), "--db", db, "-q").exit_code == 0
    result = invoke("figures", "--db", db)
    assert result.exit_code == 0
    assert "│ [/i]Er zijn 31 koeien gered. │" in result.output
