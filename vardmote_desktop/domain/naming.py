"""Room naming (*rumsnamn*): the unit's name plus a number that only grows, and an address with a
random part, so that no address or call ID is ever handed out twice in the unit."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from vardmote_desktop.domain.privacy import find_identity_numbers

# The OS's cryptographic source: addresses must not be guessable from one another.
_SYSTEM_RANDOM = random.SystemRandom()

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


# A short random part in every address makes it unique by construction across the unit, even
# between PCs that each keep their own log. No 0/o, 1/l/i: it is read aloud and typed on remotes.
_SUFFIX_LETTERS = "abcdefghjkmnpqrstuvwxyz"
_SUFFIX_CHARS = _SUFFIX_LETTERS + "23456789"
SUFFIX_LENGTH = 5
CALL_ID_DIGITS = 9


@dataclass(frozen=True)
class RoomAddress:
    """What a room is dialled by: the URI user part (lower case, no domain) and the call ID."""

    uri_user: str
    call_id: str

    def video_address(self, domain: str) -> str:
        return f"{self.uri_user}@{domain.strip().lower()}"


def address_suffix(rng: random.Random | None = None) -> str:
    """'k3f9x': starts with a letter, so it never reads as part of the room number."""
    pick = (rng or _SYSTEM_RANDOM).choice
    return pick(_SUFFIX_LETTERS) + "".join(pick(_SUFFIX_CHARS) for _ in range(SUFFIX_LENGTH - 1))


def new_call_id(rng: random.Random | None = None, digits: int = CALL_ID_DIGITS) -> str:
    """Random digits kept as text (a leading 0 is allowed and kept).

    A candidate the privacy guard would take for a personnummer is drawn again: the guard
    refuses to store such text, so the room could never be recorded.
    """
    pick = (rng or _SYSTEM_RANDOM).choice
    while True:
        candidate = "".join(pick("0123456789") for _ in range(digits))
        if not find_identity_numbers(candidate):
            return candidate


def new_room_address(name: str, rng: random.Random | None = None) -> RoomAddress:
    """'HC Torsås 8' gives e.g. RoomAddress('hc.torsas.8.k3f9x', '059893656')."""
    return RoomAddress(f"{uri_user_part(name)}.{address_suffix(rng)}", new_call_id(rng))


def address_user_part(video_address: str) -> str:
    """'sip:HC.Torsas.8.k3f9x@Example.se' gives 'hc.torsas.8.k3f9x' (how the server stores it)."""
    text = video_address.strip()
    for scheme in ("sip:", "pexip://", "h323:"):
        if text.lower().startswith(scheme):
            text = text[len(scheme) :]
    return text.partition("@")[0].strip().lower()
