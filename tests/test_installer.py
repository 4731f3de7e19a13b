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
