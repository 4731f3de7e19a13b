"""A throwaway PostgreSQL cluster for tests: initdb in a temp dir, start, yield a URL, remove."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import psycopg
import pytest

DATABASE_NAME = "vardmote_test"
_SERVICE_USER = "postgres"  # the OS user that runs the server when the tests run as root
_START_ATTEMPTS = 3  # a free port can be taken between choosing it and the server binding it


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: $PG_BIN, then PATH, then /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    # Newest major version first; Debian keeps the binaries off PATH.
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates.extend(Path(p) for p in versions)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def ci_requires_postgres() -> bool:
    """In CI (CI=true) PostgreSQL tests must run: missing binaries are a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def pg_bin_or_skip() -> Path:
    """find_pg_bin(), or skip the test — or fail it when running in CI."""
    folder = find_pg_bin()
    if folder is None:
        reason = (
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH, in $PG_BIN or in "
            "/usr/lib/postgresql/*/bin; install them with `apt-get install postgresql`"
        )
        if ci_requires_postgres():
            pytest.fail(f"CI is set, so PostgreSQL tests may not be skipped: {reason}")
        pytest.skip(reason)
    return folder


def _runuser() -> str:
    # runuser lives in /usr/sbin, which a non-login root PATH may lack.
    for candidate in (shutil.which("runuser"), "/usr/sbin/runuser", "/sbin/runuser"):
        if candidate and Path(candidate).is_file():
            return candidate
    raise FileNotFoundError("running as root needs runuser to start PostgreSQL as 'postgres'")


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """Context manager: a private cluster on 127.0.0.1, trust auth, fsync off, one database.

    As root the server runs as the `postgres` OS user through runuser (initdb refuses root);
    as anyone else it runs as that user directly.
    """

    def __init__(self, bin_dir: Path | None = None) -> None:
        found = bin_dir or find_pg_bin()
        if found is None:
            raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found")
        self.bin_dir = found
        self.port = 0
        self._root: Path | None = None

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the test database."""
        return self.database_url(DATABASE_NAME)

    def database_url(self, name: str) -> str:
        """SQLAlchemy URL of any database on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def reset(self) -> None:
        """The test database emptied: its schema dropped and made again, far faster than a
        CREATE DATABASE per test and just as fresh."""
        with self.connect(DATABASE_NAME) as connection:
            connection.execute("DROP SCHEMA public CASCADE")
            connection.execute("CREATE SCHEMA public")

    def connect(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit psycopg connection (default: the maintenance database)."""
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True
        )

    def __enter__(self) -> str:
        self.start()
        return self.url

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """initdb, start the server, wait until it answers, create the test database."""
        self._root = Path(tempfile.mkdtemp(prefix="vardmote-pg-"))
        try:
            self._init_cluster()
            self._start_server()
            with self.connect() as admin:
                admin.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server at once and delete the cluster."""
        if self._root is None:
            return
        data = self._root / "data"
        if (data / "postmaster.pid").exists():
            self._run("pg_ctl", "stop", "-D", str(data), "-m", "immediate", "-w", check=False)
        shutil.rmtree(self._root, ignore_errors=True)
        self._root = None

    def require_password(self, role: str, password: str, *, on: bool = True) -> None:
        """Make `role` log in with a password (SCRAM) over TCP, the rest of the cluster trust
        as before; `on=False` takes the rule out again. For the tests of keyring passwords."""
        assert self._root is not None
        hba = self._root / "data" / "pg_hba.conf"
        rule = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        lines = [line for line in hba.read_text().splitlines(keepends=True) if line != rule]
        hba.write_text("".join([rule, *lines] if on else lines))  # first match wins
        with self.connect() as admin:
            if on:
                admin.execute(f"DROP ROLE IF EXISTS {role}")
                admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
            admin.execute("SELECT pg_reload_conf()")

    def _init_cluster(self) -> None:
        assert self._root is not None
        if os.geteuid() == 0:
            # The server user must own the folder (and reach it: mkdtemp is 0700 under /tmp).
            shutil.chown(self._root, user=_SERVICE_USER, group=None)
        self._run(
            "initdb",
            "-D",
            str(self._root / "data"),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )

    def _start_server(self) -> None:
        assert self._root is not None
        data, log = self._root / "data", self._root / "server.log"
        for attempt in range(1, _START_ATTEMPTS + 1):
            self.port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self._root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            result = self._run(
                "pg_ctl", "start", "-D", str(data), "-l", str(log), "-w", "-t", "30",
                "-o", options, check=False,
            )  # fmt: skip
            if result.returncode == 0 and self._answers():
                return
            if attempt == _START_ATTEMPTS:
                log_tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                raise RuntimeError(
                    f"PostgreSQL did not start: {result.stdout}{result.stderr}\n{log_tail}"
                )

    def _answers(self) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with self.connect():
                    return True
            except psycopg.OperationalError:
                time.sleep(0.05)
        return False

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / tool), *args]
        if os.geteuid() == 0:
            command = [_runuser(), "-u", _SERVICE_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
        if check and result.returncode != 0:
            raise RuntimeError(f"{tool} failed ({result.returncode}): {result.stderr}")
        return result
