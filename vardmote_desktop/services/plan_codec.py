"""A MeetingPlan to and from plain JSON, so a half-finished wizard survives a crash."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingType,
    OrganisationKind,
    PlatformKind,
)
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan, RoomPlan

# Before JoinInfo a draft's room held these four keys itself, beside name and number.
_JOIN_KEYS = tuple(f.name for f in fields(JoinInfo))


def join_to_dict(join: JoinInfo) -> dict[str, str | None]:
    return asdict(join)


def join_from_dict(data: dict[str, Any]) -> JoinInfo:
    """A JoinInfo from its dict (or from an old draft's room, which held the keys loose)."""
    return JoinInfo(**{key: data.get(key) for key in _JOIN_KEYS})


def plan_to_dict(plan: MeetingPlan) -> dict[str, Any]:
    data = asdict(plan)
    if plan.room is not None:
        data["room"]["join"] = join_to_dict(plan.room.join)
    data["starts_at"] = plan.starts_at.isoformat()
    return data  # StrEnum values serialise as their strings


def room_from_dict(data: dict[str, Any]) -> RoomPlan:
    """A RoomPlan from a draft, whether it has a "join" or (older drafts) the loose keys."""
    rest = {k: v for k, v in data.items() if k != "join" and k not in _JOIN_KEYS}
    join_data = data.get("join")
    join = join_from_dict(join_data if isinstance(join_data, dict) else data)
    return RoomPlan(**{**rest, "platform": PlatformKind(data["platform"]), "join": join})


def plan_from_dict(data: dict[str, Any]) -> MeetingPlan:
    """The plan back; a draft from an older version with unknown keys keeps what it can."""
    room_data = data.get("room")
    room = room_from_dict(room_data) if room_data else None
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
