"""What the window imports before its first paint stays light (issue 14).

The first paint is held to 1.15× a bare PySide6 window. Two things would break that at once and
silently: SQLAlchemy (a third of a second) and the Qt namespace (`from PySide6.QtCore import Qt`
builds every one of its enums: 50 ms). The modules the start needs before the paint are
imported here in a fresh interpreter, as a start does, and neither may be loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.test_retention_after_list import filled_log

SCRIPT = """
import json, sys
import PySide6.QtCore as core
import PySide6.QtWidgets as widgets
import vardmote_desktop.ui.launcher, vardmote_desktop.ui.main_window
print(json.dumps({
    "qt_namespace": "Qt" in core.__dict__,
    "label": "QLabel" in widgets.__dict__,  # PySide6 makes a class on its first use: 2 M
    "heavy": sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic", "requests"}),
    "all_enums": "vardmote_desktop.domain.types" in sys.modules,  # the profiles' three only
}))
"""


def test_the_window_before_its_paint_loads_neither_sqlalchemy_nor_the_qt_namespace() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "qt_namespace": False,
        "label": False,
        "heavy": [],
        "all_enums": False,
    }


LIST_SCRIPT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from vardmote_desktop.ui.qt_imports import skip_feature_scan
skip_feature_scan()
import PySide6.QtCore as core
from PySide6.QtWidgets import QApplication
from pathlib import Path
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.first_list import first_overview
from vardmote_desktop.ui.main_window import MainWindow
app = QApplication([])
profile = load_profiles()["kalmar"]
settings = Settings(profile="kalmar", unit="HC Torsås", database=sys.argv[1])
def first():
    return first_overview(settings, profile, Path(sys.argv[2]))
def never():
    raise RuntimeError("the services come after the list")
window = MainWindow()
window.attach(settings, profile, never, first_list=first)
def shown():
    print(json.dumps({
        "qt_namespace": "Qt" in core.__dict__,
        "heavy": sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "requests"}),
        "rows": window.meeting_list.group_count("past"),
    }), flush=True)
    os._exit(0)
window.listShown.connect(shown)
window.show()
app.exec()
"""


def test_the_first_list_is_painted_before_the_qt_namespace_and_sqlalchemy(tmp_path: Path) -> None:
    url = filled_log(tmp_path, 30)
    done = subprocess.run(
        [sys.executable, "-c", LIST_SCRIPT, url, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found = json.loads(done.stdout.splitlines()[-1])
    assert found == {"qt_namespace": False, "heavy": [], "rows": found["rows"]}
    assert found["rows"] > 0


READY_SCRIPT = """
import importlib._bootstrap as bootstrap, json, os, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
watched = {"PySide6.QtNetwork", "vardmote_desktop.ui.background_purge"}
where = {}
find_and_load = bootstrap._find_and_load
def recording(name, import_):
    # The import statement calls this attribute of importlib's bootstrap: its thread is known.
    if name in watched and name not in sys.modules:
        where[name] = "gui" if threading.current_thread() is threading.main_thread() else "worker"
    return find_and_load(name, import_)
bootstrap._find_and_load = recording
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.single_instance import SingleInstance
def look():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    guards = app.findChildren(SingleInstance)
    ready = windows and windows[0].after_ready
    started = ready and guards and guards[0].listening and ready.purge is not None
    if started and not windows[0].busy():  # every worker of the start done, the purge's too
        # keyring itself is imported with the services; its backend is chosen only when asked.
        chosen = getattr(sys.modules.get("keyring.core"), "_keyring_backend", None) is not None
        print(json.dumps({**where, "keyring backend chosen": chosen}), flush=True)
        guards[0].close()
        os._exit(0)
    QTimer.singleShot(10, look)
QTimer.singleShot(0, look)
from vardmote_desktop.__main__ import main
main([])
"""


def test_once_ready_the_guard_and_the_purge_load_their_modules_on_a_worker(
    tmp_path: Path,
) -> None:
    """Importing QtNetwork (the single-instance guard's listening) and the purge's module took
    10–20 ms on the GUI thread just after the window became ready to book: a stall a person
    clicking then would feel. The real program, started as on a ward PC, imports both on a
    worker, and only then listens and starts the purge; and it looks up no keyring."""
    url = filled_log(tmp_path, 30)
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    settings = {"profile": "kalmar", "unit": "HC Torsås", "database": url, "language": "sv"}
    (home / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    env = {**os.environ, "VARDMOTE_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", READY_SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    where = json.loads(done.stdout.splitlines()[-1])
    assert where == {
        "PySide6.QtNetwork": "worker",
        "vardmote_desktop.ui.background_purge": "worker",
        # A log named by URL needs no keyring: none is looked up (importing every backend
        # stalled the GUI thread 13–22 ms from a worker); the settings dialog asks when it opens.
        "keyring backend chosen": False,
    }
