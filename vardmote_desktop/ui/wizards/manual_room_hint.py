"""The room page's help for a room made by hand: the exact address to set, and reuse caught early.

A room the user makes in Cisco Meeting or Pexip gets the app's name AND the app's video address
and call ID, so it is as never-reused as one the app creates itself. A pasted invitation whose
address or call ID led into a room before, or that is not the address shown for this room, is
refused next to the paste box as soon as it is pasted; until the answer has come the page
cannot go on. Kept apart from page_room.py so that page only wires it in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from vardmote_desktop.domain.naming import RoomAddress
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.widgets import CopyField

if TYPE_CHECKING:
    from vardmote_desktop.services.dto import ReservedName, RoomPlan
    from vardmote_desktop.services.room_addresses import AddressReuse
    from vardmote_desktop.ui.runner import Run
    from vardmote_desktop.ui.wizards.state import Rooms


class ManualRoomHint(QWidget):
    """'Set this video address and this call ID': shown only for our room on the manual platform."""

    def __init__(self, tool: str, call_id_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tool = tool
        self._call_id_label = call_id_label
        self._reserved: ReservedName | None = None
        self._generation = 0  # a newer paste makes an older answer stale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(
            self.tr(
                "Ge rummet i %1 exakt den här videoadressen och detta %2, så används de aldrig "
                "igen:"
            )
            .replace("%1", tool)
            .replace("%2", call_id_label)
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.video_address = CopyField(
            self.tr("Kopiera videoadress"), self.tr("Videoadress att ange")
        )
        self.call_id = CopyField(
            self.tr("Kopiera %1").replace("%1", call_id_label),
            self.tr("%1 att ange").replace("%1", call_id_label),
        )
        address_label = QLabel(self.tr("Vide&oadress:"))
        address_label.setBuddy(self.video_address.edit)
        call_label = QLabel(f"{call_id_label[:1].upper()}{call_id_label[1:]}:")
        call_label.setBuddy(self.call_id.edit)
        form.addRow(address_label, self.video_address)
        form.addRow(call_label, self.call_id)
        layout.addLayout(form)
        self.hide()

    def load(self, rooms: Rooms, reserved: ReservedName, run: Run) -> None:
        """Fetch (on a worker) the address drawn for this reserved name and show it."""
        if self._reserved == reserved and self.video_address.value():
            return
        self._reserved = reserved
        self.video_address.set_value(None)
        self.call_id.set_value(None)
        domain = rooms.video_domain

        def shown(address: RoomAddress) -> None:
            if self._reserved == reserved:
                self.video_address.set_value(address.video_address(domain))
                self.call_id.set_value(address.call_id)

        run(lambda: rooms.manual_address(reserved), shown)

    def check_reuse(
        self,
        rooms: Rooms,
        plan: RoomPlan,
        reserved: ReservedName | None,
        run: Run,
        refused: Callable[[str], None],
        accepted: Callable[[], None] = lambda: None,
    ) -> None:
        """Ask (on a worker) whether the pasted room may be used: refused(message) if it was
        handed out before or is not the address shown for this room, else accepted()."""
        self._generation += 1
        generation = self._generation
        domain = rooms.video_domain

        def ask() -> AddressReuse | RoomAddress | None:
            reuse = rooms.reused_address(plan, reserved)
            return reuse if reuse is not None else rooms.address_mismatch(plan, reserved)

        def answered(problem: AddressReuse | RoomAddress | None) -> None:
            if generation != self._generation:
                return  # the text changed meanwhile: a newer check is on its way
            if problem is None:
                accepted()
            elif isinstance(problem, RoomAddress):
                refused(self.mismatch_message(problem, domain))
            else:
                refused(self.message(problem))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                refused(user_message(exc))

        run(ask, answered, failed)

    def forget_check(self) -> None:
        """The pasted text changed or was emptied: an answer still on its way is stale."""
        self._generation += 1

    def mismatch_message(self, expected: RoomAddress, domain: str) -> str:
        """The pasted room is not the one this meeting's name and address were drawn for."""
        return (
            self.tr(
                "Inbjudan går inte till rummet med adressen ovan. Öppna rummet i %1, ge det "
                "videoadressen %2 och %3 %4, spara, kopiera inbjudan igen och klistra in den "
                "här. Har du inget rum än: skapa ett i %1 med namnet, videoadressen och %3 som "
                "visas ovan."
            )
            .replace("%1", self._tool)
            .replace("%2", expected.video_address(domain))
            .replace("%3", self._call_id_label)
            .replace("%4", expected.call_id)
        )

    def message(self, reuse: AddressReuse) -> str:
        if reuse.video_address and reuse.call_id:
            what = self.tr("videoadressen och %1").replace("%1", self.tr("samtals-ID:t"))
        elif reuse.video_address:
            what = self.tr("videoadressen")
        else:
            what = self.tr("samtals-ID:t")
        return (
            self.tr(
                "Inbjudan går till ett rum som redan har använts: %1 har lämnats ut förut. En "
                "gammal inbjudan skulle då leda in i det här mötet. Skapa rummet i %2 med "
                "videoadressen och ID:t som visas ovan och klistra in den nya inbjudan."
            )
            .replace("%1", what)
            .replace("%2", self._tool)
        )
