"""The main window's first list, read before the services are built (issue 14).

Building the services imports SQLAlchemy, the platform clients and requests: over half a
second, on every start. The list a nurse looks at first comes instead from the log through the
bare driver (store/first_list.py), as the same rows the overview gives (services/list_rows.py),
judged by the same clock and warning hours (services/site_values.py). The full opening follows
at once and takes over; until then the window only shows.

None means "wait for the full opening": no log yet, a log to migrate or from a newer release,
an encrypted log whose key is not at hand, or any fault, which the full opening then explains.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.services.list_rows import LIST_LIMIT, MeetingSummary, Overview, summary_row
from vardmote_desktop.services.site_values import Clock, SiteValues, utc_now
from vardmote_desktop.store.first_list import (
    FirstGroups,
    ListColumns,
    LocalLog,
    ServerLog,
    read_groups,
)
from vardmote_desktop.store.urls import (
    DATABASE_PLATFORM,
    SQLITE_FILE_NAME,
    server_address,
    sqlite_file,
)

log = logging.getLogger(__name__)


def first_overview(
    settings: Settings,
    profile: SiteProfile,
    data_dir: Path,
    *,
    clock: Clock = utc_now,
    limit: int = LIST_LIMIT,
) -> Overview | None:
    """The three groups as MeetingService.overview gives them, or None (see the docstring)."""
    try:
        source = _source(settings, data_dir)
        if source is None:
            return None
        now = clock()
        hours = SiteValues.of(settings, profile).unconfirmed_warning_hours
        groups = read_groups(source, now, now + timedelta(hours=hours), limit)
    except Exception as exc:  # any fault is the full opening's to explain, in its own words
        log.info("first list not read the quick way (%s); waiting for the log", type(exc).__name__)
        return None
    if groups is None:
        return None
    return _overview(groups, now, hours)


def _overview(groups: FirstGroups, now: datetime, hours: float) -> Overview:
    def rows(found: list[ListColumns]) -> tuple[MeetingSummary, ...]:
        return tuple(summary_row(row, now, hours) for row in found)

    return Overview(rows(groups.needs_action), rows(groups.upcoming), rows(groups.past))


def _source(settings: Settings, data_dir: Path) -> LocalLog | ServerLog | None:
    if settings.database is None:
        return _local(settings, data_dir / SQLITE_FILE_NAME)
    path = sqlite_file(settings.database)
    if path is not None:
        return LocalLog(path)  # a log named by URL is never encrypted (app.create_log_engine)
    address = server_address(settings.database)
    if address is None:
        return None
    if address.user and address.password is None:

        def from_keyring() -> str | None:
            # Where app._with_keyring_password keeps it; asked only if the server wants it.
            from vardmote_desktop.platforms.credentials import credential_store

            store = credential_store(settings.keyring_scope)
            return store.get_password(DATABASE_PLATFORM, address.account)

        return ServerLog(address, from_keyring)
    return ServerLog(address)


def _local(settings: Settings, path: Path) -> LocalLog | None:
    from vardmote_desktop.store.encryption import has_content, is_plain_sqlite

    if not has_content(path):
        return None
    if is_plain_sqlite(path):
        # A plain log the site requires encrypted is encrypted (or refused) by the full opening.
        return None if settings.log_encryption == "required" else LocalLog(path)
    from vardmote_desktop.platforms.os_secrets import account_name, direct_reader, service_name
    from vardmote_desktop.services.log_key import (
        LOG_KEY_PLATFORM,
        log_key_account,
        remembered_keyring,
    )

    # From the OS keyring the full opening used last time: directly where it can be, without
    # importing keyring; else keyring loads that one backend, without its search. A key it does
    # not hold, or one that does not open the log, only means the full opening shows the list.
    note = remembered_keyring(path.parent)
    account = log_key_account(path)
    read = direct_reader(note)
    if read is not None:
        key = read(service_name(settings.keyring_scope), account_name(LOG_KEY_PLATFORM, account))
    else:
        from vardmote_desktop.platforms.credentials import credential_store, remembered_backend

        backend = remembered_backend(note.backend if note is not None else None)
        key = credential_store(settings.keyring_scope, backend).get_password(
            LOG_KEY_PLATFORM, account
        )
    return None if key is None else LocalLog(path, key)
