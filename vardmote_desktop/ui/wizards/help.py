"""F1 and the *Hjälp* button on every wizard page: the step's help (help_texts.py) in a window.

The window is not modal, so the help stays open beside the page while the person works; a
new page's F1 shows that page's help in the same window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.workflows import Step
from vardmote_desktop.ui.wizards.help_texts import help_html, help_title


class HelpWindow(QDialog):
    """The routine's help for one step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Hjälptext"))
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def show_step(self, step: Step, profile: SiteProfile) -> None:
        title = self.tr("Hjälp – %1").replace("%1", help_title(step))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.browser.setHtml(help_html(step, profile))


class WizardHelp(QObject):
    """Gives a wizard its *Hjälp* button and F1; `shown` tells tests which step was shown."""

    shown = Signal(int)

    def __init__(self, wizard: QWizard, profile: SiteProfile) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._profile = profile
        self.window: HelpWindow | None = None
        wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
        # No mnemonic: the pages use most letters; F1 is the keyboard's way to help.
        wizard.setButtonText(QWizard.WizardButton.HelpButton, self.tr("Hjälp"))
        button = wizard.button(QWizard.WizardButton.HelpButton)
        button.setAccessibleName(self.tr("Hjälp för den här sidan (F1)"))
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)  # Enter goes on, it never opens the help
        wizard.helpRequested.connect(self.show_help)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), wizard)
        self.shortcut.activated.connect(self.show_help)

    def show_help(self) -> None:
        try:
            step = Step(self._wizard.currentId())
        except ValueError:
            return
        if self.window is None:
            self.window = HelpWindow(self._wizard)
        self.window.show_step(step, self._profile)
        self.window.show()
        self.window.raise_()
        self.shown.emit(int(step))
