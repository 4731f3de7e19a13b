"""Entry point: options → the window, painted first → paths, settings and profiles → the log."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from vardmote_desktop.cli import SUBCOMMANDS, lock_warning, parse_options, setting_overrides
from vardmote_desktop.config.paths import (
    AppPaths,
    instance_home,
    private_files,
    secure_user_files,
    site_defaults_candidates,
    user_paths,
)

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable

    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.domain.log_query import LogRow
    from vardmote_desktop.domain.profiles import SiteProfile
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.export import ExportTexts
    from vardmote_desktop.services.list_rows import Overview


class Startup(NamedTuple):
    """What the GUI is started with; tests build it the same way the real start does.

    A NamedTuple, not a frozen dataclass: as immutable, and made before the first paint for a
    fraction of the cost (one generated method, not six).
    """

    paths: AppPaths
    settings: Settings
    profiles: dict[str, SiteProfile]
    save: Callable[[Settings], None]
    make_context: Callable[[Settings, SiteProfile], AppContext]
    start_logging: Callable[[], None]
    print_settings: bool = False
    check: bool = False
    warnings: tuple[str, ...] = ()  # lines for stderr: options the site's lock kept out
    locked_by: str | None = None  # the site defaults file that locks `settings.locked`
    # The main window's first list, read before the log's services (issue 14); None to wait.
    first_list: Callable[[Settings, SiteProfile], Overview | None] | None = None


def prepare(argv: list[str] | None = None) -> Startup:
    """Options, folders, settings layers and profiles; raises SettingsError on a bad file."""
    return prepare_from(parse_options(argv))


def prepare_from(args: argparse.Namespace) -> Startup:
    """prepare() for options already read: the GUI reads them before its first paint and the
    rest after it."""
    # Here, not at the top: a GUI start reads them after its first paint (issue 14).
    from vardmote_desktop.config.policy import read_policy
    from vardmote_desktop.config.profiles import load_profiles
    from vardmote_desktop.config.settings import (
        load_settings,
        refused_overrides,
        save_user_settings,
        site_file_in_use,
    )

    paths = user_paths()
    site_files = [Path(args.site_defaults)] if args.site_defaults else site_defaults_candidates()
    overrides = setting_overrides(args)
    policy = read_policy()  # Windows GPO/Intune; empty elsewhere
    settings = load_settings(paths, site_files, overrides, policy=policy)
    site_file = site_file_in_use(site_files) if settings.locked else None
    site_name = site_file.name if site_file is not None else None
    warnings = tuple(
        lock_warning(
            refused.key,
            refused.source,
            policy.source_of(refused.key) or site_name or "site-defaults.json",
        )
        for refused in refused_overrides(settings.locked, overrides)
    )
    site_locks = site_file is not None and bool(set(settings.locked) - policy.locked)
    locked_by = [*sorted(set(policy.sources.values())), *([str(site_file)] if site_locks else [])]
    baseline: list[Settings] = []  # the settings without the user's file, once needed

    def save(new: Settings) -> None:
        # The site's own values, read when first saving: a start that saves nothing (most)
        # need not read the site file twice before its window is up.
        if not baseline:
            baseline.append(load_settings(paths, site_files, include_user=False, policy=policy))
        save_user_settings(paths, new, baseline[0])

    def make_context(current: Settings, profile: SiteProfile) -> AppContext:
        # Imported here, on a worker thread after the first paint: SQLAlchemy, Alembic,
        # requests and keyring together cost more than the whole window.
        from vardmote_desktop.app import build_context

        return build_context(current, profile, paths)

    def first_list(current: Settings, profile: SiteProfile) -> Overview | None:
        # On a worker after the first paint, before SQLAlchemy: the bare driver's read.
        from vardmote_desktop.services.first_list import first_overview

        return first_overview(current, profile, paths.data_dir)

    return Startup(
        paths,
        settings,
        load_profiles(),
        save,
        make_context,
        logging_starter(lambda: paths),
        args.print_settings,
        args.check,
        warnings,
        ", ".join(locked_by) or None,
        first_list,
    )


def logging_starter(paths: Callable[[], AppPaths]) -> Callable[[], None]:
    """Starts the log file once, however often it is called (each context, a crash)."""
    started: list[Path] = []

    def start_logging() -> None:
        # After the first paint: the file handler and its redaction filter are not free.
        from vardmote_desktop.logsetup import start_logging as start
        from vardmote_desktop.ui.qt_log import capture_qt_messages, qt_versions

        if not started:
            started.append(start(paths().log_dir, qt_versions(), [capture_qt_messages])[0])

    return start_logging


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["site-defaults"]:
        # Run by the MSI at install time (installer/windows/vardmote.wxs): no settings, no GUI.
        from vardmote_desktop.site_file import main as write_site_defaults

        return write_site_defaults(arguments[1:])
    # Everything else writes the user's own files (log, settings, database, exports): private.
    with private_files():
        return _main(arguments, argv)


def _main(arguments: list[str], argv: list[str] | None) -> int:
    """The commands and the GUI, run by main inside private_files."""
    if arguments[:1] and arguments[0] in SUBCOMMANDS:
        # `vardmote-desktop export ...`: runs without the GUI (vardmote_desktop/commands.py).
        from vardmote_desktop.commands import Renderers, run
        from vardmote_desktop.ui.log.texts import export_texts

        secure_user_files(user_paths())
        return run(arguments, Renderers(export_texts, _write_pdf))
    args = parse_options(argv)  # a wrong option, --help and --version end here, before Qt
    if args.print_settings or args.check:
        return _report(args)
    return _gui(args)


def _report(args: argparse.Namespace) -> int:
    """--print-settings and --check: for IT, on stdout, no window."""
    import json

    from vardmote_desktop.config.settings import SettingsError, printable_settings

    secure_user_files(user_paths())
    try:
        startup = prepare_from(args)
    except SettingsError as exc:
        print(f"vardmote-desktop: {exc}", file=sys.stderr)
        return 2
    for warning in startup.warnings:
        print(warning, file=sys.stderr)
    if startup.print_settings:
        shown = printable_settings(startup.settings)  # never a database password
        if startup.locked_by is not None:
            shown["locked_by"] = startup.locked_by  # which file IT locks `locked` in
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    startup.start_logging()
    return check_installation(startup)


def _gui(args: argparse.Namespace) -> int:
    """The window paints first; the settings, profiles and folders are read after (run_gui)."""
    from vardmote_desktop.ui.qt_imports import skip_feature_scan

    # PySide6 first, and its import hook told not to read the source of every module after it.
    skip_feature_scan()
    from vardmote_desktop.config.login import os_login
    from vardmote_desktop.ui.launcher import run_gui
    from vardmote_desktop.ui.single_instance import server_name

    start_logging = logging_starter(user_paths)  # one log file for the crash hook and the log

    def after_paint() -> Startup:
        secure_user_files(user_paths())
        startup = prepare_from(args)  # SettingsError: run_gui says so, in the window
        for warning in startup.warnings:
            print(warning, file=sys.stderr)

        def make_context(settings: Settings, profile: SiteProfile) -> AppContext:
            start_logging()
            # One line per start, so support can tell the starts apart in the file.
            logging.getLogger("vardmote_desktop").info("window shown; opening the log")
            return startup.make_context(settings, profile)

        return startup._replace(make_context=make_context, start_logging=start_logging)

    # Only the GUI is one per user and profile home: the commands above run alongside it.
    return run_gui(after_paint, server_name(os_login(), instance_home()), start_logging)


def _write_pdf(rows: Iterable[LogRow], path: Path, texts: ExportTexts) -> int:
    # QtGui and a (possibly offscreen) GUI application only for a PDF: CSV needs neither.
    from vardmote_desktop.ui.log.pdf import write_pdf_report

    return write_pdf_report(rows, path, texts)


def check_installation(startup: Startup) -> int:
    """For IT after an install: profiles, templates, database and migrations all reachable."""
    log = logging.getLogger("vardmote_desktop.check")
    settings = startup.settings
    profile = startup.profiles.get(settings.profile or "")
    if profile is None or settings.needs_first_run:
        log.error("--check: profile or unit missing (profile=%r)", settings.profile)
        print("vardmote-desktop: profil eller enhet saknas (--profile, --unit)", file=sys.stderr)
        return 2
    log.info("--check: profile %s, platform %s", profile.key, settings.platform)
    from vardmote_desktop.app import database_url
    from vardmote_desktop.commands import integrity_problem

    damaged = integrity_problem(database_url(settings, startup.paths))
    if damaged is not None:
        log.error("--check: the database file is damaged: %s", damaged)
        print(f"vardmote-desktop: databasfilen är skadad: {damaged}", file=sys.stderr)
        return 1
    from vardmote_desktop.services.errors import (
        DatabaseBeingUpgraded,
        DatabaseTooNew,
        ServiceError,
    )

    try:
        context = startup.make_context(settings, profile)
    except DatabaseTooNew as exc:
        # IT runs --check after a rollout: say which release this log needs, not just a class.
        needed = f"; version {exc.needed_release} eller senare behövs" if exc.needed_release else ""
        log.error("--check: the log is from a newer release%s", needed, exc_info=True)
        print(f"vardmote-desktop: loggen är från en nyare version{needed}", file=sys.stderr)
        return 1
    except DatabaseBeingUpgraded:
        log.warning("--check: another PC is upgrading the log", exc_info=True)
        print(
            "vardmote-desktop: loggen uppgraderas av en annan dator – försök igen", file=sys.stderr
        )
        return 1
    except ServiceError as exc:
        # The user sees the class; support gets the whole chain (masked) in the log file.
        log.error("--check: the database could not be opened", exc_info=True)
        print(
            f"vardmote-desktop: databasen kunde inte öppnas ({type(exc).__name__})", file=sys.stderr
        )
        return 1
    try:
        from vardmote_desktop.commands import check_history_chain

        problem = check_history_chain(context.history)
        if problem is not None:
            log.error("--check: the history's hash chain is broken")
            print(f"vardmote-desktop: {problem}", file=sys.stderr)
            return 1
        log.info("--check: ok, %s", context.database_label)
        print(f"ok: {profile.name}, {settings.unit}, {context.database_label}")
        # Whether the window's first list comes straight from the log (store/first_list.py)
        # or waits for the full opening: a missing libpq or keyring entry shows up here.
        read = startup.first_list
        quick = read is not None and read(settings, profile) is not None
        log.info("--check: first list read directly: %s", quick)
        print(
            "första listan: läses direkt"
            if quick
            else "första listan: väntar tills loggen är öppnad (långsammare start)"
        )
    finally:
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
