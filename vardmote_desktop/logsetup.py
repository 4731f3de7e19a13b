"""Logging to a rotating file, with anything shaped like a personal identity number masked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from vardmote_desktop.domain.privacy import redact_identity_numbers


class RedactingFilter(logging.Filter):
    """Last line of defence: a log file must never hold a personal identity number."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_identity_numbers(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
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
