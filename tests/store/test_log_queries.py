"""The meeting log's queries on SQLite and PostgreSQL: summaries, search, filters, sort, paging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tests.store.builders import NOW, delivery, meeting, participant, room
from vardmote_desktop.domain.log_query import CancelledFilter, LogColumn, LogQuery, LogRow
from vardmote_desktop.domain.types import (
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    RoomState,
)
from vardmote_desktop.store.log_queries import LogRepository
from vardmote_desktop.store.log_summary import refresh_meeting_summary
from vardmote_desktop.store.models import Delivery, Meeting, MeetingSummary
from vardmote_desktop.store.units import get_or_create_unit

JAN = datetime(2026, 1, 14, 9, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 3, 13, 30, tzinfo=UTC)
APR = datetime(2026, 4, 20, 10, 0, tzinfo=UTC)


def _book(session: Session) -> dict[str, int]:
    """Four meetings covering the filters; returns their ids by nickname."""
    unit = get_or_create_unit(session, "HC Torsås")
    jan = meeting(unit, JAN, reference="SP-0077")
    jan.room = room(1, unit, name="HC Torsås 1", video_address="hc.torsas.1@video.example.se")
    asa = participant("Åsa Öberg")
    asa.email = "asa.oberg@torsas.example.se"
    asa.deliveries.append(delivery(DeliveryState.SENT))
    jan.participants.append(asa)

    feb = meeting(unit, FEB)
    feb.meeting_type = MeetingType.SIP_OUTPATIENT
    feb.room = room(2, unit, state=RoomState.DELETED)
    kalmar = participant("Testperson 2")
    kalmar.organisation = "Kalmar kommun"
    kalmar.deliveries.append(delivery(DeliveryState.CONFIRMED))
    gone = participant("Testperson 3", active=False)
    gone.deliveries.append(delivery(DeliveryState.SENT))
    feb.participants += [kalmar, gone]

    cancelled = meeting(unit, APR, status=MeetingStatus.CANCELLED)
    cancelled.room = room(3, unit)
    cancelled.participants.append(participant("Testperson 4"))

    physical = meeting(unit, FEB + timedelta(days=1))
    physical.meeting_type = MeetingType.DISCHARGE_PLANNING
    physical.mode = MeetingMode.PHYSICAL
    physical.participants.append(participant("Testperson 5"))
    session.add_all([jan, feb, cancelled, physical])
    session.commit()
    return {"jan": jan.id, "feb": feb.id, "cancelled": cancelled.id, "physical": physical.id}


def _ids(session: Session, query: LogQuery) -> list[int]:
    return [row.id for row in LogRepository(session).page(query, NOW, 0, 100).rows]


def test_summaries_follow_orm_writes(session: Session) -> None:
    ids = _book(session)
    summary = session.get(MeetingSummary, ids["feb"])
    assert summary is not None
    # The replaced (inactive) participant counts neither as recipient nor as unconfirmed.
    assert (summary.recipients_confirmed, summary.recipients_total) == (1, 1)
    assert not summary.unconfirmed and summary.room_state is RoomState.DELETED
    jan = session.get(MeetingSummary, ids["jan"])
    assert jan is not None and jan.unconfirmed and jan.room_name == "HC Torsås 1"

    jan_delivery = session.scalars(
        select(Delivery).where(Delivery.state == DeliveryState.SENT).order_by(Delivery.id)
    ).first()
    assert jan_delivery is not None
    jan_delivery.state = DeliveryState.CONFIRMED
    session.commit()
    session.refresh(jan)
    assert (jan.recipients_confirmed, jan.recipients_total, jan.unconfirmed) == (1, 1, False)


def test_bulk_update_then_explicit_refresh(session: Session) -> None:
    ids = _book(session)
    session.execute(
        update(Meeting).where(Meeting.id == ids["physical"]).values(reference="Rond 0042")
    )
    refresh_meeting_summary(session, ids["physical"])
    session.commit()
    assert _ids(session, LogQuery(text="rond 0042")) == [ids["physical"]]


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("åsa", ["jan"]),  # Swedish letters, any case
        ("ÖBERG", ["jan"]),
        ("0012345", []),  # no such call ID
        ("0000001", ["jan"]),  # call IDs keep their leading zeros
        ("00000", ["cancelled", "feb", "jan"]),  # every room's call ID, newest first
        ("hc.torsas.1@video", ["jan"]),  # video address
        ("sp-0077", ["jan"]),  # reference
        ("kalmar kommun", ["feb"]),  # organisation, two words
        ("testperson 3", ["feb"]),  # a replaced participant is still found
        ("torsas.example", ["jan"]),  # e-mail
        ("hc", ["cancelled", "feb", "jan"]),  # shorter than a trigram: a scan, same answer
        ("%", []),  # LIKE wildcards are literal
    ],
)
def test_search(session: Session, needle: str, expected: list[str]) -> None:
    ids = _book(session)
    assert _ids(session, LogQuery(text=needle)) == [ids[name] for name in expected]


@pytest.mark.parametrize("needle", ["00000", "kommun", "torsas.example", "nothing-like-it", "åsa"])
@pytest.mark.parametrize(
    "tuning",
    [
        {"common_matches": 1},  # every needle common: walk the sort index, test each row's text
        {"rare_trigram": 1},  # no trigram rare: the whole phrase's id list
        {"rare_trigram": 1, "common_matches": 1},
    ],
)
def test_every_search_path_gives_the_same_page(
    session: Session, needle: str, tuning: dict[str, int]
) -> None:
    # The default path (the rarest trigrams, then a substring test) is the reference; the
    # thresholds that choose the other paths are set low so that small data reaches them too.
    _book(session)
    query = LogQuery(text=needle)
    reference = LogRepository(session).page(query, NOW, 0, 100).rows
    tuned = LogRepository(session, **tuning)
    assert [r.id for r in tuned.page(query, NOW, 0, 100).rows] == [r.id for r in reference]
    assert tuned.count(query, NOW) == len(reference)


def test_municipality_participant_within_a_month(session: Session) -> None:
    ids = _book(session)
    query = LogQuery(
        text="Torsås kommun",
        starts_from=datetime(2026, 1, 1, tzinfo=UTC),
        starts_before=datetime(2026, 2, 1, tzinfo=UTC),
    )
    assert _ids(session, query) == [ids["jan"]]
    assert LogRepository(session).count(query, NOW) == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (LogQuery(types=frozenset({MeetingType.SIP_OUTPATIENT})), ["feb"]),
        (LogQuery(starts_from=FEB, starts_before=APR), ["physical", "feb"]),
        (LogQuery(room_state=RoomState.ACTIVE), ["cancelled", "jan"]),
        (LogQuery(room_state=RoomState.DELETED), ["feb"]),
        (LogQuery(room_left=True), ["cancelled", "jan"]),  # cancelled, and ended
        # Participants without deliveries are not unconfirmed: nothing was sent to them.
        (LogQuery(unconfirmed=True), ["jan"]),
        (LogQuery(cancelled=CancelledFilter.ONLY), ["cancelled"]),
        (LogQuery(cancelled=CancelledFilter.EXCLUDE), ["physical", "feb", "jan"]),
    ],
)
def test_filters(session: Session, query: LogQuery, expected: list[str]) -> None:
    ids = _book(session)
    assert _ids(session, query) == [ids[name] for name in expected]
    assert LogRepository(session).count(query, NOW) == len(expected)


def test_room_left_ignores_a_meeting_not_yet_over(session: Session) -> None:
    ids = _book(session)
    before_jan_ended = JAN + timedelta(minutes=30)
    rows = LogRepository(session).page(LogQuery(room_left=True), before_jan_ended).rows
    assert [row.id for row in rows] == [ids["cancelled"]]


@pytest.mark.parametrize("column", list(LogColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_every_column(session: Session, column: LogColumn, descending: bool) -> None:
    _book(session)
    rows = LogRepository(session).page(LogQuery(sort=column, descending=descending), NOW).rows
    assert len(rows) == 4

    def key(row: LogRow) -> Any:
        value: Callable[[LogRow], Any] = {
            LogColumn.STARTS_AT: lambda r: r.starts_at,
            LogColumn.TYPE: lambda r: r.meeting_type.value,
            LogColumn.MODE: lambda r: r.mode.value,
            LogColumn.ORGANISER: lambda r: r.organiser,
            LogColumn.ROOM_NAME: lambda r: r.room_name or "",
            LogColumn.ROOM_STATE: lambda r: r.room_state.value if r.room_state else "",
            LogColumn.RECIPIENTS: lambda r: (r.recipients_confirmed, r.recipients_total),
        }[column]
        return value(row)

    with_value = [r for r in rows if key(r) != ""]  # NULLs sort first or last by backend
    assert [key(r) for r in with_value] == sorted(
        (key(r) for r in with_value),
        reverse=descending,
    )


def test_paging_is_stable_over_ties(session: Session) -> None:
    unit = get_or_create_unit(session, "HC Torsås")
    session.add_all(meeting(unit, FEB) for _ in range(23))  # all at the same time
    session.commit()
    repository = LogRepository(session)
    everything = [r.id for r in repository.page(LogQuery(), NOW, 0, 100).rows]
    paged: list[int] = []
    offset = 0
    while True:
        page = repository.page(LogQuery(), NOW, offset, 5)
        paged += [r.id for r in page.rows]
        offset = page.next_offset
        if not page.has_more:
            break
    assert paged == everything == sorted(everything, reverse=True)
    assert list(r.id for r in repository.iter_rows(LogQuery(), NOW, batch=4)) == everything


def test_deleted_meeting_leaves_the_log_and_the_search(session: Session) -> None:
    ids = _book(session)
    jan = session.get(Meeting, ids["jan"])
    session.delete(jan)
    session.commit()
    assert session.get(MeetingSummary, ids["jan"]) is None
    assert _ids(session, LogQuery(text="åsa")) == []
