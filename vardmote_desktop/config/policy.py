"""Windows policy: the site defaults' keys set by GPO or Intune in the registry, and locked.

IT sets values under `HKLM\\Software\\Policies\\Vardmote` (the PC) or
`HKCU\\Software\\Policies\\Vardmote` (the user; only policy tools may write there), named
as the keys of the site defaults file (`profile`, `unit`, `database`, `platform`, `server_url`,
...). A key set by policy is locked, as if the site file listed it under `locked`: neither the
user's settings, the environment nor an option changes it. A `locked` value (REG_MULTI_SZ, or
a comma-separated REG_SZ) locks more keys, with their value from the site file. The PC's
policy wins over the user's, and both over the site file. See docs/deployment.md.

Only `_registry_values` touches winreg; everything else is plain data, tested on any OS.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

POLICY_KEY = r"Software\Policies\Vardmote"
# Machine last: on a clash the PC's policy wins, as Windows' own policies do.
HIVES = ("HKCU", "HKLM")

# hive name ("HKLM", "HKCU") → the raw values under POLICY_KEY (name → str, int or list[str])
RegistryReader = Callable[[str], Mapping[str, object]]

log = logging.getLogger(__name__)


class Policy(NamedTuple):
    """The settings policy fixes, with where each came from (for 'locked by' messages).

    A NamedTuple (read before the first paint on every OS): immutable, cheaper to define than
    a frozen dataclass; the empty defaults are read-only, shared by every empty policy.
    """

    values: Mapping[str, Any] = MappingProxyType({})
    locked: frozenset[str] = frozenset()
    sources: Mapping[str, str] = MappingProxyType({})  # key → "HKLM\\Software\\..."

    def source_of(self, key: str) -> str | None:
        return self.sources.get(key)


def _setting(name: str, raw: object, where: str) -> tuple[str, Any] | None:
    """One registry value as a setting: REG_SZ text, REG_DWORD number, `locked` a list.

    Which keys exist is config/settings.py's business (it names unknown ones in the log), so a
    new setting needs no change here.
    """
    key = name.strip().lower()
    if key == "locked":
        items = raw if isinstance(raw, list) else str(raw).split(",")
        return key, tuple(str(item).strip() for item in items if str(item).strip())
    if isinstance(raw, str):
        return (key, raw.strip()) if raw.strip() else None  # an empty value is no policy
    if isinstance(raw, int):
        return key, raw
    # REG_BINARY, REG_MULTI_SZ for a single value...: a GPO template's slip, seen by support.
    log.warning("ogiltig policy %s\\%s = %r", where, name, raw)
    return None


def read_policy(reader: RegistryReader | None = None) -> Policy:
    """The policy of this PC and user; empty off Windows and where IT set none."""
    read = reader if reader is not None else _registry_values
    values: dict[str, Any] = {}
    locked: set[str] = set()
    sources: dict[str, str] = {}
    for hive in HIVES:
        where = f"{hive}\\{POLICY_KEY}"
        for name, raw in read(hive).items():
            setting = _setting(name, raw, where)
            if setting is None:
                continue
            key, value = setting
            if key == "locked":
                locked.update(value)
                sources.update(dict.fromkeys(value, where))
            else:
                values[key] = value
                sources[key] = where
    locked.update(values)
    return Policy(values, frozenset(locked), sources)


def apply_policy(
    merged: Mapping[str, Any], policy: Policy, number_keys: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The site file's settings with the policy's values over them and its keys locked.

    `number_keys` (the settings' whole-number fields) take a REG_DWORD or a REG_SZ of digits;
    every other key is text. A value that cannot be its key's type is left out (and logged),
    but its key stays locked: the site file's value holds instead.
    """
    result = dict(merged)
    for key, value in policy.values.items():
        if key not in number_keys:
            result[key] = str(value)
        elif isinstance(value, int) or str(value).isdigit():
            result[key] = int(value)
        else:
            log.warning("policyn %s = %r är inget heltal; används inte", key, value)
    if policy.locked:
        result["locked"] = tuple(sorted(set(result.get("locked", ())) | policy.locked))
    return result


def _registry_values(hive: str) -> dict[str, object]:
    """The values under HKLM/HKCU\\POLICY_KEY; none off Windows or without the key."""
    if sys.platform != "win32":
        return {}
    import winreg

    root = winreg.HKEY_LOCAL_MACHINE if hive == "HKLM" else winreg.HKEY_CURRENT_USER
    found: dict[str, object] = {}
    try:
        # KEY_WOW64_64KEY: a 64-bit policy is read whatever the bitness of the Python running.
        with winreg.OpenKey(root, POLICY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(key, index)
                except OSError:  # no more values
                    return found
                found[name] = value
                index += 1
    except FileNotFoundError:
        return found
