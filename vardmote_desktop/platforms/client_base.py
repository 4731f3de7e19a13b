"""What the CMS and Pexip clients share: their session's lifetime and the name-candidate loop."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Self

import requests

from vardmote_desktop.platforms.base import PlatformConflict, PlatformRoom
from vardmote_desktop.platforms.http import RetryPolicy, Timeout, make_session

# Written to every room we create (CMS cdrTag, Pexip tag): how listing and the create-recovery
# tell our rooms from everyone else's on a shared server.
OWNER_TAG = "vardmote-desktop"


class ApiClient:
    """Base of the server clients; subclasses implement _create_named and the other calls."""

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
        self._auth = (username, password)
        self._video_domain = video_domain.strip().lower()
        self._owns_session = session is None
        self._session = (
            session if session is not None else make_session(timeout=timeout, ca_bundle=ca_bundle)
        )
        self._timeout = timeout
        self._policy = RetryPolicy(max_retries=max_retries)
        self._sleep = sleep
        self._owner_tag = owner_tag

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

    def create_room(self, name_candidates: Iterable[str]) -> PlatformRoom:
        """The first candidate name free on the server becomes the room (never a reused one)."""
        tried: list[str] = []
        for name in name_candidates:
            tried.append(name)
            room = self._create_named(name)
            if room is not None:
                return room
        raise PlatformConflict(f"no free room name or address among {tried!r}")

    def _create_named(self, name: str) -> PlatformRoom | None:
        """Create under this name; None when the name or its address is taken on the server."""
        raise NotImplementedError
