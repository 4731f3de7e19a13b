"""Where the application keeps its files: per-user folders, redirectable for tests and kiosks."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "vardmote-desktop"
APP_AUTHOR = "Vardmote"

# One variable moves every per-user folder, so tests and portable installs never touch $HOME.
HOME_ENV = "VARDMOTE_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The per-user folders: settings, data (the SQLite log) and logs."""

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
