"""Starts the GUI: translations, the first-run dialog if needed, then the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from vardmote_desktop.cli import qt_arguments
from vardmote_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from vardmote_desktop.config.settings import Settings
    from vardmote_desktop.domain.profiles import SiteProfile
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.list_rows import Overview
    from vardmote_desktop.ui.first_run import FirstRunDialog
    from vardmote_desktop.ui.single_instance import SingleInstance

    class Prepared(Protocol):
        """What run_gui's `prepare` gives after the first paint (__main__.Startup has it)."""

        @property
        def settings(self) -> Settings: ...
        @property
        def profiles(self) -> dict[str, SiteProfile]: ...
        @property
        def save(self) -> Callable[[Settings], None]: ...
        @property
        def make_context(self) -> ContextFactory: ...
        @property
        def first_list(self) -> FirstList | None: ...


log = logging.getLogger(__name__)

# Strings: the settings and profiles are read after the first paint, and so imported then.
ContextFactory = Callable[["Settings", "SiteProfile"], "AppContext"]
FirstList = Callable[["Settings", "SiteProfile"], "Overview | None"]
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


def install_translations(
    app: QApplication, language: str = "sv", *, qt_words: bool = True
) -> list[QTranslator]:
    """Qt's own words (Nästa, Tillbaka, Avbryt, Färdig in Swedish) plus ours when not Swedish.

    With qt_words=False Qt's own are left for `install_qt_words`: run_gui installs them after
    the first paint, as the first window shows none of them.
    """
    if language == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:  # English words, Swedish calendar and clock (24 h, weeks from Monday)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
    translators = install_qt_words(app, language) if qt_words else []
    if language != "sv":  # the source strings are Swedish already
        from PySide6.QtCore import QTranslator  # here: Swedish needs none before the paint

        from vardmote_desktop.config.paths import resources_dir

        ours = QTranslator(app)
        if not ours.load(f"vardmote_{language}", str(resources_dir() / "translations")):
            log.warning("no translations for %s; the window stays Swedish", language)
            return translators
        app.installTranslator(ours)
        translators.append(ours)
    return translators


QT_WORDS = "vardmote-qt-words-"  # + the language: the objectName of Qt's words' translator


def install_qt_words(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own words: standard buttons, wizard buttons, context menus; once per language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator  # each class costs its first use

    if app.findChild(QTranslator, QT_WORDS + language) is not None:
        return []
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt_own.load(f"qtbase_{language}", qt_dir):
        return []
    qt_own.setParent(app)
    qt_own.setObjectName(QT_WORDS + language)
    app.installTranslator(qt_own)  # widgets already shown get a LanguageChange and follow
    return [qt_own]


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
        window: MainWindow | None = None,
    ) -> None:
        """`window`: one already on screen, waiting for its log (run_gui paints before this)."""
        self.settings = settings
        self._first_list = first_list  # the list before the log's services (issue 14)
        # Work that may wait until something is on screen (the single-instance listener, Qt's
        # own words).
        self._on_shown = on_shown
        self.profiles = profiles
        self._save = save_settings
        self._make_context = make_context
        self.first_run: FirstRunDialog | None = None
        self.window: MainWindow | None = window

    def start(self) -> None:
        if self.settings.needs_first_run or self.settings.profile not in self.profiles:
            from vardmote_desktop.ui.first_run import FirstRunDialog

            if self._on_shown is not None:
                # The first start of all: speed matters less than the guard, and the dialog's
                # OK and Avbryt are Qt's words, in place before it is made.
                self._on_shown()
            # Over the empty window the real start has painted (centred on it, modal): there
            # is nothing else to do meanwhile.
            self.first_run = FirstRunDialog(self.settings, self.profiles, self.window)
            self.first_run.setModal(self.window is not None)
            self.first_run.accepted.connect(self._first_run_done)
            self.first_run.show()
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
        window = self.window
        if window is None:
            window = self.window = MainWindow()
            if self._on_shown is not None:
                window.firstPainted.connect(self._on_shown)
        window.attach(
            settings,
            profile,
            lambda: self._make_context(settings, profile),
            profiles=self.profiles,
            save_settings=self._save,
            first_list=None if first is None else lambda: first(settings, profile),
        )
        window.show()

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


def _crash_hook(
    start_logging: Callable[[], None] | None, before_dialog: Callable[[], None] | None = None
) -> ExceptHook:
    """A bug: full trace to the log file, a dialog naming that file, and the app keeps running.

    `before_dialog` runs before the dialog is made (Qt's own words, for its Stäng button).
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if start_logging is not None:
            try:
                start_logging()  # the log may not be open yet (an error before the first paint)
            except OSError:
                log.warning("the log file could not be opened for the crash", exc_info=True)
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            if before_dialog is not None:
                before_dialog()
            from vardmote_desktop.ui.crash_dialog import (
                CrashDialog,
                crash_details,
                current_log_file,
            )

            log_file = current_log_file()
            CrashDialog(crash_details(kind, value, tb, log_file), log_file).exec()

    return hook


def run_gui(
    prepare: Callable[[], Prepared],
    instance_name: str | None = None,
    start_logging: Callable[[], None] | None = None,
) -> int:
    """Run the app: its window paints first, then `prepare` reads the settings and the start
    goes on in that window (or in the first-run dialog over it). Reading settings, profiles and
    their modules before the paint cost a tenth of the bare window's time (issue 14).

    With `instance_name`, a start while another runs only raises that one. Returns the exit
    code: 2 when the settings cannot be read (also on stderr, for IT's scripts).
    """
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

    def qt_words() -> None:
        # Swedish until the settings name the language; start_gui then hooks in its own.
        install_qt_words(app, "sv")

    sys.excepthook = _crash_hook(start_logging, qt_words)
    window = MainWindow()
    launchers: list[Launcher] = []  # the one started, kept alive with the event loop

    def painted() -> None:
        if launchers or not window.isVisible():
            return
        from vardmote_desktop.config.settings import SettingsError

        try:
            ready = prepare()
        except SettingsError as exc:
            print(f"vardmote-desktop: {exc}", file=sys.stderr)
            qt_words()  # the box's OK
            refuse_settings(window, str(exc))
            app.exit(2)
            return
        from PySide6.QtCore import QTimer

        # The start in an event of its own: together they held the window over a frame.
        QTimer.singleShot(0, lambda: start(ready))

    def start(ready: Prepared) -> None:
        if not window.isVisible():
            return  # closed meanwhile
        launcher = start_gui(
            app,
            ready.settings,
            ready.profiles,
            ready.save,
            ready.make_context,
            guard,
            start_logging,
            first_list=ready.first_list,
            window=window,
        )
        launchers.append(launcher)
        if launcher.first_run is not None:
            launcher.first_run.rejected.connect(app.quit)

    window.firstPainted.connect(painted)
    window.show()
    return app.exec()


# A later start keeps asking for 10 s (ui/single_instance): listening can wait until the window
# is ready to book, and at the latest this long (a first start's dialog, a slow log).
LISTEN_AT_THE_LATEST_MS = 5_000


def listen_when_ready(window: MainWindow, guard: SingleInstance) -> None:
    """The guard's listening once the window is ready to book and a worker has imported QtNetwork
    (13–17 ms on the GUI thread), in an event of its own, not among the start's steps."""
    from PySide6.QtCore import QTimer

    window.settled.connect(lambda: QTimer.singleShot(0, guard.listen))
    QTimer.singleShot(LISTEN_AT_THE_LATEST_MS, guard.listen)  # once listening, a no-op


def refuse_settings(window: QWidget, detail: str) -> None:
    """The settings file cannot be read: say which and why, in the window; the start ends."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Launcher", "Vårdmöte kan inte starta"))
    box.setText(
        QCoreApplication.translate(
            "Launcher",
            "Inställningarna kunde inte läsas. Rätta filen eller kontakta IT, "
            "och starta sedan Vårdmöte igen.",
        )
    )
    box.setInformativeText(detail)  # which file and what is wrong with it
    box.setAccessibleName(box.windowTitle())
    box.exec()


def start_gui(
    app: QApplication,
    settings: Settings,
    profiles: dict[str, SiteProfile],
    save_settings: Callable[[Settings], None],
    make_context: ContextFactory,
    guard: SingleInstance | None = None,
    start_logging: Callable[[], None] | None = None,
    first_list: FirstList | None = None,
    window: MainWindow | None = None,
) -> Launcher:
    """run_gui's start once this process is the one instance: all but the event loop.

    `window`: run_gui's, painted already and waiting for its settings; without it the
    launcher makes the window (tests, and the first-run dialog's start before it).
    """
    app.setApplicationName("Vårdmöte")
    app.setOrganizationName("Vardmote")
    language = choose_language(settings.language)
    # Ours before the window (its title and label are translated); Qt's own after its first
    # paint: none of them is on it, and loading them is work the first paint need not wait for.
    install_translations(app, language, qt_words=False)

    def qt_words() -> None:
        install_qt_words(app, language)

    def after_paint() -> None:
        qt_words()
        if guard is not None:
            guard.listen()

    sys.excepthook = _crash_hook(start_logging, qt_words)
    if window is not None:  # on screen already: Qt's words now, the guard once it is ready
        qt_words()
        if guard is not None:
            listen_when_ready(window, guard)
    launcher = Launcher(
        settings,
        profiles,
        save_settings,
        make_context,
        after_paint if window is None else None,
        first_list=first_list,
        window=window,
    )
    if guard is not None:
        guard.raiseRequested.connect(launcher.raise_window)
    launcher.start()
    return launcher
