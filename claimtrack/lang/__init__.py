"""Language knowledge, kept as data: one folder per language, one TOML file per kind of fact.

``lang/nl/cues.toml`` holds the Dutch speech and claim verbs, ``lang/nl/numbers.toml``
the number words and bounds, and so on (as spaCy keeps ``spacy/lang/nl`` and
dateparser its locale data). The pipeline code never names a language; adding one
is adding a folder with the same files, and its tests.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from claimtrack.errors import UnsupportedLanguage

DEFAULT_LANGUAGE = "nl"


def available() -> tuple[str, ...]:
    """The language codes that have a data folder, sorted."""
    root = resources.files(__name__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


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
        return tomllib.load(fh)
