"""A handful of libpq calls through ctypes, for the first list on a unit's shared log.

Importing psycopg costs 170 ms on a ward PC's class of machine, more than the whole window
takes to show, while the first list needs four statements. libpq itself already ships with
psycopg's binary wheel and loads in a few milliseconds, so the first list (store/first_list.py)
talks to it directly: connect (libpq reads the URL, passfile, service file, TLS and Kerberos
settings itself), run text-format statements, close. Everything else, including every write,
goes through SQLAlchemy and psycopg once the services are open.

Values come back as text exactly as the server prints them; store/first_list.py decodes them.
Any failure raises LibpqError, and the first list then waits for the full opening.
"""

from __future__ import annotations

import ctypes
import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_CONNECTION_OK = 0
_COMMAND_OK = 1
_TUPLES_OK = 2
_LIBRARY_PATTERNS = ("libpq*.so*", "libpq*.dylib", "libpq*.dll")

Row = tuple[str | None, ...]


class LibpqError(Exception):
    """libpq is not at hand, or the server refused or failed a step."""


def bundled_library(search: Sequence[Path] | None = None) -> Path | None:
    """The libpq psycopg's binary wheel ships (auditwheel/delvewheel put it beside the
    package in psycopg_binary.libs, delocate inside it), found without importing psycopg."""
    if search is None:
        spec = importlib.util.find_spec("psycopg_binary")  # locates; imports nothing
        if spec is None or spec.origin is None:
            return None
        package = Path(spec.origin).parent
        search = (package.parent / "psycopg_binary.libs", package / ".dylibs", package)
    for folder in search:
        for pattern in _LIBRARY_PATTERNS:
            found = sorted(folder.glob(pattern))
            if found:
                return found[0]
    return None


def library() -> str | None:
    """The libpq to load: psycopg's own where its binary wheel is installed, else the
    system's (psycopg's pure-Python build uses that one too), else None."""
    bundled = bundled_library()
    if bundled is not None:
        return str(bundled)
    import ctypes.util  # runs ldconfig on Linux: only when nothing is bundled

    return ctypes.util.find_library("pq")


class Libpq:
    """The loaded library with the few functions used, typed for ctypes."""

    def __init__(self, path: Path | str) -> None:
        try:
            # ctypes releases the interpreter lock in each call: a slow server stalls only
            # the worker thread that asked.
            self._lib = lib = ctypes.CDLL(str(path))
        except OSError as exc:
            raise LibpqError(f"libpq not loadable: {exc}") from exc
        handle, text, strings = ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p)
        _declare(lib.PQconnectdbParams, handle, strings, strings, ctypes.c_int)
        _declare(lib.PQstatus, ctypes.c_int, handle)
        _declare(lib.PQconnectionNeedsPassword, ctypes.c_int, handle)
        _declare(lib.PQerrorMessage, text, handle)
        _declare(lib.PQfinish, None, handle)
        _declare(lib.PQexec, handle, handle, text)
        _declare(
            lib.PQexecParams,
            handle,
            handle,
            text,
            ctypes.c_int,
            ctypes.c_void_p,
            strings,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
        )
        _declare(lib.PQresultStatus, ctypes.c_int, handle)
        _declare(lib.PQresultErrorMessage, text, handle)
        _declare(lib.PQntuples, ctypes.c_int, handle)
        _declare(lib.PQnfields, ctypes.c_int, handle)
        _declare(lib.PQgetisnull, ctypes.c_int, handle, ctypes.c_int, ctypes.c_int)
        _declare(lib.PQgetvalue, text, handle, ctypes.c_int, ctypes.c_int)
        _declare(lib.PQclear, None, handle)

    def connect(self, settings: dict[str, str]) -> Connection:
        """A connection, keywords as libpq's; a `dbname` holding a URL or conninfo string is
        expanded, and keywords after it override what it says."""
        keys = _strings([*settings.keys()])
        values = _strings([*settings.values()])
        handle = self._lib.PQconnectdbParams(keys, values, 1)
        if not handle:
            raise LibpqError("libpq could not allocate a connection")
        return Connection(self._lib, handle)


class Connection:
    """One open (or failed) connection; close it."""

    def __init__(self, lib: ctypes.CDLL, handle: int) -> None:
        self._lib = lib
        self._handle: int | None = handle

    @property
    def ok(self) -> bool:
        return bool(self._lib.PQstatus(self._handle) == _CONNECTION_OK)

    @property
    def needs_password(self) -> bool:
        """The server asked for a password that none of libpq's sources gave."""
        return bool(self._lib.PQconnectionNeedsPassword(self._handle))

    @property
    def error(self) -> str:
        message: bytes | None = self._lib.PQerrorMessage(self._handle)
        return (message or b"").decode("utf-8", "replace").strip()

    def command(self, sql: str) -> None:
        """Statements without rows (several, separated by semicolons, in one round trip)."""
        self._result(self._lib.PQexec(self._handle, sql.encode()), _COMMAND_OK)

    def rows(self, sql: str, parameters: Sequence[str | None]) -> list[Row]:
        """A query's rows as the server's text; parameters $1… as text (None is NULL)."""
        values = _strings([None if p is None else p for p in parameters])
        result = self._lib.PQexecParams(
            self._handle, sql.encode(), len(parameters), None, values, None, None, 0
        )
        return self._result(result, _TUPLES_OK)

    def close(self) -> None:
        if self._handle is not None:
            self._lib.PQfinish(self._handle)
            self._handle = None

    def _result(self, result: int | None, wanted: int) -> list[Row]:
        if not result:
            raise LibpqError(self.error or "no result")
        lib = self._lib
        try:
            if lib.PQresultStatus(result) != wanted:
                message: bytes | None = lib.PQresultErrorMessage(result)
                raise LibpqError((message or b"").decode("utf-8", "replace").strip())
            fields = range(lib.PQnfields(result))
            value, isnull = lib.PQgetvalue, lib.PQgetisnull
            return [
                tuple(_text(value(result, r, f), isnull, result, r, f) for f in fields)
                for r in range(lib.PQntuples(result))
            ]
        finally:
            lib.PQclear(result)


def _text(value: bytes, isnull: Any, result: int, row: int, field: int) -> str | None:
    # libpq gives "" for NULL; asking only then halves the calls for a screenful of rows.
    if value or not isnull(result, row, field):
        return value.decode()
    return None


def _declare(function: object, restype: object, *argtypes: object) -> None:
    function.restype = restype  # type: ignore[attr-defined]
    function.argtypes = argtypes  # type: ignore[attr-defined]


def _strings(values: Sequence[str | None]) -> ctypes.Array[ctypes.c_char_p]:
    """A NULL-terminated char* array, as PQconnectdbParams and PQexecParams take them."""
    encoded = [None if value is None else value.encode() for value in values]
    return (ctypes.c_char_p * (len(encoded) + 1))(*encoded, None)
