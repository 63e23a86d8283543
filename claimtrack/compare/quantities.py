"""What a figure counts, as one key that is the same across wordings and languages.

A figure's **quantity** is a label from the language data (``lang/<code>/compare.toml``,
``[quantities]``: ``doden``, ``gedood``, ``omgekomen``, ``killed`` and ``dead`` are all
``killed``), found in its counted subject, else its category where the category
names a label, else the words just after (then just before) the number in its
sentence; failing all that, the lemmas of the counted subject's content words
(``hotels`` -> ``hotel``). Its **qualifiers** are the labels of ``[qualifiers]`` in
the counted subject or just after it: they name a part of the whole
("buitenlandse slachtoffers", "149 remained in hospital"), so a figure with a
qualifier never counts the same as one without.

Words are lemmatised with simplemma where it is installed, and folded
(:func:`~claimtrack.compare.keys.text_key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.compare.keys import MIN_TOKEN, text_key

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = re.compile(r"[.!?;:,()\n]|\d")  # the window stops at a clause end or at the next number
WINDOW_AFTER = 6
WINDOW_BEFORE = 14
BOTH = "killed_or_wounded"  # "slachtoffers", "casualties": the dead and the wounded together
# categories that do not tell what is counted: the words must
VAGUE_CATEGORIES = frozenset({"people", "other", "money", "percent"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's quantity labels, qualifier labels, generic words and implications."""

    quantities: dict[str, str]
    qualifiers: dict[str, str]
    units: dict[str, str]
    generic: frozenset[str]
    implies: dict[str, str]
    stop: frozenset[str]


def _data(language: str) -> dict:
    try:
        from claimtrack import lang

        return lang.load(language, "compare")
    except Exception:  # an unknown language: categories and subject words still work
        return {}


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The lexicon of every language with a ``compare.toml``, ``language``'s words first.

    All languages are looked in because the labels are shared and a page's language
    may be detected wrongly or mixed (an English quote on a Dutch page).
    """
    from claimtrack import lang

    merged: dict = {}
    for code in sorted(lang.available(), key=lambda c: c == language):
        for name, value in _data(code).items():
            if isinstance(value, dict):
                for label, words in value.items():
                    slot = merged.setdefault(name, {})
                    slot[label] = [*slot.get(label, []), *words] if isinstance(words, list) else words
            elif isinstance(value, list):
                merged[name] = [*merged.get(name, []), *value]
    data = merged

    def table(name: str) -> dict[str, str]:
        return {
            text_key(w): label
            for label, words in data.get(name, {}).items()
            if label != "generic" and isinstance(words, list)
            for w in words
        }

    quantities = table("quantities")
    return Lexicon(
        quantities=quantities,
        qualifiers=table("qualifiers"),
        units=table("units"),
        generic=frozenset(text_key(w) for w in data.get("quantities", {}).get("generic", ())),
        implies=dict(data.get("implies", {})),
        stop=frozenset(text_key(w) for w in data.get("stopwords", ())),
    )


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The folded lemma of one word (the folded word itself without simplemma)."""
    try:
        import simplemma

        return text_key(simplemma.lemmatize(word, lang=language))
    except (ModuleNotFoundError, ValueError):
        return word


def _words(text: str | None) -> list[str]:
    return text_key(text).split() if text else []


def _labels(words: list[str], table: dict[str, str], language: str) -> list[str]:
    stop = lexicon(language).stop  # "die" is a Dutch pronoun before it is an English verb
    out = []
    for w in words:
        if w in stop:
            continue
        label = table.get(w) or table.get(lemma(w, language))
        if label and label not in out:
            out.append(label)
    return out


def window_after(text: str, end: int) -> list[str]:
    """The folded words just after a figure, up to the end of its clause."""
    tail = text[end : end + 80]
    cut = _STOP.search(tail)
    return _words(tail[: cut.start()] if cut else tail)[:WINDOW_AFTER]


def window_before(text: str, start: int) -> list[str]:
    """The folded words just before a figure, back to the start of its clause."""
    head = text[max(0, start - 100) : start]
    cuts = list(_STOP.finditer(head))
    return _words(head[cuts[-1].end() :] if cuts else head)[-WINDOW_BEFORE:]


def quantity(
    counted: str | None,
    category: str,
    language: str,
    after: list[str] = (),  # type: ignore[assignment]
    before: list[str] = (),  # type: ignore[assignment]
) -> tuple[str, tuple[str, ...]]:
    """``(quantity label, sorted qualifier labels)`` of one figure; ``("", ())`` when unknown.

    ``after``/``before`` are the words around the number (:func:`window_after`,
    :func:`window_before`).
    """
    lx = lexicon(language)
    words = _words(counted)
    head = (words or list(after))[:1]
    if head and head[0] in lx.units:  # "250 kilometer": a measure, grouped only with the same measure
        return "measure:" + lx.units[head[0]], ()
    quals = sorted(
        set(_labels(words, lx.qualifiers, language))
        | set(_labels(list(after), lx.qualifiers, language))
    )
    found = _labels(words, lx.quantities, language)
    if not found and category not in VAGUE_CATEGORIES:
        found = [category]
    if not found:
        found = _labels(list(after), lx.quantities, language)
    if not found:
        found = [lx.implies[q] for q in quals if q in lx.implies][:1]
    rest = _rest(words, lx, language)
    if not found and not rest:
        # only a bare number: the nearest label before it ("the toll rose to 290")
        found = _labels(list(before)[::-1], lx.quantities, language)[:1]
    if found:
        specific = [f for f in found if f != BOTH]
        label = BOTH if {"killed", "wounded"} <= set(found) or not specific else specific[0]
        return label, tuple(quals)
    if rest and category != "other":
        return f"{category}:{' '.join(rest)}", tuple(quals)
    if rest:
        return "thing:" + " ".join(rest), tuple(quals)
    return "", tuple(quals)


def _rest(words: list[str], lx: Lexicon, language: str) -> list[str]:
    """The lemmas of a counted subject's content words that name no label."""
    return sorted(
        {
            lemma(w, language)
            for w in words
            if len(w) >= MIN_TOKEN and not w.isdigit() and w not in lx.generic and w not in lx.stop and w not in lx.qualifiers
        }
    )
