"""Which release runs on what: the version from the package metadata, for --version and logs."""

from __future__ import annotations

import importlib.metadata
import platform
import sys

DISTRIBUTION = "vardmote-desktop"


def package_version() -> str:
    """The installed release (wheel, editable install or the bundle's copied metadata)."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def environment_line(qt: str) -> str:
    """One line for support: version, Python, Qt (given by ui/), OS, and whether frozen."""
    build = "bundle" if getattr(sys, "frozen", False) else "python"
    return (
        f"Vårdmöte {package_version()}; Python {platform.python_version()} "
        f"({sys.implementation.name}, {build}); {qt}; "
        f"{platform.platform()} {platform.machine()}"
    )
