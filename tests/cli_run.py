"""Run the ``claimtrack`` command in-process (shared by the CLI tests)."""

from __future__ import annotations

from typer.testing import CliRunner

from claimtrack.cli import app


def invoke(*args: str):  # type: ignore[no-untyped-def]
    """The command's result; fails the test on an exception other than the command's exit."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result
