"""Database addresses read without SQLAlchemy: the local log's file, a server's connection.

Opening the log the full way imports SQLAlchemy (a third of a second); the main window's first
list is read before that (store/first_list.py), so what it needs of an address is here: which
file, which server, and the keyring account of a server password (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

SQLITE_FILE_NAME = "vardmote.db"
DATABASE_PLATFORM = "database"  # the keyring account's first part for database passwords


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL address split up; `password` only when the URL itself carries one."""

    user: str | None
    password: str | None
    host: str
    port: int
    database: str
    conninfo: str  # the URL as libpq reads it (no "+driver"), options such as sslmode kept

    @property
    def account(self) -> str:
        """The keyring account of this server's password (app.py stores it under this name)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def sqlite_file(url: str) -> Path | None:
    """The file of a `sqlite:///…` URL (any driver), None for other databases or memory."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] != "sqlite" or not rest.startswith("/"):
        return None
    path, _, _query = rest[1:].partition("?")
    return Path(unquote(path)) if path and path != ":memory:" else None


def server_address(url: str) -> ServerAddress | None:
    """A `postgresql[+driver]://user:password@host:port/database?…` URL split up."""
    parts = urlsplit(url)
    if parts.scheme.split("+")[0] != "postgresql":
        return None
    return ServerAddress(
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        host=parts.hostname or "localhost",
        port=parts.port or 5432,
        database=unquote(parts.path.lstrip("/")),
        conninfo="postgresql://" + url.partition("://")[2],
    )
