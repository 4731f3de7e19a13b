"""Reading Pexip Infinity's status API: who is in (or waiting for) a VMR right now."""

from __future__ import annotations

import secrets
from typing import Any

from vardmote_desktop.platforms.base import PlatformInvalidAnswer

STATUS_PATH = "/api/admin/status/v1/"
# Enough for one meeting's people in one page; more than this is a call going on anyway.
PARTICIPANT_PAGE = 100
DOOR_PIN_DIGITS = 10


def people(page: dict[str, Any], conference_name: str) -> int:
    """People in the conference, waiting ones included, each counted once.

    One web client can appear twice (signalling and media) linked by parent_id: the pair
    counts as one. An object naming another conference is not counted (a server that
    ignored the filter must not keep our room alive, nor hide a call in it).
    """
    objects = page.get("objects")
    meta = page.get("meta")
    if not isinstance(objects, list) or not isinstance(meta, dict):
        raise PlatformInvalidAnswer("participant status without objects/meta")
    seen: set[object] = set()
    for entry in objects:
        if not isinstance(entry, dict) or entry.get("conference") != conference_name:
            continue
        seen.add(entry.get("parent_id") or entry.get("id"))
    total = meta.get("total_count")
    if isinstance(total, int) and total > len(objects):
        # More than one page: the rest are people too (never fewer than one page shows).
        return max(len(seen), total - (len(objects) - len(seen)))
    return len(seen)


def new_pin() -> str:
    """A fresh PIN nobody was given (4–20 digits on Pexip)."""
    return "".join(secrets.choice("0123456789") for _ in range(DOOR_PIN_DIGITS))
