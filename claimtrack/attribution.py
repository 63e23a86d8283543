"""Attribution relations (source, cue, content). STUB: interface fixed, implementation coming."""

from __future__ import annotations

from claimtrack.model import Article, Span, Statement


def find_statements(
    text: str,
    article: Article,
    sentences: tuple[Span, ...],
    language: str,
    *,
    first_id: int = 0,
) -> tuple[Statement, ...]:
    """The statements of one article, ids ``s{first_id}``, ``s{first_id+1}``, ... in text order."""
    return ()
