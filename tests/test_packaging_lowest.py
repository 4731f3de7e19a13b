"""Reproducible dependencies: every bound has a floor that is tested, and the lock fits the bounds.

The floors themselves are installed and run by `installer/lowest.py check` (.ci/run, beside the
tests: it downloads the oldest releases, about two minutes); here the parts that need no network.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
# A script in installer/, not a package: loaded from its file, sys.path left alone.
_spec = importlib.util.spec_from_file_location("lowest", ROOT / "installer/lowest.py")
assert _spec is not None and _spec.loader is not None
lowest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lowest)

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = [Requirement(r) for r in PROJECT["dependencies"]]
POSTGRESQL = [Requirement(r) for r in PROJECT["optional-dependencies"]["postgresql"]]


def _pins(path: Path) -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", line
            pins[canonicalize_name(requirement.name)] = Version(spec.version)
    return pins


def test_every_dependency_has_its_floor_as_a_constraint() -> None:
    pins = _pins_from_text(lowest.constraints())
    assert set(pins) == {canonicalize_name(r.name) for r in [*RUNTIME, *POSTGRESQL]}
    for requirement in [*RUNTIME, *POSTGRESQL]:
        floor = pins[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(floor), f"{requirement}: {floor} outside the bounds"


def _pins_from_text(text: str) -> dict[str, Version]:
    return {
        canonicalize_name(name): Version(version)
        for name, version in (line.split("==") for line in text.splitlines())
    }


def test_the_floors_known_to_fail_are_not_claimed() -> None:
    # SQLAlchemy 2.0.0-2.0.32 cannot map Mapped[dict[str, Any]] (found by installer/lowest.py);
    # psycopg-binary has no Python 3.11 wheel before 3.1.4.
    floors = _pins_from_text(lowest.constraints())
    assert floors["sqlalchemy"] >= Version("2.0.33")
    assert floors["psycopg"] >= Version("3.1.4")


def test_the_lock_for_builds_fits_the_bounds_of_pyproject() -> None:
    # A bound raised in pyproject.toml without `make constraints` would make every install fail.
    pins = _pins(ROOT / "installer" / "constraints.txt")
    for requirement in [*RUNTIME, *POSTGRESQL]:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not pinned: run `make constraints`"
        assert requirement.specifier.contains(pins[name]), f"{requirement}: locked {pins[name]}"
    for extra in ("pytest", "pyinstaller", "mypy", "ruff"):
        assert extra in pins, f"{extra} is not pinned: run `make constraints`"


def test_the_requirements_for_builds_are_pyprojects() -> None:
    stated = lowest.requirements().splitlines()
    assert stated == [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["postgresql"]]
