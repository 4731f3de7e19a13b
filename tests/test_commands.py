"""`vardmote-desktop export` as a subprocess against a prepared SQLite file: no GUI, no widgets."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.helpers.future_migrations import (
    CONTRACT_SCRIPT,
    EXPAND_SCRIPT,
    migrate_as_release,
    scripts_with,
)
from tests.helpers.log_data import book_examples
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
# Runs main() like the console script, then proves that no widget module was loaded.
RUN_MAIN = (
    "import sys\n"
    "from vardmote_desktop.__main__ import main\n"
    "code = main(sys.argv[1:])\n"
    "assert 'PySide6.QtWidgets' not in sys.modules, 'widgets imported'\n"
    "sys.exit(code)\n"
)


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'logg.db'}"
    engine = create_store_engine(url)
    upgrade_to_head(engine)
    profile = load_profiles()["kalmar"]
    settings = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")
    book_examples(make_session_factory(engine), settings, profile, lambda: NOW)
    engine.dispose()
    return url


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUN_MAIN, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_export_csv_of_january(database: str, tmp_path: Path) -> None:
    out = tmp_path / "januari.csv"
    done = _run(
        "export", "--format", "csv", "--from", "2026-01-01", "--to", "2026-01-31",
        "--out", str(out), "--database", database,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 möte exporterat till" in done.stdout
    with out.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream, delimiter=";"))
    assert len(table) == 2 and table[1][4] == "HC Torsås 1"


def test_export_filters_by_search_and_type(database: str, tmp_path: Path) -> None:
    out = tmp_path / "kalmar.csv"
    done = _run(
        "export", "--format", "csv", "--search", "Kalmar kommun", "--type", "sip_outpatient",
        "--out", str(out), "--database", database,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and "SIP i öppenvård" in rows[1]


def test_export_pdf_without_a_window(database: str, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    done = _run("export", "--format", "pdf", "--out", str(out), "--database", database)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_bad_date_is_refused_with_a_swedish_message(database: str, tmp_path: Path) -> None:
    done = _run("export", "--format", "csv", "--from", "1 jan", "--out", str(tmp_path / "x"))
    assert done.returncode == 2
    assert "ÅÅÅÅ-MM-DD" in done.stderr


def test_export_from_a_log_too_new_for_this_release_names_the_release(
    database: str, tmp_path: Path
) -> None:
    engine = create_store_engine(database)
    try:
        migrate_as_release(engine, scripts_with(tmp_path, EXPAND_SCRIPT, CONTRACT_SCRIPT), "9.2.0")
    finally:
        engine.dispose()
    out = tmp_path / "x.csv"
    done = _run("export", "--format", "csv", "--out", str(out), "--database", database)
    assert done.returncode == 1
    assert "nyare version av programmet; version 9.2.0 eller senare behövs" in done.stderr
    assert not out.exists()
