"""Swedish words of the meeting log: column headers, cells, filter description, export texts.

QtCore only (translate), so the command-line export can use it without widgets.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from vardmote_desktop.domain.log_query import CancelledFilter, LogColumn, LogQuery, LogRow
from vardmote_desktop.services.export import ExportTexts
from vardmote_desktop.ui import texts


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def header(column: LogColumn) -> str:
    return {
        LogColumn.STARTS_AT: _t("Datum och tid"),
        LogColumn.TYPE: _t("Typ"),
        LogColumn.MODE: _t("Form"),
        LogColumn.ROOM_NAME: _t("Mötesrum"),
        LogColumn.ROOM_STATE: _t("Rummets status"),
        LogColumn.ORGANISER: _t("Kallande"),
        LogColumn.RECIPIENTS: _t("Bekräftade / mottagare"),
    }[column]


def cell(row: LogRow, column: LogColumn) -> str:
    """What the table shows in one cell."""
    if column is LogColumn.STARTS_AT:
        return texts.when(row.starts_at)
    if column is LogColumn.TYPE:
        return texts.meeting_type(row.meeting_type)
    if column is LogColumn.MODE:
        return texts.meeting_mode(row.mode)
    if column is LogColumn.ROOM_NAME:
        return row.room_name or ""
    if column is LogColumn.ROOM_STATE:
        return texts.room_state(row.room_state) if row.room_state is not None else ""
    if column is LogColumn.ORGANISER:
        return row.organiser
    return f"{row.recipients_confirmed} / {row.recipients_total}"


def export_headers() -> tuple[str, ...]:
    # Confirmed and total in separate columns: Excel would read "1/2" as a date.
    return (
        _t("Datum och tid"),
        _t("Typ"),
        _t("Form"),
        _t("Status"),
        _t("Mötesrum"),
        _t("Rummets status"),
        _t("Kallande"),
        _t("Bekräftade"),
        _t("Mottagare"),
        _t("Referens"),
    )


def export_cells(row: LogRow) -> list[str]:
    return [
        texts.when(row.starts_at),
        texts.meeting_type(row.meeting_type),
        texts.meeting_mode(row.mode),
        texts.meeting_status(row.status),
        row.room_name or "",
        texts.room_state(row.room_state) if row.room_state is not None else "",
        row.organiser,
        str(row.recipients_confirmed),
        str(row.recipients_total),
        row.reference or "",
    ]


def describe(query: LogQuery) -> str:
    """The filter in words, for the report's heading: "Alla möten" when nothing is chosen."""
    parts: list[str] = []
    if query.needle:
        parts.append(_t("Sökning: ”%1”").replace("%1", query.text.strip()))
    if query.types:
        names = ", ".join(sorted(texts.meeting_type(t) for t in query.types))
        parts.append(_t("Typ: %1").replace("%1", names))
    if query.starts_from is not None or query.starts_before is not None:
        first = query.starts_from.astimezone().date().isoformat() if query.starts_from else ""
        last = ""
        if query.starts_before is not None:
            # The query's end is exclusive (next midnight); people read the last day.
            last = (query.starts_before.astimezone().date() - timedelta(days=1)).isoformat()
        parts.append(_t("Datum: %1 – %2").replace("%1", first).replace("%2", last))
    if query.room_state is not None:
        parts.append(_t("Rum: %1").replace("%1", texts.room_state(query.room_state)))
    if query.room_left:
        parts.append(_t("Rum ej borttaget"))
    if query.unconfirmed:
        parts.append(_t("Obekräftade mottagare"))
    if query.cancelled is CancelledFilter.ONLY:
        parts.append(_t("Endast inställda"))
    elif query.cancelled is CancelledFilter.EXCLUDE:
        parts.append(_t("Utan inställda"))
    return " · ".join(parts) if parts else _t("Alla möten")


def export_texts(query: LogQuery, generated_at: datetime) -> ExportTexts:
    return ExportTexts(
        headers=export_headers(),
        title=_t("Möteslogg"),
        description=describe(query),
        generated=_t("Skapad %1").replace("%1", texts.when(generated_at)),
        count=texts.meetings,
        cells=export_cells,
    )
