"""SQLite's write lock taken at the start of a read-then-write transaction.

The driver begins a transaction only at its first write, so what a transaction reads before
that can change under it (another connection, another process) before it writes. A no-op write
first takes the database's one write lock (waiting out the busy timeout for another writer) and
holds it until the transaction ends: the reads that follow stay true until the commit.
PostgreSQL has row and advisory locks for this; there the callers use those.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def hold_sqlite_write_lock(session: Session) -> None:
    """Take SQLite's write lock now, for the rest of the session's transaction."""
    session.execute(text("UPDATE events SET id = id WHERE 0"))
