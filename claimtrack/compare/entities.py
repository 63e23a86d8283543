"""Entities across documents: one canonical entity per person, organisation or country.

Each document's :class:`~claimtrack.model.Entity` (canonical within the document,
with its aliases: surname, role phrase, ...) is matched against the store's
entities by :func:`lookup_keys`, in this order (first hit wins):

1. the world table ``compare/aliases.toml`` maps a seat or alias to its country or
   organisation ("Pyongyang" -> "Noord-Korea");
2. the canonical name key equals a stored entity's key (same type);
3. exactly one stored entity of the same type has the name or one of the aliases
   among its aliases (a person's surname is stored as an alias of the full name,
   so "Zelensky" finds "Volodymyr Zelensky" while the surname is unambiguous).

Otherwise the entity is new. :func:`alias_names` gives the aliases to store.
The functions here are pure; the store runs the lookups (``claimtrack.store.write``).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from claimtrack.compare.keys import text_key


@lru_cache(maxsize=1)
def _world() -> tuple[dict[str, str], dict[str, str]]:
    with resources.files(__package__).joinpath("aliases.toml").open("rb") as fh:
        data = tomllib.load(fh)
    alias_to_canonical: dict[str, str] = {}
    for canonical, aliases in data.get("aliases", {}).items():
        alias_to_canonical[text_key(canonical)] = canonical
        for alias in aliases:
            alias_to_canonical[text_key(alias)] = canonical
    return alias_to_canonical, dict(data.get("types", {}))


def world_canonical(name: str) -> tuple[str, str] | None:
    """``(canonical name, type)`` when ``name`` is a country, organisation or seat in the world table.

    ``world_canonical("Pyongyang") == ("Noord-Korea", "GPE")``; ``None`` for other names.
    """
    alias_to_canonical, types = _world()
    canonical = alias_to_canonical.get(text_key(name))
    if canonical is None:
        return None
    return canonical, types.get(canonical, "GPE")


def canonical(name: str, type_: str, aliases: tuple[str, ...] = ()) -> tuple[str, str]:
    """The cross-document ``(name, type)`` of an entity: the world table's, else its own."""
    for candidate in (name, *aliases):
        hit = world_canonical(candidate)
        if hit is not None:
            return hit
    return name, type_


def surname(name: str, type_: str) -> str | None:
    """A person's last name word (``"Volodymyr Zelensky"`` -> ``"Zelensky"``); ``None`` otherwise.

    Only for type ``PER`` with at least two words; Dutch particles stay with the
    surname when written in lower case (``"Jan de Vries"`` -> ``"de Vries"``).
    """
    if type_ != "PER":
        return None
    words = name.split()
    if len(words) < 2:
        return None
    i = len(words) - 1
    while i > 1 and words[i - 1][:1].islower():
        i -= 1
    return " ".join(words[i:])


def is_name(value: str) -> bool:
    """Whether a phrase names something rather than describing it.

    A name has a capital beyond its first letter: on a later word ("ministerie van
    Buitenlandse Zaken", "Volodymyr Zelensky"), inside a word ("FNV", "McDonald"), or
    it is one capitalised word ("Zelensky"). "de vakbond", "De vakbond", "het
    ministerie", "de politie" are descriptions: they may stand for a named entity in
    one document, but matching them across documents joins unrelated organisations.
    """
    words = value.split()
    if not words:
        return False
    if len(words) == 1:
        return words[0][:1].isupper()
    return any(w[:1].isupper() for w in words[1:]) or any(c.isupper() for w in words for c in w[1:])


def lookup_keys(name: str, type_: str, aliases: tuple[str, ...] = ()) -> list[str]:
    """The keys to look a document entity up by, most specific first, no repeats; names only (:func:`is_name`)."""
    keys: list[str] = []
    for value in (name, *(a for a in aliases if is_name(a))):
        key = text_key(value)
        if key and key not in keys:
            keys.append(key)
    return keys


def alias_names(name: str, type_: str, aliases: tuple[str, ...] = ()) -> list[str]:
    """The aliases to store for an entity: its name, its document aliases that are names, a person's surname."""
    out: list[str] = []
    seen: set[str] = set()
    sur = surname(name, type_)
    for value in (name, *(a for a in aliases if is_name(a)), *([sur] if sur else [])):
        key = text_key(value)
        if key and key not in seen:
            seen.add(key)
            out.append(value)
    return out


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Folded day, weekday and month words of every language (``time.toml``)."""
    from claimtrack import lang

    out: set[str] = set()
    for code in lang.available():
        try:
            data = lang.load(code, "time")
        except Exception:  # a language without time data
            continue
        for table in ("relative_days", "weekdays", "months"):
            out.update(text_key(w) for w in data.get(table, {}))
    return frozenset(out)


SOURCE_CITY = 250_000  # smaller towns share their names with words ("Police", "Media")


def not_a_source(key: str) -> bool:
    """Whether a folded claimant names no one: a time word ("gisternacht") or a city, which a
    dateline puts where a source would stand ("COLOMBO: the toll rose to 290")."""
    from claimtrack.compare.places import lookup

    if key in _time_words():
        return True
    place = lookup(key)
    return place is not None and place.kind == "city" and place.population >= SOURCE_CITY
