"""The room mark: compact, versioned, read tolerantly; old rooms still recognised as ours."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from vardmote_desktop.domain.naming import new_call_id, new_room_address
from vardmote_desktop.domain.privacy import find_identity_numbers, luhn_check_digit
from vardmote_desktop.domain.room_tag import MAX_LENGTH, RoomTag, format_tag, parse_tag

LOG = "0123456789abcdef0123456789abcdef"  # a uuid4().hex, as migration 0006 makes it
CREATED = datetime(2026, 12, 1, 8, 5, tzinfo=UTC)
ENDS = datetime(2026, 12, 3, 10, 30, tzinfo=UTC)


def test_round_trip_and_length() -> None:
    text = format_tag(RoomTag(LOG, CREATED, ENDS))
    assert text == f"vardmote-desktop/1 o={LOG} c=20261201T0805Z e=20261203T1030Z"
    assert len(text) <= MAX_LENGTH  # fits a CMS cdrTag
    assert parse_tag(text) == RoomTag(LOG, CREATED, ENDS)


def test_times_are_written_in_utc_to_the_minute() -> None:
    local = datetime(2026, 12, 1, 9, 5, 42, tzinfo=timezone(timedelta(hours=1)))
    tag = parse_tag(format_tag(RoomTag(LOG, local, None)))
    assert tag is not None and tag.created_at == CREATED and tag.ends_at is None


def test_old_rooms_are_ours_with_unknown_owner() -> None:
    tag = parse_tag("vardmote-desktop")
    assert tag is not None and tag.legacy
    assert (tag.owner, tag.created_at, tag.ends_at) == (None, None, None)


@pytest.mark.parametrize(
    "text", [None, "", "someone-else", "vardmote-desktop-x", "vardmote-desktopish/1 o=ab", "x/1"]
)
def test_other_marks_are_not_ours(text: str | None) -> None:
    assert parse_tag(text) is None


def test_reading_is_tolerant_of_order_unknown_keys_later_versions_and_damage() -> None:
    tag = parse_tag(f"vardmote-desktop/3 z=1 e=20261203T1030Z junk o={LOG.upper()} c=yesterday")
    assert tag == RoomTag(LOG, None, ENDS, version=3)
    damaged = parse_tag("vardmote-desktop/1 o=not-hex")
    assert damaged is not None and damaged.owner is None


def test_writing_refuses_what_could_not_be_read_back() -> None:
    with pytest.raises(ValueError):
        format_tag(RoomTag(None, CREATED, ENDS))
    with pytest.raises(ValueError):
        format_tag(RoomTag(LOG, datetime(2026, 12, 1, 8, 5), None))  # naive: which zone?


def test_addresses_keep_the_name_and_add_a_random_part() -> None:
    address = new_room_address("HC Torsås 8", random.Random(1))
    user, _, suffix = address.uri_user.rpartition(".")
    assert user == "hc.torsas.8"
    assert len(suffix) == 5 and suffix[0].isalpha() and suffix.isalnum() and suffix.islower()
    assert len(address.call_id) == 9 and address.call_id.isdigit()
    assert address.video_address(" Ltkalmar.SE ") == f"{address.uri_user}@ltkalmar.se"
    # Seeded: 2000 draws from 21 million would collide by chance about once in ten runs.
    rng = random.Random(2026)
    many = {new_room_address("HC Torsås 8", rng).uri_user for _ in range(2000)}
    assert len(many) == 2000


def test_call_ids_may_start_with_zero_and_never_look_like_a_personnummer() -> None:
    rng = random.Random(7)
    ids = [new_call_id(rng) for _ in range(3000)]
    assert any(i.startswith("0") for i in ids)
    assert all(len(i) == 9 and i.isdigit() for i in ids)
    # Ten digits can be a personnummer (YYMMDDNNNN with a valid check digit): drawn again.
    ten = [new_call_id(rng, digits=10) for _ in range(3000)]
    assert not [i for i in ten if find_identity_numbers(i)]
    nine = "121212121"
    assert find_identity_numbers(nine + str(luhn_check_digit(nine)))  # what the guard refuses
