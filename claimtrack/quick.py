"""A faster ``__init__`` for the frozen, slotted dataclasses built by the thousand per page."""

from __future__ import annotations

from dataclasses import MISSING, fields


def quick_init(cls: type) -> type:
    """Give a frozen ``slots=True`` dataclass an ``__init__`` that fills its slots through
    their descriptors (as the generated one does through ``object.__setattr__``, at about
    twice the cost): same parameters and defaults; instances stay immutable, hashable
    and picklable. Only for classes without ``__post_init__``, factories or ``init=False``."""
    fs = fields(cls)
    if hasattr(cls, "__post_init__") or any(not f.init or f.default_factory is not MISSING for f in fs):
        raise TypeError(f"quick_init does not fit {cls.__name__}")
    ns: dict[str, object] = {}
    params, body = [], []
    for f in fs:
        ns[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            ns[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n", ns)  # noqa: S102
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls
