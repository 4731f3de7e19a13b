"""Expand first, remove later: a log a newer release migrated stays usable when it says so."""

from __future__ import annotations

import ast
import itertools
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, inspect, select, text

from tests.helpers.future_migrations import (
    CONTRACT,
    CONTRACT_SCRIPT,
    DISGUISED_CONTRACT_SCRIPT,
    EXPAND,
    EXPAND_SCRIPT,
    SHIPPED_HEAD,
    migrate_as_release,
    scripts_with,
)
from tests.helpers.log_data import book_examples
from vardmote_desktop.app import build_context
from vardmote_desktop.config.paths import user_paths
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.errors import DatabaseTooNew
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.errors import DatabaseTooNewError
from vardmote_desktop.store.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    upgrade_to_head,
)
from vardmote_desktop.store.models import Meeting
from vardmote_desktop.store.schema_compat import (
    FALLBACK_VERSION,
    REVISIONS_BEFORE_COMPAT,
    app_version,
    read_compat,
)

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
_DESTRUCTIVE_CALLS = re.compile(r"^(drop_\w+|alter_column|rename_table)$")
_DESTRUCTIVE_SQL = re.compile(
    r"\b(drop|rename|truncate|delete\s+from|alter\s+column|alter\s+table\s+\S+\s+alter)\b",
    re.IGNORECASE,
)


def _settings(url: str) -> Settings:
    return Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test", database=url)


def test_a_new_log_says_this_release_can_read_it(engine: Engine) -> None:
    with engine.connect() as connection:
        compat = read_compat(connection)
    assert compat is not None
    assert (compat.revision, compat.written_by, compat.reader_release) == (
        SHIPPED_HEAD,
        app_version(),
        app_version(),
    )
    assert compat.oldest_reader <= SHIPPED_HEAD


def test_expand_only_future_migration_is_opened_and_booked_on(
    store_url: str, tmp_path: Path
) -> None:
    engine = create_store_engine(store_url)
    try:
        upgrade_to_head(engine)
        migrate_as_release(engine, scripts_with(tmp_path, EXPAND_SCRIPT), "9.1.0")

        result = upgrade_to_head(engine)  # today's release starts on the newer log

        assert (result.previous_revision, result.revision) == (EXPAND, EXPAND)
        assert result.newer_schema and not result.upgraded
        with engine.connect() as connection:
            compat = read_compat(connection)
        assert compat is not None
        # 9.1.0 migrated it; oldest_reader did not move, so neither did the release that set it.
        assert (compat.revision, compat.written_by, compat.reader_release) == (
            EXPAND,
            "9.1.0",
            app_version(),
        )
        # The whole start-up path opens it too, and today's services book on it.
        context = build_context(_settings(store_url), load_profiles()["kalmar"], user_paths())
        context.close()
        profile = load_profiles()["kalmar"]
        booked = book_examples(
            make_session_factory(engine), _settings(store_url), profile, lambda: NOW
        )
        with engine.connect() as connection:
            assert connection.execute(select(func.count(Meeting.id))).scalar_one() == len(booked)
            stored = connection.execute(
                text("SELECT count(*) FROM meetings WHERE interpreter_language IS NULL")
            ).scalar_one()
        assert stored == len(booked)
        assert current_revision(engine) == EXPAND
    finally:
        engine.dispose()


def test_contracting_future_migration_is_refused_naming_the_release(
    store_url: str, tmp_path: Path
) -> None:
    engine = create_store_engine(store_url)
    try:
        upgrade_to_head(engine)
        scripts = scripts_with(tmp_path, EXPAND_SCRIPT, CONTRACT_SCRIPT)
        migrate_as_release(engine, scripts, "9.2.0")

        with pytest.raises(DatabaseTooNewError) as refused:
            upgrade_to_head(engine)
        assert (refused.value.revision, refused.value.needed_release) == (CONTRACT, "9.2.0")
        with pytest.raises(DatabaseTooNew) as told:
            build_context(_settings(store_url), load_profiles()["kalmar"], user_paths())
        assert told.value.needed_release == "9.2.0"
        # Left untouched, and the release that made it opens it as usual.
        assert current_revision(engine) == CONTRACT
        assert not upgrade_to_head(engine, script_location=scripts).upgraded
    finally:
        engine.dispose()


def test_a_release_that_knows_the_revision_migrates_on_from_it(
    engine: Engine, tmp_path: Path
) -> None:
    # A PC on today's release opened the log at EXPAND; the next release still migrates it.
    migrate_as_release(engine, scripts_with(tmp_path / "a", EXPAND_SCRIPT), "9.1.0")
    assert upgrade_to_head(engine).newer_schema
    later = scripts_with(tmp_path / "b", EXPAND_SCRIPT, CONTRACT_SCRIPT)
    result = upgrade_to_head(engine, script_location=later)
    assert (result.previous_revision, result.revision) == (EXPAND, CONTRACT)
    with engine.connect() as connection:
        compat = read_compat(connection)
        columns = {c["name"] for c in inspect(connection).get_columns("meetings")}
    assert compat is not None and compat.oldest_reader == CONTRACT
    assert "reference" not in columns


def test_a_newer_revision_without_a_compat_row_is_refused(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM schema_compat"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(DatabaseTooNewError) as refused:
        upgrade_to_head(engine)
    assert (refused.value.revision, refused.value.needed_release) == ("0999", None)


# The guard: a migration that keeps oldest_reader promises older code still works, so it may
# only add. It is checked on every shipped script and shown to catch a disguised contraction.


def _chain(location: Path) -> list[tuple[str, str | None, Path]]:
    """(revision, declared oldest_reader, path) from the oldest revision to the head."""
    scripts = ScriptDirectory.from_config(alembic_config(location))
    chain = []
    for script in reversed(list(scripts.walk_revisions())):
        assert script.path is not None
        chain.append(
            (script.revision, getattr(script.module, "oldest_reader", None), Path(script.path))
        )
    return chain


def destructive_operations(path: Path) -> list[str]:
    """The calls and SQL text in upgrade() that drop, rename, alter or delete something.

    Module-level statements upgrade() names (a tuple of SQL, say) are read as well.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    upgrade = next(
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "upgrade"
    )
    names = {n.id for n in ast.walk(upgrade) if isinstance(n, ast.Name)}
    found = [
        node.func.attr
        for node in ast.walk(upgrade)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and _DESTRUCTIVE_CALLS.match(node.func.attr)
    ]
    found += [
        n.value
        for scope in [upgrade, *_assignments(tree, names)]
        for n in ast.walk(scope)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and _DESTRUCTIVE_SQL.search(n.value)
    ]
    return found


def _assignments(tree: ast.Module, names: set[str]) -> list[ast.AST]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)
    ]


def _kept_oldest_reader(chain: list[tuple[str, str | None, Path]]) -> list[Path]:
    """Scripts whose oldest_reader equals the one before theirs: they must be expand-only."""
    kept = []
    for (_rev, before, _path), (_revision, declared, path) in itertools.pairwise(chain):
        if before is not None and declared == before:
            kept.append(path)
    return kept


def test_every_migration_from_0006_declares_a_never_decreasing_oldest_reader() -> None:
    chain = _chain(MIGRATIONS_DIR)
    declared = [(rev, reader) for rev, reader, _path in chain if rev not in REVISIONS_BEFORE_COMPAT]
    assert declared, "no migration declares oldest_reader"
    for revision, reader in declared:
        assert reader is not None and reader <= revision, revision
    readers = [str(reader) for _rev, reader in declared]
    assert readers == sorted(readers)


def test_migrations_keeping_oldest_reader_only_add(tmp_path: Path) -> None:
    shipped = _kept_oldest_reader(_chain(scripts_with(tmp_path / "ok", EXPAND_SCRIPT)))
    assert shipped, "the synthetic expand-only revision is checked too"
    for path in shipped:
        assert destructive_operations(path) == [], path.name


def test_the_guard_catches_a_contraction_that_keeps_oldest_reader(tmp_path: Path) -> None:
    chain = _chain(scripts_with(tmp_path, EXPAND_SCRIPT, DISGUISED_CONTRACT_SCRIPT))
    disguised = _kept_oldest_reader(chain)[-1]
    assert disguised.name.startswith(CONTRACT)
    assert destructive_operations(disguised) == ["drop_column"]
    # And raw SQL is read as well as Alembic's operations.
    raw = tmp_path / "raw.py"
    raw.write_text('from alembic import op\n\ndef upgrade():\n    op.execute("DROP TABLE rooms")\n')
    assert destructive_operations(raw) == ["DROP TABLE rooms"]


def test_a_migration_that_does_not_declare_oldest_reader_does_not_run(
    engine: Engine, tmp_path: Path
) -> None:
    undeclared = EXPAND_SCRIPT.replace('oldest_reader = "{oldest_reader}"\n', "")
    with pytest.raises(LookupError, match="does not declare oldest_reader"):
        upgrade_to_head(engine, script_location=scripts_with(tmp_path, undeclared))
    assert current_revision(engine) == SHIPPED_HEAD
    assert "meeting_tags" not in inspect(engine).get_table_names()


def test_a_release_without_a_known_version_is_not_named(engine: Engine, tmp_path: Path) -> None:
    # A build without package metadata records FALLBACK_VERSION; the user is then told only
    # to update, not to install "0+unknown".
    scripts = scripts_with(tmp_path, EXPAND_SCRIPT, CONTRACT_SCRIPT)
    migrate_as_release(engine, scripts, FALLBACK_VERSION)
    with pytest.raises(DatabaseTooNewError) as refused:
        upgrade_to_head(engine)
    assert (refused.value.revision, refused.value.needed_release) == (CONTRACT, None)
