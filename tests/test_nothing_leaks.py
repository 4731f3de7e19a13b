"""After a whole session, no file the application wrote holds a planted number or a secret.

One session through the real services, on real files under one profile home, as the program
runs them (inside config.paths.private_files, with the real log handlers): a room created on
the CMS emulator with a planted API password, a meeting booked, a personnummer planted in
every input in many written forms (each refused), drafts, an error logged with a relative's
details, a CSV and a PDF export searched for a personnummer. Then every file (the database,
its -wal and -shm, the logs, settings.json, the exports) is read back: no written form of the
number, no e-mail, no phone number, no password, and readable by the user only.

A separate test proves the same permissions for a real process (`--check` and `export`),
which also repairs files an older version left readable by everyone.
"""

from __future__ import annotations

import base64
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.helpers.cms_emulator import CmsEmulator
from tests.helpers.memory_keyring import MemoryKeyring
from tests.services.test_export import pdf_text
from tests.services.test_privacy_everywhere import INPUTS, PLANTED_FORMS
from vardmote_desktop.config.paths import AppPaths, private_files, secure_user_files
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings, save_user_settings, with_changes
from vardmote_desktop.domain.log_query import LogQuery
from vardmote_desktop.domain.privacy import contains_identity_number
from vardmote_desktop.domain.types import (
    Channel,
    MeetingMode,
    MeetingType,
    OrganisationKind,
)
from vardmote_desktop.logsetup import setup_logging
from vardmote_desktop.platforms.credentials import CredentialStore
from vardmote_desktop.services.drafts import DraftService
from vardmote_desktop.services.dto import MeetingPlan, ParticipantPlan
from vardmote_desktop.services.errors import RefusedText
from vardmote_desktop.services.export import write_csv
from vardmote_desktop.services.log import LogService
from vardmote_desktop.services.meetings import MeetingService
from vardmote_desktop.services.platforms import PlatformService
from vardmote_desktop.services.rooms import RoomService
from vardmote_desktop.store.engine import (
    create_store_engine,
    default_sqlite_url,
    make_session_factory,
)
from vardmote_desktop.store.migrate import upgrade_to_head
from vardmote_desktop.ui.log.pdf import write_pdf
from vardmote_desktop.ui.log.texts import export_texts

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
START = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
SECRET = "Planted-API-pw-7731"
EMAIL = "planted.relative@kommun.example.se"
PHONE = "070-765 43 21"
OWN_ROOM_DATA = ("call_id_written_as_pnr",)
# The planted number as bytes would appear in a file, in every form tried.
PLANTED_BYTES = {form.encode("utf-8") for form in PLANTED_FORMS} | {b"1212121212", b"121212-"}


@pytest.fixture
def root_log() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


def _relative(**changes: str) -> ParticipantPlan:
    base = {"name": "Testperson Anhörig", "email": EMAIL, "phone": PHONE} | changes
    return ParticipantPlan(
        name=base["name"],
        organisation_kind=OrganisationKind.OTHER,
        organisation="Privat",
        role="dotter",
        is_relative=True,
        email=base["email"],
        phone=base["phone"],
        channel=Channel.PHONE,
    )


def _session(paths: AppPaths, server: CmsEmulator, exports: Path) -> Engine:
    """The whole session; returns the still open engine (so -wal and -shm exist)."""
    profile = load_profiles()["kalmar"]
    settings = Settings(profile=profile.key, unit="HC Torsås", user_name="Samordnare Test")
    settings = with_changes(
        settings, platform="cms", server_url=server.base_url, server_user=server.username
    )
    save_user_settings(paths, settings, Settings())
    credentials = CredentialStore()
    credentials.set_password("cms", server.username, SECRET)
    engine = create_store_engine(default_sqlite_url(paths.data_dir))
    upgrade_to_head(engine)
    factory = make_session_factory(engine)
    platforms = PlatformService(settings, profile, credentials, timeout=(2.0, 2.0))
    rooms = RoomService(factory, settings, profile, lambda: NOW, platforms=platforms)
    meetings = MeetingService(factory, settings, profile, lambda: NOW)
    drafts = DraftService(factory, settings, profile, lambda: NOW)

    room = rooms.create_room(rooms.reserve_name())
    plan = MeetingPlan(
        meeting_type=MeetingType.DISTANCE,
        mode=MeetingMode.DIGITAL,
        starts_at=START,
        reference="SP-0077",
        participants=[_relative()],
        room=room,
    )
    drafts.save(None, plan, page=3)
    meetings.book(plan)
    refused = 0
    for field, make in INPUTS.items():
        for form in PLANTED_FORMS:
            if field in OWN_ROOM_DATA and form == PLANTED_FORMS[2]:
                continue  # unbroken there, it is the room's own call ID, not planted
            for attempt in (meetings.book, lambda p: drafts.save(None, p, 2)):
                try:
                    attempt(make(form))
                except RefusedText:
                    refused += 1
    for form in PLANTED_FORMS:
        try:
            rooms.read_invitation(f"https://join.example.se/m?id=1&pnr={form}", external=True)
        except RefusedText:
            refused += 1
    # A pasted link ends at a space: those forms leave only their first half, no number.
    unbroken = [form for form in PLANTED_FORMS if not any(c.isspace() for c in form)]
    assert refused == 2 * (len(PLANTED_FORMS) * len(INPUTS) - len(OWN_ROOM_DATA)) + len(unbroken)

    # A careless error with everything in it, through the real handlers.
    careless = _relative(name=f"Kim {PLANTED_FORMS[0]}")
    try:
        raise RuntimeError(f"could not reach {careless!r} ({PLANTED_FORMS[4]}, {PHONE})")
    except RuntimeError:
        logging.getLogger("vardmote_desktop.test").exception(
            "booking failed: %s %s %s", careless, EMAIL, PLANTED_FORMS[8]
        )

    log = LogService(factory, settings, profile, lambda: NOW)
    for index, form in enumerate(PLANTED_FORMS):
        texts = export_texts(LogQuery(text=form), NOW)
        write_csv(log.rows(LogQuery()), exports / f"logg-{index}.csv", texts)
    searched = export_texts(LogQuery(text=PLANTED_FORMS[2]), NOW)
    write_pdf(log.rows(LogQuery()), exports / "logg.pdf", searched)
    for handler in logging.getLogger().handlers:
        handler.flush()
    return engine


@pytest.mark.logs_errors  # the careless error is logged on purpose
def test_a_whole_session_leaves_nothing_to_find(
    tmp_path: Path, root_log: None, memory_keyring: MemoryKeyring, qapp: object
) -> None:
    home = tmp_path / "home"
    paths = AppPaths(home / "config", home / "data", home / "logs")
    exports = home / "exports"
    with CmsEmulator(password=SECRET) as server, private_files():
        secure_user_files(paths)
        exports.mkdir()
        setup_logging(paths.log_dir)
        engine = _session(paths, server, exports)
        try:
            with engine.connect() as connection:  # a reader keeps the -wal and -shm open
                connection.execute(text("SELECT count(*) FROM meetings")).scalar_one()
                files = sorted(p for p in home.rglob("*") if p.is_file())
                names = {p.name for p in files}
                assert {"vardmote.db", "vardmote.db-wal", "vardmote.db-shm"} <= names
                assert {"vardmote.log", "settings.json", "logg.pdf", "logg-0.csv"} <= names
                _assert_private(home)
                for path in files:
                    _assert_nothing_in(path)
        finally:
            engine.dispose()


def _assert_nothing_in(path: Path) -> None:
    raw = path.read_bytes()
    for planted in PLANTED_BYTES:
        assert planted not in raw, f"{planted!r} in {path.name}"
    secrets = (SECRET.encode(), base64.b64encode(f"api:{SECRET}".encode()))
    for secret in secrets:
        assert secret not in raw, f"a secret in {path.name}"
    readable = pdf_text(path) if path.suffix == ".pdf" else raw.decode("utf-8", "replace")
    if path.suffix == ".pdf":
        assert "Möteslogg" in readable  # the text really was read
    assert not contains_identity_number(readable), path.name
    if not path.name.startswith("vardmote.db"):
        # The meeting log's database keeps the relative's contact details (it must, to send
        # the invitation); no log file, setting or export may hold them.
        assert EMAIL not in readable and PHONE not in readable, path.name
    if path.name == "vardmote.log":
        assert "[personnummer]" in readable and "booking failed" in readable


def _assert_private(home: Path) -> None:
    if os.name != "posix":
        return
    for path in home.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, f"{path.relative_to(home)} is {oct(mode)}"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_real_process_writes_private_files_and_repairs_old_ones(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = home / "config"
    config.mkdir(parents=True, mode=0o755)
    old = config / "settings.json"
    old.write_text('{"profile": "kalmar", "unit": "HC Torsås"}', encoding="utf-8")
    old.chmod(0o644)  # as an older version left it
    env = os.environ | {
        "VARDMOTE_HOME": str(home),
        "VARDMOTE_SITE_DEFAULTS": str(tmp_path / "no-site-defaults.json"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    outside = tmp_path / "exports"
    outside.mkdir()

    def run(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "vardmote_desktop", *args],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    run("--check")
    run("export", "--format", "csv", "--out", str(outside / "logg.csv"))
    run("export", "--format", "pdf", "--out", str(outside / "logg.pdf"))
    written = [*home.rglob("*"), outside / "logg.csv", outside / "logg.pdf"]
    assert {"vardmote.db", "vardmote.log", "settings.json"} <= {p.name for p in written}
    for path in written:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path.name}: {oct(mode)}"
