"""Who is at the keyboard: the OS login, a display name and the PC, as the history records it.

A free-text name proves nothing on a log shared by a whole ward, so the actor is always the
login and the PC's name as the operating system reports them; the display name only makes the
line readable. One string holds all three — "Anna Svensson (anna.s@AVD12-PC03)" — because the
`events.actor` and `meetings.organiser` columns are plain text that other tools read as well.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import cache

# Re-exported: the login was named here before it moved to the lighter module.
from vardmote_desktop.config.login import UNKNOWN_LOGIN as UNKNOWN_LOGIN
from vardmote_desktop.config.login import os_login as os_login

# The columns that hold an actor are String(200).
ACTOR_MAX = 200
# Login and PC are cut before the name is: together they leave the name at least 60 characters.
_LOGIN_MAX = 72
_HOST_MAX = 64

# The name is everything before the last " (…@…)"; the PC's name never holds an "@", a login
# may (rare, but a UPN-style login must not break parsing), so the host is after the last "@".
_ACTOR = re.compile(r"^(?P<name>.*) \((?P<login>[^()]*)@(?P<host>[^()@]*)\)$", re.DOTALL)
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    # One line, no brackets: a pasted GECOS field or name must not change how it parses.
    text = text.replace("(", "[").replace(")", "]")
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Identity:
    """The OS login, the name shown for it and the PC, as recorded for 'who did it'."""

    login: str
    display_name: str
    host: str

    @property
    def actor(self) -> str:
        """'Anna Svensson (anna.s@AVD12-PC03)', at most ACTOR_MAX characters."""
        login = _clean(self.login)[:_LOGIN_MAX] or UNKNOWN_LOGIN
        host = _clean(self.host).replace("@", "_")[:_HOST_MAX]
        tail = f" ({login}@{host})"
        name = _clean(self.display_name) or login
        return name[: ACTOR_MAX - len(tail)] + tail

    @classmethod
    def parse(cls, actor: str) -> Identity | None:
        """The three parts of a recorded actor; None for a line written before logins were."""
        match = _ACTOR.match(actor)
        if match is None:
            return None
        return cls(match["login"], match["name"], match["host"])


def current_identity(display_name: str = "") -> Identity:
    """This process's identity; `display_name` (the `user_name` setting) names it when given."""
    login = os_login()
    name = _clean(display_name)
    # Imported here: its patterns are not needed before the first paint (issue #14).
    from vardmote_desktop.domain.privacy import contains_identity_number

    if contains_identity_number(name):
        # Typed checks refuse it (ui/first_run.py); a site file, an option or an old settings
        # file must not put one into every history line either.
        name = ""
    name = name or _os_display_name(login) or login
    return Identity(login, name, pc_name())


def pc_name() -> str:
    """This PC's network name."""
    import platform

    return platform.node() or os.environ.get("COMPUTERNAME", "") or "okänd-dator"


@cache
def _os_display_name(login: str) -> str:
    """The full name the OS holds for the login, or ''.

    Cached: on Windows it may ask the domain controller. The first call is made while the
    services are built on a worker thread (DraftService), so the window never waits for it.
    """
    if sys.platform == "win32":
        return _windows_display_name()
    try:
        import pwd

        gecos = pwd.getpwnam(login).pw_gecos
    except (ImportError, KeyError):
        return ""
    return _clean(gecos.split(",")[0])  # GECOS: full name, room, phones… separated by commas


def _windows_display_name() -> str:
    # Secur32's GetUserNameExW(NameDisplay) is the name the domain holds ("Svensson Anna");
    # on a PC outside a domain it fails, and the login or the setting is used instead.
    if sys.platform != "win32":  # also tells the type checker where windll exists
        return ""
    import ctypes

    name_display = 3
    size = ctypes.c_ulong(0)
    try:
        get_name = ctypes.windll.secur32.GetUserNameExW
    except (AttributeError, OSError):
        return ""
    get_name(name_display, None, ctypes.byref(size))
    if size.value == 0:
        return ""
    buffer = ctypes.create_unicode_buffer(size.value)
    if not get_name(name_display, buffer, ctypes.byref(size)):
        return ""
    return _clean(buffer.value)
