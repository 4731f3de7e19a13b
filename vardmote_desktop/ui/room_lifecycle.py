"""Rooms that close themselves, on this PC: the timer that runs the automatic deletion.

The run itself (services/lifecycle.py) talks to the video server and the log, so it always
goes to a worker, never two at once; the first run starts as soon as the log is open (after the
first paint), which is also when rooms missed while every PC was off are handled. A meeting
cancelled here starts a run at once instead of waiting for the timer. What the run changes
reaches the windows through the change bus like any other change.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from vardmote_desktop.ui.changes import ChangeRelay
from vardmote_desktop.ui.workers import Worker, run_in_background

if TYPE_CHECKING:
    from vardmote_desktop.services.changes import ChangeBus, Changes

log = logging.getLogger(__name__)

# Every few minutes: a room goes within minutes of its time, and Pexip asks for gentle polling.
RUN_EVERY_MS = 3 * 60 * 1000


class RoomAutoCleanup(QObject):
    """Runs `run_once` on a worker every RUN_EVERY_MS, at start and after a local cancellation."""

    def __init__(
        self,
        run_once: Any,  # () -> LifecycleReport; typed loosely to keep services out of ui imports
        bus: ChangeBus,
        parent: QObject | None = None,
        *,
        every_ms: int = RUN_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._run_once = run_once
        self._worker: Worker | None = None
        self.runs = 0  # finished runs, for tests and the log
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.run)
        self._relay = ChangeRelay(bus, self)
        self._relay.changed.connect(self._changed)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.run)  # not in start-up's path: after this event loop turn

    def stop(self) -> None:
        self.timer.stop()
        self._relay.stop()
        if self._worker is not None:
            self._worker.cancel()

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    def run(self) -> None:
        if self.busy():
            return  # a slow server must not pile up runs
        self._worker = run_in_background(self, self._run_once, self._done, self._failed)

    def _changed(self, changes: Changes) -> None:
        # A meeting changed here (e.g. cancelled): its room may be due now. A run's own
        # commits can change meetings too (held, ended), but a run while one is busy is
        # skipped and the next finds nothing left to change, so this does not loop.
        if not changes.remote and "meetings" in changes.kinds:
            self.run()

    def _done(self, _report: object) -> None:
        self.runs += 1

    def _failed(self, exc: BaseException) -> None:
        self.runs += 1
        # The next run retries; a failure per room is in its history and Behöver åtgärd.
        log.warning("automatic room deletion: %s", type(exc).__name__)
