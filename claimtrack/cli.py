"""The command line: a thin layer over the library (``claimtrack --help``)."""

from __future__ import annotations

import gc

import typer
import typer.core

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


from claimtrack import cli_backfill, cli_extract, cli_evaluate, cli_store, cli_serve  # noqa: E402

for _module in (cli_extract, cli_evaluate, cli_store, cli_serve, cli_backfill):
    _module.register(app)


def _flags_as_flags(command) -> None:  # type: ignore[no-untyped-def]
    for param in command.params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""


class _Command(typer.core.TyperCommand):
    """Help as click writes it: ``Usage: claimtrack ingest [OPTIONS] TARGETS...``, and
    flags shown as flags (typer 0.29 labels them ``<bool>`` as if they took a value)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        _flags_as_flags(self)
        self.help = _unwrapped(self.help)

    def get_help_option(self, ctx):  # type: ignore[no-untyped-def]
        return _plain_help(super().get_help_option(ctx))

    def collect_usage_pieces(self, ctx):  # type: ignore[no-untyped-def]
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, typer.core.TyperArgument):
                name = (param.metavar or param.name or "").upper()
                name = name if param.required else f"[{name}]"
                pieces.append(name + ("..." if param.nargs != 1 else ""))
        return pieces


class _Group(typer.core.TyperGroup):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        _flags_as_flags(self)

    def get_help_option(self, ctx):  # type: ignore[no-untyped-def]
        return _plain_help(super().get_help_option(ctx))


def _unwrapped(text: str | None) -> str | None:
    """A docstring's paragraphs each on one line: the help box wraps them to the terminal
    (typer keeps a paragraph's own line breaks, so a long line broke in two mid-sentence)."""
    if not text:
        return text
    import inspect

    return "\n\n".join(" ".join(p.split()) for p in inspect.cleandoc(text).split("\n\n"))


def _plain_help(option):  # type: ignore[no-untyped-def]
    if option is not None and option.metavar is None:
        option.metavar = ""
    return option


for _info in app.registered_commands:
    _info.cls = _Command
app.info.cls = _Group


def main() -> None:
    """Console-script entry point."""
    # What the imports built lives as long as the process: kept out of the cycle
    # collector's full passes, which otherwise walk it again and again while the
    # first page loads its language data (a fresh `claimtrack extract PAGE`: ~5% less CPU).
    gc.freeze()
    app()
