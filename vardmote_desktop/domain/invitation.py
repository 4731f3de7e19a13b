"""Outgoing text (*inbjudan*, Messenger messages): join details only, privacy-guarded."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from vardmote_desktop.domain.channels import MESSENGER_CATEGORY
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.privacy import find_identity_numbers


class OutgoingTextRefused(ValueError):
    """Outgoing text holds something shaped like a personal identity number.

    The message and attributes carry only how many were found, never the numbers: the exception
    may end up in a log or a crash report.
    """

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(f"outgoing text refused: it contains {count} personal identity number(s)")


class TemplateError(ValueError):
    """The invitation template names a placeholder that InvitationDetails does not have."""


@dataclass(frozen=True)
class InvitationDetails:
    """Everything an invitation may say, and nothing else: no names, nothing about the patient."""

    date: date
    time: time
    join: JoinInfo
    dial_in_number: str | None = None
    call_id_label: str = "samtals-ID"  # the profile's word; Pexip regions say "mötes-ID"

    def values(self) -> dict[str, str | None]:
        """Placeholder name → text; None (or empty) means the value is missing."""
        label = self.call_id_label.strip()
        join = self.join
        return {
            "date": self.date.isoformat(),  # 2026-12-03, as the glossary writes dates
            "time": self.time.strftime("%H:%M"),
            "video_address": (join.video_address or "").strip() or None,
            "call_id": (join.call_id or "").strip() or None,
            "passcode": (join.passcode or "").strip() or None,
            "web_link": (join.web_link or "").strip() or None,
            "dial_in_number": (self.dial_in_number or "").strip() or None,
            "call_id_label": label or None,
            # For a label opening a line: "Samtals-ID: 612345678".
            "call_id_heading": (label[:1].upper() + label[1:]) or None,
        }


# The default Swedish invitation, used when a site ships no template of its own.
DEFAULT_TEMPLATE_SV = """\
Inbjudan till videomöte

Datum: {date}
Tid: {time}

Videoadress: {video_address}
{call_id_heading}: {call_id}
PIN-kod: {passcode}
Webblänk: {web_link}

Endast ljud via telefon: ring {dial_in_number} och ange {call_id_label} {call_id}.
"""

# Kalmar: "Du behöver endast skicka videoadress och samtals-ID", plus when, and the routine's
# request that the recipient confirms.
MESSENGER_BODY_TEMPLATE_SV = """\
Distansmöte {date} kl. {time}

Videoadress: {video_address}
{call_id_heading}: {call_id}

Skicka en bekräftelse tillbaka när informationen är noterad.
"""

# Both placeholder styles, so a site's template may use str.format ({name}) or string.Template
# ($name, ${name}); '{{', '}}' and '$$' stand for literal characters as in those two.
_TOKEN = re.compile(
    r"(?P<escape>\{\{|\}\}|\$\$)"
    r"|\{(?P<brace>[A-Za-z_]\w*)\}"
    r"|\$\{(?P<dollar_brace>[A-Za-z_]\w*)\}"
    r"|\$(?P<dollar>[A-Za-z_]\w*)"
)


def _render_line(line: str, values: dict[str, str | None]) -> str | None:
    """The line with its placeholders filled, or None when one of their values is missing."""
    missing = False

    def substitute(match: re.Match[str]) -> str:
        nonlocal missing
        if escape := match.group("escape"):
            return escape[0]
        name = match.group("brace") or match.group("dollar_brace") or match.group("dollar")
        if name not in values:
            raise TemplateError(f"unknown placeholder {name!r} in the invitation template")
        value = values[name]
        if value is None:
            missing = True
            return ""
        return value

    rendered = _TOKEN.sub(substitute, line)
    return None if missing else rendered


def _tidy(lines: list[str]) -> list[str]:
    # Dropped lines must not leave gaps: no blank runs, no blank lines at either end.
    tidy: list[str] = []
    for line in lines:
        if not line.strip() and (not tidy or not tidy[-1].strip()):
            continue
        tidy.append(line.rstrip())
    while tidy and not tidy[-1].strip():
        tidy.pop()
    return tidy


def meeting_data(details: InvitationDetails) -> tuple[str, ...]:
    """The room's own numbers, for the guard's `known`: call ID, numeric alias, dial-in number.

    A call ID is random digits; about 0.7 % of 10-digit ones read as a personnummer, and such a
    room must still get its invitation. The passcode is left out on purpose: it is short on
    every platform, and a long one could be a number typed into the wrong field.
    """
    join = details.join
    alias = (join.video_address or "").strip().partition("@")[0].removeprefix("sip:")
    values = (join.call_id or "", alias if alias.isdigit() else "", details.dial_in_number or "")
    return tuple(v.strip() for v in values if v.strip())


def guard_outgoing(text: str, *, known: Iterable[str] = ()) -> str:
    """`text` unchanged, or OutgoingTextRefused if it holds a personal identity number.

    `known` is the room's own data (meeting_data(details)): where the text puts it as
    meeting data ("Samtals-ID: …", a link, "ange … #") it is no finding even when its digits
    read as a personnummer; the same digits elsewhere, or with a separator, still are.
    """
    found = find_identity_numbers(text, known=known)
    if found:
        raise OutgoingTextRefused(len(found))
    return text


def render_invitation(template: str, details: InvitationDetails) -> str:
    """The invitation text; a line whose value is missing is left out; guarded before return."""
    values = details.values()
    lines = [_render_line(line, values) for line in template.splitlines()]
    text = "\n".join(_tidy([line for line in lines if line is not None]))
    if text and template.endswith("\n"):
        text += "\n"
    return guard_outgoing(text, known=meeting_data(details))


def messenger_subject(details: InvitationDetails) -> str:
    """Cosmic Messenger subject: 'Distansmöte 2026-12-03 13:30'.

    The Messenger routine puts the person's address in the subject line. That is patient data,
    which this app never holds, so the subject is a neutral line the user completes in Cosmic.
    """
    values = details.values()
    return guard_outgoing(f"{MESSENGER_CATEGORY} {values['date']} {values['time']}")


def messenger_body(details: InvitationDetails, template: str = MESSENGER_BODY_TEMPLATE_SV) -> str:
    """Cosmic Messenger / Link message: when, the video address and the call ID, nothing else."""
    return render_invitation(template, details)
