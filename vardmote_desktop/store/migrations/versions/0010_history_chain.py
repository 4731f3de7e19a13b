"""Tamper-evident history: reserved for the hash chain of events (issue #11).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Reserved so that three pieces of work can land in any order without renumbering; until its
work lands this revision changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# Expand-only: the code of 0006 still reads and writes this schema (store/schema_compat.py).
oldest_reader: str = "0006"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
