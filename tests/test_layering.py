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


def _loaded(imports: str, watched: tuple[str, ...]) -> list[str]:
    """Which of `watched` a fresh interpreter holds after running `imports`."""
    code = f"import sys\n{imports}\nprint(','.join(m for m in {watched!r} if m in sys.modules))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return [name for name in result.stdout.strip().split(",") if name]


HEAVY = ("sqlalchemy", "alembic", "requests", "keyring")


def test_the_window_is_built_without_the_heavy_libraries() -> None:
    # The first paint must not wait for SQLAlchemy, Alembic, requests or keyring (3.5× slower).
    window = (
        "import vardmote_desktop.__main__, vardmote_desktop.ui.launcher\n"
        "import vardmote_desktop.ui.main_window"
    )
    assert _loaded(window, HEAVY) == []


def test_the_first_list_is_read_and_shown_without_the_services_modules() -> None:
    """What the worker imports before the list shows (ui/window_start.read_first_list): the
    list's own row types, the bare drivers' reads and the direct read of the log's key; not
    keyring (a tenth of a second) nor the services' other dataclasses (issue 14)."""
    first_list = (
        "import vardmote_desktop.__main__, vardmote_desktop.ui.main_window\n"
        "import vardmote_desktop.ui.window_start, vardmote_desktop.ui.meeting_list\n"
        "import vardmote_desktop.services.first_list, vardmote_desktop.services.log_key\n"
        "import vardmote_desktop.platforms.os_secrets, vardmote_desktop.store.encryption"
    )
    assert _loaded(first_list, (*HEAVY, "vardmote_desktop.services.dto")) == []


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module → the package's modules it imports, at any depth.

    Imports under TYPE_CHECKING and inside functions count: they are circles in the design
    even when Python happens to survive them at run time. `from a import b` points at the
    module a.b when there is one, else at a.
    """
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.add(sub if sub in files else base)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected sets of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                found.append(sorted(members))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def one_cycle(graph: dict[str, set[str]], members: list[str]) -> list[str]:
    """A shortest path from the first member back to itself, inside the set: the circle named."""
    inside = set(members)
    start = members[0]
    paths = {nxt: [start, nxt] for nxt in sorted(graph[start] & inside)}
    queue = list(paths)
    while queue:
        node = queue.pop(0)
        if start in graph[node]:
            return [*paths[node], start]
        for nxt in sorted(graph[node] & inside):
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    return members


def test_circle_finder_names_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]
    assert one_cycle(graph, ["a", "b", "c"]) == ["a", "b", "c", "a"]


def test_the_import_graph_sees_type_checking_and_lazy_imports() -> None:
    graph = import_graph()
    # ui/new_meeting.py imports the wizard inside a method and the context under TYPE_CHECKING.
    assert "vardmote_desktop.ui.wizards.meeting_wizard" in graph["vardmote_desktop.ui.new_meeting"]
    assert "vardmote_desktop.services.context" in graph["vardmote_desktop.ui.new_meeting"]


def test_no_import_circles() -> None:
    graph = import_graph()
    found = circles(graph)
    named = [
        " → ".join(one_cycle(graph, members)) + f"  (all {len(members)}: {', '.join(members)})"
        for members in found
    ]
    assert named == [], "import circles:\n" + "\n".join(named)
