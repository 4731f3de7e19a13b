"""Privacy guard: finds Swedish personal identity numbers (*personnummer*, *samordningsnummer*).

Every check reads a *normalised* copy of the text, so that a number is found however it was
typed or pasted: fullwidth or other-script digits, any dash or minus, any space, zero-width
characters between the digits. Positions are always reported in the caller's original text.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_MASK = "[personnummer]"
EMAIL_MASK = "[e-post]"
PHONE_MASK = "[telefon]"

# Coordination numbers (*samordningsnummer*) add 60 to the day of birth.
_COORDINATION_DAY_OFFSET = 60

# The centuries a 12-digit form may start with: people alive today were born 18xx at the earliest.
_CENTURIES = frozenset({18, 19, 20})

# --- normalisation ------------------------------------------------------------------------------

# Characters that read as a minus or a hyphen but are not in Unicode's dash category (Pd), which
# covers the rest (U+2010-U+2015, U+FE58, U+FE63, U+FF0D, ...). NFKC turns superscript and
# subscript minus into U+2212, so that one is enough for them.
_EXTRA_DASHES = frozenset("\u2212\u2796\u2043\u02d7\u2e3a\u2e3b")
_PLUSES = frozenset("+\u2795")  # NFKC already turns U+FF0B and U+FE62 into '+'
# Line breaks stay line breaks: a bare line break between six and four digits is too often two
# unrelated numbers; with a dash it still counts ("121212-" at a line's end, "1212" below).
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


@dataclass(frozen=True)
class _Normalised:
    """The text to search, and for each of its characters the original span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind normalised text[start:end] (end > start)."""
        return self.starts[start], self.ends[end - 1]


def _normalise_char(char: str) -> str:
    """What one character reads as: '' (invisible), ' ', '\\n', '-', '+', or its NFKC form."""
    if char in _LINE_BREAKS:
        return "\n"
    category = unicodedata.category(char)
    if char.isspace() or category == "Zs":
        return " "
    # Control and format characters (NUL, zero-width space and joiners, soft hyphen, word
    # joiner, BOM, bidi marks) and combining marks (an underline under each digit) are
    # invisible, so they must not split a number: drop them.
    if category in ("Cc", "Cf", "Mn", "Me"):
        return ""
    if category == "Nd":
        # Any script's decimal digit: NFKC maps fullwidth digits but not Arabic-Indic ones.
        return str(unicodedata.decimal(char))
    if category == "Pd" or char in _EXTRA_DASHES:
        return "-"
    if char in _PLUSES:
        return "+"
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and len(folded) == 1:
        return _normalise_char(folded)  # U+FF0D, U+207B, U+FF0B: read what they fold to
    return folded


def _normalise(text: str) -> _Normalised:
    """Dashes to '-', space runs to one ' ', line-break runs to '\\n', invisibles dropped."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        # Printable ASCII, the common case, needs no table look-ups.
        read = char if " " <= char <= "~" else _normalise_char(char)
        if not read:
            if chars and unicodedata.category(char) in ("Mn", "Me"):
                ends[-1] = index + 1  # a combining mark belongs to the character before it
            continue
        if read in (" ", "\n") and chars and chars[-1] in (" ", "\n"):
            # One separator for a run of spaces; a run holding a line break is a line break.
            if read == "\n":
                chars[-1] = "\n"
            ends[-1] = index + 1
            continue
        for piece in read:
            chars.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return _Normalised("".join(chars), tuple(starts), tuple(ends))


# --- identity numbers ---------------------------------------------------------------------------

# One pattern, on normalised text, for every written form: an optional century, YYMMDD, an
# optional separator and the last four digits (serial and check digit). The look-arounds use
# [0-9], not \d, so that the number is never the inside of a longer run of digits (a 15-digit
# reference, an 11-digit +46 phone number). Separators: '-' and '+' (100 years or older) as
# Skatteverket writes them, with or without a space or line break on either side (" - "), or a
# single space: the guard prefers refusing an odd spelling to letting one through.
_CANDIDATE = re.compile(
    r"(?<![0-9])"
    r"(?P<century>[0-9]{2})?"
    r"(?P<date>[0-9]{6})"
    r"(?P<sep>[ \n]?[-+][ \n]?| )?"
    r"(?P<tail>[0-9]{4})"
    r"(?![0-9])"
)


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


def _valid(century_text: str | None, date_text: str, tail: str) -> bool:
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


def looks_like_identity_number(digits: str) -> bool:
    """Whether an unbroken run of ASCII digits would be taken for a personal identity number.

    For code that *generates* numbers people will see (call IDs, numeric aliases): draw again
    while this is true, and the guard never refuses the number wherever it is written on its
    own. Only 10- and 12-digit runs can be true (the guard never reads a number out of the
    inside of a longer run); about 0.7 % of random 10-digit strings are. Cheap: no regular
    expression, no normalisation, a few integer operations.
    """
    if len(digits) == 10:
        return digits.isascii() and digits.isdigit() and _valid(None, digits[:6], digits[6:])
    if len(digits) == 12:
        return digits.isascii() and digits.isdigit() and _valid(digits[:2], digits[2:8], digits[8:])
    return False


# --- the meeting's own data ---------------------------------------------------------------------

# A known value is exempt only where an invitation puts meeting data: right after a label
# ("Samtals-ID: …", "Mötes-ID …", "PIN-kod är: …", "ange mötes-ID …", "then … #", "ring …"),
# also on the line after it or behind HTML tags; inside a link or URI (after '/' or '=', before
# '@'); before the '#' that ends a keyed-in number; or as the whole text (a copy field's value).
_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=[^\w-]))(?P<label>[\w-]*(?:id|nummer|number|kod|code|alias|pin)"
    r"|ange|enter|then|sedan|ring|dial|call|telefon|phone|tel|sips?)"
    r"(?:[ ]+(?:är|is))?(?:[ \n:=#.]|<[^<>]*>)*$",  # HTML tags too: "PIN <b>1234</b>"
    re.IGNORECASE,
)
# Labels that announce the very thing the guard is for: never meeting data.
_IDENTITY_LABELS = re.compile(r"person|samordning|patient|pnr|snr", re.IGNORECASE)
# How far back a label may stand; the label itself must start inside this window at a word's
# start, so a cut can never turn "personnummer" into "nummer".
_LOOKBACK = 80


# A link the value ends: "https://…/meeting/<id>", "…?id=<id>", "…conference=<id>@…".
_LINK_BEFORE = re.compile(r"(?<![\w+.-])[a-z][\w+.-]*://[^\s\"'<>]*[/=]$", re.IGNORECASE)
_LINK_LENGTH = 400  # longer links are not read: the value is then judged like free text


def _normalised_known(known: Iterable[str]) -> frozenset[str]:
    return frozenset(v for v in (_normalise(k.strip()).text for k in known) if v)


def _in_meeting_data_position(norm: str, start: int, end: int) -> bool:
    before, after = norm[:start], norm[end:]
    if not before.strip() and not after.strip():
        return True
    if after.startswith("@") or after.lstrip(" ").startswith("#"):
        return True
    if before.endswith(("/", "=")) and _LINK_BEFORE.search(
        norm, max(0, start - _LINK_LENGTH), start
    ):
        return True
    label = _LABEL_BEFORE.search(norm, max(0, start - _LOOKBACK), start)
    return label is not None and not _IDENTITY_LABELS.search(label.group("label"))


def _matches(norm: _Normalised, known: frozenset[str], text: str) -> list[re.Match[str]]:
    found = []
    for match in _CANDIDATE.finditer(norm.text):
        if not _valid(match.group("century"), match.group("date"), match.group("tail")):
            continue
        if (
            known
            and not match.group("sep")  # written like a personnummer: never meeting data
            and match.group(0) in known
            # Exactly as given: not in fullwidth digits, not with invisible characters inside.
            and text[slice(*norm.original_span(match.start(), match.end()))] == match.group(0)
            and _in_meeting_data_position(norm.text, match.start(), match.end())
        ):
            continue
        found.append(match)
    return found


def find_identity_number_spans(text: str, *, known: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) in `text` of every personal identity or coordination number, in order.

    `known` lists this meeting's own data (the room's call ID, numeric alias, dial-in number):
    such a value, written exactly as given, is not a finding where an invitation puts meeting
    data (after a label such as "Samtals-ID:", in a link, before the '#' of a keyed-in number,
    or as the whole text). The same digits anywhere else, or written with a separator like a
    personnummer ("121212-1212"), are still found.
    """
    norm = _normalise(text)
    return [
        norm.original_span(m.start(), m.end())
        for m in _matches(norm, _normalised_known(known), text)
    ]


def find_identity_numbers(text: str, *, known: Iterable[str] = ()) -> list[str]:
    """Every personal identity or coordination number in `text`, as written, in order."""
    # finditer never restarts inside a rejected candidate: a rejected 12-digit run must not be
    # re-read as a 10-digit one, and the look-behind forbids that anyway.
    return [text[start:end] for start, end in find_identity_number_spans(text, known=known)]


def contains_identity_number(text: str, *, known: Iterable[str] = ()) -> bool:
    """Whether `text` holds anything shaped like a personal identity number."""
    return bool(find_identity_number_spans(text, known=known))


def _replace_spans(text: str, spans: list[tuple[int, int]], mask: str) -> str:
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces += [text[position:start], mask]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def redact_identity_numbers(
    text: str, mask: str = DEFAULT_MASK, *, known: Iterable[str] = ()
) -> str:
    """`text` with each identity number replaced by `mask` (for log records and exports)."""
    return _replace_spans(text, find_identity_number_spans(text, known=known), mask)


# --- contact details, for the log ---------------------------------------------------------------

# Pragmatic: anything@domain.tld, Unicode letters included; the log would rather lose a
# harmless token than keep an address. No quote in the local part: in a logged repr() the
# quote before an address is Python's, not the address's.
_EMAIL = re.compile(r"[\w.!#$%&*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# Swedish numbers as people write them ("070-123 45 67", "0480 44 55 11", "(0480) 445511",
# "+46 (0)70 123 45 67", "0046 70…") and foreign ones in international form: 6 to 15 digits
# with single spaces, dashes or slashes between groups. Never inside a longer digit run.
_PHONE = re.compile(
    r"(?<![0-9])(?<![0-9][-/.:])"  # not the middle of a date or a time: "2026-01-01 00:00"
    r"(?:(?:\+|00)[ ]?[1-9][0-9]{0,2}[ -]?(?:\(0\)[ ]?)?|\(?0(?=[1-9])\)?)"
    r"[0-9](?:[ ]?[-/]?[ ]?\)?[ ]?[0-9]){4,13}"
    r"(?![0-9]|[:.][0-9])"
)


def _redact_pattern(text: str, pattern: re.Pattern[str], mask: str) -> str:
    norm = _normalise(text)
    spans = [norm.original_span(m.start(), m.end()) for m in pattern.finditer(norm.text)]
    return _replace_spans(text, spans, mask)


def redact_personal_data(text: str) -> str:
    """`text` with identity numbers, e-mail addresses and phone numbers masked (for logs).

    Names cannot be recognised by pattern: code must never put a participant's name into a log
    message or an exception message in the first place.
    """
    # Identity numbers first: written unbroken, some would otherwise pass for phone numbers.
    text = redact_identity_numbers(text)
    text = _redact_pattern(text, _EMAIL, EMAIL_MASK)
    return _redact_pattern(text, _PHONE, PHONE_MASK)
