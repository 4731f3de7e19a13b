"""Logging to a rotating file, with identity numbers, e-mail addresses and phone numbers masked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from vardmote_desktop.domain.privacy import redact_personal_data

# Formats a traceback the way the handlers' formatter would, before it is masked.
_TRACEBACKS = logging.Formatter()


class RedactingFilter(logging.Filter):
    """Last line of defence: a log file must never hold personal data.

    Masks personal identity numbers (every written form), e-mail addresses and phone numbers
    in the message with its arguments of any type, in the exception text and traceback, and in
    the stack. Names cannot be recognised by pattern, so this filter cannot mask them: code must
    never put a participant's or a relative's name into a log message or an exception message
    (log the exception's type, an id, or a count instead).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: its arguments must still be masked
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact_personal_data(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_personal_data(record.exc_text)
        # The formatter would format exc_info again only when exc_text is empty; dropping it
        # keeps the raw exception from any handler that formats it its own way.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact_personal_data(record.stack_info)
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to <log_dir>/vardmote.log (5 × 1 MB) and stderr; returns the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "vardmote.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    stream = logging.StreamHandler()
    stream.setLevel(logging.WARNING)
    stream.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    root.addHandler(stream)
    return path
