"""A real OS keyring for a test: gnome-keyring's Secret Service in a D-Bus session of its own.

`in_os_keyring(code, home)` runs Python code in a new process inside `dbus-run-session`, with a
gnome-keyring daemon unlocked for it, as on a Linux ward PC's desktop session. The keyring's
files live under `home` (its own $HOME), so each test starts with an empty keyring, and a
second process on the same `home` finds what the first stored.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.tools import tools_or_skip

# The daemon prints the variables its clients need; its password unlocks the login keyring.
_SESSION = """\
eval "$(printf secret | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
"""


def in_os_keyring(
    code: str, home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    tools_or_skip("dbus-run-session", "gnome-keyring-daemon", package="dbus-daemon gnome-keyring")
    home.mkdir(parents=True, exist_ok=True)
    environ = {**os.environ, **(env or {}), "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
    environ.pop("PYTHON_KEYRING_BACKEND", None)
    environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    command = ["dbus-run-session", "--", "sh", "-c", _SESSION, "sh", sys.executable, "-c", code]
    return subprocess.run(
        command,
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
