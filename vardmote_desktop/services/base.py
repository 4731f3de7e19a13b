"""What every use-case service holds: its session factory, the settings, the profile, a clock,
and the site values those two resolve to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.services.site_values import Clock, SiteValues, utc_now

# The clock and the site values live apart (services/site_values.py) so that the first list,
# read before SQLAlchemy is imported, resolves them the same way (issue 14).
__all__ = ["Clock", "Service", "SiteValues", "utc_now"]


class Service:
    """Base of the services; the clock is passed in so tests can move time.

    Every service is built the same way, `Service(factory, settings, profile, clock)`, with
    any collaborators (another service, the platforms) as keyword arguments after those.
    """

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
        self._site = SiteValues.of(settings, profile)

    @property
    def profile(self) -> SiteProfile:
        return self._profile

    @property
    def site(self) -> SiteValues:
        return self._site

    @property
    def warning_hours(self) -> float:
        """Hours before the start from which an unconfirmed recipient needs action."""
        return self._site.unconfirmed_warning_hours

    def now(self) -> datetime:
        """The service's clock, so the UI judges 'same day' by the same time as the log."""
        return self._clock()
