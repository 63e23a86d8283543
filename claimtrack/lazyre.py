"""A regular expression compiled when it is first used.

A language's grammars hold dozens of patterns, many of them for constructions a page
seldom has (a clock time, a postcode, an owner of a source). Compiling one is pure
Python (``re``'s parser and compiler) and costs more than reading a page with it, so
``claimtrack extract PAGE``, a fresh process per page, paid for all of them up front.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# what is taken over from the compiled pattern: its methods, source and group names
_ATTRS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split", "pattern", "groupindex")


class LazyPattern:
    """Stands for ``compile(source, flags)``: the first use of one of the pattern's methods
    (``match``, ``search``, ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``split``) or
    of ``pattern``/``groupindex`` compiles it; from then on they are the compiled pattern's
    own (bound methods in slots: no cost per call)."""

    __slots__ = ("_source", "_flags", "_compile", *_ATTRS)

    def __init__(self, source: str, flags: int = 0, compile: Callable[[str, int], Any] = re.compile) -> None:  # noqa: A002
        self._source, self._flags, self._compile = source, flags, compile

    def __getattr__(self, name: str) -> Any:  # only for an attribute not yet set: compile
        if name not in _ATTRS:
            raise AttributeError(name)
        pattern = self._compile(self._source, self._flags)
        for attr in _ATTRS:
            setattr(self, attr, getattr(pattern, attr))
        return getattr(pattern, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self._source, self._flags, self._compile))

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[:40]!r}..., {self._flags})"
