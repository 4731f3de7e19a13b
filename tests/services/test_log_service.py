"""LogService over a migrated SQLite file: pages, counts, streamed rows, detail, local dates."""

from __future__ import annotations

from datetime import date

from tests.helpers.log_data import FEB, JAN, book_examples
from tests.services.conftest import Store
from vardmote_desktop.domain.log_query import CancelledFilter, LogColumn, LogQuery, with_dates
from vardmote_desktop.domain.types import MeetingType, RoomState
from vardmote_desktop.services.log import LogService


def _service(store: Store) -> tuple[LogService, dict[str, int]]:
    ids = book_examples(store.factory, store.settings, store.profile, store.clock)
    return LogService(store.factory, store.settings, store.profile, store.clock), ids


def test_first_page_newest_first_with_recipients(store: Store) -> None:
    service, ids = _service(store)
    page = service.page(LogQuery(), 0, 2)
    assert [row.id for row in page.rows] == [ids["mar"], ids["feb"]]
    assert page.has_more and page.next_offset == 2
    last = service.page(LogQuery(), page.next_offset, 2)
    assert [row.id for row in last.rows] == [ids["jan"]] and not last.has_more
    feb = page.rows[1]
    assert (feb.recipients_confirmed, feb.recipients_total) == (1, 1)
    assert feb.room_name == "HC Torsås 2" and feb.room_state is RoomState.ACTIVE
    assert feb.organiser == store.settings.actor  # "Samordnare Test (login@PC)"


def test_count_and_streamed_rows_follow_the_filters(store: Store) -> None:
    service, ids = _service(store)
    query = LogQuery(unconfirmed=True, sort=LogColumn.STARTS_AT, descending=False)
    assert service.count(query) == 1
    assert [row.id for row in service.rows(query, batch=1)] == [ids["jan"]]
    assert service.count(LogQuery(types=frozenset({MeetingType.SIP_OUTPATIENT}))) == 1
    assert service.count(LogQuery(cancelled=CancelledFilter.ONLY)) == 0
    # Every meeting is over by the fake clock (December 2026) and two rooms are still active.
    assert service.count(LogQuery(room_left=True)) == 2


def test_search_a_municipality_within_a_month(store: Store) -> None:
    service, ids = _service(store)
    january = with_dates(LogQuery(text="torsås kommun"), date(2026, 1, 1), date(2026, 1, 31))
    assert [row.id for row in service.page(january).rows] == [ids["jan"]]
    february = with_dates(LogQuery(text="torsås kommun"), date(2026, 2, 1), date(2026, 2, 28))
    assert service.page(february).rows == ()


def test_local_dates_include_the_whole_last_day(store: Store) -> None:
    service, ids = _service(store)
    day = JAN.astimezone().date()
    only = with_dates(LogQuery(), day, day)
    assert [row.id for row in service.page(only).rows] == [ids["jan"]]
    assert FEB.astimezone().date() > day


def test_detail_is_the_meeting_services(store: Store) -> None:
    service, ids = _service(store)
    detail = service.detail(ids["jan"])
    assert detail.summary.id == ids["jan"]
    assert [p.name for p in detail.participants] == ["Åsa Öberg"]
    assert detail.participants[0].delivery is not None
    assert any(event.action == "meeting_booked" for event in detail.events)
