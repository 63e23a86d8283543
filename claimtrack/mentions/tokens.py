"""One tokenizer for names and noun phrases: words and punctuation with document offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

# a token (a word joined by ' ’ - . & or one other non-space character) with the white
# space before it (a line break there starts a line)
_SPACED_TOKEN = re.compile(r"(\s*)(\w+(?:['’\-.&]\w+)*|[^\w\s])")
_new_token = tuple.__new__


class Token(NamedTuple):
    """One word or punctuation mark: ``text == doc[start:end]``; ``low`` is its lower case.

    ``cap``: the word starts with a capital letter; ``line_start``: it is the first
    token of the stretch or a line break precedes it.
    """

    text: str
    low: str
    start: int
    end: int
    cap: bool
    line_start: bool


def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of ``text[start:end]`` with offsets into ``text`` (code points, end-exclusive).

    A word is a run of letters/digits joined by ``'``, ``’``, ``-``, ``.`` or ``&``
    ("ngo's", "Zuid-Korea", "12.000", "I&O"); every other non-space character is a token.
    """
    new = _new_token
    out: list[Token] = []
    add = out.append
    pos = start
    first = True
    for ws, w in _SPACED_TOKEN.findall(text, start, end):
        a = pos + len(ws)
        pos = a + len(w)
        add(new(Token, (w, w.lower(), a, pos, w[0].isupper(), first or "\n" in ws)))
        first = False
    return tuple(out)

