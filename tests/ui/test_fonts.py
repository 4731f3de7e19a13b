"""The meeting list draws its Latin text without shaping (issue 14: a repaint within a frame),
and a room named in a script that needs shaping is still drawn as that script needs."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.ui.test_meeting_list_filling import _overview
from vardmote_desktop.domain.attention import Group
from vardmote_desktop.services.list_rows import Overview
from vardmote_desktop.ui.fonts import needs_shaping, shaped, unshaped
from vardmote_desktop.ui.meeting_list import MEETING_ID_ROLE, MeetingList

UNSHAPED = QFont.StyleStrategy.PreferNoShaping
ARABIC_ROOM = "غرفة سلمان"  # joined letters: each takes another form beside its neighbours
DEJAVU = "DejaVu Sans"  # has the Arabic letters and their joined forms


def _glyphs(text: str, font: QFont) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [index for run in layout.glyphRuns() for index in run.glyphIndexes()]


def _letter_by_letter(text: str, font: QFont) -> list[int]:
    return [glyph for letter in text for glyph in _glyphs(letter, font)]


def _cell_font(listing: MeetingList, item: QTreeWidgetItem, column: int) -> QFont:
    """The font the view draws the cell with: the item's own, over the list's."""
    if item.data(column, Qt.ItemDataRole.FontRole) is None:
        return listing.font()
    return item.font(column).resolve(listing.font())


def _row(listing: MeetingList, meeting_id: int) -> QTreeWidgetItem:
    for g in range(listing.topLevelItemCount()):
        group = listing.topLevelItem(g)
        assert group is not None
        for i in range(group.childCount()):
            child = group.child(i)
            if child is not None and child.data(0, MEETING_ID_ROLE) == meeting_id:
                return child
    raise AssertionError(f"no row for meeting {meeting_id}")


def test_the_unshaped_font_would_break_a_joined_script(qapp: QApplication) -> None:
    """Why the list decides per text: Qt's PreferNoShaping does not keep Arabic shaped."""
    font = QFont(DEJAVU)
    assert _glyphs(ARABIC_ROOM, font) != _letter_by_letter(ARABIC_ROOM, font)  # shaped: joined
    font.setStyleStrategy(UNSHAPED)
    assert _glyphs(ARABIC_ROOM, font) == _letter_by_letter(ARABIC_ROOM, font)


def test_which_texts_need_shaping() -> None:
    for latin in ("HC Torsås 12", "Vårdplanering – Behöver åtgärd", "Čapek’s room…", "2026-12-01"):
        assert not needs_shaping(latin), latin
    decomposed = "Torsa\u030as"  # å as a and a combining ring: the ring is placed by shaping
    for other in (ARABIC_ROOM, "Ολυμπία", "Москва", decomposed, "हिन्दी"):
        assert needs_shaping(other), other


def test_the_list_draws_latin_unshaped_and_a_joined_script_shaped(
    qtbot: QtBot, qapp: QApplication
) -> None:
    listing = MeetingList()
    qtbot.addWidget(listing)
    base = _overview()
    arabic = dataclasses.replace(base.upcoming[0], room_name=ARABIC_ROOM, group=Group.UPCOMING)
    listing.show_overview(Overview(base.needs_action, (arabic, *base.upcoming[1:]), base.past))
    listing.shown()  # every row in place
    assert listing.font().styleStrategy() & UNSHAPED
    assert not qapp.font().styleStrategy() & UNSHAPED  # the rest of the app keeps its shaping
    latin = _row(listing, base.needs_action[0].id)
    for column in range(4):
        font = _cell_font(listing, latin, column)
        assert font.styleStrategy() & UNSHAPED
        text = latin.text(column)
        assert _glyphs(text, font) == _letter_by_letter(text, font), text
    heading = listing.topLevelItem(0)
    assert heading is not None
    assert _cell_font(listing, heading, 0).styleStrategy() & UNSHAPED
    assert _cell_font(listing, heading, 0).bold()
    room = _cell_font(listing, _row(listing, arabic.id), 2)
    assert not room.styleStrategy() & UNSHAPED
    room.setFamily(DEJAVU)  # whichever font the machine falls back to, the shaping is kept
    assert _glyphs(ARABIC_ROOM, room) != _letter_by_letter(ARABIC_ROOM, room)


def test_the_lists_font_follows_its_window(qtbot: QtBot) -> None:
    """Only the shaping is the list's own: size and family still come from the window."""
    holder = QLabel()
    qtbot.addWidget(holder)
    bigger = QFont(holder.font())
    bigger.setPointSize(bigger.pointSize() + 6)
    holder.setFont(bigger)
    listing = MeetingList(holder)
    assert listing.font().pointSize() == bigger.pointSize()
    assert listing.font().styleStrategy() & UNSHAPED
    assert not shaped(unshaped()).styleStrategy() & UNSHAPED
