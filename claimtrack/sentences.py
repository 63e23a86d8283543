"""Sentence spans, from sentencex (a maintained rule-based segmenter with Dutch).

sentencex is used as it is, with two corrections kept as language data
(``lang/<code>/sentences.toml``): words it reads as abbreviations but that in news
copy end sentences ("tegenover de pers. Hij ...") split there after all, and
titles and initials it sometimes takes for a sentence end ("Atty. Gen. Ford",
"Jan Ł. Kowalski", "mevr. De Boer") never end one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from sentencex import segment as _segment

from claimtrack import lang
from claimtrack.model import Span

# A period with a word after it: a cheap test (the engine skips to each ".") that a piece
# may hold a ``_final_words`` match at all; most pieces have a period only at the end.
_DOT_WORD = re.compile(r"\.\s+\S")


@lru_cache(maxsize=None)
def _final_words(language: str) -> re.Pattern[str] | None:
    try:
        words = lang.load(language, "sentences").get("sentence_final", [])
    except FileNotFoundError:
        return None
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    # Followed by a quote mark or a letter; that the letter is a capital is checked in
    # code (Unicode-aware, no Latin-only class).
    return re.compile(rf"(?<!\w)(?:{alternation})\.(?=\s+(?P<next>[\"“‘']|[^\W\d_]))", re.IGNORECASE)


@lru_cache(maxsize=None)
def _title_end(language: str) -> tuple[re.Pattern[str], int] | None:
    """A piece that ends in a title ("Gov.") or a capital initial ("F."): the name follows.
    Also the most characters such an ending takes before any trailing space."""
    try:
        words = lang.load(language, "sentences").get("no_break_after", [])
    except FileNotFoundError:
        return None
    titles = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    width = max((len(w) for w in words), default=1) + 1
    return re.compile(rf"(?<![\w.])(?:(?:{titles})|(?P<initial>[^\W\d_]))\.\s*$", re.IGNORECASE), width


def _join_titles(language: str, pieces: list[str]) -> list[str]:
    found = _title_end(language)
    if found is None or len(pieces) < 2:
        return pieces
    pattern, width = found

    def joins(before: str, piece: str) -> bool:
        # only the end of a piece can match: search there, not from every position
        m = pattern.search(before, max(0, len(before.rstrip()) - width))
        return m is not None and (m.group("initial") is None or m.group("initial").isupper())

    return _join_where(pieces, joins)


def _join_where(pieces: list[str], joins: Callable[[str, str], bool]) -> list[str]:
    """The pieces, each glued to the one before it where ``joins(before, piece)`` says so."""
    out = [pieces[0]]
    for piece in pieces[1:]:
        if joins(out[-1], piece):
            out[-1] += piece
        else:
            out.append(piece)
    return out


@lru_cache(maxsize=None)
def _clock_words(language: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """"at 7:45 a.m. Monday": a clock abbreviation after a number, and the words after it
    that go on the sentence (``clock_abbreviations``, ``after_clock``)."""
    try:
        d = lang.load(language, "sentences")
    except FileNotFoundError:
        return None
    abbr, after = d.get("clock_abbreviations", []), d.get("after_clock", [])
    if not abbr or not after:
        return None
    alternation = "|".join(re.escape(w) for w in abbr)
    return re.compile(rf"\d\s*(?:{alternation})\s*$", re.IGNORECASE), frozenset(w.casefold() for w in after)


def _join_clock(language: str, pieces: list[str]) -> list[str]:
    clock = _clock_words(language)
    if clock is None or len(pieces) < 2:
        return pieces
    pattern, after = clock

    def joins(before: str, piece: str) -> bool:
        words = piece.split(maxsplit=1)
        return bool(words) and pattern.search(before) is not None and words[0].strip(",.").casefold() in after

    return _join_where(pieces, joins)


@lru_cache(maxsize=None)
def _two_char_marks(language: str) -> tuple[tuple[str, str], ...]:
    """Quote marks typed as two characters (",,C''") and the one-character mark, padded
    to the same width, that sentencex reads in their place (``two_char_quotes``)."""
    try:
        pairs = lang.load(language, "sentences").get("two_char_quotes", [])
    except FileNotFoundError:
        return ()
    return tuple((a, b) for a, b in pairs)


def _masked(language: str, line: str) -> str:
    """``line`` with each two-character quote mark read as its one-character twin:
    sentencex takes "''" for two apostrophes and pairs them across sentences, so that
    ",,A'', zei X. Y zei ,,B''." was one sentence. Same length: offsets stay valid."""
    for mark, twin in _two_char_marks(language):
        if mark in line:
            line = line.replace(mark, twin)
    return line


def _pieces(language: str, line: str) -> list[str]:
    try:
        pieces = _join_clock(language, _join_titles(language, list(_segment(language, line))))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # a Rust panic in sentencex (e.g. on "D\u2028."): the line is one piece
        pieces = [line]
    final = _final_words(language)
    if final is None:
        return pieces
    out = []
    for piece in pieces:
        if _DOT_WORD.search(piece) is None:
            out.append(piece)
            continue
        cut = 0
        for m in final.finditer(piece):
            if m.group("next").isalpha() and not m.group("next").isupper():
                continue
            out.append(piece[cut : m.end()])
            cut = m.end()
        out.append(piece[cut:])
    return out


def split_sentences(text: str, within: Span, language: str) -> tuple[Span, ...]:
    """The sentences of ``text[within.start:within.end]`` as spans into ``text``.

    Spans are stripped of surrounding white space; a line break always ends a
    sentence (page dumps put one paragraph on a line). Empty pieces are dropped.
    """
    out: list[Span] = []
    pos = within.start
    for line in text[within.start : within.end].split("\n"):
        line_sentences(text, line, pos, language, out)
        pos += len(line) + 1
    return tuple(out)


def line_sentences(text: str, line: str, line_start: int, language: str, out: list[Span]) -> None:
    """Add to ``out`` the sentences of one line, ``line == text[line_start:line_start + len(line)]``
    (no line break in it), as :func:`split_sentences` cuts them."""
    if not line.strip():
        return
    cursor = 0
    masked = _masked(language, line)
    for piece in _pieces(language, masked):
        at = masked.find(piece, cursor)
        if at < 0:  # segmenter changed the text: fall back to the whole rest
            at = cursor
            piece = masked[cursor:]
        cursor = at + len(piece)
        piece = line[at:cursor]
        stripped = piece.strip()
        if not stripped:
            continue
        start = line_start + at + (len(piece) - len(piece.lstrip()))
        out.append(Span.of(text, start, start + len(stripped)))
