"""A unit's contacts and last-used values: kept in the log, guarded, shared by the unit's PCs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.helpers.postgres import PostgresServer
from tests.services.conftest import Store
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.types import Channel, MeetingMode, MeetingType, OrganisationKind
from vardmote_desktop.services.contact_values import Contact, LastUsed
from vardmote_desktop.services.contacts import ContactService
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan
from vardmote_desktop.services.errors import ContactInvalid, NotFound, RefusedText
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.migrate import upgrade_to_head

ASA = Contact(
    name="Åsa Öhrström",
    organisation="Torsås kommun, hemsjukvården",
    role="sjuksköterska",
    phone="070-000 00 01",
    has_cosmic_messenger=True,
)
GORAN = Contact(name="Göran Älvdal", organisation="Torsås kommun", phone="0480-00 00 02")


def service(store: Store, unit: str = "HC Torsås") -> ContactService:
    settings = Settings(profile=store.profile.key, unit=unit, user_name="Samordnare Test")
    return ContactService(store.factory, settings, store.profile, store.clock)


def plan(*people: ParticipantPlan, minutes: int = 45) -> MeetingPlan:
    return MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=datetime(2026, 12, 3, 12, 30, tzinfo=UTC),
        duration_minutes=minutes,
        participants=list(people),
    )


def test_add_search_update_remove(store: Store) -> None:
    contacts = service(store)
    asa = contacts.add(ASA)
    contacts.add(GORAN)
    assert asa.id is not None and asa.name == "Åsa Öhrström"
    assert [c.name for c in contacts.search("hem")] == ["Åsa Öhrström"]  # a word of the unit
    assert [c.name for c in contacts.search("gör älv")] == ["Göran Älvdal"]
    assert {c.name for c in contacts.search("torsås")} == {"Åsa Öhrström", "Göran Älvdal"}
    assert contacts.search("berit") == []
    # The same person typed again (other case and spacing) is updated, not kept twice.
    again = contacts.add(
        Contact(name="åsa  öhrström", organisation=ASA.organisation, phone="070-000 00 03")
    )
    assert again.id == asa.id and again.phone == "070-000 00 03"
    assert len(contacts.all()) == 2
    changed = contacts.update(Contact(**{**again.__dict__, "role": "distriktssköterska"}))
    assert changed.role == "distriktssköterska"
    contacts.remove(asa.id)
    assert [c.name for c in contacts.all()] == ["Göran Älvdal"]
    with pytest.raises(NotFound):
        contacts.remove(asa.id)
    with pytest.raises(NotFound):
        contacts.update(changed)


def test_every_field_passes_the_privacy_guard(store: Store) -> None:
    contacts = service(store)
    for field in ("name", "organisation", "role", "phone"):
        with pytest.raises(RefusedText):
            contacts.add(Contact(**{**GORAN.__dict__, field: "Göran 19121212-1212"}))
    with pytest.raises(ContactInvalid):  # neither e-mail nor phone
        contacts.add(Contact(name="Berit Berg"))
    with pytest.raises(ContactInvalid):
        contacts.add(Contact(name="Berit Berg", email="inte-en-adress"))
    relative = ParticipantPlan(
        "Anhörig Ett", OrganisationKind.OTHER, is_relative=True, phone="070-000 00 04"
    )
    with pytest.raises(ContactInvalid):  # relatives are never kept
        contacts.save_participant(relative)
    assert contacts.all() == []


def test_each_unit_has_its_own_contacts(store: Store) -> None:
    service(store).add(ASA)
    assert service(store, "Avd 12").all() == []
    assert [c.name for c in service(store).all()] == ["Åsa Öhrström"]


def test_booking_remembers_values_channels_and_puts_the_most_met_first(store: Store) -> None:
    contacts = service(store)
    assert contacts.last_used(MeetingType.DISTANCE) == LastUsed()
    contacts.add(ASA)
    contacts.add(GORAN)
    goran = GORAN.participant()
    goran.channel = Channel.PHONE
    contacts.remember(plan(goran, minutes=45))
    first = contacts.all()[0]
    assert first.name == "Göran Älvdal" and first.channel is Channel.PHONE
    remembered = contacts.last_used(MeetingType.DISTANCE)
    assert remembered.duration_minutes == 45 and remembered.mode is MeetingMode.DIGITAL
    assert remembered.roles == {}  # every Kalmar distance role is the user's own
    assert contacts.last_used(MeetingType.OTHER) == LastUsed()
    # A participant who is not a contact is not made one by booking.
    contacts.remember(
        plan(ParticipantPlan("Ny Person", OrganisationKind.REGION, phone="070-000 00 05"))
    )
    assert len(contacts.all()) == 2


@pytest.fixture
def shared_log(postgres: PostgresServer) -> Iterator[str]:
    postgres.reset()
    engine = create_store_engine(postgres.url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    yield postgres.url


@pytest.mark.postgres
def test_two_pcs_on_a_shared_postgresql_log_share_the_contacts(
    shared_log: str, store: Store
) -> None:
    engines = [create_store_engine(shared_log) for _ in range(2)]
    try:
        first, second = (
            ContactService(make_session_factory(e), store.settings, store.profile, store.clock)
            for e in engines
        )
        saved = first.add(ASA)
        assert [c.name for c in second.search("åsa")] == ["Åsa Öhrström"]
        second.add(Contact(**{**ASA.__dict__, "phone": "070-000 00 09"}))  # the same person
        assert [c.phone for c in first.all()] == ["070-000 00 09"]
        assert saved.id is not None
        second.remember(plan(ASA.participant(), minutes=30))
        assert first.last_used(MeetingType.DISTANCE).duration_minutes == 30
        first.remove(saved.id)
        assert second.all() == []
    finally:
        for engine in engines:
            engine.dispose()
