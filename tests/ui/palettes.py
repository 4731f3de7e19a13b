"""Light, dark and high-contrast palettes for the colour tests and the screenshots."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory


def _palette(window: str, text: str, base: str, button: str, highlight: str, dim: str) -> QPalette:
    """`dim` is what a theme uses for placeholders and disabled text."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: button,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: dim,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: window,
        QPalette.ColorRole.Link: highlight,
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(name))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(dim))
    return palette


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark() -> QPalette:
    """Like the Fusion dark scheme of Qt 6 / a GNOME dark theme."""
    return _palette("#2d2d2d", "#eeeeee", "#1e1e1e", "#3a3a3a", "#3d8ee6", "#8c8c8c")


def high_contrast_black() -> QPalette:
    """Windows' *Högkontrast svart*."""
    return _palette("#000000", "#ffffff", "#000000", "#000000", "#1aebff", "#3ff23f")


def high_contrast_white() -> QPalette:
    """Windows' *Högkontrast vit*."""
    return _palette("#ffffff", "#000000", "#ffffff", "#ffffff", "#37006e", "#600000")


PALETTES = {
    "light": light,
    "dark": dark,
    "high_contrast_black": high_contrast_black,
    "high_contrast_white": high_contrast_white,
}
