"""The statistics window on a known data set: charts and figures filled from a worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QPieSeries, QStackedBarSeries
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.person import click
from tests.store.test_statistics import NOW, at, known_data_set
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.room_calls import CallOutcome
from vardmote_desktop.domain.types import MeetingStatus
from vardmote_desktop.services.changes import ChangeBus
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.log_summary import refresh_meeting_summaries
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Meeting, Room
from vardmote_desktop.store.unit_models import RoomCall
from vardmote_desktop.ui.statistics_window import StatisticsWindow


@pytest.fixture
def factory(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'log.db'}")
    upgrade_to_head(engine)
    made = make_session_factory(engine)
    with made() as session:
        known_data_set(session)
        # What the automatic run saw: a call in January's first room, nobody in March's.
        rooms = session.execute(select(Room.id, Room.meeting_id).join(Meeting)).all()
        outcomes = {
            at(1, 10): CallOutcome.HELD,
            at(3, 20): CallOutcome.NOBODY,
        }
        for room_id, meeting_id in rooms:
            starts = session.get_one(Meeting, meeting_id).starts_at
            if (found := outcomes.get(starts)) is not None:
                session.add(
                    RoomCall(
                        room_id=room_id,
                        watched_from=starts,
                        checked_at=starts,
                        max_participants=0,
                        outcome=found.value,
                    )
                )
        session.flush()
        refresh_meeting_summaries(session.connection(), [m for _, m in rooms])
        session.commit()
    yield made
    engine.dispose()


def test_charts_and_figures_of_the_period(
    qtbot: QtBot, swedish_qt: None, factory: sessionmaker[Session]
) -> None:
    context = SimpleNamespace(
        statistics=StatisticsService(factory, clock=lambda: NOW), changes=ChangeBus()
    )
    window = StatisticsWindow(context)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    assert window.first_month.date() == QDate(2025, 4, 1)  # the last twelve months
    assert "förstahandsvalet" in window.subtitle.text()

    window.first_month.setDate(QDate(2026, 1, 1))
    window.last_month.setDate(QDate(2026, 3, 1))
    with qtbot.waitSignal(window.statisticsShown, timeout=10_000):
        click(qtbot, window.show_button)

    bars = window.month_chart.series()[0]
    assert isinstance(bars, QStackedBarSeries)
    values = {
        bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())]
        for bar_set in bars.barSets()
    }
    # The legend uses short names: the full ones do not fit under the chart.
    assert values["Distansmöte"] == [1, 1, 1]
    assert values["SIP öppenvård"] == [1, 0, 0]
    assert values["Annat möte"] == [0, 0, 0]  # cancelled: not counted
    # Named in full under the chart, in text that wraps: the chart's own legend cut them off.
    assert not window.month_chart.legend().isVisible()
    legend = window.month_legend.text()
    assert all(f"&nbsp;{name}" in legend for name in values), legend
    months = window.month_chart.axes()[0]
    assert isinstance(months, QBarCategoryAxis)
    assert months.categories() == ["2026-01", "2026-02", "2026-03"]

    pie = window.video_chart.series()[0]
    assert isinstance(pie, QPieSeries)
    assert [(s.label(), s.value()) for s in pie.slices()] == [
        ("Video (helt eller delvis)", 5.0),
        ("Fysiskt eller telefon", 1.0),
    ]
    figures = {key: label.text() for key, label in window.figures.items()}
    assert figures == {
        "meetings": "6",
        "video_share": "83 % (5 av 6)",
        "median": "1 tim 0 min",
        "late": "1 / 4",
        "left": "1",
        "archived": "0",
        "held_seen": "1",
        "nobody": "1",
    }
    assert window.figures["held_seen"].toolTip() == "2026-01: 1\n2026-02: 0\n2026-03: 0"
    assert window.figures["nobody"].toolTip() == "2026-01: 0\n2026-02: 0\n2026-03: 1"
    assert all(label.accessibleName() for label in window.figures.values())
    assert window.month_view.accessibleName() and window.video_view.accessibleName()

    # A period that ends before it starts is refused next to the selector, without a query.
    window.first_month.setDate(QDate(2026, 4, 1))
    click(qtbot, window.show_button)
    assert "före" in window.status.text() and not window.busy()


def test_durations_read_as_swedish(qtbot: QtBot, factory: sessionmaker[Session]) -> None:
    context = SimpleNamespace(
        statistics=StatisticsService(factory, clock=lambda: NOW), changes=ChangeBus()
    )
    window = StatisticsWindow(context)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.duration(None) == "inga bekräftelser"
    assert window.duration(45) == "45 min"
    assert window.duration(195) == "3 tim 15 min"
    assert window.duration(3 * 1440 + 125) == "3 dygn 2 tim"


def test_a_change_made_elsewhere_recomputes_the_figures(
    qtbot: QtBot, swedish_qt: None, factory: sessionmaker[Session]
) -> None:
    bus = ChangeBus()
    engine = factory.kw["bind"]
    # Another window's service, on the same log: its commits are announced on the bus.
    announced = make_session_factory(engine, on_commit=bus.committed)
    context = SimpleNamespace(statistics=StatisticsService(factory, clock=lambda: NOW), changes=bus)
    window = StatisticsWindow(context)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.first_month.setDate(QDate(2026, 1, 1))
    window.last_month.setDate(QDate(2026, 3, 1))
    with qtbot.waitSignal(window.statisticsShown, timeout=10_000):
        click(qtbot, window.show_button)
    assert window.figures["meetings"].text() == "6"

    with factory() as session:
        planned = session.scalars(
            select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED)
        ).first()
    assert planned is not None
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Kollega")
    with qtbot.waitSignal(window.statisticsShown, timeout=10_000):  # no click: the bus did it
        FollowUpService(announced, settings, profile, clock=lambda: NOW).cancel(planned)
    assert window.figures["meetings"].text() == "5"
