"""The ward-PC build: PyInstaller bundles the app with its profiles and migrations, and it runs."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
