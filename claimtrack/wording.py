"""Small phrases the command line and the web page both show to people."""

from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """``"1 record"``, ``"2 records"``, ``"1,200 entries"`` (``many`` for an irregular plural)."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"
