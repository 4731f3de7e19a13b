"""The unit's lease (store/lease.py) on SQLite and PostgreSQL: one holder at a time."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.store import lease

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TTL = timedelta(minutes=10)


def take(factory: sessionmaker[Session], holder: str, now: datetime) -> bool:
    with factory() as session:
        taken = lease.take(session, lease.ROOM_CLEANUP, holder, now, TTL)
        session.commit()
        return taken


def test_one_holder_until_it_expires_or_is_released(
    session_factory: sessionmaker[Session],
) -> None:
    assert take(session_factory, "anna@PC1", NOW)
    assert not take(session_factory, "bo@PC2", NOW + timedelta(minutes=9))
    assert take(session_factory, "anna@PC1", NOW + timedelta(minutes=9))  # renewed to 08:19
    assert not take(session_factory, "bo@PC2", NOW + timedelta(minutes=18))
    assert take(session_factory, "bo@PC2", NOW + timedelta(minutes=19))  # expired: taken over
    with session_factory() as session:
        lease.release(session, lease.ROOM_CLEANUP, "anna@PC1", NOW)  # not anna's any more
        session.commit()
    assert not take(session_factory, "anna@PC1", NOW + timedelta(minutes=20))
    with session_factory() as session:
        lease.release(session, lease.ROOM_CLEANUP, "bo@PC2", NOW + timedelta(minutes=20))
        session.commit()
    assert take(session_factory, "anna@PC1", NOW + timedelta(minutes=20))


def _race(factory: sessionmaker[Session], start: datetime, pcs: int) -> list[str]:
    """pcs threads, each with its own connection, take the lease at the same moment."""
    barrier = threading.Barrier(pcs)
    won: list[str] = []
    errors: list[BaseException] = []

    def race(holder: str) -> None:
        try:
            barrier.wait()
            if take(factory, holder, start):
                won.append(holder)
        except BaseException as exc:  # reported below: a thread's error must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=race, args=(f"pc{n}",)) for n in range(pcs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return won


def test_pcs_racing_for_a_free_lease_give_it_to_exactly_one(
    session_factory: sessionmaker[Session],
) -> None:
    assert len(_race(session_factory, NOW, 6)) == 1  # no row yet: one INSERT wins
    assert len(_race(session_factory, NOW + timedelta(hours=1), 6)) == 1  # expired: one UPDATE
