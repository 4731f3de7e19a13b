"""The main window's list costs a fixed number of statements, however large the log (issue 14).

Statements are counted at the driver (an SQLAlchemy `before_cursor_execute` listener), so lazy
loads or per-row queries anywhere between the service and the database would show.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from benchmarks.fill import NOW as FILL_NOW
from benchmarks.fill import fill_engine
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.store.engine import make_session_factory
from vardmote_desktop.store.migrate import MIGRATIONS_DIR, alembic_config, head_revision


@contextmanager
def counted(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def overview_statements(engine: Engine) -> tuple[list[str], int]:
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")
    service = MeetingService(make_session_factory(engine), settings, profile, lambda: FILL_NOW)
    with counted(engine) as statements:
        overview = service.overview()
    rows = len(overview.needs_action) + len(overview.upcoming) + len(overview.past)
    return statements, rows


def test_the_list_takes_as_many_statements_for_10_as_for_10000_meetings(engine: Engine) -> None:
    fill_engine(engine, 10, quiet=True)
    few, few_rows = overview_statements(engine)
    fill_engine(engine, 9990, seed=6, quiet=True)
    many, many_rows = overview_statements(engine)
    assert few_rows == 10 and many_rows > 300  # each group at most 200 rows
    assert len(few) == len(many) <= 6, many


def test_the_head_known_in_code_is_the_migrations_head() -> None:
    """Opening a log compares its revision with this constant before loading Alembic."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(MIGRATIONS_DIR))
    assert script.get_current_head() == head_revision()


OPEN_UP_TO_DATE = """
import sys
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import upgrade_to_head
engine = create_store_engine(sys.argv[1])
first = upgrade_to_head(engine)
assert first.upgraded, first
engine.dispose()
for name in [m for m in sys.modules if m == "alembic" or m.startswith("alembic.")]:
    del sys.modules[name]
engine = create_store_engine(sys.argv[1])
again = upgrade_to_head(engine)
assert not again.upgraded, again
loaded = sorted(m for m in sys.modules if m == "alembic" or m.startswith(("alembic.", "keyring")))
print(",".join(loaded))
"""


def test_opening_an_up_to_date_log_loads_neither_alembic_nor_the_keyring(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'log.db'}"
    done = subprocess.run(
        [sys.executable, "-c", OPEN_UP_TO_DATE, url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_keyring_backend_is_resolved_at_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring
    from vardmote_desktop.platforms.credentials import CredentialStore

    asked: list[bool] = []

    def get_keyring() -> MemoryKeyring:
        asked.append(True)
        return MemoryKeyring()

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    store = CredentialStore()  # what app.py builds while the log opens
    assert asked == []
    store.set_password("cms", "admin", "hemligt")
    assert store.persistent and store.get_password("cms", "admin") == "hemligt"
    assert asked == [True]
