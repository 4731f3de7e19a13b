"""Fill a meeting log with N synthetic meetings, fast: `python benchmarks/fill.py N --database URL`.

Core executemany inserts in big batches (no ORM unit of work), with the log summaries computed
here exactly as store/log_summary.py would. Synthetic people only ("Testperson 123").
A realistic mix: the five meeting types, the four modes (physical and phone meetings have no
room), 2–6 recipients each, rooms in every state (a few active long after their meeting),
some cancelled meetings, two history events per meeting (hash-chained as the app writes them,
so `vardmote-desktop --check` finds the history whole), about five years of history.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from vardmote_desktop.domain.attention import ends_at
from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.store import statistics_totals
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.history_chain import GENESIS, event_hash
from vardmote_desktop.store.log_summary import confirm_minutes, deleted_late, search_text
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import (
    Delivery,
    Event,
    Meeting,
    MeetingSummary,
    Participant,
    Room,
    Unit,
)

BATCH = 5000
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
SPAN_DAYS = 5 * 365
MUNICIPALITIES = [
    "Torsås kommun", "Kalmar kommun", "Emmaboda kommun", "Nybro kommun", "Borgholms kommun",
    "Mörbylånga kommun", "Oskarshamns kommun", "Västerviks kommun", "Vimmerby kommun",
    "Hultsfreds kommun", "Högsby kommun", "Mönsterås kommun",
]  # fmt: skip
UNITS = ["HC Torsås", "HC Kalmar", "Avd 12 Länssjukhuset", "HC Nybro"]
TYPES = list(MeetingType)
MODES = (
    [MeetingMode.DIGITAL] * 6
    + [MeetingMode.PARTLY_DIGITAL] * 2
    + [
        MeetingMode.PHYSICAL,
        MeetingMode.PHONE,
    ]
)


def _units(connection: Connection) -> list[tuple[int, str]]:
    rows = []
    for name in UNITS:
        found = connection.execute(select(Unit.id).where(Unit.name == name)).scalar()
        if found is None:
            key = connection.execute(insert(Unit).values(name=name)).inserted_primary_key
            assert key is not None  # an INSERT … VALUES always has one
            found = key[0]
        rows.append((int(found), name))
    return rows


def _start() -> datetime:
    starts = NOW - timedelta(days=SPAN_DAYS * random.random() ** 0.8) + timedelta(days=30)
    return starts.replace(minute=random.choice((0, 15, 30, 45)), second=0, microsecond=0)


def _batch(
    first_id: int,
    count: int,
    first_pid: int,
    units: list[tuple[int, str]],
    in_order: Iterator[datetime] | None = None,
) -> Any:
    meetings, rooms, people, deliveries, events, summaries = [], [], [], [], [], []
    pid = first_pid
    for mid in range(first_id, first_id + count):
        rnd = random.random()
        starts = _start() if in_order is None else next(in_order)
        over = starts + timedelta(hours=2) < NOW
        cancelled = rnd < 0.05
        status = (
            MeetingStatus.CANCELLED
            if cancelled
            else (MeetingStatus.HELD if over and rnd < 0.85 else MeetingStatus.PLANNED)
        )
        mode = random.choice(MODES)
        video = mode in (MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL)
        unit_id, unit_name = random.choice(units)
        reference = f"SP-{random.randrange(10**6):06d}" if random.random() < 0.3 else None
        duration = random.choice((30, 45, 60, 90))
        meetings.append(
            {
                "id": mid, "meeting_type": random.choice(TYPES), "mode": mode, "status": status,
                "starts_at": starts, "duration_minutes": duration,
                "unit_id": unit_id, "organiser": f"Samordnare {random.randrange(40)}",
                "profile_key": "kalmar", "reference": reference, "suitability_ok": video,
                "created_at": starts - timedelta(days=7), "updated_at": starts,
                "cancelled_at": starts - timedelta(days=1) if cancelled else None,
                "held_at": starts if status is MeetingStatus.HELD else None,
            }
        )  # fmt: skip
        room_state = None
        room_parts: list[str | None] = []
        if video:
            external = random.random() < 0.05
            if external:
                room_state = RoomState.EXTERNAL
            elif over or cancelled:
                room_state = RoomState.ACTIVE if random.random() < 0.01 else RoomState.DELETED
            else:
                room_state = RoomState.ACTIVE
            name = None if external else f"{unit_name} {mid}"
            address = f"vm{mid}@video.example.se"
            call_id = f"{mid:09d}"
            rooms.append(
                {
                    "meeting_id": mid, "unit_id": None if external else unit_id,
                    "number": None if external else mid, "name": name,
                    "platform": PlatformKind.EXTERNAL if external else PlatformKind.CMS,
                    "video_address": address, "call_id": call_id, "state": room_state,
                    "created_at": starts - timedelta(days=7),
                    "deleted_at": starts + timedelta(hours=2)
                    if room_state is RoomState.DELETED else None,
                }
            )  # fmt: skip
            room_parts = [name, address, call_id]
        total = confirmed = 0
        unconfirmed = False
        minutes: list[int] = []
        person_parts: list[str | None] = []
        for _ in range(random.randint(2, 6)):
            pid += 1
            organisation = random.choice(MUNICIPALITIES)
            person = f"Testperson {random.randrange(200_000)}"
            email = f"tp{pid}@example.se" if random.random() < 0.4 else None
            people.append(
                {
                    "id": pid, "meeting_id": mid, "name": person,
                    "organisation_kind": OrganisationKind.MUNICIPALITY,
                    "organisation": organisation, "role": "biståndshandläggare",
                    "is_relative": False, "email": email, "joins_by_video": video,
                    "active": True,
                }
            )  # fmt: skip
            person_parts += [person, organisation, email]
            if video:  # only those sent a delivery are recipients (domain.attention)
                total += 1
                roll = random.random() if over else random.random() * 0.6 + 0.4
                state = (
                    DeliveryState.CONFIRMED
                    if roll < 0.85
                    else DeliveryState.SENT
                    if roll < 0.95
                    else DeliveryState.NOT_SENT
                )
                confirmed += state is DeliveryState.CONFIRMED
                unconfirmed |= state is not DeliveryState.CONFIRMED
                sent_at = starts - timedelta(days=3)
                confirmed_at = starts - timedelta(days=2)
                if state is DeliveryState.CONFIRMED:
                    minutes.append(confirm_minutes(sent_at, confirmed_at))
                deliveries.append(
                    {
                        "participant_id": pid, "channel": Channel.PHONE, "state": state,
                        "sent_at": sent_at if state is not DeliveryState.NOT_SENT else None,
                        "confirmed_at": confirmed_at
                        if state is DeliveryState.CONFIRMED else None,
                        "created_at": starts - timedelta(days=7),
                    }
                )  # fmt: skip
        previous = GENESIS  # each meeting's history is a hash chain, as the app writes it
        for action in ("meeting_booked", "room_recorded" if video else "judged_unsuitable"):
            at = starts - timedelta(days=7)
            previous = event_hash(previous, mid, at, "fill.py", action, {})
            events.append(
                {
                    "meeting_id": mid, "at": at, "actor": "fill.py", "action": action,
                    "details": {}, "chain_hash": previous,
                }
            )  # fmt: skip
        summaries.append(
            {
                "meeting_id": mid, "room_name": room_parts[0] if room_parts else None,
                "room_state": room_state, "recipients_total": total,
                "recipients_confirmed": confirmed, "unconfirmed": unconfirmed,
                "ends_at": ends_at(starts, duration), "starts_at": starts,
                "search_text": search_text([reference, *room_parts, *person_parts]),
                "confirm_minutes": ",".join(map(str, minutes)),
                "room_late": deleted_late(room_state, starts + timedelta(hours=2), starts),
            }
        )  # fmt: skip
    return pid, [
        (Meeting, meetings), (Room, rooms), (Participant, people), (Delivery, deliveries),
        (Event, events), (MeetingSummary, summaries),
    ]  # fmt: skip


def fill(url: str, count: int, seed: int = 5, *, in_date_order: bool = False) -> None:
    engine = create_store_engine(url)
    try:
        fill_engine(engine, count, seed, in_date_order=in_date_order)
    finally:
        engine.dispose()


def fill_engine(
    engine: Engine, count: int, seed: int = 5, *, quiet: bool = False, in_date_order: bool = False
) -> None:
    """Add `count` meetings to the log behind engine (migrated first); tests use it too.

    By default the meetings' ids are in random date order, so each recent meeting lies on a
    page of its own: the pessimistic side. `in_date_order` numbers them by start, as a log
    that is booked day by day roughly is."""
    random.seed(seed)
    in_order = iter(sorted(_start() for _ in range(count))) if in_date_order else None
    upgrade_to_head(engine)
    started = time.perf_counter()
    with engine.connect() as connection:
        units = _units(connection)
        first = (connection.execute(select(func.max(Meeting.id))).scalar() or 0) + 1
        pid = connection.execute(select(func.max(Participant.id))).scalar() or 0
        connection.commit()
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            pid, tables = _batch(first + done, size, pid, units, in_order)
            for model, rows in tables:
                if rows:
                    connection.execute(insert(model), rows)
            # The statistics' running totals, as the app's summary writer keeps them.
            statistics_totals.apply_changes(connection, range(first + done, first + done + size))
            connection.commit()
            done += size
            rate = done / (time.perf_counter() - started)
            if not quiet:
                print(f"\r{done}/{count} möten ({rate:.0f}/s)", end="", file=sys.stderr)
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("ANALYZE")
            connection.exec_driver_sql(
                "INSERT INTO meeting_search(meeting_search) VALUES('optimize')"
            )
        else:
            connection.exec_driver_sql("ANALYZE")
        connection.commit()
    if not quiet:
        print(f"\nklart: {count} möten på {time.perf_counter() - started:.0f} s", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("--database", required=True, help="t.ex. sqlite:////tmp/bench.db")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--if-empty", action="store_true", help="nothing if the log has meetings")
    parser.add_argument(
        "--in-date-order", action="store_true", help="ids by start, as a real log is booked"
    )
    args = parser.parse_args()
    if args.if_empty:
        engine = create_store_engine(args.database)
        upgrade_to_head(engine)
        with engine.connect() as connection:
            existing = connection.execute(select(func.count()).select_from(Meeting)).scalar()
        engine.dispose()
        if existing:
            print(f"{existing} möten finns redan: ingen fyllning", file=sys.stderr)
            return
    fill(args.database, args.count, args.seed, in_date_order=args.in_date_order)


if __name__ == "__main__":
    main()
