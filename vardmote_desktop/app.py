"""The one place objects are built and wired: engine, migrations, services, platform clients."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.profiles import load_template
from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.services.changes import ChangeBus, ChangeWatcher
from vardmote_desktop.services.contacts import ContactService
from vardmote_desktop.services.context import AppContext
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.errors import (
    CredentialsUnavailable,
    DatabaseBeingUpgraded,
    DatabaseTooNew,
    DatabaseUnavailable,
    database_fault,
)
from vardmote_desktop.services.followup import FollowUpService
from vardmote_desktop.services.history_check import HistoryService
from vardmote_desktop.services.invitations import InvitationService
from vardmote_desktop.services.lifecycle import RoomLifecycleService
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.services.reconcile import ReconcileService
from vardmote_desktop.services.reminders import ReminderService
from vardmote_desktop.services.retention import RetentionService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.services.statistics import StatisticsService
from vardmote_desktop.store.engine import (
    create_store_engine,
    default_sqlite_url,
    make_session_factory,
)
from vardmote_desktop.store.errors import DatabaseTooNewError, MigrationLockTimeoutError
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.store.urls import DATABASE_PLATFORM, SQLITE_FILE_NAME, server_address

log = logging.getLogger(__name__)


def database_url(settings: Settings, paths: AppPaths) -> str:
    return settings.database or default_sqlite_url(paths.data_dir)


def create_log_engine(settings: Settings, paths: AppPaths) -> Engine:
    """An engine on the configured log; the default SQLite log is opened with its key.

    Raises the services' LogKey* errors when the encrypted log cannot be opened.
    """
    url = database_url(settings, paths)
    if settings.database is not None:
        return create_store_engine(_with_keyring_password(settings, paths, url))
    from vardmote_desktop.platforms.credentials import credential_store
    from vardmote_desktop.services.log_key import local_log_key, remember_keyring

    store = credential_store(settings.keyring_scope)
    # A site that changes keyring_scope after its logs are encrypted finds each key in the
    # other scope; it is moved, not lost (services/log_key.py).
    other = "user" if settings.keyring_scope == "machine" else "machine"
    key = local_log_key(
        settings,
        store,
        paths.data_dir / SQLITE_FILE_NAME,
        other_scope=lambda: credential_store(other),
    )
    engine = create_store_engine(url, key=key)  # makes the data folder for a new log
    remember_keyring(paths.data_dir, store)  # the next first list finds it at once
    return engine


def _with_keyring_password(settings: Settings, paths: AppPaths, url: str) -> str:
    """A database URL with its password from the keyring; one given in the URL is moved there.

    Without either, libpq's own sources apply (PGPASSFILE/~/.pgpass, a pg_service.conf
    service), so a password never has to be a setting.
    """
    from vardmote_desktop.config.settings import scrub_saved_password
    from vardmote_desktop.platforms.credentials import CredentialStoreError, credential_store

    parsed = make_url(url)
    address = server_address(url)
    if address is None or not address.user:
        return url
    account = address.account
    store = credential_store(settings.keyring_scope)
    given = parsed.password
    try:
        if given is not None:
            store.set_password(DATABASE_PLATFORM, account, str(given))
            scrub_saved_password(paths)
            return url
        stored = store.get_password(DATABASE_PLATFORM, account)
    except CredentialStoreError as exc:
        raise CredentialsUnavailable() from exc
    if stored is None:
        return url
    return parsed.set(password=stored).render_as_string(hide_password=False)


def database_label(url: str) -> str:
    """'SQLite: /path/file' or 'PostgreSQL: host/db': never the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite: {parsed.database or ':memory:'}"
    return f"PostgreSQL: {parsed.host or 'localhost'}/{parsed.database or ''}"


def build_context(settings: Settings, profile: SiteProfile, paths: AppPaths) -> AppContext:
    """Open (and migrate) the log and wire the services; runs on a worker thread."""
    url = database_url(settings, paths)
    engine = create_log_engine(settings, paths)
    try:
        result = upgrade_to_head(engine)
    except DatabaseTooNewError as exc:
        engine.dispose()
        raise DatabaseTooNew(exc.needed_release) from exc
    except MigrationLockTimeoutError as exc:
        engine.dispose()
        raise DatabaseBeingUpgraded() from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise (database_fault(exc) or DatabaseUnavailable()) from exc
    if result.upgraded:
        log.info("database migrated from %s to %s", result.previous_revision, result.revision)
    elif result.newer_schema:
        log.info("database at %s from a newer release, usable as it is", result.revision)
    # Every commit through this factory is announced on the bus, whichever service made it.
    changes = ChangeBus()
    factory = make_session_factory(engine, on_commit=changes.committed)
    # Every service is built alike (services/base.Service); collaborators by keyword.
    basis = (factory, settings, profile)
    # The retention purge runs in the background once the list is shown (ui/main_window.py).
    retention = RetentionService(*basis)
    # The keyring backend is resolved here, on the worker thread, never before the first paint.
    from vardmote_desktop.platforms.credentials import credential_store

    platforms = PlatformService(settings, profile, credential_store(settings.keyring_scope))
    rooms = RoomService(*basis, platforms=platforms)
    meetings = MeetingService(*basis)
    return AppContext(
        settings=settings,
        profile=profile,
        meetings=meetings,
        rooms=rooms,
        invitations=InvitationService(profile, load_template(profile.invitation_template)),
        followup=FollowUpService(*basis),
        drafts=DraftService(*basis),
        platforms=platforms,
        reconcile=ReconcileService(*basis, platforms=platforms, rooms=rooms),
        log=LogService(*basis, meetings=meetings),
        statistics=StatisticsService(factory),
        retention=retention,
        reminders=ReminderService(*basis),
        database_label=database_label(url),
        close=engine.dispose,
        changes=changes,
        watcher=ChangeWatcher(factory, changes),
        lifecycle=RoomLifecycleService(factory, settings, profile, platforms),
        contacts=ContactService(*basis),
        history=HistoryService(factory),
    )
