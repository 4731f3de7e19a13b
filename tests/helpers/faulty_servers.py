"""Misbehaving servers on 127.0.0.1 for the platform deadline tests: real sockets, no mocks.

- BlackHoleServer accepts every connection and never answers a byte.
- SlowDripServer answers 200 with its headers at once (or, with `drip_headers`, the headers
  too) and then one byte of body per `interval` seconds, for ever: no read timeout trips.
- HugeAnswerServer streams a body of `size` bytes (400 MB by default) as fast as the client
  reads, with or without a Content-Length; it never holds the body in memory itself.

Each runs in a daemon thread, counts its connections, and on stop() closes every socket, so
no client thread is left reading.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType
from typing import Self

_HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n"


class _TcpServer:
    """Accepts on 127.0.0.1:<free port>; each connection is served by `serve` in a thread."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.connections = 0
        self._stopping = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="faulty-server", daemon=True)

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        with self._lock:
            sockets = [self._listener, *self._sockets]
        for sock in sockets:
            with contextlib.suppress(OSError):  # the listener, or closed by the client
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # the listener was closed by stop()
            with self._lock:
                self.connections += 1
                self._sockets.append(conn)
            threading.Thread(target=self._serve_safely, args=(conn,), daemon=True).start()

    def _serve_safely(self, conn: socket.socket) -> None:
        # The client went away or stop() closed the socket: both are the end.
        with contextlib.suppress(OSError):
            self.serve(conn)

    def serve(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def _wait(self, seconds: float) -> bool:
        """Sleep; False when the server is stopping."""
        return not self._stopping.wait(seconds)


class BlackHoleServer(_TcpServer):
    """Connects, reads the request, answers nothing."""

    def serve(self, conn: socket.socket) -> None:
        conn.recv(65536)
        self._stopping.wait()


class SlowDripServer(_TcpServer):
    """One byte every `interval` seconds, after the headers (or within them)."""

    def __init__(self, interval: float = 1.0, *, drip_headers: bool = False) -> None:
        super().__init__()
        self.interval = interval
        self.drip_headers = drip_headers

    def serve(self, conn: socket.socket) -> None:
        conn.recv(65536)
        head = _HEADERS + b"Content-Length: 100000\r\n\r\n"  # plausible, under any cap
        if self.drip_headers:
            stream = head + b"<" * 100_000
        else:
            conn.sendall(head)
            stream = b"<" * 100_000
        for index in range(len(stream)):
            conn.sendall(stream[index : index + 1])
            if not self._wait(self.interval):
                return


class HugeAnswerServer(_TcpServer):
    """A body of `size` bytes, sent in 64 KB pieces as fast as the client takes them."""

    def __init__(self, size: int = 400 * 1024 * 1024, *, declare_length: bool = True) -> None:
        super().__init__()
        self.size = size
        self.declare_length = declare_length
        self.sent = 0

    def serve(self, conn: socket.socket) -> None:
        conn.recv(65536)
        length = f"Content-Length: {self.size}\r\n".encode() if self.declare_length else b""
        close = b"" if self.declare_length else b"Connection: close\r\n"
        conn.sendall(_HEADERS + length + close + b"\r\n")
        piece = b"x" * 65536
        while self.sent < self.size and not self._stopping.is_set():
            conn.sendall(piece)
            self.sent += len(piece)
        conn.close()
