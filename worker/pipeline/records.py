"""A quicker ``__init__`` for the frozen, slotted dataclasses that analysis builds many times per article."""

from __future__ import annotations

import dataclasses
import inspect
import types
from typing import TypeVar

__all__ = ["quick_init"]

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """``cls`` with an ``__init__`` that fills each slot through its descriptor instead of ``object.__setattr__``.

    Only for a frozen, slotted dataclass whose fields are all plain ``__init__`` arguments (defaults allowed, no factories)
    and which has no ``__post_init__``; any other class is returned unchanged. Equality, hashing, ``repr`` and
    immutability stay the dataclass's own.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        return cls
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields):
        return cls
    if len(inspect.signature(cls.__init__).parameters) != len(fields) + 1:  # init-only variables
        return cls
    namespace: dict[str, object] = {}
    for f in fields:
        slot = cls.__dict__.get(f.name)
        if not isinstance(slot, types.MemberDescriptorType):
            return cls
        namespace[f"_set_{f.name}"] = slot.__set__
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
    args = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields)
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in fields) or "    pass\n"
    exec(f"def __init__(self, {args}):\n{body}", namespace)  # noqa: S102 - source built from field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls
