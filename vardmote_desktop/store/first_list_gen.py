"""Writes resources/sql/first_list.json: the list's group statements compiled for each database.

    python -m vardmote_desktop.store.first_list_gen        (after changing a group statement)

The main window's three groups are built in one place, store/meetings.group_statement, with
SQLAlchemy. Their compiled SQL (with the parameters now, soon and limit; numbered $1, $2 … on
PostgreSQL, as libpq takes them) and how each result column is stored are written out here as
data (not code: it is generated, and long), so store/first_list.py can read the first list
through the bare driver before SQLAlchemy is imported. tests/store/test_first_list.py fails
when the written file no longer matches the statements, and proves on both databases that the
bare read gives exactly the rows the service's overview gives.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import sqlalchemy
from sqlalchemy import Boolean, Enum, Integer, String
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from vardmote_desktop.config.paths import resources_dir
from vardmote_desktop.domain.attention import Group
from vardmote_desktop.store.columns import UTCDateTime
from vardmote_desktop.store.meetings import ROW_COLUMNS, group_statement
from vardmote_desktop.store.migrate import head_revision

TARGET = resources_dir() / "sql" / "first_list.json"
GROUPS = (Group.NEEDS_ACTION, Group.UPCOMING, Group.PAST)  # the order Overview holds them in
RUNTIME = ("now", "soon", "limit")  # given at each read; every other parameter is a constant
DIALECTS: dict[str, Dialect] = {
    "sqlite": sqlite.dialect(),  # pysqlite/sqlcipher3: qmark
    # store/libpq.py: $1, $2 … with casts where the type is not plain text
    "postgresql": postgresql.psycopg.dialect(paramstyle="numeric_dollar"),  # type: ignore[no-untyped-call]
}


def column_kind(type_: Any) -> str:
    """How a result column is stored, for store/first_list.py to read it back."""
    if isinstance(type_, UTCDateTime):
        return "datetime"
    if isinstance(type_, Enum) and type_.enum_class is not None:
        enum_class = type_.enum_class
        return f"enum:{enum_class.__module__}:{enum_class.__qualname__}"
    if isinstance(type_, Boolean):
        return "bool"
    if isinstance(type_, Integer):
        return "int"
    if isinstance(type_, String):
        return "str"
    raise TypeError(f"no bare reader for {type_!r}")


def compiled_statement(grouping: Group, dialect: Dialect) -> tuple[str, tuple[Any, ...]]:
    """(SQL, parameters in order): a constant stored as the driver gets it, a runtime one
    by its name alone."""
    compiled = group_statement(grouping).compile(dialect=dialect)
    text = compiled.string
    if "POSTCOMPILE" in text:
        raise ValueError("an expanding parameter cannot be replayed as fixed text")
    by_name = {name: bind for bind, name in compiled.bind_names.items()}
    names = compiled.positiontup or list(by_name)
    parameters: list[Any] = []
    for name in names:
        if name in RUNTIME:
            parameters.append(name)
            continue
        bind = by_name[name]
        process = bind.type.bind_processor(dialect)
        value = bind.value if process is None else process(bind.value)
        parameters.append((name, value))
    return text, tuple(parameters)


def render() -> dict[str, Any]:
    """The file's content: revision, SQLAlchemy version, columns and statements per dialect.

    A statement is [group, SQL, parameters]; a parameter is a runtime name (now, soon, limit)
    or a [name, constant] pair, in the order the SQL takes them.
    """
    statements = {
        name: [[g.value, *compiled_statement(g, dialect)] for g in GROUPS]
        for name, dialect in DIALECTS.items()
    }
    data = {
        "revision": head_revision(),  # the schema these statements are written for
        "sqlalchemy": sqlalchemy.__version__,  # the version that compiled them
        "columns": [[c.key, column_kind(c.type)] for c in ROW_COLUMNS],
        "statements": statements,
    }
    loaded: dict[str, Any] = json.loads(json.dumps(data))  # as the reader will see it
    return loaded


def main() -> int:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(render(), ensure_ascii=False, indent=1) + "\n"
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
