"""PySide6's import hook reads no source once `skip_feature_scan` ran, and Qt works as before.

The scan is counted, not timed: `inspect.getsource` is wrapped in a fresh interpreter (the test
process has imported everything long ago), and a module written for the test, mentioning PySide6
as the scan looks for, is imported after the skip (no read) and, for the control, without it
(read once, recorded 0: the count proves the wrapper sees the scan at all).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from vardmote_desktop.ui import qt_imports
from vardmote_desktop.ui.qt_imports import FEATURE_MODULE, FeatureScanSkipper, skip_feature_scan

PROBE = """
import inspect, json, sys
sys.path.insert(0, sys.argv[2])
import PySide6.QtCore  # shiboken's import hook from here on
from vardmote_desktop.ui.qt_imports import feature_table, skip_feature_scan

skipped = skip_feature_scan() if sys.argv[1] == "skip" else None
reads = []
real = inspect.getsource
def counted(obj):
    reads.append(getattr(obj, "__name__", "?"))
    return real(obj)
inspect.getsource = counted

import probe_mentions_qt  # mentions PySide6, as a module of ours does
import probe_mentions_qt  # again: the hook runs after every import statement
import colorsys  # a standard module not imported before
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
label.setText("Vårdmöte")  # camelCase names: the default feature set
table = feature_table() or {}
print(json.dumps({
    "skipped": skipped,
    "reads": sorted(set(reads) & {"probe_mentions_qt", "colorsys"}),
    "recorded": [table.get("probe_mentions_qt"), table.get("colorsys")],
    "text": label.text(),
}))
"""


def probe(mode: str, folder: Path) -> dict[str, object]:
    (folder / "probe_mentions_qt.py").write_text(
        '"""Uses PySide6."""\nfrom PySide6.QtCore import QObject\n', encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_modules_imported_after_the_skip_are_not_read(tmp_path: Path) -> None:
    result = probe("skip", tmp_path)
    assert result == {
        "skipped": True,
        "reads": [],
        "recorded": [-1, -1],
        "text": "Vårdmöte",
    }


def test_without_the_skip_the_hook_reads_each_new_module(tmp_path: Path) -> None:
    # The control: the same probe sees the scan, so an empty list above means it did not run.
    result = probe("scan", tmp_path)
    assert result["reads"] == ["colorsys", "probe_mentions_qt"]
    assert result["recorded"] == [0, -1]  # 0: it mentions PySide6; -1: ignore
    assert result["text"] == "Vårdmöte"


def test_the_finder_finds_nothing_and_keeps_shibokens_own_entries() -> None:
    table = {"PySide6": 0}
    finder = FeatureScanSkipper(table)
    assert finder.find_spec("PySide6") is None
    assert finder.find_spec("some.module", None) is None
    assert table == {"PySide6": 0, "some.module": -1}


def test_harmless_where_pyside_has_no_feature_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another PySide6 release: the feature module without the table, or no such module at all.
    before = list(sys.meta_path)
    monkeypatch.setitem(sys.modules, FEATURE_MODULE, types.ModuleType(FEATURE_MODULE))
    assert skip_feature_scan() is False
    monkeypatch.delitem(sys.modules, FEATURE_MODULE)
    assert qt_imports.feature_table() is None
    assert skip_feature_scan() is False
    assert sys.meta_path == before


def test_a_second_call_installs_no_second_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))  # put back after the test
    assert skip_feature_scan() is True
    assert skip_feature_scan() is True
    assert sum(isinstance(f, FeatureScanSkipper) for f in sys.meta_path) == 1
