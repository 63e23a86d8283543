"""The schema every language's data files are checked against (``lang/_schema/schema.toml``).

The schema names each file a language folder must hold, its keys, the type of each
value and whether a key is required; the type grammar is in the schema file's header.
:func:`problems` compares one parsed file with it, the way dateparser's
``validation.py`` checks each locale: a missing required key or a value of the wrong
type is an error (raised at load by :func:`claimtrack.lang.load`); a key the schema does
not name, and an optional key a language leaves out, are reported, not raised.

``python -c "from claimtrack.lang import schema; schema.main()"`` prints the report
for every language.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from claimtrack.errors import ClaimtrackError

#: Problems that make a file unusable; the other kinds are reported only.
ERRORS = ("missing", "type")
#: The key that marks a nested table of the schema as optional.
OPTIONAL = "?"


class LanguageDataError(ClaimtrackError):
    """A language data file does not match the schema (a packaging bug: fix the file or the schema)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One difference between a data file and the schema.

    ``kind``: ``missing`` (a required key is absent), ``type`` (a value of the wrong
    type), ``unknown`` (a key the schema does not name), ``absent`` (an optional key
    this language leaves out) or ``empty`` (a list or word table left empty).
    """

    file: str
    key: str
    kind: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.kind}" + (f" ({self.detail})" if self.detail else "")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The parsed schema: ``{"files": {name: table}, "records": {name: table}}``."""
    with resources.files("claimtrack.lang").joinpath("_schema", "schema.toml").open("rb") as fh:
        return tomllib.load(fh)


def file_names() -> tuple[str, ...]:
    """The data files every language folder holds (without ``.toml``), sorted."""
    return tuple(sorted(schema()["files"]))


def _parts(expr: str) -> list[str]:
    """A union type split at its top-level ``|`` ("list[str]|int" -> two parts)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(expr):
        depth += (ch == "[") - (ch == "]")
        if ch == "|" and depth == 0:
            parts.append(expr[start:i])
            start = i + 1
    return parts + [expr[start:]]


def _scalar(value: Any, name: str) -> bool:
    if name == "any":
        return True
    if name == "bool":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    kinds = {"str": str, "int": int, "float": float, "number": (int, float)}
    if name not in kinds:
        raise LanguageDataError(f"schema: unknown type {name!r}")
    return isinstance(value, kinds[name])


def _check(value: Any, expr: str, where: tuple[str, str], out: list[Problem]) -> None:
    """Append a problem for each place where ``value`` is not of type ``expr``."""
    alternatives = _parts(expr)
    if len(alternatives) > 1:
        if not any(_fits(value, alt) for alt in alternatives):
            out.append(Problem(*where, "type", f"expected {expr}, found {type(value).__name__}"))
        return
    file, key = where
    if expr.startswith(("list[", "map[")):
        inner, is_list = expr[expr.index("[") + 1 : -1], expr.startswith("list[")
        if not isinstance(value, list if is_list else dict):
            out.append(Problem(file, key, "type", f"expected {expr}, found {type(value).__name__}"))
            return
        items = enumerate(value) if is_list else value.items()
        for name, item in items:
            _check(item, inner, (file, f"{key}[{name}]" if is_list else f"{key}.{name}"), out)
    elif expr.startswith("record:"):
        if not isinstance(value, dict):
            out.append(Problem(file, key, "type", f"expected a table ({expr}), found {type(value).__name__}"))
            return
        # a record's optional keys are options of each entry, not gaps of the language
        _table(value, schema()["records"][expr[len("record:") :]], file, key + ".", out, gaps=False)
    elif not _scalar(value, expr):
        out.append(Problem(file, key, "type", f"expected {expr}, found {type(value).__name__}"))


def _fits(value: Any, expr: str) -> bool:
    found: list[Problem] = []
    _check(value, expr, ("", ""), found)
    return not found


def _table(data: dict[str, Any], spec: dict[str, Any], file: str, prefix: str, out: list[Problem], gaps: bool = True) -> None:
    """Compare one table of a data file with its part of the schema (``gaps``: report absent optional keys)."""
    for key, want in spec.items():
        if key == OPTIONAL:
            continue
        nested = isinstance(want, dict)
        optional = want.get(OPTIONAL, False) if nested else want.endswith("?")
        if key not in data:
            if gaps or not optional:
                out.append(Problem(file, prefix + key, "absent" if optional else "missing"))
        elif nested:
            if isinstance(data[key], dict):
                _table(data[key], want, file, prefix + key + ".", out, gaps)
            else:
                out.append(Problem(file, prefix + key, "type", f"expected a table, found {type(data[key]).__name__}"))
        else:
            _check(data[key], want.rstrip("?"), (file, prefix + key), out)
            if gaps and data[key] in ([], {}):
                out.append(Problem(file, prefix + key, "empty"))
    out.extend(Problem(file, prefix + key, "unknown") for key in data if key not in spec)


def problems(language: str, name: str, data: dict[str, Any]) -> list[Problem]:
    """Every difference between one parsed data file and the schema (an unknown file is one problem)."""
    file = f"{language}/{name}.toml"
    spec = schema()["files"].get(name)
    if spec is None:
        return [Problem(file, "", "unknown", "the schema names no such file")]
    out: list[Problem] = []
    _table(data, spec, file, "", out)
    return out


def ensure_valid(language: str, name: str, data: dict[str, Any]) -> None:
    """Raise :class:`LanguageDataError` if a file misses a required key or holds a wrong type.

    A file the schema does not name is let through (the schema test reports it).
    """
    if name not in schema()["files"]:
        return
    errors = [p for p in problems(language, name, data) if p.kind in ERRORS]
    if errors:
        raise LanguageDataError(
            "language data does not match claimtrack/lang/_schema/schema.toml: " + "; ".join(map(str, errors))
        )


def report(language: str) -> list[Problem]:
    """All problems of one language's files, including the files it lacks and the files the schema does not name."""
    root = resources.files("claimtrack.lang").joinpath(language)
    present = sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml"))
    out = [Problem(f"{language}/{n}.toml", "", "missing", "no such file") for n in file_names() if n not in present]
    for name in present:
        with root.joinpath(f"{name}.toml").open("rb") as fh:
            out.extend(problems(language, name, tomllib.load(fh)))
    return out


def languages() -> tuple[str, ...]:
    """The language codes that have a data folder, sorted (``claimtrack.lang.available``)."""
    root = resources.files("claimtrack.lang")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


def main() -> int:
    """Print every language's problems; exit 1 when any is an error."""
    bad = 0
    for code in languages():
        found = report(code)
        bad += sum(p.kind in ERRORS for p in found)
        print(f"{code}: {len(found)} differences from the schema")
        for p in found:
            print(f"  {p}")
    return 1 if bad else 0
