"""The OS login of this process, cheaply: its single-instance guard needs it before the window.

The rest of who is at the keyboard (display name, PC, the recorded actor) is config/identity.py,
imported after the first paint.
"""

from __future__ import annotations

import os

UNKNOWN_LOGIN = "okänd"

# Where getpass.getuser() looks first, in its order: the session's login.
_LOGIN_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")


def os_login() -> str:
    """The operating system's login of this process (cheap: no directory lookup)."""
    for variable in _LOGIN_VARIABLES:
        # As getpass does, without importing it (and termios) before the first paint.
        if login := os.environ.get(variable):
            return login
    if os.name == "posix":
        # What getpass.getuser() reads next, without importing getpass and termios (1.7 M
        # instructions before the first paint; a session without LOGNAME or USER is one
        # started by a service or a kiosk).
        import pwd

        try:
            return pwd.getpwuid(os.getuid()).pw_name or UNKNOWN_LOGIN
        except KeyError:  # no passwd entry in some containers
            return UNKNOWN_LOGIN
    import getpass  # elsewhere: the environment again, then whatever it knows

    try:
        return getpass.getuser() or UNKNOWN_LOGIN
    except (ImportError, KeyError, OSError):  # before 3.13 a missing pwd is an ImportError
        return UNKNOWN_LOGIN
