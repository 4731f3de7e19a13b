"""Keeps the interpreter's own pauses off the GUI thread while the main window starts.

From the first paint until the window is ready to book, workers import SQLAlchemy, requests
and the services (hundreds of modules) while the GUI thread paints the list and builds the
window. Measured there (benchmarks/list_ready.py --until-ready, issue 14), three things of the
interpreter's, not our code's, stalled the GUI thread for more than a frame:

- the cyclic garbage collector: the imports allocate so much that a worker runs full
  collections over the whole heap, 24–32 ms each, holding the interpreter's lock throughout;
- the lock's switch interval (5 ms): each time the GUI thread gives the lock up (most Qt
  calls do) it waits up to that long to get it back from a worker, several times an event;
- two workers at once (the thread pool's default on two cores): imports and the services'
  Python gain nothing from a second thread, which only takes the lock and a core from the
  GUI thread in turn. One at a time was also the faster way to a window ready to book.

So for that phase the collector is off, the interval 1 ms and the pool one thread. At its end
everything the start-up made is moved out of the collector's sight (`gc.freeze`: modules,
classes and the window live as long as the app), so the first collection after it does not
walk it all on the GUI thread either; only the first start in a process freezes (tests open
many windows).
"""

from __future__ import annotations

import gc
import sys

START_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005

_holders = 0
_restore: tuple[bool, float, int] | None = None  # the collector, interval and pool before
_frozen = False


def hold() -> None:
    """The start-up phase of one window begins (pair with release())."""
    global _holders, _restore
    _holders += 1
    if _holders == 1:
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        _restore = (gc.isenabled(), sys.getswitchinterval(), pool.maxThreadCount())
        gc.disable()
        sys.setswitchinterval(min(START_SWITCH_INTERVAL, _restore[1]))
        pool.setMaxThreadCount(1)  # the jobs queued meanwhile run in the order started


def release() -> None:
    """That phase has ended (ready, failed or closed); the last one restores the interpreter."""
    global _holders, _restore, _frozen
    if _holders == 0:
        return
    _holders -= 1
    if _holders or _restore is None:
        return
    from PySide6.QtCore import QThreadPool

    enabled, interval, threads = _restore
    _restore = None
    QThreadPool.globalInstance().setMaxThreadCount(threads)
    sys.setswitchinterval(interval)
    if not _frozen:
        _frozen = True
        gc.freeze()
    if enabled:
        gc.enable()


def held() -> bool:
    """Whether a window's start-up holds the collector off now."""
    return _holders > 0


class StartPhase:
    """One window's start-up phase: begun once, ended once (ready, failed or closed)."""

    def __init__(self) -> None:
        self._state = "before"

    def begin(self) -> None:
        if self._state == "before":
            self._state = "on"
            hold()

    def end(self) -> None:
        if self._state == "on":
            self._state = "after"
            release()
