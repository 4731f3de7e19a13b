"""Runs slow work (database, network, imports) off the GUI thread and reports back by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class CancelToken:
    """Checked by long jobs between steps; a cancel can't interrupt a blocking socket read."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported to the GUI thread, which decides what to show
            self._report(self._signals.failed, exc)
        else:
            self._report(self._signals.done, result)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window that asked was closed and deleted meanwhile: nobody is left to tell.
            log.debug("background result dropped: its window is gone")


class Worker(QObject):
    """One background job: emits finished(result) or failed(exception) on the GUI thread.

    Late results of a cancelled job are dropped, so a user who pressed Avbryt is never surprised.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.running = False

    def start(self, fn: Callable[[], Any], pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Job(fn, self._signals))

    def cancel(self) -> None:
        self.token.cancel()

    def _on_done(self, result: object) -> None:
        self.running = False
        if not self.token.cancelled:
            self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self.running = False
        if self.token.cancelled:
            return
        self.failed.emit(exc)


def run_in_background(
    parent: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Worker:
    """Start fn on the thread pool; callbacks run on the GUI thread. Keep the Worker to cancel."""
    worker = Worker(parent)
    worker.finished.connect(on_done)
    worker.failed.connect(on_error)
    worker.start(fn)
    return worker


class WorkerSet:
    """The background jobs of one window: start them, ask whether any runs, cancel them all."""

    def __init__(self, parent: QObject, on_error: Callable[[BaseException], None]) -> None:
        self._parent = parent
        self._on_error = on_error
        self._workers: list[Worker] = []

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Worker:
        worker = run_in_background(self._parent, fn, done, failed or self._on_error)
        # Finished workers are dropped here rather than on a signal: the list stays short.
        self._workers = [w for w in self._workers if w.running] + [worker]
        return worker

    def busy(self) -> bool:
        return any(w.running for w in self._workers)

    def cancel_all(self) -> None:
        for worker in self._workers:
            worker.cancel()
