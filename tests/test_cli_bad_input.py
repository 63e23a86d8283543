"""What the command line says about inputs that are no page file: devices, streams over the
limit. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app
from cli_run import invoke


def test_a_device_named_to_ingest_is_not_a_regular_file_not_missing(tmp_path: Path) -> None:
    """/dev/null exists: it was "no such file or folder"."""
    page = tmp_path / "kort.txt"
    page.write_text("Brug dicht\nHAVERDAM - De gemeente meldt dat 3 bruggen dicht zijn.\n", encoding="utf-8")
    result = invoke("ingest", "/dev/null", str(page), "--db", f"sqlite:///{tmp_path / 's.db'}")
    assert result.exit_code == 0  # the batch goes on: the page is stored
    assert "rejected /dev/null: not a regular file (a named pipe, socket or device); claimtrack reads files and folders" in (
        " ".join(result.stderr.split()))


def test_a_stream_over_the_limit_is_refused_at_once_and_not_given_a_size_it_does_not_have() -> None:
    """stdin was read whole, told "extracting it takes about 2-6 s", then refused with its length;
    now at most one byte past the limit is read, and the size is "more than" the limit."""
    result = CliRunner().invoke(app, ["extract", "-", "--max-bytes", "1100000"], input=b"a" * 1_300_000)
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (
        "error: -: the input is more than 1,100,000 bytes; the limit is 1,100,000 bytes (if the page is really that "
        "long, raise the limit: --max-bytes on the command line, max_bytes= in Python)"
    )
