"""What the window imports before its first paint stays light (issue 14).

The first paint is held to 1.15× a bare PySide6 window. Two things would break that at once and
silently: SQLAlchemy (a third of a second) and the Qt namespace (`from PySide6.QtCore import Qt`
builds every one of its enums: 50 ms). The modules the start needs before the paint are
imported here in a fresh interpreter, as a start does, and neither may be loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import PySide6.QtCore as core
import vardmote_desktop.ui.launcher, vardmote_desktop.ui.main_window
print(json.dumps({
    "qt_namespace": "Qt" in core.__dict__,
    "heavy": sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic", "requests"}),
}))
"""


def test_the_window_before_its_paint_loads_neither_sqlalchemy_nor_the_qt_namespace() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout.splitlines()[-1]) == {"qt_namespace": False, "heavy": []}
