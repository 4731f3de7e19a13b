"""Renders the icon's SVG to the PNG (Linux) and ICO (Windows) files the installers use.

Run after changing vardmote-desktop.svg: `.venv/bin/python installer/assets/make_icons.py`.
The ICO holds PNG images (16 to 256 px), which Windows Vista and later read.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "vardmote-desktop.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but the call refuses bytes and takes str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    (HERE / "vardmote-desktop.png").write_bytes(render_png(renderer, 256))
    (HERE / "vardmote-desktop.ico").write_bytes(
        ico([(size, render_png(renderer, size)) for size in ICO_SIZES])
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
