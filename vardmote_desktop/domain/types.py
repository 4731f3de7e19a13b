"""The domain's vocabulary as enums: meeting types, modes, channels and states (glossary.md)."""

from __future__ import annotations

from enum import StrEnum

# Defined with the site profiles, which are read before the first paint: there the other enums
# here would cost more than the rest of the profile (issue 14). The same classes, re-exported.
from vardmote_desktop.domain.profile_types import Channel as Channel
from vardmote_desktop.domain.profile_types import MeetingType as MeetingType
from vardmote_desktop.domain.profile_types import PlatformKind as PlatformKind


class MeetingMode(StrEnum):
    """*Mötesform*: how the participants meet."""

    DIGITAL = "digital"  # planerat digitalt: everyone joins by video
    PARTLY_DIGITAL = "partly_digital"  # delvis digitalt: physical meeting, some join by video
    PHYSICAL = "physical"  # fysiskt: video judged unsuitable
    PHONE = "phone"  # telefon: video judged unsuitable


class MeetingStatus(StrEnum):
    """Where a meeting is in its life."""

    PLANNED = "planned"
    # *Genomfört*: set only by the automatic run once the planned end has passed and a call
    # was seen in our server room (domain/room_calls.py, services/lifecycle.py), never before
    # the end, so "over" still comes from the planned end. *Starta mötet* records `held_at`
    # and leaves the status PLANNED; manual rooms are never set HELD automatically.
    # What the user reads follows *Starta mötet* too: *Pågår*, then *Genomfört* after the planned
    # end (domain/meeting_state.py).
    HELD = "held"
    CANCELLED = "cancelled"  # Ställ in mötet: its room must still be deleted


class RoomState(StrEnum):
    """*Mötesrum*'s life: it exists until someone deletes it."""

    ACTIVE = "active"
    DELETED = "deleted"
    EXTERNAL = "external"  # not ours to delete


class DeliveryState(StrEnum):
    """*Bekräftelse* states of one recipient."""

    NOT_SENT = "not_sent"  # ej skickad
    SENT = "sent"  # skickad
    CONFIRMED = "confirmed"  # bekräftad
    CANNOT_ATTEND = "cannot_attend"  # kan inte delta (förhinder)


class OrganisationKind(StrEnum):
    """Which side of the meeting a participant belongs to."""

    REGION = "region"
    MUNICIPALITY = "municipality"
    OTHER = "other"


class EventAction(StrEnum):
    """What one history event (*händelse*) records.

    The values are stored in `events.action` of every log, so they never change; a new action
    gets a new value.
    """

    MEETING_BOOKED = "meeting_booked"
    JUDGED_UNSUITABLE = "judged_unsuitable"  # video judged unsuitable: logged without a room
    ROOM_NUMBER_RESERVED = "room_number_reserved"  # app-wide: the unit's counter moved on
    ROOM_RECORDED = "room_recorded"  # the booked meeting's room (ours or the municipality's)
    ROOM_CREATED = "room_created"  # app-wide: created on the server before the booking
    ROOM_DELETED = "room_deleted"  # details["how"] is a DeletionKind
    # App-wide: the address and call ID drawn for a room the user makes by hand, kept so that a
    # resumed draft shows the same ones.
    ROOM_ADDRESS_RESERVED = "room_address_reserved"
    CHANNEL_CHOSEN = "channel_chosen"
    DELIVERY_SENT = "delivery_sent"
    DELIVERY_CONFIRMED = "delivery_confirmed"  # details["how"] is a ConfirmedHow
    CANNOT_ATTEND = "cannot_attend"  # förhinder
    PARTICIPANT_REPLACED = "participant_replaced"  # byt till ersättare
    MEETING_STARTED = "meeting_started"
    MEETING_CANCELLED = "meeting_cancelled"
    RETENTION_PURGE = "retention_purge"  # app-wide: gallring
    # Rooms that close themselves (services/lifecycle.py), actor "automatiskt (PC)":
    ROOM_DELETION_POSTPONED = "room_deletion_postponed"  # a call is going on: not deleted
    ROOM_DOOR_CLOSED = "room_door_closed"  # still going on long after its end: new passcode
    ROOM_DELETION_VERIFIED = "room_deletion_verified"  # read back: the server answers 404
    ROOM_DELETION_FAILED = "room_deletion_failed"  # details["reason"]; tried again later
    # What really happened in the room (domain/room_calls.py), actor "automatiskt (PC)" too:
    ROOM_CALL_SEEN = "room_call_seen"  # the first call seen in the room; details["participants"]
    MEETING_HELD = "meeting_held"  # a call was seen: *Genomfört*; details first/last/most seen
    NOBODY_JOINED = "nobody_joined"  # the room was watched and nobody came by the planned end
    # Changes after booking (services/meeting_changes.py); each resets the affected recipients'
    # deliveries to "must be re-sent" (DELIVERY_RESET, one per recipient):
    MEETING_RESCHEDULED = "meeting_rescheduled"  # details from/to (ISO, UTC) and minutes
    PARTICIPANT_ADDED = "participant_added"
    PARTICIPANT_REMOVED = "participant_removed"
    PARTICIPANT_EDITED = "participant_edited"  # details["fields"]: which fields, never values
    DELIVERY_RESET = "delivery_reset"  # the details must be sent again (details["channel"])
    MEETING_ENDED = "meeting_ended"  # started, and its planned end passed: *Genomfört*


class DeletionKind(StrEnum):
    """How a room came to be deleted; stored in `rooms.deleted_how` and the event's details."""

    API = "api"  # through the CMS/Pexip API
    MANUAL = "manual"  # the user deleted it in the vendor's app and confirmed it here
    ORPHAN = "orphan"  # a room on the server that no meeting in the log owned (reconcile)
    MISSING_ON_SERVER = "missing_on_server"  # already gone on the server when checked


class InvitationProblem(StrEnum):
    """Why a pasted invitation could not be read; ui/messages.py says each in Swedish."""

    NO_ADDRESS_OR_CALL_ID = "no_address_or_call_id"  # neither a video address nor a call ID
