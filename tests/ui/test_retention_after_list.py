"""The retention purge waits for the list, runs in the background, and stops when the app closes.

A log whose five years of history are mostly past the 12-month retention (benchmarks/fill.py
ends its history in mid-2026): the window shows its list first, then the purge works through
the backlog in batches in a process of its own (a day's few: on a worker); closing the window
stops it between batches, losing nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from benchmarks.fill import fill_engine
from tests.ui.conftest import wait_ready
from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.services.changes import Changes
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.models import Event, Meeting, StatisticsArchive
from vardmote_desktop.ui import background_purge
from vardmote_desktop.ui.background_purge import BackgroundPurge
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow

FILLED = 3000


def filled_log(tmp_path: Path, count: int = FILLED) -> str:
    """A SQLite log of `count` synthetic meetings (benchmarks/fill.py), history to mid-2026."""
    url = f"sqlite:///{tmp_path / 'backlog.db'}"
    engine = create_store_engine(url)
    try:
        fill_engine(engine, count, quiet=True)
    finally:
        engine.dispose()
    return url


def purge_of(window: MainWindow) -> BackgroundPurge | None:
    """The window's retention purge, once it has started (ui/after_ready.py)."""
    return None if window.after_ready is None else window.after_ready.purge


def purge_mode(window: MainWindow) -> str | None:
    """How it purges ("process" for a backlog, "thread" for a day's few), once it knows."""
    purge = purge_of(window)
    return None if purge is None else purge.mode


def counts(url: str) -> tuple[int, int]:
    """Meetings left in the log, and meetings counted in the retention archive."""
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            left = connection.scalar(select(func.count()).select_from(Meeting)) or 0
            archived = select(func.sum(StatisticsArchive.meetings + StatisticsArchive.cancelled))
            return left, connection.scalar(archived) or 0
    finally:
        engine.dispose()


def recorded_batches(url: str) -> int:
    """The purge's events: one per batch."""
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            action = Event.action == EventAction.RETENTION_PURGE
            return connection.scalar(select(func.count()).select_from(Event).where(action)) or 0
    finally:
        engine.dispose()


def meeting_ids(url: str) -> set[int]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            return set(connection.scalars(select(Meeting.id)))
    finally:
        engine.dispose()


def test_the_list_comes_first_then_the_backlog_is_purged_in_the_background(
    qtbot: QtBot, launch: Callable[..., Launcher], tmp_path: Path
) -> None:
    url = filled_log(tmp_path)
    started = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", url)
    window = started.window
    assert window is not None
    wait_ready(qtbot, window)
    assert window.meeting_list.group_count("past") == 200  # shown before any purge finished
    qtbot.waitUntil(lambda: not window.busy(), timeout=120_000)
    left, archived = counts(url)
    assert archived > FILLED // 2 and left + archived == FILLED


def test_closing_stops_the_purge_between_batches_and_loses_nothing(
    qtbot: QtBot, launch: Callable[..., Launcher], tmp_path: Path
) -> None:
    url = filled_log(tmp_path)
    started = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", url)
    window = started.window
    assert window is not None
    with qtbot.waitSignal(window.overviewShown, timeout=20_000):
        window.show()
    qtbot.waitUntil(lambda: purge_of(window) is not None)  # in the event after the list's
    purge = purge_of(window)
    assert purge is not None
    # The backlog's purge in its own process, a first batch of 200 done: then the window closes.
    qtbot.waitUntil(lambda: purge.busy() and counts(url)[1] > 0, timeout=60_000)
    assert purge.mode == "process"
    window.close()
    qtbot.waitUntil(lambda: not window.busy(), timeout=60_000)
    left, archived = counts(url)
    assert left + archived == FILLED
    assert 0 < archived < FILLED // 2  # stopped between batches, long before the end
    assert recorded_batches(url) == -(-archived // 200)  # each batch whole, with its event


def test_a_backlog_is_purged_without_reading_the_list_again_batch_by_batch(
    qtbot: QtBot, launch: Callable[..., Launcher], tmp_path: Path
) -> None:
    """Every batch of the purge is a commit and an event, heard here and on every other PC.
    The purge goes oldest first and each batch says how far it reached, so the list is read
    again only once a batch reaches a meeting it shows: the last one or two, not every one."""
    url = filled_log(tmp_path)
    started = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", url)
    window = started.window
    assert window is not None
    wait_ready(qtbot, window)
    assert window.changes is not None
    heard: list[Changes] = []
    read_again: list[str] = []
    window.changes.changed.connect(heard.append)
    window.overviewShown.connect(lambda: read_again.append("the whole list"))
    qtbot.waitUntil(lambda: purge_mode(window) is not None)
    assert purge_mode(window) == "process"  # a backlog
    qtbot.waitUntil(lambda: not window.busy(), timeout=120_000)
    left, archived = counts(url)
    assert archived > FILLED // 2 and left + archived == FILLED
    assert recorded_batches(url) >= archived // 200 >= 7  # batch by batch, each recorded
    window.changes.check()  # the last batches, heard as another PC's would be
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    heard_purges = [c for c in heard if c.purged_through is not None]
    assert heard_purges and all(c.remote and not c.everything for c in heard_purges)
    assert 1 <= len(read_again) <= 2  # the list read again for those reaching it only
    assert {row.id for row in window.meeting_list.shown()} <= meeting_ids(url)


def test_a_purged_meeting_in_the_list_leaves_it(
    qtbot: QtBot, launch: Callable[..., Launcher], tmp_path: Path
) -> None:
    """A small unit's list reaches back past the period: what the purge removes goes from it."""
    url = filled_log(tmp_path, count=120)  # five years: all the past meetings are listed
    started = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", url)
    window = started.window
    assert window is not None
    wait_ready(qtbot, window)
    listed = [row.id for row in window.meeting_list.shown()]
    qtbot.waitUntil(lambda: not window.busy(), timeout=60_000)
    assert purge_mode(window) == "thread"  # less than a batch
    left, archived = counts(url)
    assert archived > 0 and left + archived == 120
    qtbot.waitUntil(lambda: len(window.meeting_list.shown()) == left, timeout=10_000)
    assert len(listed) == 120 > left
    assert {row.id for row in window.meeting_list.shown()} == meeting_ids(url)


@pytest.mark.logs_errors  # the process's failure, logged before the purge falls back
@pytest.mark.parametrize("broken", ["missing", "failing", "answering something else"])
def test_a_backlog_whose_process_fails_is_purged_on_a_worker(
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    broken: str,
) -> None:
    """A program that cannot start (a broken install) or that fails (a frozen build without
    usable pipes): the purge still runs at this start, on a worker as before."""
    program = {
        "missing": (str(tmp_path / "no-such-program"), []),
        "failing": (sys.executable, ["-c", "import sys; sys.exit(1)"]),
        "answering something else": (sys.executable, ["-c", "print('Hej')"]),
    }[broken]
    monkeypatch.setattr(background_purge, "purge_program", lambda: program)
    url = filled_log(tmp_path)
    started = launch("--profile", "kalmar", "--unit", "HC Torsås", "--database", url)
    window = started.window
    assert window is not None
    wait_ready(qtbot, window)
    qtbot.waitUntil(lambda: purge_mode(window) == "thread")
    qtbot.waitUntil(lambda: not window.busy(), timeout=120_000)
    left, archived = counts(url)
    assert archived > FILLED // 2 and left + archived == FILLED
    said = {
        "missing": "did not start: FailedToStart",
        "failing": "ended with 1: no answer",
        "answering something else": "ended with 0: no answer",
    }[broken]
    assert any(said in record.getMessage() for record in caplog.records)
