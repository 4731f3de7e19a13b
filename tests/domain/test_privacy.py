"""The privacy guard finds every written form of a personnummer and nothing shaped otherwise."""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardmote_desktop.domain.privacy import (
    DEFAULT_MASK,
    EMAIL_MASK,
    PHONE_MASK,
    contains_identity_number,
    find_identity_number_spans,
    find_identity_numbers,
    looks_like_identity_number,
    luhn_check_digit,
    redact_identity_numbers,
    redact_personal_data,
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


# --- every written form ---------------------------------------------------------------------------

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
BOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")  # mathematical bold digits, folded by NFKC

# Separators between YYMMDD and the last four digits, as people, word processors and pastes
# write them. Each one is tried with and without the century.
SEPARATORS = {
    "none": "",
    "hyphen-minus": "-",
    "plus (100 years or older)": "+",
    "space": " ",
    "two spaces": "  ",
    "tab": "\t",
    "no-break space": "\u00a0",
    "thin space": "\u2009",
    "hair space": "\u200a",
    "figure space": "\u2007",
    "narrow no-break space": "\u202f",
    "ideographic space": "\u3000",
    "hyphen U+2010": "\u2010",
    "non-breaking hyphen U+2011": "\u2011",
    "figure dash U+2012": "\u2012",
    "en dash U+2013": "\u2013",
    "em dash U+2014": "\u2014",
    "horizontal bar U+2015": "\u2015",
    "minus sign U+2212": "\u2212",
    "small hyphen-minus U+FE63": "\ufe63",
    "small em dash U+FE58": "\ufe58",
    "fullwidth hyphen-minus U+FF0D": "\uff0d",
    "superscript minus U+207B": "\u207b",
    "heavy minus U+2796": "\u2796",
    "fullwidth plus U+FF0B": "\uff0b",
    "spaced hyphen": " - ",
    "spaced en dash": " \u2013 ",
    "spaced plus": " + ",
    "no-break spaced hyphen": "\u00a0-\u00a0",
    "hyphen at a line end": "-\n",
    "hyphen at a CRLF line end": "-\r\n",
    "soft hyphen U+00AD": "\u00ad",
    "zero-width space U+200B": "\u200b",
    "zero-width joiner U+200D": "\u200d",
    "word joiner U+2060": "\u2060",
    "byte order mark U+FEFF": "\ufeff",
    "zero-width space and hyphen": "\u200b-\u200b",
    "left-to-right mark U+200E": "\u200e",
    "NUL control character": "\x00",
}

# Ways of writing the digits themselves; the separator is '-'.
DIGIT_FORMS: dict[str, Callable[[str], str]] = {
    "fullwidth digits": lambda s: s.translate(FULLWIDTH),
    "fullwidth digits and hyphen": lambda s: s.translate(FULLWIDTH).replace("-", "\uff0d"),
    "Arabic-Indic digits": lambda s: s.translate(ARABIC_INDIC),
    "mathematical bold digits": lambda s: s.translate(BOLD),
    "zero-width space between every digit": lambda s: "\u200b".join(s),
    "combining low line under every digit": lambda s: "".join(c + "\u0332" for c in s),
}


def written_in_every_form(century: str, yymmdd: str, last4: str) -> dict[str, str]:
    """Name of the form → the number written that way, 10- and 12-digit."""
    forms: dict[str, str] = {}
    for name, sep in SEPARATORS.items():
        forms[f"10 digits, {name}"] = f"{yymmdd}{sep}{last4}"
        forms[f"12 digits, {name}"] = f"{century}{yymmdd}{sep}{last4}"
    for name, write in DIGIT_FORMS.items():
        forms[f"10 digits, {name}"] = write(f"{yymmdd}-{last4}")
        forms[f"12 digits, {name}"] = write(f"{century}{yymmdd}-{last4}")
    return forms


COORDINATION_YYMMDD = "121272"  # 12 December 1912 + 60
TABLE = {
    **{f"personnummer, {k}": v for k, v in written_in_every_form("19", "121212", "1212").items()},
    **{
        f"samordningsnummer, {k}": v
        for k, v in written_in_every_form(
            "19", COORDINATION_YYMMDD, f"121{luhn_check_digit(COORDINATION_YYMMDD + '121')}"
        ).items()
    },
}


def test_the_table_holds_at_least_36_forms_of_each_length() -> None:
    assert sum(k.startswith("personnummer, 10 digits") for k in TABLE) >= 36
    assert sum(k.startswith("personnummer, 12 digits") for k in TABLE) >= 36


@pytest.mark.parametrize("written", TABLE.values(), ids=TABLE.keys())
def test_every_form_in_the_table_is_found_and_redacted(written: str) -> None:
    text = f"Gäller patient {written}, se journalen."
    assert find_identity_numbers(text) == [written]
    assert contains_identity_number(text)
    assert redact_identity_numbers(text) == f"Gäller patient {DEFAULT_MASK}, se journalen."
    assert redact_personal_data(text) == f"Gäller patient {DEFAULT_MASK}, se journalen."


@pytest.mark.parametrize("written", TABLE.values(), ids=TABLE.keys())
def test_no_form_in_the_table_hides_a_wrong_check_digit(written: str) -> None:
    # The same writing with the check digit changed: a normalisation that invents digits or
    # numbers would show up here.
    last = max(i for i, c in enumerate(written) if c.isdigit())
    wrong = written[:last] + str((int(written[last]) + 1) % 10) + written[last + 1 :]
    assert find_identity_numbers(wrong) == []


# Text around a number: letters, punctuation, every kind of space and dash, invisible characters;
# never anything that reads as a digit, so the surroundings cannot lengthen the number.
UNICODE_SURROUNDING = st.text(
    alphabet=st.sampled_from(
        string.ascii_letters
        + string.punctuation
        + " \n\tåäöÅÄÖ\u00a0\u2009\u3000\u2011\u2013\u2014\u2212\u200b\u00ad\ufeff"
    ),
    max_size=12,
)


@given(identity_numbers(), st.data(), UNICODE_SURROUNDING, UNICODE_SURROUNDING)
def test_any_valid_number_in_any_form_is_found_and_redacted(
    number: tuple[date, str, str], data: st.DataObject, before: str, after: str
) -> None:
    born, yymmdd, last4 = number
    forms = written_in_every_form(f"{born.year // 100:02d}", yymmdd, last4)
    written = data.draw(st.sampled_from(sorted(forms.values())))
    text = f"{before}{written}{after}"
    assert find_identity_numbers(text) == [written]
    redacted = redact_identity_numbers(text)
    assert redacted == f"{before}{DEFAULT_MASK}{after}"
    assert not contains_identity_number(redacted)
    assert not contains_identity_number(redact_personal_data(text))


@given(st.lists(st.tuples(identity_numbers(), st.data()), min_size=2, max_size=4))
def test_redaction_masks_exactly_the_original_characters(
    numbers: list[tuple[tuple[date, str, str], st.DataObject]],
) -> None:
    # Spans refer to the original text even when normalisation changed its length.
    written = []
    for (born, yymmdd, last4), data in numbers:
        forms = written_in_every_form(f"{born.year // 100:02d}", yymmdd, last4)
        written.append(data.draw(st.sampled_from(sorted(forms.values()))))
    text = " och ".join(written)
    spans = find_identity_number_spans(text)
    assert [text[a:b] for a, b in spans] == written
    assert redact_identity_numbers(text, mask="X") == " och ".join("X" for _ in written)


@pytest.mark.parametrize(
    "text",
    [
        "121212\n1212",  # a bare line break: two numbers on two lines
        "121212--1212",
        "121212 . 1212",
        "12121\u200b2\u200b12121",  # eleven digits once the invisible characters are gone
        "Mötet 2026\u201112\u201103 kl. 13\u202f30",
        "０７０\u2011１２３ ４５ ６７",  # a mobile number in fullwidth digits
    ],
)
def test_normalisation_adds_no_false_alarms(text: str) -> None:
    assert find_identity_numbers(text) == []


# --- looks_like_identity_number -------------------------------------------------------------------


@given(st.text(alphabet=string.digits, min_size=1, max_size=14))
def test_looks_like_agrees_with_the_guard(digits: str) -> None:
    assert looks_like_identity_number(digits) == contains_identity_number(digits)
    assert looks_like_identity_number(digits) == contains_identity_number(f"ID {digits}.")


@given(identity_numbers())
def test_looks_like_is_true_for_every_unbroken_number(number: tuple[date, str, str]) -> None:
    born, yymmdd, last4 = number
    assert looks_like_identity_number(yymmdd + last4)
    assert looks_like_identity_number(f"{born.year // 100:02d}{yymmdd}{last4}")
    assert not looks_like_identity_number(f"{yymmdd}-{last4}")  # not an unbroken run


@pytest.mark.parametrize(
    "text", ["", "121212121", "12121212121", "１２１２１２１２１２", "12121212１２"]
)
def test_looks_like_is_false_for_other_lengths_and_non_ascii(text: str) -> None:
    assert not looks_like_identity_number(text)


# --- known meeting data ---------------------------------------------------------------------------

CALL_ID = "1212121212"  # a call ID that happens to read as Skatteverket's test number


@pytest.mark.parametrize(
    "text",
    [
        f"Samtals-ID: {CALL_ID}",
        f"Mötes-ID {CALL_ID}",
        f"Meeting ID:\n{CALL_ID}",
        f"Call ID is {CALL_ID}",
        f"Ring 0480 44 55 11 och ange mötes-ID {CALL_ID} följt av #",
        f"+46 10 000 00 00, then {CALL_ID} #",
        f"https://join.example.org/meeting/{CALL_ID}?secret=abc",
        f"https://cms.example.se/invited.sf?secret=x&id={CALL_ID}",
        f"https://pexip.example.org/webapp/#/?conference={CALL_ID}@vmr.example.org",
        f"sip:{CALL_ID}@vmr.example.org",
        f"Mötets PIN-kod är: <b>{CALL_ID}</b>",
        f"  {CALL_ID}  ",  # the whole text: a copy field holding just the call ID
    ],
)
def test_known_call_id_in_a_call_id_position_is_not_found(text: str) -> None:
    assert find_identity_numbers(text) == [CALL_ID]
    assert find_identity_numbers(text, known=(CALL_ID,)) == []
    assert not contains_identity_number(text, known=[CALL_ID])
    assert redact_identity_numbers(text, known=(CALL_ID,)) == text


@pytest.mark.parametrize(
    "text",
    [
        f"Patienten {CALL_ID} kommer med sin dotter",  # free text
        f"Personnummer: {CALL_ID}",
        f"pnr {CALL_ID}",
        f"Patient-ID: {CALL_ID}",
        f"Samordningsnummer {CALL_ID}",
        f"Patient/{CALL_ID}",  # a slash, but not in a link
        f"Patient = {CALL_ID}",
        f"Samtals-ID: {CALL_ID[:6]}-{CALL_ID[6:]}",  # written as a personnummer
        f"Samtals-ID: {CALL_ID[:6]} {CALL_ID[6:]}",
        f"Samtals-ID: 19{CALL_ID}",  # with the century
        f"Samtals-ID: {CALL_ID}\nGäller {CALL_ID}",  # the second one is free text
    ],
)
def test_known_digits_written_elsewhere_are_still_found(text: str) -> None:
    assert contains_identity_number(text, known=(CALL_ID,))


@pytest.mark.parametrize("padding", range(60, 90))
def test_a_label_far_back_is_never_read_cut_short(padding: int) -> None:
    # HTML tags between label and value, so long that the look-back window starts inside
    # "Personnummer": its tail "nummer" must not pass for a call-ID label.
    tags = "<br>" * (padding % 3) + "<i>" * ((padding - 4 * (padding % 3)) // 3)
    assert contains_identity_number(f"Personnummer:{tags}{CALL_ID}", known=(CALL_ID,))


def test_known_only_exempts_the_values_given() -> None:
    text = f"Samtals-ID: {CALL_ID}"
    assert find_identity_numbers(text, known=("0123456789", "612345678")) == [CALL_ID]
    assert find_identity_numbers(text, known=("", " ")) == [CALL_ID]
    assert find_identity_numbers(text, known=(f" {CALL_ID} ",)) == []  # given with spaces


# --- contact details in logs ----------------------------------------------------------------------


@given(swedish_phone_numbers(), SURROUNDING)
def test_phone_numbers_are_redacted(phone: str, around: str) -> None:
    text = f"{around} {phone} {around}"
    assert redact_personal_data(text) == f"{around} {PHONE_MASK} {around}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring 070-123 45 67 nu", f"ring {PHONE_MASK} nu"),
        ("ring 0701234567 nu", f"ring {PHONE_MASK} nu"),
        ("tel (0480) 44 55 11.", f"tel {PHONE_MASK}."),
        ("+46 (0)70 123 45 67", PHONE_MASK),
        ("0046 70 123 45 67", PHONE_MASK),
        ("+47 912 34 567", PHONE_MASK),
        ("０７０\u2011１２３\u00a0４５\u00a0６７", PHONE_MASK),
        ("070\u2011123\u200b45 67", PHONE_MASK),
        ("anna.svensson@example.se", EMAIL_MASK),
        ("<Åsa-Britt.Ögren+vard@kommun.example.se>", f"<{EMAIL_MASK}>"),
        ("anna＠example.se", EMAIL_MASK),  # fullwidth at sign
        ("pnr 19121212\u20111212 och 070-123 45 67", f"pnr {DEFAULT_MASK} och {PHONE_MASK}"),
    ],
)
def test_contact_details_are_redacted(text: str, expected: str) -> None:
    assert redact_personal_data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "database migrated from 0012 to 0013",
        "retention purged 3 meetings started before 2026-01-01 00:00:00+00:00",
        "statistics failed: OperationalError",
        "samtals-ID 612345678",
    ],
)
def test_ordinary_log_lines_are_left_alone(text: str) -> None:
    assert redact_personal_data(text) == text
