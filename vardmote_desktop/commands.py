"""Command-line subcommands that run without the GUI: `vardmote-desktop export ...`.

The export reads the same log the window shows, through the same LogService and words, and
writes CSV (no Qt beyond QtCore) or PDF (QtGui on an offscreen platform when there is no
display). No window is ever opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from vardmote_desktop.cli import SUBCOMMANDS
from vardmote_desktop.config.paths import site_defaults_candidates, user_paths
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import SettingsError, load_settings
from vardmote_desktop.domain.log_query import CancelledFilter, LogQuery, LogRow, with_dates
from vardmote_desktop.domain.types import MeetingType, RoomState

if TYPE_CHECKING:
    from vardmote_desktop.services.export import ExportTexts

__all__ = ["SUBCOMMANDS", "build_export_parser", "export", "export_query", "run"]


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
    # Heavy imports after the options are known to be right, as in the GUI start.
    from vardmote_desktop.app import database_url
    from vardmote_desktop.services.export import write_csv
    from vardmote_desktop.services.log import LogService
    from vardmote_desktop.store.engine import create_store_engine, make_session_factory
    from vardmote_desktop.store.errors import DatabaseTooNewError
    from vardmote_desktop.store.migrate import upgrade_to_head

    profiles = load_profiles()
    profile = profiles.get(settings.profile or "") or next(iter(profiles.values()))
    engine = create_store_engine(database_url(settings, paths))
    try:
        upgrade_to_head(engine)  # an older log gains the summary tables the export reads
        service = LogService(make_session_factory(engine), settings, profile)
        query = export_query(args)
        texts = renderers.texts(query, service.now())
        if args.format == "csv":
            count = write_csv(service.rows(query), args.out, texts)
        else:
            count = renderers.write_pdf(service.rows(query), args.out, texts)
    except DatabaseTooNewError:
        print("vardmote-desktop: databasen är från en nyare version av programmet", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"{count} möten exporterade till {args.out}")
    return 0
