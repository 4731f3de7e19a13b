"""Time the statistics page's figures on a filled log: `bench_statistics.py --database URL`.

The page reads running totals (store/statistics_totals.py, migration 0011). Each period (the
last twelve months, and the whole log) is timed through StatisticsService.compute, median of
REPEAT runs, against the floor: the same statements it sent (the totals, the rooms left, the
archive), replayed as raw SQL through the driver (benchmarks/floor.py). For comparison, the
old way: every month counted again from the meetings (recount, the figures the totals must
always equal; one run, it takes seconds at a million meetings).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fill import NOW
from benchmarks.floor import captured, replay
from vardmote_desktop.services.statistics import Statistics, StatisticsService, month_of
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Meeting

REPEAT = 9


def median_ms(fn: Callable[[], Any], repeat: int = REPEAT) -> float:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - began) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--no-recount", action="store_true", help="skip the slow old way")
    options = parser.parse_args()
    engine = create_store_engine(options.database)
    upgrade_to_head(engine)
    service = StatisticsService(make_session_factory(engine), clock=lambda: NOW)
    with engine.connect() as connection:
        count, oldest, newest = connection.execute(
            select(func.count(), func.min(Meeting.starts_at), func.max(Meeting.starts_at))
        ).one()
    print(f"| {engine.dialect.name} | {count:,} meetings | | | |")
    periods = [("last 12 months", service.default_period())]
    if count:  # an empty log has no months of its own: the page's default period only
        periods.append(("whole log", (month_of(oldest), month_of(newest))))
    for label, (first, last) in periods:

        def page_figures(f: str = first, la: str = last) -> Statistics:
            return service.compute(f, la)

        def recounted(f: str = first, la: str = last) -> Statistics:
            return service.recount(f, la)

        sent = captured(engine, page_figures)
        page = median_ms(page_figures)
        raw = median_ms(lambda: replay(engine, sent))  # noqa: B023 - called at once
        recount = "–"
        if not options.no_recount:
            recount = f"{median_ms(recounted, 1):,.0f} ms"
        print(
            f"| statistics, {label} ({first}..{last}) | {page:.1f} ms | raw SQL {raw:.1f} ms "
            f"| {page / raw:.2f}× | recount {recount} |"
        )
    engine.dispose()


if __name__ == "__main__":
    main()
