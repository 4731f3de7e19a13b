"""OAuth2 client credentials for the Pexip management API: a bearer token, cached and renewed.

Least privilege: IT creates an OAuth2 client on the Management Node whose role may only manage
VMRs, and stores its secret once on the PC (`vardmote-desktop store-credential`). The site
names it as the API account ``oauth2:<client id>``. A token is fetched from the token endpoint
(RFC 6749 §4.4, the client authenticated with HTTP Basic, so https only), reused until shortly
before it expires, and fetched again once when the server answers 401 to a cached token.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import requests
from requests.auth import AuthBase

from vardmote_desktop.platforms.base import (
    PlatformAuthError,
    PlatformInvalidAnswer,
    PlatformUnavailable,
)
from vardmote_desktop.platforms.http import DEFAULT_TIMEOUT, Timeout, send
from vardmote_desktop.platforms.transport_security import require_secure

ACCOUNT_PREFIX = "oauth2:"  # server_user "oauth2:<client id>" selects this flow
# The Management Node's token endpoint, relative to its origin (Pexip's OAuth2 clients for the
# management API). Verify against the installed Infinity release before a rollout.
TOKEN_PATH = "/oauth/token/"
RENEW_BEFORE_SECONDS = 30.0  # fetch a new token this long before the old one runs out
DEFAULT_LIFETIME_SECONDS = 300.0  # when the answer names no expires_in
_RETRIED = "vardmote_oauth2_retried"


def oauth2_client_id(account: str) -> str | None:
    """The client id when the API account names an OAuth2 client, else None (Basic auth)."""
    if account.startswith(ACCOUNT_PREFIX) and len(account) > len(ACCOUNT_PREFIX):
        return account[len(ACCOUNT_PREFIX) :]
    return None


class ClientCredentialsAuth(AuthBase):
    """requests auth that sends ``Authorization: Bearer …`` with a cached, renewed token."""

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        session: requests.Session,
        timeout: Timeout = DEFAULT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        require_secure(token_url)  # the client secret travels in the token request
        self._token_url = token_url
        self._client = (client_id, client_secret)
        self._session = session
        self._timeout = timeout
        self._clock = clock
        self._token: str | None = None
        self._renew_at = 0.0
        self.fetched = 0  # tokens fetched so far (support and tests read it)

    def token(self) -> str:
        """A token valid for a while yet: the cached one, or a new one from the endpoint."""
        if self._token is None or self._clock() >= self._renew_at:
            self._fetch()
        assert self._token is not None
        return self._token

    def forget(self) -> None:
        """Drop the cached token (the server refused it)."""
        self._token = None

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        request.register_hook("response", self._renew_on_401)  # type: ignore[no-untyped-call]
        return request

    def _renew_on_401(self, response: requests.Response, **kwargs: Any) -> requests.Response:
        # A token revoked or expired early: one new token and one resend, never a loop.
        if response.status_code != 401 or getattr(response.request, _RETRIED, False):
            return response
        self.forget()
        _ = response.content
        response.close()
        retry = response.request.copy()
        setattr(retry, _RETRIED, True)
        retry.headers["Authorization"] = f"Bearer {self.token()}"
        renewed: requests.Response = response.connection.send(retry, **kwargs)
        renewed.history.append(response)
        renewed.request = retry
        return renewed

    def _fetch(self) -> None:
        started = self._clock()
        response = send(
            self._session,
            "POST",
            self._token_url,
            timeout=self._timeout,
            auth=self._client,
            data={"grant_type": "client_credentials"},
            headers={"Accept": "application/json"},
        )
        with response:
            if response.status_code in (400, 401, 403):
                raise PlatformAuthError("the OAuth2 client was refused a token")
            if not 200 <= response.status_code < 300:
                raise PlatformUnavailable(f"token endpoint answered {response.status_code}")
            try:
                answer = response.json()
                token = str(answer["access_token"])
                kind = str(answer.get("token_type", "bearer"))
                lifetime = float(answer.get("expires_in", DEFAULT_LIFETIME_SECONDS))
            except (ValueError, KeyError, TypeError) as exc:
                raise PlatformInvalidAnswer("the token endpoint's answer is not a token") from exc
        if kind.lower() != "bearer" or not token:
            raise PlatformInvalidAnswer(f"unexpected token type {kind!r}")
        self._token = token
        self._renew_at = started + max(0.0, lifetime - RENEW_BEFORE_SECONDS)
        self.fetched += 1
