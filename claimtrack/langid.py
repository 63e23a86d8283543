"""Which language a page is written in, from py3langid's model (it ships inside the wheel).

The page's main text decides, not its chrome: identification reads the lines that
look like running text (several words), so a cookie banner, a menu in another
language or an English quote inside a Dutch article does not change the answer.
Supported languages get a prior (close neighbours such as Afrikaans must not
win a Dutch text by a hair); when the model is still unsure (a headline alone),
the page's own hint (HTML ``lang``) decides, else the default language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimtrack import lang

# Enough text to be sure, little enough to keep identification cheap (the model reads
# each byte in Python): on every evaluation document, real page and test page even 500
# characters of running text give the same language, and the same confidence to three
# decimals, as 6,000; twice that leaves a margin.
_SAMPLE_CHARS = 1000
_RUNNING_TEXT_WORDS = 6
# Below this probability the best guess is not trusted on its own.
SURE = 0.5
# Prior odds for a language claimtrack reads: users feed it news in those languages,
# and close neighbours (Afrikaans, Frisian, Limburgish next to Dutch) win short or
# odd texts by a hair. A page really written in another language is far more than
# this factor surer of it.
_SUPPORTED_PRIOR = 20.0


@dataclass(frozen=True, slots=True)
class Identified:
    """A language code and the model's probability for it (0..1)."""

    code: str
    confidence: float
    supported: bool = False  # claimtrack has data for the language


# The model's weights are stored as float16; numpy turns the rows a text selects into
# float32 before every product (float16 has no BLAS path), which was half of
# identification's time. Every float16 is exactly a float32, so converting the matrix
# once at load gives bit-identical scores (the same float32 product), at the cost of
# 27 MB more memory per process (the matrix takes 54 MB instead of 27 MB).
@lru_cache(maxsize=1)
def _identifier():
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class Float32Identifier(LanguageIdentifier):
        """py3langid's identifier with the weights held as float32 (see above)."""

        __slots__ = ()

        def __init__(self, nb_ptc, *args, **kwargs):
            super().__init__(np.asarray(nb_ptc, dtype=np.float32), *args, **kwargs)

    return Float32Identifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _supported() -> frozenset[str]:
    return frozenset(lang.available())


def sample(text: str) -> str:
    """The page's running text (lines of several words), or the whole text when it has none."""
    lines, size = [], 0
    for ln in text.split("\n"):
        if len(ln.split()) >= _RUNNING_TEXT_WORDS:
            lines.append(ln)
            size += len(ln) + 1
            if size >= _SAMPLE_CHARS:  # the rest of a long page would be cut off anyway
                break
    picked = "\n".join(lines) if lines else text
    return picked[:_SAMPLE_CHARS]


def identify(text: str, hint: str | None = None) -> Identified | None:
    """The language of ``text``, or None when it has no letters to judge by.

    Args:
        text: the page text.
        hint: the language the page declares (HTML ``lang``), used when the
            model is unsure and the hint is a supported language.
    """
    piece = sample(text)
    if not any(c.isalpha() for c in piece):
        return None
    supported = _supported()
    ranked = _identifier().rank(piece)  # best first: the sum below adds in this order
    weighted = [p * _SUPPORTED_PRIOR if code in supported else p for code, p in ranked]
    total = sum(weighted) or 1.0
    probs = [p / total for p in weighted]
    i = probs.index(max(probs))  # the first of equals, as a stable sort would put it
    best, p = ranked[i][0], probs[i]
    if p < SURE:  # too little to go on: what the page declares, else the default
        fallback = hint if hint in supported else lang.DEFAULT_LANGUAGE
        found = [q for (code, _), q in zip(ranked, probs) if code == fallback]
        return Identified(fallback, found[0] if found else 0.0, fallback in supported)
    return Identified(best, p, best in supported)
