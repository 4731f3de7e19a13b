"""The ward-PC build: PyInstaller bundles the app with its profiles and migrations, and it runs."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.helpers.postgres import PostgresServer, pg_bin_or_skip
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


@pytest.mark.postgres
def test_frozen_program_reads_a_shared_logs_first_list_through_libpq(
    bundle: Path, tmp_path: Path
) -> None:
    """The first list on PostgreSQL loads the libpq psycopg's wheel ships (store/libpq.py)
    from where the bundle keeps it; without it every start would wait for the full opening."""
    with PostgresServer(pg_bin_or_skip()) as url:
        env = os.environ | {"VARDMOTE_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
        argv = ["--check", "--profile", "kalmar", "--unit", "HC Torsås", "--database", url]
        done = subprocess.run(
            [str(bundle), *argv], env=env, capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "första listan: läses direkt", done.stdout


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


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tools_or_skip("dpkg-deb", package="dpkg")
    version = importlib.metadata.version("vardmote-desktop")
    return Path(build_deb.build(bundle.parent, tmp_path_factory.mktemp("deb"), version))


def test_the_deb_installs_the_bundle_menu_entry_icons_and_site_file(
    deb: Path, tmp_path: Path
) -> None:
    version = importlib.metadata.version("vardmote-desktop")
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


# Qt the bundle leaves out (installer/vardmote-desktop.spec, UNUSED_QT): none may come back.
UNUSED_QT_NAMES = (
    "libQt6Quick.",
    "libQt6Qml.",
    "libQt6QmlModels.",
    "libQt6VirtualKeyboard.",
    "libQt6Pdf.",
    "libQt6EglFSDeviceIntegration.",
    "libqtvirtualkeyboardplugin.so",
    "libqpdf.so",
    "libqeglfs.so",
    "libqlinuxfb.so",
    "libqvnc.so",
    "qt_de.qm",
    "qtbase_de.qm",
    "libqgtk3.so",  # and the GTK stack, bundled only where the build machine has GTK
    "libgtk-3.",
    "libgdk-3.",
    "libpango-1.0.",
)


def test_the_bundle_leaves_out_the_qt_it_never_uses(bundle: Path) -> None:
    folder = bundle.parent
    names = {path.name for path in folder.rglob("*")}
    assert [name for name in UNUSED_QT_NAMES if any(n.startswith(name) for n in names)] == []
    qt = folder / "_internal" / "PySide6" / "Qt"
    assert not (qt / "plugins" / "tls").exists() and not (qt / "plugins" / "generic").exists()
    # What it does use is there: the desktop platforms, Qt's Swedish, our English.
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= names
    assert {"qtbase_sv.qm", "vardmote_en.qm"} <= names
    assert any(n.startswith("libQt6Charts.") for n in names)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    # 242 MB, 21 MB of it SQLCipher's statically linked library (the encrypted log); about
    # 273 MB with all of Qt.
    assert size < 256_000_000, f"{size / 1e6:.0f} MB"


def test_the_frozen_window_starts_without_the_left_out_qt(bundle: Path, tmp_path: Path) -> None:
    # The window, not only --check: a plugin the GUI needs would be missed only here.
    home = tmp_path / "home"
    env = os.environ | {"VARDMOTE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    argv = [str(bundle), "--profile", "kalmar", "--unit", "HC Torsås", "--language", "en"]
    log = home / "logs" / "vardmote.log"
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as gui:
        try:
            for _ in range(1200):  # until the log says the window is up (or it ended)
                if gui.poll() is not None:
                    break
                if log.exists() and "window shown" in log.read_text(encoding="utf-8"):
                    break
                threading.Event().wait(0.1)
            assert gui.poll() is None, gui.communicate()[1]
        finally:
            gui.terminate()
            gui.wait(timeout=60)
    text = log.read_text(encoding="utf-8")
    assert "window shown; opening the log" in text
    assert "Could not load the Qt platform plugin" not in text
    assert " ERROR " not in text and " CRITICAL " not in text, text


def test_the_deb_installs_with_apt_and_the_installed_command_checks(
    deb: Path, tmp_path: Path
) -> None:
    """As a packager would: apt installs it (its Depends resolved), then --check runs.

    It changes the machine (a package in /opt, /usr/bin, /etc), so only in CI, as root; the
    package is purged afterwards.
    """
    if not (os.environ.get("CI") and hasattr(os, "geteuid") and os.geteuid() == 0):
        pytest.skip("installs a system package: only in CI, as root (.ci/run)")
    tools_or_skip("apt-get", "dpkg", package="apt")
    before = subprocess.run(["dpkg", "-s", "vardmote-desktop"], capture_output=True)
    assert before.returncode != 0, "vardmote-desktop is installed already: not removing it"
    apt_env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", str(deb)],
        env=apt_env,
        check=True,
        capture_output=True,
        timeout=900,
    )
    site = Path("/etc/vardmote-desktop/site-defaults.json")
    try:
        assert json.loads(site.read_text(encoding="utf-8")) == {}
        # IT's preset in the conffile is what the installed program starts from.
        site.write_text('{"profile": "kalmar", "unit": "HC Torsås"}', encoding="utf-8")
        env = os.environ | {"VARDMOTE_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("VARDMOTE_SITE_DEFAULTS", None)
        done = subprocess.run(
            ["vardmote-desktop", "--check"], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("ok: Landstinget i Kalmar län, HC Torsås, SQLite:")
        assert (tmp_path / "home" / "logs" / "vardmote.log").is_file()
    finally:
        subprocess.run(
            ["dpkg", "--purge", "vardmote-desktop"], env=apt_env, check=True, capture_output=True
        )
    assert not Path("/opt/vardmote-desktop").exists() and not site.exists()


def test_the_frozen_program_purges_a_backlog_as_the_window_runs_it(
    bundle: Path, tmp_path: Path
) -> None:
    """The window starts its own executable for a backlog's purge (ui/background_purge.py):
    the bundle must hold the command and answer on its pipes."""
    from datetime import UTC, datetime

    from benchmarks.fill import fill_engine
    from tests.services.test_retention_batches import purgeable
    from tests.test_purge_command import as_the_window_runs_it
    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.services.retention import months_before
    from vardmote_desktop.store.engine import create_store_engine, make_session_factory

    url = f"sqlite:///{tmp_path / 'logg.db'}"
    engine = create_store_engine(url)
    try:
        fill_engine(engine, 400, quiet=True)
        due = purgeable(make_session_factory(engine), months_before(datetime.now(UTC), 12))
    finally:
        engine.dispose()
    settings = Settings(profile="kalmar", unit="HC Torsås", database=url)
    env = os.environ | {"VARDMOTE_HOME": str(tmp_path / "home")}
    with as_the_window_runs_it([str(bundle)], settings, env) as child:
        assert child.stdin is not None and child.stdout is not None
        line = child.stdout.readline()  # stdin held open, as the window does until it closes
        child.stdin.close()
        child.wait(timeout=60)
    assert child.returncode == 0
    assert json.loads(line) == {"count": due, "drafts": 0, "stopped": False}
