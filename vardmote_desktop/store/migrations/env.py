"""Alembic environment: migrates the connection the app passes in (no alembic.ini needed).

Online: config.attributes["connection"] (the app, tests) or sqlalchemy.url (a developer's
call). Offline (SQL for a DBA to run): sqlalchemy.url names the dialect, PostgreSQL only.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from alembic import context
from sqlalchemy import make_url
from sqlalchemy.engine import Connection

from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.migrate import MIGRATION_LOCK_KEY
from vardmote_desktop.store.models import is_search_index
from vardmote_desktop.store.schema import metadata
from vardmote_desktop.store.schema_compat import app_version, record_step


def _include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    # The text search index of 0002 (FTS5 tables and triggers / the pg_trgm index) is
    # dialect-specific DDL outside the models: autogenerate and `alembic check` must not
    # offer to drop it.
    del type_
    return not is_search_index(name)


def _options() -> dict[str, Any]:
    written_by = context.config.attributes.get("written_by") or app_version()
    return {
        "target_metadata": metadata,
        # SQLite cannot ALTER most things, so batch mode rebuilds the table there while
        # PostgreSQL gets plain ALTERs from the same script.
        "render_as_batch": True,
        "compare_type": True,
        "include_name": _include_name,
        "on_version_apply": [partial(record_step, written_by=written_by)],
    }


def _run(connection: Connection) -> None:
    context.configure(connection=connection, **_options())
    with context.begin_transaction():
        context.run_migrations()


def _run_offline(url: str) -> None:
    if make_url(url).get_backend_name() != "postgresql":
        # Batch mode rebuilds SQLite tables from the live table's reflection, and a SQLite
        # file is migrated by the app on its own PC anyway.
        raise RuntimeError("offline (SQL script) migrations are supported for PostgreSQL only")
    # Named parameters: with the driver's "format" style every % in SQL text would be doubled.
    context.configure(
        url=url, literal_binds=True, dialect_opts={"paramstyle": "named"}, **_options()
    )
    with context.begin_transaction():
        # The lock the app takes (store.migrate), so a PC starting meanwhile waits for the
        # script instead of migrating the same log at the same time.
        context.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        context.run_migrations()


def run_migrations() -> None:
    """Run against config.attributes["connection"], or a URL given to a developer's CLI call."""
    config = context.config
    url = config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        if not url:
            raise RuntimeError("offline mode needs sqlalchemy.url to know the SQL dialect")
        _run_offline(url)
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    if not url:
        raise RuntimeError("pass a connection in config.attributes or set sqlalchemy.url")
    engine = create_store_engine(url)
    try:
        with engine.connect() as own_connection:
            if own_connection.dialect.name == "sqlite":
                # Batch table rebuilds must not cascade deletes (see store.migrate).
                own_connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                own_connection.commit()
            with own_connection.begin():
                _run(own_connection)
    finally:
        engine.dispose()


run_migrations()
