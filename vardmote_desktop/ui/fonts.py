"""Text drawn without typographic shaping where the app knows the text needs none.

Laying text out dominates a repaint of the meeting list: Qt's item views lay every cell's text
out again on every paint (its size, its elision, then the drawing), and HarfBuzz's shaping was
about a third of that (callgrind: 31.6 M instructions per repaint of a screenful of rows, 21.6 M
unshaped; on a slow PC 9–12 ms against 5–7 ms, issue 14 item 5). For Latin text shaping only
adds kerning. Qt's QFont::PreferNoShaping promises to shape where a script needs it, but Qt 6
here drew an Arabic name unshaped too, letter by letter in isolated forms
(tests/ui/test_fonts.py), so the unshaped font is for text known to be Latin only: a widget
whose texts the app writes itself, with `needs_shaping` deciding for text from elsewhere.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont

# Latin (Basic to Extended-B: Swedish, Finnish, the Sámi letters, most of Europe) and general
# punctuation (– … ’). Anything else, combining marks included, is laid out with shaping.
_NOT_PLAIN_LATIN = re.compile("[^\u0000-\u024f\u2000-\u206f]")


def unshaped() -> QFont:
    """A font that changes only the shaping: family, size and weight still come from the
    widget's parent, and follow them when they change."""
    font = QFont()
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def needs_shaping(text: str) -> bool:
    """Whether the text has letters outside Latin, which the unshaped font would draw wrong."""
    return _NOT_PLAIN_LATIN.search(text) is not None


def shaped(font: QFont) -> QFont:
    """The same font with its typography, for text from elsewhere in an unshaped widget."""
    kept = QFont(font)
    strategy = font.styleStrategy() & ~QFont.StyleStrategy.PreferNoShaping
    kept.setStyleStrategy(QFont.StyleStrategy(strategy))
    return kept
