"""A recipient's channel chosen in a dialog: the facts from the form, the allowed channels offered.

Shared by the substitute dialog (*förhinder*) and the add/edit participant dialog, so both offer
exactly what the channel rules (domain/channels.py) allow for the person as typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox

from vardmote_desktop.domain.channels import ChannelAdvice, RecipientFacts, channel_options
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.ui import texts
from vardmote_desktop.ui.wizards.participant_form import ParticipantForm


def recipient_facts(
    form: ParticipantForm, in_link: QCheckBox, meeting_type: MeetingType
) -> RecipientFacts:
    """What the channel rules need to know of the person as typed into the form."""
    return RecipientFacts(
        organisation=form.kind.currentData(),
        is_relative=form.relative.isChecked(),
        has_email=bool(form.email.text().strip()),
        has_phone=bool(form.phone.text().strip()),
        in_cosmic_link=in_link.isChecked(),
        has_cosmic_messenger=form.messenger.isChecked(),
        meeting_type=meeting_type,
    )


def offer_channels(combo: QComboBox, profile: SiteProfile, facts: RecipientFacts) -> ChannelAdvice:
    """Fill the combo with the allowed channels; keep the user's choice if still allowed, else
    choose the recommended one."""
    advice = channel_options(profile, facts)
    current = combo.currentData()
    combo.clear()
    for channel in advice.allowed:
        combo.addItem(texts.channel(channel), channel)
    keep = combo.findData(current) if current is not None else -1
    recommended = combo.findData(advice.recommended)
    combo.setCurrentIndex(keep if keep >= 0 else max(recommended, 0))
    return advice
