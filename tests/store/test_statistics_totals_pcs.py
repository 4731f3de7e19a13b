"""Two PCs on one shared PostgreSQL log write at once; the running totals still equal a recount.

Each process books meetings into the same month, type and mode (so both add to the same totals
row) and changes the same shared meeting back and forth (so both take back and add its share):
a read-modify-write of a count, or a share taken back twice, would show as a difference.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.postgres import PostgresServer
from tests.store.test_statistics import add_meeting, at
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head

PC = """
import sys
from datetime import UTC, datetime
from vardmote_desktop.domain.types import MeetingStatus
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.models import Meeting
from tests.store.test_statistics import add_meeting

engine = create_store_engine(sys.argv[1])
factory = make_session_factory(engine)
shared, me = int(sys.argv[2]), int(sys.argv[3])
for n in range(25):
    with factory() as session:
        add_meeting(session, datetime(2026, 2, 1 + n % 20, 9, me, tzinfo=UTC), confirmed_after=(n,))
        meeting = session.get(Meeting, shared)
        meeting.status = MeetingStatus.CANCELLED if (n + me) % 2 else MeetingStatus.HELD
        session.commit()
engine.dispose()
"""


@pytest.mark.postgres
def test_two_pcs_writing_at_once_keep_the_totals_exact(postgres_server: PostgresServer) -> None:
    postgres_server.reset()
    engine = create_store_engine(postgres_server.url)
    try:
        upgrade_to_head(engine)
        factory: sessionmaker[Session] = make_session_factory(engine)
        with factory() as session:
            shared = add_meeting(session, at(2, 10), confirmed_after=(5,)).id
            session.commit()
        root = Path(__file__).resolve().parents[2]
        pcs = [
            subprocess.Popen(
                [sys.executable, "-c", PC, postgres_server.url, str(shared), str(me)], cwd=root
            )
            for me in (1, 2)
        ]
        for pc in pcs:
            assert pc.wait(timeout=300) == 0
        service = StatisticsService(factory, clock=lambda: at(3, 10))
        figures = service.compute("2026-01", "2026-03")
        assert figures.meetings + figures.cancelled == 51
        assert figures == service.recount("2026-01", "2026-03")
    finally:
        engine.dispose()
