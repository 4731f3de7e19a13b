"""The region's own messaging system is named: never Lifecare SP under the Kalmar profile."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.person import click
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.domain.types import MeetingType, OrganisationKind
from vardmote_desktop.domain.workflows import workflow
from vardmote_desktop.services.dto import MeetingPlan, ParticipantInfo
from vardmote_desktop.ui.followup_dialogs import SubstituteDialog
from vardmote_desktop.ui.wizards.page_details import DetailsPage
from vardmote_desktop.ui.wizards.state import WizardState

SYSTEMS = {"kalmar": "Cosmic", "region_pexip": "Lifecare SP"}
ASKS_REQUEST = [t for t in MeetingType if workflow(t).asks_request]


def _words(widget: QWidget) -> str:
    """Every text a person can see or hear on the widget and its children."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.accessibleName())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
    return "\n".join(texts)


@pytest.mark.parametrize("profile_key", sorted(SYSTEMS))
def test_details_page_names_the_profiles_messaging_system(
    qtbot: QtBot, swedish_qt: None, profile_key: str
) -> None:
    profile = load_profiles()[profile_key]
    system = SYSTEMS[profile_key]
    for meeting_type in [t for t in ASKS_REQUEST if t in profile.meeting_types]:
        routine = workflow(meeting_type)
        plan = MeetingPlan(
            meeting_type=meeting_type,
            mode=routine.modes[0],
            starts_at=datetime.now().astimezone() + timedelta(days=1),
        )
        page = DetailsPage(WizardState(plan, routine, profile, "Koordinator"))
        qtbot.addWidget(page)
        assert page.requested.text().replace("&", "").endswith(f"begäran om mötet i {system}")
        assert system in page.reference.placeholderText()
        words = _words(page)
        assert "{system}" not in words
        if profile_key == "kalmar":
            assert "Lifecare" not in words, meeting_type
        # Ticked, the request is stored as the site's own system, never another region's word.
        click(qtbot, page.requested)
        assert page.validatePage()
        assert plan.requested_via == {"kalmar": "cosmic"}.get(profile_key, "lifecare_sp")


@pytest.mark.parametrize("profile_key", sorted(SYSTEMS))
def test_substitute_dialog_names_the_profiles_messaging_system(
    qtbot: QtBot, swedish_qt: None, profile_key: str
) -> None:
    replaced = ParticipantInfo(
        id=1,
        name="Testperson 1",
        organisation_kind=OrganisationKind.MUNICIPALITY,
        organisation="Torsås kommun",
        role="biståndshandläggare",
        is_relative=False,
        email=None,
        phone="0480-12345",
        joins_by_video=True,
        active=True,
        replaced_by_id=None,
        delivery=None,
    )
    profile = load_profiles()[profile_key]
    dialog = SubstituteDialog(profile, MeetingType.DISTANCE, replaced, same_day=True)
    qtbot.addWidget(dialog)
    words = _words(dialog)
    assert f"meddelas via {SYSTEMS[profile_key]};" in words
    assert f"kontakta den som kallat via {SYSTEMS[profile_key]}," in words
    if profile_key == "kalmar":
        assert "Lifecare" not in words
