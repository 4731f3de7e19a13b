"""What every use-case service holds: its session factory, the settings, the profile, a clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Service:
    """Base of the services; the clock is passed in so tests can move time."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        clock: Clock = utc_now,
    ) -> None:
        self._factory = factory
        self._settings = settings
        self._profile = profile
        self._clock = clock

    def now(self) -> datetime:
        """The service's clock, so the UI judges 'same day' by the same time as the log."""
        return self._clock()
