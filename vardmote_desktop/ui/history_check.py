"""What *Kontrollera historiken* says when the history's hash chain is broken."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def history_broken_text(result: Any) -> str:
    """Swedish for a broken history: the first event that does not follow, and how many chains."""
    broken = result.broken
    where = (
        _t("möte %1").replace("%1", str(broken.meeting_id))
        if broken.meeting_id is not None
        else _t("hela loggen")
    )
    how = (
        _t("har skrivits utanför programmet")
        if broken.missing_hash
        else _t("har ändrats, eller en händelse före den har tagits bort")
    )
    return (
        _t(
            "Historiken har ändrats utanför programmet. Första avvikelsen: händelse %1 (%2, %3, "
            "%4) %5. Brutna kedjor: %6. Kontakta IT."
        )
        .replace("%1", str(broken.event_id))
        .replace("%2", broken.action)
        .replace("%3", broken.at.astimezone().strftime("%Y-%m-%d %H:%M"))
        .replace("%4", where)
        .replace("%5", how)
        .replace("%6", str(result.broken_chains))
    )
