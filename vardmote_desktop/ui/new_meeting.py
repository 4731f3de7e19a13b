"""*Nytt möte*: offer this user's unfinished draft of the type first, then open its wizard."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.ui import texts

if TYPE_CHECKING:
    from vardmote_desktop.services.context import AppContext
    from vardmote_desktop.services.drafts import DraftInfo
    from vardmote_desktop.ui.runner import Run
    from vardmote_desktop.ui.wizards.meeting_wizard import MeetingWizard


class NewMeetingFlow(QObject):
    """From a *Nytt möte* choice to an open wizard; told only what it needs, not the window.

    wizardOpened carries the wizard (tests and the window follow it); booked the new meeting's id.
    """

    wizardOpened = Signal(QWidget)
    booked = Signal(int)

    def __init__(self, parent: QWidget, context: Callable[[], AppContext | None], run: Run) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._run = run
        self.current_wizard: MeetingWizard | None = None
        self.draft_question: QtWidgets.QMessageBox | None = None

    def _forget(self, wizard: MeetingWizard) -> None:
        if self.current_wizard is wizard:  # deleted (a test's, or its parent's end)
            self.current_wizard = None

    def busy(self) -> bool:
        """Whether the last wizard, closed, still saves its draft: Avbryt saves it on a worker,
        and until it is written Nytt möte would not offer to continue it. (Färdig closes the
        wizard once booked, and the booking took the draft with it.) An open wizard's own
        work is its own."""
        wizard = self.current_wizard
        return wizard is not None and not wizard.isVisible() and wizard.busy()

    def start(self, meeting_type: MeetingType) -> None:
        """Open the type's wizard, offering first to continue this user's unfinished draft."""
        context = self._context()
        if context is None:
            return
        self._run(
            lambda: context.drafts.latest(meeting_type),
            lambda draft: self._offer_draft(meeting_type, draft),
        )

    def _offer_draft(self, meeting_type: MeetingType, draft: DraftInfo | None) -> None:
        if draft is None:
            self._open_wizard(meeting_type, None)
            return
        buttons = QtWidgets.QMessageBox.StandardButton
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Fortsätta utkastet?"),
            self.tr(
                "Du har ett påbörjat möte av den här typen (sparat %1). Fortsätta med det?"
            ).replace("%1", texts.when(draft.updated_at)),
            buttons.Yes | buttons.No,
            self._parent,
        )
        box.button(buttons.Yes).setText(self.tr("&Fortsätt utkastet"))
        box.button(buttons.No).setText(self.tr("&Börja om"))
        box.accepted.connect(lambda: self._open_wizard(meeting_type, draft))
        box.rejected.connect(lambda: self._start_over(meeting_type, draft))
        self.draft_question = box
        box.open()

    def _start_over(self, meeting_type: MeetingType, draft: DraftInfo) -> None:
        context = self._context()
        assert context is not None
        self._run(lambda: context.drafts.discard(draft.id), lambda _: None)
        self._open_wizard(meeting_type, None)

    def _open_wizard(self, meeting_type: MeetingType, draft: DraftInfo | None) -> None:
        context = self._context()
        assert context is not None
        from vardmote_desktop.ui.wizards.meeting_wizard import MeetingWizard

        wizard = MeetingWizard(meeting_type, context, self._parent, draft)
        wizard.booked.connect(self.booked.emit)
        wizard.destroyed.connect(lambda *_: self._forget(wizard))
        self.current_wizard = wizard
        self.wizardOpened.emit(wizard)
        wizard.open()


def new_meeting_button(
    parent: QWidget, menu: QtWidgets.QMenu, first: MeetingType
) -> QtWidgets.QToolButton:
    """The toolbar's *Nytt möte*: the meeting types' menu at one click (Ctrl+N opens `first`)."""

    def tr(text: str) -> str:
        # pyside6-lupdate files a bare _t()/tr() call under the nameless context
        # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
        return QCoreApplication.translate("", text)

    button = QtWidgets.QToolButton(parent)
    button.setText(tr("Nytt möte"))
    button.setAccessibleName(tr("Nytt möte"))
    button.setToolTip(
        tr("Välj mötestyp (Ctrl+N startar %1)").replace("%1", texts.meeting_type(first))
    )
    button.setMenu(menu)
    button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
    return button
