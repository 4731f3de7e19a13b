"""Command-line subcommands that run without the GUI: `vardmote-desktop export|migrate|purge ...`.

The export reads the same log the window shows, through the same LogService and words, and
writes CSV (no Qt beyond QtCore) or PDF (QtGui on an offscreen platform when there is no
display). `migrate` upgrades the log's schema as a start-up would, or prints the SQL for a DBA
to run. No window is ever opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from vardmote_desktop.cli import SUBCOMMANDS
from vardmote_desktop.command_log import open_log
from vardmote_desktop.config.paths import site_defaults_candidates, user_paths
from vardmote_desktop.config.settings import SettingsError, load_settings
from vardmote_desktop.domain.log_query import CancelledFilter, LogQuery, LogRow, with_dates
from vardmote_desktop.domain.types import MeetingType, RoomState

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from vardmote_desktop.services.export import ExportTexts
    from vardmote_desktop.services.history_check import HistoryService

__all__ = [
    "SUBCOMMANDS",
    "build_export_parser",
    "build_migrate_parser",
    "export",
    "export_query",
    "migrate",
    "run",
]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ogiltigt datum {text!r}: skriv ÅÅÅÅ-MM-DD") from exc


def build_export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vardmote-desktop export",
        description="Exportera mötesloggen (samma filter som i fönstret) till CSV eller PDF.",
    )
    parser.add_argument("--format", choices=["csv", "pdf"], required=True, help="filformat")
    parser.add_argument("--out", type=Path, required=True, help="filen som skrivs")
    parser.add_argument("--from", dest="first", type=_day, help="första dagen, ÅÅÅÅ-MM-DD")
    parser.add_argument("--to", dest="last", type=_day, help="sista dagen (med), ÅÅÅÅ-MM-DD")
    parser.add_argument("--search", default="", help="fritext: rum, adress, deltagare, referens")
    parser.add_argument(
        "--type", dest="types", action="append", choices=[t.value for t in MeetingType]
    )
    parser.add_argument("--room-state", choices=[s.value for s in RoomState])
    parser.add_argument("--room-left", action="store_true", help="endast rum ej borttaget")
    parser.add_argument("--unconfirmed", action="store_true", help="endast obekräftade")
    parser.add_argument(
        "--cancelled", choices=[c.value for c in CancelledFilter], default="include"
    )
    parser.add_argument("--database", help="databasens adress (standard: som i programmet)")
    return parser


def export_query(args: argparse.Namespace) -> LogQuery:
    """The LogQuery the options describe (dates are local, both ends included)."""

    query = LogQuery(
        text=args.search,
        types=frozenset(MeetingType(t) for t in args.types or ()),
        room_state=RoomState(args.room_state) if args.room_state else None,
        room_left=args.room_left,
        unconfirmed=args.unconfirmed,
        cancelled=CancelledFilter(args.cancelled),
    )
    return with_dates(query, args.first, args.last)


class Renderers(NamedTuple):
    """The Qt parts of an export, passed in by the entry point: Qt lives in ui/ only."""

    texts: Callable[[LogQuery, datetime], ExportTexts]  # Swedish headers and cells
    write_pdf: Callable[[Iterable[LogRow], Path, ExportTexts], int]


def run(argv: list[str], renderers: Renderers) -> int:
    """Run a subcommand (argv starts with its name); returns the process exit code."""
    if argv[:1] == ["export"]:
        return export(argv[1:], renderers)
    if argv[:1] == ["migrate"]:
        return migrate(argv[1:])
    if argv[:1] == ["store-credential"]:
        return store_credential(argv[1:], sys.stdin)
    if argv[:1] == ["purge"]:
        from vardmote_desktop.purge_command import purge

        return purge(argv[1:], sys.stdin)
    print(f"vardmote-desktop: okänt kommando {argv[:1]}", file=sys.stderr)
    return 2


def export(argv: list[str], renderers: Renderers) -> int:
    args = build_export_parser().parse_args(argv)
    paths = user_paths()
    try:
        settings = load_settings(paths, site_defaults_candidates(), {"database": args.database})
    except SettingsError as exc:
        print(f"vardmote-desktop: {exc}", file=sys.stderr)
        return 2
    opened = open_log(settings, paths)
    if opened is None:
        return 1
    profile, engine = opened
    # Heavy imports after the options are known to be right, as in the GUI start.
    from vardmote_desktop.services.export import write_csv
    from vardmote_desktop.services.log import LogService
    from vardmote_desktop.store.engine import make_session_factory
    from vardmote_desktop.store.errors import DatabaseTooNewError, MigrationLockTimeoutError
    from vardmote_desktop.store.migrate import upgrade_to_head

    try:
        upgrade_to_head(engine)  # an older log gains the summary tables the export reads
        service = LogService(make_session_factory(engine), settings, profile)
        query = export_query(args)
        texts = renderers.texts(query, service.now())
        if args.format == "csv":
            count = write_csv(service.rows(query), args.out, texts)
        else:
            count = renderers.write_pdf(service.rows(query), args.out, texts)
    except (DatabaseTooNewError, MigrationLockTimeoutError) as exc:
        print(f"vardmote-desktop: {_migration_refusal('databasen', exc)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    exported = "1 möte exporterat" if count == 1 else f"{count} möten exporterade"
    print(f"{exported} till {args.out}")
    return 0


def build_migrate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vardmote-desktop migrate",
        description="Uppgradera databasens schema till den här versionen av programmet, som vid "
        "start, och skriv vad som gjordes. Med --sql skrivs SQL-koden ut i stället, utan att "
        "något körs (endast PostgreSQL).",
    )
    parser.add_argument("--database", help="databasens adress (standard: som i programmet)")
    parser.add_argument("--site-defaults", help="fil med regionens förinställningar (JSON)")
    parser.add_argument(
        "--sql", action="store_true", help="skriv ut SQL-koden för uppgraderingen, kör inget"
    )
    parser.add_argument(
        "--wait",
        type=float,
        metavar="SEKUNDER",
        help="längsta väntan på en annan dators uppgradering (standard: 180)",
    )
    return parser


def migrate(argv: list[str]) -> int:
    """Upgrade the configured database (settings resolved as for --check), or print its SQL."""
    args = build_migrate_parser().parse_args(argv)
    paths = user_paths()
    site_files = [Path(args.site_defaults)] if args.site_defaults else site_defaults_candidates()
    overrides = {"database": args.database} if args.database else {}
    try:
        settings = load_settings(paths, site_files, overrides)
    except SettingsError as exc:
        print(f"vardmote-desktop: {exc}", file=sys.stderr)
        return 2
    from sqlalchemy.exc import SQLAlchemyError

    from vardmote_desktop.app import create_log_engine, database_label, database_url
    from vardmote_desktop.services.errors import ServiceError
    from vardmote_desktop.store.errors import (
        DatabaseTooNewError,
        MigrationLockTimeoutError,
        OfflineSqlUnsupportedError,
    )

    url = database_url(settings, paths)
    label = database_label(url)  # never the password
    try:
        engine = create_log_engine(settings, paths)
    except ServiceError as exc:  # the local log's key: missing, wrong, or no keyring
        print(
            f"vardmote-desktop: {label} kunde inte öppnas ({type(exc).__name__})", file=sys.stderr
        )
        return 1
    try:
        if args.sql:
            return _print_upgrade_sql(engine, url, label)
        return _run_upgrade(engine, label, args.wait)
    except (DatabaseTooNewError, MigrationLockTimeoutError) as exc:
        print(f"vardmote-desktop: {_migration_refusal(label, exc)}", file=sys.stderr)
        return 1
    except OfflineSqlUnsupportedError:
        print(
            f"vardmote-desktop: SQL kan inte skrivas i förväg för {label}: det går bara för "
            "PostgreSQL och en databas som redan har version 0002 eller senare. Kör "
            "vardmote-desktop migrate utan --sql.",
            file=sys.stderr,
        )
        return 2
    except SQLAlchemyError as exc:
        print(
            f"vardmote-desktop: {label} kunde inte öppnas ({type(exc).__name__})", file=sys.stderr
        )
        return 1
    finally:
        engine.dispose()


def _migration_refusal(database: str, exc: Exception) -> str:
    """Swedish for why the log was not opened: too new (and which release it needs), or busy."""
    from vardmote_desktop.store.errors import DatabaseTooNewError

    if isinstance(exc, DatabaseTooNewError):
        needed = exc.needed_release
        release = f"; version {needed} eller senare behövs" if needed else ""
        return f"{database} är från en nyare version av programmet{release}"
    return f"{database} uppgraderas av en annan dator – försök igen om en stund"


def _run_upgrade(engine: Engine, label: str, wait: float | None) -> int:
    from vardmote_desktop.store.migrate import LOCK_WAIT_SECONDS, upgrade_to_head

    result = upgrade_to_head(engine, lock_wait=LOCK_WAIT_SECONDS if wait is None else wait)
    if result.upgraded:
        before = result.previous_revision or "tom databas"
        print(f"{label}: uppgraderad från {before} till {result.revision}.")
        if result.backup_path is not None:
            print(f"Säkerhetskopia: {result.backup_path}")
    elif result.newer_schema:
        print(
            f"{label}: version {result.revision}, från en nyare version av programmet, som den "
            "här versionen kan använda. Inget ändrades."
        )
    else:
        print(f"{label}: redan på version {result.revision}. Inget att göra.")
    return 0


def _print_upgrade_sql(engine: Engine, url: str, label: str) -> int:
    from alembic.script import ScriptDirectory

    from vardmote_desktop.store.migrate import (
        alembic_config,
        current_revision,
        head_revision,
        upgrade_sql,
        upgrade_to_head,
    )

    # The starting point is read from the database (one query); nothing is written.
    start = current_revision(engine)
    head = head_revision()
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if start is not None and start not in known:
        # A newer release's revision: upgrade_to_head only reads the compat row here, and
        # either says this release can use it or raises DatabaseTooNewError naming the release.
        upgrade_to_head(engine)
        print(f"-- {label}: version {start} från en nyare version av programmet. Ingen SQL behövs.")
        return 0
    if start == head:
        print(f"-- {label}: redan på version {head}. Ingen SQL behövs.")
        return 0
    print(upgrade_sql(url, start), end="")
    return 0


def integrity_problem(url: str) -> str | None:
    """For --check: what SQLite's quick_check finds wrong in the log file, None when it is sound.

    A file with corrupt pages still opens and migrates; only a check that reads every page
    finds it, before every action fails. PostgreSQL checks its own pages: nothing to do there.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DatabaseError

    from vardmote_desktop.store.errors import DatabaseFault, classify_database_error

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if not Path(parsed.database).exists():
        return None  # a first start: the file is created by the check's own migration
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = [str(row[0]) for row in connection.execute(text("PRAGMA quick_check(20)"))]
    except DatabaseError as exc:  # "file is not a database", "disk image is malformed"
        if classify_database_error(exc) is not DatabaseFault.CORRUPT:
            return None  # not damage (a folder there, no rights): opening it reports that
        return str(exc.orig) if exc.orig is not None else type(exc).__name__
    finally:
        engine.dispose()
    if found == ["ok"]:
        return None
    return "; ".join(found)


def check_history_chain(history: HistoryService | None) -> str | None:
    """--check's look at the history's hash chain: None when whole, else a Swedish line that
    names the first event that does not follow from its chain."""
    if history is None:
        return None
    result = history.check()
    broken = result.broken
    if broken is None:
        return None
    where = f"möte {broken.meeting_id}" if broken.meeting_id is not None else "hela loggen"
    how = "saknar kontrollsumma" if broken.missing_hash else "stämmer inte med kedjan"
    return (
        f"historiken har ändrats utanför programmet: händelse {broken.event_id} "
        f"({broken.action}, {broken.at:%Y-%m-%d %H:%M} UTC, {where}) {how}; "
        f"{result.broken_chains} kedja/kedjor brutna"
    )


def build_store_credential_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vardmote-desktop store-credential",
        description="Spara ett lösenord eller en klienthemlighet i operativsystemets nyckelring, "
        "en gång vid installationen. Hemligheten läses från standard in (en rad), aldrig från "
        "kommandoraden.",
    )
    parser.add_argument(
        "--platform",
        choices=["cms", "pexip", "database"],
        required=True,
        help="vad hemligheten hör till",
    )
    parser.add_argument(
        "--user",
        required=True,
        help="kontot: tjänstekontot i site-defaults.json (server_user), för en OAuth2-klient "
        "hos Pexip oauth2:<klient-id>, eller databaskontot som användare@värd:port/databas",
    )
    parser.add_argument(
        "--machine",
        action="store_true",
        help='spara för den här datorn (keyring_scope "machine"), inte för användaren',
    )
    return parser


def store_credential(argv: list[str], stdin: TextIO) -> int:
    """Store one secret in the keyring (read from stdin, so it never shows in a process list)."""
    args = build_store_credential_parser().parse_args(argv)
    secret = stdin.readline().rstrip("\r\n")
    if not secret:
        print("vardmote-desktop: ingen hemlighet på standard in", file=sys.stderr)
        return 2
    from vardmote_desktop.platforms.credentials import CredentialStoreError, credential_store

    store = credential_store("machine" if args.machine else "user")
    if not store.persistent:
        print(
            "vardmote-desktop: ingen nyckelring finns; hemligheten kan inte sparas",
            file=sys.stderr,
        )
        return 1
    try:
        store.set_password(args.platform, args.user, secret)
    except CredentialStoreError as exc:
        print(f"vardmote-desktop: nyckelringen vägrade ({type(exc).__name__})", file=sys.stderr)
        return 1
    scope = "datorn" if args.machine else "användaren"
    print(f"Sparad i {store.backend_name} för {scope}: {args.platform}, {args.user}")
    return 0
