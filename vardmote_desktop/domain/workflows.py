"""What each meeting type's routine says: its roles, its modes and the wizard's steps.

The steps, their order and the conditions under which a step is shown are plain data here, free
of Qt: the wizard in `ui/wizards/` only renders the step it is told to and hands back the
answers (the shape of Electrum's wizard). A test can name every step of every wizard from this
one file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum

from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind

VIDEO_MODES = (MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL)


class Step(IntEnum):
    """One step of a meeting wizard.

    The numbers are the Qt page ids and are stored in drafts (`DraftInfo.page`): never renumber.
    """

    SUITABILITY = 0  # does video suit this patient? (asked first, as the routines require)
    DETAILS = 1  # when, which mode, the reference and who holds each role
    PARTICIPANTS = 2  # everyone who takes part, relatives too
    ROOM = 3  # ours (a reserved, never-reused name) or the municipality's
    CHANNELS = 4  # a secure channel per recipient, and whether it is sent
    SUMMARY = 5  # what will be stored; Färdig books the meeting


class When(Enum):
    """The condition under which a step is shown."""

    ALWAYS = "always"
    BY_VIDEO = "by_video"  # video suits the patient and a video mode was chosen
    # Not by video. A step with nothing to decide gets no page of its own where another page
    # can carry it: by video the summary's lines close the channels page, which then books.
    WITHOUT_VIDEO = "without_video"


@dataclass(frozen=True)
class StepRule:
    step: Step
    when: When = When.ALWAYS


@dataclass(frozen=True)
class Answers:
    """What the step conditions look at: the answers given so far."""

    suitability_ok: bool
    mode: MeetingMode

    @property
    def by_video(self) -> bool:
        return self.suitability_ok and self.mode in VIDEO_MODES

    def holds(self, when: When) -> bool:
        if when is When.WITHOUT_VIDEO:
            return not self.by_video
        return when is When.ALWAYS or (when is When.BY_VIDEO and self.by_video)


@dataclass(frozen=True)
class Role:
    """One duty in a meeting type's routine and who usually holds it (in Swedish, for display)."""

    code: str  # "requester", "inviter", "rigger", "starter", "onsite_helper", "room_creator"
    # e.g. "kommunens personal", "utskrivningssamordnaren"; {system} stands for the profile's
    # messaging system (Lifecare SP, Cosmic), filled in where it is shown
    usual_holder: str
    is_ours: bool  # held by the person using the app, so the wizard pre-fills their name


@dataclass(frozen=True)
class Workflow:
    meeting_type: MeetingType
    roles: tuple[Role, ...]
    modes: tuple[MeetingMode, ...]  # video modes offered when video suits the patient
    asks_request: bool  # municipality request via the messaging system and its reference
    summons_word: str  # what the invitation is called in the routine
    steps: tuple[StepRule, ...]  # the wizard's steps in the routine's order

    def asks_mode(self, suitability_ok: bool) -> bool:
        """The details step asks for the mode only when video suits and there is a choice."""
        return suitability_ok and len(self.modes) > 1

    def steps_for(self, answers: Answers) -> tuple[Step, ...]:
        """The steps these answers lead through, in order."""
        return tuple(rule.step for rule in self.steps if answers.holds(rule.when))

    def step_after(self, current: Step, answers: Answers) -> Step | None:
        """The next step, or None after the last one."""
        order = self.steps_for(answers)
        index = order.index(current) + 1 if current in order else len(order)
        return order[index] if index < len(order) else None


_ONE_MODE = (MeetingMode.DIGITAL,)
_SIP_MODES = VIDEO_MODES

# Every routine asks the same steps today; a meeting unsuitable for video (physical or phone)
# is logged without a room, so it skips the room and the channels and ends at the summary. By
# video the summary decides nothing: it is merged into the channels page, the last one.
_ROUTINE_STEPS = (
    StepRule(Step.SUITABILITY),
    StepRule(Step.DETAILS),
    StepRule(Step.PARTICIPANTS),
    StepRule(Step.ROOM, When.BY_VIDEO),
    StepRule(Step.CHANNELS, When.BY_VIDEO),
    StepRule(Step.SUMMARY, When.WITHOUT_VIDEO),
)

WORKFLOWS: dict[MeetingType, Workflow] = {
    MeetingType.DISCHARGE_PLANNING: Workflow(
        MeetingType.DISCHARGE_PLANNING,
        (
            Role("requester", "kommunens personal (meddelande i {system})", False),
            Role("inviter", "utskrivningssamordnaren", True),
            Role("rigger", "utskrivningssamordnaren", True),
            Role("starter", "utskrivningssamordnaren", True),
        ),
        _ONE_MODE,
        asks_request=True,
        summons_word="inbjudan",
        steps=_ROUTINE_STEPS,
    ),
    MeetingType.SIP_INPATIENT: Workflow(
        MeetingType.SIP_INPATIENT,
        (
            Role("inviter", "vårdsamordnaren (SIP-kallelse i {system})", True),
            Role("rigger", "utskrivningssamordnaren", False),
            Role("starter", "utskrivningssamordnaren", False),
        ),
        _SIP_MODES,
        asks_request=True,
        summons_word="SIP-kallelse",
        steps=_ROUTINE_STEPS,
    ),
    MeetingType.SIP_OUTPATIENT: Workflow(
        MeetingType.SIP_OUTPATIENT,
        (
            Role("inviter", "samordningsansvarig (SIP-kallelse i {system})", True),
            Role("starter", "samordningsansvarig", True),
            Role("onsite_helper", "någon som kan hjälpa patienten på plats", False),
        ),
        _SIP_MODES,
        asks_request=True,
        summons_word="SIP-kallelse",
        steps=_ROUTINE_STEPS,
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
        steps=_ROUTINE_STEPS,
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
        steps=_ROUTINE_STEPS,
    ),
}


def workflow(meeting_type: MeetingType) -> Workflow:
    return WORKFLOWS[meeting_type]


@dataclass(frozen=True)
class RoomTasks:
    """What the room step asks of the user for one kind of room."""

    reserve_name: bool  # a name from the unit's counter, never handed out again
    create_on_server: bool  # *Skapa mötesrum* through the platform's API (CMS, Pexip)
    paste_invitation: bool  # the invitation (or link) pasted and read


# (the municipality's room?, our platform) → the room step's tasks. The municipality's room is
# only pasted: Vårdmöte neither reserves a name for it, nor creates nor deletes it.
ROOM_TASKS: dict[tuple[bool, PlatformKind], RoomTasks] = {
    (False, PlatformKind.MANUAL): RoomTasks(True, False, True),
    (False, PlatformKind.CMS): RoomTasks(True, True, False),
    (False, PlatformKind.PEXIP): RoomTasks(True, True, False),
    **{(True, kind): RoomTasks(False, False, True) for kind in PlatformKind},
}


def room_tasks(external: bool, platform: PlatformKind) -> RoomTasks:
    # A site file naming no server platform works by hand (as PlatformService.kind does).
    return ROOM_TASKS.get((external, platform), ROOM_TASKS[(external, PlatformKind.MANUAL)])


def invites_by_video(mode: MeetingMode, joins_by_video: bool) -> bool:
    """In a partly digital meeting only those joining by video get the video invitation."""
    if mode is MeetingMode.DIGITAL:
        return True
    if mode is MeetingMode.PARTLY_DIGITAL:
        return joins_by_video
    return False
