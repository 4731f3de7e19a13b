"""*Regionprofil*: a site's policy (which video tool, which channels, what e-mail may carry)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from vardmote_desktop.domain.profile_types import Channel, MeetingType, PlatformKind
from vardmote_desktop.domain.records import frozen_dataclass


@frozen_dataclass  # @dataclass(frozen=True) without its compiled methods: read before the paint
class SiteProfile:
    """One region's routine as data; the two built-in ones live in resources/profiles/."""

    key: str  # "kalmar", "region_pexip"
    name: str  # shown to the user, e.g. "Landstinget i Kalmar län"
    video_tool: str  # the vendor app the staff know: "Cisco Meeting", "Pexip"
    server_platform: PlatformKind  # the server API the site's video tool has (cms or pexip)
    call_id_label: str  # "samtals-ID" (Kalmar) or "mötes-ID" (Pexip regions)
    dial_in_number: str | None  # "0480 44 55 11": phone callers key in the call ID
    video_domain: str  # the domain of our rooms' video addresses, e.g. "ltkalmar.se"
    channels: tuple[Channel, ...]  # channels the site allows at all
    messaging_system: str  # where messages about the patient go: "Cosmic", "Lifecare SP"
    email_bare_invitation: bool  # may the video tool's invitation e-mail carry the bare invitation
    external_tools: tuple[
        str, ...
    ] = ()  # municipalities' own tools: "Sefos", "Inera Digitalt Möte"
    meeting_types: tuple[MeetingType, ...] = tuple(MeetingType)  # listed first in Nytt möte
    invitation_template: str = "invitation_sv.txt"
    unconfirmed_warning_hours: int = 24  # flag a recipient unconfirmed this close to the meeting
    retention_months: int = 12
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def messaging_code(self) -> str:
        """The stored code of the messaging system a request came through ("cosmic",
        "lifecare_sp"): the site's own system, never another region's word in its data."""
        return "_".join(self.messaging_system.lower().split())

    def allows(self, channel: Channel) -> bool:
        """Whether the site's routine lets anything go through this channel."""
        return channel in self.channels


def site_whole_number(values: Mapping[str, str], key: str) -> int | None:
    """A site-tunable margin from a profile's `extra` values; None when the site left it out.

    A value that is not a whole number of at least one is an error: a typo must not shrink a
    safety margin (Städa rum's and the automatic deletion's waits are read through this).
    """
    text = values.get(key)
    if text is None:
        return None
    try:
        number = int(str(text).strip())
    except ValueError:
        raise ValueError(f"{key} must be a whole number, not {text!r}") from None
    if number < 1:
        raise ValueError(f"{key} must be at least 1, not {number}")
    return number
