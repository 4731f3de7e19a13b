"""The mark every room we create carries on the server (CMS cdrTag, Pexip tag): whose, and when.

A unit's PCs share one video server but not always one log, so the room itself must say which
log made it and when its meeting ends; *Städa rum* on any PC reads that to leave other PCs'
live rooms alone. Format, version 1 (at most 86 characters: CMS allows 100 in a cdrTag):

    vardmote-desktop/1 o=<log id, hex> c=<created, UTC YYYYMMDDTHHMMZ> e=<planned end, same>

Reading is tolerant: fields are key=value in any order, unknown keys and later versions are
read for what they share, a field that cannot be read is taken as unknown. Rooms made before
version 1 carry exactly "vardmote-desktop": ours, but of unknown log and time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

MARK = "vardmote-desktop"
VERSION = 1
MAX_LENGTH = 100  # CMS cdrTag; Pexip's tag allows 250
_TIME_FORMAT = "%Y%m%dT%H%MZ"
_OWNER = re.compile(r"^[0-9a-f]{1,64}$")
_VERSIONED = re.compile(rf"^{re.escape(MARK)}/([0-9]{{1,4}})$")


@dataclass(frozen=True)
class RoomTag:
    """What the mark says; None where it does not say (an older or damaged mark)."""

    owner: str | None  # the creating log's LogIdentity.log_id
    created_at: datetime | None
    ends_at: datetime | None  # the meeting's planned end
    version: int = VERSION

    @property
    def legacy(self) -> bool:
        return self.version == 0


def format_tag(tag: RoomTag) -> str:
    """The text to store on the server; always written as the current version."""
    if tag.owner is None or not _OWNER.match(tag.owner):
        raise ValueError("a room tag needs the log's hex id")
    parts = [f"{MARK}/{VERSION}", f"o={tag.owner}"]
    if tag.created_at is not None:
        parts.append(f"c={_time(tag.created_at)}")
    if tag.ends_at is not None:
        parts.append(f"e={_time(tag.ends_at)}")
    text = " ".join(parts)
    if len(text) > MAX_LENGTH:
        raise ValueError("room tag longer than a CMS cdrTag allows")
    return text


def parse_tag(text: str | None) -> RoomTag | None:
    """The mark in a server's tag field, or None when the room is not ours."""
    if not text:
        return None
    words = text.split()
    if not words:
        return None
    if words == [MARK]:
        return RoomTag(owner=None, created_at=None, ends_at=None, version=0)
    head = _VERSIONED.match(words[0])
    if head is None:
        return None
    fields: dict[str, str] = {}
    for word in words[1:]:
        key, sep, value = word.partition("=")
        if sep and key not in fields:
            fields[key] = value
    owner = fields.get("o", "").lower()
    return RoomTag(
        owner=owner if _OWNER.match(owner) else None,
        created_at=_read_time(fields.get("c")),
        ends_at=_read_time(fields.get("e")),
        version=int(head.group(1)),
    )


def _time(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("room tag times must be aware (UTC)")
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def _read_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
