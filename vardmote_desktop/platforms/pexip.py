"""Pexip Infinity management API client: one Virtual Meeting Room per meeting (platforms.md)."""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.naming import RoomAddress
from vardmote_desktop.domain.room_tag import parse_tag
from vardmote_desktop.platforms.base import (
    CallActivity,
    PlatformAuthError,
    PlatformBusy,
    PlatformError,
    PlatformInvalidAnswer,
    PlatformNotFound,
    PlatformRejected,
    PlatformRoom,
    PlatformUnexpectedLocation,
)
from vardmote_desktop.platforms.client_base import (
    OWNER_TAG,
    ApiClient,
    Clash,
    Form,
    Json,
    Params,
)
from vardmote_desktop.platforms.http import (
    DEFAULT_TIMEOUT,
    Timeout,
    call_with_retries,
    retry_after_seconds,
)
from vardmote_desktop.platforms.oauth2 import TOKEN_PATH, ClientCredentialsAuth, oauth2_client_id
from vardmote_desktop.platforms.pexip_json import error_from_400, parse_json
from vardmote_desktop.platforms.pexip_status import PARTICIPANT_PAGE, STATUS_PATH, new_pin, people

API_PATH = "/api/admin/configuration/v1/"
PAGE_SIZE = 20
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A create's Location names the new conference (a path or an absolute URL): never an alias or
# another object whose number only looks like a conference id.
_CONFERENCE_LOCATION = re.compile(r"(?:^|/)api/admin/configuration/v1/conference/([0-9]{1,18})/?$")
_ID = re.compile(r"^[0-9]{1,18}$")


class PexipInfinity(ApiClient):
    """The VideoPlatform for a Pexip Infinity Management Node admin account."""

    ACCEPT = "application/json"

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        video_domain: str,
        webapp_base: str | None = None,
        session: requests.Session | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
        owner_tag: str = OWNER_TAG,
        pin_length: int | None = None,
    ) -> None:
        super().__init__(
            username,
            password,
            video_domain=video_domain,
            session=session,
            ca_bundle=ca_bundle,
            timeout=timeout,
            max_retries=max_retries,
            sleep=sleep,
            owner_tag=owner_tag,
        )
        if pin_length is not None and not 4 <= pin_length <= 20:
            raise ValueError("a Pexip PIN has 4 to 20 digits")
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("https", "http") or not parts.netloc:
            raise ValueError(f"not an http(s) base URL: {base_url!r}")
        self._origin = f"{parts.scheme}://{parts.netloc}"
        self._api = self._origin + API_PATH
        client_id = oauth2_client_id(username)
        if client_id is not None:
            # An OAuth2 client (least privilege) instead of an admin account's password.
            self._auth = ClientCredentialsAuth(
                self._origin + TOKEN_PATH,
                client_id,
                password,
                session=self._session,
                timeout=timeout,
            )
        self._webapp_base = webapp_base.rstrip("/") if webapp_base else None
        self._pin_length = pin_length

    # -- VideoPlatform ----------------------------------------------------------------------

    def get_room(self, room_id: str) -> PlatformRoom:
        return self._to_room(self._get_json(_conference_path(room_id)))

    def delete_room(self, room_id: str) -> None:
        # Always the object's own path: a DELETE on the list URL would delete every VMR.
        path = _conference_path(room_id)
        try:
            self._call("DELETE", self._api + path)
        except PlatformNotFound:
            return  # already gone counts as deleted

    def list_rooms(self, name_prefix: str = "") -> Iterator[PlatformRoom]:
        for conference in self._list({}):
            name = conference.get("name")
            tag = conference.get("tag")
            if (
                isinstance(name, str)
                and name.startswith(name_prefix)
                and parse_tag(tag if isinstance(tag, str) else None) is not None
            ):
                yield self._to_room(conference)

    def set_tag(self, room_id: str, tag: str) -> None:
        path = _conference_path(room_id)
        self._call("PATCH", self._api + path, json={"tag": tag})

    # -- calls (platforms.md "Is a call going on? Closing the door") ----------------------------

    def call_activity(self, room_id: str) -> CallActivity:
        """Participants of the VMR, by its name (the status API knows no ids or aliases)."""
        name = self._get_json(_conference_path(room_id)).get("name")
        if not isinstance(name, str) or not name:
            raise PlatformInvalidAnswer(f"conference {room_id} without a name")
        page = self._get_json_url(
            self._origin + STATUS_PATH + "participant/",
            {"conference": name, "limit": PARTICIPANT_PAGE},
        )
        count = people(page, name)
        return CallActivity(active=count > 0, participants=count)

    def close_door(self, room_id: str) -> None:
        """New PINs: nobody with the old invitation gets in; people inside stay connected."""
        path = _conference_path(room_id)
        conference = self._get_json(path)
        changes = {"pin": new_pin()}
        if conference.get("guest_pin") or conference.get("allow_guests"):
            changes["guest_pin"] = new_pin()
        self._call("PATCH", self._api + path, json=changes)

    # -- creating ---------------------------------------------------------------------------

    def _name_taken(self, name: str) -> bool:
        return any(c.get("name") == name for c in self._list({"name": name}))

    def _address_taken(self, address: RoomAddress) -> bool:
        for alias in (address.video_address(self._video_domain), address.call_id):
            page = self._get_json_url(self._api + "conference_alias/", {"alias": alias})
            objects = page.get("objects")
            if not isinstance(objects, list):
                raise PlatformInvalidAnswer("conference_alias list without objects")
            if any(isinstance(o, dict) and o.get("alias") == alias for o in objects):
                return True
        return False

    def _create(self, name: str, address: RoomAddress, tag: str) -> PlatformRoom | Clash:
        """Create the VMR with our address and call ID as its aliases."""
        pin = self._new_pin()
        body: dict[str, Any] = {
            "name": name,
            "service_type": "conference",
            "tag": tag,
            "description": "Skapat av Vårdmöte Desktop",
            "pin": pin or "",
            "aliases": [
                {"alias": address.video_address(self._video_domain)},
                {"alias": address.call_id},
            ],
        }
        uncertain = False

        def attempt() -> str:
            nonlocal uncertain
            try:
                response = self._request("POST", self._api + "conference/", json=body)
            except PlatformBusy:
                uncertain = True  # a 500 can come back for a create that did succeed
                raise
            return _id_from_location(response)

        try:
            conference_id = call_with_retries(
                attempt,
                policy=self._policy,
                sleep=self._sleep,
                before_retry=lambda: self._find_ours(name, tag),
            )
        except PlatformRejected as exc:
            if exc.code not in ("duplicateName", "duplicateAlias"):
                raise
            found = self._find_ours(name, tag) if uncertain else None
            if found is not None:
                return self.get_room(found)
            return Clash.NAME if exc.code == "duplicateName" else Clash.ADDRESS
        return self.get_room(conference_id)

    def _new_pin(self) -> str | None:
        if self._pin_length is None:
            return None
        return "".join(secrets.choice("0123456789") for _ in range(self._pin_length))

    def _find_ours(self, name: str, tag: str) -> str | None:
        """The id of the VMR with exactly this name and mark (names are unique on Pexip)."""
        for conference in self._list({"name": name}):
            if conference.get("name") == name and conference.get("tag") == tag:
                return str(conference.get("id"))
        return None

    # -- reading ----------------------------------------------------------------------------

    def _list(self, filters: dict[str, str]) -> Iterator[dict[str, Any]]:
        seen_urls: set[str] = set()
        seen_ids: set[object] = set()
        url: str | None = self._api + "conference/"
        params: dict[str, str | int] | None = {**filters, "limit": PAGE_SIZE, "offset": 0}
        while url is not None:
            if url in seen_urls:
                raise PlatformInvalidAnswer(f"meta.next loops back to {url}")
            seen_urls.add(url)
            page = self._get_json_url(url, params)
            objects = page.get("objects")
            meta = page.get("meta")
            if not isinstance(objects, list) or not isinstance(meta, dict):
                raise PlatformInvalidAnswer("conference list without objects/meta")
            for conference in objects:
                if isinstance(conference, dict) and conference.get("id") not in seen_ids:
                    seen_ids.add(conference.get("id"))
                    yield conference
            url = self._next_url(meta.get("next"))
            params = None  # meta.next already carries the query

    def _next_url(self, next_path: object) -> str | None:
        if next_path is None:
            return None
        if not isinstance(next_path, str):
            raise PlatformInvalidAnswer("meta.next is not a path")
        url = urljoin(self._api, next_path)
        # Never send our credentials to another host, whatever the server says.
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self._origin:
            raise PlatformInvalidAnswer(f"meta.next points elsewhere: {next_path}")
        return url

    def _get_json(self, path: str) -> dict[str, Any]:
        return self._get_json_url(self._api + path, None)

    def _get_json_url(self, url: str, params: dict[str, str | int] | None) -> dict[str, Any]:
        response = self._call("GET", url, params=params)
        return parse_json(response.content)

    def _to_room(self, conference: dict[str, Any]) -> PlatformRoom:
        aliases = [a.get("alias") for a in conference.get("aliases") or [] if isinstance(a, dict)]
        texts = [a for a in aliases if isinstance(a, str)]
        address = next((a for a in texts if "@" in a), None)
        call_id = next((a for a in texts if a.isascii() and a.isdigit()), None)
        link = None
        if self._webapp_base and (address or call_id):
            link = f"{self._webapp_base}/webapp/#/?conference={address or call_id}"
        pin = conference.get("pin")
        tag = conference.get("tag")
        return PlatformRoom(
            room_id=str(conference.get("id")),
            name=conference.get("name") if isinstance(conference.get("name"), str) else None,
            join=JoinInfo(
                video_address=address,
                call_id=call_id,
                passcode=pin if isinstance(pin, str) and pin else None,
                web_link=link,
            ),
            tag=tag if isinstance(tag, str) and tag else None,
        )

    # -- HTTP -------------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        url: str,
        *,
        data: Form | None = None,
        json: Json | None = None,
        params: Params | None = None,
    ) -> requests.Response:
        # Pexip answers a path without its trailing '/' with a redirect; we never follow one.
        if not urlsplit(url).path.endswith("/"):
            raise ValueError(f"Pexip API paths end with '/': {url}")
        return super()._request(method, url, data=data, json=json, params=params)

    def _error(self, response: requests.Response, method: str, url: str) -> PlatformError:
        return _error(response, method, url)


def _error(response: requests.Response, method: str, url: str) -> PlatformError:
    status = response.status_code
    where = f"{method} {urlsplit(url).path}: HTTP {status}"
    if status in (401, 403):
        return PlatformAuthError(f"{where}: credentials refused")
    if status in _RETRY_STATUSES:
        return PlatformBusy(where, retry_after=retry_after_seconds(response.headers))
    if 300 <= status < 400:
        return PlatformInvalidAnswer(f"{where}: redirect to {response.headers.get('Location')}")
    if status == 404:
        return PlatformNotFound(where)
    if status == 400:
        return error_from_400(response.content, where)
    return PlatformInvalidAnswer(where)


def _conference_path(room_id: str) -> str:
    if not _ID.match(room_id):
        raise PlatformNotFound(f"not a Pexip conference id: {room_id!r}")
    return f"conference/{int(room_id)}/"


def _id_from_location(response: requests.Response) -> str:
    """The new conference's id; any other Location (an alias, a list, nothing) is an error."""
    location = response.headers.get("Location", "")
    match = _CONFERENCE_LOCATION.search(urlsplit(location).path)
    if match is None:
        raise PlatformUnexpectedLocation(f"create answered with Location {location[:200]!r}")
    return match.group(1)
