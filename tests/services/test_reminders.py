"""Reminders with a fake clock: each kind at the right time, each shown once, nothing personal."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

from tests.services.conftest import Store
from tests.store.test_statistics import add_meeting
from vardmote_desktop.domain.types import MeetingStatus, RoomState
from vardmote_desktop.services.reminders import Reminder, ReminderKind, ReminderService

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
    service = ReminderService(store.factory, store.settings, store.profile)

    first = service.due(store.clock())
    assert [(r.kind, r.meeting_id) for r in first] == [
        (ReminderKind.STARTING_SOON, meeting["soon"]),
        (ReminderKind.UNCONFIRMED, meeting["unconfirmed"]),
        (ReminderKind.ROOM_NOT_DELETED, meeting["left"]),
    ]
    assert first[2].room_name is not None and first[2].room_name.startswith("Enhet Statistik")
    assert first[0].code == "starting_soon"
    assert service.due(store.clock()) == []  # each reminder once per session

    # Four days on, the far meeting's unconfirmed recipient is close: only that is new.
    store.clock.advance(days=4)
    later = service.due(store.clock())
    assert [(r.kind, r.meeting_id) for r in later] == [
        (ReminderKind.UNCONFIRMED, meeting["far"]),
    ]
    # pending() still lists everything due, shown or not (the tray menu uses it).
    assert (ReminderKind.ROOM_NOT_DELETED, meeting["left"]) in {
        (r.kind, r.meeting_id) for r in service.pending(store.clock())
    }


def test_a_new_session_shows_them_again(store: Store) -> None:
    ids(store)
    first = ReminderService(store.factory, store.settings, store.profile).due(store.clock())
    again = ReminderService(store.factory, store.settings, store.profile).due(store.clock())
    assert first == again and len(first) == 3


def test_reminders_carry_nothing_about_people() -> None:
    names = {f.name for f in fields(Reminder)}
    assert names == {"kind", "meeting_id", "meeting_type", "starts_at", "room_name", "cancelled"}
