"""Support-grade output: --version, a start line, tracebacks, Qt messages and crashes in the log."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_logsetup import EMAIL, PHONES, PNRS, assert_nothing_personal

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"VARDMOTE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return _python(
        "import sys; from vardmote_desktop.__main__ import main; sys.exit(main(sys.argv[1:]))",
        *args,
        home=home,
    )


def test_version_prints_the_package_metadata_version(tmp_path: Path) -> None:
    done = _main("--version", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"vardmote-desktop {importlib.metadata.version('vardmote-desktop')}\n"


def test_check_writes_a_start_line_and_its_result_to_the_log(tmp_path: Path) -> None:
    done = _main("--check", "--profile", "kalmar", "--unit", "HC Torsås", home=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "logs" / "vardmote.log").read_text(encoding="utf-8").splitlines()
    first = lines[0]
    version = importlib.metadata.version("vardmote-desktop")
    assert f"start: Vårdmöte {version}; Python {sys.version.split()[0]}" in first
    assert "Qt 6." in first and "PySide6 6." in first
    assert any(os_name in first for os_name in ("Linux", "Windows", "macOS"))
    assert any("--check: ok, SQLite:" in line for line in lines)


def test_check_logs_why_a_database_could_not_be_opened(tmp_path: Path) -> None:
    # A folder where the SQLite file should be: the database cannot be opened.
    (tmp_path / "db").mkdir()
    done = _main(
        "--check", "--profile", "kalmar", "--unit", "HC Torsås",
        "--database", f"sqlite:///{tmp_path / 'db'}",
        home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    assert "databasen kunde inte öppnas" in done.stderr
    assert "Traceback" not in done.stderr  # the terminal gets the message, the file the trace
    text = (tmp_path / "logs" / "vardmote.log").read_text(encoding="utf-8")
    assert "--check: the database could not be opened" in text
    assert "Traceback (most recent call last)" in text and "OperationalError" in text


CRASHING = f"""
import sys, threading
from pathlib import Path
from PySide6.QtCore import qWarning
from vardmote_desktop.logsetup import start_logging, setup_logging
from vardmote_desktop.ui.qt_log import capture_qt_messages, qt_versions
path, _ = start_logging(Path(sys.argv[1]), qt_versions(), [capture_qt_messages])
start_logging(Path(sys.argv[1]))  # a second context built: no second set of handlers
assert setup_logging(Path(sys.argv[1])) == path
qWarning("QFont: could not reach {PHONES[0]}")
worker = threading.Thread(target=lambda: 1 / 0, name="db-worker")
worker.start(); worker.join()
raise RuntimeError("could not reach {EMAIL} ({PNRS[0]})")
"""


def test_unhandled_errors_and_qt_messages_reach_the_log_masked(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    done = _python(CRASHING, str(logs), home=tmp_path)
    assert done.returncode == 1
    text = (logs / "vardmote.log").read_text(encoding="utf-8")
    assert text.count("start: Vårdmöte") == 2  # one per call, each with its own handlers once
    assert text.count("QFont: could not reach") == 1
    assert (
        "Qt 6." in text.splitlines()[0] and "Qt not loaded" in text
    )  # ...so each record is written once
    assert "WARNING qt: QFont: could not reach [telefon]" in text
    assert "unhandled error in thread db-worker" in text and "ZeroDivisionError" in text
    assert "CRITICAL vardmote_desktop: unhandled error" in text
    assert "RuntimeError: could not reach [e-post] ([personnummer])" in text
    assert_nothing_personal(text)


START = """
import sys
from pathlib import Path
from vardmote_desktop.logsetup import start_logging
start_logging(Path(sys.argv[1]))
"""


def test_a_hard_crash_lands_in_the_log_at_the_next_start(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    done = _python(
        START + "import faulthandler; faulthandler._sigsegv()\n", str(logs), home=tmp_path
    )
    assert done.returncode != 0
    assert "Fatal Python error" in (logs / "vardmote-fault.log").read_text(encoding="utf-8")

    assert _python(START, str(logs), home=tmp_path).returncode == 0
    text = (logs / "vardmote.log").read_text(encoding="utf-8")
    assert "the previous start crashed (faulthandler)" in text
    assert "Fatal Python error" in text and "<module>" in text
    assert (logs / "vardmote-fault.log").read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_need_no_qt(option: str, tmp_path: Path) -> None:
    code = (
        "import sys; from vardmote_desktop.__main__ import main\n"
        f"try:\n    main([{option!r}])\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "assert 'PySide6.QtCore' not in sys.modules, 'Qt imported'\n"
    )
    done = _python(code, home=tmp_path)
    assert done.returncode == 0, done.stderr


def test_help_names_the_exit_codes_and_the_log_file(tmp_path: Path) -> None:
    done = _main("--help", home=tmp_path)
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())  # argparse wraps the epilog at any space
    assert "Slutkoder: 0 klart; 1 databasen kunde inte öppnas" in text
    assert "2 fel i flaggorna" in text
    assert f"Loggfil (även för --check): {tmp_path / 'logs' / 'vardmote.log'}" in text.replace(
        "- ", "-"
    )


def test_placeholder_addresses_in_docs_and_installers_are_example_hosts() -> None:
    # A region copies these into its own files: a real-looking host would be reached.
    files = [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    files += [
        p
        for p in (ROOT / "installer").rglob("*")
        if p.suffix in {".md", ".json", ".wxs", ".in", ".py", ".desktop", ".sh", ".spec"}
    ]
    hosts = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        for url in re.findall(r"https?://[A-Za-z0-9][^\s\\\"'<>)`]*", text):
            hosts.add(re.sub(r"^https?://(?:[^@/]*@)?([^/:]+).*$", r"\1", url))
    schemas = {"schemas.microsoft.com", "www.w3.org"}  # XML namespaces, never fetched
    assert {h for h in hosts - schemas if not h.endswith(".example")} == set()
    # The program's own pages (Add/Remove Programs, AppStream) use the one placeholder.
    assert "vardmote.region.example" in hosts
