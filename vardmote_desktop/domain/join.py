"""How to join a room (*anslutningsuppgifter*): one value from the pasted invitation to the screen.

The parser and the platform clients make it, the plan, the draft, the room row (a composite of
its four columns) and the detail pane carry it unchanged. The phone dial-in line is not part of
it: that comes from the site profile, not from the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from vardmote_desktop.domain.naming import address_user_part


@dataclass(frozen=True)
class JoinInfo:
    """Video address, call ID, passcode and web link of one room; None where it has none."""

    video_address: str | None = None  # user@domain, no "sip:" prefix
    call_id: str | None = None  # digits, kept as text: leading zeros matter
    passcode: str | None = None  # CMS passcode, Pexip PIN
    web_link: str | None = None

    @classmethod
    def empty(cls) -> JoinInfo:
        return cls()

    def has_any(self) -> bool:
        """Whether anyone could join with this: an address, a call ID or a link."""
        return bool(self.video_address or self.call_id or self.web_link)

    def uri_user_part(self) -> str | None:
        """The address's user part as a server stores it ('hc.torsas.8.k3f9x'), if any."""
        return address_user_part(self.video_address) if self.video_address else None
