"""The channel page's way out when no allowed channel reaches a recipient: say which channel
the routine wants instead, and let the person add the missing phone number or Messenger tick
right there, without going back to the participants page.

In Kalmar a recipient with only an e-mail address has no channel at all (e-mail never carries
the meeting's details); the routine's answer is Cosmic Messenger or a phone call, so that is
what is asked for. Where e-mail may carry the bare invitation, the address is asked for too.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import Channel
from vardmote_desktop.domain.validation import validate_email, validate_phone
from vardmote_desktop.services.dto import ParticipantPlan
from vardmote_desktop.ui.messages import validation_message
from vardmote_desktop.ui.widgets import ErrorLabel, with_error


def _email_allowed(profile: SiteProfile) -> bool:
    return profile.email_bare_invitation and (
        profile.allows(Channel.PEXIP_INVITATION) or profile.allows(Channel.EMAIL)
    )


def instead_text(profile: SiteProfile, has_email: bool, widget: QWidget) -> str:
    """Which channel to use instead, in the routine's words for this site."""
    tr = widget.tr
    if not _email_allowed(profile):
        parts = []
        if has_email:
            parts.append(tr("E-post får inte användas för mötesuppgifterna."))
        if profile.allows(Channel.COSMIC_MESSENGER):
            parts.append(
                tr(
                    "Kryssa i att mottagaren nås i Cosmic Messenger, eller ange ett "
                    "telefonnummer: då ringer du och läser upp videoadress och %1."
                ).replace("%1", profile.call_id_label)
            )
        else:
            parts.append(tr("Ange ett telefonnummer: då ringer du och läser upp mötesuppgifterna."))
        return " ".join(parts)
    return tr("Ange e-postadress eller telefonnummer här, så visas de kanaler som når mottagaren.")


class RecipientFix(QWidget):
    """Phone, Messenger (and e-mail where allowed) for one recipient, changed in place."""

    changed = Signal()

    def __init__(self, profile: SiteProfile, participant: ParticipantPlan) -> None:
        super().__init__()
        self._participant = participant
        name = participant.name
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.advice = QLabel(instead_text(profile, bool(participant.email), self))
        self.advice.setWordWrap(True)
        form.addRow(self.advice)
        # No mnemonics: every recipient's row has these fields. Tab reaches them in order.
        self.phone = QLineEdit(participant.phone or "")
        self.phone.setAccessibleName(self.tr("Telefon för %1").replace("%1", name))
        self.phone.setPlaceholderText(self.tr("t.ex. 070-123 45 67"))
        self.phone_error = ErrorLabel()
        phone_label = QLabel(self.tr("Telefon:"))
        phone_label.setBuddy(self.phone)
        form.addRow(phone_label, with_error(self.phone, self.phone_error))
        self.messenger = QCheckBox(self.tr("Nås i Cosmic Messenger"))
        self.messenger.setAccessibleName(self.tr("%1 nås i Cosmic Messenger").replace("%1", name))
        self.messenger.setChecked(participant.has_cosmic_messenger)
        self.messenger.setVisible(profile.allows(Channel.COSMIC_MESSENGER))
        form.addRow("", self.messenger)
        self.email = QLineEdit(participant.email or "")
        self.email.setAccessibleName(self.tr("E-post för %1").replace("%1", name))
        self.email_error = ErrorLabel()
        self.email_label = QLabel(self.tr("E-post:"))
        self.email_label.setBuddy(self.email)
        form.addRow(self.email_label, with_error(self.email, self.email_error))
        allowed = _email_allowed(profile)
        self.email.setVisible(allowed)
        self.email_label.setVisible(allowed)
        self.phone.editingFinished.connect(self._phone_left)
        self.email.editingFinished.connect(self._email_left)
        self.messenger.toggled.connect(self._messenger_toggled)

    def _phone_left(self) -> None:
        text = self.phone.text().strip()
        result = validate_phone(text) if text else None
        self.phone_error.show_error(validation_message(result))
        if result is not None and not result.ok:
            return
        if (text or None) != self._participant.phone:
            self._participant.phone = text or None
            self.changed.emit()

    def _email_left(self) -> None:
        text = self.email.text().strip()
        result = validate_email(text) if text else None
        self.email_error.show_error(validation_message(result))
        if result is not None and not result.ok:
            return
        if (text or None) != self._participant.email:
            self._participant.email = text or None
            self.changed.emit()

    def _messenger_toggled(self, checked: bool) -> None:
        self._participant.has_cosmic_messenger = checked
        self.changed.emit()
