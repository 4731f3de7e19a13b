"""The ward-PC build: PyInstaller bundles the app with its profiles and migrations, and it runs."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.tools import tools_or_skip
from tests.test_packaging_deb import build_deb, validate_desktop_entry, validate_metainfo

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing in CI: it is in the test extra")
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = os.environ | {
        "PYTHON": sys.executable,
        "DIST": str(work / "dist"),
        "WORK": str(work / "build"),
    }
    subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh")],
        env=env,
        check=True,
        capture_output=True,
        timeout=900,
    )
    executable = work / "dist" / "vardmote-desktop" / "vardmote-desktop"
    assert executable.exists()
    return executable


def test_frozen_program_opens_and_migrates_a_database(bundle: Path, tmp_path: Path) -> None:
    env = os.environ | {"VARDMOTE_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(bundle), "--check", "--profile", "kalmar", "--unit", "HC Torsås"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: Landstinget i Kalmar län, HC Torsås, SQLite:")
    assert (tmp_path / "home" / "data" / "vardmote.db").exists()


def test_frozen_program_reads_a_site_defaults_file(bundle: Path, tmp_path: Path) -> None:
    site = tmp_path / "site-defaults.json"
    site.write_text(
        '{"profile": "region_pexip", "unit": "Avd 12", "locked": ["profile"]}', encoding="utf-8"
    )
    env = os.environ | {"VARDMOTE_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [str(bundle), "--site-defaults", str(site), "--print-settings"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"profile": "region_pexip"' in done.stdout and '"unit": "Avd 12"' in done.stdout


def test_frozen_program_names_its_version_and_logs_its_start(bundle: Path, tmp_path: Path) -> None:
    env = os.environ | {"VARDMOTE_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(bundle), "--version"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"vardmote-desktop {importlib.metadata.version('vardmote-desktop')}\n"
    check = [str(bundle), "--check", "--profile", "kalmar", "--unit", "HC Torsås"]
    assert subprocess.run(check, env=env, capture_output=True, timeout=120).returncode == 0
    first = (tmp_path / "home" / "logs" / "vardmote.log").read_text(encoding="utf-8")
    assert "(cpython, bundle); Qt 6." in first.splitlines()[0]


def test_frozen_program_writes_site_defaults_as_the_msi_runs_it(
    bundle: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ProgramData" / "Vardmote" / "site-defaults.json"
    done = subprocess.run(
        [
            str(bundle),
            "site-defaults",
            "--out",
            str(out),
            "--base",
            "",
            "--profile",
            "kalmar",
            "--unit",
            "HC Torsås",
            "--platform",
            "",
            "--locked",
            "profile",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "profile": "kalmar",
        "unit": "HC Torsås",
        "locked": ["profile"],
    }


def test_the_deb_installs_the_bundle_menu_entry_icons_and_site_file(
    bundle: Path, tmp_path: Path
) -> None:
    tools_or_skip("dpkg-deb", package="dpkg")
    version = importlib.metadata.version("vardmote-desktop")
    deb = build_deb.build(bundle.parent, tmp_path / "out", version)
    info = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Architecture", "Depends"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "Package: vardmote-desktop" in info
    assert f"Version: {build_deb.deb_version(version)}" in info
    assert "libegl1" in info and "libxcb-cursor0" in info
    conffiles = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], check=True, capture_output=True
    ).stdout
    assert b"conffiles" in conffiles

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    app_id = build_deb.APP_ID
    for path in (
        "opt/vardmote-desktop/vardmote-desktop",
        f"usr/share/applications/{app_id}.desktop",
        f"usr/share/icons/hicolor/scalable/apps/{app_id}.svg",
        f"usr/share/icons/hicolor/256x256/apps/{app_id}.png",
        f"usr/share/metainfo/{app_id}.metainfo.xml",
        "etc/vardmote-desktop/site-defaults.json",
    ):
        assert (root / path).is_file(), path
    assert json.loads((root / "etc/vardmote-desktop/site-defaults.json").read_text()) == {}
    validate_desktop_entry(root / f"usr/share/applications/{app_id}.desktop")
    validate_metainfo(root / f"usr/share/metainfo/{app_id}.metainfo.xml")
    # The command on PATH is a link into /opt that the frozen program follows.
    done = subprocess.run(
        [str(root / "usr/bin/vardmote-desktop"), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"vardmote-desktop {version}\n"
