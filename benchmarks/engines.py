"""The statements a session sends, timed on both SQLite engines the app runs, on one file.

    python benchmarks/engines.py --database sqlite:////path/to/log.db [--repeat 5]

A log named by URL runs on Python's sqlite3; the encrypted default log on SQLCipher's own,
newer SQLite. Their query planners differ: twice this found a statement that one engine walked
through an index and the other read in full (benchmarks/README.md, issue 14). Each statement the
services send for the main window's list, a changed row, a detail, the statistics page and the
log window's pages and filters is captured once (benchmarks/floor.py) and replayed on both
engines against the same unencrypted file, median of `--repeat`; a statement over twice as slow
on one engine (and 2 ms more) is marked. Encryption's own cost (decrypting each page read) is
not in these figures: list_ready.py --database local measures it.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fill import NOW
from benchmarks.floor import captured
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.log_query import LogQuery
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory


def _median_ms(connection: Any, sql: str, parameters: Any, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        cursor = connection.execute(sql, parameters)
        if cursor.description is not None:
            cursor.fetchall()
        runs.append((time.perf_counter() - began) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="sqlite:////path/to/log.db (plain)")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    if not options.database.startswith("sqlite:///"):
        print("engines.py: a SQLite log only (PostgreSQL is one engine); nothing to compare")
        return
    path = options.database.removeprefix("sqlite:///")
    engine = create_store_engine(options.database)
    factory = make_session_factory(engine)
    settings, profile = Settings(profile="kalmar", unit="HC Torsås"), load_profiles()["kalmar"]
    meetings = MeetingService(factory, settings, profile, clock=lambda: NOW)
    # Today's clock, after the filled history (nothing ahead): where the two planners parted.
    today = MeetingService(factory, settings, profile)
    figures = StatisticsService(factory, clock=lambda: NOW)
    log = LogService(factory, settings, profile, clock=lambda: NOW)
    shown = meetings.overview()
    ids = [row.id for row in (*shown.needs_action, *shown.upcoming, *shown.past)][:20]
    quarter = LogQuery(
        types=frozenset({MeetingType.DISTANCE}),
        starts_from=NOW - timedelta(days=90),
        starts_before=NOW,
    )
    work: dict[str, Callable[[], object]] = {
        "list, in the history": meetings.overview,
        "list, today": today.overview,
        "changed rows": lambda: meetings.changed_rows(ids),
        "detail": lambda: meetings.detail(ids[0]),
        "statistics, 12 months": lambda: figures.compute(*figures.default_period()),
        "log, first page": lambda: log.page(LogQuery()),
        "log, count": lambda: log.count(LogQuery()),
        "log, search": lambda: log.page(LogQuery(text="Torsås")),
        "log, Obekräftade": lambda: log.page(LogQuery(unconfirmed=True)),
        "log, rum ej borttaget": lambda: log.page(LogQuery(room_left=True)),
        "log, type and quarter": lambda: log.page(quarter),
    }
    python_sqlite, sqlcipher_sqlite = sqlite3.connect(path), sqlcipher.connect(path)
    print(
        f"| what | # | sqlite3 {sqlite3.sqlite_version} | SQLCipher's {sqlcipher.sqlite_version} |"
    )
    print("| --- | ---: | ---: | ---: |")
    for label, action in work.items():
        for number, (sql, parameters) in enumerate(captured(engine, action)):
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            old = _median_ms(python_sqlite, sql, parameters, options.repeat)
            new = _median_ms(sqlcipher_sqlite, sql, parameters, options.repeat)
            mark = " **slower**" if new > 2 * old + 2 else ""
            mark = " **faster**" if old > 2 * new + 2 else mark
            print(f"| {label} | {number} | {old:.1f} ms | {new:.1f} ms{mark} |")
    engine.dispose()


if __name__ == "__main__":
    main()
