"""The printable PDF report of the filtered log: QTextDocument batches painted by QPdfWriter.

QtGui only (no widgets), so the command-line export can use it with an offscreen
QGuiApplication. QPdfWriter rather than QPrinter: the same PDF engine without QtPrintSupport,
which would pull QtWidgets into the command line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from vardmote_desktop.domain.log_query import LogRow
from vardmote_desktop.services.export import ExportTexts, Progress, html_batches

PDF_DPI = 300


def write_pdf(
    rows: Iterable[LogRow], path: Path, texts: ExportTexts, progress: Progress | None = None
) -> int:
    """Print the rows to a landscape A4 PDF report; needs a QGuiApplication. Returns the count."""
    printer = QPdfWriter(str(path))
    printer.setResolution(PDF_DPI)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setTitle(texts.title)
    page = printer.pageLayout().paintRectPixels(PDF_DPI)
    width, height = page.width(), page.height()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot write {path}")
    count = 0
    first_page = True
    try:
        # One document per batch, painted page by page onto the same printer: QTextDocument
        # lays out everything it holds, so a whole large log in one would exhaust memory.
        for html, count in html_batches(rows, texts):
            document = QTextDocument()
            document.documentLayout().setPaintDevice(printer)
            document.setPageSize(QSizeF(width, height))
            document.setHtml(html)
            for number in range(document.pageCount()):
                if not first_page:
                    printer.newPage()
                first_page = False
                painter.save()
                painter.translate(0, -number * height)
                document.drawContents(painter, QRectF(0, number * height, width, height))
                painter.restore()
            if progress is not None:
                progress(count)
    finally:
        painter.end()
    return count


def ensure_gui_application() -> None:
    """QTextDocument needs a QGuiApplication for fonts; without a display, the offscreen one."""
    if QGuiApplication.instance() is not None:
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Kept on the module so it lives as long as the export does.
    global _APP
    _APP = QGuiApplication(["vardmote-desktop"])


_APP: object = None


def write_pdf_report(rows: Iterable[LogRow], path: Path, texts: ExportTexts) -> int:
    """The command line's PDF export: a GUI application first (offscreen), then the report."""
    ensure_gui_application()
    return write_pdf(rows, path, texts)
