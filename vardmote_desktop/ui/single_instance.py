"""One running Vårdmöte per user and profile home: starting it again raises the open window.

A second window on the same log would let a nurse book from a stale overview and would fight
over the wizard's drafts, and on a busy ward a double-click on the icon is common. The first
instance listens on a local socket (a named pipe on Windows) whose name is derived from the
login and the profile home; a later start connects, asks for "raise" and exits.

The common case, the first start, must cost nothing before the first paint: it takes a lock
on a file and starts listening only later (`listen`, from a timer after the window is up). Only
a start that finds the lock held loads QtNetwork to ask the running one to raise its window.
On Linux and macOS the lock is the kernel's `flock` on `<name>.lock` in the temporary folder:
taken without waiting for the disk, and released by the OS however the process ends.
QLockFile, used before (and still on Windows), writes its PID into the file and on Unix
`fdatasync`s it on every start, and twice after a crash: on ext4 each waits for a journal
commit (0.3–4 ms measured here, longer behind other writers) and puts the process to sleep
before its first paint (issue 14). A release before this one that still runs holds the same
file with QLockFile, which takes the same `flock`, so each release sees the other's lock.

The name hashes the login and home with zlib's CRC-32 and Adler-32 (zlib is loaded with Qt
already; hashlib would load OpenSSL, 2–4 ms before the first paint). It needs to be stable and
opaque, not secret: the socket admits only this user. Releases before issue #14 used SHA-256,
and hashed the default folders' path where this one hashes a fixed word (`server_name`), so
while one of those still runs (an upgrade installed under an open window), the first start
of the new release does not find it and opens a second window, once; both work on the same log
as two PCs would, and the next start after the old one is closed is guarded again. 64 bits make
a clash of two logins or homes on one PC negligible; one would share a lock (another login's start
waits 10 s for an answer, then opens anyway, as with a guard that never answers).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
ACK = b"ok\n"
_TIMEOUT_MS = 2_000
# How long a second start keeps asking: the first one listens only once its window is up.
_FORWARD_FOR_S = 10.0


def server_name(login: str, home: Path | None) -> str:
    """The socket's name for this login and profile home; a hash keeps it short and opaque.

    `home` None: the per-user default folders (config.paths.instance_home), which the login
    names already; finding them takes platformdirs, too slow before the first paint.
    """
    where = "<per-user default>" if home is None else str(home.resolve())
    key = f"{login.casefold()}\0{where}".encode()
    return f"vardmote-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


class InstanceLock:
    """The lock one running instance holds: `flock` on POSIX, QLockFile on Windows.

    The file stays behind when the lock is dropped: removing it would let a start that had just
    opened it lock a file no later start can see.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._qt: QLockFile | None = None
        self.error = ""  # why the file could not be opened, for the guard's warning
        if sys.platform == "win32":  # no flock there: QLockFile as before (not measured)
            from PySide6.QtCore import QLockFile

            self._qt = QLockFile(str(path))
            self._qt.setStaleLockTime(0)  # stale only when its process is gone, never by age

    def try_lock(self) -> bool:
        """Whether this process holds the lock now (at once: no waiting)."""
        if self._qt is not None:
            return bool(self._qt.tryLock(0))
        if self._fd is not None:
            return True
        if sys.platform != "win32":  # always here; the check tells mypy fcntl exists
            import fcntl

            try:
                # Not O_EXCL: whoever made the file, the lock on it is what counts. Not
                # following a link: the temporary folder is shared with other logins.
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            except OSError as exc:  # e.g. another login's file of the same name
                self.error = f"{self.path}: {exc.strerror}"
                return False
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
            # Our PID as QLockFile's first line: an older release started after this process
            # has ended (a rollback) reads it, finds the process gone and takes the file.
            # Written, not synced: nothing depends on it surviving a power cut.
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n\n\n".encode())
            self._fd = fd
        return self._fd is not None

    def is_locked(self) -> bool:
        return self._qt.isLocked() if self._qt is not None else self._fd is not None

    def unlock(self) -> None:
        if self._qt is not None:
            if self._qt.isLocked():
                self._qt.unlock()
        elif self._fd is not None:
            os.close(self._fd)  # closing the only descriptor drops the flock
            self._fd = None


class SingleInstance(QObject):
    """Claims the name for this process, or hands the start over to the one holding it."""

    raiseRequested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None
        # tempfile's folder, not QDir.tempPath(): the same one in practice ($TMPDIR, %TEMP%),
        # known to be writable, and QDir is costly to load before the first paint.
        self._lock = InstanceLock(Path(tempfile.gettempdir()) / f"{name}.lock")
        self._error = ""

    def claim(self) -> bool:
        """True when this process is the one instance; False after asking the other to raise."""
        if self._lock.try_lock():
            return True  # the first start: listen() once the window is up
        deadline = time.monotonic() + _FORWARD_FOR_S
        while time.monotonic() < deadline:
            if self._forward():
                return False
            if self._lock.try_lock():
                return True  # the other one ended meanwhile
            time.sleep(0.1)
        # A running instance that never answers: the app still works with a second window,
        # which is better than none.
        log.warning(
            "single-instance guard unavailable: %s", self._error or self._lock.error or "no answer"
        )
        return True

    @property
    def listening(self) -> bool:
        """Whether later starts can reach this one (listen() has succeeded)."""
        return self._server is not None

    def listen(self) -> None:
        """Take calls from later starts; called after the first paint (QtNetwork loads here)."""
        if self._server is not None or not self._lock.is_locked():
            return
        from PySide6.QtNetwork import QLocalServer

        # We hold the lock, so a socket file still there was left by a crashed instance.
        QLocalServer.removeServer(self.name)
        if not self._listen():
            log.warning("single-instance guard unavailable: %s", self._error)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    # --- the second start ---------------------------------------------------------------------
    def _forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(_TIMEOUT_MS):
                return False
            _allow_foreground()
            socket.write(RAISE)
            socket.waitForBytesWritten(_TIMEOUT_MS)
            # The answer says the request was read; a hung instance still counts as running.
            socket.waitForReadyRead(_TIMEOUT_MS)
            socket.disconnectFromServer()
            return True
        finally:
            socket.deleteLater()

    # --- the first start ----------------------------------------------------------------------
    def _listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        # Only this user may connect: on a shared PC another login must not poke our window.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            self._error = server.errorString()
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        server = self._server
        while server is not None and (connection := server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return  # the rest of the line is still on its way
        if bytes(connection.readLine().data()) != RAISE:
            return  # not a request of ours: ignore rather than act on it
        connection.write(ACK)
        connection.flush()
        log.info("another start asked for this window; raising it")
        self.raiseRequested.emit()


def _allow_foreground() -> None:
    # Windows lets only the foreground process bring a window forward; the start the user just
    # made is that process, so it passes the right on to the running instance.
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)
