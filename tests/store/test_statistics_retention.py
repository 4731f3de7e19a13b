"""Retention on both backends: old meetings become archive rows and the statistics stay the same."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.store.test_statistics import known_data_set
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.retention import PURGE_ACTION, RetentionService
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.models import Event, Meeting, StatisticsArchive

LATER = datetime(2027, 2, 15, 9, 0, tzinfo=UTC)  # twelve months on: cutoff 2026-02-15 09:00


def test_purge_keeps_the_statistics(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        known_data_set(session)
    statistics = StatisticsService(session_factory, clock=lambda: LATER)
    before = statistics.compute("2025-12", "2026-03")
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="Enhet Statistik", user_name="Samordnare Test")

    result = RetentionService(session_factory, settings, profile, clock=lambda: LATER).run_now()

    # January's two and February's three without an active room; rooms still there are kept.
    assert result.count == 5
    after = statistics.compute("2025-12", "2026-03")
    assert after.archived_meetings == 5
    assert {**vars(after), "archived_meetings": 0} == {**vars(before), "archived_meetings": 0}
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 3
        purges = [e for e in EventRepository(session).app_wide() if e.action == PURGE_ACTION]
        assert sum(e.details["count"] for e in purges) == 5
        assert all(e.actor == settings.actor and e.meeting_id is None for e in purges)
        # Nothing personal reaches the archive; its events went with the meetings.
        assert (
            session.execute(select(func.count()).select_from(StatisticsArchive)).scalar_one() >= 4
        )
        assert session.scalar(select(func.count()).where(Event.meeting_id.is_not(None))) == 0
