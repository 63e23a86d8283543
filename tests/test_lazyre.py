"""A pattern compiled on first use answers as the compiled pattern, and compiles once."""

from __future__ import annotations

import pickle
import re

import regex

from claimtrack.lazyre import LazyPattern


def test_compiled_on_first_use_only_and_then_the_patterns_own_methods() -> None:
    calls: list[str] = []

    def counting(source: str, flags: int) -> re.Pattern[str]:
        calls.append(source)
        return re.compile(source, flags)

    lazy = LazyPattern(r"(?P<n>\d+) (?:jaar|year)", re.IGNORECASE, counting)
    assert calls == []  # nothing compiled while the grammar is built
    assert lazy.search("ruim 12 JAAR later").group("n") == "12"  # type: ignore[union-attr]
    assert calls == [r"(?P<n>\d+) (?:jaar|year)"]
    compiled = re.compile(r"(?P<n>\d+) (?:jaar|year)", re.IGNORECASE)
    text = "3 jaar, 40 year en 5 dagen"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.match(text, 8).group() == "40 year"  # type: ignore[union-attr]
    assert lazy.fullmatch("3 jaar") and lazy.fullmatch("3 jaren") is None
    assert lazy.pattern == compiled.pattern and lazy.groupindex == compiled.groupindex
    assert len(calls) == 1  # once


def test_a_regex_pattern_and_pickling() -> None:
    lazy = LazyPattern(r"\p{Lu}\w+", 0, regex.compile)
    assert lazy.findall("in Ålvik en Varn") == ["Ålvik", "Varn"]
    again = pickle.loads(pickle.dumps(lazy))
    assert again.findall("Ørsted") == ["Ørsted"]


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    lazy = LazyPattern("x")
    try:
        lazy.scanner  # noqa: B018 - not taken over
    except AttributeError:
        return
    raise AssertionError("no AttributeError")
