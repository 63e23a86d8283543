"""The contract's JSON for :class:`~claimtrack.model.Extraction`: written, and read back.

The JSON is a rendering of the dataclasses, not a second model: field names and
order are the dataclasses' own, spans become ``{"text", "start", "end"}``, times
ISO 8601 with their offset, tuples lists. ``schema`` comes first, ``language_confidence`` right after
``language``. The writing half lives in :mod:`claimtrack.model` (so that the classes'
``to_dict``/``to_json`` need no import of this module) and is re-exported here; the reading
half, :func:`from_plain`, is its inverse, driven by the dataclasses' field types likewise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from functools import cache
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from claimtrack.isotime import parse_iso
from claimtrack.model import SCHEMA, Extraction, extraction_to_dict, extraction_to_json, to_plain

__all__ = [
    "extraction_from_dict", "extraction_to_dict", "extraction_to_json", "from_plain", "plain_of", "to_plain",
    "whole_numbers",
]

T = TypeVar("T")


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    """Rebuild an :class:`Extraction` from its contract object.

    Raises:
        ValueError: if ``d["schema"]`` is not ``claimtrack/1``.
        KeyError: if a required field is missing.
    """
    if d.get("schema") != SCHEMA:
        raise ValueError(f"expected schema {SCHEMA!r}, got {d.get('schema')!r}")
    return from_plain(Extraction, d)


def from_plain(cls: type[T], d: dict[str, Any]) -> T:
    """A contract dataclass from its JSON object, field by field from the class (the inverse of ``to_plain``).

    A field the object lacks keeps the class's default; one without a default is a
    ``KeyError``. Fields outside the contract (``metadata={"contract": False}``) keep
    their defaults.
    """
    hints = _hints(cls)
    values = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        optional = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        if not f.metadata.get("contract", True) or (optional and f.name not in d):
            continue
        values[f.name] = _value(hints[f.name], d[f.name])
    return cls(**values)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _value(tp: Any, value: Any) -> Any:
    """``value`` read as type ``tp``: dataclasses, tuples, times and ``X | None`` of them; other values as they are."""
    if value is None:
        return None
    if get_origin(tp) in (Union, UnionType):
        kinds = [a for a in get_args(tp) if a is not type(None)]
        return _value(kinds[0], value) if len(kinds) == 1 else value
    if dataclasses.is_dataclass(tp):
        return from_plain(tp, value)
    if get_origin(tp) is tuple:
        return tuple(_value(get_args(tp)[0], v) for v in value)
    if tp is datetime:
        return parse_iso(value, need_offset=False)
    return value


# ---------------------------------------------------------------- writing, one plan per class


def plain_of(value: Any) -> Any:
    """``to_plain(value)`` for a contract dataclass, by a plan made once per class from its field
    types (:func:`_plan`) instead of inspecting every value: the same JSON values, several times
    faster (a page holds thousands of spans)."""
    return _render(value, _plan(type(value)))


Convert = Callable[[Any], Any] | None  # None: the value is JSON-ready as it is


def _render(value: Any, plan: tuple[tuple[str, Convert], ...]) -> dict[str, Any]:
    out = {}
    for name, convert in plan:
        v = getattr(value, name)
        out[name] = v if convert is None or v is None else convert(v)
    return out


@cache
def _plan(cls: type) -> tuple[tuple[str, Convert], ...]:
    """Per contract field of ``cls``: its name and how its (non-None) value becomes JSON values."""
    hints = _hints(cls)
    return tuple(
        (f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls) if f.metadata.get("contract", True)
    )


def _converter(tp: Any) -> Convert:
    """How a value of type ``tp`` becomes JSON values (None: as it is); ``to_plain`` where the type says too little."""
    if get_origin(tp) in (Union, UnionType):
        kinds = [a for a in get_args(tp) if a is not type(None)]
        if all(_converter(k) is None for k in kinds):
            return None
        return _converter(kinds[0]) if len(kinds) == 1 else to_plain
    if get_origin(tp) is Literal or tp in (str, int, float, bool):
        return None
    if dataclasses.is_dataclass(tp):
        return lambda v: _render(v, _plan(tp))
    if get_origin(tp) is tuple and len(get_args(tp)) == 2 and get_args(tp)[1] is Ellipsis:
        each = _converter(get_args(tp)[0])
        return list if each is None else (lambda v: [None if x is None else each(x) for x in v])
    if tp is datetime:
        return datetime.isoformat
    return to_plain


def whole_numbers(value: Any) -> Any:
    """``value`` (JSON-ready) with every whole float an int: the store keeps counts as floats, and
    41 was read as 41 (as ``extract`` writes it), not 41.0; 2.5 stays 2.5, and so does a float too
    large to be exact (above 2**53)."""
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return int(value)
    if isinstance(value, list | tuple):
        return [whole_numbers(v) for v in value]
    if isinstance(value, dict):
        return {k: whole_numbers(v) for k, v in value.items()}
    return value
