"""The services one window needs, built once by app.py and passed into the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.services.changes import ChangeBus, ChangeWatcher
from vardmote_desktop.services.contacts import ContactService
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.history_check import HistoryService
from vardmote_desktop.services.invitations import InvitationService
from vardmote_desktop.services.lifecycle import RoomLifecycleService
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.services.reconcile import ReconcileService
from vardmote_desktop.services.reminders import ReminderService
from vardmote_desktop.services.retention import RetentionService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.statistics import StatisticsService


@dataclass
class AppContext:
    settings: Settings
    profile: SiteProfile
    meetings: MeetingService
    rooms: RoomService
    invitations: InvitationService
    followup: FollowUpService
    drafts: DraftService
    platforms: PlatformService  # the CMS/Pexip client factory, keyring status, settings test
    reconcile: ReconcileService  # *Städa rum*
    log: LogService  # the meeting log window and its export
    statistics: StatisticsService  # the statistics page
    retention: RetentionService  # *gallring*: run at start-up and on demand
    reminders: ReminderService  # the system tray's reminders
    database_label: str  # shown in the status bar; never holds a password
    close: Callable[[], None] = field(default=lambda: None)
    # Every change to the log, this process's and (through the watcher) other PCs'.
    changes: ChangeBus = field(default_factory=ChangeBus)
    watcher: ChangeWatcher | None = None
    # Rooms that close themselves: run on a timer by ui/room_lifecycle.py (None: not run).
    lifecycle: RoomLifecycleService | None = None
    # The unit's contacts and the wizard's last-used values (None: not offered).
    contacts: ContactService | None = None
    # *Kontrollera historiken*: the history's hash chain (None: not wired, e.g. a test's context).
    history: HistoryService | None = None
