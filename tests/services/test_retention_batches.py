"""Retention in small batches: stopped between batches, killed mid-batch, leftovers purged.

A backlog is purged in one transaction per batch (archive and purge together), so stopping
between batches or a kill -9 in the middle of one loses nothing, and the next run goes on from
the oldest meeting left. Drafts and the migration's backup copies older than the period go too.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.fill import fill_engine
from tests.services.conftest import Store
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.services.errors import RetentionConflict
from vardmote_desktop.services.retention import (
    CONFLICTS_AT_MOST,
    PURGE_ACTION,
    RetentionResult,
    RetentionService,
)
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.history_chain import verify_history
from vardmote_desktop.store.models import Draft, Meeting, StatisticsArchive
from vardmote_desktop.store.statistics import purgeable_before

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # the fill's five years end mid-2026


def service(store: Store, batch: int = 50) -> RetentionService:
    retention = RetentionService(store.factory, store.settings, store.profile, clock=store.clock)
    retention.batch = batch
    return retention


def purgeable(factory: sessionmaker[Session], cutoff: datetime) -> int:
    with factory() as session:
        statement = select(func.count()).select_from(Meeting).where(purgeable_before(cutoff))
        return session.scalar(statement) or 0


def archived(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        total = select(func.sum(StatisticsArchive.meetings + StatisticsArchive.cancelled))
        return session.scalar(total) or 0


def recorded(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        events = EventRepository(session).app_wide()
        return sum(int(e.details["count"]) for e in events if e.action == PURGE_ACTION)


def assert_consistent(factory: sessionmaker[Session], meetings_before: int) -> None:
    """Every meeting is either still in the log or counted once in the archive."""
    with factory() as session:
        left = session.scalar(select(func.count()).select_from(Meeting)) or 0
    assert left + archived(factory) == meetings_before
    assert recorded(factory) == archived(factory)
    figures = StatisticsService(factory, clock=lambda: NOW)
    assert figures.compute("2020-01", "2027-12") == figures.recount("2020-01", "2027-12")
    with factory() as session:  # the meetings left and the purge's own events, chained whole
        assert verify_history(session).broken is None


def test_a_stopped_run_leaves_the_rest_for_the_next(store: Store) -> None:
    store.clock.now = NOW
    engine = store.factory.kw["bind"]
    fill_engine(engine, 600, quiet=True)
    retention = service(store, batch=40)
    due = purgeable(store.factory, retention.cutoff())
    assert due > 200
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3  # three batches, then the window closes

    first = retention.run_at_startup(stop=stop)
    assert first.stopped and first.count == 3 * 40
    assert_consistent(store.factory, 600)
    rest = retention.run_at_startup()
    assert not rest.stopped and first.count + rest.count == due
    assert purgeable(store.factory, retention.cutoff()) == 0
    assert_consistent(store.factory, 600)


KILLED_RUN = """
import sys
from datetime import UTC, datetime
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.retention import RetentionService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory

engine = create_store_engine(sys.argv[1])
profile = load_profiles()["kalmar"]
settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")
now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
retention = RetentionService(make_session_factory(engine), settings, profile, clock=lambda: now)
retention.batch = 30


def stop():
    print("batch", flush=True)  # the parent kills this process after a few of these
    return False


retention.run_at_startup(stop=stop)
print("done", flush=True)
"""


def test_a_kill_mid_purge_loses_nothing_and_the_next_start_goes_on(store: Store) -> None:
    store.clock.now = NOW
    engine = store.factory.kw["bind"]
    fill_engine(engine, 900, quiet=True)
    url = engine.url.render_as_string(hide_password=False)
    due = purgeable(store.factory, service(store).cutoff())
    engine.dispose()
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, url], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        lines = [child.stdout.readline() for _ in range(4)]  # three batches done, a fourth begun
        assert lines == ["batch\n"] * 4
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    again = create_store_engine(url)
    try:
        factory = make_session_factory(again)
        with again.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert 3 * 30 <= archived(factory) < due  # some batches done, not all
        assert_consistent(factory, 900)
        retention = RetentionService(factory, store.settings, store.profile, clock=lambda: NOW)
        retention.run_at_startup()
        assert purgeable(factory, retention.cutoff()) == 0
        assert archived(factory) == due
        assert_consistent(factory, 900)
    finally:
        again.dispose()


def test_old_drafts_and_backup_copies_are_purged_too(store: Store, tmp_path: Path) -> None:
    store.clock.now = NOW
    with store.factory() as session:
        drafts = DraftRepository(session)
        old = drafts.create(MeetingType.DISTANCE, {"participants": [{"name": "Åsa Öberg"}]})
        recent = drafts.create(MeetingType.SIP_OUTPATIENT, {})
        old.created_at = old.updated_at = NOW - timedelta(days=800)
        session.commit()
        old_id, recent_id = old.id, recent.id
    database = Path(str(store.factory.kw["bind"].url.database))
    old_copy = database.with_name(f"{database.name}.bak-0009")
    new_copy = database.with_name(f"{database.name}.bak-0011")
    for copy in (old_copy, new_copy):
        copy.write_bytes(b"SQLite format 3\0")
    ancient = (NOW - timedelta(days=800)).timestamp()
    os.utime(old_copy, (ancient, ancient))

    result = service(store).run_at_startup()
    assert result.drafts == 1
    with store.factory() as session:
        assert session.get(Draft, old_id) is None and session.get(Draft, recent_id) is not None
    assert not old_copy.exists() and new_copy.exists()


class Contested(RetentionService):
    """A purge whose first `contested` batches another PC changes under it: each is rolled
    back as the conflict check finds it (the multi-process test meets it by chance only)."""

    contested = 2

    def _purge(self, session: Session, before: datetime, ids: list[int], now: datetime) -> int:
        if self.contested:
            self.contested -= 1
            super()._purge(session, before, ids, now)  # archived and purged, then found out
            raise RetentionConflict()
        return super()._purge(session, before, ids, now)


def test_a_batch_changed_under_the_purge_is_rolled_back_and_the_run_goes_on(
    store: Store,
) -> None:
    store.clock.now = NOW
    fill_engine(store.factory.kw["bind"], 300, quiet=True)
    retention = Contested(store.factory, store.settings, store.profile, clock=store.clock)
    retention.batch = 40
    due = purgeable(store.factory, retention.cutoff())
    result = retention.run_at_startup()
    assert result.count == due and not result.stopped  # the rolled-back batches done again
    assert_consistent(store.factory, 300)

    again = Contested(store.factory, store.settings, store.profile, clock=store.clock)
    again.contested = CONFLICTS_AT_MOST
    fill_engine(store.factory.kw["bind"], 100, seed=9, quiet=True)
    with pytest.raises(RetentionConflict):  # changed under every batch: left for later
        again.run_at_startup()
    assert_consistent(store.factory, 400)


def test_the_users_purge_during_the_one_at_start_up_shares_the_work(store: Store) -> None:
    """*Rensa gamla möten* clicked while the start's purge works through a backlog: two
    purges on one SQLite log at once, each batch holding the write lock from its choice to its
    commit, so neither counts the other's meetings and neither fails."""
    store.clock.now = NOW
    fill_engine(store.factory.kw["bind"], 1500, quiet=True)
    due = purgeable(store.factory, service(store).cutoff())
    results: dict[str, int | BaseException] = {}

    def purge(name: str, run: Callable[[], RetentionResult]) -> None:
        try:
            results[name] = run().count
        except BaseException as exc:
            results[name] = exc

    at_start, by_hand = service(store, batch=25), service(store, batch=25)
    threads = [
        threading.Thread(target=purge, args=("start", at_start.run_at_startup)),
        threading.Thread(target=purge, args=("hand", by_hand.run_now)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    counts = [results["start"], results["hand"]]
    assert all(isinstance(count, int) for count in counts), counts
    assert sum(count for count in counts if isinstance(count, int)) == due
    assert purgeable(store.factory, service(store).cutoff()) == 0
    assert_consistent(store.factory, 1500)
