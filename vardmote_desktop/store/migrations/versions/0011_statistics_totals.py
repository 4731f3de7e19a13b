"""Statistics from running totals: reserved (issue #14).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

Reserved so that three pieces of work can land in any order without renumbering; until its
work lands this revision changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# At least 0010: the releases before it write history without its hash chain (see 0010).
oldest_reader: str = "0010"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
