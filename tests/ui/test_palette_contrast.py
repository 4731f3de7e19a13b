"""Warning and error colours read at WCAG AA (4.5:1) in light, dark and high-contrast palettes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.palettes import PALETTES
from vardmote_desktop.ui.palette_colors import (
    MIN_CONTRAST,
    banner_colors,
    contrast_ratio,
    error_color,
    ok_style,
    warning_color,
)
from vardmote_desktop.ui.reminders import ReminderBanner
from vardmote_desktop.ui.widgets import ErrorLabel

WINDOW, BASE = QPalette.ColorRole.Window, QPalette.ColorRole.Base


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # The figures: the fixed red on a dark window, the banner under light text.
    assert contrast_ratio(QColor("#a4262c"), QColor("#2d2d2d")) < 2.5
    assert contrast_ratio(QColor("#fff4ce"), QColor("#eeeeee")) < 1.2


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_error_and_warning_colours_read_on_window_and_base(name: str) -> None:
    palette = PALETTES[name]()
    for role in (WINDOW, BASE):
        background = palette.color(role)
        assert contrast_ratio(error_color(palette, role), background) >= MIN_CONTRAST
        assert contrast_ratio(warning_color(palette, role), background) >= MIN_CONTRAST


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_success_colour_reads_on_the_window(name: str) -> None:
    palette = PALETTES[name]()
    colour = QColor(ok_style(palette).removeprefix("color: ").rstrip(";"))
    assert contrast_ratio(colour, palette.color(WINDOW)) >= MIN_CONTRAST


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_banner_text_reads_on_the_banner(name: str) -> None:
    background, text = banner_colors(PALETTES[name]())
    assert contrast_ratio(text, background) >= MIN_CONTRAST


def test_light_theme_keeps_the_designed_red() -> None:
    assert error_color(PALETTES["light"]()).name() == "#a4262c"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[QPalette], None]]:
    before = QPalette(qapp.palette())

    def apply(palette: QPalette) -> None:
        qapp.setPalette(palette)
        qapp.processEvents()  # the change events are posted to every widget

    yield apply
    qapp.setPalette(before)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_widgets_follow_the_theme(
    name: str, qtbot: QtBot, themed: Callable[[QPalette], None]
) -> None:
    palette = PALETTES[name]()
    themed(palette)
    parent = QWidget()
    qtbot.addWidget(parent)
    label = ErrorLabel(parent)
    label.show_error("Fältet måste fyllas i.")
    shown = label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast_ratio(shown, palette.color(WINDOW)) >= MIN_CONTRAST
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show_message("Rum ej borttaget", "Mötesrummet finns kvar.", 1)
    banner.text.ensurePolished()
    text = banner.text.palette().color(QPalette.ColorRole.WindowText)
    background, _ = banner_colors(palette)
    assert contrast_ratio(text, background) >= MIN_CONTRAST


def test_error_label_changes_with_the_theme(
    qtbot: QtBot, themed: Callable[[QPalette], None]
) -> None:
    themed(PALETTES["light"]())
    parent = QWidget()
    qtbot.addWidget(parent)
    label = ErrorLabel(parent)
    light_red = label.palette().color(QPalette.ColorRole.WindowText)
    themed(PALETTES["dark"]())
    dark_red = label.palette().color(QPalette.ColorRole.WindowText)
    assert light_red != dark_red
    assert contrast_ratio(dark_red, PALETTES["dark"]().color(WINDOW)) >= MIN_CONTRAST
