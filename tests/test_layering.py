"""The architecture as a test: dependencies point inwards, and start-up stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "vardmote_desktop"

# layer → (third-party roots it must not import, own layers it must not import)
RULES: dict[str, tuple[set[str], set[str]]] = {
    "domain": (
        {"PySide6", "sqlalchemy", "alembic", "requests", "keyring", "platformdirs"},
        {"store", "platforms", "services", "ui", "config", "app"},
    ),
    "config": (
        {"PySide6", "sqlalchemy", "alembic", "requests", "keyring"},
        {"store", "platforms", "services", "ui", "app"},
    ),
    "store": ({"PySide6", "requests", "keyring"}, {"platforms", "services", "ui", "app"}),
    "platforms": ({"PySide6", "sqlalchemy", "alembic"}, {"store", "services", "ui", "app"}),
    "services": ({"PySide6"}, {"ui", "app"}),
    "ui": ({"sqlalchemy", "alembic", "requests", "keyring"}, {"store", "app"}),
}


def imports(path: Path) -> set[str]:
    """Every module name a file imports, at any depth (lazy imports count too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted(p for p in (PACKAGE / layer).rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_point_inwards(layer: str) -> None:
    foreign, own = RULES[layer]
    broken = []
    for path in layer_files(layer):
        for name in imports(path):
            root = name.split(".")[0]
            inner = name.split(".")[1] if name.startswith("vardmote_desktop.") else None
            if root in foreign or inner in own:
                broken.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert broken == []


def test_nothing_outside_ui_imports_ui() -> None:
    # The entry point and the wiring module put the pieces together; nothing else may.
    allowed = {PACKAGE / "__main__.py", PACKAGE / "app.py"}
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and path not in allowed
        and any(n.startswith("vardmote_desktop.ui") for n in imports(path))
    ]
    assert offenders == []


def test_qt_stays_in_ui_and_the_entry_point() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.glob("*.py")
        if path.name != "__main__.py" and any(n.startswith("PySide6") for n in imports(path))
    ]
    assert offenders == []


def test_the_window_is_built_without_the_heavy_libraries() -> None:
    # The first paint must not wait for SQLAlchemy, Alembic, requests or keyring (3.5× slower).
    code = (
        "import sys\n"
        "import vardmote_desktop.__main__, vardmote_desktop.ui.launcher\n"
        "import vardmote_desktop.ui.main_window\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'requests', 'keyring')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
