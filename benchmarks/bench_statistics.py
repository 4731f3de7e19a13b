"""Time the statistics page's figures at N synthetic meetings (issue 5, target < 1 s at 1 000 000).

    .venv/bin/python benchmarks/bench_statistics.py 10000 100000 1000000 [--database URL]

Uses benchmarks/fill.py when it offers `fill(url, n)`; otherwise a built-in filler writes the
same kind of log straight through SQLAlchemy Core (mixed types and modes over twelve months,
2–6 recipients each, most rooms deleted, some late, some never). A SQLite file per N is kept
under benchmarks/results/ so a second run skips the filling.

Each period is timed cold (empty statistics cache: every month aggregated in SQL), warm
(nothing changed since: the cache's checks only), and after one history event in the newest
month (that month aggregated again).
"""

from __future__ import annotations

import argparse
import random
import statistics as stats
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vardmote_desktop.domain.types import (  # noqa: E402
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
    RoomState,
)
from vardmote_desktop.services.statistics import StatisticsService, month_of  # noqa: E402
from vardmote_desktop.store.engine import create_store_engine, make_session_factory  # noqa: E402
from vardmote_desktop.store.migrate import upgrade_to_head  # noqa: E402
from vardmote_desktop.store.models import (  # noqa: E402
    Delivery,
    Event,
    Meeting,
    Participant,
    Room,
    StatisticsMonthCache,
    Unit,
)

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
BATCH = 20_000
TYPES = list(MeetingType)
MODES = (
    [MeetingMode.DIGITAL] * 5
    + [MeetingMode.PARTLY_DIGITAL] * 2
    + [
        MeetingMode.PHYSICAL,
        MeetingMode.PHONE,
    ]
)


def _fill_builtin(engine: Engine, n: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with engine.begin() as connection:
        connection.execute(insert(Unit), [{"id": 1, "name": "HC Bänkeby", "next_room_number": 1}])
    participant_id = delivery_id = 0
    for first in range(1, n + 1, BATCH):
        meetings, rooms, people, deliveries = [], [], [], []
        for meeting_id in range(first, min(first + BATCH, n + 1)):
            mode = rng.choice(MODES)
            starts = NOW - timedelta(minutes=rng.randrange(365 * 24 * 60))
            meetings.append(
                {
                    "id": meeting_id,
                    "meeting_type": rng.choice(TYPES),
                    "mode": mode,
                    "status": rng.choice([MeetingStatus.HELD] * 9 + [MeetingStatus.CANCELLED]),
                    "starts_at": starts,
                    "duration_minutes": 60,
                    "unit_id": 1,
                    "organiser": "Samordnare Test",
                    "profile_key": "kalmar",
                    "suitability_ok": mode in (MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL),
                    "created_at": starts - timedelta(days=3),
                    "updated_at": starts,
                }
            )
            video = mode in (MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL)
            if video:
                fate = rng.random()
                deleted = fate < 0.97
                late = timedelta(days=2) if fate < 0.05 else timedelta(hours=1)
                rooms.append(
                    {
                        "meeting_id": meeting_id,
                        "unit_id": 1,
                        "number": meeting_id,
                        "name": f"HC Bänkeby {meeting_id}",
                        "platform": PlatformKind.MANUAL,
                        "video_address": f"hc.bankeby.{meeting_id}@video.example.se",
                        "call_id": f"{meeting_id:09d}",
                        "state": RoomState.DELETED if deleted else RoomState.ACTIVE,
                        "created_at": starts - timedelta(days=3),
                        "deleted_at": starts + late if deleted else None,
                    }
                )
            for _ in range(rng.randint(2, 6)):
                participant_id += 1
                people.append(
                    {
                        "id": participant_id,
                        "meeting_id": meeting_id,
                        "name": f"Deltagare {participant_id}",
                        "organisation_kind": OrganisationKind.MUNICIPALITY,
                        "organisation": "Bänkeby kommun",
                        "role": "handläggare",
                        "is_relative": False,
                        "joins_by_video": video,
                        "active": True,
                    }
                )
                if not video:
                    continue
                delivery_id += 1
                sent = starts - timedelta(days=3)
                confirmed = rng.random() < 0.8
                deliveries.append(
                    {
                        "id": delivery_id,
                        "participant_id": participant_id,
                        "channel": Channel.COSMIC_LINK,
                        "state": DeliveryState.CONFIRMED if confirmed else DeliveryState.SENT,
                        "sent_at": sent,
                        "confirmed_at": sent + timedelta(minutes=rng.randrange(60 * 48))
                        if confirmed
                        else None,
                        "created_at": sent,
                    }
                )
        with engine.begin() as connection:
            connection.execute(insert(Meeting), meetings)
            if rooms:
                connection.execute(insert(Room), rooms)
            connection.execute(insert(Participant), people)
            if deliveries:
                connection.execute(insert(Delivery), deliveries)


def _fill(url: str, engine: Engine, n: int) -> str:
    try:
        from benchmarks import fill as shared  # the other benchmarks' filler, when it exists
    except ImportError:
        shared = None
    if shared is not None and hasattr(shared, "fill"):
        shared.fill(url, n)
        return "benchmarks/fill.py"
    _fill_builtin(engine, n)
    return "built-in filler"


def _timed(service: StatisticsService, first: str, last: str, repeats: int) -> list[float]:
    timings = []
    for _ in range(repeats):
        began = time.perf_counter()
        service.compute(first, last)
        timings.append(time.perf_counter() - began)
    return timings


def _touch_newest_month(engine: Engine, now: datetime) -> None:
    """Record one history event on a meeting of the newest month, as any change would."""
    with engine.begin() as connection:
        newest = connection.scalar(select(func.max(Meeting.id)).where(Meeting.starts_at <= now))
        connection.execute(
            insert(Event),
            [{"meeting_id": newest, "actor": "Bänk", "action": "note", "details": {}, "at": now}],
        )


def run(n: int, url: str | None, repeats: int) -> None:
    results = ROOT / "benchmarks" / "results"
    results.mkdir(parents=True, exist_ok=True)
    url = url or f"sqlite:///{results / f'statistics_{n}.db'}"
    engine = create_store_engine(url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        existing = connection.scalar(select(func.count()).select_from(Meeting))
    if not existing:
        began = time.perf_counter()
        source = _fill(url, engine, n)
        print(f"filled {n} meetings with the {source} in {time.perf_counter() - began:.0f} s")
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    now = _now()
    factory = make_session_factory(engine)
    with engine.begin() as connection:
        connection.execute(delete(StatisticsMonthCache))  # start cold every run
    service = StatisticsService(factory, clock=lambda: now)
    with factory() as session:
        span = session.execute(select(func.min(Meeting.starts_at), func.max(Meeting.starts_at)))
        oldest, newest = span.one()
    for label, (first, last) in (
        ("last 12 months", service.default_period()),
        ("whole log", (month_of(oldest), month_of(newest))),
    ):
        cold = _timed(service, first, last, 1)[0]
        warm = _timed(service, first, last, repeats)
        _touch_newest_month(engine, now)
        changed = _timed(service, first, last, 1)[0]
        figures = service.compute(first, last)
        print(
            f"N={n:>9} {engine.dialect.name:<10} {label:<15} {first}..{last}: "
            f"cold {cold * 1000:.0f} ms, warm median {stats.median(warm) * 1000:.0f} ms, "
            f"one month changed {changed * 1000:.0f} ms ({figures.meetings} meetings)"
        )
    engine.dispose()


def _now() -> datetime:
    try:
        from benchmarks import fill as shared
    except ImportError:
        return NOW
    return getattr(shared, "NOW", NOW)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--database", help="SQLAlchemy URL (default: a SQLite file per N)")
    parser.add_argument("--repeats", type=int, default=5)
    options = parser.parse_args()
    for n in options.sizes:
        run(n, options.database, options.repeats)


if __name__ == "__main__":
    main()
