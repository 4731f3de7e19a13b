"""On a log shared by a ward, each colleague's actions are recorded as theirs."""

from __future__ import annotations

import pytest

from tests.services.conftest import Store
from tests.services.test_followup import book
from vardmote_desktop.config.identity import Identity
from vardmote_desktop.services.followup import FollowUpService


def test_two_logins_with_the_same_name_leave_two_actors(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both colleagues use the site's preset name "Samordnare Test"; the OS logins differ.
    monkeypatch.setenv("LOGNAME", "anna.s")
    meetings, _, meeting_id = book(store)
    monkeypatch.setenv("LOGNAME", "bertil.k")
    followup = FollowUpService(store.factory, store.settings, store.profile, store.clock)
    followup.mark_sent(meetings.detail(meeting_id).participants[0].id)

    detail = meetings.detail(meeting_id)
    booked = next(e for e in detail.events if e.action == "meeting_booked")
    sent = next(e for e in detail.events if e.action == "delivery_sent")
    assert booked.actor != sent.actor
    by_anna, by_bertil = Identity.parse(booked.actor), Identity.parse(sent.actor)
    assert by_anna is not None and by_bertil is not None
    assert (by_anna.login, by_anna.display_name) == ("anna.s", "Samordnare Test")
    assert (by_bertil.login, by_bertil.display_name) == ("bertil.k", "Samordnare Test")
    organiser = Identity.parse(detail.organiser)
    assert organiser is not None and organiser.login == "anna.s"
