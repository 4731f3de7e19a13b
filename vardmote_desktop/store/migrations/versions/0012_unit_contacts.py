"""A unit's contacts: reserved (issue #13).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

Reserved so that three pieces of work can land in any order without renumbering; until its
work lands this revision changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
# At least 0010: the releases before it write history without its hash chain (see 0010).
oldest_reader: str = "0010"


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
