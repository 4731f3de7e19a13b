"""Frozen dataclasses defined without compiling code: for the records read before the first paint.

`@dataclass(frozen=True)` writes the source of six methods for each class (`__init__`,
`__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`) and compiles it when the module
is imported: about 8 M instructions (1.5–2 ms) for a record of 16–18 fields, and the settings
and the site profile are both read before the window can paint (issue 14).

`frozen_dataclass` makes the same kind of class: `dataclasses.fields`, `replace`, `asdict`,
`is_dataclass` and `FrozenInstanceError` behave as with `@dataclass(frozen=True)`, and so do
the constructor's arguments, the repr, equality and the hash. Only `__setattr__` and
`__delattr__` are still generated (by dataclasses itself; they are short); the other four are
shared functions that read the class's fields when called. Defining a class costs about a
quarter; making an instance takes a few microseconds more, which records made a few times per
start can afford. What the generated code would do differently (`InitVar`, `ClassVar`, fields
with `init=False`, `kw_only`, `__post_init__`) is refused when the class is defined, so nothing
silently behaves otherwise. Type checkers treat the decorator as `dataclass(frozen=True)`;
`inspect.signature` of the class shows `(*args, **kwargs)` (nothing here reads it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


def _fields(instance: object) -> tuple[dataclasses.Field[Any], ...]:
    fields: tuple[dataclasses.Field[Any], ...] = type(instance).__record_fields__  # type: ignore[attr-defined]
    return fields


def _init(self: object, *args: Any, **kwargs: Any) -> None:
    """The generated `__init__`'s binding, its errors' words included, field by field."""
    fields = _fields(self)
    name = f"{type(self).__qualname__}.__init__()"
    given = {field.name: value for field, value in zip(fields, args, strict=False)}
    known = {field.name for field in fields}
    for key, value in kwargs.items():  # keywords first, as CPython binds them
        if key not in known:
            raise TypeError(f"{name} got an unexpected keyword argument {key!r}")
        if key in given:
            raise TypeError(f"{name} got multiple values for argument {key!r}")
        given[key] = value
    if len(args) > len(fields):
        required = 1 + sum(
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            for f in fields
        )
        most = len(fields) + 1
        takes = f"{most}" if required == most else f"from {required} to {most}"
        raise TypeError(f"{name} takes {takes} positional arguments but {len(args) + 1} were given")
    missing = [
        repr(field.name)
        for field in fields
        if field.name not in given
        and field.default is dataclasses.MISSING
        and field.default_factory is dataclasses.MISSING
    ]
    if missing:
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1])
        if len(missing) == 2:
            listed += f" and {missing[-1]}"
        elif len(missing) > 2:
            listed += f", and {missing[-1]}"
        plural = "argument" if len(missing) == 1 else "arguments"
        raise TypeError(f"{name} missing {len(missing)} required positional {plural}: {listed}")
    for field in fields:
        if field.name in given:
            value = given[field.name]
        elif field.default is not dataclasses.MISSING:
            value = field.default
        else:
            factory: Callable[[], Any] = field.default_factory  # type: ignore[assignment]
            value = factory()  # not MISSING: checked above
        object.__setattr__(self, field.name, value)


def _repr(self: object) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in _fields(self) if f.repr)
    return f"{type(self).__qualname__}({shown})"


def _compared(instance: object) -> tuple[Any, ...]:
    return tuple(getattr(instance, f.name) for f in _fields(instance) if f.compare)


def _eq(self: object, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]  # typeshed types it as Any
    same: bool = _compared(self) == _compared(other)
    return same


def _hash(self: object) -> int:
    hashed = (f for f in _fields(self) if f.hash or (f.hash is None and f.compare))
    return hash(tuple(getattr(self, f.name) for f in hashed))


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen_dataclass(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True)` for a plain record, without compiling its methods."""
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__post_init__"):
        if method in cls.__dict__:
            raise TypeError(f"{cls.__qualname__} defines {method}: use @dataclass instead")
    made = dataclasses.dataclass(frozen=True, init=False, repr=False, eq=False)(cls)
    declared = made.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(made)  # type: ignore[arg-type]  # a dataclass since the line above
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__qualname__}: only plain fields (use @dataclass instead)")
    made.__record_fields__ = fields  # type: ignore[attr-defined]
    methods: dict[str, Callable[..., Any]] = {
        "__init__": _init,
        "__repr__": _repr,
        "__eq__": _eq,
        "__hash__": _hash,
    }
    for method, function in methods.items():
        setattr(made, method, function)
    return made
