"""The reminder tray with a fake clock: notify once per reminder, clicks open the meeting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.person import click
from tests.services.conftest import FakeClock
from tests.store.test_statistics import add_meeting
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import MeetingStatus, RoomState
from vardmote_desktop.services.reminders import Reminder, ReminderKind, ReminderService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.ui.reminders import ReminderBanner, ReminderTray

START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def factory(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'log.db'}")
    upgrade_to_head(engine)
    yield make_session_factory(engine)
    engine.dispose()


def make_tray(
    qtbot: QtBot,
    factory: sessionmaker[Session],
    clock: FakeClock,
    poll_ms: int = 3_600_000,
    profile_key: str = "kalmar",
) -> ReminderTray:
    profile = load_profiles()[profile_key]
    settings = Settings(profile=profile_key, unit="Enhet Statistik", user_name="Samordnare Test")
    reminders = ReminderService(factory, settings, profile, clock, zone=UTC)
    context = SimpleNamespace(reminders=reminders)
    tray = ReminderTray(context, clock, poll_ms=poll_ms)  # type: ignore[arg-type]
    return tray


def poll(qtbot: QtBot, tray: ReminderTray) -> None:
    with qtbot.waitSignal(tray.polled, timeout=10_000):
        tray.poll()


def test_notifications_once_and_clicks_open_the_meeting(
    qtbot: QtBot, swedish_qt: None, factory: sessionmaker[Session]
) -> None:
    with factory() as session:
        left = add_meeting(session, datetime(2026, 12, 1, 6, tzinfo=UTC), room=RoomState.ACTIVE)
        soon = add_meeting(
            session,
            datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
            status=MeetingStatus.PLANNED,
            confirmed_after=(5,),
        )
        session.commit()
        left_id, soon_id = left.id, soon.id
    clock = FakeClock(START)
    tray = make_tray(qtbot, factory, clock)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    tray.attach_banner(banner)
    shown: list[Reminder] = []
    tray.notify.connect(shown.append)

    with qtbot.waitSignal(tray.polled, timeout=10_000):
        tray.start()  # polls at once, then every interval
    assert [(r.kind, r.meeting_id) for r in shown] == [(ReminderKind.ROOM_NOT_DELETED, left_id)]
    assert tray.title(shown[0]) == "Rum ej borttaget"
    assert "finns kvar" in tray.body(shown[0])
    if not tray.available:  # offscreen: no system tray, so the window's banner shows it
        assert not banner.isHidden() and "Rum ej borttaget" in banner.text.text()

    # The notification clicked: the window is asked to show and to open that meeting.
    show_requests: list[bool] = []
    tray.showRequested.connect(lambda: show_requests.append(True))
    with qtbot.waitSignal(tray.openMeeting) as opened:
        tray.icon.messageClicked.emit()
    assert opened.args == [left_id] and show_requests == [True]

    poll(qtbot, tray)
    assert len(shown) == 1  # shown once

    # Fifteen minutes before the next meeting starts, its reminder comes.
    clock.now = datetime(2026, 12, 1, 8, 16, tzinfo=UTC)
    poll(qtbot, tray)
    assert [(r.kind, r.meeting_id) for r in shown[1:]] == [(ReminderKind.STARTING_SOON, soon_id)]
    assert "börjar" in tray.body(shown[1])

    # The tray menu lists both, newest first, and each opens its meeting.
    assert len(tray.reminder_actions) == 2
    assert tray.menu.actions()[0].text() == "&Visa Vårdmöte"
    assert tray.menu.actions()[-1].text() == "&Avsluta"
    with qtbot.waitSignal(tray.openMeeting) as opened:
        tray.reminder_actions[0].trigger()
    assert opened.args == [soon_id]

    # The banner's own button opens the meeting it shows.
    if not tray.available:
        with qtbot.waitSignal(tray.openMeeting) as opened:
            click(qtbot, banner.open_button)
        assert opened.args == [soon_id]
    with qtbot.waitSignal(tray.quitRequested):
        tray.quit_action.trigger()
    tray.stop()


def test_the_timer_polls_without_a_window(
    qtbot: QtBot, swedish_qt: None, factory: sessionmaker[Session]
) -> None:
    tray = make_tray(qtbot, factory, FakeClock(START), poll_ms=20)
    with qtbot.waitSignal(tray.polled, timeout=10_000):
        tray.start()
    with qtbot.waitSignal(tray.polled, timeout=10_000):
        pass  # the next poll comes from the timer alone
    tray.stop()
    assert not tray.timer.isActive()


def test_a_cancelled_meetings_room_is_not_said_to_be_left_after_the_meeting(
    qtbot: QtBot, swedish_qt: None, factory: sessionmaker[Session]
) -> None:
    with factory() as session:
        cancelled = add_meeting(
            session,
            datetime(2026, 12, 3, 9, tzinfo=UTC),  # two days ahead: it never took place
            status=MeetingStatus.CANCELLED,
            room=RoomState.ACTIVE,
        )
        add_meeting(session, datetime(2026, 11, 30, 9, tzinfo=UTC), room=RoomState.ACTIVE)
        session.commit()
        cancelled_id = cancelled.id
    tray = make_tray(qtbot, factory, FakeClock(START))
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    tray.attach_banner(banner)
    shown: list[Reminder] = []
    tray.notify.connect(shown.append)
    poll(qtbot, tray)
    by_id = {r.meeting_id: r for r in shown}
    assert len(shown) == 2 and by_id[cancelled_id].cancelled
    body = tray.body(by_id[cancelled_id])
    assert "är inställt men mötesrummet" in body and "efter mötet" not in body
    held = next(r for r in shown if r.meeting_id != cancelled_id)
    assert "finns fortfarande kvar" in tray.body(held)  # left overnight: the next morning
    if not tray.available:  # two at once: the banner says how many more, in the singular
        assert "(och 1 påminnelse till)" in banner.text.text()
    tray.stop()


def test_more_reminders_are_counted_in_the_plural(
    qtbot: QtBot, swedish_qt: None, factory: sessionmaker[Session]
) -> None:
    with factory() as session:
        for day in (27, 28, 29):
            add_meeting(session, datetime(2026, 11, day, 9, tzinfo=UTC), room=RoomState.ACTIVE)
        session.commit()
    tray = make_tray(qtbot, factory, FakeClock(START))
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    tray.attach_banner(banner)
    poll(qtbot, tray)
    if not tray.available:
        assert "(och 2 påminnelser till)" in banner.text.text()
    tray.stop()


@pytest.mark.parametrize(
    ("profile_key", "tool_words"),
    [
        ("kalmar", ("Cisco Meeting", "Delete space", "Ta bort mötesrum i Cisco Meeting")),
        ("region_pexip", ("Pexip", "Virtual Meeting Rooms")),
    ],
)
def test_a_manual_rooms_reminder_escalates_and_says_how_to_delete_it(
    qtbot: QtBot,
    swedish_qt: None,
    factory: sessionmaker[Session],
    profile_key: str,
    tool_words: tuple[str, ...],
) -> None:
    with factory() as session:
        pasted = add_meeting(
            session,
            datetime(2026, 12, 1, 9, tzinfo=UTC),
            status=MeetingStatus.PLANNED,
            room=RoomState.ACTIVE,
        )  # 09:00–10:00, its room made by hand in the vendor's app
        session.commit()
        meeting_id, room_name = pasted.id, pasted.room.name if pasted.room else None
    clock = FakeClock(START)
    tray = make_tray(qtbot, factory, clock, profile_key=profile_key)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    tray.attach_banner(banner)
    shown: list[Reminder] = []
    tray.notify.connect(shown.append)

    poll(qtbot, tray)
    assert shown == [] and banner.isHidden()  # 08:00: the meeting has not even begun

    expected = [
        (datetime(2026, 12, 1, 10, tzinfo=UTC), "Ta bort mötesrummet"),  # the end
        (datetime(2026, 12, 1, 11, tzinfo=UTC), "Rum ej borttaget"),  # the end plus the grace
        (datetime(2026, 12, 2, 7, tzinfo=UTC), "Rum ej borttaget sedan igår"),  # next morning
    ]
    for now, title in expected:
        clock.now = now
        poll(qtbot, tray)
        assert [r.meeting_id for r in shown] == [meeting_id]
        reminder = shown.pop()
        assert tray.title(reminder) == title
        body = tray.body(reminder)
        # Exactly what to do in the site's own video tool, then here; the room, no person.
        assert all(word in body for word in tool_words), body
        assert "Ta bort mötesrum" in body and str(room_name) in body
        if not tray.available:
            assert not banner.isHidden() and title in banner.text.text()
            assert tool_words[1] in banner.text.text()
            click(qtbot, banner.close_button)  # the user puts it away; it comes back later
            assert banner.isHidden()
        clock.now = now.replace(minute=30)
        poll(qtbot, tray)
        assert shown == []  # each stage once
    assert "finns fortfarande kvar" in tray.body(tray.recent[0])
    # Every stage is in the tray menu, and each opens the meeting.
    assert len(tray.reminder_actions) == 3
    with qtbot.waitSignal(tray.openMeeting) as opened:
        tray.reminder_actions[0].trigger()
    assert opened.args == [meeting_id]
    if not tray.available:
        clock.now = datetime(2026, 12, 1, 10, tzinfo=UTC)  # a new session of the same day
        again = make_tray(qtbot, factory, clock, profile_key=profile_key)
        again.attach_banner(banner)
        poll(qtbot, again)
        with qtbot.waitSignal(again.openMeeting) as opened:
            click(qtbot, banner.open_button)
        assert opened.args == [meeting_id] and banner.isHidden()
        again.stop()
    tray.stop()
