"""Where the application keeps its files: per-user folders, redirectable for tests and kiosks."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import NamedTuple

APP_NAME = "vardmote-desktop"
APP_AUTHOR = "Vardmote"

# One variable moves every per-user folder, so tests and portable installs never touch $HOME.
HOME_ENV = "VARDMOTE_HOME"


class AppPaths(NamedTuple):
    """The per-user folders: settings, data (the SQLite log) and logs.

    A NamedTuple, as the other records made before the first paint: immutable, and a fraction
    of a frozen dataclass's cost to define (issue #14).
    """

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


def user_paths(environ: dict[str, str] | None = None) -> AppPaths:
    """Folders from platformdirs, or all under $VARDMOTE_HOME when that is set."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    if home:
        base = Path(home)
        return AppPaths(base / "config", base / "data", base / "logs")
    # platformdirs is imported here, not at module level: it is only needed on this path.
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def instance_home(environ: dict[str, str] | None = None) -> Path | None:
    """The profile home that names the single-instance guard: user_paths' data folder under
    $VARDMOTE_HOME; None for the per-user default, which the login alone names. Read before
    the first paint, so without platformdirs (11 M instructions before the paint, issue 14)."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    return Path(home) / "data" if home else None


def resources_dir() -> Path:
    """The package's resources/ folder: profiles, templates and translations.

    They are package data (vardmote_desktop/resources), so the same path works from the source
    tree, from an installed wheel and from the PyInstaller bundle (which keeps the package
    layout under sys._MEIPASS, see installer/vardmote-desktop.spec).
    """
    return Path(__file__).resolve().parents[1] / "resources"


def site_defaults_candidates(environ: dict[str, str] | None = None) -> list[Path]:
    """Where a region's IT may put a site defaults file, most specific first."""
    env = os.environ if environ is None else environ
    found: list[Path] = []
    if env.get("VARDMOTE_SITE_DEFAULTS"):
        found.append(Path(env["VARDMOTE_SITE_DEFAULTS"]))
    if sys.platform == "win32":
        program_data = env.get("PROGRAMDATA", r"C:\ProgramData")
        found.append(Path(program_data) / "Vardmote" / "site-defaults.json")
    else:
        found.append(Path("/etc/vardmote-desktop/site-defaults.json"))
    # A file next to a frozen executable lets IT ship one folder with everything in it.
    if getattr(sys, "frozen", False):
        found.append(Path(sys.executable).parent / "site-defaults.json")
    return found


# Files the application writes hold meeting data, names and the log: on a ward PC shared by
# many users, none but the owner may read them (files 0600, folders 0700).
PRIVATE_UMASK = 0o077
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


@contextmanager
def private_files() -> Iterator[None]:
    """Every file and folder this process creates meanwhile is its user's only (umask 077).

    SQLite's -wal and -shm files, rotated logs, exports and backups included, whoever makes
    them. The previous umask is put back afterwards (tests run the entry point in-process).
    Windows has no umask: there the per-user folders are private by their ACLs already.
    """
    if os.name != "posix":
        yield
        return
    before = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(before)


def make_private(path: Path) -> None:
    """chmod 0700 for a folder, 0600 for a file (POSIX); a missing path is left alone."""
    if os.name != "posix":
        return
    # Removed meanwhile (a rotated log, a checkpointed -wal): nothing left to protect. Owned
    # by someone else (a file an administrator made): not ours to change, and no reason to
    # refuse to start.
    with suppress(FileNotFoundError, PermissionError):
        path.chmod(PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)


def secure_user_files(paths: AppPaths) -> None:
    """The per-user folders, created private, and everything already in them made private.

    Older versions wrote 0644 files (the umask of the desktop session): a start repairs them.
    """
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir):
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder)
        for inside in folder.rglob("*"):
            if not inside.is_symlink():
                make_private(inside)
