"""The floor of a measurement: the very statements a service sent, replayed as raw SQL.

`captured(engine, fn)` runs fn once and records every statement it sent with its parameters
(an SQLAlchemy `before_cursor_execute` listener); `replay(engine, statements)` sends them again
straight through the driver, fetching every row. What the service takes beyond the replay is
what Python, the ORM and the conversion add.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event


def captured(engine: Engine, fn: Callable[[], Any]) -> list[tuple[str, Any]]:
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return sent


def replay(engine: Engine, statements: list[tuple[str, Any]]) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            if cursor.description is not None:
                cursor.fetchall()
        cursor.close()
        raw.rollback()
    finally:
        raw.close()
