"""Reading Cisco Meeting Server call answers: is a call going on in a coSpace (platforms.md)."""

from __future__ import annotations

import re
import secrets

from vardmote_desktop.platforms.base import PlatformInvalidAnswer
from vardmote_desktop.platforms.cms_xml import _root

_CALL_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")
# Counts a call's detail holds; in a cluster each Call Bridge reports its own share.
_PEOPLE = ("numParticipantsLocal", "numParticipantsRemote")
# Long enough that nobody guesses the new passcode of a door we closed.
DOOR_PASSCODE_DIGITS = 12


def calls_path(call_id: str) -> str:
    # Call ids come from the server; anything else must not reach the URL path.
    if not _CALL_ID.match(call_id):
        raise PlatformInvalidAnswer(f"not a call id: {call_id!r}")
    return f"calls/{call_id}"


def call_ids(body: bytes, space_id: str) -> list[str]:
    """The ids of the calls in `<calls>` that belong to this coSpace.

    coSpaceFilter already narrows the list; the coSpace element is re-checked so a server
    that ignores the filter cannot make us read someone else's call as ours (or miss ours).
    """
    root = _root(body)
    if root.tag != "calls":
        raise PlatformInvalidAnswer(f"expected <calls>, got <{root.tag}>")
    found = []
    for call in root.findall("call"):
        call_id = call.get("id")
        space = (call.findtext("coSpace") or "").strip()
        if call_id and (not space or space == space_id):
            found.append(call_id)
    return found


def people_in_call(body: bytes) -> int:
    """Participants of one call (`GET /calls/<id>`): local plus remote; 0 for an empty call."""
    root = _root(body)
    if root.tag != "call":
        raise PlatformInvalidAnswer(f"expected <call>, got <{root.tag}>")
    total = 0
    for tag in _PEOPLE:
        text = (root.findtext(tag) or "0").strip()
        if not text.isdigit():
            raise PlatformInvalidAnswer(f"{tag} is not a number: {text!r}")
        total += int(text)
    return total


def new_passcode() -> str:
    """A fresh passcode nobody was given: old invitations no longer open the room."""
    return "".join(secrets.choice("0123456789") for _ in range(DOOR_PASSCODE_DIGITS))
