"""Step 4: the room: ours (a reserved, never-reused name) or the municipality's (external)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import PlatformKind
from vardmote_desktop.domain.workflows import room_tasks
from vardmote_desktop.services.dto import ReservedName, RoomPlan
from vardmote_desktop.services.errors import ServiceError
from vardmote_desktop.ui.busy import BusyBar
from vardmote_desktop.ui.errors import user_message
from vardmote_desktop.ui.runner import Run
from vardmote_desktop.ui.widgets import CopyField, ErrorLabel, JoinDetails
from vardmote_desktop.ui.wizards.manual_room_hint import ManualRoomHint
from vardmote_desktop.ui.wizards.state import Rooms, WizardState


def _lines(text: str) -> str:
    """The text as the box holds it: the box turns \r\n (Cisco Meeting's) into \n."""
    return "\n".join(text.splitlines())


class RoomPage(QWizardPage):
    def __init__(self, state: WizardState, rooms: Rooms, run: Run) -> None:
        super().__init__()
        self._state = state
        self._rooms = rooms
        self._run = run
        profile = state.profile
        self.setTitle(self.tr("Mötesrum"))
        self.setSubTitle(
            self.tr(
                "Ett unikt mötesrum för varje möte. Ett rum eller rumsnamn "
                "används aldrig igen, inte ens efter att rummet tagits bort."
            )
        )
        # Three boxes of rows do not fit the wizard's smallest size: they scroll rather than
        # squeeze their rows into each other (QScrollArea keeps the focused field in view).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self.scroller = scroll
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ours = QRadioButton(self.tr("&Vårt mötesrum i %1").replace("%1", profile.video_tool))
        tools = ", ".join(profile.external_tools) or self.tr("kommunens verktyg")
        self.external = QRadioButton(
            self.tr("&Kommunens mötesrum (%1): kommunen bjuder in och startar").replace("%1", tools)
        )
        self.owner = QButtonGroup(self)
        for button in (self.ours, self.external):
            button.setAccessibleName(button.text().replace("&", ""))
            self.owner.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self._owner_changed)

        self.name_box = QGroupBox(self.tr("1. Rumsnamn"))
        name_layout = QVBoxLayout(self.name_box)
        self.room_name = CopyField(self.tr("Kopiera rumsnamn"), self.tr("Rumsnamn"))
        self.name_hint = QLabel()
        self.name_hint.setWordWrap(True)
        name_layout.addWidget(self.room_name)
        name_layout.addWidget(self.name_hint)
        self.manual_hint = ManualRoomHint(profile.video_tool, profile.call_id_label)
        name_layout.addWidget(self.manual_hint)
        layout.addWidget(self.name_box)

        self.paste_box = QGroupBox(self.tr("2. Klistra in inbjudan"))
        paste_layout = QVBoxLayout(self.paste_box)
        self.paste_hint = QLabel()
        self.paste_hint.setWordWrap(True)
        self.invitation = QPlainTextEdit()
        self.invitation.setAccessibleName(self.tr("Inbjudan"))
        self.invitation.setPlaceholderText(self.tr("Klistra in hela inbjudan här (Ctrl+V)"))
        self.invitation.setTabChangesFocus(True)
        # About eight lines: a whole invitation shows, and the boxes below stay in view.
        self.invitation.setMaximumHeight(self.invitation.fontMetrics().lineSpacing() * 8 + 12)
        self.invitation.textChanged.connect(self._read)
        self.paste_button = QPushButton(self.tr("Klistra &in inbjudan"))
        self.paste_button.setAccessibleName(self.tr("Klistra in inbjudan"))
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.create_button = QPushButton(self.tr("&Skapa mötesrum"))
        self.create_button.setAccessibleName(self.tr("Skapa mötesrum"))
        self.create_button.clicked.connect(self.create_on_platform)
        self.read_error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        paste_layout.addWidget(self.paste_hint)
        paste_layout.addWidget(self.invitation)
        paste_layout.addLayout(buttons)
        paste_layout.addWidget(self.read_error)
        # Said when the box was filled from the clipboard, so nobody wonders where it came from.
        self.clipboard_note = QLabel()
        self.clipboard_note.setWordWrap(True)
        self.clipboard_note.hide()
        paste_layout.addWidget(self.clipboard_note)
        # Creating on the server runs on a worker: a busy line with Avbryt, never a frozen page.
        self.busy = BusyBar()
        self.busy.cancelled.connect(self._create_cancelled)
        paste_layout.addWidget(self.busy)
        self.platform_note = QLabel()
        self.platform_note.setWordWrap(True)
        self.platform_note.hide()
        paste_layout.addWidget(self.platform_note)
        layout.addWidget(self.paste_box)

        self.result_box = QGroupBox(self.tr("3. Uppgifter att förmedla"))
        form = QFormLayout(self.result_box)
        self.join = JoinDetails(form, profile.call_id_label)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        self.reserved: ReservedName | None = None
        self._room_from_text = False
        self._checking = False  # a pasted room of ours waits for the reuse/address check
        self._reserving = False
        self._opened = False  # the unit's last choice of room applies at the first opening only
        self._auto_text: str | None = None  # what was read from the clipboard, untouched since
        self._refused_text: str | None = None  # read from the clipboard and refused
        self.ours.setChecked(True)
        # An invitation copied while this page is open (made in the video tool meanwhile) is
        # read at once: no paste needed.
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self.manual_hint.call_id.edit.textChanged.connect(self._clipboard_changed)

    # --- owner -------------------------------------------------------------------------------
    def _owner_changed(self) -> None:
        ours = self.ours.isChecked()
        platform = self._rooms.platform
        manual = platform is PlatformKind.MANUAL
        tool = self._state.profile.video_tool
        tasks = room_tasks(external=not ours, platform=platform)
        self.name_box.setVisible(tasks.reserve_name)
        self.paste_button.setVisible(tasks.paste_invitation)
        self.invitation.setVisible(tasks.paste_invitation)
        self.create_button.setVisible(tasks.create_on_server)
        self.manual_hint.setVisible(ours and manual)
        if ours and self.reserved is None and self._opened and not self._reserving:
            self._reserve()  # our room chosen after starting with the municipality's
        if ours and manual and self.reserved is not None:
            self.manual_hint.load(self._rooms, self.reserved, self._run)
        if ours and manual:
            self.paste_hint.setText(
                self.tr(
                    "Skapa ett mötesrum i %1 med namnet ovan. Klicka på ”Bjud in”, välj att "
                    "kopiera inbjudan och klistra in den här."
                ).replace("%1", tool)
            )
        elif ours:
            self.paste_hint.setText(self.tr("Vårdmöte skapar rummet på videoplattformen."))
        else:
            self.paste_hint.setText(
                self.tr(
                    "Klistra in länken eller adressen du fått från kommunen. Vårdmöte varken "
                    "skapar eller tar bort kommunens rum."
                )
            )
        self._read()
        if self._current():  # the municipality's link may already be on the clipboard
            self._offer_clipboard()

    def restore(self, reserved: ReservedName | None) -> None:
        """A resumed draft keeps its reserved name and the room it had read."""
        self.reserved = reserved
        room = self._state.plan.room
        if room is not None and room.platform is PlatformKind.EXTERNAL:
            self.external.setChecked(True)
        if reserved is not None:
            self._on_reserved(reserved)
        self._show(room)

    def initializePage(self) -> None:
        last = self._state.last_used
        fresh = not self._opened and self._state.plan.room is None and self.reserved is None
        if fresh and last is not None and last.external_room:
            # The unit's usual room owner (services/contacts.py), before any name is reserved.
            self.external.setChecked(True)
        self._opened = True
        if self.reserved is None and self.ours.isChecked() and not self._reserving:
            self._reserve()
        self._owner_changed()
        self._offer_clipboard()

    def _reserve(self) -> None:
        self.room_name.set_value(None)
        self.name_hint.setText(self.tr("Reserverar ett rumsnamn…"))
        self._reserving = True

        def failed(exc: BaseException) -> None:
            self._reserving = False
            self.name_hint.setText(user_message(exc))

        self._run(self._rooms.reserve_name, self._on_reserved, failed)

    def _on_reserved(self, reserved: ReservedName) -> None:
        self._reserving = False
        self.reserved = reserved
        self.room_name.set_value(reserved.name)
        self.name_hint.setText(
            self.tr("Namnet är reserverat för det här mötet och används aldrig igen.")
        )
        if self.manual_hint.isVisibleTo(self):
            self.manual_hint.load(self._rooms, reserved, self._run)
        if self._room_from_text and self.ours.isChecked():
            # Pasted while the name was still on its way: read again, now under the name.
            self._read()
        self.completeChanged.emit()
        if self._current():
            self._offer_clipboard()

    # --- the clipboard -----------------------------------------------------------------------
    def _current(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and wizard.currentPage() is self

    def _clipboard_changed(self) -> None:
        if self._current() and self.isVisible():  # not a closed wizard's page
            self._offer_clipboard()

    def _offer_clipboard(self) -> None:
        """Fill the empty box from the clipboard if it holds an invitation for this room.

        Never over anything typed or pasted, never over a room already read or created; text
        that does not read as an invitation, or (ours) before the name is reserved, is left.
        """
        if self.invitation.isHidden():
            return
        if self.invitation.toPlainText().strip():
            return  # typed, pasted or read already: never overwritten
        if self._state.plan.room is not None:
            return  # a room read, being checked, created on the server or from a draft
        external = self.external.isChecked()
        if not external and self.reserved is None:
            return  # offered again once the name is reserved (_on_reserved)
        if not self.manual_hint.isHidden() and not self.manual_hint.call_id.value():
            return  # offered again once the address to give the room is shown (one draw)
        text = QGuiApplication.clipboard().text()
        if not text.strip() or _lines(text) == self._refused_text:
            return
        try:
            read = self._rooms.read_invitation(text, self.reserved, external=external)
        except ServiceError:
            return  # not an invitation: the clipboard holds something else
        if not external and not (read.join.video_address and read.join.call_id):
            # Only a whole invitation: the address or ID copied from this page, to be typed
            # into the video tool, is not the room made there.
            return
        self._auto_text = _lines(text)
        self.invitation.setPlainText(text)
        if self._auto_text is not None:  # still there: not refused at once
            self.clipboard_note.setText(
                self.tr(
                    "Inbjudan hämtades från urklipp. Är den fel: töm rutan och klistra in rätt."
                )
            )
            self.clipboard_note.show()

    # --- reading the invitation ----------------------------------------------------------------
    def paste_from_clipboard(self) -> None:
        self._auto_text = None  # pasted by the user: a refusal is said, not swallowed
        self.clipboard_note.hide()
        self.invitation.setPlainText(QGuiApplication.clipboard().text())

    def _read(self) -> None:
        self.manual_hint.forget_check()
        self._checking = False
        text = self.invitation.toPlainText()
        if _lines(text) != self._auto_text:  # typed or pasted by the user: theirs, said so
            self._auto_text = None
            self.clipboard_note.hide()
        if not text.strip():
            self.read_error.show_error(None)
            if self._room_from_text:  # the user emptied the box: forget what it said
                self._room_from_text = False
                self._show(None)
            else:  # a room created on the server or resumed from a draft stays
                self._show(self._state.plan.room)
            return
        self._room_from_text = True
        external = self.external.isChecked()
        try:
            plan = self._rooms.read_invitation(text, self.reserved, external=external)
        except ServiceError as exc:
            self.read_error.show_error(user_message(exc))
            self._show(None)
            return
        self.read_error.show_error(None)
        if self.ours.isChecked():
            # Not complete until the check has answered: an old invitation must never get as
            # far as Färdig (where booking it would fail).
            self._checking = True
        self._show(plan)
        if self.ours.isChecked():
            rooms, reserved = self._rooms, self.reserved
            self.manual_hint.check_reuse(
                rooms, plan, reserved, self._run, self._refuse, self._accepted
            )

    def _refuse(self, message: str) -> None:
        """The pasted room was handed out before, or is not ours: say so by the box, keep the
        text. Text the page took from the clipboard by itself is removed without a word: an
        old invitation lying there is not something the user did."""
        self._checking = False
        if self._auto_text is not None and _lines(self.invitation.toPlainText()) == self._auto_text:
            self._refused_text = self._auto_text  # not offered again
            self._auto_text = None
            self.invitation.clear()  # back to the empty box, waiting for the right one
            self._offer_clipboard()  # copied again meanwhile: that one may be right
            return
        self.read_error.show_error(message)
        self._show(None)

    def _accepted(self) -> None:
        self._checking = False
        self.completeChanged.emit()

    def create_on_platform(self) -> None:
        reserved = self.reserved
        if reserved is None:
            return
        self.create_button.setEnabled(False)
        self.read_error.show_error(None)

        def done(plan: RoomPlan) -> None:
            self.busy.stop()
            self.read_error.show_error(None)
            self._room_from_text = False
            if plan.name and plan.number is not None and plan.name != reserved.name:
                # The server already had a room by the reserved name: a new number was taken.
                self._on_reserved(ReservedName(plan.number, plan.name))
            if plan.platform is PlatformKind.PEXIP:
                self.platform_note.setText(
                    self.tr(
                        "Ett nytt rum i Pexip kan behöva upp till 90 sekunder innan det går att "
                        "ringa upp. Vänta en stund om någon ringer in direkt."
                    )
                )
                self.platform_note.show()
            self._show(plan)

        def failed(exc: BaseException) -> None:
            self.busy.stop()
            self.create_button.setEnabled(True)
            self.read_error.show_error(user_message(exc))

        plan = self._state.plan  # its planned end goes into the room's mark on the server
        ends = plan.starts_at + timedelta(minutes=plan.duration_minutes)
        worker = self._run(lambda: self._rooms.create_room(reserved, ends), done, failed)
        self.busy.start(self.tr("Skapar mötesrummet på videoservern…"), worker)

    def _create_cancelled(self) -> None:
        # Only sets a flag and shuts the sockets: safe and quick on the GUI thread.
        self._rooms.cancel_server_calls()
        self.create_button.setEnabled(True)
        self.read_error.show_error(
            self.tr("Avbrutet. Om rummet hann skapas på servern hittar du det under Städa rum.")
        )

    def _show(self, plan: RoomPlan | None) -> None:
        """Keep the plan the service returned (already named) and show how to join it."""
        self._state.plan.room = plan
        if plan is None:
            self.join.show(JoinInfo.empty(), None)
        else:
            self.join.show(plan.join, self._state.profile.dial_in_number)
            self.scroller.ensureWidgetVisible(self.result_box)  # what to pass on, now filled in
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        room = self._state.plan.room
        if room is None or not room.join.has_any() or self._checking:
            return False
        return self.external.isChecked() or self.reserved is not None
