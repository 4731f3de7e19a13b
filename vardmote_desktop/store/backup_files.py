"""The migration's backup copies of a SQLite log, removed once they are past retention.

Before a migration, store/migrate.py copies the log file to ``<file>.bak-<revision>`` (written
under a temporary name ``<file>.bak-<revision>.<pid>-<tag>.tmp`` first). A copy holds every
meeting of its day, names and e-mail addresses included, so it may not outlive the retention
period of the meetings in it (issue 11): one last changed before the cutoff is removed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)


def backup_path(database: Path, revision: str) -> Path:
    """Where the migration from `revision` keeps its copy of this log file."""
    return database.with_name(f"{database.name}.bak-{revision}")


def is_backup_of(database: Path, candidate: Path) -> bool:
    """Whether `candidate` is one of this log file's backup copies (whole or partial)."""
    return candidate.name.startswith(f"{database.name}.bak-")


def backups_of(database: Path) -> list[Path]:
    """The backup copies (whole or partial) next to this log file."""
    siblings = database.parent.glob(f"{database.name}.*")
    return sorted(p for p in siblings if is_backup_of(database, p) and p.is_file())


def purge_old_backups(database: Path, cutoff: datetime) -> int:
    """Remove the copies last written before cutoff; how many were removed."""
    removed = 0
    for path in backups_of(database):
        try:
            if path.stat().st_mtime < cutoff.timestamp():
                path.unlink()
                removed += 1
        except OSError as exc:  # another process removed or holds it: the next run retries
            log.warning("could not remove an old backup copy: %s", type(exc).__name__)
    return removed
