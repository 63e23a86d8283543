"""Sentence spans, from sentencex (a maintained rule-based segmenter with Dutch)."""

from __future__ import annotations

from sentencex import segment as _segment

from claimtrack.model import Span


def split_sentences(text: str, within: Span, language: str) -> tuple[Span, ...]:
    """The sentences of ``text[within.start:within.end]`` as spans into ``text``.

    Spans are stripped of surrounding white space; a line break always ends a
    sentence (page dumps put one paragraph on a line). Empty pieces are dropped.
    """
    out: list[Span] = []
    pos = within.start
    for line in text[within.start : within.end].split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cursor = 0
        for piece in _segment(language, line):
            at = line.find(piece, cursor)
            if at < 0:  # segmenter changed the text: fall back to the whole rest
                at = cursor
                piece = line[cursor:]
            cursor = at + len(piece)
            stripped = piece.strip()
            if not stripped:
                continue
            start = line_start + at + (len(piece) - len(piece.lstrip()))
            out.append(Span.of(text, start, start + len(stripped)))
    return tuple(out)
