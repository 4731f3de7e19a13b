"""Settings in layers: built-in < site defaults file < the user's file < environment < options.

A region's IT presets anything the first-run dialog asks (profile, unit, database, server) in a
site defaults file or on the command line, so a ward PC starts ready to use. Credentials are never
settings: they live in the OS keyring only.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import unquote

from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.policy import Policy, apply_policy, read_policy
from vardmote_desktop.domain.records import frozen_dataclass

if TYPE_CHECKING:
    from vardmote_desktop.config.identity import Identity

DATABASE_ENV = "VARDMOTE_DATABASE"


class SettingsError(ValueError):
    """A settings file could not be read as settings."""


@frozen_dataclass  # @dataclass(frozen=True) without its compiled methods: read before the paint
class Settings:
    """What this PC knows about its site, unit and servers."""

    profile: str | None = None  # "kalmar" or "region_pexip"
    unit: str | None = None  # the unit's name, the prefix of every room name ("HC Torsås")
    database: str | None = None  # SQLAlchemy URL; None means the SQLite file in the data folder
    user_name: str = ""  # display name only; the history always adds the OS login and the PC
    platform: str = "manual"  # "manual", "cms" or "pexip"
    server_url: str | None = None  # CMS or Pexip base URL
    server_user: str | None = None  # the API account; its password is in the keyring
    ca_bundle: str | None = None  # the region's own CA bundle for TLS verification
    video_domain: str | None = None  # overrides the profile's domain of video addresses
    web_base: str | None = None  # web bridge / web app base for join links
    unconfirmed_warning_hours: int | None = None  # None: the profile's value
    retention_months: int | None = None  # None: the profile's value
    language: str | None = None  # "sv" or "en"; None: the OS's language (Swedish otherwise)
    locked: tuple[str, ...] = field(default=())  # keys the site file fixes for the user
    # The automatic room deletion's waits (None: the profile's `extra`, else the built-in 60
    # minutes after the planned end, and 4 hours before a running call's door is closed).
    room_delete_after_minutes: int | None = None
    room_close_door_after_hours: int | None = None
    # The default SQLite log at rest (store/encryption.py): "auto" encrypts it when an OS
    # keyring can hold its key (else it stays plain, with a warning in the log file),
    # "required" refuses to open it without one, "none" leaves it plain (IT's choice).
    log_encryption: str = "auto"
    # Where the app's secrets (the log's key, a database password, the platform's secret) are
    # kept in the OS keyring: "user" (may roam with a Windows profile) or "machine" (entries of
    # their own, kept on this PC only; `vardmote-desktop store-credential --machine`).
    keyring_scope: str = "user"

    @property
    def needs_first_run(self) -> bool:
        return not self.profile or not (self.unit or "").strip()

    @property
    def identity(self) -> Identity:
        """Who runs the app: the OS login and PC, named by `user_name` or the OS's full name."""
        # Imported here: first needed after the window is up (issue #14).
        from vardmote_desktop.config.identity import current_identity

        return current_identity(self.user_name)

    @property
    def actor(self) -> str:
        """'Anna Svensson (anna.s@AVD12-PC03)': 'who' in the history and a meeting's organiser."""
        return self.identity.actor


_FIELD_NAMES = {f.name for f in fields(Settings)}
_NUMBER_FIELDS = frozenset(f.name for f in fields(Settings) if str(f.type).startswith("int"))


def _clean(data: dict[str, Any], source: str) -> dict[str, Any]:
    unknown = set(data) - _FIELD_NAMES
    if unknown:
        # An unknown key is most likely a typo in a site file: say so, don't fail the start.
        import logging

        logging.getLogger(__name__).warning(
            "okända inställningar i %s: %s", source, ", ".join(sorted(unknown))
        )
    cleaned = {k: v for k, v in data.items() if k in _FIELD_NAMES}
    if "locked" in cleaned:
        cleaned["locked"] = tuple(cleaned["locked"])
    return cleaned


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SettingsError(f"kan inte läsa {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise SettingsError(f"{path} innehåller inga inställningar")
    return data


def read_settings_file(path: Path) -> dict[str, Any]:
    """The settings in one JSON file; an absent file is empty."""
    return _clean(_read_json(path), str(path))


def site_file_in_use(site_files: list[Path]) -> Path | None:
    """The site defaults file the settings come from: the first one with any settings."""
    for site_file in site_files:
        if set(_read_json(site_file)) & _FIELD_NAMES:  # as load_settings; unknown keys unlogged
            return site_file
    return None


class RefusedOverride(NamedTuple):
    """An environment variable or option the site's lock kept from changing a setting."""

    key: str  # the setting, e.g. "database"
    source: str  # "env" (VARDMOTE_DATABASE) or "option" (the command line)


def refused_overrides(
    locked: tuple[str, ...],
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> list[RefusedOverride]:
    """What `load_settings` left out because the site locks it: the user is told each one."""
    env = os.environ if environ is None else environ
    refused = []
    if "database" in locked and env.get(DATABASE_ENV):
        refused.append(RefusedOverride("database", "env"))
    refused.extend(
        RefusedOverride(k, "option")
        for k, v in (overrides or {}).items()
        if v is not None and k in locked
    )
    return refused


def load_settings(
    paths: AppPaths,
    site_files: list[Path],
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    *,
    include_user: bool = True,
    policy: Policy | None = None,
) -> Settings:
    """Merge the layers; a key the site file locks keeps the site's value whatever the layer.

    Neither the user's file, the environment nor the command line changes a locked key
    (`refused_overrides` says which attempts were left out). Without the user's file
    (include_user=False) the result is the site's baseline, against which the user's own
    choices are saved.
    """
    env = os.environ if environ is None else environ
    merged: dict[str, Any] = {}
    for site_file in site_files:
        site = read_settings_file(site_file)
        if site:
            merged.update(site)
            break  # the most specific site file wins whole; they are not meant to stack
    # Windows policy (GPO/Intune) over the site file, its keys locked (config/policy.py).
    merged = apply_policy(merged, read_policy() if policy is None else policy, _NUMBER_FIELDS)
    locked = set(merged.get("locked", ()))
    user = read_settings_file(paths.settings_file) if include_user else {}
    merged.update({k: v for k, v in user.items() if k not in locked and k != "locked"})
    if env.get(DATABASE_ENV) and "database" not in locked:
        merged["database"] = env[DATABASE_ENV]
    merged.update(
        {
            k: v
            for k, v in (overrides or {}).items()
            if v is not None and k not in locked and k != "locked"
        }
    )
    return Settings(**_clean(merged, "inställningarna"))


def save_user_settings(paths: AppPaths, settings: Settings, baseline: Settings) -> None:
    """Store what differs from the site's baseline, so IT can still change the rest centrally."""
    data = {
        k: v
        for k, v in asdict(settings).items()
        if k != "locked" and k not in settings.locked and v != getattr(baseline, k)
    }
    if "database" in data:
        data["database"] = without_password(data["database"])  # passwords: the keyring only
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    tmp = paths.settings_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(paths.settings_file)  # atomic: a crash never leaves half a file


def settings_to_json(settings: Settings) -> str:
    """The settings on one line, for a process of the app's own (the purge): never stored."""
    return json.dumps(asdict(settings), ensure_ascii=False)


def settings_from_json(text: str) -> Settings:
    """The settings settings_to_json wrote."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise SettingsError("inställningarna är inte ett JSON-objekt")
    return Settings(**_clean(data, "inställningarna"))


def with_changes(settings: Settings, **changes: Any) -> Settings:
    """A copy with changes, refusing keys the site has locked."""
    refused = set(changes) & set(settings.locked)
    if refused:
        raise SettingsError("låsta av regionens IT: " + ", ".join(sorted(refused)))
    return replace(settings, **changes)


# scheme://user:password@host… : the password part of a database URL (SQLAlchemy's form).
# A pattern, compiled (and cached by re) at its first use: not at import, before the paint.
_URL_PASSWORD = r"^(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@?#]*):(?P<password>[^@/?#]*)@"


def database_password(url: str | None) -> str | None:
    """The password written into a database URL, None when there is none."""
    match = re.match(_URL_PASSWORD, url or "")
    if match is None:
        return None
    return unquote(match["password"]) or None


def without_password(url: str | None) -> str | None:
    """The URL with any password removed: what may be saved or shown (it lives in the keyring)."""
    if url is None:
        return None
    return re.sub(_URL_PASSWORD, lambda m: m["head"] + "@", url, count=1)


def printable_settings(settings: Settings) -> dict[str, Any]:
    """The settings as `--print-settings` shows them: never a database password."""
    shown = asdict(settings)
    shown["database"] = without_password(settings.database)
    return shown


def scrub_saved_password(paths: AppPaths) -> bool:
    """Remove a database password an earlier release saved in the user's settings file.

    Returns whether the file was rewritten (the caller has put the password in the keyring).
    """
    data = _read_json(paths.settings_file)
    database = data.get("database")
    if not isinstance(database, str) or database_password(database) is None:
        return False
    data["database"] = without_password(database)
    _write_user_file(paths, data)
    return True


def _write_user_file(paths: AppPaths, data: dict[str, Any]) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    tmp = paths.settings_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(paths.settings_file)  # atomic: a crash never leaves half a file
