"""Swedish plurals right everywhere, and the history never shows a stored code (manual, api)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vardmote_desktop.domain.confirmation import ConfirmedHow
from vardmote_desktop.domain.types import DeletionKind, EventAction
from vardmote_desktop.ui import texts

UI = Path(texts.__file__).parent
# A number placeholder followed by a noun in the plural, in one fixed source text: "%1 möten"
# reads "1 möten" for one. Such texts go through texts.count with both forms.
FIXED_PLURAL = re.compile(
    r"""(?:tr|_t)\(\s*"[^"]*%[0-9n]\s+(?:möten|minuter|påminnelser|mottagare|deltagare|"""
    r"""timmar|dagar|bekräftelser|rummen)\b[^"]*"\s*\)"""
)


def test_no_fixed_plural_after_a_number_in_the_ui() -> None:
    offenders = []
    for path in UI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in FIXED_PLURAL.finditer(source):
            # The plural form passed to count() next to its singular is right.
            before = source[max(0, match.start() - 200) : match.start()]
            if "count(" not in before:
                offenders.append(f"{path.name}: {match.group(0)}")
    assert offenders == []


def test_count_picks_the_form(swedish_qt: None) -> None:
    assert texts.meetings(1) == "1 möte"
    assert texts.meetings(2) == "2 möten"
    assert texts.meetings(0) == "0 möten"
    one = texts.count(1, "%n påminnelse", "%n påminnelser")
    assert one == "1 påminnelse"


@pytest.mark.parametrize("how", [*DeletionKind, "manual_confirmed", "api"])
def test_room_deleted_never_shows_its_stored_code(how: str, swedish_qt: None) -> None:
    line = texts.event(EventAction.ROOM_DELETED, {"room": "HC Torsås 8", "how": str(how)})
    assert line.startswith("Mötesrum borttaget: HC Torsås 8")
    words = re.findall(r"\w+", line)
    assert "manual" not in words and "api" not in words and "missing_on_server" not in words


def test_every_action_reads_in_swedish_without_codes(swedish_qt: None) -> None:
    details: dict[str, object] = {
        "room": "HC Torsås 8",
        "participant": "Handläggare Ek",
        "channel": "cosmic_messenger",
        "how": ConfirmedHow.PHONE_CALL.value,
        "platform": "manual",
        "starts_from": datetime(2026, 12, 3, 12, 30, tzinfo=UTC).isoformat(),
        "starts_to": datetime(2026, 12, 4, 13, 0, tzinfo=UTC).isoformat(),
        "minutes_from": 60,
        "minutes_to": 45,
        "fields": "phone",
    }
    for action in EventAction:
        line = texts.event(action.value, details)
        assert action.value not in line
        assert not {"manual", "api", "cosmic_messenger", "phone_call"} & set(line.split())


def test_the_scan_finds_a_fixed_plural() -> None:
    # The scan itself: it must see what the issue saw ("1 möten", "1 påminnelser").
    assert FIXED_PLURAL.search('self.tr("%1 möten exporterade")')
    assert FIXED_PLURAL.search('_t("(och %n påminnelser till)")')
    assert not FIXED_PLURAL.search('self.tr("%1 rum togs bort.")')
