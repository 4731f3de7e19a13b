"""Synthetic revisions of releases that do not exist yet, chained onto the shipped head.

A copy of the shipped scripts plus the extra ones goes into a temporary folder; tests migrate a
log with it "as" a newer release, then start today's code on that log.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import Engine

from vardmote_desktop.store.migrate import MIGRATIONS_DIR, alembic_config, head_revision

SHIPPED_HEAD = head_revision()
EXPAND = f"{int(SHIPPED_HEAD) + 1:04d}"
CONTRACT = f"{int(SHIPPED_HEAD) + 2:04d}"

# A new table and a new nullable column: today's code neither reads nor has to fill them.
EXPAND_SCRIPT = '''
"""Future revision: interpreter language on a meeting, and tags (expand only)."""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None
oldest_reader = "{oldest_reader}"


def upgrade():
    op.create_table(
        "meeting_tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(40), nullable=False),
    )
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("interpreter_language", sa.String(40), nullable=True))


def downgrade():
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("interpreter_language")
    op.drop_table("meeting_tags")
'''

# Removes a column today's code writes: only releases from this revision on may use the log.
CONTRACT_SCRIPT = '''
"""Future revision: the meeting reference moves elsewhere (contracting)."""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None
oldest_reader = "{revision}"


def upgrade():
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("reference")


def downgrade():
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("reference", sa.String(100), nullable=True))
'''

# Claims that old code can still use the schema, yet drops a column: what the guard must catch.
DISGUISED_CONTRACT_SCRIPT = CONTRACT_SCRIPT.replace(
    'oldest_reader = "{revision}"', 'oldest_reader = "{oldest_reader}"'
)


def shipped_oldest_reader() -> str:
    """What the newest shipped revision declares."""
    namespace: dict[str, object] = {}
    script = next((MIGRATIONS_DIR / "versions").glob(f"{SHIPPED_HEAD}_*.py"))
    exec(compile(script.read_text(encoding="utf-8"), str(script), "exec"), namespace)
    return str(namespace["oldest_reader"])


def scripts_with(folder: Path, *extra: str) -> Path:
    """The shipped migrations plus `extra` scripts, each chained onto the one before."""
    location = folder / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    down = SHIPPED_HEAD
    for template in extra:
        revision = f"{int(down) + 1:04d}"
        text = (
            template.replace("{revision}", revision)
            .replace("{down}", down)
            .replace("{oldest_reader}", shipped_oldest_reader())
        )
        (location / "versions" / f"{revision}_future.py").write_text(text, encoding="utf-8")
        down = revision
    return location


def migrate_as_release(engine: Engine, location: Path, release: str) -> None:
    """Upgrade to the head of `location` as release `release` would (its version in the row)."""
    config = alembic_config(location)
    config.attributes["written_by"] = release
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
