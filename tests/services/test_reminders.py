"""Reminders with a fake clock: each kind at the right time, each shown once, nothing personal."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tests.services.conftest import Store
from tests.store.test_statistics import add_meeting
from vardmote_desktop.domain.room_lifecycle import CleanupState, ReminderStage
from vardmote_desktop.domain.types import MeetingStatus, PlatformKind, RoomState
from vardmote_desktop.services.reminders import Reminder, ReminderKind, ReminderService
from vardmote_desktop.store.log_summary import refresh_meeting_summary
from vardmote_desktop.store.models import Room
from vardmote_desktop.store.unit_models import RoomCleanup

PLANNED = MeetingStatus.PLANNED


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def ids(store: Store) -> dict[str, int]:
    with store.factory() as session:
        made = {
            # The clock starts at 2026-12-01 08:00.
            "soon": add_meeting(session, at(1, 8, 10), status=PLANNED, confirmed_after=(5,)),
            "unconfirmed": add_meeting(
                session, at(1, 20), status=PLANNED, confirmed_after=(5, None)
            ),
            "far": add_meeting(session, at(5, 9), status=PLANNED, confirmed_after=(None,)),
            "left": add_meeting(session, at(1, 6), room=RoomState.ACTIVE),
            "deleted": add_meeting(
                session, at(1, 6, 30), room=RoomState.DELETED, deleted_at=at(1, 7, 45)
            ),
        }
        session.commit()
        return {name: meeting.id for name, meeting in made.items()}


def test_each_kind_is_due_at_its_time_and_shown_once(store: Store) -> None:
    meeting = ids(store)
    service = ReminderService(store.factory, store.settings, store.profile, zone=UTC)

    first = service.due(store.clock())
    assert [(r.kind, r.meeting_id) for r in first] == [
        (ReminderKind.STARTING_SOON, meeting["soon"]),
        (ReminderKind.UNCONFIRMED, meeting["unconfirmed"]),
        (ReminderKind.ROOM_NOT_DELETED, meeting["left"]),
    ]
    assert first[2].room_name is not None and first[2].room_name.startswith("Enhet Statistik")
    assert first[0].code == "starting_soon"
    assert service.due(store.clock()) == []  # each reminder once per session

    # Four days on, the far meeting's unconfirmed recipient is close, and the manual room
    # left since the first morning has escalated: only those are new.
    store.clock.advance(days=4)
    later = service.due(store.clock())
    assert [(r.kind, r.meeting_id, r.stage) for r in later] == [
        (ReminderKind.UNCONFIRMED, meeting["far"], None),
        (ReminderKind.ROOM_NOT_DELETED, meeting["left"], ReminderStage.NEXT_MORNING),
    ]
    # pending() still lists everything due, shown or not (the tray menu uses it).
    assert (ReminderKind.ROOM_NOT_DELETED, meeting["left"]) in {
        (r.kind, r.meeting_id) for r in service.pending(store.clock())
    }


def test_a_new_session_shows_them_again(store: Store) -> None:
    ids(store)
    first = ReminderService(store.factory, store.settings, store.profile, zone=UTC).due(
        store.clock()
    )
    again = ReminderService(store.factory, store.settings, store.profile, zone=UTC).due(
        store.clock()
    )
    assert first == again and len(first) == 3


def test_reminders_carry_nothing_about_people() -> None:
    names = {f.name for f in fields(Reminder)}
    assert names == {
        "kind",
        "meeting_id",
        "meeting_type",
        "starts_at",
        "room_name",
        "cancelled",
        "stage",
    }


# -- a manual room's reminder escalates; a server room's is shown once ----------------------


def _room_reminders(service: ReminderService, store: Store) -> list[tuple[int, object]]:
    return [
        (r.meeting_id, r.stage)
        for r in service.due(store.clock())
        if r.kind is ReminderKind.ROOM_NOT_DELETED
    ]


def _book(store: Store, starts: datetime, **kwargs: object) -> int:
    with store.factory() as session:
        meeting = add_meeting(session, starts, room=RoomState.ACTIVE, **kwargs)  # type: ignore[arg-type]
        session.commit()
        return meeting.id


def test_a_manual_rooms_reminder_comes_at_the_end_after_the_grace_and_next_morning(
    store: Store,
) -> None:
    meeting = _book(store, at(1, 9), status=PLANNED)  # 09:00–10:00, room pasted by hand
    service = ReminderService(store.factory, store.settings, store.profile, zone=UTC)
    assert _room_reminders(service, store) == []  # 08:00: not over yet

    store.clock.now = at(1, 10)  # the planned end
    assert _room_reminders(service, store) == [(meeting, ReminderStage.AT_END)]
    store.clock.now = at(1, 10, 59)
    assert _room_reminders(service, store) == []  # shown once per stage

    store.clock.now = at(1, 11)  # the end plus the site's grace (an hour)
    assert _room_reminders(service, store) == [(meeting, ReminderStage.AFTER_GRACE)]
    store.clock.now = at(2, 6, 59)
    assert _room_reminders(service, store) == []

    store.clock.now = at(2, 7)  # the next morning
    assert _room_reminders(service, store) == [(meeting, ReminderStage.NEXT_MORNING)]
    store.clock.advance(days=2)
    assert _room_reminders(service, store) == []  # the tray menu still lists it
    assert (meeting, ReminderStage.NEXT_MORNING) in {
        (r.meeting_id, r.stage) for r in service.pending(store.clock())
    }


def test_a_pc_started_the_next_morning_shows_only_the_most_urgent_stage(store: Store) -> None:
    meeting = _book(store, at(1, 9), status=PLANNED)
    store.clock.now = at(2, 8)
    service = ReminderService(store.factory, store.settings, store.profile, zone=UTC)
    assert _room_reminders(service, store) == [(meeting, ReminderStage.NEXT_MORNING)]


def test_the_grace_is_the_sites_and_the_morning_is_the_pcs(store: Store) -> None:
    meeting = _book(store, at(1, 21), status=PLANNED)  # 21:00–22:00 UTC: 23:00 in Stockholm
    settings = replace(store.settings, room_delete_after_minutes=30)
    service = ReminderService(
        store.factory, settings, store.profile, zone=ZoneInfo("Europe/Stockholm")
    )
    store.clock.now = at(1, 22, 30)
    assert _room_reminders(service, store) == [(meeting, ReminderStage.AFTER_GRACE)]
    store.clock.now = at(2, 5, 59)  # 06:59 in Stockholm
    assert _room_reminders(service, store) == []
    store.clock.now = at(2, 6)  # 07:00 in Stockholm
    assert _room_reminders(service, store) == [(meeting, ReminderStage.NEXT_MORNING)]


def test_a_cancelled_meetings_manual_room_is_due_at_once(store: Store) -> None:
    meeting = _book(store, at(3, 9), status=MeetingStatus.CANCELLED)  # two days ahead
    service = ReminderService(store.factory, store.settings, store.profile, zone=UTC)
    reminders = [r for r in service.due(store.clock()) if r.meeting_id == meeting]
    assert [(r.stage, r.cancelled) for r in reminders] == [(ReminderStage.AT_END, True)]


def _server_room(store: Store, starts: datetime, cleanup: CleanupState | None = None) -> int:
    """A meeting whose room is on the CMS (the app deletes it itself), with the automatic
    deletion's state as the lifecycle leaves it."""
    with store.factory() as session:
        made = add_meeting(session, starts, room=RoomState.ACTIVE)
        assert made.room is not None
        made.room.platform = PlatformKind.CMS
        made.room.platform_room_id = f"5d3a8f2e-1c44-4b6e-9a0f-{made.id:012d}"
        session.flush()
        if cleanup is not None:
            session.add(RoomCleanup(room_id=made.room.id, state=cleanup.value, reason="HTTP 500"))
            session.flush()
            refresh_meeting_summary(session, made.id)
        session.commit()
        return made.id


def _set_cleanup(store: Store, meeting_id: int, cleanup: CleanupState | None) -> None:
    with store.factory() as session:
        room = session.scalars(select(Room).where(Room.meeting_id == meeting_id)).one()
        row = session.get(RoomCleanup, room.id)
        if row is not None:
            session.delete(row)
        if cleanup is not None:
            session.add(RoomCleanup(room_id=room.id, state=cleanup.value))
        session.flush()
        refresh_meeting_summary(session, meeting_id)
        session.commit()


def test_a_server_room_is_reminded_of_once_when_the_app_did_not_delete_it(store: Store) -> None:
    meeting = _server_room(store, at(1, 7))  # 07:00–08:00 on the CMS
    service = ReminderService(store.factory, store.settings, store.profile, zone=UTC)
    assert _room_reminders(service, store) == []  # 08:00: the app deletes it after the grace

    _set_cleanup(store, meeting, CleanupState.IN_CALL)
    store.clock.now = at(1, 9, 30)
    assert _room_reminders(service, store) == []  # *pågår fortfarande*: not a warning

    _set_cleanup(store, meeting, None)  # the call ended, yet the room is still there
    assert _room_reminders(service, store) == [(meeting, None)]
    store.clock.advance(days=1)
    assert _room_reminders(service, store) == []  # no escalation: shown once


def test_a_failed_automatic_deletion_is_reminded_of_at_once(store: Store) -> None:
    meeting = _server_room(store, at(1, 6, 30), CleanupState.FAILED)  # ends 07:30
    service = ReminderService(store.factory, store.settings, store.profile, zone=UTC)
    assert _room_reminders(service, store) == [(meeting, None)]  # 08:00, within the grace
