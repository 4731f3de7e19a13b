"""Test-wide set-up: offscreen Qt, every user folder in a temporary one, Qt's Swedish, no errors."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists: with neither a display nor this, Qt aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's subprocesses in tests must not reach a developer's real keyring (a local log's key
# would be left there per test): they see none, so their default log stays plain.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

from tests.helpers.memory_keyring import MemoryKeyring
from vardmote_desktop.config.paths import HOME_ENV

# Property tests claim correctness, not speed (that is what benchmarks/ is for): a busy CI
# machine must not fail one on hypothesis's per-example deadline.
settings.register_profile("vardmote", deadline=None)
settings.load_profile("vardmote")

# pytester: tests/test_guards.py runs a small session to see the logged-error check fail.
pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test reads or writes the real user's settings, log or database, or a site file."""
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("VARDMOTE_SITE_DEFAULTS", str(tmp_path / "no-site-defaults.json"))
    monkeypatch.delenv("VARDMOTE_DATABASE", raising=False)
    yield home


@pytest.fixture(scope="session")
def swedish_qt(qapp: object) -> None:
    """Qt's own Swedish, so wizard buttons read Nästa, Tillbaka, Avbryt, Färdig."""
    from PySide6.QtWidgets import QApplication

    from vardmote_desktop.ui.launcher import install_translations

    assert isinstance(qapp, QApplication)
    install_translations(qapp)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """No test reads or writes the OS keyring: an in-memory one, the old one put back after."""
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_logged_errors(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """A log record at ERROR or above fails the test, unless the test expects it.

    A test expects one by the `logs_errors` marker, or by asserting on caplog and calling
    caplog.clear(). Set-up, the test itself and the teardown of later fixtures are covered.
    """
    yield
    if request.node.get_closest_marker("logs_errors") is not None:
        return
    records = [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]
    errors = [r for r in records if r.levelno >= logging.ERROR]
    if errors:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in errors)
        pytest.fail(f"logged at ERROR or above (mark the test logs_errors if expected):\n{lines}")
