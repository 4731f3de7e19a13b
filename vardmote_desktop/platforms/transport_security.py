"""Credentials travel only over TLS: a server address for Basic auth or OAuth2 must be https.

One exception, named here so that it stays honest: plain http to this PC itself (127.0.0.1,
::1, localhost). Such traffic never leaves the machine, and the loopback emulators the tests
run against (tests/helpers) listen there; an http:// address of any other host is refused.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from vardmote_desktop.platforms.base import PlatformError

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class InsecureServerAddress(PlatformError):
    """The server address is http:// (not this PC): the password would travel in clear."""


def is_loopback(url: str) -> bool:
    return (urlsplit(url).hostname or "").lower() in LOOPBACK_HOSTS


def require_secure(url: str) -> None:
    """Refuse to send credentials to url unless it is https (or loopback, see above)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme == "https" or (scheme == "http" and is_loopback(url)):
        return
    raise InsecureServerAddress(f"credentials are sent over https only, not {scheme}://")
