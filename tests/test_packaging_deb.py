"""The Linux package's desktop entry and AppStream metadata pass the freedesktop validators.

The .deb itself is built from the PyInstaller folder in tests/test_installer.py, which builds
that folder once for all its tests.
"""

from __future__ import annotations

import datetime
import importlib.util
import subprocess
from pathlib import Path

from tests.helpers.tools import tools_or_skip

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "installer" / "linux"
# A script in installer/, not a package: loaded from its file, sys.path left alone.
_spec = importlib.util.spec_from_file_location("build_deb", LINUX / "build_deb.py")
assert _spec is not None and _spec.loader is not None
build_deb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_deb)


def validate_desktop_entry(path: Path) -> None:
    tools_or_skip("desktop-file-validate", package="desktop-file-utils")
    done = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout + done.stderr


def validate_metainfo(path: Path) -> None:
    tools_or_skip("appstreamcli", package="appstream")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_debian_versions_sort_pre_releases_first() -> None:
    assert build_deb.deb_version("0.1.0") == "0.1.0"
    assert build_deb.deb_version("1.2.0rc1") == "1.2.0~rc1"
    assert build_deb.deb_version("1.2.0.dev3") == "1.2.0~dev3"


def test_the_desktop_entry_is_valid() -> None:
    validate_desktop_entry(LINUX / f"{build_deb.APP_ID}.desktop")


def test_the_appstream_metadata_is_valid(tmp_path: Path) -> None:
    path = tmp_path / f"{build_deb.APP_ID}.metainfo.xml"
    path.write_text(build_deb.metainfo("0.1.0", datetime.date(2026, 12, 1)), encoding="utf-8")
    validate_metainfo(path)
    text = path.read_text(encoding="utf-8")
    assert '<release version="0.1.0" date="2026-12-01" />' in text
    assert f'<launchable type="desktop-id">{build_deb.APP_ID}.desktop</launchable>' in text
