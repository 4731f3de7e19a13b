"""Warning and error colours picked for the palette in use: readable light, dark, high contrast.

A fixed red (#a4262c) reads at 2.3:1 on a dark window and a pale yellow banner at 1.1:1 under
light text, so every colour here is picked per palette: the first candidate whose contrast with
the background is at least WCAG AA's 4.5:1, else the palette's own text colour (always
readable: the theme chose it). Contrast is WCAG 2's ratio of relative luminances.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

MIN_CONTRAST = 4.5  # WCAG 2 AA for normal text

# Candidates, most like the designed colour first: on a light background, then on a dark one.
_ERROR = ("#a4262c", "#ff99a4", "#ffc7cc")
_WARNING = ("#8a5300", "#f0b34a", "#ffd98a")
_OK = ("#107c10", "#6ccb5f", "#a8e6a0")
_BANNER_LIGHT = "#fff4ce"  # pale amber behind dark text
_BANNER_DARK = "#4a3b00"  # deep amber behind light text


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = color.red(), color.green(), color.blue()
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(candidates: tuple[str, ...], background: QColor, fallback: QColor) -> QColor:
    """The first candidate readable on `background`, else `fallback`."""
    for name in candidates:
        color = QColor(name)
        if contrast_ratio(color, background) >= MIN_CONTRAST:
            return color
    return QColor(fallback)


def _background(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    return palette.color(role)


def error_color(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """The error red for text on `background` (Window for labels, Base for tables)."""
    text = QPalette.ColorRole.WindowText
    if background is QPalette.ColorRole.Base:
        text = QPalette.ColorRole.Text
    return readable(_ERROR, _background(palette, background), palette.color(text))


def warning_color(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """The warning amber for text on `background`."""
    text = QPalette.ColorRole.WindowText
    if background is QPalette.ColorRole.Base:
        text = QPalette.ColorRole.Text
    return readable(_WARNING, _background(palette, background), palette.color(text))


def banner_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a warning banner or a highlighted row: amber, light or dark.

    The amber follows the theme's lightness; the text is the palette's own when it reads on
    that amber, else black or white, whichever reads better.
    """
    window = palette.color(QPalette.ColorRole.Window)
    background = QColor(_BANNER_DARK if window.lightness() < 128 else _BANNER_LIGHT)
    text = palette.color(QPalette.ColorRole.WindowText)
    if contrast_ratio(text, background) < MIN_CONTRAST:
        black, white = QColor("#000000"), QColor("#ffffff")
        better = contrast_ratio(black, background) >= contrast_ratio(white, background)
        text = black if better else white
    return background, text


def error_style(palette: QPalette) -> str:
    """A style sheet fragment for an error label."""
    return f"color: {error_color(palette).name()};"


def warning_style(palette: QPalette) -> str:
    """A style sheet fragment for a warning label."""
    return f"color: {warning_color(palette).name()};"


def ok_style(palette: QPalette) -> str:
    """A style sheet fragment for a success message (*Anslutningen fungerar*)."""
    fallback = palette.color(QPalette.ColorRole.WindowText)
    return f"color: {readable(_OK, palette.color(QPalette.ColorRole.Window), fallback).name()};"
