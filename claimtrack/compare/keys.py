"""Normalised keys that decide what counts as "the same" across documents.

All functions are pure and cheap; the store computes the keys once at write time
and keeps them beside the rows (``figures.subject_key``, ``figures.place_key``,
``figures.claimant_key``, ``entities.key``).

Normalisation (:func:`text_key`): Unicode NFKD with combining marks dropped
(``Oekraïne`` -> ``oekraine``), case folded, every run of characters that are not
letters or digits (of any script) replaced by one space. Language data may add stop words to drop
from counted subjects: ``lang/<code>/compare.toml`` with ``stopwords = [...]``
(optional; without it, tokens of three characters or fewer are dropped, which
removes most articles, prepositions and conjunctions in Dutch and English).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_DIGITS = re.compile(r"^[0-9]+$")
MIN_TOKEN = 4


def text_key(text: str | None) -> str:
    """``text`` folded for comparison: no accents, lower case, words joined by one space.

    ``None`` gives ``""``. Example: ``"Noord-Koreaanse  militairen"`` -> ``"noord koreaanse militairen"``.
    """
    if not text:
        return ""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _NON_WORD.sub(" ", text.casefold()).strip()


@lru_cache(maxsize=None)
def _stopwords(language: str) -> frozenset[str]:
    try:
        from claimtrack import lang

        data = lang.load(language, "compare")
    except Exception:  # no data file for this language: the length rule alone applies
        return frozenset()
    return frozenset(text_key(w) for w in data.get("stopwords", ()))


def subject_key(counted: str | None, language: str = "nl") -> str:
    """The counted subject as sorted unique content words, ``""`` when unknown.

    Numbers, stop words (language data, optional) and words of fewer than
    :data:`MIN_TOKEN` characters are dropped, so word order and small words do
    not matter: ``"militairen gedood of gewond"`` and ``"gewond of gedood, militairen"``
    give the same key ``"gedood gewond militairen"``.
    """
    stop = _stopwords(language)
    words = {
        w
        for w in text_key(counted).split()
        if len(w) >= MIN_TOKEN and not _DIGITS.match(w) and w not in stop
    }
    return " ".join(sorted(words))


def place_key(place: str | None, language: str = "nl") -> str:
    """A place name folded by :func:`text_key`, without stop words and words of one or two
    characters (``"in Veldhoven"`` -> ``"veldhoven"``); ``""`` when unknown."""
    stop = _stopwords(language)
    return " ".join(w for w in text_key(place).split() if len(w) > 2 and w not in stop)


def words_compatible(a: str, b: str) -> bool:
    """Whether two word keys name the same thing: equal, or one's words all among the other's.

    An empty key is compatible with nothing but another empty key. Used for counted
    subjects (``"militairen"`` vs ``"koreaanse militairen"``: compatible) and places
    (``"koersk"`` vs ``"regio koersk"``: the smaller place lies in the larger one).
    """
    if a == b:
        return True
    if not a or not b:
        return False
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def places_compatible(a: str, b: str) -> bool:
    """Whether two place keys may be the same place: equal, contained, or either unknown."""
    return not a or not b or words_compatible(a, b)
