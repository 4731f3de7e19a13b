"""Field validation: each validator returns ok or an error code the UI turns into Swedish."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from vardmote_desktop.domain.naming import uri_user_part
from vardmote_desktop.domain.privacy import contains_identity_number

NAME_MAX_LENGTH = 100
UNIT_NAME_MAX_LENGTH = 60  # leaves room for " 1234" and the video domain in a SIP URI
REFERENCE_MAX_LENGTH = 40
FREE_TEXT_MAX_LENGTH = 2000
EMAIL_MAX_LENGTH = 254  # RFC 5321 path limit
EMAIL_LOCAL_MAX_LENGTH = 64


class FieldError(StrEnum):
    """Why a field was refused; the UI has one tr() text per member."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    CONTAINS_IDENTITY_NUMBER = "contains_identity_number"
    INVALID_CHARACTERS = "invalid_characters"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    NO_CONTACT = "no_contact"  # a participant needs an e-mail address or a phone number
    NOT_USABLE_AS_ROOM_NAME = "not_usable_as_room_name"


@dataclass(frozen=True)
class ValidationResult:
    """Ok (`error` is None) or one error code."""

    error: FieldError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def __bool__(self) -> bool:
        return self.ok


VALID = ValidationResult()


def _fail(error: FieldError) -> ValidationResult:
    return ValidationResult(error)


def _has_control_characters(text: str, allow_newlines: bool = False) -> bool:
    allowed = {"\n", "\t", "\r"} if allow_newlines else set()
    return any(unicodedata.category(c)[0] == "C" and c not in allowed for c in text)


# A display name leaves room in the actor column (String(200)) for the login and the PC.
DISPLAY_NAME_MAX_LENGTH = 100


def _single_line(text: str, max_length: int, *, required: bool) -> ValidationResult:
    """The checks shared by short one-line fields: empty, length, control characters, pnr."""
    value = text.strip()
    if not value:
        return _fail(FieldError.EMPTY) if required else VALID
    if len(value) > max_length:
        return _fail(FieldError.TOO_LONG)
    if _has_control_characters(value):
        return _fail(FieldError.INVALID_CHARACTERS)
    if contains_identity_number(value):
        return _fail(FieldError.CONTAINS_IDENTITY_NUMBER)
    return VALID


def validate_participant_name(name: str) -> ValidationResult:
    """*Namn* of a participant: required, one line, at most 100 characters, no personnummer."""
    return _single_line(name, NAME_MAX_LENGTH, required=True)


# Pragmatic, not RFC 5322: one '@', a dot-atom local part, a domain of letter/digit labels
# (Swedish IDN domains such as 'älmhult.se' included) and a top-level domain of letters.
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
_EMAIL_TLD = re.compile(r"[^\W\d_]{2,63}")


def validate_email(address: str) -> ValidationResult:
    """*E-postadress*: required, plausible shape, no personnummer hidden in it."""
    value = address.strip()
    if not value:
        return _fail(FieldError.EMPTY)
    if len(value) > EMAIL_MAX_LENGTH:
        return _fail(FieldError.TOO_LONG)
    local, at, domain = value.rpartition("@")
    labels = domain.split(".")
    if (
        not at
        or len(local) > EMAIL_LOCAL_MAX_LENGTH
        or not _EMAIL_LOCAL.fullmatch(local)
        or len(labels) < 2
        or not all(_EMAIL_LABEL.fullmatch(label) for label in labels[:-1])
        or not _EMAIL_TLD.fullmatch(labels[-1])
    ):
        return _fail(FieldError.INVALID_EMAIL)
    # Addresses are stored in the log; '19121212-1212@example.se' must not slip in that way.
    if contains_identity_number(value):
        return _fail(FieldError.CONTAINS_IDENTITY_NUMBER)
    return VALID


_PHONE_CHARACTERS = re.compile(r"\+?[0-9 ()/-]+")
_NATIONAL_DIGITS = range(7, 11)  # '08-123 45' … '070-123 45 67', leading 0 included
_INTERNATIONAL_DIGITS = range(8, 16)  # E.164: at most 15 digits with the country code


def phone_digits(number: str) -> str:
    """The number as dialled from Sweden: '+46 70 123 45 67' gives '0701234567'."""
    value = number.strip()
    digits = re.sub(r"[^0-9]", "", value.replace("(0)", ""))
    if value.startswith("+46"):
        return "0" + digits[2:]
    if digits.startswith("0046"):
        return "0" + digits[4:]
    if value.startswith("+"):
        return "00" + digits
    return digits


def validate_phone(number: str) -> ValidationResult:
    """*Telefonnummer*: Swedish national or international form; digits, spaces, '-', '()', '/'.

    Foreign numbers (a relative abroad) are accepted in international form. A number typed as
    one unbroken run of digits that happens to read as a personnummer is refused, because it
    could be one; written the usual way ('070-123 45 67') it never can be.
    """
    value = number.strip()
    if not value:
        return _fail(FieldError.EMPTY)
    if not _PHONE_CHARACTERS.fullmatch(value):
        return _fail(FieldError.INVALID_PHONE)
    dialled = phone_digits(value)
    if dialled.startswith("00"):
        valid_length = len(dialled) - 2 in _INTERNATIONAL_DIGITS
    else:
        valid_length = (
            dialled.startswith("0") and dialled[1:2] != "0" and len(dialled) in _NATIONAL_DIGITS
        )
    if not valid_length:
        return _fail(FieldError.INVALID_PHONE)
    if contains_identity_number(value):
        return _fail(FieldError.CONTAINS_IDENTITY_NUMBER)
    return VALID


def validate_free_text(text: str, max_length: int = FREE_TEXT_MAX_LENGTH) -> ValidationResult:
    """*Fritext* (notes, messages): optional, several lines allowed, capped, no personnummer."""
    if len(text) > max_length:
        return _fail(FieldError.TOO_LONG)
    if _has_control_characters(text, allow_newlines=True):
        return _fail(FieldError.INVALID_CHARACTERS)
    if contains_identity_number(text):
        return _fail(FieldError.CONTAINS_IDENTITY_NUMBER)
    return VALID


def validate_reference(reference: str) -> ValidationResult:
    """*Referens* (e.g. the Lifecare SP case): optional, short, one line, never a personnummer."""
    return _single_line(reference, REFERENCE_MAX_LENGTH, required=False)


def validate_display_name(name: str) -> ValidationResult:
    """*Visningsnamn* of the user: optional, one line; it goes into every history line."""
    return _single_line(name, DISPLAY_NAME_MAX_LENGTH, required=False)


def validate_unit_name(name: str) -> ValidationResult:
    """*Enhet*: required; it starts every room name, so it must make a video address too."""
    checked = _single_line(name, UNIT_NAME_MAX_LENGTH, required=True)
    if not checked:
        return checked
    value = name.strip()
    # '@' would split the video address; a name without ASCII letters or digits gives no URI.
    if "@" in value:
        return _fail(FieldError.NOT_USABLE_AS_ROOM_NAME)
    try:
        slug = uri_user_part(value)
    except ValueError:
        return _fail(FieldError.NOT_USABLE_AS_ROOM_NAME)
    if not any(c.isalnum() for c in slug):  # '---' would give the address '---.8@domain'
        return _fail(FieldError.NOT_USABLE_AS_ROOM_NAME)
    return VALID


def validate_contact(email: str | None, phone: str | None) -> ValidationResult:
    """A participant needs at least one of e-mail and phone; each one given must be valid."""
    email_value = (email or "").strip()
    phone_value = (phone or "").strip()
    if not email_value and not phone_value:
        return _fail(FieldError.NO_CONTACT)
    if email_value and not (result := validate_email(email_value)):
        return result
    if phone_value and not (result := validate_phone(phone_value)):
        return result
    return VALID
