"""The first-run dialog: which site profile and which unit this PC works for."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vardmote_desktop.config.identity import os_login, pc_name
from vardmote_desktop.config.settings import Settings, with_changes
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.validation import validate_display_name, validate_unit_name
from vardmote_desktop.ui.messages import validation_message
from vardmote_desktop.ui.widgets import ErrorLabel, with_error


class ProfileUnitForm(QWidget):
    """Profile, unit and user: shared by the first-run and the settings dialogs."""

    def __init__(
        self, settings: Settings, profiles: dict[str, SiteProfile], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        form = QFormLayout(self)
        self.profile = QComboBox(self)
        self.profile.setAccessibleName(self.tr("Regionprofil"))
        for key, profile in profiles.items():
            self.profile.addItem(profile.name, key)
        if settings.profile in profiles:
            self.profile.setCurrentIndex(self.profile.findData(settings.profile))
        self.profile.setEnabled("profile" not in settings.locked)
        profile_label = QLabel(self.tr("&Regionprofil:"))
        profile_label.setBuddy(self.profile)
        form.addRow(profile_label, self.profile)

        self.unit = QLineEdit(settings.unit or "", self)
        self.unit.setAccessibleName(self.tr("Enhetens namn"))
        self.unit.setPlaceholderText(self.tr("t.ex. HC Torsås"))
        self.unit.setEnabled("unit" not in settings.locked)
        self.unit_error = ErrorLabel(self)
        unit_label = QLabel(self.tr("&Enhetens namn:"))
        unit_label.setBuddy(self.unit)
        form.addRow(unit_label, with_error(self.unit, self.unit_error))
        hint = QLabel(
            self.tr("Mötesrummen får namn efter enheten följt av ett nummer, t.ex. ”HC Torsås 8”.")
        )
        hint.setWordWrap(True)
        form.addRow("", hint)

        # Only a display name: the history always adds the login and the PC, which the OS
        # reports, so a typed name can never make one colleague look like another.
        login = os_login()
        self.user = QLineEdit(settings.user_name, self)
        self.user.setAccessibleName(self.tr("Ditt visningsnamn"))
        self.user.setPlaceholderText(login)
        self.user.setEnabled("user_name" not in settings.locked)
        # It is in every history line: checked as soon as the field is left, like the others.
        self.user_error = ErrorLabel(self)
        self.user.editingFinished.connect(self._check_user)
        user_label = QLabel(self.tr("Ditt &visningsnamn:"))
        user_label.setBuddy(self.user)
        form.addRow(user_label, with_error(self.user, self.user_error))
        user_hint = QLabel(
            self.tr(
                "Historiken visar alltid också din inloggning (%1) och datorns namn (%2). "
                "Lämna tomt för namnet från din inloggning."
            )
            .replace("%1", login)
            .replace("%2", pc_name())
        )
        user_hint.setWordWrap(True)
        form.addRow("", user_hint)

    def _check_user(self) -> bool:
        result = validate_display_name(self.user.text())
        self.user_error.show_error(validation_message(result))
        return result.ok

    def validate(self) -> bool:
        result = validate_unit_name(self.unit.text())
        self.unit_error.show_error(validation_message(result))
        if not result.ok:
            self.unit.setFocus()
            return False
        if not self._check_user():
            self.user.setFocus()
            return False
        return True

    def result(self) -> Settings:
        changes: dict[str, object] = {}
        if "user_name" not in self._settings.locked:
            changes["user_name"] = self.user.text().strip()
        if "profile" not in self._settings.locked:
            changes["profile"] = self.profile.currentData()
        if "unit" not in self._settings.locked:
            changes["unit"] = " ".join(self.unit.text().split())
        return with_changes(self._settings, **changes)


class FirstRunDialog(QDialog):
    """Asked once per PC unless the site defaults or the command line already answer it."""

    def __init__(
        self, settings: Settings, profiles: dict[str, SiteProfile], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Välkommen till Vårdmöte"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Välj regionens rutin och ange enhetens namn. "
                "Du kan ändra detta senare under Inställningar."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ProfileUnitForm(settings, profiles, self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # A button of our own, not Qt's OK renamed: installing Qt's words (just before this
        # dialog, at a first start) retranslates the standard buttons, which put "OK" back
        self.ok_button = self.buttons.addButton(
            self.tr("&Börja"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleName(self.tr("Börja"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.settings = settings

    def _accept(self) -> None:
        if self.form.validate():
            self.settings = self.form.result()
            self.accept()
