"""The change bus on the GUI thread: one Qt signal per window, and the timer of the change check.

services/changes.ChangeBus calls its listeners on whatever thread committed (a worker) or
checked; a `ChangeRelay` hands each announcement to the GUI thread through a queued signal, so
a window's slot only ever runs there. The main window's relay also runs the change check for
other PCs' changes on a worker every CHECK_MS, never two at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from vardmote_desktop.domain.types import RoomState
from vardmote_desktop.ui.workers import Worker, run_in_background

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from vardmote_desktop.services.changes import ChangeBus, Changes, ChangeWatcher
    from vardmote_desktop.services.dto import MeetingDetail
    from vardmote_desktop.services.list_rows import MeetingSummary

log = logging.getLogger(__name__)

CHECK_MS = 2000  # a colleague's change shows here within about this long
# More changed meetings at once than this: a window reads its whole list again, not each row.
CHANGED_ROWS_AT_MOST = 200


class Shown(Protocol):
    """A meeting as a window shows it: the main list's and the log's rows both have these."""

    @property
    def id(self) -> int: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def room_state(self) -> RoomState | None: ...


def purge_reaches(changes: Changes, rows: Iterable[Shown]) -> frozenset[int]:
    """The meetings among `rows` that a retention purge in `changes` may have removed: those
    that started no later than the newest it removed and have no room left. The purge goes
    oldest first, so of a backlog's hundreds of batches only the last reach what a window
    shows, and a day's purge (the usual case, far below it) nothing."""
    reach = changes.purged_through
    if reach is None:
        return frozenset()
    # A meeting whose room is still there is kept, as store/statistics.purgeable_before says:
    # the old rooms left, listed under *Behöver åtgärd*, stay, and need no re-read either.
    return frozenset(
        row.id for row in rows if row.starts_at <= reach and row.room_state != RoomState.ACTIVE
    )


def purge_touches(
    changes: Changes, rows: Iterable[MeetingSummary], detail: MeetingDetail | None = None
) -> bool:
    """Whether a retention purge in `changes` may have removed a meeting shown (in `rows` or
    the `detail`)."""
    shown = [*rows, *([detail.summary] if detail is not None else [])]
    return bool(purge_reaches(changes, shown))


class ChangeRelay(QObject):
    """Subscribes to the bus for as long as it lives; emits `changed(Changes)` on the GUI thread."""

    changed = Signal(object)  # services.changes.Changes
    checked = Signal()  # a change check finished (found something or not)
    _arrived = Signal(object)

    def __init__(
        self,
        bus: ChangeBus,
        parent: QObject | None = None,
        *,
        watcher: ChangeWatcher | None = None,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        # Queued: the bus calls from worker threads, the windows' slots belong to this one.
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        unsubscribe = bus.subscribe(self._from_any_thread)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())
        self._watcher = watcher
        self._worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        if watcher is not None:
            self.timer.start()
            self.check()  # notes where the history stands

    def stop(self) -> None:
        """Stop listening and checking (the window is closing)."""
        self.timer.stop()
        self._unsubscribe()
        if self._worker is not None:
            self._worker.cancel()

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    def check(self) -> None:
        watcher = self._watcher
        if watcher is None or self.busy():
            return  # a slow server must not pile up checks
        # The check announces on the bus itself; its result needs no handling here.
        self._worker = run_in_background(self, watcher.check, self._checked, self._failed)

    def _checked(self, _changes: object) -> None:
        self.checked.emit()

    def _failed(self, exc: BaseException) -> None:
        # Background work: the next check retries; the log keeps the reason.
        log.warning("change check failed: %s", type(exc).__name__)
        self.checked.emit()

    def _from_any_thread(self, changes: Changes) -> None:
        try:
            self._arrived.emit(changes)
        except RuntimeError:
            # The window was deleted meanwhile: nobody is left to tell.
            self._unsubscribe()

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)
