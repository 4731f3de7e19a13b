"""`vardmote-desktop purge`: the retention purge without the GUI.

For IT (a scheduled task, or before handing a PC over): `vardmote-desktop purge [--database
URL]` purges what is past the retention period now, as *Rensa gamla möten* does, and says how
many meetings went.

For the app itself (`--from-app`): the main window runs a backlog's purge in this process of
its own rather than on one of its threads, because the purge is mostly SQLAlchemy's Python
and, sharing the interpreter's lock with the GUI thread, stalled the window for 20–50 ms at a
time for minutes (benchmarks/README.md). The window writes its settings as one JSON line on
stdin and keeps stdin open; the end of stdin (the window closing, or the app gone) stops the
purge between two batches. The result is one JSON line on stdout; a failure, the error's type
on stderr (never its text: it can hold a database URL).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import TextIO

from vardmote_desktop.command_log import open_log
from vardmote_desktop.config.paths import site_defaults_candidates, user_paths
from vardmote_desktop.config.settings import (
    Settings,
    SettingsError,
    load_settings,
    settings_from_json,
)


def build_purge_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vardmote-desktop purge",
        description="Rensa möten äldre än bevarandetiden ur mötesloggen nu (som *Rensa gamla "
        "möten*): de blir anonym statistik.",
    )
    parser.add_argument("--database", help="databasens adress (standard: som i programmet)")
    parser.add_argument("--from-app", action="store_true", help=argparse.SUPPRESS)
    return parser


def purge(argv: list[str], stdin: TextIO) -> int:
    args = build_purge_parser().parse_args(argv)
    paths = user_paths()
    stop = threading.Event()
    try:
        if args.from_app:
            settings = settings_from_json(stdin.readline())
            # The rest of stdin is the window's hold on this run: its end asks for a stop.
            threading.Thread(target=_stop_at_end, args=(stdin, stop), daemon=True).start()
        else:
            overrides = {"database": args.database}
            settings = load_settings(paths, site_defaults_candidates(), overrides)
    except (SettingsError, ValueError, TypeError) as exc:
        print(f"vardmote-desktop: {exc}", file=sys.stderr)
        return 2
    return _purge(settings, stop, from_app=args.from_app)


def _stop_at_end(stdin: TextIO, stop: threading.Event) -> None:
    try:
        stdin.read()
    finally:
        stop.set()


def _purge(settings: Settings, stop: threading.Event, *, from_app: bool) -> int:
    opened = open_log(settings, user_paths())
    if opened is None:
        return 1
    profile, engine = opened
    from vardmote_desktop.services.retention import RetentionService
    from vardmote_desktop.store.engine import make_session_factory

    try:
        service = RetentionService(make_session_factory(engine), settings, profile)
        result = service.run_at_startup(stop=stop.is_set) if from_app else service.run_now()
    except Exception as exc:  # the type only: the text may hold the database's URL
        print(f"vardmote-desktop: rensningen misslyckades ({type(exc).__name__})", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    if from_app:
        fields = {"count": result.count, "drafts": result.drafts, "stopped": result.stopped}
        print(json.dumps(fields), flush=True)
    else:
        purged = "1 möte rensat" if result.count == 1 else f"{result.count} möten rensade"
        print(f"{purged}: de som började före {result.cutoff:%Y-%m-%d} ({result.months} månader)")
    return 0
