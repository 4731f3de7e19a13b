"""The main window's start after its list: built in steps, the services' workers all started, the
interpreter given back as it was, and a window closed on the way begins nothing more (issue 14).

The real start, driven as a person starts the app: the list is painted, the window's parts are
built in events of their own, the log's services open, and the window is ready to book. For that
phase the cyclic collector is off, the interpreter's switch interval short and the thread pool one
thread (ui/start_pauses.py); after it, or once the window is closed, all are back as they were.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_ready
from tests.ui.test_retention_after_list import filled_log, purge_of
from vardmote_desktop.ui import start_pauses
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.window_start import in_steps


def _interpreter() -> tuple[bool, float, int]:
    """The collector's state, the switch interval and the pool's threads at most."""
    return gc.isenabled(), sys.getswitchinterval(), QThreadPool.globalInstance().maxThreadCount()


@pytest.fixture
def interpreter() -> Iterator[tuple[bool, float, int]]:
    """The interpreter before the test; a test that fails leaves it so all the same."""
    before = _interpreter()
    yield before
    gc.enable() if before[0] else gc.disable()
    sys.setswitchinterval(before[1])
    QThreadPool.globalInstance().setMaxThreadCount(before[2])


def _window(launch: Callable[..., Launcher], tmp_path: Path) -> MainWindow:
    url = filled_log(tmp_path, 40)
    window = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", url).window
    assert window is not None
    return window


def test_ready_to_book_with_every_background_part_started_and_the_interpreter_as_before(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    tmp_path: Path,
    interpreter: tuple[bool, float, int],
) -> None:
    window = _window(launch, tmp_path)
    while_starting: list[tuple[bool, bool, float, int]] = []
    window.listShown.connect(lambda: while_starting.append((start_pauses.held(), *_interpreter())))
    told: list[str] = []
    for name in ("firstPainted", "listShown", "contextReady", "overviewShown", "settled"):
        getattr(window, name).connect(lambda name=name: told.append(name))
    wait_ready(qtbot, window)
    assert told == ["firstPainted", "listShown", "contextReady", "overviewShown"]
    # Then the background's modules on a worker; the purge starts only after them.
    qtbot.waitUntil(lambda: purge_of(window) is not None, timeout=10_000)
    assert told[-1] == "settled"
    assert while_starting == [(True, False, start_pauses.START_SWITCH_INTERVAL, 1)]
    # Every part that works in the background has started.
    assert window.changes is not None and window.changes.timer.isActive()
    tray = window.tools.tray
    assert tray is not None and tray.timer.isActive()
    context = window.context
    assert context is not None
    cleanup = window.tools.auto_cleanup
    assert (cleanup is not None and cleanup.timer.isActive()) == (context.lifecycle is not None)
    assert window.new_button.isEnabled()
    # And the interpreter is as it was.
    assert not start_pauses.held()
    assert _interpreter() == interpreter


def test_a_window_closed_once_its_list_is_shown_builds_and_opens_nothing_more(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    tmp_path: Path,
    interpreter: tuple[bool, float, int],
) -> None:
    window = _window(launch, tmp_path)
    with qtbot.waitSignal(window.listShown, timeout=20_000):
        window.show()
    window.close()  # the window's parts are being imported on a worker now
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert not window.built
    assert window.context is None  # the log's services were never opened
    assert not start_pauses.held()
    assert _interpreter() == interpreter


def test_the_steps_run_one_event_each_and_none_after_the_window_is_closed(qtbot: QtBot) -> None:
    ran: list[str] = []
    going = [True]

    def step(name: str, *, closes: bool = False) -> Callable[[], None]:
        def run() -> None:
            ran.append(name)
            if closes:
                going[0] = False

        return run

    first, second = step("first"), step("second", closes=True)
    in_steps(lambda: going[0], [first, second, step("third")])
    assert ran == ["first"]  # the next one in an event of its own
    qtbot.waitUntil(lambda: ran == ["first", "second"], timeout=5_000)
    # A 20 ms timer fires after the third step would have: it still has not run.
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5_000):
        timer.start(20)
    assert ran == ["first", "second"]


def test_what_ends_the_steps_runs_however_they_end(qtbot: QtBot) -> None:
    # The window's build freezes its painting between two steps: the thaw must come even when
    # the window closes meanwhile or a step fails, or the window would stay unpainted.
    ended: list[str] = []

    def done() -> None:
        ended.append("end")

    def fail() -> None:
        raise RuntimeError("a step that fails")

    in_steps(lambda: True, [lambda: ended.append("one")], done)
    qtbot.waitUntil(lambda: ended == ["one", "end"], timeout=5_000)

    ended.clear()
    going = [True]
    in_steps(lambda: going[0], [lambda: going.__setitem__(0, False), done], done)
    qtbot.waitUntil(lambda: ended == ["end"], timeout=5_000)  # stopped: only the end

    ended.clear()
    with pytest.raises(RuntimeError, match="a step that fails"):
        in_steps(lambda: True, [fail, lambda: ended.append("after")], done)
    assert ended == ["end"]


def test_the_window_paints_again_once_it_is_built(
    qtbot: QtBot, launch: Callable[..., Launcher], tmp_path: Path
) -> None:
    window = _window(launch, tmp_path)
    frozen: list[bool] = []
    window.listShown.connect(lambda: frozen.append(window.updatesEnabled()))
    wait_ready(qtbot, window)
    assert frozen == [True]  # the list painted before the build began
    assert window.built and window.updatesEnabled()


def test_nested_holds_give_the_interpreter_back_at_the_last_release(
    interpreter: tuple[bool, float, int],
) -> None:
    gc.enable()
    start_pauses.hold()
    start_pauses.hold()
    assert _interpreter() == (False, start_pauses.START_SWITCH_INTERVAL, 1)
    start_pauses.release()
    assert start_pauses.held() and not gc.isenabled()
    start_pauses.release()
    start_pauses.release()  # one too many: nothing more
    assert not start_pauses.held() and gc.isenabled()
    assert _interpreter()[1:] == interpreter[1:]


def test_a_collector_turned_off_before_stays_off(interpreter: tuple[bool, float, int]) -> None:
    gc.disable()
    phase = start_pauses.StartPhase()
    phase.begin()
    phase.end()
    phase.end()  # ended once only
    assert not gc.isenabled() and not start_pauses.held()
