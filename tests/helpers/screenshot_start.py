"""Starts the real program (main()) offscreen, saves what it shows as PNG, and quits.

Run as a process of its own by tests/test_translations.py, so the translators it installs
never reach the test session's application: `python -m tests.helpers.screenshot_start OUT.png
OUT.json -- [vardmote-desktop options]`. The window is saved once the meeting overview is on
screen (or the first-run dialog, when profile or unit is missing); OUT.json holds the words
that show which language the window speaks (title, menus, the dialog's buttons).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QWidget,
)

from vardmote_desktop.__main__ import main


def _words(widget: QWidget) -> dict[str, object]:
    shown: dict[str, object] = {"title": widget.windowTitle()}
    if isinstance(widget, QMainWindow):
        shown["menus"] = [action.text() for action in widget.menuBar().actions()]
    shown["buttons"] = [b.text() for b in widget.findChildren(QAbstractButton) if b.text()]
    shown["labels"] = [label.text() for label in widget.findChildren(QLabel) if label.text()]
    return shown


def run(png: Path, words: Path, argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    deadline = 0

    def poll() -> None:
        nonlocal deadline
        deadline += 1
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        # The first-run dialog over the main window, which waits empty behind it meanwhile.
        dialogs = [w for w in shown if isinstance(w, QDialog)]
        window = next(iter(dialogs or shown), None)
        ready = isinstance(window, QDialog) or (
            window is not None
            and getattr(window, "built", False)
            and not getattr(window, "busy", lambda: True)()
        )
        if window is not None and (ready or deadline > 300):
            app.processEvents()
            window.grab().save(str(png))
            words.write_text(json.dumps(_words(window), ensure_ascii=False), encoding="utf-8")
            window.close()
            app.quit()
            return
        QTimer.singleShot(100, poll)

    QTimer.singleShot(200, poll)
    return main(argv)


if __name__ == "__main__":
    split = sys.argv.index("--")
    sys.exit(run(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[split + 1 :]))
