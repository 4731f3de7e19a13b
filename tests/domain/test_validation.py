"""Field validators return error codes, never messages."""

from __future__ import annotations

import pytest

from vardmote_desktop.domain.validation import (
    VALID,
    FieldError,
    ValidationResult,
    phone_digits,
    validate_contact,
    validate_email,
    validate_free_text,
    validate_participant_name,
    validate_phone,
    validate_reference,
    validate_unit_name,
)

PNR = "19121212-1212"  # Skatteverket's test series


def test_result_truthiness() -> None:
    assert VALID.ok and bool(VALID)
    refused = ValidationResult(FieldError.EMPTY)
    assert not refused.ok and not refused


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("Test Testsson", None),
        ("  Anna-Lena Exempel  ", None),
        ("", FieldError.EMPTY),
        ("   ", FieldError.EMPTY),
        ("x" * 101, FieldError.TOO_LONG),
        (f"Test Testsson {PNR}", FieldError.CONTAINS_IDENTITY_NUMBER),
        ("Test\nTestsson", FieldError.INVALID_CHARACTERS),
    ],
)
def test_participant_name(name: str, error: FieldError | None) -> None:
    assert validate_participant_name(name).error is error


@pytest.mark.parametrize(
    ("address", "error"),
    [
        ("test.testsson@example.se", None),
        ("fornamn.efternamn+sip@kommun.example.se", None),
        ("vard@älmhult.example.se", None),
        ("", FieldError.EMPTY),
        ("test.testsson", FieldError.INVALID_EMAIL),
        ("test@", FieldError.INVALID_EMAIL),
        ("@example.se", FieldError.INVALID_EMAIL),
        ("test@example", FieldError.INVALID_EMAIL),
        ("test testsson@example.se", FieldError.INVALID_EMAIL),
        ("test..testsson@example.se", FieldError.INVALID_EMAIL),
        ("test@-example.se", FieldError.INVALID_EMAIL),
        ("test@example.s3", FieldError.INVALID_EMAIL),
        ("a" * 65 + "@example.se", FieldError.INVALID_EMAIL),
        ("a@" + "b" * 250 + ".se", FieldError.TOO_LONG),
        ("191212121212@example.se", FieldError.CONTAINS_IDENTITY_NUMBER),
    ],
)
def test_email(address: str, error: FieldError | None) -> None:
    assert validate_email(address).error is error


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("0480 44 55 11", None),
        ("070-123 45 67", None),
        ("+46 70 123 45 67", None),
        ("+46 (0)70 123 45 67", None),
        ("0046 70 123 45 67", None),
        ("+46 10 000 00 00", None),
        ("08-123 456", None),
        ("+47 22 00 00 00", None),  # a relative in Norway
        ("", FieldError.EMPTY),
        ("070-ABC 45 67", FieldError.INVALID_PHONE),
        ("ring 0480 44 55 11", FieldError.INVALID_PHONE),
        ("070+123 45 67", FieldError.INVALID_PHONE),
        ("123", FieldError.INVALID_PHONE),
        ("00 123 45", FieldError.INVALID_PHONE),
        ("070-123 45 67 89 01", FieldError.INVALID_PHONE),
        ("1212121212", FieldError.INVALID_PHONE),  # no leading 0
        # Born 2001-01-01, typed without spaces: it reads as a personnummer, so refused.
        ("0101011237", FieldError.CONTAINS_IDENTITY_NUMBER),
    ],
)
def test_phone(number: str, error: FieldError | None) -> None:
    assert validate_phone(number).error is error


def test_phone_digits() -> None:
    assert phone_digits("+46 70 123 45 67") == "0701234567"
    assert phone_digits("+46 (0)70 123 45 67") == "0701234567"
    assert phone_digits("0046 480 44 55 11") == "0480445511"
    assert phone_digits("0480 44 55 11") == "0480445511"
    assert phone_digits("+47 22 00 00 00") == "004722000000"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", None),
        ("Rad ett\nRad två\tmed tabb", None),
        ("x" * 2001, FieldError.TOO_LONG),
        (f"Gäller {PNR[2:]}", FieldError.CONTAINS_IDENTITY_NUMBER),
        ("bell\x07", FieldError.INVALID_CHARACTERS),
    ],
)
def test_free_text(text: str, error: FieldError | None) -> None:
    assert validate_free_text(text).error is error


def test_free_text_custom_cap() -> None:
    assert validate_free_text("abcd", max_length=3).error is FieldError.TOO_LONG


@pytest.mark.parametrize(
    ("reference", "error"),
    [
        ("", None),  # optional
        ("SP-ärende 4711", None),
        ("x" * 41, FieldError.TOO_LONG),
        (PNR, FieldError.CONTAINS_IDENTITY_NUMBER),
        ("121212+1212", FieldError.CONTAINS_IDENTITY_NUMBER),
        ("rad\nbrytning", FieldError.INVALID_CHARACTERS),
    ],
)
def test_reference(reference: str, error: FieldError | None) -> None:
    assert validate_reference(reference).error is error


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("HC Torsås", None),
        ("Avdelning 12", None),
        ("", FieldError.EMPTY),
        ("x" * 61, FieldError.TOO_LONG),
        ("HC@Torsås", FieldError.NOT_USABLE_AS_ROOM_NAME),
        ("åäö", None),  # becomes 'aao'
        ("---", FieldError.NOT_USABLE_AS_ROOM_NAME),
        ("ΑΒΓ", FieldError.NOT_USABLE_AS_ROOM_NAME),  # no ASCII to make a video address of
        (f"Enhet {PNR}", FieldError.CONTAINS_IDENTITY_NUMBER),
    ],
)
def test_unit_name(name: str, error: FieldError | None) -> None:
    assert validate_unit_name(name).error is error


@pytest.mark.parametrize(
    ("email", "phone", "error"),
    [
        ("test@example.se", None, None),
        (None, "070-123 45 67", None),
        ("test@example.se", "070-123 45 67", None),
        (None, None, FieldError.NO_CONTACT),
        ("  ", "", FieldError.NO_CONTACT),
        ("test@", "070-123 45 67", FieldError.INVALID_EMAIL),
        ("test@example.se", "abc", FieldError.INVALID_PHONE),
    ],
)
def test_contact(email: str | None, phone: str | None, error: FieldError | None) -> None:
    assert validate_contact(email, phone).error is error
