"""What the CMS and Pexip clients share: their session, the one request path, the candidate loop."""

from __future__ import annotations

import enum
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, ClassVar, Self

import requests
from requests.auth import AuthBase

from vardmote_desktop.domain.naming import RoomAddress, new_room_address
from vardmote_desktop.domain.room_tag import MARK
from vardmote_desktop.platforms.base import PlatformConflict, PlatformError, PlatformRoom
from vardmote_desktop.platforms.http import (
    DEFAULT_DEADLINE,
    Deadline,
    RetryPolicy,
    Timeout,
    call_with_retries,
    make_session,
    send,
)
from vardmote_desktop.platforms.transport_security import require_secure

# Written to every room we create (CMS cdrTag, Pexip tag): how listing and the create-recovery
# tell our rooms from everyone else's on a shared server.
# Rooms made since the log got an identity carry domain/room_tag.py's versioned form instead.
OWNER_TAG = MARK
# How many fresh addresses one name tries when the server already has the drawn ones.
MAX_ADDRESS_ATTEMPTS = 5

Form = dict[str, str]  # a CMS form body
Json = dict[str, Any]  # a Pexip JSON body
Params = dict[str, str | int]  # a query string


class Clash(enum.Enum):
    """Why the server refused a candidate: its name, or its URI / call ID, is taken."""

    NAME = "name"
    ADDRESS = "address"


class ApiClient:
    """Base of the server clients; subclasses implement _create, _error and the other calls."""

    ACCEPT: ClassVar[str]  # the media type the API answers in

    def __init__(
        self,
        username: str,
        password: str,
        *,
        video_domain: str,
        session: requests.Session | None,
        ca_bundle: str | os.PathLike[str] | None,
        timeout: Timeout,
        max_retries: int,
        sleep: Callable[[float], None],
        owner_tag: str,
    ) -> None:
        # Basic by default; a client may put an OAuth2 bearer auth here instead (pexip.py).
        self._auth: tuple[str, str] | AuthBase = (username, password)
        self._video_domain = video_domain.strip().lower()
        self._owns_session = session is None
        self._session = session if session is not None else make_session(ca_bundle=ca_bundle)
        self._timeout = timeout
        self._policy = RetryPolicy(max_retries=max_retries)
        # Subclasses pass self._sleep to call_with_retries: every backoff wait then keeps to
        # the operation's deadline and wakes on its cancel.
        self._wait = sleep
        self._sleep = self._sleep_within_deadline
        self._owner_tag = owner_tag
        # The whole of one operation (create_room with its look-ups and retries included).
        self.deadline_seconds = DEFAULT_DEADLINE
        self._current = threading.local()
        self._running: set[Deadline] = set()
        self._running_lock = threading.Lock()

    def close(self) -> None:
        """Close the session if this client made it (a passed-in one belongs to the caller)."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- deadline and cancel ------------------------------------------------------------------

    @contextmanager
    def operation(self) -> Iterator[Deadline]:
        """The deadline of the operation this thread runs; the outermost call starts it.

        Every request, retry and backoff wait inside shares it, so nesting (a create's
        recovery look-ups, each with retries of its own) can never add up past it.
        """
        current: Deadline | None = getattr(self._current, "deadline", None)
        if current is not None:
            yield current
            return
        deadline = Deadline(self.deadline_seconds)
        with self._running_lock:
            self._running.add(deadline)
        self._current.deadline = deadline
        try:
            yield deadline
        finally:
            self._current.deadline = None
            with self._running_lock:
                self._running.discard(deadline)

    def cancel(self) -> None:
        """Stop every operation now waiting on the server (any thread); each raises
        PlatformCancelled within a fraction of a second."""
        with self._running_lock:
            running = list(self._running)
        for deadline in running:
            deadline.cancel()

    def _sleep_within_deadline(self, seconds: float) -> None:
        deadline: Deadline | None = getattr(self._current, "deadline", None)
        if deadline is None:
            self._wait(seconds)
        elif self._wait is time.sleep:
            deadline.sleep(seconds)  # wakes on the cancel
        else:
            if seconds >= deadline.remaining():
                deadline.sleep(seconds)  # raises: the wait would end past the deadline
            self._wait(seconds)  # a test's own clock
            deadline.check()

    # -- HTTP: the one request path of both clients ----------------------------------------

    def _call(
        self,
        method: str,
        url: str,
        *,
        data: Form | None = None,
        json: Json | None = None,
        params: Params | None = None,
    ) -> requests.Response:
        """_request, retried with backoff while the server stays busy.

        A create does not come here: it retries through call_with_retries itself, looking
        for the room a failed-looking attempt may have made before each retry.
        """
        with self.operation():
            return call_with_retries(
                lambda: self._request(method, url, data=data, json=json, params=params),
                policy=self._policy,
                sleep=self._sleep,
            )

    def _request(
        self,
        method: str,
        url: str,
        *,
        data: Form | None = None,
        json: Json | None = None,
        params: Params | None = None,
    ) -> requests.Response:
        """One authenticated request (deadline, size cap, no redirects: http.send); non-2xx raises.

        The body is read before returning, so the connection goes back to the pool.
        """
        require_secure(url)  # Basic credentials never travel over plain http
        with self.operation() as deadline:
            response = send(
                self._session,
                method,
                url,
                timeout=self._timeout,
                deadline=deadline,
                auth=self._auth,
                headers={"Accept": self.ACCEPT},
                data=data,
                json=json,
                params=params,
            )
        with response:
            _ = response.content
            if 200 <= response.status_code < 300:
                return response
            raise self._error(response, method, url)

    def _error(self, response: requests.Response, method: str, url: str) -> PlatformError:
        """The typed error for a non-2xx answer (each API words its failures its own way)."""
        raise NotImplementedError

    # -- creating ---------------------------------------------------------------------------

    def create_room(
        self,
        name_candidates: Iterable[str],
        addresses: Callable[[str], RoomAddress] | None = None,
        tag: str | None = None,
    ) -> PlatformRoom:
        """The first candidate name free on the server becomes the room (never a reused one).

        Each name gets a freshly drawn address; one the server reports in use (looked up first,
        or refused at create) is never retried: the next draw replaces it.
        """
        with self.operation():
            return self._create_first_free(name_candidates, addresses, tag)

    def _create_first_free(
        self,
        name_candidates: Iterable[str],
        addresses: Callable[[str], RoomAddress] | None,
        tag: str | None,
    ) -> PlatformRoom:
        draw = addresses or new_room_address
        mark = tag or self._owner_tag
        tried: list[str] = []
        for name in name_candidates:
            tried.append(name)
            if self._name_taken(name):
                continue
            for _ in range(MAX_ADDRESS_ATTEMPTS):
                address = draw(name)
                if self._address_taken(address):
                    continue
                outcome = self._create(name, address, mark)
                if isinstance(outcome, PlatformRoom):
                    return outcome
                if outcome is Clash.NAME:
                    break
            else:
                raise PlatformConflict(f"{MAX_ADDRESS_ATTEMPTS} addresses taken for {name!r}")
        raise PlatformConflict(f"no free room name among {tried!r}")

    def _name_taken(self, name: str) -> bool:
        """True when a room by this exact name exists on the server (anyone's)."""
        raise NotImplementedError

    def _address_taken(self, address: RoomAddress) -> bool:
        """True when the server already has this URI or call ID (checked before the create)."""
        raise NotImplementedError

    def _create(self, name: str, address: RoomAddress, tag: str) -> PlatformRoom | Clash:
        """Create the room; a Clash when the server refused the name or the address."""
        raise NotImplementedError
