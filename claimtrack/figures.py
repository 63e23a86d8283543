"""Figures: quantities, their bounds, what they count and who claims them. STUB: interface fixed."""

from __future__ import annotations

from claimtrack.model import Article, Figure, Span, Statement


def find_figures(
    text: str,
    article: Article,
    sentences: tuple[Span, ...],
    statements: tuple[Statement, ...],
    language: str,
    *,
    first_id: int = 0,
) -> tuple[Figure, ...]:
    """The figures of one article, ids ``f{first_id}``, ... in text order."""
    return ()
