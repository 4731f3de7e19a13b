"""`--check` verifies the history's hash chain and names the first event that was altered."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.store.builders import meeting
from tests.test_packaging_support import _main
from vardmote_desktop.domain.types import EventAction
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.events import EventRepository
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.units import get_or_create_unit

CHECK = ("--check", "--profile", "kalmar", "--unit", "HC Torsås")


def _log_with_history(database: Path) -> list[int]:
    engine = create_store_engine(f"sqlite:///{database}")
    try:
        upgrade_to_head(engine)
        with make_session_factory(engine)() as session:
            booked = meeting(get_or_create_unit(session, "HC Torsås"))
            session.add(booked)
            session.flush()
            events = EventRepository(session)
            ids = [
                events.append(EventAction.MEETING_BOOKED, "Anna", meeting_id=booked.id).id,
                events.append(EventAction.ROOM_RECORDED, "Anna", meeting_id=booked.id).id,
            ]
            session.commit()
    finally:
        engine.dispose()
    return ids


def test_check_passes_a_whole_history_and_names_an_edited_event(tmp_path: Path) -> None:
    # The subprocess sees no keyring (tests/conftest.py), so its default log is plain SQLite.
    database = tmp_path / "data" / "vardmote.db"
    database.parent.mkdir(parents=True)
    _booked, recorded = _log_with_history(database)
    whole = _main(*CHECK, home=tmp_path)
    assert whole.returncode == 0, whole.stderr

    with closing(sqlite3.connect(database)) as raw:
        raw.execute("UPDATE events SET actor = 'Någon annan' WHERE id = ?", (recorded,))
        raw.commit()
    altered = _main(*CHECK, home=tmp_path)

    assert altered.returncode == 1
    assert f"händelse {recorded} (room_recorded" in altered.stderr
    assert "historiken har ändrats" in altered.stderr
