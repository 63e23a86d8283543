"""Named entities and canonical names. STUB: interface fixed, implementation coming."""

from __future__ import annotations

from claimtrack.model import Article, Entity, Statement


def find_entities(
    text: str,
    articles: tuple[Article, ...],
    statements: tuple[Statement, ...],
    language: str,
) -> tuple[Entity, ...]:
    """The entities of a document, ids ``e0``, ``e1``, ... in order of first mention."""
    return ()
