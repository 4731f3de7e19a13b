"""Outgoing texts: the invitation and what to paste per channel, through the privacy guard."""

from __future__ import annotations

from datetime import datetime

from vardmote_desktop.domain.channels import PayloadKind, channel_payload_kind
from vardmote_desktop.domain.invitation import (
    InvitationDetails,
    OutgoingTextRefused,
    guard_outgoing,
    meeting_data,
    messenger_body,
    messenger_subject,
    render_invitation,
)
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import Channel
from vardmote_desktop.services.dto import OutgoingText, RoomPlan
from vardmote_desktop.services.errors import RefusedText


class InvitationService:
    """Renders the profile's template; every text leaves only after the privacy guard."""

    def __init__(self, profile: SiteProfile, template: str) -> None:
        self._profile = profile
        self._template = template

    def details(self, room: RoomPlan, starts_at: datetime) -> InvitationDetails:
        local = starts_at.astimezone()
        return InvitationDetails(
            date=local.date(),
            time=local.time().replace(second=0, microsecond=0),
            join=room.join,
            dial_in_number=self._profile.dial_in_number,
            call_id_label=self._profile.call_id_label,
        )

    def outgoing(
        self, channel: Channel | None, room: RoomPlan, starts_at: datetime
    ) -> OutgoingText:
        """The whole invitation (channel None) or the text for one channel."""
        details = self.details(room, starts_at)
        # The room's own call ID, alias and dial-in number are meeting data, never a false alarm.
        known = meeting_data(details)
        try:
            if channel is Channel.COSMIC_MESSENGER:
                return OutgoingText(
                    body=guard_outgoing(messenger_body(details), known=known),
                    subject=guard_outgoing(messenger_subject(details), known=known),
                )
            kind = channel_payload_kind(channel, self._profile) if channel else None
            if kind is PayloadKind.JOIN_DETAILS:
                return OutgoingText(body=guard_outgoing(self._join_details(details), known=known))
            return OutgoingText(body=render_invitation(self._template, details))
        except OutgoingTextRefused as exc:
            raise RefusedText() from exc

    def _join_details(self, details: InvitationDetails) -> str:
        # Kalmar's routine: only the video address and the call ID go to the municipality.
        values = details.values()
        lines = [
            f"Distansmöte {values['date']} kl. {values['time']}",
            f"Videoadress: {values['video_address'] or ''}",
            f"{values['call_id_heading']}: {values['call_id'] or ''}",
        ]
        if details.dial_in_number and details.join.call_id:
            lines.append(
                f"Via telefon: ring {details.dial_in_number} och ange {details.call_id_label} "
                f"{details.join.call_id}."
            )
        lines.append("Bekräfta gärna när uppgifterna är noterade.")
        return "\n".join(lines)
