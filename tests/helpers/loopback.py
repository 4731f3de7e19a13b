"""A loopback HTTP server base for the platform emulators: threads, Basic auth, injected faults."""

from __future__ import annotations

import base64
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlsplit


@dataclass
class Fault:
    """One injected misbehaviour, used by the next matching request.

    status: answer this instead of the real answer (None: answer normally).
    process: handle the request for real first, then answer `status` ("500 but created").
    stall: seconds to hang before anything else (ends early when the server stops).
    """

    status: int | None = None
    process: bool = False
    stall: float = 0.0
    method: str | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    """What the emulator saw, for tests to assert on."""

    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes
    headers: dict[str, str]


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class LoopbackServer:
    """A ThreadingHTTPServer on 127.0.0.1:<free port> run in a thread; subclasses route()."""

    def __init__(self, username: str = "api", password: str = "secret") -> None:
        self.username = username
        self.password = password
        self.requests: list[Request] = []
        self._faults: deque[Fault] = deque()
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- lifetime ---------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # ends every stall at once
        self._httpd.shutdown()
        self._httpd.server_close()
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

    # -- knobs ------------------------------------------------------------------------------
    def inject(self, fault: Fault, count: int = 1) -> None:
        """Queue `count` copies of a fault, used in order by the requests that match."""
        with self._lock:
            self._faults.extend(Fault(**vars(fault)) for _ in range(count))

    def fail(self, status: int, count: int = 1, *, method: str | None = None) -> None:
        self.inject(Fault(status=status, method=method), count)

    def stall(self, seconds: float, count: int = 1, *, method: str | None = None) -> None:
        self.inject(Fault(stall=seconds, method=method), count)

    def pending_faults(self) -> int:
        with self._lock:
            return len(self._faults)

    def requests_for(self, method: str) -> list[Request]:
        return [r for r in self.requests if r.method == method]

    # -- for subclasses ---------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        raise NotImplementedError

    def fault_body(self, status: int) -> bytes:
        return b""

    # -- plumbing ---------------------------------------------------------------------------
    def _take_fault(self, method: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.method in (None, method):
                    self._faults.remove(fault)
                    return fault
        return None

    def _authorised(self, header: str | None) -> bool:
        expected = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return header == f"Basic {expected}"

    def _handle(self, handler: BaseHTTPRequestHandler) -> Response:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        request = Request(
            method=handler.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            body=handler.rfile.read(length) if length else b"",
            headers={k.lower(): v for k, v in handler.headers.items()},
        )
        with self._lock:
            self.requests.append(request)
        if not self._authorised(handler.headers.get("Authorization")):
            return Response(401, b"", {"WWW-Authenticate": 'Basic realm="api"'})
        fault = self._take_fault(request.method)
        if fault is not None and fault.stall:
            self._stopping.wait(fault.stall)
        if fault is None or fault.status is None:
            with self._lock:
                return self.route(request)
        if fault.process:
            with self._lock:
                self.route(request)
        return Response(fault.status, fault.body or self.fault_body(fault.status), fault.headers)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body are separate writes: without this, Nagle plus delayed ACK adds
            # about 40 ms to every response.
            disable_nagle_algorithm = True

            def _serve(self) -> None:
                response = server._handle(self)
                try:
                    self.send_response(response.status)
                    for key, value in response.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(response.body)))
                    self.end_headers()
                    if response.body:
                        self.wfile.write(response.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout): what a real server sees too

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: object) -> None:
                return  # keep test output clean; requests are recorded in server.requests

        return Handler
