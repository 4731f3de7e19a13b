"""Reading Cisco Meeting Server XML answers: coSpaces, coSpace lists and failureDetails."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from vardmote_desktop.platforms.base import PlatformInvalidAnswer


@dataclass(frozen=True)
class CoSpace:
    """The fields of a coSpace this app uses; None where the server left the element out."""

    id: str
    name: str | None
    uri: str | None
    call_id: str | None
    passcode: str | None
    secret: str | None
    cdr_tag: str | None


@dataclass(frozen=True)
class Failure:
    """A CMS reason code (the first child's tag in failureDetails) and its attributes."""

    code: str
    attributes: dict[str, str]


def _root(body: bytes) -> ET.Element:
    # The server never sends a DTD; refusing one keeps entity-expansion tricks out entirely.
    if b"<!DOCTYPE" in body[:1024].upper() or b"<!ENTITY" in body.upper():
        raise PlatformInvalidAnswer("XML with a DTD refused")
    try:
        return ET.fromstring(body)
    except ET.ParseError as exc:
        raise PlatformInvalidAnswer(f"unreadable XML from the server: {exc}") from exc


def _text(element: ET.Element, tag: str) -> str | None:
    child = element.find(tag)
    if child is None:
        return None
    # An element present but empty means "set to nothing": same as absent for our purposes.
    text = (child.text or "").strip()
    return text or None


def _cospace(element: ET.Element) -> CoSpace:
    space_id = element.get("id")
    if not space_id:
        raise PlatformInvalidAnswer("coSpace without an id")
    return CoSpace(
        id=space_id,
        name=_text(element, "name"),
        uri=_text(element, "uri"),
        call_id=_text(element, "callId"),
        passcode=_text(element, "passcode"),
        secret=_text(element, "secret"),
        cdr_tag=_text(element, "cdrTag"),
    )


def parse_cospace(body: bytes) -> CoSpace:
    """One `<coSpace id="…">` answer."""
    root = _root(body)
    if root.tag != "coSpace":
        raise PlatformInvalidAnswer(f"expected <coSpace>, got <{root.tag}>")
    return _cospace(root)


def parse_cospace_list(body: bytes) -> tuple[int, list[CoSpace]]:
    """A `<coSpaces total="N">` page: the total and this page's entries."""
    root = _root(body)
    if root.tag != "coSpaces":
        raise PlatformInvalidAnswer(f"expected <coSpaces>, got <{root.tag}>")
    try:
        total = int(root.get("total", ""))
    except ValueError as exc:
        raise PlatformInvalidAnswer("coSpaces list without a total") from exc
    return total, [_cospace(child) for child in root.findall("coSpace")]


def parse_failure(body: bytes) -> Failure | None:
    """The reason in `<failureDetails><code …/></failureDetails>`, or None if there is none."""
    if not body.strip():
        return None
    try:
        root = _root(body)
    except PlatformInvalidAnswer:
        # 5xx bodies can be HTML from a proxy; the status code alone then has to do.
        return None
    if root.tag != "failureDetails":
        return None
    first = next(iter(root), None)
    if first is None:
        return None
    return Failure(code=first.tag, attributes=dict(first.attrib))


def uri_in_use(body: bytes) -> bool:
    """uriUsageQuery: any child element inside `<uriUsageQuery>` means the URI is taken."""
    root = _root(body)
    if root.tag != "uriUsageQuery":
        raise PlatformInvalidAnswer(f"expected <uriUsageQuery>, got <{root.tag}>")
    return len(root) > 0


@dataclass(frozen=True)
class EntryDetail:
    """`GET coSpaces/<id>/meetingEntryDetail` (CMS 2.1+): how the server itself says to join.

    uri is the full address, domain included, as callers dial it; None where left out.
    """

    uri: str | None
    call_id: str | None


def parse_entry_detail(body: bytes) -> EntryDetail:
    root = _root(body)
    if root.tag != "meetingEntryDetail":
        raise PlatformInvalidAnswer(f"expected <meetingEntryDetail>, got <{root.tag}>")
    return EntryDetail(uri=_text(root, "uri"), call_id=_text(root, "callId"))
