"""Alembic environment: migrates the connection the app passes in (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from vardmote_desktop.store.engine import create_store_engine
from vardmote_desktop.store.models import Base


def _run(connection: Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things, so batch mode rebuilds the table there
    # while PostgreSQL gets plain ALTERs from the same script.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run against config.attributes["connection"], or a URL given to a developer's CLI call."""
    if context.is_offline_mode():
        raise RuntimeError("offline (SQL script) migrations are not supported")
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
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
