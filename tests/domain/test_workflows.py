"""Every wizard's steps, read from the one place they are written down: domain/workflows.py."""

from __future__ import annotations

import pytest

from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind
from vardmote_desktop.domain.workflows import (
    WORKFLOWS,
    Answers,
    RoomTasks,
    Step,
    room_tasks,
    workflow,
)

# By video the summary decides nothing: it is merged into the channels page, the last one.
ALL_STEPS = (
    Step.SUITABILITY,
    Step.DETAILS,
    Step.PARTICIPANTS,
    Step.ROOM,
    Step.CHANNELS,
)
WITHOUT_VIDEO = (Step.SUITABILITY, Step.DETAILS, Step.PARTICIPANTS, Step.SUMMARY)


def test_every_meeting_type_has_a_workflow() -> None:
    assert set(WORKFLOWS) == set(MeetingType)


def test_step_numbers_are_the_page_ids_stored_in_drafts() -> None:
    assert [int(s) for s in Step] == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("meeting_type", list(MeetingType))
@pytest.mark.parametrize("mode", [MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL])
def test_a_video_meeting_goes_through_every_step(
    meeting_type: MeetingType, mode: MeetingMode
) -> None:
    answers = Answers(suitability_ok=True, mode=mode)
    assert workflow(meeting_type).steps_for(answers) == ALL_STEPS


@pytest.mark.parametrize("meeting_type", list(MeetingType))
@pytest.mark.parametrize("mode", [MeetingMode.PHYSICAL, MeetingMode.PHONE])
def test_unsuitable_for_video_skips_room_and_channels(
    meeting_type: MeetingType, mode: MeetingMode
) -> None:
    answers = Answers(suitability_ok=False, mode=mode)
    flow = workflow(meeting_type)
    assert flow.steps_for(answers) == WITHOUT_VIDEO
    assert flow.step_after(Step.PARTICIPANTS, answers) is Step.SUMMARY


def test_step_after_walks_the_order_and_ends_after_the_channels_by_video() -> None:
    flow = workflow(MeetingType.DISTANCE)
    answers = Answers(suitability_ok=True, mode=MeetingMode.DIGITAL)
    walked = [Step.SUITABILITY]
    while (following := flow.step_after(walked[-1], answers)) is not None:
        walked.append(following)
    assert tuple(walked) == ALL_STEPS


def test_a_step_no_longer_on_the_path_leads_to_the_end() -> None:
    # The user went back and judged video unsuitable while the room page was current.
    flow = workflow(MeetingType.OTHER)
    assert flow.step_after(Step.ROOM, Answers(False, MeetingMode.PHYSICAL)) is None


@pytest.mark.parametrize(
    ("meeting_type", "modes"),
    [
        (MeetingType.DISCHARGE_PLANNING, (MeetingMode.DIGITAL,)),
        (MeetingType.SIP_INPATIENT, (MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL)),
        (MeetingType.SIP_OUTPATIENT, (MeetingMode.DIGITAL, MeetingMode.PARTLY_DIGITAL)),
        (MeetingType.OTHER, (MeetingMode.DIGITAL,)),
        (MeetingType.DISTANCE, (MeetingMode.DIGITAL,)),
    ],
)
def test_only_the_sip_routines_ask_for_the_mode(
    meeting_type: MeetingType, modes: tuple[MeetingMode, ...]
) -> None:
    flow = workflow(meeting_type)
    assert flow.modes == modes
    assert flow.asks_mode(suitability_ok=True) is (len(modes) > 1)
    assert not flow.asks_mode(suitability_ok=False)


def test_roles_the_user_holds_are_named_per_routine() -> None:
    ours = {t: [r.code for r in workflow(t).roles if r.is_ours] for t in MeetingType}
    assert ours == {
        MeetingType.DISCHARGE_PLANNING: ["inviter", "rigger", "starter"],
        MeetingType.SIP_INPATIENT: ["inviter"],
        MeetingType.SIP_OUTPATIENT: ["inviter", "starter"],
        MeetingType.OTHER: ["inviter", "starter"],
        MeetingType.DISTANCE: ["room_creator", "inviter", "starter"],
    }


@pytest.mark.parametrize("platform", list(PlatformKind))
def test_the_municipalitys_room_is_only_pasted(platform: PlatformKind) -> None:
    assert room_tasks(True, platform) == RoomTasks(
        reserve_name=False, create_on_server=False, paste_invitation=True
    )


@pytest.mark.parametrize(
    ("platform", "creates"),
    [(PlatformKind.MANUAL, False), (PlatformKind.CMS, True), (PlatformKind.PEXIP, True)],
)
def test_our_room_gets_a_reserved_name_and_is_created_or_pasted(
    platform: PlatformKind, creates: bool
) -> None:
    tasks = room_tasks(False, platform)
    assert tasks.reserve_name
    assert tasks.create_on_server is creates and tasks.paste_invitation is not creates
