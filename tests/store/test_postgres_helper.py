"""The throwaway-PostgreSQL helper: found binaries, and skip locally but fail in CI."""

from __future__ import annotations

import pytest

from tests.helpers import postgres
from tests.helpers.postgres import PostgresServer


def test_missing_binaries_skip_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres, "find_pg_bin", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="initdb"):
        postgres.pg_bin_or_skip()


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_missing_binaries_fail_in_ci(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setattr(postgres, "find_pg_bin", lambda: None)
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        postgres.pg_bin_or_skip()


@pytest.mark.postgres
def test_server_is_up_and_found(postgres_server: PostgresServer) -> None:
    found = postgres.find_pg_bin()
    assert found is not None and (found / "pg_ctl").is_file()
    with postgres_server.connect() as connection:
        row = connection.execute("SHOW fsync").fetchone()
    assert row == ("off",)
    assert postgres_server.url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
