"""HTTP plumbing for platform clients: safe sessions (timeouts, no redirects, TLS) and retries."""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests
import truststore
from requests.adapters import HTTPAdapter
from requests.models import PreparedRequest

from vardmote_desktop.platforms.base import (
    PlatformBusy,
    PlatformCancelled,
    PlatformInvalidAnswer,
    PlatformTimedOut,
    PlatformUnavailable,
)

T = TypeVar("T")

# (connect, read) seconds. Connect is short because an unreachable server should be reported
# quickly; read is longer because a busy CMS can take a while to answer a create.
Timeout = tuple[float, float]
DEFAULT_TIMEOUT: Timeout = (5.0, 30.0)
# The whole of one platform operation (a create with its look-ups, retries and waits): the
# user is never kept waiting longer than this, whatever the server does.
DEFAULT_DEADLINE = 45.0
# No answer of either API comes near this; a bigger one is refused, never read whole.
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
_CHUNK = 16 * 1024
# How often a waiting call looks at its cancel.
_POLL = 0.05
USER_AGENT = "vardmote-desktop"


class _TlsAdapter(HTTPAdapter):
    """Verifies every https connection of its session one way, whatever the environment says.

    Without a CA bundle: the OS trust store (truststore), and only it; requests would otherwise
    add certifi's bundle. With one: that file only. Either way REQUESTS_CA_BUNDLE or
    CURL_CA_BUNDLE in the environment, which requests lets override a session's verify, and a
    caller's verify= cannot loosen or replace the session's trust.
    """

    def __init__(self, ca_bundle: str | None) -> None:
        self._verify: str | bool = ca_bundle if ca_bundle is not None else True
        # A context per session, mounted on it: the ssl module is never patched globally.
        self._ssl_context = os_trust_context() if ca_bundle is None else None
        super().__init__()

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        if self._ssl_context is not None:
            pool_kwargs["ssl_context"] = self._ssl_context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        if self._ssl_context is not None:
            proxy_kwargs["ssl_context"] = self._ssl_context
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def send(self, request: PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs["verify"] = self._verify
        return super().send(request, *args, **kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn, url, verify, cert)  # type: ignore[no-untyped-call]
        if self._ssl_context is not None:
            conn.ca_certs = None  # certifi's bundle: the OS store alone decides
            conn.ca_cert_dir = None


def os_trust_context() -> ssl.SSLContext:
    """An SSL context that verifies against the operating system's trust store.

    truststore asks Windows' certificate store (macOS' keychain, OpenSSL's default store such
    as /etc/ssl/certs on Linux), so a region's CA that IT has installed there is trusted
    without a CA bundle path.
    """
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def make_session(*, ca_bundle: str | os.PathLike[str] | None = None) -> requests.Session:
    """A session for one platform: TLS verified by the OS trust store, or by the site's CA bundle.

    With ca_bundle the server is verified against that file only; without it, against the
    operating system's trust store. Timeouts and redirects are not the session's business:
    `send` enforces both on every call, whatever session it is given.
    """
    session = requests.Session()
    path: str | None = None
    if ca_bundle is not None:
        path = os.fspath(ca_bundle)
        # Checked now: requests would only say so at the first call, as a confusing OSError.
        if not os.path.isfile(path):
            raise FileNotFoundError(f"CA bundle not found: {path}")
    session.verify = path if path is not None else True
    session.mount("https://", _TlsAdapter(path))
    session.headers["User-Agent"] = USER_AGENT
    return session


class Deadline:
    """One overall time limit for a platform operation, with a cancel any thread may press."""

    def __init__(self, seconds: float = DEFAULT_DEADLINE) -> None:
        self.seconds = seconds
        self._ends = time.monotonic() + seconds
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def remaining(self) -> float:
        return max(0.0, self._ends - time.monotonic())

    def check(self) -> None:
        """Raise PlatformCancelled or PlatformTimedOut when the operation must stop now."""
        if self.cancelled:
            raise PlatformCancelled("the platform call was cancelled")
        if self.remaining() <= 0.0:
            raise PlatformTimedOut(f"no answer within the deadline of {self.seconds:g} s")

    def sleep(self, seconds: float) -> None:
        """Wait `seconds` unless the cancel or the deadline comes first (then raise)."""
        if seconds >= self.remaining():
            raise PlatformTimedOut(f"a retry would end after the deadline of {self.seconds:g} s")
        self._cancelled.wait(seconds)
        self.check()


class _Exchange:
    """One request and its capped body, run on a thread of its own so the caller can leave.

    A read timeout bounds only the silence between two packets: a server that drips one byte
    a second never trips it. The caller therefore waits for the exchange with the deadline and
    the cancel in view, and on leaving shuts the socket down, which ends the thread's read.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.done = threading.Event()
        self.response: requests.Response | None = None
        self.error: BaseException | None = None
        self.abandoned = False

    def run(self, send_request: Callable[[], requests.Response]) -> None:
        try:
            response = send_request()
            self.response = response
            self._read_body(response)
        except BaseException as exc:  # handed to the waiting caller, never lost
            self.error = exc
        finally:
            self.done.set()

    def _read_body(self, response: requests.Response) -> None:
        if response.raw is None:  # a response built in memory (a test double): nothing to read
            return
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise PlatformInvalidAnswer(f"answer of {declared} bytes refused")
        body = bytearray()
        for chunk in response.iter_content(_CHUNK):
            if self.abandoned:
                break
            body += chunk
            if len(body) > self.max_bytes:  # no Content-Length, or a compressed answer
                response.close()
                raise PlatformInvalidAnswer(f"answer over {self.max_bytes} bytes refused")
        response._content = bytes(body)  # what .content, .text and .json() read from now on
        response._content_consumed = True  # type: ignore[attr-defined]

    def abandon(self) -> None:
        """The caller left: wake the thread's read by shutting its socket down."""
        self.abandoned = True
        response = self.response
        if response is None or response.raw is None:
            return  # before any answer: the thread ends at its read timeout or the server's end
        connection = getattr(response.raw, "connection", None)
        sock = getattr(connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed: the read has ended anyway
                sock.shutdown(socket.SHUT_RDWR)
        response.close()


def send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: Timeout = DEFAULT_TIMEOUT,
    deadline: Deadline | None = None,
    max_bytes: int = MAX_RESPONSE_BYTES,
    **kwargs: Any,
) -> requests.Response:
    """One request with redirects off, a deadline and a size cap, failures mapped to ours.

    The one place these are enforced: every platform call goes through here, and the session
    may be a caller's own plain Session. A redirect could carry Basic-auth credentials to
    another host; a call without a deadline can hang a worker for ever, a slow-drip server
    included; an answer of hundreds of megabytes must not be read into memory. Passing
    allow_redirects is a TypeError, so no caller can turn redirects back on. The body is read
    (at most `max_bytes`) before this returns. `timeout` bounds connecting and each silence,
    `deadline` (its own DEFAULT_DEADLINE when not given) the whole call and its cancel.
    """
    limit = deadline if deadline is not None else Deadline()
    limit.check()
    left = limit.remaining()
    bounded = (min(timeout[0], left), min(timeout[1], left))

    def send_request() -> requests.Response:
        return session.request(
            method, url, timeout=bounded, allow_redirects=False, stream=True, **kwargs
        )

    exchange = _Exchange(max_bytes)
    worker = threading.Thread(
        target=exchange.run, args=(send_request,), name="vardmote-http", daemon=True
    )
    worker.start()
    while not exchange.done.wait(min(_POLL, max(limit.remaining(), 0.001))):
        if limit.cancelled or limit.remaining() <= 0.0:
            exchange.abandon()
            limit.check()
    error = exchange.error
    if error is None:
        assert exchange.response is not None
        return exchange.response
    if isinstance(error, requests.exceptions.SSLError):
        # A certificate problem does not go away by retrying: report it at once.
        raise PlatformUnavailable(f"TLS error talking to {url}: {error}") from error
    if isinstance(error, (requests.exceptions.Timeout, requests.exceptions.ConnectionError)):
        raise PlatformBusy(f"{method} {url} failed: {error}") from error
    if isinstance(error, requests.exceptions.RequestException):
        raise PlatformUnavailable(f"{method} {url} failed: {error}") from error
    raise error


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The Retry-After header as seconds (either form RFC 9110 allows), or None."""
    value = headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff: base_delay, 2×, 4×… capped at max_delay, at most max_retries retries."""

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number retry_number (0-based)."""
        delay = min(self.max_delay, self.base_delay * (2.0**retry_number))
        if retry_after is not None:
            # Honour the server's hint, but never wait longer than our own cap.
            delay = min(self.max_delay, max(delay, retry_after))
        return delay


def call_with_retries(
    attempt: Callable[[], T],
    *,
    policy: RetryPolicy,
    sleep: Callable[[float], None],
    before_retry: Callable[[], T | None] | None = None,
) -> T:
    """Run attempt, retrying on PlatformBusy with backoff; other errors pass straight through.

    before_retry runs before each retry (after the wait); if it returns a value, that is the
    result. Creates use it to look for an object a failed-looking attempt made after all, so a
    retry never creates twice. A PlatformBusy from before_retry counts as one more failure.
    """
    retries = 0
    pending_check = False
    while True:
        try:
            if pending_check and before_retry is not None:
                found = before_retry()
                if found is not None:
                    return found
            return attempt()
        except PlatformBusy as exc:
            if retries >= policy.max_retries:
                raise
            sleep(policy.delay(retries, exc.retry_after))
            retries += 1
            pending_check = True
