"""``claimtrack extract`` of a long page says first how long it will take (the output comes at
the end, after up to a minute and a half for a page near the 20 MB cap)."""

from __future__ import annotations

from pathlib import Path

import claimtrack.cli_extract
from cli_run import invoke

PAGE = "Dijk houdt stand\nZEESTAD - De wethouder zegt dat 40 gezinnen zijn geëvacueerd.\n"


def test_a_long_page_gets_a_note_with_the_expected_time(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lang.txt"
    path.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(claimtrack.cli_extract, "LONG_PAGE_BYTES", 50)
    monkeypatch.setattr(claimtrack.cli_extract, "MB", 40)  # the 80-byte page counts as 2 "MB"
    result = invoke("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == (
        f"note: {path} is 2.0 MB: extracting it takes about 4-10 s (2-5 s a MB on one core); "
        "the output comes when it is done\n"
    )
    assert result.stdout.startswith('{"schema": "claimtrack/1"')


def test_an_ordinary_page_gets_no_note(tmp_path: Path) -> None:
    path = tmp_path / "kort.txt"
    path.write_text(PAGE, encoding="utf-8")
    result = invoke("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""
