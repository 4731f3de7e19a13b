"""The detail pane built in steps (the main window's start) is the pane built at once."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QTableWidget, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.ui.meeting_detail import MeetingDetailPane


def _shape(pane: MeetingDetailPane) -> list[tuple[str, str, str]]:
    """Each group box, table and button with the group box it sits in."""
    found = []
    body = pane.widget()
    assert body is not None
    for widget in body.findChildren(QWidget):
        if not isinstance(widget, QGroupBox | QTableWidget | QToolButton):
            continue
        box = widget.parentWidget()
        while box is not None and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        group = box.title() if box is not None else ""
        found.append((type(widget).__name__, widget.accessibleName() or "", group))
    return sorted(found)


def test_the_pane_built_in_steps_has_the_same_parts_in_the_same_places(qtbot: QtBot) -> None:
    profile = load_profiles()["kalmar"]
    at_once = MeetingDetailPane(profile)
    in_steps = MeetingDetailPane(profile, sections_later=True)
    qtbot.addWidget(at_once)
    qtbot.addWidget(in_steps)
    meeting, participant = QAction("Ställ in", at_once), QAction("Förhinder", at_once)
    at_once.add_buttons([meeting], [participant])
    in_steps.build_room()
    in_steps.add_buttons([meeting], [participant])  # before its table: placed under it anyway
    in_steps.build_tables()
    assert _shape(in_steps) == _shape(at_once)
    assert ("QToolButton", "Förhinder", "Deltagare och utskick") in _shape(in_steps)
    # Empty, as the start shows it: no meeting chosen, nothing but how to begin.
    assert in_steps.heading.text() == at_once.heading.text()
    assert not in_steps.people_box.isVisibleTo(in_steps)
