"""One import for the service layer: every repository of the store, each in its own module."""

from __future__ import annotations

from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.events import EventRepository, allow_event_deletion
from vardmote_desktop.store.meetings import MeetingGroups, MeetingRepository
from vardmote_desktop.store.rooms import RoomRepository
from vardmote_desktop.store.units import UnitRepository, allocate_room_number, get_or_create_unit

__all__ = [
    "DraftRepository",
    "EventRepository",
    "MeetingGroups",
    "MeetingRepository",
    "RoomRepository",
    "UnitRepository",
    "allocate_room_number",
    "allow_event_deletion",
    "get_or_create_unit",
]
