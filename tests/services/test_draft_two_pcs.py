"""One draft, two PCs: a coordinator who continued a draft on another PC of the ward and booked
it there, then pressed *Färdig* in the wizard still open on the first, books one meeting.

Two real processes on the unit's shared log (PostgreSQL, and a SQLite file on a share): the
other PC is `tests.helpers.colleague`, using the services exactly as the app does.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers.colleague import run_colleague
from tests.helpers.postgres import PostgresServer
from tests.services.conftest import Store
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.services.errors import RoomNameTaken
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Meeting, Room
from vardmote_desktop.ui.errors import user_message


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_log(
    request: pytest.FixtureRequest, tmp_path: Path, store: Store
) -> Iterator[tuple[str, Store]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'unit.db'}"
    else:
        postgres: PostgresServer = request.getfixturevalue("postgres")
        postgres.reset()
        url = postgres.url
    engine = create_store_engine(url)
    upgrade_to_head(engine)
    try:
        yield url, Store(make_session_factory(engine), store.settings, store.profile, store.clock)
    finally:
        engine.dispose()


def test_a_draft_booked_on_another_pc_is_not_booked_again(
    shared_log: tuple[str, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, log = shared_log
    monkeypatch.setenv("LOGNAME", "anna.s")  # the same login on both PCs: the draft is hers
    rooms = RoomService(log.factory, log.settings, log.profile, log.clock)
    reserved = rooms.reserve_name()
    plan = MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=log.clock() + timedelta(days=2),
        reference="Ärende 12",
        room=RoomPlan(
            PlatformKind.MANUAL, reserved.name, reserved.number, join=JoinInfo(call_id="0042")
        ),
    )
    drafts = DraftService(log.factory, log.settings, log.profile)
    draft_id = drafts.save(None, plan, page=4, reserved=reserved)

    # The other PC continues the draft and books it: the draft goes with the booking.
    booked = int(run_colleague(url, "book-draft", MeetingType.DISTANCE.value))
    assert drafts.latest(MeetingType.DISTANCE) is None

    # Färdig in the wizard left open here: refused, with the room's name and where to look.
    meetings = MeetingService(log.factory, log.settings, log.profile, log.clock)
    with pytest.raises(RoomNameTaken) as refused:
        meetings.book(plan, draft_id)
    assert refused.value.name == reserved.name
    message = user_message(refused.value)
    assert reserved.name in message and "annan dator" in message

    with transaction(log.factory) as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1
        assert session.scalars(select(Room.meeting_id)).all() == [booked]
        assert DraftRepository(session).list_all() == []
    assert meetings.detail(booked).reference == "Ärende 12"
