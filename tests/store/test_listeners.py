"""The store's listeners belong to the application's session factory, not to SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tests.store.builders import meeting, participant
from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.store.engine import make_session_factory
from vardmote_desktop.store.errors import AppendOnlyError
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.listeners import Committed
from vardmote_desktop.store.models import MeetingSummary
from vardmote_desktop.store.units import get_or_create_unit


def test_importing_the_store_attaches_nothing_to_sqlalchemy() -> None:
    # A fresh interpreter: this one's test factories must not hide a global listener.
    code = (
        "import vardmote_desktop.store.models, vardmote_desktop.store.log_summary, "
        "vardmote_desktop.store.engine\n"
        "from sqlalchemy.orm import Session\n"
        "plain = Session().dispatch\n"
        "print(len(list(plain.after_flush)), len(list(plain.do_orm_execute)),"
        " len(list(plain.before_flush)))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert shown.stdout.split() == ["0", "0", "0"], shown.stderr


def test_a_plain_sessionmaker_is_left_alone(engine: Engine) -> None:
    """Only the application's factory guards history and keeps summaries (a tool's is plain)."""
    with sessionmaker(bind=engine)() as plain:
        booked = meeting(get_or_create_unit(plain, "HC Torsås"))
        plain.add(booked)
        plain.flush()
        assert plain.get(MeetingSummary, booked.id) is None


def test_each_factory_guards_history_and_keeps_summaries(engine: Engine) -> None:
    for factory in (make_session_factory(engine), make_session_factory(engine)):
        with factory() as session:
            booked = meeting(get_or_create_unit(session, "HC Torsås"))
            session.add(booked)
            session.flush()
            assert session.get(MeetingSummary, booked.id) is not None
            item = EventRepository(session).append(
                EventAction.MEETING_BOOKED, "Anna", meeting_id=booked.id
            )
            item.actor = "Someone else"
            with pytest.raises(AppendOnlyError):
                session.flush()


def test_commits_are_reported_with_their_meetings(session_factory: sessionmaker[Session]) -> None:
    engine = session_factory.kw["bind"]
    heard: list[Committed] = []
    factory = make_session_factory(engine, on_commit=heard.append)
    with factory() as session:
        booked = meeting(get_or_create_unit(session, "HC Torsås"))
        booked.participants.append(participant())
        session.add(booked)
        session.flush()
        event = EventRepository(session).append(
            EventAction.MEETING_BOOKED, "Anna", meeting_id=booked.id
        )
        session.commit()
        assert heard == [
            Committed(
                frozenset({booked.id}),
                frozenset({"meetings", "participants", "events"}),
                frozenset({event.id}),
                app_wide=False,
            )
        ]
        booked.participants[0].name = "Testperson 2"
        session.flush()
        session.rollback()  # nothing happened: nothing is reported
        EventRepository(session).append(EventAction.RETENTION_PURGE, "system")
        session.commit()
    assert len(heard) == 2 and heard[1].app_wide and heard[1].meeting_ids == frozenset()
