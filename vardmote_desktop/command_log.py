"""The log as a command without the GUI opens it (`export`, `purge`): the site's profile and an
engine on the configured log, or the refusal said on stderr."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from vardmote_desktop.config.profiles import load_profiles

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from vardmote_desktop.config.paths import AppPaths
    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.domain.profiles import SiteProfile


def open_log(settings: Settings, paths: AppPaths) -> tuple[SiteProfile, Engine] | None:
    """The profile the settings name (else the first) and an engine; None when the log cannot
    be opened, its reason printed (the error's type only: its text can hold the URL)."""
    # Heavy imports once the settings are known to be right, as in the GUI start.
    from vardmote_desktop.app import create_log_engine
    from vardmote_desktop.services.errors import ServiceError

    profiles = load_profiles()
    profile = profiles.get(settings.profile or "") or next(iter(profiles.values()))
    try:
        return profile, create_log_engine(settings, paths)
    except ServiceError as exc:  # the local log's key: missing, wrong, or no keyring
        print(f"vardmote-desktop: loggen kunde inte öppnas ({type(exc).__name__})", file=sys.stderr)
        return None
