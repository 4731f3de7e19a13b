"""*Städa rum*'s rules: which server room may be offered for deletion, and why one is left alone.

Only what is provably ours and finished is offered. A unit's PCs share one server: a room made by
another log, a room made minutes ago by a wizard that is still open, or one a saved draft still
holds, is someone's live meeting until its mark proves otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from vardmote_desktop.domain.profiles import site_whole_number
from vardmote_desktop.domain.room_tag import RoomTag

# The mark keeps minutes only: a room can look up to this much older than it is.
_TAG_PRECISION = timedelta(minutes=1)


class Verdict(Enum):
    """One server room's place in *Städa rum*; the first three are offered, the rest kept."""

    OURS_NOT_IN_LOG = "ours_not_in_log"  # this log made it, never booked, not in progress
    DELETED_IN_LOG = "deleted_in_log"  # the log holds it as deleted, the server still has it
    OTHER_LOG_ENDED = "other_log_ended"  # another log's, its meeting ended long ago
    MATCHED = "matched"  # active in this log: the meeting's own room
    RECENT = "recent"  # made in the last minutes: a wizard may still be on it
    IN_DRAFT = "in_draft"  # a saved draft of this log holds it
    OTHER_LOG_AHEAD = "other_log_ahead"  # another log's, its meeting may still be ahead
    OTHER_LOG_UNKNOWN_END = "other_log_unknown_end"  # another log's, no planned end on it
    UNKNOWN_OWNER = "unknown_owner"  # marked by an older version: whose it is cannot be told

    @property
    def offered(self) -> bool:
        return self in _OFFERED


_OFFERED = frozenset({Verdict.OURS_NOT_IN_LOG, Verdict.DELETED_IN_LOG, Verdict.OTHER_LOG_ENDED})


@dataclass(frozen=True)
class CleanupRules:
    """Site-tunable margins."""

    recent: timedelta = timedelta(minutes=15)  # a wizard's room is left this long after creation
    other_log_grace: timedelta = timedelta(hours=24)  # after another log's planned end

    @classmethod
    def from_site(cls, values: Mapping[str, str]) -> CleanupRules:
        """The site's margins (a profile's extra keys), the defaults for any left out.

        Keys: cleanup_recent_minutes, cleanup_other_log_grace_hours. A value that is not a
        whole number of at least one is an error: a typo must not shrink a safety margin.
        """
        rules = cls()
        recent = site_whole_number(values, "cleanup_recent_minutes")
        grace = site_whole_number(values, "cleanup_other_log_grace_hours")
        return cls(
            recent=timedelta(minutes=recent) if recent is not None else rules.recent,
            other_log_grace=timedelta(hours=grace) if grace is not None else rules.other_log_grace,
        )


@dataclass(frozen=True)
class LogView:
    """What this log says about one server room."""

    active: bool = False  # an active room of a meeting in this log
    deleted: bool = False  # a room this log recorded as deleted
    in_draft: bool = False  # held by a saved draft (its room or its reserved name)


def classify(
    tag: RoomTag,
    log_id: str,
    log: LogView,
    now: datetime,
    rules: CleanupRules = CleanupRules(),
) -> Verdict:
    """The verdict for one of our rooms (a room with no mark of ours is never looked at)."""
    if log.active:
        return Verdict.MATCHED
    if log.deleted:
        # This log deleted the meeting's room; the server still having it is a leftover.
        return Verdict.DELETED_IN_LOG
    if log.in_draft:
        return Verdict.IN_DRAFT
    if tag.created_at is not None and now < tag.created_at + _TAG_PRECISION + rules.recent:
        return Verdict.RECENT
    if tag.owner is None:
        return Verdict.UNKNOWN_OWNER
    if tag.owner == log_id:
        if tag.created_at is None:
            return Verdict.UNKNOWN_OWNER  # cannot prove it is not a wizard's room of right now
        return Verdict.OURS_NOT_IN_LOG
    if tag.ends_at is None:
        return Verdict.OTHER_LOG_UNKNOWN_END
    if now < tag.ends_at + _TAG_PRECISION + rules.other_log_grace:
        return Verdict.OTHER_LOG_AHEAD
    return Verdict.OTHER_LOG_ENDED
