"""Reading the history (*historik*): facts taken from the events rather than from names.

Events are read through a small protocol so that both the services' EventInfo and any other
record with `action`, `at` and `details` can be passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Protocol

from vardmote_desktop.domain.confirmation import ConfirmedHow, is_same_day_change
from vardmote_desktop.domain.types import DeletionKind, EventAction

# Before ConfirmedHow was used in the details, confirmations were written in Swedish.
_LEGACY_CONFIRMED_HOW = {"telefon": ConfirmedHow.PHONE_CALL, "svar": ConfirmedHow.REPLY}


class HistoryEvent(Protocol):
    @property
    def action(self) -> str: ...

    @property
    def at(self) -> datetime: ...

    @property
    def details(self) -> Mapping[str, object]: ...


def confirmed_how(details: Mapping[str, object]) -> ConfirmedHow | None:
    """How a *delivery_confirmed* event's confirmation came, in old and new spelling."""
    value = str(details.get("how", ""))
    if value in _LEGACY_CONFIRMED_HOW:
        return _LEGACY_CONFIRMED_HOW[value]
    try:
        return ConfirmedHow(value)
    except ValueError:
        return None


def deletion_kind(details: Mapping[str, object]) -> DeletionKind | None:
    """How a *room_deleted* event's room was deleted."""
    try:
        return DeletionKind(str(details.get("how", "")))
    except ValueError:
        return None


def replaced_on_meeting_day(
    events: Iterable[HistoryEvent],
    participant_id: int,
    meeting_start: datetime,
    *,
    participant_name: str | None = None,
) -> bool:
    """Whether the participant was replaced on the meeting's own (local) day.

    The replacement event names the replaced participant by id; its time is compared with the
    start on the local calendar, as a ward reads "today". Events written before the id was
    recorded name the participant only, so `participant_name` finds those.
    """
    for event in events:
        if event.action != EventAction.PARTICIPANT_REPLACED:
            continue
        recorded = event.details.get("participant_id")
        if recorded is not None:
            if recorded != participant_id:
                continue
        elif participant_name is None or event.details.get("participant") != participant_name:
            continue
        return is_same_day_change(event.at.astimezone(), meeting_start.astimezone())
    return False
