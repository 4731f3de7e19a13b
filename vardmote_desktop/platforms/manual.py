"""The manual platform: read a pasted meeting invitation (*inbjudan*) into a JoinInfo.

Manual rooms are created and deleted by a person in the vendor's app, so there is deliberately no
VideoPlatform class here: create_room could only raise and delete_room could only pretend. The
service layer records a manual room from parse_invitation's result and asks the user to confirm
that they deleted the space themselves.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import parse_qs, unquote, urlsplit

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import InvitationProblem

# Real invitations are a few kB; the cap keeps a mistaken paste (a whole mailbox) fast.
MAX_INPUT = 200_000


class InvitationParseError(ValueError):
    """The invitation could not be read: `reason` says why (the UI words it in Swedish)."""

    def __init__(self, reason: InvitationProblem, missing: tuple[str, ...]) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.missing = missing


# -- HTML to lines ---------

_LOOKS_HTML = re.compile(r"<\s*/?\s*(?:br|p|div|a|b|i|u|span|font|html|body|table|td|li)\b", re.I)
_HIDDEN = re.compile(r"<!--.*?-->|<(style|script|head)\b.*?</\1\s*>", re.I | re.S)
# [^<>] rather than [^>] keeps these linear on broken markup with many unclosed tags.
_ANCHOR = re.compile(r"""<a\s[^<>]*?href\s*=\s*(["']?)([^"'\s<>]*)\1[^<>]*>""", re.I)
# A mailto: link's text is the organiser's address too: dropped whole, so that it cannot be
# read as a bare video address on a line of its own.
_MAILTO = re.compile(r"""<a\s[^<>]*?href\s*=\s*["']?mailto:[^<>]*>[^<]*</a\s*>""", re.I)
_BLOCK = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?tr|/?h[1-6]|/?table|/?ul|/?ol)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def _anchor(match: re.Match[str]) -> str:
    href = match.group(2)
    # A mailto: target is the organiser's e-mail, never the meeting: drop it.
    return " " if href.lower().startswith("mailto:") else f" {href} "


def _lines(text: str) -> list[str]:
    text = text[:MAX_INPUT].replace("\r\n", "\n").replace("\r", "\n")
    if _LOOKS_HTML.search(text):
        # Tags go before entities are decoded, so "&lt;sip:…&gt;" in a text part survives.
        text = _HIDDEN.sub(" ", text)
        text = _MAILTO.sub(" ", text)
        text = _ANCHOR.sub(_anchor, text)
        text = _BLOCK.sub("\n", text)
        text = _TAG.sub(" ", text)
    text = html.unescape(text).translate(_INVISIBLE)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [line for line in lines if line]


# -- web links ---------

_URL = re.compile(r"https?://[^\s<>\"'`]+", re.I)
_MEETING_PATH = re.compile(r"/meeting/([0-9]+)(?:/|$)")
# /webapp3/m/<alias> is Web App 3's own path; current versions serve it on /webapp/m/<alias>.
_PEXIP_PATH = re.compile(r"/webapp(?:/conference/|3?/m/)([^/?#]+)")


def _urls(lines: Iterable[str]) -> list[str]:
    return [m.group(0).rstrip(".,;:!?)]}>") for line in lines for m in _URL.finditer(line)]


def _query(url: str) -> dict[str, list[str]]:
    """Query parameters, including a Pexip '#/?conference=' query inside the fragment."""
    parts = urlsplit(url)
    params = parse_qs(parts.query)
    if "?" in parts.fragment:
        for key, values in parse_qs(parts.fragment.partition("?")[2]).items():
            params.setdefault(key, values)
    return params


def _is_meeting_link(url: str) -> bool:
    try:
        parts = urlsplit(url)
        params = _query(url)
    except ValueError:
        return False  # e.g. a broken IPv6 host
    path = parts.path.lower()
    return bool(
        _MEETING_PATH.search(path)
        or path.endswith("/invited.sf")
        or (path.endswith("/index.html") and "id" in params)
        or ("/webapp" in path and "conference" in params)
        or _PEXIP_PATH.search(parts.path)
    )


def _link_values(url: str) -> tuple[str | None, str | None]:
    """(video address, call ID) a meeting link carries, where it carries them."""
    parts = urlsplit(url)
    params = _query(url)
    meeting = _MEETING_PATH.search(parts.path)
    if meeting:
        return None, meeting.group(1)
    path = parts.path.lower()
    if path.endswith(("/invited.sf", "/index.html")):
        call_id = next((v for v in params.get("id", []) if _is_digits(v)), None)
        address = next((_address_in(v) for v in params.get("url", []) if _address_in(v)), None)
        return address, call_id
    pexip = _PEXIP_PATH.search(parts.path)
    alias = unquote(pexip.group(1)) if pexip else next(iter(params.get("conference", [])), "")
    if _is_digits(alias):
        return None, alias  # a numeric alias is the room's call ID
    return _address_in(alias), None


# -- labelled values ---------

_ADDRESS = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_SCHEME_ADDRESS = re.compile(r"(?<![A-Za-z])(?:sips?:|h323:|pexip://)\s*" + _ADDRESS.pattern, re.I)
_ADDRESS_LABEL = re.compile(
    r"\b(?:video[- ]?adress(?:en)?|video address|sip[- ]?adress(?:en)?|sip address|"
    r"ange adressen|mötesadress(?:en)?|meeting address|adress(?:en)?|address|"
    r"make (?:a )?video call to|call using|dial|ring(?: upp| till)?|"
    r"from a vc endpoint|from a video (?:conferencing )?system|video conferencing system|"
    r"från (?:ett )?videosystem|videosystem|videokonferenssystem)\b",
    re.I,
)
_EMAIL_WORD = re.compile(r"\b(?:e-?post|e-?mail|mail|mejl)\b", re.I)
_CALL_ID_LABEL = re.compile(
    r"\b(?:(?:call|meeting|conference|samtals|mötes|möte|konferens)[- ]?id|the id)\b", re.I
)
_PASSCODE_LABEL = re.compile(
    r"\b(?:pin[- ]?kod(?:en)?|pin[- ]?code|pin|passcode|pass code|lösenkod(?:en)?|kod(?:en)?)\b",
    re.I,
)
# What may sit between a label and its value: "Mötets PIN-kod är: 1234", "ID 612345678".
_LEAD = re.compile(r"[\s:=]*(?:(?:är|is|blir)\b[\s:]*)?", re.I)
# Three-digit groups ("649 206 560") or a run of digits, never part of a longer number, a
# phone number's next group, a date (2024-05-14) or a time (10.30, 10:30).
_DIGITS = re.compile(r"([0-9]{3}(?: [0-9]{3}){1,4}|[0-9]+)(?![0-9]| [0-9]|[-/:.,][0-9])")
_THEN_DIGITS = re.compile(
    r"\b(?:then|sedan|därefter)\s+(?:(?:enter|dial|ange|slå)\s+)?([0-9]{4,15})\s*#",
    re.I,
)
_PHONE_PROMPT = re.compile(r"\b(?:telephone|phone|telefon)\b", re.I)
# Pexip's shipped template leaves the site's number as a placeholder: "[Your number], then …".
_NUMBER_PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")
# Where a signature begins: an address after it is a person's.
_SIGN_OFF = re.compile(r"\b(?:hälsningar|hälsning|mvh|regards|sincerely)\b", re.I)
# A line that is one address and nothing else ("meet.alice@vmr.example.org", maybe "sip:…").
_BARE_ADDRESS_LINE = re.compile(r"(?:sips?:|h323:|pexip://)?\s*" + _ADDRESS.pattern + r"\s*", re.I)
_BARE_LABEL_REST = re.compile(r"[\s:=]*(?:(?:är|is)\b)?[\s:]*$", re.I)


def _is_digits(value: str) -> bool:
    return value.isascii() and value.isdigit()


def _address_in(text: str) -> str | None:
    match = _ADDRESS.search(text)
    return match.group(1) if match else None


def _labelled_address(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        if _EMAIL_WORD.search(line):
            continue  # "E-postadress: …" is a person, not a room
        for label in _ADDRESS_LABEL.finditer(line):
            rest = line[label.end() :]
            found = _address_in(rest)
            if found:
                return found
            if line.endswith(":") or _BARE_LABEL_REST.fullmatch(rest):
                # The value sits on the line after its label.
                following = lines[index + 1] if index + 1 < len(lines) else ""
                found = None if _EMAIL_WORD.search(following) else _address_in(following)
                if found:
                    return found
    return None


def _bare_address(lines: list[str]) -> str | None:
    """An address alone on its line with no label, as some templates put the room's alias.

    Only a fallback, never next to an e-mail label and never after a sign-off ("Vänliga
    hälsningar"): a signature's address on its own line would otherwise become the room.
    """
    for index, line in enumerate(lines):
        if _SIGN_OFF.search(line):
            return None
        match = _BARE_ADDRESS_LINE.fullmatch(line)
        previous = lines[index - 1] if index else ""
        if match and not _EMAIL_WORD.search(previous):
            return match.group(1)
    return None


def _digits_after(text: str, low: int, high: int) -> str | None:
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    match = _DIGITS.match(text, start)
    if match is None:
        return None
    value = match.group(1).replace(" ", "")
    return value if low <= len(value) <= high else None


def _labelled_digits(
    lines: list[str], label_re: re.Pattern[str], low: int, high: int
) -> str | None:
    for index, line in enumerate(lines):
        for label in label_re.finditer(line):
            rest = line[label.end() :]
            value = _digits_after(rest, low, high)
            if value:
                return value
            if _BARE_LABEL_REST.fullmatch(rest) and index + 1 < len(lines):
                following = lines[index + 1].rstrip("#").strip()
                value = _digits_after(following, low, high)
                # The whole next line must be the value, so no phone number or date slips in.
                if value and following.replace(" ", "") == value:
                    return value
    return None


def _phone_prompt_call_id(lines: list[str]) -> str | None:
    """Pexip's '+46 10 000 00 00, then 1234567 #': the number keyed in after dialling."""
    for index, line in enumerate(lines):
        match = _THEN_DIGITS.search(line)
        previous = lines[index - 1] if index else ""
        # Only after a dialled number (or the template's placeholder for it) on the same line:
        # otherwise the digits are not a call ID.
        if match is None:
            continue
        before = line[: match.start()]
        if not (any(ch.isdigit() for ch in before) or _NUMBER_PLACEHOLDER.search(before)):
            continue
        if _PHONE_PROMPT.search(line) or _PHONE_PROMPT.search(previous) or "+" in line:
            return match.group(1)
    return None


# -- the parser ---------


def parse_invitation(text: str) -> JoinInfo:
    """Video address, call ID, passcode and web link from a pasted invitation (text or HTML).

    Raises InvitationParseError only when neither a video address nor a call ID is found. Digits
    are taken only after a label, from a meeting link, or as the number keyed in after a phone
    prompt: never a phone number, date or time on its own.
    """
    lines = _lines(text)
    links = [url for url in _urls(lines) if _is_meeting_link(url)]
    link_values = [_link_values(url) for url in links]

    address = _labelled_address(lines)
    if address is None:
        scheme = next((m for line in lines if (m := _SCHEME_ADDRESS.search(line))), None)
        address = scheme.group(1) if scheme else None
    if address is None:
        address = next((a for a, _ in link_values if a), None)
    if address is None:
        address = _bare_address(lines)

    call_id = _labelled_digits(lines, _CALL_ID_LABEL, 4, 15)
    if call_id is None:
        call_id = next((c for _, c in link_values if c), None)
    if call_id is None:
        call_id = _phone_prompt_call_id(lines)

    if address is None and call_id is None:
        raise InvitationParseError(
            InvitationProblem.NO_ADDRESS_OR_CALL_ID, missing=("video_address", "call_id")
        )
    return JoinInfo(
        video_address=address,
        call_id=call_id,
        passcode=_labelled_digits(lines, _PASSCODE_LABEL, 3, 20),
        web_link=links[0] if links else None,
    )
