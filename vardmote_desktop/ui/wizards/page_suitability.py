"""Step 1: does video suit this patient? Asked first, as both routines require."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from vardmote_desktop.domain.types import MeetingMode
from vardmote_desktop.domain.validation import validate_free_text
from vardmote_desktop.ui.messages import validation_message
from vardmote_desktop.ui.widgets import ErrorLabel
from vardmote_desktop.ui.wizards.state import WizardState


class SuitabilityPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Passar ett videomöte?"))
        self.setSubTitle(
            self.tr(
                "Ta först hänsyn till patientens behov och förutsättningar att delta och att "
                "tillgodogöra sig mötesformen. Ett fysiskt möte eller telefon kan passa bättre."
            )
        )
        layout = QVBoxLayout(self)
        self.video = QRadioButton(self.tr("&Ja, ett videomöte passar patienten"))
        self.physical = QRadioButton(self.tr("Nej, ett &fysiskt möte passar bättre"))
        self.phone = QRadioButton(self.tr("Nej, &telefon passar bättre"))
        self.group = QButtonGroup(self)
        for button in (self.video, self.physical, self.phone):
            button.setAccessibleName(button.text().replace("&", ""))
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self.completeChanged)
        self.security = QCheckBox(
            self.tr("Jag har beaktat arbetsgivarens rutiner för &informationssäkerhet i videomötet")
        )
        self.security.setAccessibleName(self.tr("Informationssäkerhet beaktad"))
        self.security.toggled.connect(self.completeChanged)
        layout.addSpacing(8)
        layout.addWidget(self.security)
        note_label = QLabel(self.tr("&Kommentar (frivillig, inga patientuppgifter):"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Kommentar"))
        note_label.setBuddy(self.note)
        self.note_error = ErrorLabel()
        layout.addSpacing(8)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.note_error)
        layout.addStretch(1)

    def restore(self) -> None:
        """Fill in the answers of a resumed draft."""
        plan = self._state.plan
        if plan.suitability_ok:
            self.video.setChecked(True)
        elif plan.mode is MeetingMode.PHONE:
            self.phone.setChecked(True)
        else:
            self.physical.setChecked(True)
        self.security.setChecked(True)  # the draft was only saved after it had been ticked
        self.note.setText(plan.suitability_note or "")

    def suitable(self) -> bool:
        return self.video.isChecked()

    def isComplete(self) -> bool:
        return self.group.checkedButton() is not None and self.security.isChecked()

    def validatePage(self) -> bool:
        result = validate_free_text(self.note.text())
        self.note_error.show_error(validation_message(result))
        if not result.ok:
            return False
        plan = self._state.plan
        plan.suitability_ok = self.suitable()
        plan.suitability_note = self.note.text().strip() or None
        if self.physical.isChecked():
            plan.mode = MeetingMode.PHYSICAL
        elif self.phone.isChecked():
            plan.mode = MeetingMode.PHONE
        elif plan.mode not in self._state.workflow.modes:
            plan.mode = self._state.workflow.modes[0]
        return True
