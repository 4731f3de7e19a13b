"""What every use-case service holds: its session factory, the settings, the profile, a clock,
and the site values those two resolve to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SiteValues:
    """The values a region's profile sets and a site or PC may override in the settings.

    Resolved here and nowhere else: the setting when there is one, else the profile's value.
    """

    unconfirmed_warning_hours: float  # *Behöver åtgärd* this close to the meeting
    retention_months: int  # *gallring* after this many months
    video_domain: str  # the domain of our rooms' video addresses, stripped and lower case

    @classmethod
    def of(cls, settings: Settings, profile: SiteProfile) -> SiteValues:
        hours = settings.unconfirmed_warning_hours
        months = settings.retention_months
        return cls(
            unconfirmed_warning_hours=float(
                hours if hours is not None else profile.unconfirmed_warning_hours
            ),
            retention_months=months if months is not None else profile.retention_months,
            video_domain=(settings.video_domain or profile.video_domain).strip().lower(),
        )


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
