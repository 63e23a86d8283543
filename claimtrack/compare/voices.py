"""One voice under several names: the claimant a comparison judges (pure).

Pages relay one body's count under the names they like: "the health ministry", "health
officials", "het ministerie van Volksgezondheid", "de gezondheidsautoriteiten"; "the
police", "Rome police", "de Antwerpse politie", "de politie van Antwerpen". Read as
claimants of their own, one body's rising toll would quarrel with itself. A claimant
is a **voice** (words in ``lang/<code>/compare.toml``, ``[voices]``) when one of a voice's
phrases ends its name or stands before a link word (``voice_links``: "of", "van"); its
other words count only where they name a country ("Turkey's health ministry" is not
Syria's). A place inside a claimant ("Rome police") is where the count is, not who says it.
A phrase that only opens a name ("police union", "World Health Organization") is no voice.
"""

from __future__ import annotations

from functools import lru_cache

from claimtrack.compare.keys import text_key

VOICE = "voice:"  # the prefix of a voice key: no folded name starts with it


@lru_cache(maxsize=1)
def _voices() -> tuple[tuple[tuple[str, ...], str], ...]:
    """``(phrase words, label)`` of every language's ``[voices]``, longest phrase first."""
    from claimtrack import lang

    out: list[tuple[tuple[str, ...], str]] = []
    for code in sorted(lang.available()):
        try:
            data = lang.load(code, "compare").get("voices", {})
        except Exception:  # a language without compare data
            continue
        out.extend((tuple(text_key(p).split()), label) for label, phrases in data.items() for p in phrases if text_key(p))
    return tuple(sorted(set(out), key=lambda x: (-len(x[0]), x)))


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    from claimtrack import lang

    out: set[str] = set()
    for code in lang.available():
        try:
            out.update(text_key(w) for w in lang.load(code, "compare").get("voice_links", ()))
        except Exception:  # a language without compare data
            continue
    return frozenset(out)


@lru_cache(maxsize=4096)  # claimant names of a store: a few hundred distinct, judged once each
def voice(key: str) -> str:
    """The comparison's claimant for a folded claimant name: its voice (``"voice:police"``,
    ``"voice:health cc:TR"``) where a voice phrase heads it, else the name itself."""
    words = key.split()
    for phrase, label in _voices():
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase and (i + n == len(words) or words[i + n] in _links()):
                return VOICE + " ".join([label, *_countries(words[:i] + words[i + n :])])
    return key


def _countries(words: list[str]) -> list[str]:
    """The ids of the countries some of ``words`` name (one word each)."""
    from claimtrack.compare.places import lookup

    found = (lookup(w) for w in words)
    return sorted({p.id for p in found if p is not None and p.kind == "country"})
