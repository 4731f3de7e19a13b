"""Each word of the history's vocabulary has exactly one Swedish text."""

from __future__ import annotations

from enum import StrEnum

import pytest

from vardmote_desktop.domain.confirmation import ConfirmedHow
from vardmote_desktop.domain.types import DeletionKind, EventAction
from vardmote_desktop.ui import texts


@pytest.mark.parametrize(
    ("vocabulary", "text"),
    [
        (EventAction, texts.event_action),
        (DeletionKind, texts.deletion_kind),
        (ConfirmedHow, texts.confirmed_how),
    ],
)
def test_every_value_has_its_own_swedish_text(
    swedish_qt: None, vocabulary: type[StrEnum], text: object
) -> None:
    assert callable(text)
    words = [text(value) for value in vocabulary]
    assert all(words) and len(set(words)) == len(words)
    assert not {str(value) for value in vocabulary} & set(words)  # none left as the code


def test_history_lines_read_the_details_in_swedish(swedish_qt: None) -> None:
    assert (
        texts.event("delivery_confirmed", {"participant": "Åsa Öst", "how": "phone_call"})
        == "Bekräftad: Åsa Öst, telefonsamtal"
    )
    # Written before ConfirmedHow was used in the details: the same words.
    assert texts.event("delivery_confirmed", {"participant": "Åsa Öst", "how": "telefon"}) == (
        "Bekräftad: Åsa Öst, telefonsamtal"
    )
    assert texts.event("room_deleted", {"room": "HC Torsås 5", "how": "missing_on_server"}) == (
        "Mötesrum borttaget: HC Torsås 5, fanns inte längre på servern"
    )
    assert texts.event("delivery_sent", {"participant": "Bo", "channel": "cosmic_messenger"}) == (
        "Skickad: Bo, Cosmic Messenger"
    )


def test_an_action_from_a_newer_version_is_shown_as_stored(swedish_qt: None) -> None:
    # A shared log may hold actions a newer PC wrote; the line must still show, not crash.
    assert texts.event("meeting_moved", {"room": "HC Torsås 5"}) == "meeting_moved: HC Torsås 5"


def test_numbers_take_the_singular_or_the_plural(swedish_qt: None) -> None:
    assert [texts.meetings(n) for n in (0, 1, 2)] == ["0 möten", "1 möte", "2 möten"]
    assert texts.count(1, "%n påminnelse", "%n påminnelser") == "1 påminnelse"
    assert texts.count(3, "%n påminnelse", "%n påminnelser") == "3 påminnelser"


@pytest.mark.parametrize(
    "details",
    [
        {"room": "HC Torsås 1", "how": "manual"},
        {"room": "HC Torsås 1", "how": "api", "automatic": True},
        {"room": "HC Torsås 1", "how": "missing_on_server"},
        {"room": "HC Torsås 1", "how": "orphan", "platform": "cms"},
    ],
)
def test_a_deleted_room_in_the_history_shows_no_code(
    swedish_qt: None, details: dict[str, object]
) -> None:
    line = texts.event("room_deleted", details)
    # The app's own run says so: "borttaget automatiskt" (actor "automatiskt (PC)").
    what = "Mötesrum borttaget automatiskt" if details.get("automatic") else "Mötesrum borttaget"
    assert line.startswith(f"{what}: HC Torsås 1, ")
    for code in ("manual", "api", "orphan", "missing_on_server", "cms", "True"):
        assert code not in line.split(": ", 1)[1]
