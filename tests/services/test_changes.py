"""The change bus and the change check, on a SQLite file and on PostgreSQL shared by two PCs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from tests.helpers.log_data import book_examples
from tests.services.conftest import FakeClock
from tests.store.conftest import postgres_server as postgres_server
from tests.store.conftest import store_url as store_url
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.services.changes import ChangeBus, Changes, ChangeWatcher
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.retention import RetentionService
from vardmote_desktop.store.engine import create_store_engine, make_session_factory
from vardmote_desktop.store.meetings import MeetingRepository
from vardmote_desktop.store.migrate import upgrade_to_head

PROFILE = load_profiles()["kalmar"]
SETTINGS = Settings(profile="kalmar", unit="HC Torsås", user_name="Samordnare Test")


class Pc:
    """One PC: its own engine, bus, factory and watcher on the shared log."""

    def __init__(self, url: str) -> None:
        self.engine: Engine = create_store_engine(url)
        self.bus = ChangeBus()
        self.heard: list[Changes] = []
        self.bus.subscribe(self.heard.append)
        self.factory = make_session_factory(self.engine, on_commit=self.bus.committed)
        self.watcher = ChangeWatcher(self.factory, self.bus)


@pytest.fixture
def two_pcs(store_url: str) -> Iterator[tuple[Pc, Pc]]:
    here, there = Pc(store_url), Pc(store_url)
    upgrade_to_head(here.engine)
    yield here, there
    here.engine.dispose()
    there.engine.dispose()


def test_own_changes_are_announced_once_and_others_by_the_check(
    two_pcs: tuple[Pc, Pc], clock: FakeClock
) -> None:
    here, there = two_pcs
    assert here.watcher.check() is None  # the first check only notes where history stands

    ids = book_examples(here.factory, SETTINGS, PROFILE, clock)
    assert {i for c in here.heard for i in c.meeting_ids} == set(ids.values())
    assert not any(c.remote for c in here.heard)
    here.heard.clear()
    assert here.watcher.check() is None  # its own events: already announced at commit
    assert here.heard == []

    FollowUpService(there.factory, SETTINGS, PROFILE, clock).cancel(ids["mar"])
    found = here.watcher.check()
    assert found == Changes(frozenset({ids["mar"]}), frozenset({"events"}), remote=True)
    assert here.heard == [found]
    assert here.watcher.check() is None  # nothing new: nothing read again, nothing announced


def test_a_purge_elsewhere_names_its_cut_off_not_everything(
    two_pcs: tuple[Pc, Pc], clock: FakeClock
) -> None:
    """A purge removes only meetings older than its cut-off: the other PCs hear that cut-off,
    so a window showing none of them re-reads nothing (ui/changes.purge_touches); one purge
    of a large backlog is hundreds of batches, each its own commit and event."""
    here, there = two_pcs
    book_examples(here.factory, SETTINGS, PROFILE, clock)
    here.watcher.check()
    clock.advance(days=3 * 365)
    purging = RetentionService(there.factory, SETTINGS, PROFILE, clock)
    with there.factory() as session:
        meetings = MeetingRepository(session)
        reach = meetings.latest_start(meetings.oldest_purgeable(purging.cutoff(), 1000))
    assert reach is not None and reach < purging.cutoff()
    assert purging.run_now().count > 0
    found = here.watcher.check()
    assert found is not None and found.remote and not found.everything
    assert found.purged_through == reach  # the newest meeting it removed, not the cut-off
    # And the PC that purged hears its own commits the same way, at once.
    assert [c.purged_through for c in there.heard] == [reach]
    assert not any(c.everything for c in there.heard)
