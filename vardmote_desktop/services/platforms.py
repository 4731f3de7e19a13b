"""The video platform this PC talks to (*videoplattform*): clients built with keyring passwords.

Every platform call in the application goes through `PlatformService.client()`, which builds a
fresh CMS or Pexip client for one use case and closes its HTTP session afterwards, so no socket
outlives the worker thread that opened it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import requests

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import PlatformKind
from vardmote_desktop.platforms.base import PlatformNotFound, VideoPlatform
from vardmote_desktop.platforms.cms import CiscoMeetingServer
from vardmote_desktop.platforms.credentials import CredentialStore, CredentialStoreError
from vardmote_desktop.platforms.http import DEFAULT_TIMEOUT, Timeout
from vardmote_desktop.platforms.pexip import PexipInfinity
from vardmote_desktop.services.base import SiteValues
from vardmote_desktop.services.errors import (
    CaBundleMissing,
    CredentialsUnavailable,
    PlatformNotConfigured,
)

SERVER_PLATFORMS = (PlatformKind.CMS, PlatformKind.PEXIP)
# An id no server hands out: reading it proves address, TLS and account with one request.
_PROBE_IDS = {PlatformKind.CMS: "00000000-0000-0000-0000-000000000000", PlatformKind.PEXIP: "0"}


@dataclass(frozen=True)
class KeyringStatus:
    """Where passwords are kept, for the settings dialog to tell the user."""

    persistent: bool  # False: no OS keyring, the password lasts this session only
    backend_name: str  # in words the user understands, e.g. "Windows Autentiseringshanteraren"


class PlatformService:
    """Builds the configured CMS or Pexip client; the password comes from the keyring only."""

    def __init__(
        self,
        settings: Settings,
        profile: SiteProfile,
        credentials: CredentialStore,
        *,
        session_factory: Callable[[], requests.Session] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._settings = settings
        self._profile = profile
        self._credentials = credentials
        self._session_factory = session_factory
        self._timeout = timeout
        self._max_retries = max_retries
        self._sleep = sleep
        # The clients now talking to the server, so cancel_calls can stop them from any thread.
        self._open_clients: set[CiscoMeetingServer | PexipInfinity] = set()
        self._open_lock = threading.Lock()

    @property
    def settings(self) -> Settings:
        return self._settings

    def apply(self, settings: Settings) -> None:
        """Use changed platform settings from now on (the settings dialog was accepted)."""
        self._settings = settings

    @property
    def kind(self) -> PlatformKind:
        try:
            return PlatformKind(self._settings.platform)
        except ValueError:
            return PlatformKind.MANUAL  # an unknown value in a site file: no server calls

    @property
    def uses_server(self) -> bool:
        """True when rooms are created through an API (CMS or Pexip), not by hand."""
        return self.kind in SERVER_PLATFORMS

    # -- credentials ---------------------------------------------------------------------------
    def keyring_status(self) -> KeyringStatus:
        try:
            return KeyringStatus(self._credentials.persistent, self._credentials.backend_name)
        except CredentialStoreError as exc:
            raise CredentialsUnavailable() from exc

    def save_password(self, platform: str, user: str, password: str) -> None:
        """Store the password in the keyring (or this session's memory when there is none)."""
        try:
            self._credentials.set_password(platform, user.strip(), password)
        except CredentialStoreError as exc:
            raise CredentialsUnavailable() from exc

    def has_password(self, platform: str, user: str) -> bool:
        return bool(user.strip()) and self._password(platform, user.strip()) is not None

    def _password(self, platform: str, user: str) -> str | None:
        try:
            return self._credentials.get_password(platform, user)
        except CredentialStoreError as exc:
            raise CredentialsUnavailable() from exc

    # -- clients -------------------------------------------------------------------------------
    def cancel_calls(self) -> None:
        """*Avbryt*: every platform call now waiting on the server, on any thread, stops at
        once with PlatformCancelled (each is bounded by its deadline anyway)."""
        with self._open_lock:
            clients = list(self._open_clients)
        for client in clients:
            client.cancel()

    @contextmanager
    def client(self, kind: PlatformKind | None = None) -> Iterator[VideoPlatform]:
        """The configured platform's client for one use case; kind must be the configured one.

        Raises PlatformNotConfigured when the platform is manual, another one than kind, or
        lacks a server address, account or password.
        """
        current = self.kind
        if current not in SERVER_PLATFORMS or (kind is not None and kind is not current):
            raise PlatformNotConfigured()
        settings = self._settings
        url = (settings.server_url or "").strip()
        user = (settings.server_user or "").strip()
        if not url or not user:
            raise PlatformNotConfigured()
        password = self._password(current.value, user)
        if not password:
            raise PlatformNotConfigured()
        with self._open(current, url, user, password, settings.ca_bundle) as client:
            yield client

    def test_connection(
        self,
        platform: str,
        url: str,
        user: str,
        password: str | None,
        ca_bundle: str | None = None,
    ) -> None:
        """Read one room that cannot exist: proves address, TLS and account, or raises why not.

        password None means the one already in the keyring. Raises the typed PlatformError
        (PlatformAuthError, PlatformUnavailable, PlatformInvalidAnswer for a URL that is not
        the API) or PlatformNotConfigured.
        """
        try:
            kind = PlatformKind(platform)
        except ValueError:
            raise PlatformNotConfigured() from None
        user = user.strip()
        if kind not in SERVER_PLATFORMS or not url.strip() or not user:
            raise PlatformNotConfigured()
        secret = password if password else self._password(kind.value, user)
        if not secret:
            raise PlatformNotConfigured()
        with self._open(kind, url.strip(), user, secret, ca_bundle) as client:
            try:
                client.get_room(_PROBE_IDS[kind])
            except PlatformNotFound:
                return  # the expected answer from a server that accepted us

    @contextmanager
    def _open(
        self, kind: PlatformKind, url: str, user: str, password: str, ca_bundle: str | None
    ) -> Iterator[VideoPlatform]:
        session = self._session_factory() if self._session_factory is not None else None
        try:
            client = self._build(kind, url, user, password, ca_bundle or None, session)
            with self._open_lock:
                self._open_clients.add(client)
            try:
                yield client
            finally:
                with self._open_lock:
                    self._open_clients.discard(client)
                client.close()
        finally:
            if session is not None:
                session.close()  # the client does not close a session it was given

    def _build(
        self,
        kind: PlatformKind,
        url: str,
        user: str,
        password: str,
        ca_bundle: str | None,
        session: requests.Session | None,
    ) -> CiscoMeetingServer | PexipInfinity:
        settings = self._settings
        domain = SiteValues.of(settings, self._profile).video_domain  # follows apply()
        try:
            if kind is PlatformKind.CMS:
                return CiscoMeetingServer(
                    url,
                    user,
                    password,
                    video_domain=domain,
                    web_base=settings.web_base,
                    ca_bundle=ca_bundle,
                    session=session,
                    timeout=self._timeout,
                    max_retries=self._max_retries,
                    sleep=self._sleep,
                )
            return PexipInfinity(
                url,
                user,
                password,
                video_domain=domain,
                webapp_base=settings.web_base,
                ca_bundle=ca_bundle,
                session=session,
                timeout=self._timeout,
                max_retries=self._max_retries,
                sleep=self._sleep,
            )
        except FileNotFoundError as exc:
            raise CaBundleMissing() from exc
        except ValueError as exc:  # not an http(s) base URL
            raise PlatformNotConfigured() from exc
