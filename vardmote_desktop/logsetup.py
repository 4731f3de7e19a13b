"""Logging to a rotating file, with identity numbers, e-mail addresses and phone numbers masked."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import IO

from vardmote_desktop.domain.privacy import redact_personal_data

# Formats a traceback the way the handlers' formatter would, before it is masked.
_TRACEBACKS = logging.Formatter()

# Names cannot be recognised by pattern, but two common carriers of them can: the bound values
# SQLAlchemy prints in a database error ("[parameters: ('Åsa Öberg', ...)]"), and fields of a
# repr() or a dict that hold what a person typed (ParticipantPlan(name='...'), {'name': ...}).
NAME_MASK = "[uppgift]"
_SQL_PARAMETERS = re.compile(
    r"\[parameters: .*?\](?=\s*(?:\(Background on this error|$))", re.DOTALL | re.MULTILINE
)
_PERSONAL_FIELDS = (
    r"name|holder|organisation|role|reference|requested_via|suitability_note|note|email|phone"
    r"|body|subject|text|namn|details|participant|substitute"
)
_PERSONAL_VALUE = re.compile(
    rf"(?P<key>\b(?:{_PERSONAL_FIELDS})=|['\"](?:{_PERSONAL_FIELDS})['\"]:\s*)"
    r"(?P<value>'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")"
)


# A password inside a URL ("postgresql+psycopg://vardmote:hemligt@db/logg"): never logged.
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][\w+.-]*://[^\s:/@]+:)[^\s@/]+@", re.IGNORECASE)


def redact_log_text(text: str) -> str:
    """What a log file may hold of `text`: personal data and URL passwords masked."""
    text = _URL_PASSWORD.sub(lambda m: m.group("head") + "[lösenord]@", text)
    text = _SQL_PARAMETERS.sub(f"[parameters: {NAME_MASK}]", text)
    text = _PERSONAL_VALUE.sub(lambda m: m.group("key") + repr(NAME_MASK), text)
    return redact_personal_data(text)


class RedactingFilter(logging.Filter):
    """Last line of defence: a log file must never hold personal data.

    Masks personal identity numbers (every written form), e-mail addresses and phone numbers
    in the message with its arguments of any type, in the exception text and traceback, and in
    the stack; also the values a database error prints and the text fields of a repr() or dict
    (redact_log_text). Names elsewhere cannot be recognised by pattern: code must never put a
    participant's or a relative's name into a log message or an exception message (log the
    exception's type, an id, or a count instead).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: its arguments must still be masked
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact_log_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_log_text(record.exc_text)
        # The formatter would format exc_info again only when exc_text is empty; dropping it
        # keeps the raw exception from any handler that formats it its own way.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact_log_text(record.stack_info)
        return True


LOG_NAME = "vardmote.log"
# faulthandler writes from a signal handler, so it needs a file of its own that stays open (the
# rotating handler closes and renames its file); the next start moves it into the log.
FAULT_NAME = "vardmote-fault.log"

log = logging.getLogger("vardmote_desktop")


class _BriefFormatter(logging.Formatter):
    """For the terminal: the message without the traceback, which is in the file."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to <log_dir>/vardmote.log (5 × 1 MB) and stderr; returns the file's path.

    Calling it again for the same folder adds no second set of handlers.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    wanted = os.path.abspath(path)  # how FileHandler spells its baseFilename
    for existing in root.handlers:
        if isinstance(existing, logging.FileHandler) and existing.baseFilename == wanted:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    stream = logging.StreamHandler()
    stream.setFormatter(_BriefFormatter("%(levelname)s %(name)s: %(message)s"))
    stream.setLevel(logging.WARNING)
    stream.addFilter(RedactingFilter())
    root.setLevel(level)
    root.addHandler(handler)
    root.addHandler(stream)
    return path


Undo = Callable[[], None]


def start_logging(
    log_dir: Path, qt: str = "Qt not loaded", hooks: Iterable[Callable[[], Undo]] = ()
) -> tuple[Path, Undo]:
    """The handlers, then the start line and crash capture; returns the file and an undo.

    The first line of each start names the version, Python, Qt (`qt`, from ui/qt_log, since
    only ui/ imports Qt) and the OS. Unhandled errors (main thread and other threads) are
    logged with their traceback, and a hard crash (faulthandler) lands in the log at the next
    start. `hooks` add more capture, such as Qt's own messages (ui/qt_log). Every record
    passes the RedactingFilter of each handler.
    """
    from vardmote_desktop.about import environment_line

    path = setup_logging(log_dir)
    log.info("start: %s", environment_line(qt))
    _adopt_previous_fault(log_dir / FAULT_NAME)
    undo = [_capture_unhandled(), _capture_faults(log_dir / FAULT_NAME)]
    undo.extend(hook() for hook in hooks)

    def restore() -> None:
        for step in reversed(undo):
            step()

    return path, restore


def _capture_unhandled() -> Callable[[], None]:
    """Tracebacks of unhandled errors into the log (masked by the handlers' filters).

    The window installs its own hook (ui/launcher: the crash dialog), which logs the traceback
    itself; that one is kept as it is, so an error is not logged twice.
    """
    before, before_thread = sys.excepthook, threading.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled error", exc_info=(kind, value, tb))
        before(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread else "?"
            log.critical(
                "unhandled error in thread %s",
                name,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        before_thread(args)

    if before is sys.__excepthook__:
        sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook, threading.excepthook = before, before_thread

    return restore


def _capture_faults(path: Path) -> Callable[[], None]:
    # Frames only (file, line, function): faulthandler writes no values, so nothing personal.
    was_enabled = faulthandler.is_enabled()
    stream: IO[str] = path.open("a", encoding="utf-8")
    faulthandler.enable(file=stream, all_threads=True)

    def restore() -> None:
        faulthandler.disable()
        stream.close()
        if was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__, all_threads=True)

    return restore


def _adopt_previous_fault(path: Path) -> None:
    """A crash the previous start could not log itself: copy it into the log, then empty it."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return
    if text:
        log.critical("the previous start crashed (faulthandler):\n%s", text)
        path.write_text("", encoding="utf-8")
