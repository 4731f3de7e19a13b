"""One Vårdmöte per user and profile home, proven with real processes like a double-click does."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_ready
from vardmote_desktop.config.identity import os_login
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.single_instance import server_name

READY = "window shown; opening the log"
RAISED = "another start asked for this window; raising it"


class App:
    """Starts `python -m vardmote_desktop` on one profile home; kills what it started."""

    def __init__(self, root: Path) -> None:
        self.home = root / "home"
        self.sockets = root / "sockets"
        self.sockets.mkdir()
        self.running: list[subprocess.Popen[bytes]] = []
        self.env = {
            **os.environ,
            "VARDMOTE_HOME": str(self.home),
            "VARDMOTE_SITE_DEFAULTS": str(root / "no-site-defaults.json"),
            "QT_QPA_PLATFORM": "offscreen",
            "TMPDIR": str(self.sockets),  # Qt's local sockets live here on Unix, not in /tmp
        }
        self.gui_args = ("--profile", "kalmar", "--unit", "HC Torsås")

    def start(self) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [sys.executable, "-m", "vardmote_desktop", *self.gui_args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.running.append(process)
        return process

    def run(self, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
        began = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "vardmote_desktop", *args],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        return done, time.monotonic() - began

    def log(self) -> str:
        path = self.home / "logs" / "vardmote.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def wait_log(self, line: str, count: int, timeout: float = 60) -> None:
        """Until the shared log file holds `line` `count` times (each start writes its own)."""
        deadline = time.monotonic() + timeout
        while self.log().count(line) < count:
            if time.monotonic() > deadline:
                pytest.fail(f"{line!r} not logged {count}×:\n{self.log()}")
            for process in self.running:
                if process.poll() not in (None, -9):
                    pytest.fail(f"the app exited with {process.returncode}:\n{self.log()}")
            time.sleep(0.1)

    def stop(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    started = App(tmp_path)
    try:
        yield started
    finally:
        started.stop()


def _eventually(check: Callable[[], bool], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_second_start_raises_the_first_and_exits(app: App) -> None:
    first = app.start()
    app.wait_log(READY, 1)

    second, seconds = app.run(*app.gui_args)

    assert second.returncode == 0, second.stderr
    assert seconds < 15  # "promptly": it never builds a window or opens the database
    app.wait_log(RAISED, 1, timeout=10)
    assert app.log().count(READY) == 1  # the second never got as far as its own window
    assert first.poll() is None  # the first one keeps running


def test_commands_run_while_the_window_is_open(app: App) -> None:
    app.start()
    app.wait_log("database migrated", 1)  # --check would otherwise race the first migration

    printed, _ = app.run("--print-settings", *app.gui_args)
    checked, _ = app.run("--check", *app.gui_args)

    assert printed.returncode == 0 and '"unit": "HC Torsås"' in printed.stdout, printed.stderr
    assert checked.returncode == 0 and checked.stdout.startswith("ok: "), checked.stderr
    assert RAISED not in app.log()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_killed_instance_does_not_block_the_next_start(app: App) -> None:
    crashed = app.start()
    app.wait_log(READY, 1)
    socket_file = app.sockets / server_name(os_login(), app.home / "data")
    # It listens once it is ready to book (or within 5 s): then it is killed, as in a crash.
    assert _eventually(socket_file.exists)
    crashed.kill()
    crashed.wait(timeout=30)
    assert socket_file.exists()  # what a crash leaves behind: the case under test

    restarted = app.start()
    app.wait_log(READY, 2)
    assert restarted.poll() is None

    # The restarted app holds the name now: a further start raises it.
    third, _ = app.run(*app.gui_args)
    assert third.returncode == 0, third.stderr
    assert _eventually(lambda: RAISED in app.log())
    assert restarted.poll() is None


def test_the_raise_request_brings_a_minimised_window_back(
    qtbot: QtBot, launch: Callable[..., Launcher]
) -> None:
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert window is not None
    wait_ready(qtbot, window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    launcher.raise_window()

    assert window.isVisible() and not window.isMinimized()


def test_the_name_is_stable_short_and_per_login_and_home(tmp_path: Path) -> None:
    # The same login (in any case) and home: the same name in every process and release after
    # #14; another login or home: another name. The fixed value pins the hash, so a change of
    # it (a second window during an upgrade, see ui/single_instance.py) is a deliberate one.
    home = tmp_path / "home"
    name = server_name("anna.s", home)
    assert server_name("Anna.S", home) == name
    assert server_name("anna.s", tmp_path / "home" / ".." / "home") == name
    assert len({name, server_name("bo", home), server_name("anna.s", tmp_path / "other")}) == 3
    assert len(name) <= 30 and name.startswith("vardmote-") and "anna" not in name
    if os.name == "posix":  # Windows adds a drive letter to the home
        assert server_name("anna.s", Path("/vardmote/home")) == "vardmote-5ee47fde51b407a9"


HOLD = """
import sys
from pathlib import Path
from PySide6.QtCore import QLockFile
from vardmote_desktop.ui.single_instance import InstanceLock
if sys.argv[1] == "qt":  # as a release before issue 14 holds it
    lock = QLockFile(sys.argv[2])
    lock.setStaleLockTime(0)
    held = lock.tryLock(0)
else:
    held = InstanceLock(Path(sys.argv[2])).try_lock()
print("held" if held else "refused", flush=True)
sys.stdin.readline()  # hold it until told to end
"""


def _holder(kind: str, path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, kind, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.skipif(sys.platform == "win32", reason="flock is the POSIX lock")
def test_the_lock_and_an_older_releases_qlockfile_exclude_each_other(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    from vardmote_desktop.ui.single_instance import InstanceLock

    path = tmp_path / "vardmote-test.lock"
    older = _holder("qt", path)  # an open window of the release before
    lock = InstanceLock(path)
    try:
        assert not lock.try_lock() and not lock.is_locked()
    finally:
        older.communicate("\n", timeout=30)
    assert lock.try_lock() and lock.is_locked()  # that window closed: this start is the one

    older_start = QLockFile(str(path))
    older_start.setStaleLockTime(0)
    assert not older_start.tryLock(0)  # an older release started now finds this one running
    lock.unlock()
    assert not lock.is_locked()
    assert path.exists()  # left behind, as after a crash: the older release must see past it
    assert older_start.tryLock(0)
    older_start.unlock()


@pytest.mark.skipif(sys.platform == "win32", reason="flock is the POSIX lock")
def test_a_killed_holder_leaves_the_lock_free_and_a_live_one_keeps_it(tmp_path: Path) -> None:
    from vardmote_desktop.ui.single_instance import InstanceLock

    path = tmp_path / "vardmote-test.lock"
    running = _holder("ours", path)
    assert not InstanceLock(path).try_lock()
    running.kill()
    running.communicate(timeout=30)
    assert path.exists()  # what the crash left: a file, but no lock on it
    lock = InstanceLock(path)
    assert lock.try_lock()
    assert lock.try_lock()  # again: still this process's, not refused by itself
    second = subprocess.run(
        [sys.executable, "-c", HOLD, "ours", str(path)],
        input="\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.stdout.strip() == "refused"
    lock.unlock()


@pytest.mark.skipif(sys.platform == "win32", reason="flock is the POSIX lock")
def test_a_lock_file_that_cannot_be_opened_is_named_in_the_warning(tmp_path: Path) -> None:
    from vardmote_desktop.ui.single_instance import InstanceLock

    target = tmp_path / "elsewhere"
    path = tmp_path / "vardmote-test.lock"
    path.symlink_to(target)  # planted in a shared temporary folder: not followed
    lock = InstanceLock(path)
    assert not lock.try_lock()
    assert not target.exists()
    assert str(path) in lock.error
