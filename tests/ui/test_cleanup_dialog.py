"""*Städa rum* on the manual platform (no server, manual rooms deleted on the user's word) and on
a CMS shared with other PCs (their live rooms left alone, with the reason); a hand-made room's
reused address caught on the room page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.person import click
from vardmote_desktop.__main__ import prepare
from vardmote_desktop.app import build_context
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.room_tag import RoomTag, format_tag
from vardmote_desktop.domain.types import MeetingMode, MeetingType, PlatformKind, RoomState
from vardmote_desktop.services.context import AppContext
from vardmote_desktop.services.dto import MeetingPlan, RoomPlan
from vardmote_desktop.ui.cleanup_dialog import CleanupDialog
from vardmote_desktop.ui.wizards.meeting_wizard import ROOM, MeetingWizard
from vardmote_desktop.ui.wizards.page_room import RoomPage


@pytest.fixture
def context() -> Iterator[AppContext]:
    startup = prepare(["--profile", "kalmar", "--unit", "HC Torsås"])
    context = build_context(startup.settings, startup.profiles["kalmar"], startup.paths)
    try:
        yield context
    finally:
        context.close()


def test_manual_rooms_after_ended_meetings_need_the_users_confirmation(
    qtbot: QtBot, swedish_qt: None, context: AppContext
) -> None:
    room = RoomPlan(
        PlatformKind.MANUAL,
        "HC Torsås 5",
        5,
        join=JoinInfo(video_address="hc.torsas.5@ltkalmar.se", call_id="612345678"),
    )
    yesterday = datetime.now(UTC) - timedelta(days=1)
    plan = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, yesterday, room=room)
    meeting_id = context.meetings.book(plan)

    dialog = CleanupDialog(context.reconcile, context.rooms, context.profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)
    assert "inte kopplat till en videoserver" in dialog.status.text()
    assert not dialog.delete_orphans_button.isEnabled()
    assert dialog.ended_label.text() == "1 rum: HC Torsås 5"
    assert dialog.manual_confirm.isVisible()
    assert dialog.manual_confirm.text() == "Jag har tagit bort de manuella rummen i Cisco Meeting"

    click(qtbot, dialog.delete_ended_button)
    qtbot.waitUntil(lambda: "Väntar på din bekräftelse" in dialog.status.text(), timeout=10_000)
    detail = context.meetings.detail(meeting_id)
    assert detail.room is not None and detail.room.state is RoomState.ACTIVE

    qtbot.waitUntil(lambda: dialog.delete_ended_button.isEnabled(), timeout=10_000)
    click(qtbot, dialog.manual_confirm)
    click(qtbot, dialog.delete_ended_button)
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)
    assert dialog.status.text().startswith("1 rum togs bort.\n")  # then the new scan's finding
    detail = context.meetings.detail(meeting_id)
    assert detail.room is not None and detail.room.state is RoomState.DELETED
    assert detail.events[-1].details == {"room": "HC Torsås 5", "how": "manual"}
    assert dialog.ended_label.text() == "Inga rum väntar på att tas bort."


def test_rooms_still_in_use_on_other_pcs_are_left_alone_with_the_reason(
    qtbot: QtBot, swedish_qt: None, cms_site: tuple[CmsEmulator, AppContext]
) -> None:
    server, context = cms_site
    now = datetime.now(UTC)
    other = "0f" * 16  # another PC's own log
    mark = format_tag
    ahead = server.seed(
        "HC Torsås 11", "hc.torsas.11.aaaaa", call_id="111000111",
        cdr_tag=mark(RoomTag(other, now - timedelta(days=1), now + timedelta(days=2))),
    )  # fmt: skip
    ended = server.seed(
        "HC Torsås 12", "hc.torsas.12.bbbbb", call_id="111000222",
        cdr_tag=mark(RoomTag(other, now - timedelta(days=9), now - timedelta(days=3))),
    )  # fmt: skip
    old = server.seed(
        "HC Torsås 13", "hc.torsas.13", call_id="111000333", cdr_tag="vardmote-desktop"
    )
    fresh = context.rooms.create_room(context.rooms.reserve_name())  # a wizard's, just now

    dialog = CleanupDialog(context.reconcile, context.rooms, context.profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)

    assert dialog.left_box.isVisible()
    left = sorted(dialog.left_alone.item(i).text() for i in range(dialog.left_alone.count()))
    assert len(left) == 3
    assert left[0].startswith(
        f"HC Torsås 1 – {fresh.join.video_address} · {fresh.join.call_id} (skapat "
    )
    assert left[0].endswith("alldeles nyss: någon kan fortfarande hålla på att boka mötet)")
    assert left[1].startswith("HC Torsås 11 – hc.torsas.11.aaaaa@ltkalmar.se · 111000111 (")
    assert "skapat på en annan dator; mötet slutar " in left[1] and "kan ännu vara kvar" in left[1]
    assert left[2].endswith(
        "(skapat av en äldre version av Vårdmöte: det går inte att se vems rummet är)"
    )
    # Left-alone rooms cannot be ticked: there is nothing to select them for.
    items = [dialog.left_alone.item(i) for i in range(dialog.left_alone.count())]
    assert not any(i.flags() & Qt.ItemFlag.ItemIsUserCheckable for i in items)

    assert dialog.orphans.count() == 1
    offered = dialog.orphans.item(0)
    when = (now - timedelta(days=3)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert offered.text() == (
        f"HC Torsås 12 – hc.torsas.12.bbbbb@ltkalmar.se · 111000222 "
        f"(skapat på en annan dator; mötet slutade {when})"
    )
    # Tick it as a person does: a click on its check box, then the delete button.
    dialog.orphans.scrollToItem(offered)
    rect = dialog.orphans.visualItemRect(offered)
    qtbot.mouseClick(
        dialog.orphans.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )
    assert offered.checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        click(qtbot, dialog.delete_orphans_button)
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)

    assert dialog.status.text() == (
        "1 rum togs bort från servern.\nInget att ta bort. 3 rum lämnas kvar; se varför i listan."
    )
    assert ended.id not in server.spaces
    assert {ahead.id, old.id, fresh.platform_room_id} <= set(server.spaces)
    assert dialog.left_alone.count() == 3 and dialog.orphans.count() == 0


def test_a_pasted_invitation_to_a_used_address_is_refused_next_to_the_box(
    qtbot: QtBot, swedish_qt: None, context: AppContext
) -> None:
    # An earlier meeting's room, made by hand: its invitation must never serve a new meeting.
    old = RoomPlan(
        PlatformKind.MANUAL,
        "HC Torsås 5",
        5,
        join=JoinInfo(video_address="hc.torsas.5@ltkalmar.se", call_id="612345678"),
    )
    starts = datetime.now(UTC) - timedelta(days=3)
    context.meetings.book(MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, starts, room=old))
    wizard = MeetingWizard(MeetingType.DISTANCE, context, None)
    qtbot.addWidget(wizard)
    wizard.show()
    room = wizard.page(ROOM)
    assert isinstance(room, RoomPage)
    wizard.setStartId(ROOM)
    wizard.restart()
    qtbot.waitUntil(lambda: bool(room.manual_hint.call_id.value()), timeout=10_000)
    assert room.manual_hint.isVisible()
    address = room.manual_hint.video_address.value()
    number = room.room_name.value().rpartition(" ")[2]
    assert address.startswith(f"hc.torsas.{number}.") and address.endswith("@ltkalmar.se")
    assert "Cisco Meeting" in room.manual_hint.intro.text()

    pasted = "Videoadress: hc.torsas.5@ltkalmar.se\nSamtals-ID: 612345678\n"
    room.invitation.setPlainText(pasted)
    qtbot.waitUntil(lambda: room.read_error.isVisible(), timeout=10_000)
    assert room.read_error.text().startswith(
        "Inbjudan går till ett rum som redan har använts: videoadressen och samtals-ID:t"
    )
    assert room.invitation.toPlainText() == pasted  # nothing the user pasted is lost
    assert not room.isComplete()

    own = f"Videoadress: {address}\nSamtals-ID: {room.manual_hint.call_id.value()}\n"
    room.invitation.setPlainText(own)  # the room made as the page said
    qtbot.waitUntil(lambda: room.isComplete(), timeout=10_000)
    qtbot.wait(200)  # a late answer about the old text must not undo this
    assert not room.read_error.isVisible() and room.isComplete()
