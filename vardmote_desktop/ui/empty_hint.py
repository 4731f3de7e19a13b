"""What the detail pane says when no meeting is chosen: how to begin, in the routine's steps."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from vardmote_desktop.domain.profiles import SiteProfile


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def how_to_begin(profile: SiteProfile) -> str:
    """Rich text: choose a meeting, or book one with *Nytt möte*, and what the wizard asks."""
    steps = [
        _t("Om video passar patienten (frågas först)."),
        _t("Tid, mötesform och vem som gör vad."),
        _t("Deltagarna: namn, organisation och hur de nås."),
        _t("Mötesrummet: ett nytt i %1 som aldrig återanvänds.").replace(
            "%1", html.escape(profile.video_tool)
        ),
        _t("En säker kanal per mottagare, och texten att klistra in."),
    ]
    items = "".join(f"<li>{step}</li>" for step in steps)
    return (
        "<p><b>"
        + _t("Välj ett möte i listan för att se rum, deltagare och historik.")
        + "</b></p><p>"
        + _t(
            "Boka ett nytt möte med <b>Nytt möte</b> i verktygsfältet, "
            "<b>Arkiv → Nytt möte</b> eller <b>Ctrl+N</b>. Guiden frågar efter:"
        )
        + f"</p><ol>{items}</ol><p>"
        + _t("Tryck F1 på varje sida i guiden för rutinens hjälp.")
        + "</p>"
    )
