"""A Cisco Meeting Server API emulator on loopback: coSpaces as platforms.md describes them."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs
from xml.sax.saxutils import escape, quoteattr

from tests.helpers.loopback import LoopbackServer, Request, Response

API = "/api/v1/"
XML_HEAD = b'<?xml version="1.0"?>\n'


@dataclass
class Space:
    id: str
    name: str
    uri: str | None = None
    call_id: str | None = None
    passcode: str | None = None
    secret: str | None = None
    cdr_tag: str | None = None
    non_member_access: str | None = None  # as last PUT; None: never set (the server default)


@dataclass
class Call:
    """A call in a coSpace; `participants` is how many people it has now (0: kept alive empty)."""

    id: str
    space_id: str
    participants: int = 1
    correlator: str = ""


def _xml(body: str) -> bytes:
    return XML_HEAD + body.encode()


def failure(code: str, **attributes: str) -> bytes:
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in attributes.items())
    return _xml(f"<failureDetails><{code}{attrs} /></failureDetails>")


class CmsEmulator(LoopbackServer):
    """coSpaces CRUD, paging with a server-side cap, filter, uriUsageQuery and failureDetails.

    Knobs beyond LoopbackServer's faults: `page_cap` (most entries per list page),
    `next_call_ids` (call IDs the server will pick next, e.g. to force duplicateCoSpaceId),
    `seed()` for rooms made by someone else or by us earlier, `sip_domain` (the server's own
    SIP domain: with it, `coSpaces/<id>/meetingEntryDetail` answers the full URI and call ID as
    CMS 2.1+ does; without it the node is unknown, a bare 404, as on an older server).

    Like a real server it hands a deleted space's call ID out again when it picks one itself
    (`requireCallId`), lower-cases `uri`, and refuses a cdrTag over 100 characters. It keeps
    `uri_history` and `call_id_history`: every URI and call ID any space ever had, in order, so
    tests can prove none was used twice.
    """

    def __init__(self, username: str = "api", password: str = "secret", page_cap: int = 10) -> None:
        super().__init__(username, password)
        self.spaces: dict[str, Space] = {}
        self.page_cap = page_cap
        self.next_call_ids: list[str] = []
        self.uri_history: list[str] = []
        self.call_id_history: list[str] = []
        self._deleted_call_ids: list[str] = []
        self.calls: dict[str, Call] = {}
        # Calls that a DELETE of their space cut off: what an automatic clean-up must never do.
        self.cut_calls: list[str] = []
        self.sip_domain: str | None = None

    # -- knobs ------------------------------------------------------------------------------
    def seed(
        self,
        name: str,
        uri: str | None = None,
        *,
        call_id: str | None = None,
        cdr_tag: str | None = None,
        passcode: str | None = None,
    ) -> Space:
        space = Space(
            id=str(uuid.uuid4()),
            name=name,
            uri=uri.lower() if uri else None,
            call_id=call_id,
            passcode=passcode,
            secret=secrets.token_urlsafe(16) if call_id else None,
            cdr_tag=cdr_tag,
        )
        with self._lock:
            self._remember(space)
            self.spaces[space.id] = space
        return space

    def _remember(self, space: Space) -> None:
        if space.uri:
            self.uri_history.append(space.uri)
        if space.call_id:
            self.call_id_history.append(space.call_id)

    def start_call(self, space_id: str, participants: int = 1) -> Call:
        """A call in the space with this many people (0: a call kept alive with nobody in it)."""
        with self._lock:
            call = Call(str(uuid.uuid4()), space_id, participants, str(uuid.uuid4()))
            self.calls[call.id] = call
        return call

    def end_call(self, call_id: str) -> None:
        with self._lock:
            self.calls.pop(call_id, None)

    def find(self, name: str) -> list[Space]:
        with self._lock:
            return [s for s in self.spaces.values() if s.name == name]

    def fault_body(self, status: int) -> bytes:
        return b"<html><body>Service Unavailable</body></html>" if status >= 500 else b""

    # -- routing ----------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        if not request.path.startswith(API):
            return Response(404, b"<html>Not Found</html>", {"Content-Type": "text/html"})
        parts = request.path[len(API) :].split("/")
        if parts == ["coSpaces"] and request.method == "GET":
            return self._list(request)
        if parts == ["coSpaces"] and request.method == "POST":
            return self._create(self._form(request))
        if len(parts) == 2 and parts[0] == "coSpaces":
            space = self.spaces.get(parts[1])
            if space is None:
                return Response(404, failure("coSpaceDoesNotExist"), _XML)
            if request.method == "GET":
                return Response(200, _xml(self._render(space, full=True)), _XML)
            if request.method == "DELETE":
                del self.spaces[space.id]
                # A real server ends the space's calls with it: remembered as cut.
                for call in [c for c in self.calls.values() if c.space_id == space.id]:
                    self.cut_calls.append(call.id)
                    del self.calls[call.id]
                if space.call_id:
                    self._deleted_call_ids.append(space.call_id)
                return Response(200)
            if request.method == "PUT":
                return self._modify(space, self._form(request))
        if len(parts) == 3 and parts[0] == "coSpaces" and parts[2] == "meetingEntryDetail":
            return self._entry_detail(parts[1], request.method)
        if parts[0] == "calls" and request.method == "GET":
            return self._calls(request, parts[1:])
        if parts == ["uriUsageQuery"] and request.method == "POST":
            uri = self._form(request).get("uri", "").lower()
            used = [s for s in self.spaces.values() if s.uri == uri]
            inner = f"<coSpace id={quoteattr(used[0].id)} />" if used else ""
            return Response(200, _xml(f"<uriUsageQuery>{inner}</uriUsageQuery>"), _XML)
        return Response(405, b"")

    @staticmethod
    def _form(request: Request) -> dict[str, str]:
        fields = parse_qs(request.body.decode(), keep_blank_values=True)
        return {k: v[-1] for k, v in fields.items()}

    def _pick_call_id(self) -> str:
        if self.next_call_ids:
            return self.next_call_ids.pop(0)
        if self._deleted_call_ids and secrets.randbelow(2) == 0:
            # A real server's pick is random among free IDs: a deleted space's one is free.
            return self._deleted_call_ids.pop(0)
        while True:
            # Real servers hand out 9-digit IDs, and some start with 0: make that common here.
            candidate = f"{secrets.randbelow(10**9):09d}"
            if candidate[0] != "0" and secrets.randbelow(3) == 0:
                candidate = "0" + candidate[1:]
            if all(s.call_id != candidate for s in self.spaces.values()):
                return candidate

    def _create(self, form: dict[str, str]) -> Response:
        name = form.get("name", "")
        if not name:
            return Response(400, failure("parameterError", parameter="name", error="missing"), _XML)
        invalid = _invalid(form)
        if invalid is not None:
            return invalid
        uri = form.get("uri", "").lower() or None
        if uri and any(s.uri == uri for s in self.spaces.values()):
            return Response(400, failure("duplicateCoSpaceUri"), _XML)
        call_id = form.get("callId") or None
        if call_id is None and form.get("requireCallId") == "true":
            call_id = self._pick_call_id()
        if call_id and any(s.call_id == call_id for s in self.spaces.values()):
            return Response(400, failure("duplicateCoSpaceId"), _XML)
        space = Space(
            id=str(uuid.uuid4()),
            name=name,
            uri=uri,
            call_id=call_id,
            passcode=form.get("passcode") or None,
            secret=secrets.token_urlsafe(16) if call_id else None,
            cdr_tag=form.get("cdrTag") or None,
        )
        self._remember(space)
        self.spaces[space.id] = space
        return Response(200, b"", {"Location": f"{API}coSpaces/{space.id}"})

    def _modify(self, space: Space, form: dict[str, str]) -> Response:
        invalid = _invalid(form)
        if invalid is not None:
            return invalid
        others = [s for s in self.spaces.values() if s.id != space.id]
        uri = form.get("uri", "").lower() or None
        if "uri" in form and uri and any(s.uri == uri for s in others):
            return Response(400, failure("duplicateCoSpaceUri"), _XML)
        call_id = form.get("callId") or None
        if "callId" in form and call_id and any(s.call_id == call_id for s in others):
            return Response(400, failure("duplicateCoSpaceId"), _XML)
        if "uri" in form:
            space.uri = uri
        if "callId" in form:
            space.call_id = call_id
        self._remember(
            Space(
                space.id,
                space.name,
                uri if "uri" in form else None,
                call_id if "callId" in form else None,
            )
        )
        for field_name, attr in (("name", "name"), ("passcode", "passcode"), ("cdrTag", "cdr_tag")):
            if field_name in form:
                setattr(space, attr, form[field_name] or None)
        if "nonMemberAccess" in form:
            space.non_member_access = form["nonMemberAccess"]
        if form.get("regenerateSecret") == "true" and space.call_id:
            space.secret = secrets.token_urlsafe(16)
        return Response(200)

    def _entry_detail(self, space_id: str, method: str) -> Response:
        """CMS 2.1+: the full URI (with the server's domain) and the call ID; unset ones absent."""
        if self.sip_domain is None:
            return Response(404, b"")  # an older server does not know the node
        if method != "GET":
            return Response(405, b"")
        space = self.spaces.get(space_id)
        if space is None:
            return Response(404, failure("coSpaceDoesNotExist"), _XML)
        inner = ""
        if space.uri:
            inner += f"<uri>{escape(space.uri)}@{escape(self.sip_domain)}</uri>"
        if space.call_id:
            inner += f"<callId>{space.call_id}</callId>"
        return Response(200, _xml(f"<meetingEntryDetail>{inner}</meetingEntryDetail>"), _XML)

    def _calls(self, request: Request, rest: list[str]) -> Response:
        """GET calls?coSpaceFilter=, calls/<id> and calls/<id>/participants as CMS shapes them."""
        if not rest:
            wanted = (request.query.get("coSpaceFilter") or [""])[0]
            found = [c for c in self.calls.values() if not wanted or c.space_id == wanted]
            entries = "".join(
                f"<call id={quoteattr(c.id)}><name>{escape(self.spaces[c.space_id].name)}</name>"
                f"<coSpace>{c.space_id}</coSpace><callCorrelator>{c.correlator}</callCorrelator>"
                "</call>"
                for c in found
                if c.space_id in self.spaces
            )
            return Response(200, _xml(f'<calls total="{len(found)}">{entries}</calls>'), _XML)
        call = self.calls.get(rest[0])
        if call is None:
            return Response(404, failure("callDoesNotExist"), _XML)
        if rest[1:] == ["participants"]:
            people = "".join(
                f'<participant id="{uuid.uuid5(uuid.NAMESPACE_URL, f"{call.id}/{n}")}">'
                f"<name>Deltagare {n}</name><call>{call.id}</call></participant>"
                for n in range(call.participants)
            )
            body = f'<participants total="{call.participants}">{people}</participants>'
            return Response(200, _xml(body), _XML)
        if rest[1:]:
            return Response(405, b"")
        body = (
            f"<call id={quoteattr(call.id)}><coSpace>{call.space_id}</coSpace>"
            f"<callCorrelator>{call.correlator}</callCorrelator>"
            f"<durationSeconds>60</durationSeconds><numCallLegs>{call.participants}</numCallLegs>"
            "<numDistributedInstances>0</numDistributedInstances>"
            f"<numParticipantsLocal>{call.participants}</numParticipantsLocal>"
            "<numParticipantsRemote>0</numParticipantsRemote></call>"
        )
        return Response(200, _xml(body), _XML)

    def _list(self, request: Request) -> Response:
        def arg(key: str, default: int) -> int:
            values = request.query.get(key)
            return int(values[0]) if values and values[0].isdigit() else default

        text = (request.query.get("filter") or [""])[0]
        matching = [s for s in self.spaces.values() if text.lower() in s.name.lower()]
        offset = arg("offset", 0)
        limit = min(arg("limit", self.page_cap), self.page_cap)  # the server's own cap wins
        page = matching[offset : offset + limit]
        entries = "".join(self._render(s, full=False) for s in page)
        return Response(200, _xml(f'<coSpaces total="{len(matching)}">{entries}</coSpaces>'), _XML)

    @staticmethod
    def _render(space: Space, *, full: bool) -> str:
        """List entries carry only some fields; an unset field is left out, not empty."""
        fields: Iterator[tuple[str, str | None]] = iter(
            [("name", space.name), ("uri", space.uri), ("callId", space.call_id)]
            + (
                [("passcode", space.passcode), ("secret", space.secret), ("cdrTag", space.cdr_tag)]
                if full
                else []
            )
        )
        inner = "".join(f"<{tag}>{escape(value)}</{tag}>" for tag, value in fields if value)
        return f"<coSpace id={quoteattr(space.id)}>{inner}</coSpace>"


_XML = {"Content-Type": "text/xml"}


def _invalid(form: dict[str, str]) -> Response | None:
    """The parameterError a real server gives for a value it cannot store."""
    if len(form.get("cdrTag", "")) > 100:
        return Response(400, failure("parameterError", parameter="cdrTag", error="tooLong"), _XML)
    call_id = form.get("callId", "")
    if call_id and not (call_id.isascii() and call_id.isdigit()):
        return Response(
            400, failure("parameterError", parameter="callId", error="invalidValue"), _XML
        )
    return None
