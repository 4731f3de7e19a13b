"""The same meeting shows the same figures and warnings in every window, report and reminder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from tests.services.conftest import Store
from vardmote_desktop.domain.attention import Attention, Group
from vardmote_desktop.domain.log_query import LogQuery
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, RoomPlan
from vardmote_desktop.services.export import write_csv
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.reminders import ReminderKind, ReminderService
from vardmote_desktop.store.models import Delivery, Participant
from vardmote_desktop.ui.log.texts import export_texts


def _person(name: str, channel: Channel | None, *, sent: bool) -> ParticipantPlan:
    return ParticipantPlan(
        name=name,
        organisation_kind=OrganisationKind.MUNICIPALITY,
        organisation="Torsås kommun",
        role="biståndshandläggare",
        phone="0480-12345",
        channel=channel,
        sent_now=sent,
    )


def _book(store: Store) -> int:
    """Tomorrow: one recipient called (confirmed), one who joins in the room (no delivery)."""
    return MeetingService(store.factory, store.settings, store.profile, store.clock).book(
        MeetingPlan(
            meeting_type=MeetingType.DISTANCE,
            mode=MeetingMode.DIGITAL,
            starts_at=store.clock() + timedelta(hours=20),
            participants=[
                _person("Testperson 1", Channel.PHONE, sent=True),
                _person("Testperson 2", None, sent=False),
            ],
            room=RoomPlan(platform=PlatformKind.CMS, name="HC Torsås 1", number=1),
        )
    )


def _figures_everywhere(store: Store, meeting_id: int, tmp_path: Path) -> set[tuple[int, int]]:
    meetings = MeetingService(store.factory, store.settings, store.profile, store.clock)
    log = LogService(store.factory, store.settings, store.profile, store.clock, meetings=meetings)
    overview = meetings.overview()
    listed = [m for g in overview.__dict__.values() for m in g if m.id == meeting_id]
    detail = meetings.detail(meeting_id).summary
    row = next(r for r in log.page(LogQuery()).rows if r.id == meeting_id)
    path = tmp_path / "export.csv"
    write_csv(log.rows(LogQuery()), path, export_texts(LogQuery(), store.clock()))
    cells = path.read_text(encoding="utf-8-sig").splitlines()[1].split(";")
    return {
        (listed[0].confirmed, listed[0].recipients),
        (detail.confirmed, detail.recipients),
        (row.recipients_confirmed, row.recipients_total),
        (int(cells[7]), int(cells[8])),  # Bekräftade; Mottagare
    }


def test_main_window_log_detail_and_export_agree(store: Store, tmp_path: Path) -> None:
    meeting_id = _book(store)
    # Once 1/1 in the main window and 1 / 2 in the log: the one in the room is no recipient.
    assert _figures_everywhere(store, meeting_id, tmp_path) == {(1, 1)}


def test_a_resend_replaces_the_earlier_delivery_everywhere(store: Store, tmp_path: Path) -> None:
    meeting_id = _book(store)
    with store.factory() as session:
        called = session.scalars(
            select(Participant).where(Participant.name == "Testperson 1")
        ).one()
        # Sent again by another channel after the call: the current delivery is unconfirmed.
        called.deliveries.append(Delivery(channel=Channel.COSMIC_LINK, state=DeliveryState.SENT))
        session.commit()
    assert _figures_everywhere(store, meeting_id, tmp_path) == {(0, 1)}

    meetings = MeetingService(store.factory, store.settings, store.profile, store.clock)
    listed = meetings.overview().needs_action
    assert [(m.id, m.attention, m.group) for m in listed] == [
        (meeting_id, (Attention.UNCONFIRMED,), Group.NEEDS_ACTION)
    ]
    assert meetings.detail(meeting_id).summary.attention == (Attention.UNCONFIRMED,)
    reminders = ReminderService(store.factory, store.settings, store.profile)
    kinds = {(r.kind, r.meeting_id) for r in reminders.pending(store.clock())}
    assert (ReminderKind.UNCONFIRMED, meeting_id) in kinds
