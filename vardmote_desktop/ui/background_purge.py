"""The retention purge once the first list is shown: a day's few on a worker, a backlog in a
process of its own.

Most starts find nothing or a few meetings due, purged in one batch on a worker thread. A
backlog (a first start after the period was shortened, a PC back from months away) takes
minutes of SQLAlchemy's Python; on a thread it shares the interpreter's lock with the GUI
thread and stalled the window for 20–50 ms at a time (benchmarks/README.md), so it runs in
`vardmote-desktop purge --from-app` instead (purge_command.py). Its batches reach this window
through the change check, as another PC's would. Closing the window ends the process's stdin,
which stops it between two batches; if it cannot start or fails, the purge runs on a worker
as before, so a start never skips it.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess

from vardmote_desktop.config.settings import settings_to_json

if TYPE_CHECKING:
    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.retention import RetentionResult
    from vardmote_desktop.ui.runner import Run

log = logging.getLogger(__name__)


def purge_program() -> tuple[str, list[str]]:
    """The app itself, as the command `purge --from-app` (in the frozen build, its own exe)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["purge", "--from-app"]
    return sys.executable, ["-m", "vardmote_desktop", "purge", "--from-app"]


class BackgroundPurge(QObject):
    """Started once, after the first list; asked to stop when the window closes."""

    def __init__(self, parent: QObject, run: Run, settings: Settings) -> None:
        super().__init__(parent)
        self._run = run
        self._settings = settings
        self._stop = threading.Event()
        self._process: QProcess | None = None
        self.mode: str | None = None  # "thread" or "process", once chosen (tests, the log)

    def start(self, context: AppContext) -> None:
        batch = context.retention.batch

        def chosen(due: int) -> None:
            if self._stop.is_set():
                return
            if due > batch:
                self._start_process(context)
            else:
                self._start_thread(context)

        # One indexed query on a worker: more than a batch due is a backlog.
        self._run(lambda: context.retention.due(batch + 1), chosen, self._failed)

    def stop(self) -> None:
        self._stop.set()
        if self._process is not None:
            self._process.closeWriteChannel()  # the purge stops after its current batch

    def busy(self) -> bool:
        """Whether the purge's process runs (its worker is among the window's jobs)."""
        return self._process is not None

    def _start_thread(self, context: AppContext) -> None:
        self.mode = "thread"
        purge = context.retention.run_at_startup

        def done(result: RetentionResult) -> None:
            self._purged(result.count, result.drafts)

        self._run(lambda: purge(stop=self._stop.is_set), done, self._failed)

    def _start_process(self, context: AppContext) -> None:
        self.mode = "process"
        process = QProcess(self)
        process.started.connect(lambda: self._send_settings(process))
        process.finished.connect(lambda code, _status: self._ended(context, process, code))
        process.errorOccurred.connect(lambda error: self._error(context, process, error))
        self._process = process
        program, arguments = purge_program()
        process.start(program, arguments)

    def _send_settings(self, process: QProcess) -> None:
        # On stdin, not the command line: the database URL may hold a password.
        process.write((settings_to_json(self._settings) + "\n").encode("utf-8"))
        if self._stop.is_set():
            process.closeWriteChannel()

    def _ended(self, context: AppContext, process: QProcess, code: int) -> None:
        self._process = None
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        lines = out.strip().splitlines()
        if code == 0 and lines:
            try:
                result = json.loads(lines[-1])
            except ValueError:
                result = None  # not the command's answer: as a failure
            if isinstance(result, dict) and {"count", "drafts"} <= result.keys():
                self._purged(result["count"], result["drafts"])
                return
        # The command writes only an error's type, never its text (which can hold the URL).
        reason = (err.strip().splitlines() or ["no answer"])[-1]
        log.error("retention purge process ended with %s: %s", code, reason)
        self._fall_back(context)

    def _error(self, context: AppContext, process: QProcess, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return  # a crash or a pipe's error ends in finished, handled there
        self._process = None
        process.deleteLater()
        log.error("retention purge process did not start: %s", error.name)
        self._fall_back(context)

    def _fall_back(self, context: AppContext) -> None:
        if not self._stop.is_set():
            self._start_thread(context)

    @staticmethod
    def _purged(count: int, drafts: int) -> None:
        if count or drafts:
            log.info("retention purged %d meetings, %d drafts", count, drafts)

    @staticmethod
    def _failed(exc: BaseException) -> None:
        # Logged, not shown: the next start tries again, and the user can run it by hand.
        log.error("retention purge in the background failed: %s", type(exc).__name__)
