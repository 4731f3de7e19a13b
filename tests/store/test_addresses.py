"""Addresses handed out: claimed once, refused the second time, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.store.addresses import (
    CALL_ID,
    URI,
    UsedAddressRepository,
    claim_room_addresses,
    log_id,
)
from vardmote_desktop.store.unit_models import UsedAddress

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_a_value_is_claimed_once(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session, session.begin():
        used = UsedAddressRepository(session)
        assert used.claim(URI, "HC.Torsas.8.K3F9X", NOW)
        assert not used.claim(URI, "hc.torsas.8.k3f9x", NOW)  # servers compare without case
        assert used.claim(CALL_ID, "059893656", NOW)
        assert not used.claim(CALL_ID, "059893656", NOW)
        assert used.claim(CALL_ID, "59893656", NOW)  # the leading zero makes it another ID
    with session_factory() as session:
        used = UsedAddressRepository(session)
        assert used.is_used(URI, "hc.torsas.8.k3f9x") and not used.is_used(URI, "hc.torsas.8")
        rows = session.scalars(select(UsedAddress.value).order_by(UsedAddress.id)).all()
        assert rows == ["hc.torsas.8.k3f9x", "059893656", "59893656"]


def test_the_log_has_one_identity(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        first = log_id(session)
    with session_factory() as session:
        assert log_id(session) == first and len(first) == 32 and int(first, 16) >= 0


def test_a_booked_rooms_addresses_are_claimed(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session, session.begin():
        join = JoinInfo(video_address="sip:HC.Torsas.9@ltkalmar.se", call_id="600100200")
        claim_room_addresses(session, join, NOW)
        claim_room_addresses(session, join, NOW)  # twice
        claim_room_addresses(session, JoinInfo(call_id=" "), NOW)  # nothing to claim
    with session_factory() as session:
        used = UsedAddressRepository(session)
        assert used.is_used(URI, "hc.torsas.9") and used.is_used(CALL_ID, "600100200")
        assert session.scalars(select(UsedAddress)).all().__len__() == 2
