"""The log file never holds an identity number, e-mail address or phone number."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from vardmote_desktop.domain.privacy import contains_identity_number, redact_personal_data
from vardmote_desktop.logsetup import RedactingFilter, _capture_unhandled, setup_logging

# A relative as a careless exception message would carry them; made-up, and Skatteverket's
# test number written three ways.
NAME = "Åsa-Britt Ögren"
EMAIL = "asa-britt.ogren@kommun.example.se"
PHONES = ("070-123 45 67", "+46 70\u00a0123\u00a045\u00a067", "０７０\u2011１２３ ４５ ６７")
PNRS = ("19121212-1212", "121212\u20111212", "１２１２１２－１２１２")


class DeliveryFailed(Exception):
    """Stands for a service error whose message was built carelessly."""


@dataclass
class Relative:
    name: str
    email: str
    phone: str


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The real handler set-up on a temporary folder; the root logger put back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = setup_logging(tmp_path / "logs")
    try:
        yield path
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


def _fail(relative: Relative) -> None:
    try:
        raise ValueError(f"bad address {relative.email} ({PNRS[2]})")
    except ValueError as exc:
        raise DeliveryFailed(
            f"could not reach {relative.name} <{relative.email}>, {relative.phone}, {PNRS[0]}"
        ) from exc


def assert_nothing_personal(text: str) -> None:
    # Names cannot be recognised by pattern (see RedactingFilter): NAME is not checked here.
    for secret in (EMAIL, *PHONES, *PNRS, "1212121212", "0701234567", "70 123 45 67"):
        assert secret not in text
    assert not contains_identity_number(text)
    assert redact_personal_data(text) == text  # nothing left that the guard would mask
    assert "@" not in text


@pytest.mark.logs_errors  # errors are what it logs: the handlers must mask them in the file
def test_unhandled_exception_through_the_real_handlers(log_file: Path) -> None:
    relative = Relative(NAME, EMAIL, PHONES[1])
    log = logging.getLogger("vardmote_desktop.test")
    try:
        _fail(relative)
    except DeliveryFailed as exc:
        # As ui/launcher's excepthook writes it: the formatted trace as an argument...
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(exc)))
        # ...and as log.exception does: exc_info, formatted by the handler.
        log.exception("delivery failed")
        log.error(exc)  # the exception itself as the message
    log.warning("who: %r and %s", relative, {"phone": PHONES[2], "pnr": PNRS[1]})
    log.info("stack", stack_info=True, extra={"unused": EMAIL})
    log.info("broken format %d", EMAIL)  # a format error must not print the args raw
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    assert_nothing_personal(text)
    # The record is still useful: what failed, where, and masks where the data was.
    assert "unhandled error:" in text and "DeliveryFailed" in text and "_fail" in text
    assert "[e-post]" in text and "[telefon]" in text and "[personnummer]" in text
    assert "The above exception was the direct cause" in text
    assert text.count("Traceback (most recent call last)") >= 4


@pytest.mark.parametrize(
    ("msg", "args"),
    [
        ("%s", (EMAIL,)),
        ("%s %s", (PHONES[0], PNRS[1])),
        ("%(who)s", ({"who": EMAIL},)),
        ("%r", ([PNRS[2], PHONES[2]],)),
        (f"ring {PHONES[0]}", None),
    ],
)
def test_filter_masks_message_and_args(msg: str, args: tuple[object, ...] | None) -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, msg, args, None)
    assert RedactingFilter().filter(record)
    assert_nothing_personal(record.getMessage())
    assert re.search(r"\[(e-post|telefon|personnummer)\]", record.getMessage())


@pytest.mark.logs_errors  # the unhandled error is what it logs
def test_an_unhandled_database_error_writes_no_name_email_or_phone(
    log_file: Path, tmp_path: Path
) -> None:
    """A real SQLite error carries the row's values; the unhandled-error hook logs none."""
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE p (name TEXT UNIQUE, email TEXT, phone TEXT)"))
    relative = Relative(NAME, EMAIL, PHONES[0])
    row = {"name": NAME, "email": EMAIL, "phone": PHONES[0]}
    saved = sys.excepthook
    sys.excepthook = sys.__excepthook__  # as at a real start, before any window
    restore = _capture_unhandled()  # the real hook start_logging installs
    try:
        try:
            with engine.begin() as connection:
                insert = text("INSERT INTO p VALUES (:name, :email, :phone)")
                connection.execute(insert, row)
                connection.execute(insert, row)  # the same name again: UNIQUE fails
        except IntegrityError as exc:
            assert NAME in str(exc)  # the raw error does carry the name
            try:
                raise RuntimeError(f"booking failed for {relative!r}") from exc
            except RuntimeError as unhandled:
                sys.excepthook(type(unhandled), unhandled, unhandled.__traceback__)
    finally:
        restore()
        sys.excepthook = saved
        engine.dispose()
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "unhandled error" in written
    assert "IntegrityError" in written and "RuntimeError" in written
    assert NAME not in written and "Ögren" not in written
    assert_nothing_personal(written)


@pytest.mark.parametrize(
    "line",
    [
        "could not connect to postgresql+psycopg://vardmote:Hemligt-pw1@db.region.se/logg",
        "url=postgresql://vardmote:Hemligt-pw1@10.0.0.5:5432/logg failed",
    ],
)
def test_a_password_in_a_url_is_never_logged(line: str) -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "%s", (line,), None)
    assert RedactingFilter().filter(record)
    assert "Hemligt-pw1" not in record.getMessage()
    assert "vardmote:[lösenord]@" in record.getMessage()
