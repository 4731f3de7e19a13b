"""The delivery state machine and the 'needs attention' rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from vardmote_desktop.domain.confirmation import (
    ConfirmedHow,
    DeliveryMove,
    DeliveryStatus,
    IllegalDeliveryMove,
    is_final,
    is_same_day_change,
    mark_cannot_attend,
    mark_confirmed,
    mark_sent,
    needs_attention,
    record_phone_call,
)
from vardmote_desktop.domain.types import Channel, DeliveryState

T0 = datetime(2026, 12, 1, 9, 0)
START = datetime(2026, 12, 3, 13, 30)


def sent() -> DeliveryStatus:
    return mark_sent(DeliveryStatus(), Channel.COSMIC_MESSENGER, T0)


def test_new_delivery_is_not_sent() -> None:
    status = DeliveryStatus()
    assert status.state is DeliveryState.NOT_SENT
    assert status.channel is None and status.sent_at is None


def test_send_then_confirm() -> None:
    status = sent()
    assert status == DeliveryStatus(DeliveryState.SENT, Channel.COSMIC_MESSENGER, T0)
    later = T0 + timedelta(hours=2)
    confirmed = mark_confirmed(status, later)
    assert confirmed.state is DeliveryState.CONFIRMED
    assert confirmed.channel is Channel.COSMIC_MESSENGER and confirmed.sent_at == T0
    assert confirmed.confirmed_at == later and confirmed.confirmed_how is ConfirmedHow.REPLY
    assert status.state is DeliveryState.SENT  # the old value is untouched


def test_phone_call_is_sent_and_confirmed_at_once() -> None:
    for status in (
        record_phone_call(DeliveryStatus(), T0),
        mark_sent(DeliveryStatus(), Channel.PHONE, T0),
    ):
        assert status == DeliveryStatus(
            DeliveryState.CONFIRMED, Channel.PHONE, T0, T0, ConfirmedHow.PHONE_CALL
        )


def test_resend_through_another_channel() -> None:
    again = mark_sent(sent(), Channel.COSMIC_LINK, T0 + timedelta(days=1))
    assert again.state is DeliveryState.SENT and again.channel is Channel.COSMIC_LINK
    called = record_phone_call(sent(), T0 + timedelta(days=1))
    assert called.state is DeliveryState.CONFIRMED


@pytest.mark.parametrize(
    "status",
    [
        DeliveryStatus(),
        sent(),
        mark_confirmed(sent(), T0, ConfirmedHow.OTHER),
    ],
)
def test_cannot_attend_from_any_non_final_state(status: DeliveryStatus) -> None:
    refused = mark_cannot_attend(status)
    assert refused.state is DeliveryState.CANNOT_ATTEND
    assert refused.channel == status.channel and refused.sent_at == status.sent_at
    assert is_final(refused) and not is_final(status)


def test_illegal_moves_raise_typed_errors() -> None:
    confirmed = mark_confirmed(sent(), T0)
    cannot = mark_cannot_attend(sent())
    cases: list[tuple[Callable[[], DeliveryStatus], DeliveryMove]] = [
        (lambda: mark_confirmed(DeliveryStatus(), T0), DeliveryMove.CONFIRM),
        (lambda: mark_confirmed(confirmed, T0), DeliveryMove.CONFIRM),
        (lambda: mark_confirmed(cannot, T0), DeliveryMove.CONFIRM),
        (lambda: mark_sent(confirmed, Channel.COSMIC_LINK, T0), DeliveryMove.SEND),
        (lambda: mark_sent(cannot, Channel.COSMIC_LINK, T0), DeliveryMove.SEND),
        (lambda: record_phone_call(cannot, T0), DeliveryMove.SEND),
        (lambda: mark_cannot_attend(cannot), DeliveryMove.CANNOT_ATTEND),
    ]
    for move, expected in cases:
        with pytest.raises(IllegalDeliveryMove) as caught:
            move()
        assert caught.value.move is expected


def test_confirmation_before_sending_time_is_refused() -> None:
    with pytest.raises(IllegalDeliveryMove, match="confirmed before sent"):
        mark_confirmed(sent(), T0 - timedelta(minutes=1))


@pytest.mark.parametrize(
    ("status", "now", "expected"),
    [
        (DeliveryStatus(), START - timedelta(hours=25), False),
        (DeliveryStatus(), START - timedelta(hours=24), True),
        (sent(), START - timedelta(hours=2), True),
        (sent(), START + timedelta(hours=2), True),  # passed, never confirmed
        (mark_confirmed(sent(), T0), START - timedelta(hours=2), False),
        (mark_cannot_attend(sent()), START - timedelta(hours=2), False),
        (record_phone_call(DeliveryStatus(), T0), START + timedelta(hours=2), False),
    ],
)
def test_needs_attention(status: DeliveryStatus, now: datetime, expected: bool) -> None:
    assert needs_attention(status, START, now, warning_hours=24) is expected


def test_needs_attention_zero_window_flags_only_after_start() -> None:
    assert not needs_attention(sent(), START, START - timedelta(minutes=1), warning_hours=0)
    assert needs_attention(sent(), START, START, warning_hours=0)


def test_same_day_change() -> None:
    assert is_same_day_change(datetime(2026, 12, 3, 7, 0), START)
    assert is_same_day_change(datetime(2026, 12, 3, 18, 0), START)
    assert not is_same_day_change(datetime(2026, 12, 2, 23, 59), START)


def test_same_day_change_uses_the_meetings_time_zone() -> None:
    cet = timezone(timedelta(hours=1))
    start = datetime(2026, 12, 3, 13, 30, tzinfo=cet)
    # 23:30 UTC on the 2nd is 00:30 on the 3rd in Sweden.
    assert is_same_day_change(datetime(2026, 12, 2, 23, 30, tzinfo=UTC), start)
    assert not is_same_day_change(datetime(2026, 12, 2, 22, 30, tzinfo=UTC), start)
