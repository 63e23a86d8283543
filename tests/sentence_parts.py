"""Random articles for the attribution property tests: word lists joined into one text,
one sentence span per list (shared by test_attribution_article, _fastpaths, _prechecks)."""

from __future__ import annotations

from claimtrack.model import Span


def joined(parts: list[list[str]]) -> tuple[str, tuple[Span, ...]]:
    """The text of ``parts`` (words joined by spaces, parts by a space) and each part's span."""
    text = " ".join(" ".join(p) for p in parts)
    sentences, pos = [], 0
    for p in parts:
        piece = " ".join(p)
        sentences.append(Span.of(text, pos, pos + len(piece)))
        pos += len(piece) + 1
    return text, tuple(sentences)
