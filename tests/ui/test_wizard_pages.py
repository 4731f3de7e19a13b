"""Each wizard page on its own: it needs the WizardState it edits and the services it calls,
never the wizard, so a page runs here with small fakes and no database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.helpers.person import click
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.naming import RoomAddress
from vardmote_desktop.domain.types import (
    Channel,
    InvitationProblem,
    MeetingMode,
    MeetingType,
    PlatformKind,
)
from vardmote_desktop.domain.workflows import Step, workflow
from vardmote_desktop.services.dto import MeetingPlan, OutgoingText, ReservedName, RoomPlan
from vardmote_desktop.services.errors import InvitationUnreadable
from vardmote_desktop.services.room_addresses import AddressReuse
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage
from vardmote_desktop.ui.wizards.state import WizardState


def state_for(meeting_type: MeetingType) -> WizardState:
    routine = workflow(meeting_type)
    plan = MeetingPlan(
        meeting_type=meeting_type,
        mode=routine.modes[0],
        starts_at=datetime.now().astimezone() + timedelta(days=1),
    )
    return WizardState(plan, routine, load_profiles()["kalmar"], "Koordinator")


class FakeRooms:
    platform = PlatformKind.MANUAL
    video_domain = "video.example.se"

    def manual_address(self, reserved: ReservedName) -> RoomAddress:
        return RoomAddress("hc.torsas.7.k3f9x", "612345678")

    def reused_address(self, plan: RoomPlan, reserved: ReservedName | None) -> AddressReuse | None:
        return None

    def address_mismatch(self, plan: RoomPlan, reserved: ReservedName | None) -> RoomAddress | None:
        return None

    def reserve_name(self) -> ReservedName:
        return ReservedName(7, "HC Torsås 7")

    def read_invitation(
        self, text: str, reserved: ReservedName | None = None, *, external: bool = False
    ) -> RoomPlan:
        # Like RoomService: our room comes back under the reserved name.
        named = reserved if not external else None
        return RoomPlan(
            PlatformKind.EXTERNAL if external else PlatformKind.MANUAL,
            named.name if named else None,
            named.number if named else None,
            join=JoinInfo(video_address=text.strip(), call_id="612345678"),
        )

    def create_room(self, reserved: ReservedName, ends_at: datetime | None = None) -> RoomPlan:
        raise AssertionError("a manual platform never creates rooms")

    def cancel_server_calls(self) -> None:
        raise AssertionError("a manual platform has no server call to cancel")


def run_at_once(
    fn: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None] | None = None,
) -> Any:
    done(fn())


class FakeInvitations:
    def outgoing(
        self, channel: Channel | None, room: RoomPlan, starts_at: datetime
    ) -> OutgoingText:
        return OutgoingText(body=f"Videoadress: {room.join.video_address}")


def test_suitability_page_writes_its_answers_into_the_state(qtbot: QtBot) -> None:
    state = state_for(MeetingType.SIP_OUTPATIENT)
    page = SuitabilityPage(state)
    qtbot.addWidget(page)
    click(qtbot, page.phone)
    click(qtbot, page.security)
    assert page.isComplete() and page.validatePage()
    assert not state.plan.suitability_ok and state.plan.mode is MeetingMode.PHONE
    # The routine's data, read through the state: no room and no channels by phone.
    assert state.step_after(Step.PARTICIPANTS) is Step.SUMMARY


def test_room_page_reserves_and_reads_through_the_rooms_it_is_given(qtbot: QtBot) -> None:
    state = state_for(MeetingType.DISTANCE)
    page = RoomPage(state, FakeRooms(), run_at_once)
    qtbot.addWidget(page)
    page.initializePage()
    assert page.room_name.value() == "HC Torsås 7"
    # A room made by hand: the page says which address and call ID to give it.
    assert page.manual_hint.video_address.value() == "hc.torsas.7.k3f9x@video.example.se"
    assert page.manual_hint.call_id.value() == "612345678"
    page.invitation.setPlainText("hc.torsas.7@video.example.se")
    assert state.plan.room is not None
    assert state.plan.room.name == "HC Torsås 7" and state.plan.room.join.call_id == "612345678"
    assert page.isComplete()


class UnreadableRooms(FakeRooms):
    def read_invitation(
        self, text: str, reserved: ReservedName | None = None, *, external: bool = False
    ) -> RoomPlan:
        raise InvitationUnreadable(InvitationProblem.NO_ADDRESS_OR_CALL_ID)


def test_room_page_says_in_swedish_why_an_invitation_is_unreadable(qtbot: QtBot) -> None:
    page = RoomPage(state_for(MeetingType.DISTANCE), UnreadableRooms(), run_at_once)
    qtbot.addWidget(page)
    page.initializePage()
    page.invitation.setPlainText("Anslutningsinformation skickas senare.")
    assert page.read_error.text() == "Hittade varken videoadress eller samtals-ID i inbjudan."
    assert not page.isComplete()


class RecordingRooms(FakeRooms):
    """FakeRooms that remembers what the page asked for and what it was given."""

    def __init__(self) -> None:
        self.asked: list[tuple[ReservedName | None, bool]] = []
        self.given: list[RoomPlan] = []

    def read_invitation(
        self, text: str, reserved: ReservedName | None = None, *, external: bool = False
    ) -> RoomPlan:
        self.asked.append((reserved, external))
        self.given.append(super().read_invitation(text, reserved, external=external))
        return self.given[-1]


def test_room_page_keeps_the_plan_the_service_named(qtbot: QtBot) -> None:
    state = state_for(MeetingType.DISTANCE)
    rooms = RecordingRooms()
    page = RoomPage(state, rooms, run_at_once)
    qtbot.addWidget(page)
    page.initializePage()
    page.invitation.setPlainText("hc.torsas.7@video.example.se")
    reserved = ReservedName(7, "HC Torsås 7")
    assert rooms.asked[-1] == (reserved, False)
    # Stored as the service returned it: the page patches no name or number into it.
    assert state.plan.room is rooms.given[-1]
    assert (state.plan.room.name, state.plan.room.number) == ("HC Torsås 7", 7)
    assert page.join.video_address.value() == "hc.torsas.7@video.example.se"
    assert page.join.call_id.value() == "612345678"
    assert page.join.dial_in.value().endswith("612345678")

    page.external.setChecked(True)  # the municipality's room: read again, never named by us
    assert rooms.asked[-1] == (reserved, True)
    assert state.plan.room is rooms.given[-1] and state.plan.room.name is None


def test_channels_page_copies_what_the_invitations_service_writes(qtbot: QtBot) -> None:
    state = state_for(MeetingType.DISTANCE)
    state.plan.room = RoomPlan(
        PlatformKind.MANUAL, join=JoinInfo(video_address="hc.torsas.7@video.example.se")
    )
    page = ChannelsPage(state, FakeInvitations())
    qtbot.addWidget(page)
    page.initializePage()
    click(qtbot, page.copy_all)
    assert QGuiApplication.clipboard().text() == "Videoadress: hc.torsas.7@video.example.se"


def test_an_invitation_pasted_before_the_name_is_reserved_gets_the_name(qtbot: QtBot) -> None:
    state = state_for(MeetingType.DISTANCE)
    rooms = RecordingRooms()
    waiting: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run_later(
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Any:
        waiting.append((fn, done))

    page = RoomPage(state, rooms, run_later)
    qtbot.addWidget(page)
    page.initializePage()  # the reservation is still on its way
    page.invitation.setPlainText("hc.torsas.7@video.example.se")
    assert state.plan.room is not None and state.plan.room.name is None
    assert not page.isComplete()
    while waiting:
        fn, done = waiting.pop(0)
        done(fn())
    assert state.plan.room is not None and state.plan.room.name == "HC Torsås 7"
    assert state.plan.room.number == 7 and page.isComplete()
