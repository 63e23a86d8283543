"""CLI commands for store. STUB: filled in by its author."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the claimtrack app."""
