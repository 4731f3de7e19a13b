"""The services one window needs, built once by app.py and passed into the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.services.invitations import InvitationService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.rooms import RoomService


@dataclass
class AppContext:
    settings: Settings
    profile: SiteProfile
    meetings: MeetingService
    rooms: RoomService
    invitations: InvitationService
    database_label: str  # shown in the status bar; never holds a password
    close: Callable[[], None] = field(default=lambda: None)
