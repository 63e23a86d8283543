"""Language knowledge, kept as data: one folder per language, one TOML file per kind of fact.

``lang/nl/cues.toml`` holds the Dutch speech and claim verbs, ``lang/nl/numbers.toml``
the number words and bounds, and so on (as spaCy keeps ``spacy/lang/nl`` and
dateparser its locale data). The pipeline code never names a language; adding one
is adding a folder with the same files, and its tests.

Every file is checked against ``lang/_schema/schema.toml`` when it is loaded
(:mod:`claimtrack.lang.schema`): which files, which keys, their types, required or
optional. :func:`language` returns all of a language's data as one frozen
:class:`Language`; :func:`load` returns one file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from claimtrack.errors import UnsupportedLanguage
from claimtrack.lang import schema

DEFAULT_LANGUAGE = "nl"


def available() -> tuple[str, ...]:
    """The language codes that have a data folder, sorted."""
    return schema.languages()


@lru_cache(maxsize=None)
def load(language: str, name: str) -> dict[str, Any]:
    """The parsed data file ``lang/<language>/<name>.toml``.

    Results are cached: each file is read once per process.

    Raises:
        UnsupportedLanguage: if there is no folder for ``language``.
        FileNotFoundError: if the language has no file ``name`` (a missing data
            file is a packaging bug, not a user error).
    """
    if language not in available():
        raise UnsupportedLanguage(
            f"no language data for {language!r}; available: {', '.join(available())}"
        )
    path = resources.files(__name__).joinpath(language, f"{name}.toml")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    schema.ensure_valid(language, name, data)
    return data


class Table(Mapping[str, Any]):
    """A read-only table of language data (nested tables are Tables, lists are tuples); picklable."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_items", {k: frozen(v) for k, v in items.items()})

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("language data is read-only")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Table, (self._items,))

    def __repr__(self) -> str:
        return f"Table({self._items!r})"


def frozen(value: Any) -> Any:
    """Parsed TOML made read-only: tables become :class:`Table`, lists tuples."""
    if isinstance(value, Mapping):
        return value if isinstance(value, Table) else Table(value)
    if isinstance(value, list):
        return tuple(frozen(v) for v in value)
    return value


@dataclass(frozen=True, slots=True)
class Language:
    """All data of one language, one field per file of the schema, checked and read-only."""

    code: str
    compare: Table
    cues: Table
    figures: Table
    numbers: Table
    page: Table
    sentences: Table
    sources: Table
    time: Table


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The checked, read-only data of one language (read once per process).

    Raises:
        UnsupportedLanguage: no folder for ``code``.
        schema.LanguageDataError: a file is missing, or misses a required key or holds a wrong type.
    """
    files = {}
    for f in fields(Language)[1:]:
        try:
            files[f.name] = frozen(load(code, f.name))
        except FileNotFoundError:
            raise schema.LanguageDataError(f"language {code!r} has no data file {f.name}.toml") from None
    return Language(code, **files)
