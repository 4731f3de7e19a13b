"""The wheel is complete: installed into a fresh environment, `--check` opens a log."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Builds the wheel from a copy of the sources, so the tree gets no build/ or egg-info."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "vardmote_desktop",
        source / "vardmote_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    # Without build isolation: the test extra brings setuptools and wheel, so no download.
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"),
            *("--no-index", "--quiet", "--wheel-dir", str(work / "dist"), str(source)),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = (work / "dist").glob("vardmote_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel; its dependencies come from this environment."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # A plain path line, not addsitedir: the dev environment's own .pth files (among them
    # the editable install of this checkout) stay inactive, so only the wheel's copy imports.
    (site / "zz_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"),
            *("--no-deps", "--no-index", str(wheel)),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return venv


def test_wheel_holds_profiles_templates_translations_and_migrations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for wanted in (
        "vardmote_desktop/resources/profiles/kalmar.json",
        "vardmote_desktop/resources/profiles/region_pexip.json",
        "vardmote_desktop/resources/sql/first_list.json",
        "vardmote_desktop/resources/templates/invitation_kalmar_sv.txt",
        "vardmote_desktop/resources/translations/vardmote_en.ts",
        "vardmote_desktop/resources/translations/vardmote_en.qm",
        "vardmote_desktop/store/migrations/env.py",
    ):
        assert wanted in names


def test_installed_wheel_checks_a_sqlite_log(installed: Path, tmp_path: Path) -> None:
    program = installed / "bin" / "vardmote-desktop"
    database = tmp_path / "log.db"
    env = os.environ | {"VARDMOTE_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [
            *(str(program), "--check", "--profile", "kalmar", "--unit", "HC Torsås"),
            *("--database", f"sqlite:///{database}"),
        ],
        env=env,
        cwd=tmp_path,  # not the checkout: the package must come from the wheel
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: Landstinget i Kalmar län, HC Torsås, SQLite:")
    assert database.exists()
    where = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import vardmote_desktop; print(vardmote_desktop.__file__)",
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(installed)), where.stdout


def test_installed_wheel_speaks_english_from_its_compiled_catalogue(
    installed: Path, tmp_path: Path
) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication, QTranslator\n"
        "from vardmote_desktop.config.paths import resources_dir\n"
        "app = QCoreApplication([])\n"
        "ours = QTranslator()\n"
        "assert ours.load('vardmote_en', str(resources_dir() / 'translations'))\n"
        "app.installTranslator(ours)\n"
        "print(QCoreApplication.translate('', 'Fältet måste fyllas i.'))\n"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [str(installed / "bin" / "python"), "-c", code],
        env=env,
        cwd=tmp_path,  # not the checkout: the catalogue must come from the wheel
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "This field is required.\n"
