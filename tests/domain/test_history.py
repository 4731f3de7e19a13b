"""The history's vocabulary and the facts read from its events."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from vardmote_desktop.domain.confirmation import ConfirmedHow
from vardmote_desktop.domain.history import confirmed_how, deletion_kind, replaced_on_meeting_day
from vardmote_desktop.domain.types import DeletionKind, EventAction


@dataclass(frozen=True)
class Recorded:
    action: str
    at: datetime
    details: Mapping[str, object] = field(default_factory=dict)


def replaced(at: datetime, participant_id: int, name: str = "Handläggare Ett") -> Recorded:
    details = {"participant": name, "participant_id": participant_id, "substitute": "Ersättare"}
    return Recorded(EventAction.PARTICIPANT_REPLACED, at, details)


@pytest.fixture
def stockholm(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The ward's local time, so 'the same day' is the Swedish calendar day, not UTC's."""
    if sys.platform == "win32":
        pytest.skip("time.tzset is Unix only")
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_stored_action_values_never_change() -> None:
    # Every log on every PC holds these strings; renaming one would orphan its history.
    assert sorted(EventAction) == sorted(
        [
            "meeting_booked", "judged_unsuitable", "room_number_reserved", "room_recorded",
            "room_created", "room_deleted", "room_address_reserved", "channel_chosen",
            "delivery_sent", "delivery_confirmed", "cannot_attend", "participant_replaced",
            "meeting_started", "meeting_cancelled", "retention_purge",
            "room_deletion_postponed", "room_door_closed", "room_deletion_verified",
            "room_deletion_failed", "room_call_seen", "meeting_held", "nobody_joined",
            "meeting_rescheduled", "participant_added", "participant_removed",
            "participant_edited", "delivery_reset", "meeting_ended",
        ]
    )  # fmt: skip
    assert sorted(DeletionKind) == ["api", "manual", "missing_on_server", "orphan"]


def test_confirmations_read_in_old_and_new_spelling() -> None:
    assert confirmed_how({"how": "telefon"}) is ConfirmedHow.PHONE_CALL
    assert confirmed_how({"how": "svar"}) is ConfirmedHow.REPLY
    assert confirmed_how({"how": ConfirmedHow.OTHER.value}) is ConfirmedHow.OTHER
    assert confirmed_how({}) is None and confirmed_how({"how": "brevduva"}) is None
    assert deletion_kind({"how": "missing_on_server"}) is DeletionKind.MISSING_ON_SERVER
    assert deletion_kind({"how": "telefon"}) is None


def test_replaced_on_the_meeting_day_is_read_from_the_event_time(stockholm: None) -> None:
    starts = datetime(2026, 12, 3, 7, 0, tzinfo=UTC)  # 08:00 in Stockholm
    # 00:30 in Stockholm on the meeting's day is still the day before in UTC.
    just_after_midnight = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)
    evening_before = datetime(2026, 12, 2, 22, 30, tzinfo=UTC)  # 23:30 in Stockholm

    assert replaced_on_meeting_day([replaced(just_after_midnight, 7)], 7, starts)
    assert not replaced_on_meeting_day([replaced(evening_before, 7)], 7, starts)


def test_two_participants_with_the_same_name_are_told_apart_by_id(stockholm: None) -> None:
    starts = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    history = [
        replaced(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), 7, "Anna Andersson"),
        replaced(datetime(2026, 12, 3, 8, 0, tzinfo=UTC), 9, "Anna Andersson"),
    ]
    assert not replaced_on_meeting_day(history, 7, starts, participant_name="Anna Andersson")
    assert replaced_on_meeting_day(history, 9, starts, participant_name="Anna Andersson")
    assert not replaced_on_meeting_day(history, 8, starts, participant_name="Bo Berg")


def test_an_event_written_before_ids_is_found_by_name(stockholm: None) -> None:
    starts = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    legacy = Recorded(
        "participant_replaced",
        datetime(2026, 12, 3, 8, 0, tzinfo=UTC),
        {"participant": "Handläggare Ett", "substitute": "Ersättare", "same_day": True},
    )
    assert replaced_on_meeting_day([legacy], 7, starts, participant_name="Handläggare Ett")
    assert not replaced_on_meeting_day([legacy], 7, starts)  # without a name: nothing to go on
    other = Recorded("cannot_attend", legacy.at, {"participant": "Handläggare Ett"})
    assert not replaced_on_meeting_day([other], 7, starts, participant_name="Handläggare Ett")
