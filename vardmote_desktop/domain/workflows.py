"""What each meeting type's routine says: its roles, its modes and what the wizard asks."""

from __future__ import annotations

from dataclasses import dataclass

from vardmote_desktop.domain.types import MeetingMode, MeetingType


@dataclass(frozen=True)
class Role:
    """One duty in a meeting type's routine and who usually holds it (in Swedish, for display)."""

    code: str  # "requester", "inviter", "rigger", "starter", "onsite_helper", "room_creator"
    usual_holder: str  # e.g. "kommunens personal", "utskrivningssamordnaren"
    is_ours: bool  # held by the person using the app, so the wizard pre-fills their name


@dataclass(frozen=True)
class Workflow:
    meeting_type: MeetingType
    roles: tuple[Role, ...]
    modes: tuple[MeetingMode, ...]  # video modes offered when video suits the patient
    asks_request: bool  # municipality request via Lifecare SP and its reference
    summons_word: str  # what the invitation is called in the routine


_ONE_MODE = (MeetingMode.DIGITAL,)
_SIP_MODES = (MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL)

WORKFLOWS: dict[MeetingType, Workflow] = {
    MeetingType.DISCHARGE_PLANNING: Workflow(
        MeetingType.DISCHARGE_PLANNING,
        (
            Role("requester", "kommunens personal (meddelande i Lifecare SP)", False),
            Role("inviter", "utskrivningssamordnaren", True),
            Role("rigger", "utskrivningssamordnaren", True),
            Role("starter", "utskrivningssamordnaren", True),
        ),
        _ONE_MODE,
        asks_request=True,
        summons_word="inbjudan",
    ),
    MeetingType.SIP_INPATIENT: Workflow(
        MeetingType.SIP_INPATIENT,
        (
            Role("inviter", "vårdsamordnaren (SIP-kallelse i Lifecare SP)", True),
            Role("rigger", "utskrivningssamordnaren", False),
            Role("starter", "utskrivningssamordnaren", False),
        ),
        _SIP_MODES,
        asks_request=True,
        summons_word="SIP-kallelse",
    ),
    MeetingType.SIP_OUTPATIENT: Workflow(
        MeetingType.SIP_OUTPATIENT,
        (
            Role("inviter", "samordningsansvarig (SIP-kallelse i Lifecare SP)", True),
            Role("starter", "samordningsansvarig", True),
            Role("onsite_helper", "någon som kan hjälpa patienten på plats", False),
        ),
        _SIP_MODES,
        asks_request=True,
        summons_word="SIP-kallelse",
    ),
    MeetingType.OTHER: Workflow(
        MeetingType.OTHER,
        (
            Role(
                "requester", "region eller kommun (överenskommet per telefon eller e-post)", False
            ),
            Role("inviter", "utsedd medarbetare", True),
            Role("starter", "den som kallat", True),
        ),
        _ONE_MODE,
        asks_request=False,
        summons_word="inbjudan",
    ),
    MeetingType.DISTANCE: Workflow(
        MeetingType.DISTANCE,
        (
            Role("room_creator", "landstingets medarbetare", True),
            Role("inviter", "landstingets medarbetare (videoadress och samtals-ID)", True),
            Role("starter", "landstingets medarbetare", True),
        ),
        _ONE_MODE,
        asks_request=False,
        summons_word="mötesinformation",
    ),
}


def workflow(meeting_type: MeetingType) -> Workflow:
    return WORKFLOWS[meeting_type]


def invites_by_video(mode: MeetingMode, joins_by_video: bool) -> bool:
    """In a partly digital meeting only those joining by video get the video invitation."""
    if mode is MeetingMode.DIGITAL:
        return True
    if mode is MeetingMode.PARTLY_DIGITAL:
        return joins_by_video
    return False
