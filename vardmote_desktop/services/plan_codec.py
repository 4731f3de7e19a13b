"""A MeetingPlan to and from plain JSON, so a half-finished wizard survives a crash."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, RoomPlan


def plan_to_dict(plan: MeetingPlan) -> dict[str, Any]:
    data = asdict(plan)
    data["starts_at"] = plan.starts_at.isoformat()
    return data  # StrEnum values serialise as their strings


def plan_from_dict(data: dict[str, Any]) -> MeetingPlan:
    """The plan back; a draft from an older version with unknown keys keeps what it can."""
    room_data = data.get("room")
    room = None
    if room_data:
        room = RoomPlan(**{**room_data, "platform": PlatformKind(room_data["platform"])})
    participants = []
    for p in data.get("participants", []):
        channel = Channel(p["channel"]) if p.get("channel") else None
        kind = OrganisationKind(p["organisation_kind"])
        participants.append(ParticipantPlan(**{**p, "organisation_kind": kind, "channel": channel}))
    return MeetingPlan(
        meeting_type=MeetingType(data["meeting_type"]),
        mode=MeetingMode(data["mode"]),
        starts_at=datetime.fromisoformat(data["starts_at"]),
        duration_minutes=int(data.get("duration_minutes", 60)),
        reference=data.get("reference"),
        requested_via=data.get("requested_via"),
        suitability_ok=bool(data.get("suitability_ok", True)),
        suitability_note=data.get("suitability_note"),
        roles=dict(data.get("roles", {})),
        participants=participants,
        room=room,
        patient_in_cosmic_link=bool(data.get("patient_in_cosmic_link", False)),
    )
