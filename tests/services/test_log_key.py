"""The local log encrypted at rest: unreadable when stolen, a plain log migrated, clear refusals."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import keyring
import keyring.backends.null
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.pool import QueuePool

from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.app import create_log_engine
from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.errors import LogKeyMissing, LogKeyUnavailable, LogKeyWrong
from vardmote_desktop.services.log_key import LOG_KEY_PLATFORM
from vardmote_desktop.store.encryption import is_plain_sqlite, new_key
from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.ui.errors import user_message

PLANTED = "Planterad Pålsson"  # a relative's name that must not be readable in the file


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs")


def _plant(engine: Engine) -> None:
    """A participant's name written and left in the WAL (the engine stays open)."""
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO units (name, next_room_number) VALUES (:name, 1)"),
            {"name": PLANTED},
        )


def _readable_with_plain_sqlite(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def test_a_stolen_log_and_its_wal_are_unreadable(paths: AppPaths) -> None:
    engine = create_log_engine(Settings(), paths)
    # Not the dialect's SingletonThreadPool: the UI's worker threads share the engine.
    assert isinstance(engine.pool, QueuePool)
    try:
        _plant(engine)
        database = paths.data_dir / "vardmote.db"
        wal = paths.data_dir / "vardmote.db-wal"
        assert wal.stat().st_size > 0  # the row is (also) in the WAL while the engine is open
        for stolen in (database, wal):
            assert PLANTED.encode() not in stolen.read_bytes()
            assert PLANTED.encode("utf-16-le") not in stolen.read_bytes()
        assert not is_plain_sqlite(database)
        assert not _readable_with_plain_sqlite(database)
        with engine.connect() as connection:  # the app itself reads it
            names = connection.execute(text("SELECT name FROM units")).scalars().all()
        assert names == [PLANTED]
    finally:
        engine.dispose()


def test_a_plain_log_is_encrypted_with_all_its_rows_and_nothing_plain_left(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    database = paths.data_dir / "vardmote.db"
    plain = create_store_engine(f"sqlite:///{database}")
    try:
        _plant(plain)
        with plain.begin() as connection:
            for n in range(50):
                connection.execute(
                    text("INSERT INTO units (name, next_room_number) VALUES (:n, 1)"),
                    {"n": f"Enhet {n}"},
                )
        # An earlier release's migration backup, plain too.
        with (
            closing(sqlite3.connect(database)) as live,
            closing(sqlite3.connect(paths.data_dir / "vardmote.db.bak-0009")) as copy,
        ):
            live.backup(copy)
    finally:
        plain.dispose()

    engine = create_log_engine(Settings(), paths)
    try:
        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM units")).scalar()
            planted = connection.execute(
                text("SELECT count(*) FROM units WHERE name = :name"), {"name": PLANTED}
            ).scalar()
    finally:
        engine.dispose()

    assert (count, planted) == (51, 1)
    assert len(memory_keyring.passwords) == 1
    for leftover in paths.data_dir.iterdir():
        assert not is_plain_sqlite(leftover), leftover.name
        assert PLANTED.encode() not in leftover.read_bytes(), leftover.name


def test_a_missing_or_wrong_key_is_refused_with_a_swedish_message(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    create_log_engine(Settings(), paths).dispose()
    upgrade_to_head(engine := create_log_engine(Settings(), paths))
    engine.dispose()
    ((service, account),) = memory_keyring.passwords
    assert service == "vardmote-desktop" and account.startswith(f"{LOG_KEY_PLATFORM}:")

    memory_keyring.passwords[(service, account)] = new_key()
    with pytest.raises(LogKeyWrong) as wrong:
        create_log_engine(Settings(), paths)
    del memory_keyring.passwords[(service, account)]
    with pytest.raises(LogKeyMissing) as missing:
        create_log_engine(Settings(), paths)

    assert "öppnar inte den krypterade mötesloggen" in user_message(wrong.value)
    assert "nyckeln finns inte i din nyckelring" in user_message(missing.value)


def test_without_a_keyring_the_site_chooses_plain_or_refusal(
    paths: AppPaths, caplog: pytest.LogCaptureFixture
) -> None:
    # No keyring behind the API (the autouse fixture puts the memory one back afterwards).
    keyring.set_keyring(keyring.backends.null.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(LogKeyUnavailable) as refused:
        create_log_engine(Settings(log_encryption="required"), paths)
    assert "ingen nyckelring" in user_message(refused.value)

    with caplog.at_level(logging.WARNING):
        engine = create_log_engine(Settings(), paths)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert is_plain_sqlite(paths.data_dir / "vardmote.db")
    assert "stays unencrypted" in caplog.text


def test_a_key_under_the_other_keyring_scope_is_moved_not_lost(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    """The site changes keyring_scope after the logs are encrypted (policy, a new site file)."""
    upgrade_to_head(engine := create_log_engine(Settings(), paths))
    engine.dispose()
    ((_, account),) = memory_keyring.passwords
    key = memory_keyring.passwords[("vardmote-desktop", account)]

    upgrade_to_head(engine := create_log_engine(Settings(keyring_scope="machine"), paths))
    engine.dispose()
    assert memory_keyring.passwords == {("vardmote-desktop-machine", account): key}  # one place
    upgrade_to_head(engine := create_log_engine(Settings(), paths))  # and back again
    engine.dispose()
    assert memory_keyring.passwords == {("vardmote-desktop", account): key}

    # A key there that does not open the log is not taken, and nothing is touched.
    stranger = {("vardmote-desktop-machine", account): new_key()}
    memory_keyring.passwords.clear()
    memory_keyring.passwords.update(stranger)
    with pytest.raises(LogKeyMissing):
        create_log_engine(Settings(), paths)
    assert memory_keyring.passwords == stranger
