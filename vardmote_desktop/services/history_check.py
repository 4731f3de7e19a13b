"""*Kontrollera historiken*: verify the history's hash chain and name the first broken event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.history_chain import verify_history


@dataclass(frozen=True)
class BrokenHistory:
    """The first event that does not follow from its chain (changed, or one deleted before it)."""

    event_id: int
    meeting_id: int | None  # None: an app-wide event
    at: datetime
    action: str
    missing_hash: bool  # written outside the app (no hash at all), not changed afterwards


@dataclass(frozen=True)
class HistoryCheck:
    """The result of one check of the whole history."""

    events: int
    chains: int
    broken: BrokenHistory | None
    broken_chains: int

    @property
    def ok(self) -> bool:
        return self.broken is None


class HistoryService:
    """Checks the history of the whole log; reads only, never changes anything."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def check(self) -> HistoryCheck:
        with transaction(self._factory) as session:
            report = verify_history(session)
        broken = report.broken
        return HistoryCheck(
            events=report.events,
            chains=report.chains,
            broken=None
            if broken is None
            else BrokenHistory(
                broken.event_id,
                broken.meeting_id,
                broken.at,
                broken.action,
                broken.reason == "missing",
            ),
            broken_chains=report.broken_chains,
        )
