"""The services' clock and the site values a profile sets and a site or PC may override.

Apart from services/base.py, which imports SQLAlchemy: the first list (services/first_list.py)
is read before SQLAlchemy loads and must judge time and the warning hours exactly as the
services do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

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
