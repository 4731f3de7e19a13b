"""Build tools a packaging test needs: skipped on a developer's PC, required in CI."""

from __future__ import annotations

import shutil

import pytest

from tests.helpers.postgres import ci_requires_postgres


def tools_or_skip(*tools: str, package: str) -> None:
    """Skip the test when a tool is missing — or fail it under CI=true, as .ci/run has them."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"{', '.join(missing)} not found; install them with `apt-get install {package}`"
    if ci_requires_postgres():  # the same CI=true rule as the PostgreSQL tests
        pytest.fail(f"CI is set, so packaging tests may not be skipped: {reason}")
    pytest.skip(reason)
