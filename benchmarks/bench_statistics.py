"""Time the statistics page's figures at N synthetic meetings (issue 5, target < 1 s at 1 000 000).

    .venv/bin/python benchmarks/bench_statistics.py 10000 100000 1000000 [--database URL]

The log is filled by benchmarks/fill.py (the log benchmarks' filler, which also writes the
summaries the statistics read). A SQLite file per N is kept under benchmarks/results/ so a
second run skips the filling.

Each period is timed cold (empty statistics cache: every month aggregated in SQL), warm
(nothing changed since: the cache's checks only), and after one history event in the newest
month (that month aggregated again).
"""

from __future__ import annotations

import argparse
import statistics as stats
import sys
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.fill import NOW as FILL_NOW  # noqa: E402
from benchmarks.fill import fill  # noqa: E402
from vardmote_desktop.services.statistics import StatisticsService, month_of  # noqa: E402
from vardmote_desktop.store.engine import create_store_engine, make_session_factory  # noqa: E402
from vardmote_desktop.store.migrate import upgrade_to_head  # noqa: E402
from vardmote_desktop.store.models import (  # noqa: E402
    Event,
    Meeting,
    StatisticsMonthCache,
)


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
        fill(url, n)
        print(f"filled {n} meetings in {time.perf_counter() - began:.0f} s")
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    now = FILL_NOW
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
