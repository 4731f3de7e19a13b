"""*Inställningar*: profile, unit, database and the video platform with *Testa anslutning*.

The password goes to the keyring through the platform service only, never into the settings file.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.config.settings import Settings, with_changes
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.ui.busy import BusyBar
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.first_run import ProfileUnitForm
from vardmote_desktop.ui.palette_colors import error_style, ok_style
from vardmote_desktop.ui.widgets import ERROR_STYLE, ErrorLabel, with_error
from vardmote_desktop.ui.workers import Worker, WorkerSet

if TYPE_CHECKING:  # the service imports requests and keyring; the UI must not at import time
    from vardmote_desktop.services.platforms import KeyringStatus, PlatformService

log = logging.getLogger(__name__)

SERVER_KINDS = ("cms", "pexip")
OK_STYLE = "color: #107c10;"


def url_problem(url: str) -> str | None:
    """'missing', 'not_a_url' or 'not_https'; plain http only to this PC (a local test server)."""
    parts = urlsplit(url.strip())
    if not url.strip():
        return "missing"
    if parts.scheme not in ("https", "http") or not parts.netloc:
        return "not_a_url"
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        return "not_https"
    return None


class SettingsDialog(QDialog):
    """Opened from the main window once the log is open; result_settings() is what to save."""

    def __init__(
        self,
        settings: Settings,
        profiles: dict[str, SiteProfile],
        platforms: PlatformService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._platforms = platforms
        # Every call below names its own failure handler; this one only answers a stray error.
        self._jobs = WorkerSet(self, lambda exc: self._tested(user_message(exc), ERROR_STYLE))
        self._result = settings
        self.errors: dict[str, ErrorLabel] = {}
        self.setWindowTitle(self.tr("Inställningar"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.windowTitle())
        self.tabs.addTab(self._general_tab(settings, profiles), self.tr("&Allmänt"))
        self.platform_tab = self._platform_tab(settings, profiles.get(settings.profile or ""))
        self.tabs.addTab(self.platform_tab, self.tr("&Videoplattform"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Spara"))
        self.save_button.setAccessibleName(self.tr("Spara"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._platform_changed()

    def _general_tab(self, settings: Settings, profiles: dict[str, SiteProfile]) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.general = ProfileUnitForm(settings, profiles, tab)
        layout.addWidget(self.general)
        form = QFormLayout()
        self.database = self._field(form, "database", self.tr("&Databas:"))
        self.database.setPlaceholderText(self.tr("Inbyggd SQLite-fil (standard)"))
        layout.addLayout(form)
        note = QLabel(self.tr("Profil, enhet och databas gäller när Vårdmöte startas om."), tab)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    def _platform_tab(self, settings: Settings, profile: SiteProfile | None) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.platform = QComboBox(tab)
        self.platform.setAccessibleName(self.tr("Videoplattform"))
        self.platform.addItem(self.tr("Manuellt: klistra in inbjudan"), "manual")
        self.platform.addItem(self.tr("Cisco Meeting Server (API)"), "cms")
        self.platform.addItem(self.tr("Pexip Infinity (API)"), "pexip")
        self.platform.setCurrentIndex(max(0, self.platform.findData(settings.platform)))
        self.platform.setEnabled("platform" not in settings.locked)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        form.addRow(self._label(self.tr("&Plattform:"), self.platform), self.platform)

        self.server_url = self._field(form, "server_url", self.tr("Serveradress (&URL):"))
        self.server_url.setPlaceholderText("https://cms.region.example.se")
        self.server_user = self._field(form, "server_user", self.tr("API-&konto:"))
        self.password = self._field(form, "password", self.tr("&Lösenord:"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Lämna tomt för att behålla sparat lösenord"))
        self.keyring_label = QLabel(self.tr("Kontrollerar nyckelringen…"), tab)
        self.keyring_label.setWordWrap(True)
        form.addRow("", self.keyring_label)
        # Finding the OS keyring imports and asks every backend keyring has (a quarter of a
        # second, or a locked keyring's wait): on a worker, never on the GUI thread, and only
        # when a dialog needs it, not at every start (issue 14).
        self._run(self._platforms.keyring_status, self._show_keyring, self._keyring_unknown)

        self.ca_bundle = self._field(form, "ca_bundle", self.tr("&CA-certifikat (valfritt):"))
        self.ca_button = QPushButton(self.tr("Väl&j fil…"), tab)
        self.ca_button.setAccessibleName(self.tr("Välj CA-certifikat"))
        self.ca_button.setEnabled("ca_bundle" not in settings.locked)
        self.ca_button.clicked.connect(self._choose_ca_bundle)
        form.addRow("", self.ca_button)
        self.video_domain = self._field(form, "video_domain", self.tr("Vide&odomän:"))
        self.video_domain.setPlaceholderText(profile.video_domain if profile else "")
        self.web_base = self._field(form, "web_base", self.tr("&Webbadress för anslutning:"))

        self.test_button = QPushButton(self.tr("&Testa anslutning"), tab)
        self.test_button.setAccessibleName(self.tr("Testa anslutning"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(tab)
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Resultat av anslutningstestet"))
        self.busy = BusyBar(tab)
        self.busy.cancelled.connect(self._cancelled)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        form.addRow("", self.busy)
        return tab

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)  # Alt + the underlined letter moves to the field
        return label

    def _field(self, form: QFormLayout, key: str, label: str) -> QLineEdit:
        value = None if key == "password" else getattr(self._settings, key)
        edit = QLineEdit(value or "", self)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        edit.setEnabled(key not in self._settings.locked)
        self.errors[key] = ErrorLabel(self)
        form.addRow(self._label(label, edit), with_error(edit, self.errors[key]))
        return edit

    # --- behaviour ----------------------------------------------------------------------------
    def _kind(self) -> str:
        return str(self.platform.currentData())

    def _platform_changed(self) -> None:
        server = self._kind() in SERVER_KINDS
        locked = self._settings.locked
        self.server_url.setEnabled(server and "server_url" not in locked)
        self.server_user.setEnabled(server and "server_user" not in locked)
        self.password.setEnabled(server)
        self.test_button.setEnabled(server)
        for error in self.errors.values():
            error.show_error(None)
        self.test_result.clear()

    def _choose_ca_bundle(self) -> None:
        title, kinds = self.tr("Välj CA-certifikat"), self.tr("Certifikat (*.pem *.crt *.cer)")
        path, _ = QFileDialog.getOpenFileName(self, title, self.ca_bundle.text(), kinds)
        if path:
            self.ca_bundle.setText(path)

    def _validate_platform(self) -> bool:
        """Messages next to the fields; False (and the tab shown) when something must be fixed."""
        problems: dict[str, str | None] = {key: None for key in self.errors}
        if self._kind() in SERVER_KINDS:
            problems["server_url"] = {
                "missing": self.tr("Ange serverns adress."),
                "not_a_url": self.tr("Ange en adress som börjar med https://."),
                "not_https": self.tr("Adressen måste börja med https:// (krypterad anslutning)."),
                None: None,
            }[url_problem(self.server_url.text())]
            if not self.server_user.text().strip():
                problems["server_user"] = self.tr("Ange API-kontot.")
        ca = self.ca_bundle.text().strip()
        if ca and not os.path.isfile(ca):
            problems["ca_bundle"] = self.tr("Filen finns inte.")
        if self.web_base.text().strip() and url_problem(self.web_base.text()) is not None:
            problems["web_base"] = self.tr("Ange en adress som börjar med https://.")
        for key, message in problems.items():
            self.errors[key].show_error(message)
        if any(problems.values()):
            self.tabs.setCurrentWidget(self.platform_tab)
        return not any(problems.values())

    def _run(
        self,
        fn: Callable[[], object],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> Worker:
        return self._jobs.run(fn, done, failed)

    def _show_keyring(self, status: KeyringStatus) -> None:
        self._keyring_text(
            self.tr("Lösenordet sparas i %1.").replace("%1", status.backend_name)
            if status.persistent
            else self.tr(
                "Det finns ingen nyckelring på den här datorn. Lösenordet sparas bara i minnet "
                "för den här sessionen och behöver anges igen nästa gång Vårdmöte startar."
            )
        )

    def _keyring_unknown(self, exc: BaseException) -> None:
        # The types down to the cause (a misconfigured backend: ModuleNotFoundError), for IT;
        # never the messages, which may name paths.
        causes: list[str] = []
        cause = exc.__cause__
        while cause is not None and len(causes) < 5:
            causes.append(type(cause).__name__)
            cause = cause.__cause__
        log.warning("keyring look-up failed: %s", " <- ".join([type(exc).__name__, *causes]))
        self._keyring_text(user_message(exc))  # CredentialsUnavailable: its own text

    def _keyring_text(self, text: str) -> None:
        self.keyring_label.setText(text)
        # The answer comes once the dialog is shown, and a wrapped label's new lines do not
        # grow a shown window by themselves: without this the text was cut off. Measured in
        # the next event, once the label has its width in the laid-out form.
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        # The label's lines at its width as its least height: the dialog's layout then keeps
        # the shown window at least that tall (a wrapped label's height alone does not).
        label = self.keyring_label
        label.setMinimumHeight(label.heightForWidth(label.width()))

    def test_connection(self) -> None:
        if not self._validate_platform() or self._kind() not in SERVER_KINDS:
            return
        service = self._platforms
        kind, url = self._kind(), self.server_url.text().strip()
        user, password = self.server_user.text().strip(), self.password.text() or None
        ca = self.ca_bundle.text().strip() or None
        self.test_button.setEnabled(False)
        self.test_result.clear()
        worker = self._run(
            lambda: service.test_connection(kind, url, user, password, ca),
            lambda _: self._tested(self.tr("Anslutningen fungerar."), OK_STYLE),
            lambda exc: self._tested(user_message(exc), ERROR_STYLE),
        )
        self.busy.start(self.tr("Testar anslutningen…"), worker)

    def _tested(self, message: str, style: str) -> None:
        self.busy.stop()
        self.test_button.setEnabled(True)
        # The designed colours on a light window; readable ones on a dark or high-contrast one.
        palette = self.palette()
        self.test_result.setStyleSheet(
            ok_style(palette) if style == OK_STYLE else error_style(palette)
        )
        self.test_result.setText(message)

    def _cancelled(self) -> None:
        self.save_button.setEnabled(True)
        self._tested(self.tr("Avbrutet."), "")

    # --- result -------------------------------------------------------------------------------
    def result_settings(self) -> Settings:
        """The new settings (locked keys unchanged); valid after the dialog was accepted."""
        return self._result

    def _collect(self) -> Settings:
        settings = self.general.result()
        keys = ("database", "server_url", "server_user", "ca_bundle", "video_domain", "web_base")
        values = {key: getattr(self, key).text() for key in keys} | {"platform": self._kind()}
        # Empty means "not set" (None), so the profile's or the site's value applies.
        changes = {k: v.strip() or None for k, v in values.items() if k not in settings.locked}
        return with_changes(settings, **changes)

    def accept(self) -> None:
        if not self.general.validate():
            self.tabs.setCurrentIndex(0)
            return
        if not self._validate_platform():
            return
        self._result = self._collect()
        password = self.password.text()
        if not password or self._kind() not in SERVER_KINDS:
            super().accept()
            return
        service, kind, user = self._platforms, self._kind(), self.server_user.text().strip()
        self.save_button.setEnabled(False)
        worker = self._run(
            lambda: service.save_password(kind, user, password),
            lambda _: super(SettingsDialog, self).accept(),
            self._save_failed,
        )
        self.busy.start(self.tr("Sparar lösenordet…"), worker)

    def _save_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.save_button.setEnabled(True)
        self.errors["password"].show_error(user_message(exc))
        self.tabs.setCurrentWidget(self.platform_tab)

    def reject(self) -> None:
        self._jobs.cancel_all()
        super().reject()
