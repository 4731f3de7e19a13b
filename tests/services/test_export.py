"""Export of the filtered log: the CSV read back as Excel would, the PDF rendered to text."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.log_data import FEB, JAN, book_examples
from tests.services.conftest import Store
from vardmote_desktop.domain.log_query import LogQuery, LogRow
from vardmote_desktop.domain.types import MeetingMode, MeetingStatus, MeetingType
from vardmote_desktop.services.export import html_batches, write_csv
from vardmote_desktop.services.log import LogService
from vardmote_desktop.ui.log.pdf import write_pdf
from vardmote_desktop.ui.log.texts import export_texts


def _rows(store: Store, query: LogQuery) -> list[LogRow]:
    book_examples(store.factory, store.settings, store.profile, store.clock)
    service = LogService(store.factory, store.settings, store.profile, store.clock)
    return list(service.rows(query))


def pdf_text(path: Path) -> str:
    """The PDF's text via poppler's pdftotext; CI installs poppler-utils, so it fails there."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext (poppler-utils) is missing on CI")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def test_csv_has_bom_semicolons_and_swedish_text(store: Store, tmp_path: Path) -> None:
    query = LogQuery(sort=LogQuery().sort, descending=False)
    rows = _rows(store, query)
    path = tmp_path / "logg.csv"
    assert write_csv(rows, path, export_texts(query, JAN)) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream, delimiter=";"))
    assert table[0][:4] == ["Datum och tid", "Typ", "Form", "Status"]
    assert table[0][-3:] == ["Bekräftade", "Mottagare", "Referens"]
    jan, feb = table[1], table[2]
    assert jan[0] == JAN.astimezone().strftime("%Y-%m-%d %H:%M")
    assert jan[1] == "Distansmöte mellan huvudmän"
    assert jan[3] == "Planerat" and jan[4] == "HC Torsås 1" and jan[5] == "Finns kvar"
    assert jan[7:] == ["0", "1", "SP-0077"]
    assert feb[0] == FEB.astimezone().strftime("%Y-%m-%d %H:%M")
    assert feb[1] == "SIP i öppenvård" and feb[7:9] == ["1", "1"]


def test_csv_cells_never_become_formulas(tmp_path: Path) -> None:
    row = LogRow(
        id=1,
        starts_at=JAN,
        duration_minutes=60,
        meeting_type=MeetingType.OTHER,
        mode=MeetingMode.PHONE,
        status=MeetingStatus.HELD,
        room_name=None,
        room_state=None,
        organiser="@Testperson",
        recipients_confirmed=0,
        recipients_total=0,
        reference="=HYPERLINK(1)",
    )
    path = tmp_path / "x.csv"
    write_csv([row], path, export_texts(LogQuery(), JAN))
    with path.open(encoding="utf-8-sig", newline="") as stream:
        cells = list(csv.reader(stream, delimiter=";"))[1]
    assert cells[6] == "'@Testperson" and cells[9] == "'=HYPERLINK(1)"


def test_html_batches_repeat_the_header_and_title_once(store: Store) -> None:
    rows = _rows(store, LogQuery())
    texts = export_texts(LogQuery(text="torsås"), JAN)
    batches = list(html_batches(rows, texts, batch=2))
    assert [done for _html, done in batches] == [2, 3]
    assert all("<th align='left'>Datum och tid</th>" in html for html, _ in batches)
    assert "Möteslogg" in batches[0][0] and "Möteslogg" not in batches[1][0]
    assert "Sökning: ”torsås”" in batches[0][0]
    assert "3 möten" in batches[1][0]


def test_pdf_report_has_title_filter_and_rows(store: Store, tmp_path: Path, qapp: object) -> None:
    query = LogQuery(text="kommun")
    rows = _rows(store, query)
    path = tmp_path / "logg.pdf"
    assert write_pdf(rows, path, export_texts(query, JAN)) == 3
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    for expected in ("Möteslogg", "Sökning: ”kommun”", "HC Torsås 1", "SIP i öppenvård", "3 möten"):
        assert expected in text
