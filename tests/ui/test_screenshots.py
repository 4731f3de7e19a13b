"""Screenshots of every wizard page, the main window and the detail pane: light, dark, high
contrast.

Written to $VARDMOTE_SCREENSHOTS when set (e.g. /tmp/vardmote-shots, to be looked at), else to
the test's own folder. The test checks what a picture cannot: each image is drawn (not one
flat colour), and the Kalmar screens never speak of Lifecare SP.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.person import click, type_text
from tests.ui.conftest import INVITATION_KALMAR, wait_ready
from tests.ui.palettes import dark, high_contrast_black, light
from tests.ui.test_followup_actions import button_for, select
from tests.ui.wizard_driver import Scenario, _invitation, next_page, open_wizard
from vardmote_desktop.ui.launcher import Launcher
from vardmote_desktop.ui.main_window import MainWindow
from vardmote_desktop.ui.wizards.meeting_wizard import (
    CHANNELS,
    DETAILS,
    PARTICIPANTS,
    ROOM,
    MeetingWizard,
)
from vardmote_desktop.ui.wizards.page_channels import ChannelsPage
from vardmote_desktop.ui.wizards.page_participants import ParticipantsPage
from vardmote_desktop.ui.wizards.page_room import RoomPage
from vardmote_desktop.ui.wizards.page_suitability import SuitabilityPage

PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light,
    "dark": dark,
    "high_contrast": high_contrast_black,
}


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("VARDMOTE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[QPalette], None]]:
    before_palette, before_style = QPalette(qapp.palette()), qapp.style().name()

    def apply(palette: QPalette) -> None:
        qapp.setStyle("Fusion")  # the style that draws with the palette on every platform
        qapp.setPalette(palette)
        qapp.processEvents()

    yield apply
    qapp.setStyle(before_style)
    qapp.setPalette(before_palette)


def words(widget: QWidget) -> str:
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        found.append(child.accessibleName())
    return "\n".join(found)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    corner = image.pixel(1, 1)
    assert any(
        image.pixel(x, y) != corner
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ), f"{name} is one flat colour"
    return path


def walk_wizard(qtbot: QtBot, wizard: MeetingWizard, folder: Path, theme: str) -> int:
    wizard.show()
    qtbot.waitExposed(wizard)
    texts = []

    def shot(step: str) -> None:
        save(wizard, folder, f"{theme}-wizard-{step}")
        texts.append(words(wizard))

    suitability = wizard.currentPage()
    assert isinstance(suitability, SuitabilityPage)
    click(qtbot, suitability.video)
    click(qtbot, suitability.security)
    shot("1-suitability")
    next_page(qtbot, wizard, DETAILS)
    shot("2-details")
    next_page(qtbot, wizard, PARTICIPANTS)
    people = wizard.currentPage()
    assert isinstance(people, ParticipantsPage)
    for name, phone, messenger in (
        ("Handläggare Åkesson", "070-000 00 41", True),
        ("Sjuksköterska Öst", "", False),
    ):
        type_text(people.form.name, name)
        if phone:
            type_text(people.form.phone, phone)
        else:
            type_text(people.form.email, "ost@kommun.example.se")  # only e-mail: to be fixed
        if messenger:
            click(qtbot, people.form.messenger)
        click(qtbot, people.add_button)
    shot("3-participants")
    next_page(qtbot, wizard, ROOM)
    room = wizard.currentPage()
    assert isinstance(room, RoomPage)
    qtbot.waitUntil(lambda: bool(room.room_name.value()), timeout=10_000)
    QGuiApplication.clipboard().setText(
        _invitation(qtbot, room, Scenario(invitation=INVITATION_KALMAR))
    )
    click(qtbot, room.paste_button)
    qtbot.waitUntil(room.isComplete, timeout=5_000)
    shot("4-room")
    next_page(qtbot, wizard, CHANNELS)
    shot("5-channels")
    channels = wizard.currentPage()
    assert isinstance(channels, ChannelsPage)
    fixed = channels.rows[1]
    type_text(fixed.fix.phone, "070-000 00 42")
    fixed.fix.phone.editingFinished.emit()  # screenshots only; test_channel_fix_and_help tabs out
    shot("5-channels-fixed")
    wizard.help.show_help()
    assert wizard.help.window is not None
    save(wizard.help.window, folder, f"{theme}-wizard-5-channels-help")
    texts.append(wizard.help.window.browser.toPlainText())
    wizard.help.window.close()
    # By video the summary closes the channels page (domain/workflows.py): Färdig books there.
    assert wizard.currentId() == CHANNELS
    for text in texts:
        assert "Lifecare" not in text
    with qtbot.waitSignal(wizard.booked, timeout=10_000) as booked:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    meeting_id = booked.args[0]
    assert isinstance(meeting_id, int)
    return meeting_id


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_screenshots(
    theme: str,
    qtbot: QtBot,
    launch: Callable[..., Launcher],
    themed: Callable[[QPalette], None],
    shots: Path,
) -> None:
    themed(PALETTES[theme]())
    launcher = launch("--profile", "kalmar", "--unit", "HC Torsås")
    window = launcher.window
    assert isinstance(window, MainWindow)
    window.resize(1280, 800)
    wait_ready(qtbot, window)
    save(window, shots, f"{theme}-main-empty")
    assert "Nytt möte" in window.detail.heading.text()

    walk_wizard(qtbot, open_wizard(qtbot, window, "Distansmöte mellan huvudmän"), shots, theme)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    select(window, "Handläggare Åkesson")
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        click(qtbot, button_for(window, "Markera som &skickad"))
    save(window, shots, f"{theme}-main-detail")
    with qtbot.waitSignal(window.meeting_actions.dialogOpened) as opened:
        click(qtbot, button_for(window, "Ändra &tid och längd…"))
    dialog = opened.args[0]
    save(dialog, shots, f"{theme}-reschedule-dialog")
    dialog.reject()

    # Statistik: the pie's names, counts and shares in full (they were cut off beside it).
    window.tools.open_statistics()
    statistics = window.tools.statistics_window
    assert statistics is not None
    qtbot.waitUntil(lambda: statistics.statistics is not None, timeout=20_000)
    statistics.resize(900, 640)
    save(statistics, shots, f"{theme}-statistics")
    legend = statistics.video_legend.text()
    assert "Video (helt eller delvis): 1 (100 %)" in legend
    assert "Fysiskt eller telefon: 0 (0 %)" in legend
    statistics.close()
