"""Regexes from the word lists of the language data, built one way for every stage.

A list of words becomes one alternation folded into a character trie
(``ma(?:andag|art)``), so Python's ``re`` tests one branch per first letter
instead of every word in turn: an alternation of a hundred plain words is
several times slower to scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


# Letters that re.IGNORECASE matches to i or s but str.lower() does not lower to them
# ("İ".lower() is two code points): the key must fold them as the regex did.
RE_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s"}
_RE_FOLD_LETTERS = re.compile("[" + "".join(map(chr, RE_FOLD)) + "]")


def fold_case(s: str) -> str:
    """``s.translate(RE_FOLD).lower()``: lower case as re.IGNORECASE folds. Only a text
    with one of RE_FOLD's letters is translated (str.translate with a dict is a slow
    per-character path, most of the cost on a line with any non-ASCII character)."""
    if s.isascii() or _RE_FOLD_LETTERS.search(s) is None:
        return s.lower()
    return s.translate(RE_FOLD).lower()


def phrase_key(s: str) -> str:
    """The lookup key of a word or phrase: lower case, curly apostrophe straight, single spaces."""
    s = fold_case(s).replace("’", "'")
    return " ".join(s.split()) if " " in s or "\n" in s or "\t" in s else s


def phrase_alternation(words: Iterable[str], *, boundary: bool = True, space: str = r"\s+") -> str:
    """A regex (source text, not compiled) matching any of ``words``, longest first.

    Words are lower-cased: compile with ``re.IGNORECASE``. A space in a phrase
    matches ``space`` (any white space by default), an apostrophe also a curly
    one. With ``boundary``, a match may not start or end inside a word ("tot"
    does not match in "totaal"; "€" and "%" need no boundary). An empty list
    gives a regex that never matches.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in phrase_key(w):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"
    body = _emit(root, space)
    if boundary:
        return rf"(?:(?<!\w)|(?!\w)){body}(?:(?<!\w)|(?!\w))"
    return body


def _emit(node: dict, space: str) -> str:
    """The regex of a trie node: its branches, optional if a word ends here."""
    branches = []
    for ch, sub in sorted(node.items()):
        if ch == "":
            continue
        c = space if ch == " " else "['’]" if ch == "'" else re.escape(ch)
        branches.append(c + _emit(sub, space))
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
