"""Drafts (*utkast*): a wizard closed half-way, or killed, can be continued later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.config.settings import Settings
from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import MeetingType
from vardmote_desktop.services.base import Clock, Service, utc_now
from vardmote_desktop.services.dto import MeetingPlan, ReservedName
from vardmote_desktop.services.plan_codec import plan_from_dict, plan_to_dict
from vardmote_desktop.services.privacy_guard import check_plan
from vardmote_desktop.services.transaction import transaction
from vardmote_desktop.store.drafts import DraftRepository


def draft_owners(settings: Settings) -> frozenset[str]:
    """The owners under which this user's drafts are kept: the OS login, and for drafts saved
    before the login owned them, the display name."""
    return frozenset({settings.identity.login, settings.user_name} - {""})


@dataclass(frozen=True)
class DraftInfo:
    id: int
    plan: MeetingPlan
    page: int  # the wizard page the user was on
    reserved: ReservedName | None  # the room name already taken from the counter
    updated_at: datetime


class DraftService(Service):
    """Drafts belong to the user who wrote them, even in a log shared across PCs."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        profile: SiteProfile,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(factory, settings, profile, clock)
        # The OS login owns a draft: the display name may change, and the user may continue
        # on another PC of the ward. Drafts saved before carry the old free-text name.
        self._owner = settings.identity.login
        self._mine = draft_owners(settings)

    def save(
        self,
        draft_id: int | None,
        plan: MeetingPlan,
        page: int,
        reserved: ReservedName | None = None,
    ) -> int:
        check_plan(plan, self._profile.dial_in_number)  # a draft is stored like a meeting
        payload = {
            "owner": self._owner,
            "page": page,
            "reserved": {"number": reserved.number, "name": reserved.name} if reserved else None,
            "plan": plan_to_dict(plan),
        }
        with transaction(self._factory) as session:
            drafts = DraftRepository(session)
            if draft_id is not None and drafts.get(draft_id) is not None:
                return drafts.update(draft_id, payload).id
            return drafts.create(plan.meeting_type, payload).id

    def latest(self, meeting_type: MeetingType) -> DraftInfo | None:
        """This user's most recent draft of the type, if any."""
        with transaction(self._factory) as session:
            for draft in DraftRepository(session).list_all(meeting_type):
                payload = draft.payload
                if payload.get("owner") not in self._mine:
                    continue
                kept = payload.get("reserved")
                return DraftInfo(
                    id=draft.id,
                    plan=plan_from_dict(payload["plan"]),
                    page=int(payload.get("page", 0)),
                    reserved=ReservedName(int(kept["number"]), str(kept["name"])) if kept else None,
                    updated_at=draft.updated_at,
                )
        return None

    def discard(self, draft_id: int) -> None:
        with transaction(self._factory) as session:
            drafts = DraftRepository(session)
            if drafts.get(draft_id) is not None:
                drafts.delete(draft_id)
