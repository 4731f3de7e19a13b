"""Starts the GUI: translations, the first-run dialog if needed, then the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from vardmote_desktop.cli import qt_arguments
from vardmote_desktop.config.paths import resources_dir
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.dto import Overview
    from vardmote_desktop.ui.first_run import FirstRunDialog

log = logging.getLogger(__name__)

ContextFactory = Callable[[Settings, SiteProfile], "AppContext"]
FirstList = Callable[[Settings, SiteProfile], "Overview | None"]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


LANGUAGES = ("sv", "en")  # Swedish is the source language; English is the catalogue's


def choose_language(setting: str | None, ui_languages: list[str] | None = None) -> str:
    """The `language` setting if given, else the OS's first of Swedish or English; else Swedish."""
    if setting in LANGUAGES:
        return str(setting)
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "sv"


def install_translations(app: QApplication, language: str = "sv") -> list[QTranslator]:
    """Qt's own words (Nästa, Tillbaka, Avbryt, Färdig in Swedish) plus ours when not Swedish."""
    if language == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:  # English words, Swedish calendar and clock (24 h, weeks from Monday)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    if language != "sv":  # the source strings are Swedish already
        ours = QTranslator(app)
        if not ours.load(f"vardmote_{language}", str(resources_dir() / "translations")):
            log.warning("no translations for %s; the window stays Swedish", language)
            return translators
        app.installTranslator(ours)
        translators.append(ours)
    return translators


class Launcher:
    """Owns the start-up sequence so that tests drive it exactly as a person would."""

    def __init__(
        self,
        settings: Settings,
        profiles: dict[str, SiteProfile],
        save_settings: Callable[[Settings], None],
        make_context: ContextFactory,
        on_shown: Callable[[], None] | None = None,
        first_list: FirstList | None = None,
    ) -> None:
        self.settings = settings
        self._first_list = first_list  # the list before the log's services (issue 14)
        # Work that may wait until something is on screen (the single-instance listener).
        self._on_shown = on_shown
        self.profiles = profiles
        self._save = save_settings
        self._make_context = make_context
        self.first_run: FirstRunDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        if self.settings.needs_first_run or self.settings.profile not in self.profiles:
            from vardmote_desktop.ui.first_run import FirstRunDialog

            self.first_run = FirstRunDialog(self.settings, self.profiles)
            self.first_run.accepted.connect(self._first_run_done)
            self.first_run.show()
            if self._on_shown is not None:
                self._on_shown()  # the first start of all: speed matters less than the guard
        else:
            self._open_main()

    def _first_run_done(self) -> None:
        assert self.first_run is not None
        self.settings = self.first_run.settings
        self._save(self.settings)
        self._open_main()

    def _open_main(self) -> None:
        settings = self.settings
        profile = self.profiles[str(settings.profile)]
        first = self._first_list
        self.window = MainWindow(
            settings,
            profile,
            lambda: self._make_context(settings, profile),
            profiles=self.profiles,
            save_settings=self._save,
            first_list=None if first is None else lambda: first(settings, profile),
        )
        if self._on_shown is not None:
            self.window.firstPainted.connect(self._on_shown)
        self.window.show()

    def raise_window(self) -> None:
        """Another start asked for the app: bring forward what the user was working in."""
        target: QWidget | None = self.window if self.window is not None else self.first_run
        if target is None:
            return
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()
        # A dialog open over the window (the wizard, the settings) must stay in front of it.
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not target:
            modal.raise_()
            modal.activateWindow()


def _crash_hook(start_logging: Callable[[], None] | None) -> ExceptHook:
    """A bug: full trace to the log file, a dialog naming that file, and the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if start_logging is not None:
            try:
                start_logging()  # the log may not be open yet (an error before the first paint)
            except OSError:
                log.warning("the log file could not be opened for the crash", exc_info=True)
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            from vardmote_desktop.ui.crash_dialog import (
                CrashDialog,
                crash_details,
                current_log_file,
            )

            log_file = current_log_file()
            CrashDialog(crash_details(kind, value, tb, log_file), log_file).exec()

    return hook


def run_gui(
    settings: Settings,
    profiles: dict[str, SiteProfile],
    save_settings: Callable[[Settings], None],
    make_context: ContextFactory,
    instance_name: str | None = None,
    start_logging: Callable[[], None] | None = None,
    first_list: FirstList | None = None,
) -> int:
    """Run the app; with `instance_name`, a start while another runs only raises that one."""
    app = QApplication.instance() or QApplication(qt_arguments(sys.argv[0]))
    assert isinstance(app, QApplication)
    guard = None
    if instance_name is not None:
        from vardmote_desktop.ui.single_instance import SingleInstance

        guard = SingleInstance(instance_name, app)
        if not guard.claim():
            return 0  # the open window was asked to come forward; that is all this start does
    app.setApplicationName("Vårdmöte")
    app.setOrganizationName("Vardmote")
    install_translations(app, choose_language(settings.language))
    sys.excepthook = _crash_hook(start_logging)
    launcher = Launcher(
        settings,
        profiles,
        save_settings,
        make_context,
        guard.listen if guard else None,
        first_list=first_list,
    )
    if guard is not None:
        guard.raiseRequested.connect(launcher.raise_window)
    launcher.start()
    if launcher.first_run is not None:
        launcher.first_run.rejected.connect(app.quit)
    return app.exec()
