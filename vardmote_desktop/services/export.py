"""Export of the filtered meeting log: CSV for Swedish Excel, and a printable PDF report.

Both stream rows in batches from LogService.rows, so a large log never sits in memory whole.
The words come in an ExportTexts built by the UI layer (ui/log/texts.py), which owns the
translations. This module builds the CSV and the report's HTML batches without Qt; the PDF is
laid out and painted by ui/log/pdf.py (QtGui only), since services do not import Qt.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from html import escape
from itertools import islice
from pathlib import Path

from vardmote_desktop.domain.log_query import LogRow
from vardmote_desktop.domain.privacy import redact_identity_numbers

CSV_ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8
CSV_DELIMITER = ";"  # Swedish Excel uses the comma as decimal separator
PDF_BATCH = 1000  # rows per laid-out document: bounds the memory of the layout
# Spreadsheet programs run a cell starting with these as a formula: keep it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[int], None]


@dataclass(frozen=True)
class ExportTexts:
    """The report's words and the Swedish cells of one row."""

    headers: tuple[str, ...]
    title: str
    description: str  # what was filtered on, e.g. "Sökning: torsås · 2026-01-01 – 2026-01-31"
    generated: str  # "Skapad 2026-12-03 13:30"
    count: Callable[[int], str]  # "12 möten"
    cells: Callable[[LogRow], list[str]]


def when(value: datetime) -> str:
    """'2026-12-03 13:30' in local time (glossary.md)."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _safe_cell(value: str) -> str:
    value = _guarded(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _guarded(text: str) -> str:
    """Text bound for a file that leaves the application: an identity number, in any written
    form, is masked (one stored before the guard, or typed into the search box)."""
    return redact_identity_numbers(text)


def write_csv(
    rows: Iterable[LogRow], path: Path, texts: ExportTexts, progress: Progress | None = None
) -> int:
    """Write the rows as CSV (UTF-8 with BOM, ';'), header first; returns the row count."""
    count = 0
    with path.open("w", encoding=CSV_ENCODING, newline="") as stream:
        writer = csv.writer(stream, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow([_guarded(header) for header in texts.headers])
        for row in rows:
            writer.writerow([_safe_cell(cell) for cell in texts.cells(row)])
            count += 1
            if progress is not None and count % PDF_BATCH == 0:
                progress(count)
    return count


def html_batches(
    rows: Iterable[LogRow], texts: ExportTexts, batch: int = PDF_BATCH
) -> Iterator[tuple[str, int]]:
    """HTML documents of up to `batch` rows, each (html, rows so far); the first has the title.

    Each batch is a table with a repeated header row, so every printed page has column names.
    """
    iterator = iter(rows)
    done = 0
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in texts.headers)
    while True:
        chunk = list(islice(iterator, batch))
        if not chunk and done > 0:
            return
        parts = ["<html><body style='font-size:8pt'>"]
        if done == 0:
            parts += [
                f"<h2>{escape(_guarded(texts.title))}</h2>",
                f"<p>{escape(_guarded(texts.description))}<br/>{escape(texts.generated)}</p>",
            ]
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>"
        )
        for row in chunk:
            cells = "".join(f"<td>{escape(_guarded(cell))}</td>" for cell in texts.cells(row))
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</tbody></table>")
        done += len(chunk)
        if len(chunk) < batch:
            parts.append(f"<p>{escape(texts.count(done))}</p>")
        parts.append("</body></html>")
        yield "".join(parts), done
        if len(chunk) < batch:
            return
