"""Settings over profile, resolved in one place (services/base.SiteValues) and read alike by
every service."""

from __future__ import annotations

from dataclasses import replace

from tests.services.conftest import Store
from vardmote_desktop.services.base import SiteValues
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.reminders import ReminderService
from vardmote_desktop.services.retention import RetentionService
from vardmote_desktop.services.rooms import RoomService


def test_the_profile_decides_when_the_settings_say_nothing(store: Store) -> None:
    site = SiteValues.of(store.settings, store.profile)
    assert site.unconfirmed_warning_hours == float(store.profile.unconfirmed_warning_hours)
    assert site.retention_months == store.profile.retention_months
    assert site.video_domain == store.profile.video_domain.strip().lower()


def test_a_setting_overrides_the_profile_in_every_service(store: Store) -> None:
    settings = replace(
        store.settings,
        unconfirmed_warning_hours=6,
        retention_months=3,
        video_domain="  Video.Example.SE ",
    )
    basis = (store.factory, settings, store.profile, store.clock)
    assert MeetingService(*basis).warning_hours == 6.0
    assert ReminderService(*basis).warning_hours == 6.0
    assert RetentionService(*basis).months == 3
    assert RoomService(*basis).video_domain == "video.example.se"
    assert MeetingService(*basis).site == SiteValues(6.0, 3, "video.example.se")
