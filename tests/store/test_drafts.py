"""Drafts of half-finished wizards: create, list, replace, delete."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.store.drafts import DraftRepository
from vardmote_desktop.store.errors import NotFoundError


def test_draft_lifecycle(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        drafts = DraftRepository(session)
        first = drafts.create(MeetingType.DISTANCE, {"step": 1})
        second = drafts.create(MeetingType.OTHER, {"step": 3, "enhet": "HC Torsås"})
        session.commit()
    with session_factory() as session:
        drafts = DraftRepository(session)
        assert [d.id for d in drafts.list_all()] == [second.id, first.id]
        assert [d.id for d in drafts.list_all(MeetingType.DISTANCE)] == [first.id]
        updated = drafts.update(first.id, {"step": 2})
        session.commit()
        assert updated.updated_at >= updated.created_at
    with session_factory() as session:
        drafts = DraftRepository(session)
        loaded = drafts.get(first.id)
        assert loaded is not None and loaded.payload == {"step": 2}
        drafts.delete(first.id)
        session.commit()
        assert drafts.get(first.id) is None
        with pytest.raises(NotFoundError):
            drafts.update(first.id, {})


def test_a_booking_takes_only_its_own_draft(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        drafts = DraftRepository(session)
        annas = drafts.create(MeetingType.DISTANCE, {"owner": "anna.s"}).id
        session.commit()
    with session_factory() as session:
        drafts = DraftRepository(session)
        # SQLite hands a deleted last id to the next draft: a colleague's id is not hers.
        assert not drafts.take(annas, {"bertil.k"}, MeetingType.DISTANCE)
        assert not drafts.take(annas, {"anna.s"}, MeetingType.SIP_OUTPATIENT)
        assert drafts.get(annas) is not None
        assert drafts.take(annas, {"anna.s", "Anna"}, MeetingType.DISTANCE)
        assert not drafts.take(annas, {"anna.s"}, MeetingType.DISTANCE)  # once only
        session.commit()
    with session_factory() as session:
        assert DraftRepository(session).list_all() == []
