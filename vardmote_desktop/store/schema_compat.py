"""Expand first, remove later: which releases can still use a schema (the schema_compat row).

Every migration from 0006 on declares a module constant ``oldest_reader``: the oldest revision
whose code can still use the schema after it. An expand-only migration (a new table, a new
nullable column) keeps the previous migration's value, so the release before it goes on working
on a shared log that a newer PC has already migrated; a migration that removes or changes what
older code reads raises it to its own revision. After each step Alembic's ``on_version_apply``
hook (wired in migrations/env.py) writes the row, online and in offline SQL alike, so a database
always says who can read it.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

# The version a build without package metadata writes and shows (e.g. an unpacked source tree).
FALLBACK_VERSION = "0+unknown"
# Revisions written before the rule: they declare nothing and the row does not exist yet.
REVISIONS_BEFORE_COMPAT = frozenset({"0001", "0002", "0003", "0004", "0005"})
DECLARATION = "oldest_reader"

_TABLE = sa.table(
    "schema_compat",
    sa.column("id", sa.Integer()),
    sa.column("revision", sa.String()),
    sa.column("oldest_reader", sa.String()),
    sa.column("written_by", sa.String()),
    sa.column("reader_release", sa.String()),
)


def app_version() -> str:
    """This release's version, from the installed package's metadata."""
    try:
        return importlib.metadata.version("vardmote-desktop")
    except importlib.metadata.PackageNotFoundError:
        return FALLBACK_VERSION


@dataclass(frozen=True)
class SchemaCompat:
    """The row as read: the schema's revision and who can use it."""

    revision: str
    oldest_reader: str
    written_by: str
    reader_release: str

    @property
    def needed_release(self) -> str | None:
        """A release known to use this schema: the one that raised oldest_reader to its value.

        None when no real version was recorded (a build without package metadata wrote it):
        telling a user to install "0+unknown" would only confuse.
        """
        for release in (self.reader_release, self.written_by):
            if release and release != FALLBACK_VERSION:
                return release
        return None


def read_compat(connection: Connection) -> SchemaCompat | None:
    """The row, or None when the database has none (before 0006, or not an app database)."""
    if not sa.inspect(connection).has_table("schema_compat"):
        return None
    row = connection.execute(
        sa.select(
            _TABLE.c.revision,
            _TABLE.c.oldest_reader,
            _TABLE.c.written_by,
            _TABLE.c.reader_release,
        ).where(_TABLE.c.id == 1)
    ).first()
    if row is None:
        return None
    return SchemaCompat(*(str(value or "") for value in row))


def declared_oldest_reader(script: Any) -> str | None:
    """A revision script's declaration; None only for the revisions from before the rule.

    Raises LookupError for a newer script that forgot to declare it: without it no older
    release could decide whether to open the log, so the migration must not run.
    """
    revision = str(script.revision)
    value = getattr(script.module, DECLARATION, None)
    if value is None:
        if revision in REVISIONS_BEFORE_COMPAT:
            return None
        raise LookupError(f"migration {revision} does not declare {DECLARATION}")
    return str(value)


def record_step(ctx: Any, step: Any, heads: Any, run_args: Any, *, written_by: str) -> None:
    """Alembic's on_version_apply hook: write the row for the revision a step arrives at."""
    del heads, run_args  # part of Alembic's callback signature, not needed here
    if step.is_stamp:
        return
    if step.is_upgrade:
        script = step.up_revision
    else:
        destinations = step.destination_revisions
        script = destinations[0] if len(destinations) == 1 else None
    if script is None:
        return
    oldest_reader = declared_oldest_reader(script)
    if oldest_reader is None:
        return
    # reader_release moves only when oldest_reader does: it then names the first release that
    # needed this schema, which is what a PC refusing the log tells its user to install.
    ctx.execute(
        sa.update(_TABLE)
        .where(_TABLE.c.id == 1)
        .values(
            revision=str(script.revision),
            oldest_reader=oldest_reader,
            written_by=written_by,
            reader_release=sa.case(
                (_TABLE.c.oldest_reader == oldest_reader, _TABLE.c.reader_release),
                else_=sa.literal(written_by, sa.String()),
            ),
        )
    )
