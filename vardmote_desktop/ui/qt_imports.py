"""PySide6 imported with its per-import `__feature__` source scan switched off (issue #14).

Once PySide6.QtCore is imported, shiboken replaces `builtins.__import__`: after every later
import it calls `shibokensupport.feature.feature_imported(module)`, which, for a module name not
yet in its table `pyside_feature_dict`, reads the module's source file (`inspect.getsource`) to
see whether it mentions "PySide6", and records 0 ("uses PySide, default features") or -1
("ignore this module"). That costs 0.1–0.3 ms per module before the first paint, and a quarter
more time for a big package afterwards (SQLAlchemy's ORM with psycopg: 371–439 ms against
289–330 ms without the scan, measured here; see napari/napari#8584).
The table serves only `from __feature__ import snake_case, true_property`, which nothing in this
application uses.

`skip_feature_scan` puts a finder first in `sys.meta_path` that records -1 for a module's name
just before the module is loaded and returns None, so the normal finders still load it; the hook
then finds the name and reads no file. Modules already imported are recorded too. `setdefault`
keeps every entry shiboken made itself (PySide6 is 0). Where the feature module or its table is
missing (another PySide6 release, another binding), nothing is installed and imports behave as
before.

What -1 changes: a module marked -1 takes the feature set of the last module that chose one,
where a scanned module mentioning PySide6 would keep the default. With no `from __feature__
import` anywhere in the process (none here, and the app loads no plugins) every module has the
default either way; a module that does import a feature still records its own choice (shiboken
overwrites its entry), so only the modules around it would follow. Remove this then.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
IGNORE = -1  # shibokensupport.feature's "ignore this module"


class FeatureScanSkipper:
    """A meta path finder that finds nothing: it records each name as -1 before it is loaded."""

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        self.table.setdefault(fullname, IGNORE)
        return None  # the next finder on sys.meta_path loads the module as usual


def feature_table() -> dict[str, int] | None:
    """shiboken's per-module feature table, or None where this PySide6 has none."""
    table = getattr(sys.modules.get(FEATURE_MODULE), "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def skip_feature_scan() -> bool:
    """Import PySide6.QtCore and stop its hook reading the source of every later import.

    Call it before any other import that should be fast; calling it again does nothing.
    Returns whether the scan is skipped (False where this PySide6 does not scan).
    """
    import PySide6.QtCore  # noqa: F401  # the first PySide6 import installs shiboken's hook

    table = feature_table()
    if table is None:
        return False
    if not any(isinstance(finder, FeatureScanSkipper) for finder in sys.meta_path):
        for name in list(sys.modules):
            table.setdefault(name, IGNORE)
        sys.meta_path.insert(0, FeatureScanSkipper(table))
    return True
