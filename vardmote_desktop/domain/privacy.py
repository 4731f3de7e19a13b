"""Privacy guard: finds Swedish personal identity numbers (*personnummer*, *samordningsnummer*)."""

from __future__ import annotations

import re
from calendar import monthrange

# One pattern for both written forms: an optional century, YYMMDD, an optional separator and
# the last four digits (serial and check digit). The look-arounds use [0-9], not \d, so that the
# number can never be the inside of a longer run of ASCII digits (a 15-digit reference, an
# 11-digit +46 phone number). Separators: '-' and '+' (100 years or older) as Skatteverket writes
# them, plus the look-alikes a word processor or a careless paste produces (space, no-break
# space, en dash, minus sign): the guard prefers refusing an odd spelling to letting one through.
_CANDIDATE = re.compile(
    r"(?<![0-9])"
    r"(?P<century>[0-9]{2})?"
    r"(?P<date>[0-9]{6})"
    r"(?P<sep>[-+ \u00a0\u2013\u2212])?"
    r"(?P<tail>[0-9]{4})"
    r"(?![0-9])"
)

# Coordination numbers (*samordningsnummer*) add 60 to the day of birth.
_COORDINATION_DAY_OFFSET = 60

# The centuries a 12-digit form may start with: people alive today were born 18xx at the earliest.
_CENTURIES = frozenset({18, 19, 20})

DEFAULT_MASK = "[personnummer]"


def luhn_check_digit(nine_digits: str) -> int:
    """The check digit Skatteverket computes over YYMMDDNNN (Luhn, weights 2,1,2,1,...)."""
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10


def _valid_day(year: int | None, yy: int, month: int, day: int) -> bool:
    """Whether the day exists in that month; `year` is None when only YY was written.

    With only YY the century is unknown, so 29 February is accepted when *some* century makes
    the year a leap year: YY divisible by 4 (YY=00 included, since 2000 was a leap year). That is
    the exact answer to "could this be a real date", so it adds no false negatives.
    """
    if not 1 <= month <= 12:
        return False
    if year is not None:
        return 1 <= day <= monthrange(year, month)[1]
    if month == 2 and day == 29:
        return yy % 4 == 0
    return 1 <= day <= monthrange(2001, month)[1]  # 2001: any non-leap year does


def _is_identity_number(match: re.Match[str]) -> bool:
    century_text = match.group("century")
    date_text = match.group("date")
    tail = match.group("tail")
    yy, month, day = int(date_text[:2]), int(date_text[2:4]), int(date_text[4:6])
    year: int | None = None
    if century_text is not None:
        century = int(century_text)
        if century not in _CENTURIES:
            return False
        year = century * 100 + yy
    if day > _COORDINATION_DAY_OFFSET:
        day -= _COORDINATION_DAY_OFFSET
    if not _valid_day(year, yy, month, day):
        return False
    return luhn_check_digit(date_text + tail[:3]) == int(tail[3])


def find_identity_numbers(text: str) -> list[str]:
    """Every personal identity or coordination number in `text`, as written, in order."""
    # finditer never restarts inside a rejected candidate: a rejected 12-digit run must not be
    # re-read as a 10-digit one, and the look-behind forbids that anyway.
    return [m.group(0) for m in _CANDIDATE.finditer(text) if _is_identity_number(m)]


def contains_identity_number(text: str) -> bool:
    """Whether `text` holds anything shaped like a personal identity number."""
    return any(_is_identity_number(m) for m in _CANDIDATE.finditer(text))


def redact_identity_numbers(text: str, mask: str = DEFAULT_MASK) -> str:
    """`text` with each identity number replaced by `mask` (for log records and exports)."""
    return _CANDIDATE.sub(lambda m: mask if _is_identity_number(m) else m.group(0), text)
