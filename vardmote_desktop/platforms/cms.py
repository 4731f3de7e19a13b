"""Cisco Meeting Server REST client: one coSpace (*mötesrum*) per meeting (platforms.md)."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from urllib.parse import quote, urljoin, urlsplit

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
from vardmote_desktop.platforms.client_base import OWNER_TAG, ApiClient, Clash
from vardmote_desktop.platforms.cms_calls import call_ids, calls_path, new_passcode, people_in_call
from vardmote_desktop.platforms.cms_xml import (
    CoSpace,
    EntryDetail,
    parse_cospace,
    parse_cospace_list,
    parse_entry_detail,
    parse_failure,
    uri_in_use,
)
from vardmote_desktop.platforms.http import (
    DEFAULT_TIMEOUT,
    Timeout,
    call_with_retries,
    retry_after_seconds,
)

PAGE_SIZE = 20
# The server's answers that mean "this URI or call ID is someone's already".
_ADDRESS_CLASHES = frozenset(
    {
        "duplicateCoSpaceUri",
        "duplicateCoSpaceId",
        "duplicateCoSpaceUriPasscode",
        "duplicateCoSpaceIdPasscode",
    }
)
_ID_PATTERN = re.compile(r"^[A-Za-z0-9-]{1,64}$")
# A create's Location names the new coSpace (a relative path; an absolute URL is read the same).
_COSPACE_LOCATION = re.compile(r"(?:^|/)api/v1/coSpaces/([A-Za-z0-9-]{1,64})/?$")


class CiscoMeetingServer(ApiClient):
    """The VideoPlatform for a Cisco Meeting Server API account."""

    ACCEPT = "text/xml"

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        video_domain: str,
        web_base: str | None = None,
        session: requests.Session | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
        owner_tag: str = OWNER_TAG,
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
        self._api = _api_root(base_url)
        self._web_base = web_base.rstrip("/") if web_base else None

    # -- VideoPlatform ----------------------------------------------------------------------

    def get_room(self, room_id: str) -> PlatformRoom:
        return self._to_room(self._get_cospace(room_id))

    def delete_room(self, room_id: str) -> None:
        try:
            self._call("DELETE", self._url(_space_path(room_id)))
        except PlatformNotFound:
            return  # coSpaceDoesNotExist: someone (or an earlier attempt) deleted it already

    def list_rooms(self, name_prefix: str = "") -> Iterator[PlatformRoom]:
        for entry in self._list_entries(name_prefix):
            if not (entry.name or "").startswith(name_prefix):
                continue  # filter is a substring match: re-check the exact rule
            try:
                space = self._get_cospace(entry.id)
            except PlatformNotFound:
                continue  # deleted between the list page and this read
            if parse_tag(space.cdr_tag) is not None:
                yield self._to_room(space)

    def set_tag(self, room_id: str, tag: str) -> None:
        path = _space_path(room_id)
        self._call("PUT", self._url(path), data={"cdrTag": tag})

    # -- calls (platforms.md "Is a call going on? Closing the door") ----------------------------

    def call_activity(self, room_id: str) -> CallActivity:
        """A call listed for the space is a call going on, even with nobody in it."""
        path = _space_path(room_id)  # refuses an id that cannot name a space
        listed = self._call("GET", self._url("calls"), params={"coSpaceFilter": room_id})
        ids = call_ids(listed.content, path.rpartition("/")[2])
        people = 0
        for call_id in ids:
            try:
                detail = self._call("GET", self._url(calls_path(call_id)))
            except PlatformRejected as exc:
                if exc.code == "callDoesNotExist":
                    continue  # ended between the list and this read: still counted as active
                raise
            people += people_in_call(detail.content)
        return CallActivity(active=bool(ids), participants=people)

    def close_door(self, room_id: str) -> None:
        """What TMS does at a meeting's end: members only, a new passcode, old web links off."""
        path = _space_path(room_id)
        form = {"nonMemberAccess": "false", "passcode": new_passcode(), "regenerateSecret": "true"}
        self._call("PUT", self._url(path), data=form)

    # -- creating ---------------------------------------------------------------------------

    def _name_taken(self, name: str) -> bool:
        return any(entry.name == name for entry in self._list_entries(name))

    def _address_taken(self, address: RoomAddress) -> bool:
        try:
            response = self._call(
                "POST", self._url("uriUsageQuery"), data={"uri": address.uri_user}
            )
            return uri_in_use(response.content)
        except (PlatformRejected, PlatformInvalidAnswer):
            # Before CMS 2.3 there is no uriUsageQuery: the create's duplicateCoSpaceUri is
            # then the only check, and it is enough to never take someone else's address.
            return False

    def _create(self, name: str, address: RoomAddress, tag: str) -> PlatformRoom | Clash:
        """Create with our own URI and call ID; Clash.ADDRESS when the server has either."""
        form = {"name": name, "uri": address.uri_user, "callId": address.call_id, "cdrTag": tag}
        uncertain = False

        def attempt() -> str:
            nonlocal uncertain
            try:
                response = self._request("POST", self._url("coSpaces"), data=form)
            except PlatformBusy:
                # Timed out or 5xx: the space may exist now even though we got no answer.
                uncertain = True
                raise
            return _id_from_location(response)

        try:
            space_id = call_with_retries(
                attempt,
                policy=self._policy,
                sleep=self._sleep,
                before_retry=lambda: self._find_ours(name, address.uri_user, tag),
            )
        except PlatformRejected as exc:
            if exc.code not in _ADDRESS_CLASHES:
                raise
            # After an uncertain attempt the clash may be with our own new space.
            found = self._find_ours(name, address.uri_user, tag) if uncertain else None
            return self._created_room(found) if found is not None else Clash.ADDRESS
        return self._created_room(space_id)

    def _created_room(self, space_id: str) -> PlatformRoom:
        """The new room, its address and call ID as the server itself gives them to callers.

        meetingEntryDetail (2.1+) carries the full URI with the server's own domain: preferred
        to one composed from the settings' domain, which IT may have set differently. A server
        without it (older, or a proxy that hides it) leaves the composed values.
        """
        room = self._to_room(self._get_cospace(space_id))
        entry = self._entry_detail(space_id)
        if entry is None:
            return room
        join = room.join
        address = entry.uri if entry.uri and "@" in entry.uri else join.video_address
        call_id = (
            entry.call_id
            if entry.call_id and entry.call_id.isascii() and entry.call_id.isdigit()
            else join.call_id
        )
        return replace(
            room,
            join=JoinInfo(
                video_address=address.lower() if address else None,
                call_id=call_id,
                passcode=join.passcode,
                web_link=join.web_link,
            ),
        )

    def _entry_detail(self, space_id: str) -> EntryDetail | None:
        try:
            response = self._call("GET", self._url(f"{_space_path(space_id)}/meetingEntryDetail"))
            return parse_entry_detail(response.content)
        except (PlatformInvalidAnswer, PlatformRejected):
            return None  # before 2.1: no such node (a bare 404), or something we cannot read

    def _find_ours(self, name: str, uri: str, tag: str) -> str | None:
        """The id of the space with exactly this name, URI and mark, if one exists."""
        for entry in self._list_entries(name):
            if entry.name != name or entry.uri != uri:
                continue
            try:
                space = self._get_cospace(entry.id)
            except PlatformNotFound:
                continue
            if space.cdr_tag == tag:
                return space.id
        return None

    # -- reading ----------------------------------------------------------------------------

    def _get_cospace(self, room_id: str) -> CoSpace:
        response = self._call("GET", self._url(_space_path(room_id)))
        return parse_cospace(response.content)

    def _list_entries(self, name_filter: str) -> Iterator[CoSpace]:
        """Every list entry whose name contains name_filter, each id once."""
        seen: set[str] = set()
        offset = 0
        while True:
            params: dict[str, str | int] = {"offset": offset, "limit": PAGE_SIZE}
            if name_filter:
                params["filter"] = name_filter
            response = self._call("GET", self._url("coSpaces"), params=params)
            total, entries = parse_cospace_list(response.content)
            for entry in entries:
                # Pages are not a snapshot: a space can move from one page to the next.
                if entry.id not in seen:
                    seen.add(entry.id)
                    yield entry
            offset += len(entries)
            if not entries or offset >= total:
                return

    def _to_room(self, space: CoSpace) -> PlatformRoom:
        link = None
        if self._web_base and space.call_id:
            link = f"{self._web_base}/meeting/{space.call_id}"
            if space.secret:
                link += f"?secret={quote(space.secret, safe='')}"
        return PlatformRoom(
            room_id=space.id,
            name=space.name,
            join=JoinInfo(
                video_address=f"{space.uri}@{self._video_domain}" if space.uri else None,
                call_id=space.call_id,
                passcode=space.passcode,
                web_link=link,
            ),
            tag=space.cdr_tag,
        )

    # -- HTTP -------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return urljoin(self._api, path)

    def _error(self, response: requests.Response, method: str, url: str) -> PlatformError:
        return _error(response, method, url.removeprefix(self._api))


def _error(response: requests.Response, method: str, path: str) -> PlatformError:
    """Map a non-2xx CMS answer to the typed error the callers and the UI act on."""
    status = response.status_code
    where = f"{method} {path}: HTTP {status}"
    if status in (401, 403):
        return PlatformAuthError(f"{where}: credentials refused")
    if 300 <= status < 400:
        # Cisco's own sample treats 307 as "try later"; following it would resend credentials.
        return PlatformBusy(f"{where}: redirect not followed, try later")
    failure = parse_failure(response.content)
    code = failure.code if failure else None
    if code == "coSpaceDoesNotExist":
        return PlatformNotFound(f"{where}: coSpaceDoesNotExist")
    if status == 429 or status >= 500 or code == "databaseNotReady":
        return PlatformBusy(
            f"{where} {code or ''}".rstrip(), retry_after=retry_after_seconds(response.headers)
        )
    if failure is not None:
        parameter = failure.attributes.get("parameter")
        detail = failure.attributes.get("error")
        return PlatformRejected(
            f"{where}: {failure.code} {parameter or ''} {detail or ''}".rstrip(),
            code=failure.code,
            parameter=parameter,
            detail=detail,
        )
    # A bare 404 is not coSpaceDoesNotExist: most likely the base URL does not point at the API.
    return PlatformInvalidAnswer(f"{where} without failureDetails")


def _api_root(base_url: str) -> str:
    """'https://cms.example:8443' or '…/api/v1/' → 'https://cms.example:8443/api/v1/'."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValueError(f"not an http(s) base URL: {base_url!r}")
    path = parts.path.rstrip("/")
    if not path.endswith("/api/v1"):
        path += "/api/v1"
    return f"{parts.scheme}://{parts.netloc}{path}/"


def _space_path(room_id: str) -> str:
    # Ids are GUIDs; anything else cannot name a space and must not reach the URL path.
    if not _ID_PATTERN.match(room_id):
        raise PlatformNotFound(f"not a coSpace id: {room_id!r}")
    return f"coSpaces/{room_id}"


def _id_from_location(response: requests.Response) -> str:
    """The new coSpace's id; any other Location (another object, a list) is an error."""
    location = response.headers.get("Location", "")
    match = _COSPACE_LOCATION.search(urlsplit(location).path)
    if match is None:
        raise PlatformUnexpectedLocation(f"create answered with Location {location[:200]!r}")
    return match.group(1)
