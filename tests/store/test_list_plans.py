"""No group of the main window's list reads a whole history table, and the log's *Obekräftade*
page walks the date index, on either SQLite the app runs.

The list's statements are written for indexes (store/attention.py, migrations 0011 and 0014;
issue 14), but which index is used is the query planner's choice, and the two SQLite engines
the app runs on choose differently: Python's sqlite3 (3.40 here) for a log named by URL, and
SQLCipher's own SQLite (3.53) for the encrypted default log. A UNION that SQLite 3.40 walked
through an index in 13 ms was read in full by 3.53: 335 ms on an encrypted log of 100 000
meetings (benchmarks/README.md). These tests read the plans of both engines on a filled log
whose statistics are those of an upgraded one (migration 0014 runs ANALYZE).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from benchmarks.fill import NOW, fill_engine
from benchmarks.floor import captured
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.log_query import LogQuery
from vardmote_desktop.services.log import LogService
from vardmote_desktop.store import first_list
from vardmote_desktop.store.engine import create_store_engine, make_session_factory

HISTORY_TABLES = ("meetings", "meeting_summaries")
ENGINES = {"sqlite3": sqlite3, "sqlcipher3": sqlcipher}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("plans") / "log.db"
    engine = create_store_engine(f"sqlite:///{path}")
    try:
        fill_engine(engine, 4000, quiet=True)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("ANALYZE")  # as an upgraded log has them (migration 0014)
        connection.commit()
    yield path


def _plan(module: Any, path: Path, sql: str, values: tuple[Any, ...]) -> list[str]:
    with closing(module.connect(str(path))) as connection:
        return [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, values)]


@pytest.mark.parametrize("engine", sorted(ENGINES))
@pytest.mark.parametrize("when", [NOW, datetime(2026, 12, 2, 8, 0, tzinfo=UTC)])
def test_no_group_reads_a_whole_history_table(filled: Path, engine: str, when: datetime) -> None:
    """`when`: inside the filled history, and after it (a ward PC's clock: nothing ahead)."""
    runtime = {
        "now": first_list._sqlite_time(when),
        "soon": first_list._sqlite_time(when + timedelta(hours=48)),
        "limit": 200,
    }
    module = ENGINES[engine]
    for group, sql, parameters in first_list.COMPILED["statements"]["sqlite"]:
        plan = _plan(module, filled, sql, first_list._values(parameters, runtime))
        scans = [step for step in plan if step.split()[:2] in (["SCAN", t] for t in HISTORY_TABLES)]
        assert not scans, f"{engine} {module.sqlite_version}, {group}: {scans}\n" + "\n".join(plan)


def test_both_engines_are_the_ones_the_app_runs() -> None:
    """The engines differ (else the test above would check one planner twice)."""
    assert sqlite3.sqlite_version != sqlcipher.sqlite_version


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_the_logs_unconfirmed_page_walks_the_date_index(filled: Path, engine: str) -> None:
    """Common enough that a page is found soonest in date order (store/log_queries.py): 3.53
    took the flag's index and sorted every unconfirmed meeting instead."""
    store = create_store_engine(f"sqlite:///{filled}")
    try:
        service = LogService(
            make_session_factory(store),
            Settings(profile="kalmar", unit="HC Torsås"),
            load_profiles()["kalmar"],
            clock=lambda: NOW,
        )
        sent = captured(store, lambda: service.page(LogQuery(unconfirmed=True)))
    finally:
        store.dispose()
    pages = [(sql, values) for sql, values in sent if "LIMIT" in sql]
    assert len(pages) == 1
    plan = _plan(ENGINES[engine], filled, *pages[0])
    assert plan[0].startswith("SCAN meetings USING INDEX ix_meetings_starts_at"), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
