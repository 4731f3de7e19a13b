"""The main window's list and the file's size, against their floors: `bench_list.py --database URL`.

- *list*: MeetingService.overview() (the three groups, 200 rows each, as the window reads them),
  median of REPEAT runs, against the floor: the same statements replayed as raw SQL through the
  driver (benchmarks/floor.py), so the ratio is what the service and the ORM add. The number
  of statements the overview sends is printed too, and each one's replay alone (*Behöver
  åtgärd*, *Kommande*, *Tidigare*).
- *size* (SQLite): bytes per meeting and what takes the space, from SQLite's `dbstat` table:
  tables, B-tree indexes and the FTS5 search index (the meeting_search shadow tables).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fill import NOW
from benchmarks.floor import captured, replay
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.models import Meeting

REPEAT = 9


def median_ms(fn: Callable[[], Any]) -> float:
    runs = []
    for _ in range(REPEAT):
        began = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - began) * 1000)
    return statistics.median(runs)


def size_rows(engine: Engine, meetings: int) -> list[str]:
    if engine.dialect.name != "sqlite" or not meetings:
        return []
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT s.name, m.type, sum(s.pgsize) FROM dbstat s "
            "LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY s.name"
        ).all()
    parts = {"tables": 0, "B-tree indexes": 0, "FTS search index": 0}
    biggest: list[tuple[int, str]] = []
    for name, kind, size in rows:
        if str(name).startswith("meeting_search"):
            parts["FTS search index"] += size
        elif kind == "index" or str(name).startswith("sqlite_autoindex"):
            parts["B-tree indexes"] += size
        else:
            parts["tables"] += size
        biggest.append((int(size), str(name)))
    total = sum(parts.values())
    lines = [f"| file: {total / meetings:,.0f} bytes per meeting ({total / 1e6:,.0f} MB) | |"]
    for part, size in parts.items():
        lines.append(f"| {part} | {100 * size / total:.0f} % |")
    top = ", ".join(f"{n} {100 * s / total:.0f} %" for s, n in sorted(biggest, reverse=True)[:6])
    lines.append(f"| largest | {top} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    options = parser.parse_args()
    engine = create_store_engine(options.database)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        meetings = connection.scalar(select(func.count()).select_from(Meeting)) or 0
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Mätning")
    service = MeetingService(make_session_factory(engine), settings, profile, lambda: NOW)
    sent = captured(engine, service.overview)
    listed = median_ms(service.overview)
    floor_ms = median_ms(lambda: replay(engine, sent))
    statements = len(sent)
    print(f"| {engine.dialect.name} | {meetings:,} meetings | | |")
    print(
        f"| list (overview, {statements} statements) | {listed:.1f} ms | raw SQL {floor_ms:.1f} ms "
        f"| {listed / floor_ms:.2f}× |"
    )
    # Each statement replayed alone (the groups in the order the service sends them).
    each = [f"{median_ms(partial(replay, engine, [one])):.1f}" for one in sent]
    print(f"| raw SQL per statement | {' / '.join(each)} ms | | |")
    for line in size_rows(engine, meetings):
        print(line)
    engine.dispose()


if __name__ == "__main__":
    main()
