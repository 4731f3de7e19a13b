"""One draft, several PCs: a coordinator continues a draft on another PC of the ward and books it
there, then presses *Färdig* in the wizard left open on the first; or two PCs finish the same
draft at the same moment. One meeting is booked, and the other PC is told why.

Real processes on the unit's shared log (PostgreSQL, and a SQLite file on a share): the other
PCs are `tests.helpers.colleague`, using the services exactly as the app does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers.colleague import REPO, run_colleague
from tests.helpers.postgres import PostgresServer
from tests.services.conftest import FakeClock, Store
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.services.errors import DraftGone, RoomNameTaken
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Meeting, Room
from vardmote_desktop.ui.errors import user_message


@pytest.fixture(
    params=[
        ("sqlite", "kalmar"),
        ("postgresql", "kalmar"),
        ("sqlite", "region_pexip"),
        ("postgresql", "region_pexip"),
    ],
    ids=lambda p: "-".join(p),
)
def shared_log(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[str, Store]]:
    database, profile_key = request.param
    if database == "sqlite":
        url = f"sqlite:///{tmp_path / 'unit.db'}"
    else:
        postgres: PostgresServer = request.getfixturevalue("postgres")
        postgres.reset()
        url = postgres.url
    monkeypatch.setenv("LOGNAME", "anna.s")  # the same login on every PC: the draft is hers
    monkeypatch.setenv("COLLEAGUE_PROFILE", profile_key)  # the other PCs: the same site
    profile = load_profiles()[profile_key]
    settings = Settings(profile=profile.key, unit="HC Torsås", user_name="Samordnare Test")
    engine = create_store_engine(url)
    upgrade_to_head(engine)
    try:
        yield url, Store(make_session_factory(engine), settings, profile, clock)
    finally:
        engine.dispose()


def _draft(log: Store, *, with_room: bool) -> tuple[MeetingPlan, int]:
    """Anna's draft on this PC: a video meeting in a room of ours, or one in the same room."""
    room = None
    if with_room:
        reserved = RoomService(log.factory, log.settings, log.profile, log.clock).reserve_name()
        room = RoomPlan(
            PlatformKind.MANUAL, reserved.name, reserved.number, join=JoinInfo(call_id="0042")
        )
    mode = MeetingMode.DIGITAL if with_room else MeetingMode.PHYSICAL
    plan = MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=mode,
        starts_at=log.clock() + timedelta(days=2),
        reference="Ärende 12",
        suitability_ok=with_room,
        room=room,
    )
    return plan, DraftService(log.factory, log.settings, log.profile).save(None, plan, page=4)


def _meetings(log: Store) -> list[int]:
    with transaction(log.factory) as session:
        assert DraftRepository(session).list_all() == []  # the draft went with the booking
        return list(session.scalars(select(Meeting.id)))


def _booked_elsewhere(
    url: str, log: Store, *, with_room: bool
) -> tuple[MeetingPlan, int, MeetingService]:
    """The draft saved here, booked by the other PC, then Färdig here: refused, nothing written."""
    plan, draft_id = _draft(log, with_room=with_room)
    booked = int(run_colleague(url, "book-draft", MeetingType.DISTANCE.value))
    meetings = MeetingService(log.factory, log.settings, log.profile, log.clock)
    with pytest.raises(DraftGone) as gone:
        meetings.book(plan, draft_id)
    assert "annan dator" in user_message(gone.value)
    assert _meetings(log) == [booked]
    return plan, booked, meetings


def test_a_draft_booked_on_another_pc_is_not_booked_again_unasked(
    shared_log: tuple[str, Store],
) -> None:
    url, log = shared_log
    plan, booked, meetings = _booked_elsewhere(url, log, with_room=True)
    # Färdig again (the wizard books without the draft): our room's name is the guard.
    assert plan.room is not None
    with pytest.raises(RoomNameTaken) as taken:
        meetings.book(plan)
    assert taken.value.name == plan.room.name
    assert plan.room.name in user_message(taken.value)
    assert _meetings(log) == [booked]
    with transaction(log.factory) as session:
        assert session.scalars(select(Room.meeting_id)).all() == [booked]
    assert meetings.detail(booked).reference == "Ärende 12"


def test_a_meeting_without_a_room_of_ours_is_booked_again_only_when_asked_twice(
    shared_log: tuple[str, Store],
) -> None:
    url, log = shared_log
    plan, booked, meetings = _booked_elsewhere(url, log, with_room=False)
    # Nothing else can tell this plan from the booked one: the user saw the list and chose.
    again = meetings.book(plan)
    assert sorted(_meetings(log)) == sorted([booked, again])


def test_two_pcs_finishing_the_same_draft_at_once_book_it_once(
    shared_log: tuple[str, Store], tmp_path: Path
) -> None:
    url, log = shared_log
    _draft(log, with_room=True)
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "tests.helpers.colleague", url, "book-draft"]
    pcs = [
        subprocess.Popen(
            [*command, MeetingType.DISTANCE.value, str(barrier)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    deadline = time.monotonic() + 60
    while len(list(barrier.glob("ready-*"))) < len(pcs) and time.monotonic() < deadline:
        time.sleep(0.01)
    (barrier / "go").touch()  # Färdig on all three PCs at once
    said = []
    for pc in pcs:
        out, err = pc.communicate(timeout=60)
        assert pc.returncode == 0, err
        said.append(out.strip())
    booked = [int(s) for s in said if s != "draft gone"]
    assert len(booked) == 1 and said.count("draft gone") == len(pcs) - 1
    assert _meetings(log) == booked
