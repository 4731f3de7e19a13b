"""Swedish texts for the domain's codes: field errors, channel advice, unreadable invitations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vardmote_desktop.domain.channels import ReasonCode
from vardmote_desktop.domain.types import InvitationProblem
from vardmote_desktop.domain.validation import FieldError, ValidationResult


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def validation_message(result: ValidationResult | FieldError | None) -> str | None:
    """The message shown next to a field, or None when the value is fine."""
    error = result.error if isinstance(result, ValidationResult) else result
    if error is None:
        return None
    return {
        FieldError.EMPTY: _t("Fältet måste fyllas i."),
        FieldError.TOO_LONG: _t("Texten är för lång."),
        FieldError.CONTAINS_IDENTITY_NUMBER: _t(
            "Texten innehåller något som liknar ett personnummer eller samordningsnummer. "
            "Sådana uppgifter får inte skrivas här."
        ),
        FieldError.INVALID_CHARACTERS: _t("Texten innehåller otillåtna tecken."),
        FieldError.INVALID_EMAIL: _t("Ange en giltig e-postadress, t.ex. namn@kommun.se."),
        FieldError.INVALID_PHONE: _t("Ange ett giltigt telefonnummer, t.ex. 070-123 45 67."),
        FieldError.NO_CONTACT: _t("Ange e-postadress eller telefonnummer (minst ett av dem)."),
        FieldError.NOT_USABLE_AS_ROOM_NAME: _t(
            "Namnet går inte att använda som början på ett rumsnamn. Använd bokstäver och siffror."
        ),
    }[error]


def channel_reason(reason: ReasonCode) -> str:
    """One sentence explaining why a channel is recommended or refused."""
    return {
        ReasonCode.IN_COSMIC_LINK: _t(
            "Patienten är utskrivningsplanerad och finns i Cosmic Link: skicka videoadress och "
            "samtals-ID där i första hand."
        ),
        ReasonCode.NOT_IN_LINK_USE_MESSENGER: _t(
            "Personen finns inte i Cosmic Link: skicka via Cosmic Messenger med kategorin "
            "”Distansmöte”."
        ),
        ReasonCode.NO_LINK_OR_MESSENGER_USE_PHONE: _t(
            "Mottagaren har varken Link eller Messenger: ring och läs upp videoadress och "
            "samtals-ID."
        ),
        ReasonCode.PEXIP_INVITATION_TO_EMAIL: _t(
            "Skicka Pexip-inbjudan till deltagarens e-postadress; den får bara innehålla "
            "själva inbjudan."
        ),
        ReasonCode.RELATIVE_PEXIP_INVITATION: _t(
            "Närstående får Pexip-inbjudan till sin e-postadress, utan uppgifter om patienten."
        ),
        ReasonCode.BARE_INVITATION_BY_EMAIL: _t(
            "E-post får bara bära själva inbjudan, aldrig uppgifter om patienten."
        ),
        ReasonCode.NO_EMAIL_USE_LIFECARE_SP: _t(
            "Ingen e-postadress: meddela mötesuppgifterna via Lifecare SP."
        ),
        ReasonCode.NO_EMAIL_USE_PHONE: _t("Ingen e-postadress: ring och läs upp mötesuppgifterna."),
        ReasonCode.NO_CHANNEL: _t(
            "Ingen tillåten kanal når mottagaren: lägg till e-postadress eller telefonnummer."
        ),
        ReasonCode.CHANNEL_NOT_IN_PROFILE: _t("Kanalen används inte enligt regionens rutin."),
        ReasonCode.EMAIL_NOT_ALLOWED: _t(
            "E-post är inte säkert och därför inte tillåtet för mötesuppgifterna."
        ),
        ReasonCode.NOT_IN_COSMIC_LINK: _t("Patienten finns inte i Cosmic Link."),
        ReasonCode.NO_COSMIC_MESSENGER: _t("Mottagaren har inte Cosmic Messenger."),
        ReasonCode.NO_LIFECARE_SP: _t("Mottagaren har inte Lifecare SP."),
        ReasonCode.NO_EMAIL_ADDRESS: _t("Mottagaren saknar e-postadress."),
        ReasonCode.NO_PHONE_NUMBER: _t("Mottagaren saknar telefonnummer."),
    }.get(reason, str(reason))


def invitation_problem(problem: InvitationProblem) -> str:
    """Why the pasted invitation could not be read."""
    return {
        InvitationProblem.NO_ADDRESS_OR_CALL_ID: _t(
            "Hittade varken videoadress eller samtals-ID i inbjudan."
        ),
    }[problem]
