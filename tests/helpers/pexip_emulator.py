"""A Pexip Infinity management API emulator on loopback: conferences and their aliases."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlencode

from tests.helpers.loopback import LoopbackServer, Request, Response

API = "/api/admin/configuration/v1/"
STATUS = "/api/admin/status/v1/"
_JSON = {"Content-Type": "application/json"}
DUPLICATE_NAME = {"conference": {"name": ["Virtual Meeting Room with this Name already exists."]}}
ALIAS_TAKEN = "Conference alias with this Alias already exists."


_TOO_LONG = "Ensure this value has at most 250 characters"


def _too_long(body: dict[str, Any]) -> Response | None:
    """Infinity's own limit on name, description and tag (250 characters each)."""
    errors = {
        key: [_TOO_LONG]
        for key in ("name", "description", "tag")
        if isinstance(body.get(key), str) and len(body[key]) > 250
    }
    return _json(400, {"conference": errors}) if errors else None


def _json(status: int, value: object, headers: dict[str, str] | None = None) -> Response:
    return Response(status, json.dumps(value).encode(), {**_JSON, **(headers or {})})


class PexipEmulator(LoopbackServer):
    """conference/ CRUD with embedded aliases, conference_alias/ lookups and meta.next paging.

    Knobs beyond LoopbackServer's faults: `page_cap` (most objects per page), `absolute_location`
    (answer Location as an absolute URL instead of a path), `seed()` for existing rooms.

    Like Infinity it refuses a name, description, tag or alias over 250 characters and an alias
    any conference already has. `alias_history` keeps every alias ever created, in order, so
    tests can prove none was used twice.
    """

    def __init__(
        self, username: str = "admin", password: str = "secret", page_cap: int = 3
    ) -> None:
        super().__init__(username, password)
        self.conferences: dict[int, dict[str, Any]] = {}
        self.page_cap = page_cap
        self.absolute_location = False
        self._next_id = 1
        self._next_alias_id = 1
        self.alias_history: list[str] = []
        # Status API: people connected to (or waiting for) a VMR, as Infinity lists them.
        self.participants: dict[str, dict[str, Any]] = {}
        # Participants a DELETE of their VMR cut off: what an automatic clean-up must never do.
        self.cut_participants: list[str] = []
        self._next_participant = 1

    # -- knobs ------------------------------------------------------------------------------
    def seed(
        self, name: str, aliases: list[str] | None = None, *, tag: str = "", pin: str = ""
    ) -> dict[str, Any]:
        with self._lock:
            return self._store({"name": name, "tag": tag, "pin": pin}, aliases or [])

    def join(self, conference: str, *, waiting: bool = False, web_client: bool = False) -> str:
        """Someone in the VMR named `conference` (waiting: in its waiting room / at the PIN).

        A web client appears twice (signalling and media, linked by parent_id), as on Infinity.
        Returns the participant's id.
        """
        with self._lock:
            first = self._participant(conference, waiting, None)
            if web_client:
                self._participant(conference, waiting, first)
            return first

    def leave(self, participant_id: str) -> None:
        with self._lock:
            for key in [
                k for k, p in self.participants.items() if participant_id in (k, p["parent_id"])
            ]:
                del self.participants[key]

    def _participant(self, conference: str, waiting: bool, parent: str | None) -> str:
        participant_id = f"00000000-0000-4000-8000-{self._next_participant:012d}"
        self._next_participant += 1
        self.participants[participant_id] = {
            "id": participant_id,
            "conference": conference,
            "role": "guest" if waiting else "chair",
            "service_type": "waiting_room" if waiting else "conference",
            "has_media": parent is not None or not waiting,
            "parent_id": parent or "",
            "connect_time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f"),
            "protocol": "WebRTC" if parent else "SIP",
        }
        return participant_id

    def find(self, name: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c for c in self.conferences.values() if c["name"] == name]

    def fault_body(self, status: int) -> bytes:
        return b"<html><body><h1>Server Error</h1></body></html>" if status >= 500 else b""

    # -- routing ----------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        path = request.path
        if path.startswith(API) and not path.endswith("/"):
            # What Infinity's web server does with a missing slash: a redirect, not the object.
            query = urlencode({k: v[0] for k, v in request.query.items()})
            return Response(301, b"", {"Location": path + "/" + (f"?{query}" if query else "")})
        if path == STATUS + "participant/" and request.method == "GET":
            return self._status_participants(request)
        if not path.startswith(API):
            return Response(404)
        parts = path[len(API) :].rstrip("/").split("/")
        if parts == ["conference"]:
            if request.method == "GET":
                return self._list(request)
            if request.method == "POST":
                return self._create(json.loads(request.body or b"{}"))
            return Response(405)  # a DELETE on the list would delete everything: refuse here
        if len(parts) == 2 and parts[0] == "conference" and parts[1].isdigit():
            conference = self.conferences.get(int(parts[1]))
            if conference is None:
                return Response(404)
            if request.method == "GET":
                return _json(200, conference)
            if request.method == "DELETE":
                del self.conferences[conference["id"]]
                # Infinity disconnects everyone in a deleted VMR: remembered as cut.
                for key, person in list(self.participants.items()):
                    if person["conference"] == conference["name"]:
                        self.cut_participants.append(key)
                        del self.participants[key]
                return Response(204)
            if request.method == "PATCH":
                changes = json.loads(request.body or b"{}")
                too_long = _too_long(changes)
                if too_long is not None:
                    return too_long
                changes.pop("aliases", None)  # aliases are their own resource
                conference.update(changes)
                return Response(202)
        if parts == ["conference_alias"] and request.method == "GET":
            wanted = next(iter(request.query.get("alias", [])), None)
            objects = [a for c in self.conferences.values() for a in c["aliases"]]
            objects = [a for a in objects if wanted is None or a["alias"] == wanted]
            return _json(
                200, {"meta": self._meta(0, len(objects), len(objects), {}), "objects": objects}
            )
        return Response(404)

    def _status_participants(self, request: Request) -> Response:
        asked = request.query.get("conference")
        wanted = asked[0] if asked else None
        objects = [p for p in self.participants.values() if wanted in (None, p["conference"])]
        meta = {
            "limit": len(objects),
            "next": None,
            "offset": 0,
            "previous": None,
            "total_count": len(objects),
        }
        return _json(200, {"meta": meta, "objects": objects})

    def _taken_aliases(self) -> set[str]:
        return {a["alias"] for c in self.conferences.values() for a in c["aliases"]}

    def _create(self, body: dict[str, Any]) -> Response:
        name = body.get("name") or ""
        if not name:
            return _json(400, {"conference": {"name": ["This field is required."]}})
        too_long = _too_long(body)
        if too_long is not None:
            return too_long
        if any(c["name"] == name for c in self.conferences.values()):
            return _json(400, DUPLICATE_NAME)
        pin = body.get("pin") or ""
        if pin and not (pin.rstrip("#").isdigit() and 4 <= len(pin.rstrip("#")) <= 20):
            return _json(400, {"conference": {"pin": ["Invalid PIN."]}})
        aliases = [a.get("alias", "") for a in body.get("aliases") or []]
        taken = self._taken_aliases()
        errors: list[dict[str, list[str]]] = []
        for alias in aliases:
            if alias in taken:
                errors.append({"alias": [ALIAS_TAKEN]})
            elif len(alias) > 250:
                errors.append({"alias": [_TOO_LONG]})
            else:
                errors.append({})
        if any(errors):
            return _json(400, {"conference": {"aliases": errors}})
        conference = self._store(body, aliases)
        location = f"{API}conference/{conference['id']}/"
        if self.absolute_location:
            location = self.base_url + location
        return Response(201, b"", {"Location": location})

    def _store(self, body: dict[str, Any], aliases: list[str]) -> dict[str, Any]:
        conference_id = self._next_id
        self._next_id += 1
        uri = f"{API}conference/{conference_id}/"
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
        alias_objects = []
        for alias in aliases:
            self.alias_history.append(alias)
            alias_objects.append(
                {
                    "alias": alias,
                    "conference": uri,
                    "creation_time": now,
                    "description": "",
                    "id": self._next_alias_id,
                }
            )
            self._next_alias_id += 1
        conference = {
            "id": conference_id,
            "name": body["name"],
            "service_type": body.get("service_type", "conference"),
            "tag": body.get("tag", ""),
            "description": body.get("description", ""),
            "pin": body.get("pin", ""),
            "guest_pin": body.get("guest_pin", ""),
            "allow_guests": body.get("allow_guests", False),
            "aliases": alias_objects,
            "resource_uri": uri,
            "creation_time": now,
        }
        self.conferences[conference_id] = conference
        return conference

    def _meta(self, offset: int, limit: int, total: int, filters: dict[str, str]) -> dict[str, Any]:
        def page(at: int) -> str:
            return f"{API}conference/?" + urlencode({**filters, "limit": limit, "offset": at})

        return {
            "limit": limit,
            "offset": offset,
            "total_count": total,
            "next": page(offset + limit) if offset + limit < total else None,
            "previous": page(max(0, offset - limit)) if offset else None,
        }

    def _list(self, request: Request) -> Response:
        def arg(key: str, default: int) -> int:
            values = request.query.get(key)
            return int(values[0]) if values and values[0].isdigit() else default

        filters = {k: v[0] for k, v in request.query.items() if k in ("name", "tag")}
        matching = [
            c
            for c in sorted(self.conferences.values(), key=lambda c: c["id"])
            if all(c.get(k) == v for k, v in filters.items())
        ]
        offset = arg("offset", 0)
        limit = max(1, min(arg("limit", 20), self.page_cap))
        body = {
            "meta": self._meta(offset, limit, len(matching), filters),
            "objects": matching[offset : offset + limit],
        }
        return _json(200, body)


# -- OAuth2 client credentials (issue #11): a separate block, on top of the emulator above ------

OAUTH_TOKEN_PATH = "/oauth/token/"


class PexipOAuthEmulator(PexipEmulator):
    """The same API behind OAuth2 client credentials: Basic admin logins are refused.

    A client gets a bearer token from OAUTH_TOKEN_PATH (authenticated with HTTP Basic as its
    client id and secret) and sends it with every API call. `revoke_tokens()` makes every
    issued token invalid, as an expiry or a restart of the Management Node would.
    """

    def __init__(self, client_id: str = "vardmote-vmr", client_secret: str = "klient-hemlis"):
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.valid_tokens: set[str] = set()
        self.tokens_issued = 0
        self.expires_in = 3600

    def revoke_tokens(self) -> None:
        with self._lock:
            self.valid_tokens.clear()

    def _client_basic(self, header: str | None) -> bool:
        pair = f"{self.client_id}:{self.client_secret}".encode()
        return header == f"Basic {base64.b64encode(pair).decode()}"

    def _authorised(self, header: str | None) -> bool:
        # Checked again per path in route(): client credentials only reach the token endpoint.
        if self._client_basic(header):
            return True
        return bool(header and header.startswith("Bearer ") and header[7:] in self.valid_tokens)

    def route(self, request: Request) -> Response:
        basic = self._client_basic(request.headers.get("authorization"))
        if request.path == OAUTH_TOKEN_PATH:
            form = parse_qs(request.body.decode())
            if request.method != "POST" or not basic:
                return _json(401, {"error": "invalid_client"})
            if form.get("grant_type") != ["client_credentials"]:
                return _json(400, {"error": "unsupported_grant_type"})
            self.tokens_issued += 1
            token = f"token-{self.tokens_issued}-{uuid.uuid4().hex}"
            self.valid_tokens.add(token)
            answer = {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}
            return _json(200, answer)
        if basic:
            return Response(401, b"", {"WWW-Authenticate": "Bearer"})
        return super().route(request)
