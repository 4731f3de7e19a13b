"""Delivery state machine (*utskick*, *bekräftelse*): not sent → sent → confirmed, or förhinder."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from vardmote_desktop.domain.types import Channel, DeliveryState

FINAL_STATES = frozenset({DeliveryState.CANNOT_ATTEND})
UNCONFIRMED_STATES = frozenset({DeliveryState.NOT_SENT, DeliveryState.SENT})


class ConfirmedHow(StrEnum):
    """How a confirmation reached the user."""

    REPLY = "reply"  # the recipient replied in the channel (Link, Messenger, e-mail)
    PHONE_CALL = "phone_call"  # the details were read aloud: confirmed when the call is made
    OTHER = "other"  # told another way (a call back, in person); the user records it


class DeliveryMove(StrEnum):
    """The moves, named for the error a refused one raises."""

    SEND = "send"
    CONFIRM = "confirm"
    CANNOT_ATTEND = "cannot_attend"


class IllegalDeliveryMove(ValueError):
    """A move the state machine does not allow from the current state (a bug, not user error)."""

    def __init__(self, state: DeliveryState, move: DeliveryMove, detail: str = "") -> None:
        self.state = state
        self.move = move
        message = f"cannot {move.value} a delivery in state {state.value}"
        super().__init__(f"{message}: {detail}" if detail else message)


@dataclass(frozen=True)
class DeliveryStatus:
    """One recipient's delivery; change it only through the functions below."""

    state: DeliveryState = DeliveryState.NOT_SENT
    channel: Channel | None = None
    sent_at: datetime | None = None
    confirmed_at: datetime | None = None
    confirmed_how: ConfirmedHow | None = None


def mark_sent(status: DeliveryStatus, channel: Channel, at: datetime) -> DeliveryStatus:
    """Record that the join details went out through `channel` at `at`.

    Allowed from *ej skickad*, and again from *skickad* (a reminder, or a second channel when the
    first got no answer; the caller's history keeps the first). A phone call is both sent and
    confirmed at once, since the recipient has the details when the call ends.
    """
    if status.state not in UNCONFIRMED_STATES:
        raise IllegalDeliveryMove(status.state, DeliveryMove.SEND)
    if channel is Channel.PHONE:
        return DeliveryStatus(
            state=DeliveryState.CONFIRMED,
            channel=channel,
            sent_at=at,
            confirmed_at=at,
            confirmed_how=ConfirmedHow.PHONE_CALL,
        )
    return DeliveryStatus(state=DeliveryState.SENT, channel=channel, sent_at=at)


def record_phone_call(status: DeliveryStatus, at: datetime) -> DeliveryStatus:
    """The details were read aloud on the phone at `at`: sent and confirmed."""
    return mark_sent(status, Channel.PHONE, at)


def mark_confirmed(
    status: DeliveryStatus, at: datetime, how: ConfirmedHow = ConfirmedHow.REPLY
) -> DeliveryStatus:
    """Record the recipient's confirmation that the information is noted."""
    if status.state is not DeliveryState.SENT:
        raise IllegalDeliveryMove(status.state, DeliveryMove.CONFIRM)
    if status.sent_at is not None and at < status.sent_at:
        raise IllegalDeliveryMove(status.state, DeliveryMove.CONFIRM, "confirmed before sent")
    return replace(status, state=DeliveryState.CONFIRMED, confirmed_at=at, confirmed_how=how)


def mark_cannot_attend(status: DeliveryStatus) -> DeliveryStatus:
    """*Förhinder*: from any state but itself; what was sent and confirmed stays for the record."""
    if status.state in FINAL_STATES:
        raise IllegalDeliveryMove(status.state, DeliveryMove.CANNOT_ATTEND)
    return replace(status, state=DeliveryState.CANNOT_ATTEND)


def is_final(status: DeliveryStatus) -> bool:
    """Whether no further move is possible (a substitute gets a new delivery instead)."""
    return status.state in FINAL_STATES


def needs_attention(
    status: DeliveryStatus, meeting_start: datetime, now: datetime, warning_hours: int
) -> bool:
    """*Behöver åtgärd*: unconfirmed within `warning_hours` of the start, or after it."""
    if status.state not in UNCONFIRMED_STATES:
        return False
    return now >= meeting_start - timedelta(hours=warning_hours)


def is_same_day_change(now: datetime, meeting_start: datetime) -> bool:
    """Whether a change now is at short notice (*samma dag*): call the organiser, don't just write.

    Aware datetimes are compared on the meeting's own calendar day.
    """
    if now.tzinfo is not None and meeting_start.tzinfo is not None:
        now = now.astimezone(meeting_start.tzinfo)
    return now.date() == meeting_start.date()
