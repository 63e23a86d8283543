"""The command line: a thin layer over the library (``claimtrack --help``)."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="claimtrack",
    help="Who claims what, with which figures, when, and where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
)



def _version(value: bool) -> None:
    if value:
        from claimtrack import __version__

        typer.echo(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Who claims what, with which figures, when, and where sources disagree."""


from claimtrack import cli_extract, cli_evaluate, cli_store, cli_serve  # noqa: E402

for _module in (cli_extract, cli_evaluate, cli_store, cli_serve):
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
