"""What the main window starts once it is ready to book, each off the start's path (issue 14).

A worker imports what the background work loads (QtNetwork for the single-instance guard's
listening, the retention purge's module): on the GUI thread those imports stalled the window
10–20 ms just as a person could first click. Then `settled` runs (the guard listens) and the
purge starts, in an event of its own. A backlog never delays the list or the closing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.ui.background_purge import BackgroundPurge
    from vardmote_desktop.ui.runner import Run


def import_background_parts() -> None:
    """On a worker: what the guard's listening and the retention purge import."""
    import PySide6.QtNetwork  # noqa: F401

    import vardmote_desktop.ui.background_purge  # noqa: F401


class AfterReady:
    """Made at the window's first overview; `overview_shown` at each one after."""

    def __init__(self, window: QMainWindow, run: Run, settled: Callable[[], None]) -> None:
        self._window, self._run, self._settled_hook = window, run, settled
        self.purge: BackgroundPurge | None = None  # stopped when the window closes
        self._due: tuple[AppContext, Callable[[], Settings]] | None = None  # once settled
        self._begun = self._settled = self._closed = False

    def overview_shown(self, context: AppContext | None, settings: Callable[[], Settings]) -> None:
        if self.purge is None and self._due is None and context is not None:
            self._due = (context, settings)  # busy() counts it from here
            if self._settled:  # a purge that did not start before: now
                QTimer.singleShot(0, self._start_purge)
        if not self._begun:
            self._begun = True  # once, from the first overview
            self._run(import_background_parts, self._settle, self._settle)

    def _settle(self, *_: object) -> None:
        self._settled = True
        if self._due is not None:
            # In an event of its own: starting the purge's workers took 5–10 ms on a slow PC.
            QTimer.singleShot(0, self._start_purge)
        self._settled_hook()

    def _start_purge(self) -> None:
        due, self._due = self._due, None
        if due is not None and self.purge is None and not self._closed:
            from vardmote_desktop.ui.window_start import start_retention

            self.purge = start_retention(self._window, self._run, due[0], due[1]())

    def busy(self) -> bool:
        """Whether the purge is due to start or running."""
        return self._due is not None or (self.purge is not None and self.purge.busy())

    def close(self) -> None:
        self._closed = True  # nor the purge, if its start is still due
        if self.purge is not None:
            self.purge.stop()
