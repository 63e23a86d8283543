"""The command line: a thin layer over the library (``claimtrack --help``)."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="claimtrack",
    help="Who claims what, with which figures, when, and where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
)

from claimtrack import cli_extract, cli_evaluate, cli_store, cli_serve  # noqa: E402

for _module in (cli_extract, cli_evaluate, cli_store, cli_serve):
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
