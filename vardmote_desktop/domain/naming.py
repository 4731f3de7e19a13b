"""Room naming (*rumsnamn*): the unit's name plus a number that only grows, never reused."""

from __future__ import annotations

import re
import unicodedata

# Characters CMS keeps in a URI user part; it lower-cases anyway (platforms.md).
_URI_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def room_name(unit_name: str, number: int) -> str:
    """'HC Torsås' and 8 give 'HC Torsås 8' (the Kalmar routine's example)."""
    if number < 1:
        raise ValueError("room numbers start at 1")
    unit = " ".join(unit_name.split())
    if not unit:
        raise ValueError("the unit has no name")
    return f"{unit} {number}"


def uri_user_part(name: str) -> str:
    """'HC Torsås 8' gives 'hc.torsas.8': ASCII, lower case, dots for spaces.

    Swedish letters lose their diacritics (å→a, ä→a, ö→o) because video endpoints' on-screen
    keyboards and SIP URIs are unreliable beyond ASCII.
    """
    ascii_text = (
        unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    )
    parts = [p for p in _URI_UNSAFE.split(ascii_text) if p]
    slug = ".".join(parts)
    if not slug:
        raise ValueError("the name has no characters usable in a video address")
    return slug


def video_address(name: str, domain: str) -> str:
    """The address a video system dials: 'hc.torsas.8@ltkalmar.se'."""
    return f"{uri_user_part(name)}@{domain.strip().lower()}"
