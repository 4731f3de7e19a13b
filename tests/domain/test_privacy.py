"""The privacy guard finds every written form of a personnummer and nothing shaped otherwise."""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardmote_desktop.domain.privacy import (
    DEFAULT_MASK,
    contains_identity_number,
    find_identity_numbers,
    luhn_check_digit,
    redact_identity_numbers,
)

# Skatteverket's test series; never real people.
TEST_NUMBER_12 = "19121212-1212"
TEST_NUMBER_10 = "121212-1212"

# Surrounding text: letters, punctuation, whitespace, Swedish letters; never an ASCII digit,
# so the surroundings cannot lengthen the number or form one of their own.
SURROUNDING = st.text(
    alphabet=st.sampled_from(string.ascii_letters + string.punctuation + " \n\tåäöÅÄÖ"),
    max_size=12,
)


@st.composite
def identity_numbers(draw: st.DrawFn) -> tuple[date, str, str]:
    """A valid number: (birth date, YYMMDD with the day +60 for coordination numbers, NNNC)."""
    born = draw(st.dates(min_value=date(1850, 1, 1), max_value=date(2099, 12, 31)))
    coordination = draw(st.booleans())
    day = born.day + 60 if coordination else born.day
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    serial = f"{draw(st.integers(0, 999)):03d}"
    return born, yymmdd, serial + str(luhn_check_digit(yymmdd + serial))


def written_forms(born: date, yymmdd: str, last4: str) -> list[str]:
    century = f"{born.year // 100:02d}"
    forms = [yymmdd + last4, century + yymmdd + last4]
    for sep in "-+ ":
        forms += [f"{yymmdd}{sep}{last4}", f"{century}{yymmdd}{sep}{last4}"]
    return forms


@given(identity_numbers(), st.data(), SURROUNDING, SURROUNDING)
def test_every_written_form_is_found(
    number: tuple[date, str, str], data: st.DataObject, before: str, after: str
) -> None:
    written = data.draw(st.sampled_from(written_forms(*number)))
    text = f"{before}{written}{after}"
    assert find_identity_numbers(text) == [written]
    assert contains_identity_number(text)
    redacted = redact_identity_numbers(text)
    assert redacted == f"{before}{DEFAULT_MASK}{after}"
    assert not contains_identity_number(redacted)


@given(st.lists(identity_numbers(), min_size=2, max_size=4), SURROUNDING)
def test_several_numbers_are_found_in_order(
    numbers: list[tuple[date, str, str]], glue: str
) -> None:
    written = [written_forms(*n)[3] for n in numbers]  # 12 digits with '-'
    assert find_identity_numbers(f"{glue} ; ".join(written)) == written


@given(identity_numbers())
def test_wrong_check_digit_is_not_found(number: tuple[date, str, str]) -> None:
    born, yymmdd, last4 = number
    wrong = last4[:3] + str((int(last4[3]) + 1) % 10)
    for form in written_forms(born, yymmdd, wrong):
        assert find_identity_numbers(form) == []


@given(
    identity_numbers(),
    st.text(alphabet=string.digits, min_size=1, max_size=3),
    st.text(alphabet=string.digits, max_size=3),
)
def test_not_found_inside_a_longer_digit_run(
    number: tuple[date, str, str], head: str, tail: str
) -> None:
    _, yymmdd, last4 = number
    # A run of 11-16 digits is never found, except a 12-digit run that reads as a 12-digit form.
    run = head + yymmdd + last4 + tail
    found = find_identity_numbers(run)
    assert found in ([], [run])
    if len(run) != 12:
        assert found == []


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_dates_are_not_found(day: date) -> None:
    assert find_identity_numbers(f"Mötet {day.isoformat()} bokat") == []
    assert find_identity_numbers(day.strftime("%Y%m%d")) == []


@given(st.integers(0, 23), st.integers(0, 59), st.dates())
def test_date_and_time_are_not_found(hour: int, minute: int, day: date) -> None:
    assert find_identity_numbers(f"{day.isoformat()} {hour:02d}:{minute:02d}") == []


@st.composite
def swedish_phone_numbers(draw: st.DrawFn) -> str:
    """Phone numbers as people write them: area code, then groups of two or three digits."""
    area = draw(st.sampled_from(["08", "010", "031", "0480", "0470", "070", "072", "076"]))
    groups = draw(st.lists(st.integers(2, 3), min_size=2, max_size=3))
    subscriber = " ".join(
        "".join(draw(st.sampled_from(string.digits)) for _ in range(n)) for n in groups
    )
    if draw(st.booleans()):
        return f"+46 {area[1:]} {subscriber}"
    return f"{area}{draw(st.sampled_from(['-', ' ']))}{subscriber}"


@given(swedish_phone_numbers(), SURROUNDING)
def test_phone_numbers_are_not_found(phone: str, around: str) -> None:
    assert find_identity_numbers(f"{around}{phone}{around}") == []


@given(st.integers(100_000_000, 999_999_999))
def test_nine_digit_call_ids_are_not_found(call_id: int) -> None:
    assert find_identity_numbers(f"samtals-ID: {call_id}") == []
    assert find_identity_numbers(f"https://video.example.se/conf/{call_id}?pin=1234") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ring 0480 44 55 11 och ange samtals-ID",
        "+46 10 000 00 00",
        "070-123 45 67",
        "2026-12-03 13:30",
        "samtals-ID 612345678",
        "123456789012345",  # a 15-digit reference
        "1912121212121",  # 13 digits
        "221212-1212",  # wrong check digit
        "121312-1212",  # month 13
        "121232-1212",  # day 32
        "16191212-1212",  # century 16
    ],
)
def test_fixed_negatives(text: str) -> None:
    assert find_identity_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [TEST_NUMBER_12, TEST_NUMBER_10, "121212+1212", "1212121212", "191212121212", "121212 1212"],
)
def test_skatteverket_test_numbers(text: str) -> None:
    assert find_identity_numbers(f"Patient ({text}).") == [text]


def test_coordination_number_day_plus_sixty() -> None:
    yymmdd = "121272"  # 12 December 1912 as a coordination number
    number = f"{yymmdd}-121{luhn_check_digit(yymmdd + '121')}"
    assert find_identity_numbers(number) == [number]


def test_february_29() -> None:
    def valid(yymmdd: str, century: str = "") -> str:
        return f"{century}{yymmdd}-001{luhn_check_digit(yymmdd + '001')}"

    # 12 digits: the real calendar. 1900 was not a leap year, 2000 was.
    assert find_identity_numbers(valid("000229", "19")) == []
    assert find_identity_numbers(valid("000229", "20")) != []
    assert find_identity_numbers(valid("010229", "20")) == []
    # 10 digits: accepted when some century makes YY a leap year.
    assert find_identity_numbers(valid("000229")) != []
    assert find_identity_numbers(valid("040289")) != []  # coordination number
    assert find_identity_numbers(valid("010229")) == []


def test_redact_keeps_other_text_and_takes_a_mask() -> None:
    text = f"Ring 0480 44 55 11, pnr {TEST_NUMBER_12}, ID 612345678"
    assert redact_identity_numbers(text, mask="***") == (
        "Ring 0480 44 55 11, pnr ***, ID 612345678"
    )
