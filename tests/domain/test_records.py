"""`frozen_dataclass` behaves as `@dataclass(frozen=True)` does, held against the real one."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError, asdict, astuple, field, fields, is_dataclass, replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.records import frozen_dataclass


@frozen_dataclass
class Light:
    """The record under test."""

    key: str
    count: int
    label: str | None = None
    tags: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)
    secret: str = field(default="", repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class Light_:  # the same record as the generated code makes it
    """The reference."""

    key: str
    count: int
    label: str | None = None
    tags: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)
    secret: str = field(default="", repr=False, compare=False)


Reference = Light_


def _both(*args: Any, **kwargs: Any) -> tuple[Any, Any]:
    """Light and the reference built from the same arguments, or both errors' texts."""
    results: list[Any] = []
    for cls in (Light, Reference):
        try:
            results.append(cls(*args, **kwargs))
        except TypeError as exc:
            # The messages name the class; the rest must be the same words.
            results.append(str(exc).replace(cls.__qualname__, "CLS"))
    return results[0], results[1]


def _same(light: Any, reference: Any) -> None:
    if isinstance(reference, str):
        assert light == reference
        return
    assert repr(light).replace("Light(", "X(") == repr(reference).replace("Light_(", "X(")
    assert asdict(light) == asdict(reference)
    assert astuple(light) == astuple(reference)


words = st.text(max_size=5)
values = st.one_of(st.none(), st.integers(), words, st.tuples(words))


@given(
    args=st.lists(values, max_size=7),
    kwargs=st.dictionaries(
        st.sampled_from(["key", "count", "label", "tags", "extra", "secret", "other"]), values
    ),
)
def test_the_constructor_binds_and_refuses_as_the_generated_one(
    args: list[Any], kwargs: dict[str, Any]
) -> None:
    _same(*_both(*args, **kwargs))


def test_the_constructors_error_words_are_the_generated_ones() -> None:
    cases: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((), {}),  # two missing
        (("k",), {}),  # one missing
        (("k", 1, None, (), {}, "", "too many"), {}),
        (("k",), {"key": "again", "count": 1}),
        (("k", 1), {"colour": "red"}),
    ]
    for args, kwargs in cases:
        light, reference = _both(*args, **kwargs)
        assert isinstance(reference, str) and light == reference


def test_a_record_is_frozen_equal_hashed_and_copied_as_a_dataclass() -> None:
    light = Light("k", 1, tags=("a",))
    assert [f.name for f in fields(light)] == [f.name for f in fields(Reference)]
    with pytest.raises(FrozenInstanceError):
        light.count = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del light.label
    assert light == Light("k", 1, tags=("a",), secret="not compared")
    assert light != Light("k", 2, tags=("a",))
    other: object = Reference("k", 1, tags=("a",))
    assert light != other  # another class, as with dataclasses
    assert light.extra == {} and light.extra is not Light("k", 1).extra  # a new dict each
    changed = replace(light, count=2)
    assert changed == Light("k", 2, tags=("a",)) and changed.tags == ("a",)
    assert pickle.loads(pickle.dumps(light)) == light
    with pytest.raises(TypeError, match="unhashable"):
        hash(light)  # its dict field, as with the generated __hash__
    assert Light.__match_args__ == Reference.__match_args__
    assert is_dataclass(light) and is_dataclass(Light)  # last: it narrows their types


def test_hash_follows_the_compared_fields() -> None:
    @frozen_dataclass
    class Key:
        """Hashable."""

        name: str
        note: str = field(default="", compare=False)

    @dataclasses.dataclass(frozen=True)
    class Key_:
        """The reference."""

        name: str
        note: str = field(default="", compare=False)

    assert hash(Key("a", "x")) == hash(Key("a", "y")) == hash(Key_("a"))
    assert len({Key("a"), Key("a", "other"), Key("b")}) == 2


def test_what_the_generated_code_would_do_otherwise_is_refused() -> None:
    with pytest.raises(TypeError, match="__post_init__"):

        @frozen_dataclass
        class Checked:
            """Has a __post_init__."""

            name: str

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError, match="only plain fields"):

        @frozen_dataclass
        class Hidden:
            """A field left out of __init__."""

            name: str
            cache: int = field(default=0, init=False)


def test_the_settings_and_the_profile_are_such_records() -> None:
    settings = Settings(profile="kalmar", unit="HC Torsås")
    assert settings == Settings(profile="kalmar", unit="HC Torsås")
    assert hash(settings) == hash(Settings(profile="kalmar", unit="HC Torsås"))
    assert repr(settings).startswith("Settings(profile='kalmar', unit='HC Torsås', database=None")
    with pytest.raises(FrozenInstanceError):
        settings.unit = "other"  # type: ignore[misc]
    assert replace(settings, unit="HC Kalmar").unit == "HC Kalmar"
    assert [f.name for f in fields(SiteProfile)][:2] == ["key", "name"]
    assert is_dataclass(SiteProfile)
