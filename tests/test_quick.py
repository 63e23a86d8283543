"""quick_init: a cheaper __init__ for frozen slotted dataclasses, same behaviour."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from claimtrack.mentions.phrase import NounPhrase
from claimtrack.model import Span
from claimtrack.quick import quick_init


@dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str
    c: tuple[int, ...] = ()
    d: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class _Quick:
    a: int
    b: str
    c: tuple[int, ...] = ()
    d: str | None = None


def test_same_values_defaults_and_keywords_as_the_generated_init():
    q = _Quick(3, "x", d="y")
    p = _Plain(3, "x", d="y")
    assert (q.a, q.b, q.c, q.d) == (p.a, p.b, p.c, p.d) == (3, "x", (), "y")
    assert _Quick(b="z", a=1) == _Quick(1, "z", (), None)
    with pytest.raises(TypeError):
        _Quick(1)  # a required field is still required


def test_still_frozen_hashable_picklable_and_replaceable():
    q = _Quick(3, "x", (1, 2))
    with pytest.raises(FrozenInstanceError):
        q.a = 4  # type: ignore[misc]
    assert hash(q) == hash(_Quick(3, "x", (1, 2)))
    assert pickle.loads(pickle.dumps(q)) == q
    assert copy.deepcopy(q) == q
    assert replace(q, b="w") == _Quick(3, "w", (1, 2))


def test_project_classes_keep_their_contract():
    s = Span.of("De burgemeester zegt", 3, 15)
    assert (s.text, s.start, s.end) == ("burgemeester", 3, 15)
    assert pickle.loads(pickle.dumps(s)) == s == Span("burgemeester", 3, 15)
    with pytest.raises(ValueError):
        Span.of("abc", 2, 9)
    np = NounPhrase(0, 1, s, None, (), "burgemeester", None, None, None, None, None, None, None)
    assert np.origin is None and np.agent is None  # defaults kept
    assert np._replace(last=2).last == 2  # a named tuple (built by the ten thousand)


def test_refuses_classes_it_does_not_fit():
    @dataclass(frozen=True, slots=True)
    class WithFactory:
        a: list[int] = field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(WithFactory)
