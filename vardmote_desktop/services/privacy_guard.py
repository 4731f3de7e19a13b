"""The privacy guard at the services' edge: every text of a plan, a room or a draft is checked.

Each field a person can type or paste ends up stored, shown for copying or exported, so every
one of them passes domain/privacy before it is written: not a list of "free text" fields kept
by hand, but every string of the plan as the draft codec sees it. A room's own data (its call
ID, numeric alias and the profile's dial-in number) is exempt only inside its join fields, where an
invitation puts it; anywhere else the same digits are refused like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.privacy import contains_identity_number
from vardmote_desktop.services.dto import MeetingPlan
from vardmote_desktop.services.errors import RefusedText
from vardmote_desktop.services.plan_codec import join_to_dict, plan_to_dict


def strings(value: Any) -> Iterator[str]:
    """Every string inside nested dicts, lists and tuples (keys included)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)


def known_meeting_data(join: JoinInfo, dial_in: str | None = None) -> tuple[str, ...]:
    """The values of a room that are never a false alarm where an invitation puts them.

    As domain/invitation.meeting_data: the call ID, a numeric alias and the dial-in number,
    not the PIN (short on every platform; a long one could be a number in the wrong field).
    """
    alias = join.uri_user_part() or ""
    values = (join.call_id, alias if alias.isdigit() else None, dial_in)
    return tuple(v.strip() for v in values if v and v.strip())


def refuse_identity_numbers(texts: Iterable[str], known: Iterable[str] = ()) -> None:
    """RefusedText when any text holds a personal identity number in any written form."""
    exempt = tuple(known)
    if any(contains_identity_number(text, known=exempt) for text in texts):
        raise RefusedText()


def check_join(join: JoinInfo, dial_in: str | None = None) -> None:
    """A room's join details (pasted video address, web link, call ID, PIN) before use."""
    refuse_identity_numbers(strings(join_to_dict(join)), known_meeting_data(join, dial_in))


def check_plan(plan: MeetingPlan, dial_in: str | None = None) -> None:
    """Every text of a plan: participants, roles, notes, reference, and the room's details."""
    data = plan_to_dict(plan)
    room = data.get("room")
    if isinstance(room, dict):
        room.pop("join", None)
    refuse_identity_numbers(strings(data))
    if plan.room is not None:
        check_join(plan.room.join, dial_in)
