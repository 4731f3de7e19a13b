"""The main window's list and the file's size, against their floors: `bench_list.py --database URL`.

- *list*: MeetingService.overview() (the three groups, 200 rows each, as the window reads them),
  median of REPEAT runs, against the floor: the same three SELECTs sent as raw SQL through the
  driver (compiled once with their parameters inlined), so the ratio is what the service and the
  ORM add. The number of statements the overview sends is printed too.
- *size* (SQLite): bytes per meeting and what takes the space, from SQLite's `dbstat` table:
  tables, B-tree indexes and the FTS5 search index (the meeting_search shadow tables).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fill import NOW
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.attention import Group
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.store import attention
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.meetings import DEFAULT_UNCONFIRMED_HOURS, MeetingRepository
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


def raw_group_sql(engine: Engine) -> list[str]:
    """The overview's three SELECTs as literal SQL text (the floor sends exactly these)."""
    texts = []
    for grouping in (Group.NEEDS_ACTION, Group.UPCOMING, Group.PAST):
        statement = (
            MeetingRepository._rows()
            .where(attention.in_group(grouping, NOW, DEFAULT_UNCONFIRMED_HOURS))
            .order_by(*attention.group_order(grouping, NOW))
            .limit(200)
        )
        compiled = statement.compile(engine, compile_kwargs={"literal_binds": True})
        texts.append(str(compiled))
    return texts


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
    sent: list[str] = []

    def count(*args: Any) -> None:
        sent.append(args[2])

    event.listen(engine, "before_cursor_execute", count)
    service.overview()
    statements = len(sent)
    event.remove(engine, "before_cursor_execute", count)
    listed = median_ms(service.overview)
    raw = raw_group_sql(engine)

    def floor() -> None:
        with engine.connect() as connection:
            for text in raw:
                connection.exec_driver_sql(text).all()

    floor_ms = median_ms(floor)
    print(f"| {engine.dialect.name} | {meetings:,} meetings | | |")
    print(
        f"| list (overview, {statements} statements) | {listed:.1f} ms | raw SQL {floor_ms:.1f} ms "
        f"| {listed / floor_ms:.2f}× |"
    )
    for line in size_rows(engine, meetings):
        print(line)
    engine.dispose()


if __name__ == "__main__":
    main()
