"""The copy buttons never put an identity number on the clipboard, in any written form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.person import click
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.ui.widgets import CopyField, JoinDetails

BEFORE = "what the clipboard held before"
CALL_ID = "1212121212"  # a call ID that happens to read as Skatteverket's test number


@pytest.fixture
def field(qtbot: QtBot) -> CopyField:
    widget = CopyField("Kopiera samtals-ID", "samtals-ID")
    qtbot.addWidget(widget)
    widget.show()
    QGuiApplication.clipboard().setText(BEFORE)
    return widget


@pytest.mark.parametrize(
    "value",
    [
        "19121212-1212",
        "Gäller 121212\u20111212",  # non-breaking hyphen
        "121212 \u2013 1212",  # spaced en dash
        "１２１２１２－１２１２",  # fullwidth
        "1212\u200b121212",  # zero-width space
        "hc.torsas.8@video.example.se 121212+1212",
    ],
)
def test_a_value_with_an_identity_number_is_not_copied(
    qtbot: QtBot, field: CopyField, value: str
) -> None:
    field.set_value(value)
    click(qtbot, field.button)
    assert QGuiApplication.clipboard().text() == BEFORE
    assert field.error.isVisible()
    assert "personnummer" in field.error.text() and value not in field.error.text()


def test_an_ordinary_value_is_copied_and_a_new_value_clears_the_message(
    qtbot: QtBot, field: CopyField
) -> None:
    field.set_value("19121212-1212")
    click(qtbot, field.button)
    assert field.error.isVisible()
    field.set_value("hc.torsas.8@video.example.se")
    assert not field.error.isVisible()
    click(qtbot, field.button)
    assert QGuiApplication.clipboard().text() == "hc.torsas.8@video.example.se"
    assert not field.error.isVisible()


@pytest.mark.parametrize("value", [CALL_ID, f"0480 44 55 11, ange {CALL_ID}"])
def test_the_rooms_own_call_id_is_copied_when_known(
    qtbot: QtBot, field: CopyField, value: str
) -> None:
    field.set_value(value)
    click(qtbot, field.button)
    assert QGuiApplication.clipboard().text() == BEFORE  # not known: refused
    field.set_value(value, known=(CALL_ID,))
    click(qtbot, field.button)
    assert QGuiApplication.clipboard().text() == value
    assert not field.error.isVisible()


def test_known_does_not_let_the_digits_through_written_as_a_personnummer(
    qtbot: QtBot, field: CopyField
) -> None:
    field.set_value(f"{CALL_ID[:6]}-{CALL_ID[6:]}", known=(CALL_ID,))
    click(qtbot, field.button)
    assert QGuiApplication.clipboard().text() == BEFORE
    assert field.error.isVisible()


def test_a_refused_value_is_shown_masked_so_ctrl_c_cannot_copy_it(
    qtbot: QtBot, field: CopyField
) -> None:
    field.set_value("https://join.example.se/m?x=1&pnr=19121212-1212")
    assert "1212" not in field.edit.text() and "[personnummer]" in field.edit.text()
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "1212" not in QGuiApplication.clipboard().text()


def test_kopiera_webblank_never_copies_a_link_with_an_identity_number(qtbot: QtBot) -> None:
    form_host = QWidget()
    qtbot.addWidget(form_host)
    details = JoinDetails(QFormLayout(form_host), "samtals-ID")
    form_host.show()
    QGuiApplication.clipboard().setText(BEFORE)
    join = JoinInfo(
        video_address=f"{CALL_ID}@video.example.se",
        call_id=CALL_ID,
        web_link=f"https://join.example.se/meeting/{CALL_ID}?x=1&pnr=19121212\u20111212",
    )
    details.show(join, "0480 44 55 11")
    click(qtbot, details.web_link.button)
    assert QGuiApplication.clipboard().text() == BEFORE
    assert details.web_link.error.isVisible()
    # The room's own call ID, in the same room, is copied: no false alarm.
    for own in (details.call_id, details.video_address, details.dial_in):
        click(qtbot, own.button)
        assert CALL_ID in QGuiApplication.clipboard().text()
