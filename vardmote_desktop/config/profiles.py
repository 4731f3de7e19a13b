"""Loads the built-in site profiles (*regionprofiler*) from resources/profiles/*.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vardmote_desktop.config.paths import resources_dir
from vardmote_desktop.domain.profile_types import Channel, MeetingType, PlatformKind
from vardmote_desktop.domain.profiles import SiteProfile


class ProfileError(ValueError):
    """A profile file is missing or malformed."""


def profile_from_dict(data: dict[str, Any]) -> SiteProfile:
    """Build a SiteProfile from its JSON form; unknown channels or types are errors, not skipped."""
    try:
        return SiteProfile(
            key=str(data["key"]),
            name=str(data["name"]),
            video_tool=str(data["video_tool"]),
            server_platform=PlatformKind(data["server_platform"]),
            call_id_label=str(data["call_id_label"]),
            dial_in_number=data.get("dial_in_number"),
            video_domain=str(data["video_domain"]),
            channels=tuple(Channel(c) for c in data["channels"]),
            messaging_system=str(data["messaging_system"]),
            email_bare_invitation=bool(data["email_bare_invitation"]),
            external_tools=tuple(str(t) for t in data.get("external_tools", [])),
            meeting_types=tuple(MeetingType(t) for t in data["meeting_types"]),
            invitation_template=str(data.get("invitation_template", "invitation_sv.txt")),
            unconfirmed_warning_hours=int(data.get("unconfirmed_warning_hours", 24)),
            retention_months=int(data.get("retention_months", 12)),
            # Site-tunable margins read by name where they are used (e.g. Städa rum's).
            extra={str(k): str(v) for k, v in dict(data.get("extra", {})).items()},
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ProfileError(f"ogiltig profil: {exc}") from exc


def load_profiles(folder: Path | None = None) -> dict[str, SiteProfile]:
    """Every profile in the folder, keyed by its key, in file-name order."""
    base = folder or resources_dir() / "profiles"
    profiles: dict[str, SiteProfile] = {}
    for path in sorted(base.glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            profile = profile_from_dict(json.load(handle))
        profiles[profile.key] = profile
    if not profiles:
        raise ProfileError(f"inga profiler i {base}")
    return profiles


def load_template(name: str) -> str:
    """An invitation template from resources/templates/."""
    path = resources_dir() / "templates" / name
    return path.read_text(encoding="utf-8")
