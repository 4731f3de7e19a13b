"""Measure the meeting log on a filled database: `python benchmarks/measure.py --database URL`.

Times go through the real LogService and the log window's table model (first screen =
creating LogWindow until its first page is in the model, pumping the Qt event loop), and
through LogService.page for each filter. Each case runs REPEAT times: the first (cold) and the
median are reported. Memory: peak resident size (ru_maxrss) after the measurements minus after
an empty application (QApplication, services and imports loaded, no log window).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.log_query import (
    CancelledFilter,
    LogColumn,
    LogQuery,
    with_dates,
)
from vardmote_desktop.domain.types import MeetingType, RoomState
from vardmote_desktop.services.log import LogService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head

REPEAT = 5
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)  # fill.py's "now"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time(fn: Callable[[], Any]) -> tuple[float, float]:
    runs = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return runs[0], statistics.median(runs)


def _first_screen(app: QApplication, service: LogService, profile: Any) -> float:
    """Milliseconds from creating the window until the first page is in its model."""
    from vardmote_desktop.ui.log.window import LogWindow

    started = time.perf_counter()
    window = LogWindow(SimpleNamespace(log=service, profile=profile))  # type: ignore[arg-type]
    while window.model.rowCount() == 0 and window.model.has_more:
        app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    window.close()  # the count may still run: waited for outside the measured time
    while window.busy():
        app.processEvents()
    window.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    app = QApplication([])
    engine = create_store_engine(args.database)
    upgrade_to_head(engine)
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Mätning")
    service = LogService(make_session_factory(engine), settings, profile, lambda: NOW)
    import vardmote_desktop.ui.log.window  # noqa: F401 - part of the empty application

    baseline = _rss_mb()
    total = service.count(LogQuery())
    month = with_dates(LogQuery(), date(2025, 3, 1), date(2025, 3, 31))
    rare_call_id = f"{max(1, total // 2):09d}"
    cases: list[tuple[str, LogQuery]] = [
        ("text: call ID (one hit)", LogQuery(text=rare_call_id)),
        ("text: 'testperson 12345' (rare)", LogQuery(text="testperson 12345")),
        ("text: 'torsås kommun' (common)", LogQuery(text="torsås kommun")),
        ("text + month: 'emmaboda' in 2025-03", replace(month, text="emmaboda")),
        ("state: room active", LogQuery(room_state=RoomState.ACTIVE)),
        ("state: rum ej borttaget", LogQuery(room_left=True)),
        ("state: obekräftade", LogQuery(unconfirmed=True)),
        ("state: only cancelled", LogQuery(cancelled=CancelledFilter.ONLY)),
        ("type + month", replace(month, types=frozenset({MeetingType.SIP_INPATIENT}))),
        ("sort: room name asc", LogQuery(sort=LogColumn.ROOM_NAME, descending=False)),
        ("sort: recipients desc", LogQuery(sort=LogColumn.RECIPIENTS)),
        (
            "sort: type asc + no cancelled",
            LogQuery(sort=LogColumn.TYPE, descending=False, cancelled=CancelledFilter.EXCLUDE),
        ),
    ]
    print(f"database: {engine.dialect.name}, meetings: {total}")
    print("| case | rows | first (cold) ms | median ms |")
    print("| --- | ---: | ---: | ---: |")
    screens = [_first_screen(app, service, profile) for _ in range(REPEAT)]
    cold, median = screens[0], statistics.median(screens)
    print(f"| first screen (LogWindow → first page) | 200 | {cold:.1f} | {median:.1f} |")
    cold, median = _time(lambda: service.page(LogQuery()))
    print(f"| first page (LogService.page) | 200 | {cold:.1f} | {median:.1f} |")
    for name, query in cases:
        rows = len(service.page(query).rows)
        cold, median = _time(lambda q=query: service.page(q))  # type: ignore[misc]
        print(f"| {name} | {rows} | {cold:.1f} | {median:.1f} |")
    for name, query in (("count: all", LogQuery()), ("count: 'torsås kommun'", cases[2][1])):
        cold, median = _time(lambda q=query: service.count(q))  # type: ignore[misc]
        print(f"| {name} (background) | – | {cold:.1f} | {median:.1f} |")
    cold, median = _time(lambda: service.page(LogQuery(), offset=10_000))
    print(f"| page at offset 10 000 (deep scroll) | 200 | {cold:.1f} | {median:.1f} |")
    print(f"\nmemory: empty app {baseline:.0f} MB, peak {_rss_mb():.0f} MB, "
          f"delta {_rss_mb() - baseline:.0f} MB")  # fmt: skip
    engine.dispose()


if __name__ == "__main__":
    main()
