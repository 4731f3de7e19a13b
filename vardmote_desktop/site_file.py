"""`vardmote-desktop site-defaults`: writes the site defaults file, as the MSI does at install."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

# Option → key of the site defaults file; the MSI passes one public property to each
# (installer/windows/vardmote.wxs: PROFILE, UNIT, DATABASE, PLATFORM, SERVER, ...).
TEXT_KEYS = {
    "profile": "profile",
    "unit": "unit",
    "database": "database",
    "user_name": "user_name",
    "platform": "platform",
    "server": "server_url",
    "server_user": "server_user",
    "ca_bundle": "ca_bundle",
    "video_domain": "video_domain",
    "web_base": "web_base",
    "language": "language",
    "log_encryption": "log_encryption",
    "keyring_scope": "keyring_scope",
}
NUMBER_KEYS = {
    "warning_hours": "unconfirmed_warning_hours",
    "retention_months": "retention_months",
    "delete_after_minutes": "room_delete_after_minutes",
    "close_door_after_hours": "room_close_door_after_hours",
}
PLATFORMS = ("manual", "cms", "pexip")
# Safety margins: a 0 would delete a room the moment its meeting ends.
AT_LEAST_ONE = frozenset({"room_delete_after_minutes", "room_close_door_after_hours"})
LANGUAGES = ("sv", "en")
# The local log at rest and where the app's secrets are kept (config/settings.py): a misspelt
# value must fail the install, not quietly leave a log unencrypted.
CHOICES = {
    "log_encryption": ("auto", "required", "none"),
    "keyring_scope": ("user", "machine"),
}


class SiteFileError(Exception):
    """A value the site defaults file cannot hold; the message is for IT."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vardmote-desktop site-defaults",
        description="Skriv regionens förinställningar (JSON). Tomma värden utelämnas; värden "
        "från --base behålls om de inte anges här.",
    )
    parser.add_argument("--out", required=True, help="filen som skrivs")
    parser.add_argument("--base", default="", help="befintlig fil att utgå från (valfri)")
    for option in (*TEXT_KEYS, *NUMBER_KEYS):
        parser.add_argument("--" + option.replace("_", "-"), dest=option, default="")
    parser.add_argument("--locked", default="", help="nycklar som låses, kommaseparerade")
    return parser


def merged_defaults(args: argparse.Namespace) -> dict[str, Any]:
    """The base file's values, then every option given with a value."""
    data: dict[str, Any] = {}
    if args.base.strip():
        try:
            loaded = json.loads(Path(args.base.strip()).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SiteFileError(f"kan inte läsa {args.base}: {exc}") from exc
        if not isinstance(loaded, dict):
            raise SiteFileError(f"{args.base} innehåller inga inställningar")
        data.update(loaded)
    for option, key in TEXT_KEYS.items():
        value = getattr(args, option).strip()
        if value:
            data[key] = value
    for option, key in NUMBER_KEYS.items():
        value = getattr(args, option).strip()
        if value:
            if not value.isdigit():
                raise SiteFileError(f"--{option.replace('_', '-')} ska vara ett heltal: {value}")
            if key in AT_LEAST_ONE and int(value) < 1:
                raise SiteFileError(f"--{option.replace('_', '-')} ska vara minst 1: {value}")
            data[key] = int(value)
    if data.get("platform", "manual") not in PLATFORMS:
        raise SiteFileError(f"okänd videoplattform {data['platform']!r}: {', '.join(PLATFORMS)}")
    if data.get("language", "sv") not in LANGUAGES:
        raise SiteFileError(f"okänt språk {data['language']!r}: {', '.join(LANGUAGES)}")
    for key, allowed in CHOICES.items():
        if key in data and data[key] not in allowed:
            raise SiteFileError(f"okänt värde för {key}: {data[key]!r}: {', '.join(allowed)}")
    locked = [k.strip() for k in args.locked.split(",") if k.strip()]
    if locked:
        data["locked"] = locked
    return data


def write_atomically(path: Path, data: dict[str, Any]) -> None:
    """A reader (a starting app) sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".site-defaults-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        data = merged_defaults(args)
        write_atomically(Path(args.out), data)
    except (SiteFileError, OSError) as exc:
        print(f"vardmote-desktop: {exc}", file=sys.stderr)
        return 2
    print(f"skrev {args.out}: {', '.join(sorted(data)) or 'inga värden'}")
    return 0
