"""Count a coordinator's actions for a Kalmar distance meeting: `python benchmarks/gui_actions.py`.

Drives the real application (prepare → Launcher → main window → wizard) on a fresh SQLite log
in a temporary `$VARDMOTE_HOME`, with real mouse clicks and key presses, and counts what a
person does in Vårdmöte: a click, a field typed (however many keys), a menu pick. What is done
in Cisco Meeting (making the room, copying its invitation) is outside the app and not counted.

Scenarios, each from *Nytt möte* to the invitation on the clipboard, then Färdig:
- `known-list`: the two contacts are among the unit's most met, shown first: one click each;
- `known-typed`: the first letters of each name typed, then the offered contact clicked;
- `new`: two people typed field by field (as tests/ui/test_kalmar_distance_meeting.py does),
  each kept as a contact by the ticked *Spara som kontakt*.

And by keyboard alone (`keyboard`, two known contacts): every key press counted, letters too.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QListWidget,
    QRadioButton,
    QWidget,
    QWizard,
)

from vardmote_desktop.config.paths import HOME_ENV
from vardmote_desktop.domain.types import Channel, MeetingMode, MeetingType
from vardmote_desktop.services.contact_values import Contact
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.ui.launcher import Launcher, install_translations
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.wizards.meeting_wizard import MeetingWizard
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage

UNIT = "HC Torsås"
ASA = Contact(
    name="Åsa Öhrström",
    organisation="Torsås kommun, hemsjukvården",
    phone="070-000 00 01",
    has_cosmic_messenger=True,
)
GORAN = Contact(name="Göran Älvdal", organisation="Torsås kommun", phone="0480-00 00 02")
# Other staff the unit knows, met less often: the list is not just the two.
OTHERS = [
    Contact(name=f"Handläggare {n}", organisation="Emmaboda kommun", phone=f"0471-00 00 1{n}")
    for n in range(6)
]
INVITATION = (
    "Du är inbjuden till ett videomöte\r\n"
    "Videoadress: {address}\r\n"
    "Samtals-ID: {call_id}\r\n"
    "Ring 0480 44 55 11 och ange samtals-ID {call_id} följt av #\r\n"
)


def wait_until(condition: Callable[[], bool], what: str, timeout_ms: int = 20_000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > timeout_ms:
            raise TimeoutError(what)
        QCoreApplication.processEvents()
        QTest.qWait(10)


@dataclass
class Person:
    """Acts on real widgets and counts: a click, a field typed, a menu pick is one action."""

    actions: list[str] = field(default_factory=list)

    def click(self, widget: QWidget, what: str) -> None:
        assert widget.isVisible() and widget.isEnabled(), what
        # A check box or radio button is clicked on its label, as a person aims.
        point = (
            QPoint(8, widget.height() // 2)
            if isinstance(widget, QCheckBox | QRadioButton)
            else widget.rect().center()
        )
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
        self.actions.append(f"klick: {what}")

    def click_row(self, view: QListWidget, row: int, what: str) -> None:
        item = view.item(row)
        assert item is not None, what
        point = view.visualItemRect(item).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        self.actions.append(f"klick: {what}")

    def type(self, widget: QWidget, text: str, what: str) -> None:
        """A click into the field, then the text key by key (å, ä, ö as key events)."""
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QCoreApplication.sendEvent(widget, event)
        self.actions.append(f"fält: {what}")

    def pick(self, window: MainWindow, text: str) -> MeetingWizard:
        """*Nytt möte* in the toolbar, then the type in its menu: two actions."""
        self.actions.append("klick: Nytt möte")
        action = next(a for a in window.new_menu.actions() if a.text() == text)
        opened: list[QWidget] = []
        window.wizardOpened.connect(opened.append)
        action.trigger()
        self.actions.append(f"menyval: {text}")
        wait_until(lambda: bool(opened), "the wizard opens")
        wizard = opened[0]
        assert isinstance(wizard, MeetingWizard)
        return wizard


@dataclass
class Keyboard:
    """Presses keys on whatever has the focus, as a keyboard does, and counts every press."""

    presses: list[str] = field(default_factory=list)

    def key(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, f"no focus for {key}"
        QTest.keyClick(widget, key, modifiers)
        name = QKeySequence(modifiers.value | key.value).toString()
        self.presses.append(name)

    def alt(self, letter: str) -> None:
        self.key(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)

    def type(self, text: str) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, f"no focus to type {text!r}"
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QCoreApplication.sendEvent(widget, event)
            self.presses.append(ch)


def by_keyboard(window: MainWindow) -> Result:
    """Ctrl+N to the invitation on the clipboard and Färdig, keys only (two known contacts)."""
    keys = Keyboard()
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window, "the window is active")
    opened: list[QWidget] = []
    window.wizardOpened.connect(opened.append)
    keys.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Distansmöte, Kalmar's first
    wait_until(lambda: bool(opened), "the wizard opens")
    wizard = opened[0]
    assert isinstance(wizard, MeetingWizard)
    wizard.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is wizard, "the wizard is active")
    wait_until(lambda: wizard.state.last_used is not None, "the unit's last values")
    keys.alt("j")  # &Ja, ett videomöte passar patienten
    keys.alt("i")  # &informationssäkerhet
    wait_until(lambda: next_button(wizard).isEnabled(), "Nästa")
    keys.key(Qt.Key.Key_Return)
    keys.key(Qt.Key.Key_Return)  # the proposed time
    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    wait_until(lambda: people.contacts_loaded, "the contacts are offered")
    for contact in (ASA, GORAN):
        keys.type(contact.name[:3].lower())
        keys.key(Qt.Key.Key_Return)  # the contact offered first
    assert [p.name for p in wizard.plan.participants] == [ASA.name, GORAN.name]
    keys.key(Qt.Key.Key_Return)
    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    hint = room.manual_hint
    wait_until(lambda: bool(hint.call_id.value()), "the address to give the room")
    QGuiApplication.clipboard().setText(
        INVITATION.format(address=hint.video_address.value(), call_id=hint.call_id.value())
    )
    wait_until(room.isComplete, "the room page reads the copied invitation by itself")
    keys.key(Qt.Key.Key_Return)
    channels = wizard.currentPage()
    assert isinstance(channels, ChannelsPage)
    keys.alt("i")  # Kopiera &inbjudan
    assert hint.call_id.value() in QGuiApplication.clipboard().text()
    to_clipboard = len(keys.presses)
    booked: list[int] = []
    wizard.booked.connect(booked.append)
    keys.key(Qt.Key.Key_Return)  # Färdig
    wait_until(lambda: bool(booked), "booked")
    wait_until(lambda: not wizard.isVisible() and not window.busy(), "the wizard closes")
    return Result("keyboard (key presses)", to_clipboard, len(keys.presses), keys.presses)


@dataclass
class Result:
    scenario: str
    to_clipboard: int
    to_booked: int
    steps: list[str]


def next_button(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def run(scenario: str, window: MainWindow) -> Result:
    person = Person()
    wizard = person.pick(window, "Distansmöte mellan huvudmän")
    suitability = wizard.currentPage()
    assert isinstance(suitability, SuitabilityPage)
    person.click(suitability.video, "Ja, ett videomöte passar")
    person.click(suitability.security, "informationssäkerhet beaktad")
    person.click(next_button(wizard), "Nästa")
    person.click(next_button(wizard), "Nästa (föreslagen tid)")

    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    wait_until(lambda: people.contacts_loaded, "the contacts are offered")
    form = people.form
    if scenario == "known-list":
        for contact in (ASA, GORAN):
            row = [c.name for c in people.suggestions.shown()].index(contact.name)
            person.click_row(people.suggestions, row, f"kontakten {contact.name}")
    elif scenario == "known-typed":
        for contact in (ASA, GORAN):
            person.type(form.name, contact.name[:3], f"namn '{contact.name[:3]}'")
            assert people.suggestions.shown()[0].name == contact.name
            person.click_row(people.suggestions, 0, f"kontakten {contact.name}")
    else:
        person.type(form.name, ASA.name, "namn")
        person.type(form.organisation, ASA.organisation, "enhet")
        person.type(form.phone, ASA.phone or "", "telefon")
        person.click(form.messenger, "Nås i Cosmic Messenger")
        person.click(people.add_button, "Lägg till deltagare")
        person.type(form.name, GORAN.name, "namn")
        person.type(form.phone, GORAN.phone or "", "telefon")
        person.click(people.add_button, "Lägg till deltagare")
    assert [p.name for p in wizard.plan.participants] == [ASA.name, GORAN.name]
    person.click(next_button(wizard), "Nästa")

    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    hint = room.manual_hint
    wait_until(lambda: bool(hint.call_id.value()), "the address to give the room")
    # In Cisco Meeting (not counted): the room made with that address and ID, invitation copied.
    QGuiApplication.clipboard().setText(
        INVITATION.format(address=hint.video_address.value(), call_id=hint.call_id.value())
    )
    wait_until(room.isComplete, "the room page reads the copied invitation by itself")
    person.click(next_button(wizard), "Nästa")

    channels = wizard.currentPage()
    assert isinstance(channels, ChannelsPage)
    person.click(channels.copy_all, "Kopiera inbjudan")
    assert hint.call_id.value() in QGuiApplication.clipboard().text()
    to_clipboard = len(person.actions)
    booked: list[int] = []
    wizard.booked.connect(booked.append)
    person.click(wizard.button(QWizard.WizardButton.FinishButton), "Färdig")
    wait_until(lambda: bool(booked), "booked")
    wait_until(lambda: not wizard.isVisible() and not window.busy(), "the wizard closes")
    return Result(scenario, to_clipboard, len(person.actions), person.actions)


def seed(window: MainWindow, known: bool) -> None:
    """The unit's contacts; with `known`, Åsa and Göran met most (two earlier meetings)."""
    context = window.context
    assert context is not None and context.contacts is not None
    if not known:
        return
    for contact in (*OTHERS, ASA, GORAN):
        context.contacts.add(contact)
    earlier = MeetingPlan(MeetingType.DISTANCE, MeetingMode.DIGITAL, context.meetings.now())
    earlier.participants = [ASA.participant(), GORAN.participant()]
    earlier.participants[1].channel = Channel.PHONE
    for _ in range(2):
        context.contacts.remember(earlier)


def measure(scenario: str) -> Result:
    with tempfile.TemporaryDirectory() as home:
        os.environ[HOME_ENV] = home
        os.environ["VARDMOTE_SITE_DEFAULTS"] = str(Path(home) / "no-site-defaults.json")
        from vardmote_desktop.__main__ import prepare

        startup = prepare(["--profile", "kalmar", "--unit", UNIT])
        launcher = Launcher(
            startup.settings,
            startup.profiles,
            startup.save,
            startup.make_context,
            first_list=startup.first_list,  # as the real start: the list before the services
        )
        launcher.start()
        window = launcher.window
        assert window is not None
        window.show()
        wait_until(lambda: window.context is not None and not window.busy(), "the log opens")
        seed(window, known=scenario != "new")
        try:
            return by_keyboard(window) if scenario == "keyboard" else run(scenario, window)
        finally:
            window.close()
            if window.context is not None:
                window.context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every action")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_translations(app)
    print("| scenario | actions to the invitation on the clipboard | with Färdig (booked) |")
    print("| --- | ---: | ---: |")
    for scenario in ("known-list", "known-typed", "new", "keyboard"):
        result = measure(scenario)
        print(f"| {result.scenario} | {result.to_clipboard} | {result.to_booked} |")
        if args.verbose:
            for number, step in enumerate(result.steps, 1):
                print(f"  {number:2}. {step}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
