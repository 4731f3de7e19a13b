"""The guards stay: strict mypy everywhere, tests that fail on Qt warnings and logged errors."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_mypy_is_strict_for_the_package_and_its_tests() -> None:
    with PYPROJECT.open("rb") as file:
        mypy: dict[str, Any] = tomllib.load(file)["tool"]["mypy"]
    assert mypy["strict"] is True
    assert {"vardmote_desktop", "tests"} <= set(mypy["files"])
    loosened = [
        override["module"]
        for override in mypy.get("overrides", [])
        if override.get("strict") is False or override.get("ignore_errors")
    ]
    assert loosened == []


def test_qt_warnings_fail_and_only_platform_plugin_noise_is_ignored(
    pytestconfig: pytest.Config,
) -> None:
    assert pytestconfig.getini("qt_log_level_fail") == "WARNING"
    assert pytestconfig.getini("filterwarnings") == ["error"]
    ignored = pytestconfig.getini("qt_log_ignore")
    assert ignored and all(line.startswith("This plugin does not support ") for line in ignored)


@pytest.mark.logs_errors  # the inner tests' records reach this test's caplog too
def test_a_logged_error_fails_the_test_unless_it_is_expected(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        from tests.conftest import no_logged_errors

        def pytest_configure(config):
            config.addinivalue_line("markers", "logs_errors: expected")
        """
    )
    pytester.makepyfile(
        """
        import logging
        import pytest

        log = logging.getLogger("guarded")

        def test_error():
            log.error("boom")

        def test_warning():
            log.warning("only a warning")

        @pytest.mark.logs_errors
        def test_marked():
            log.critical("expected")

        def test_asserted_and_cleared(caplog):
            log.error("expected")
            assert [r.getMessage() for r in caplog.records] == ["expected"]
            caplog.clear()
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_error*", "*ERROR guarded: boom*"])
