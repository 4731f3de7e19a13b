"""The users' Swedish words for the domain's enums (glossary.md), all through Qt's translate."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from vardmote_desktop.domain import history
from vardmote_desktop.domain.confirmation import ConfirmedHow
from vardmote_desktop.domain.meeting_state import ShownStatus
from vardmote_desktop.domain.types import (
    Channel,
    DeletionKind,
    DeliveryState,
    EventAction,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
    RoomState,
)


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def count(n: int, one: str, many: str) -> str:
    """A number with its noun in the right form: count(1, "%n möte", "%n möten") is "1 möte".

    Swedish has one plural; the two forms are passed already translated (tr) so that each is
    its own source text.
    """
    return (one if n == 1 else many).replace("%n", str(n))


def meetings(n: int) -> str:
    """ "1 möte", "2 möten"."""
    return count(n, _t("%n möte"), _t("%n möten"))


def meeting_type(value: MeetingType) -> str:
    return {
        MeetingType.DISCHARGE_PLANNING: _t("Utskrivningsplanering i slutenvård"),
        MeetingType.SIP_INPATIENT: _t("SIP i slutenvård – rött spår"),
        MeetingType.SIP_OUTPATIENT: _t("SIP i öppenvård"),
        MeetingType.OTHER: _t("Annat möte (rond, hembesök, annat)"),
        MeetingType.DISTANCE: _t("Distansmöte mellan huvudmän"),
    }[value]


def meeting_mode(value: MeetingMode) -> str:
    return {
        MeetingMode.DIGITAL: _t("Digitalt"),
        MeetingMode.PARTLY_DIGITAL: _t("Delvis digitalt"),
        MeetingMode.PHYSICAL: _t("Fysiskt"),
        MeetingMode.PHONE: _t("Telefon"),
    }[value]


def meeting_status(value: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: _t("Planerat"),
        MeetingStatus.HELD: _t("Genomfört"),
        MeetingStatus.CANCELLED: _t("Inställt"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.LIFECARE_SP: _t("Lifecare SP"),
        Channel.COSMIC_LINK: _t("Cosmic Link"),
        Channel.COSMIC_MESSENGER: _t("Cosmic Messenger"),
        Channel.PHONE: _t("Telefon"),
        Channel.PEXIP_INVITATION: _t("Pexip-inbjudan (e-post)"),
        Channel.EMAIL: _t("E-post"),
    }[value]


def delivery_state(value: DeliveryState) -> str:
    return {
        DeliveryState.NOT_SENT: _t("Ej skickad"),
        DeliveryState.SENT: _t("Skickad"),
        DeliveryState.CONFIRMED: _t("Bekräftad"),
        DeliveryState.CANNOT_ATTEND: _t("Kan inte delta"),
    }[value]


def organisation_kind(value: OrganisationKind) -> str:
    return {
        OrganisationKind.REGION: _t("Regionen"),
        OrganisationKind.MUNICIPALITY: _t("Kommunen"),
        OrganisationKind.OTHER: _t("Annan"),
    }[value]


def room_state(value: RoomState) -> str:
    return {
        RoomState.ACTIVE: _t("Finns kvar"),
        RoomState.DELETED: _t("Borttaget"),
        RoomState.EXTERNAL: _t("Externt (kommunens)"),
    }[value]


def platform(value: PlatformKind) -> str:
    return {
        PlatformKind.MANUAL: _t("Manuellt (inklistrad inbjudan)"),
        PlatformKind.CMS: _t("Cisco Meeting Server"),
        PlatformKind.PEXIP: _t("Pexip Infinity"),
        PlatformKind.EXTERNAL: _t("Externt mötesrum"),
    }[value]


def attention(code: str) -> str:
    return {
        "room_not_deleted": _t("Rum ej borttaget"),
        "unconfirmed": _t("Obekräftade mottagare"),
        "not_sent": _t("Inbjudan ej skickad"),
        "cancelled_room": _t("Inställt möte: rummet finns kvar"),
        "room_in_use": _t("Pågår fortfarande"),
        "room_delete_failed": _t("Rummet kunde inte tas bort automatiskt"),
        "nobody_joined": _t("Ingen anslöt"),
        "resend": _t("Ändrat efter bokning: skicka mötesuppgifterna igen"),
    }.get(code, code)


def role(code: str) -> str:
    return {
        "requester": _t("Begär mötet"),
        "inviter": _t("Kallar och bjuder in"),
        "rigger": _t("Riggar utrustningen"),
        "starter": _t("Startar mötet"),
        "onsite_helper": _t("Hjälper patienten på plats"),
        "room_creator": _t("Skapar mötesrummet"),
    }.get(code, code)


def when(value: datetime) -> str:
    """'2026-12-03 13:30' in local time, as the glossary asks."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def event_action(value: EventAction) -> str:
    return {
        EventAction.MEETING_BOOKED: _t("Mötet bokades"),
        EventAction.JUDGED_UNSUITABLE: _t("Video bedömdes olämpligt; mötet loggas utan rum"),
        EventAction.ROOM_NUMBER_RESERVED: _t("Rumsnamn reserverat"),
        EventAction.ROOM_RECORDED: _t("Mötesrum registrerat"),
        EventAction.ROOM_CREATED: _t("Mötesrum skapat"),
        EventAction.ROOM_ADDRESS_RESERVED: _t("Videoadress reserverad för rum som skapas för hand"),
        EventAction.ROOM_DELETED: _t("Mötesrum borttaget"),
        EventAction.CHANNEL_CHOSEN: _t("Kanal vald"),
        EventAction.DELIVERY_SENT: _t("Skickad"),
        EventAction.DELIVERY_CONFIRMED: _t("Bekräftad"),
        EventAction.CANNOT_ATTEND: _t("Förhinder"),
        EventAction.PARTICIPANT_REPLACED: _t("Ersatt av ersättare"),
        EventAction.MEETING_STARTED: _t("Mötet startades"),
        EventAction.MEETING_CANCELLED: _t("Mötet ställdes in"),
        EventAction.RETENTION_PURGE: _t("Gamla möten rensades"),
        EventAction.ROOM_DELETION_POSTPONED: _t("Rummet togs inte bort: mötet pågår fortfarande"),
        EventAction.ROOM_DOOR_CLOSED: _t("Rummet stängdes för nya deltagare (ny kod)"),
        EventAction.ROOM_DELETION_VERIFIED: _t("Kontrollerat: rummet finns inte längre på servern"),
        EventAction.ROOM_DELETION_FAILED: _t("Rummet kunde inte tas bort; nytt försök senare"),
        EventAction.ROOM_CALL_SEEN: _t("Ett samtal pågick i rummet"),
        EventAction.MEETING_HELD: _t("Genomfört: ett samtal sågs i rummet"),
        EventAction.MEETING_ENDED: _t("Genomfört: mötet startades och sluttiden har passerat"),
        EventAction.NOBODY_JOINED: _t("Ingen anslöt till rummet före mötets slut"),
        EventAction.MEETING_RESCHEDULED: _t("Ny tid"),
        EventAction.PARTICIPANT_ADDED: _t("Deltagare tillagd"),
        EventAction.PARTICIPANT_REMOVED: _t("Deltagare borttagen"),
        EventAction.PARTICIPANT_EDITED: _t("Deltagarens uppgifter ändrade"),
        EventAction.DELIVERY_RESET: _t("Mötesuppgifterna måste skickas igen"),
    }[value]


def deletion_kind(value: DeletionKind) -> str:
    return {
        DeletionKind.API: _t("via servern"),
        DeletionKind.MANUAL: _t("för hand, bekräftat i Vårdmöte"),
        DeletionKind.ORPHAN: _t("kvarlämnat rum på servern"),
        DeletionKind.MISSING_ON_SERVER: _t("fanns inte längre på servern"),
    }[value]


def confirmed_how(value: ConfirmedHow) -> str:
    return {
        ConfirmedHow.REPLY: _t("svar"),
        ConfirmedHow.PHONE_CALL: _t("telefonsamtal"),
        ConfirmedHow.OTHER: _t("på annat sätt"),
    }[value]


def event(action: str, details: Mapping[str, object]) -> str:
    """One line of the history: what was done, with the few details worth showing."""
    known = action in EventAction.__members__.values()
    kind = EventAction(action) if known else None
    # An action this version does not know (a newer PC on a shared log) is shown as stored.
    base = event_action(kind) if kind is not None else action
    if kind is EventAction.ROOM_DELETED and details.get("automatic") is True:
        # Deleted by the app's own run (services/lifecycle.py), not by a person.
        base = _t("Mötesrum borttaget automatiskt")
    extra = []
    for key in ("room", "participant", "channel", "how"):
        if key not in details:
            continue
        value = str(details[key])
        if key == "channel" and value in Channel.__members__.values():
            value = channel(Channel(value))
        elif key == "how":
            # A stored code ("manual", "api") is never shown as it is: only its Swedish words.
            value = _how(kind, details) or ""
        if value:
            extra.append(value)
    if kind is EventAction.MEETING_RESCHEDULED:
        extra.append(_rescheduled(details))
    if kind is EventAction.PARTICIPANT_EDITED:
        extra.append(_edited_fields(details))
    return base + (": " + ", ".join(e for e in extra if e) if any(extra) else "")


def _how(kind: EventAction | None, details: Mapping[str, object]) -> str | None:
    """The Swedish words for an event's "how", or None for a code this version cannot name."""
    if kind is EventAction.ROOM_DELETED:
        deleted = history.deletion_kind(details)
        return deletion_kind(deleted) if deleted is not None else None
    if kind is EventAction.DELIVERY_CONFIRMED:
        how = history.confirmed_how(details)
        return confirmed_how(how) if how is not None else None
    return None


def _rescheduled(details: Mapping[str, object]) -> str:
    """ "2026-12-03 13:30, 60 min → 2026-12-04 14:00, 45 min" from a rescheduling's details."""

    def side(start_key: str, minutes_key: str) -> str:
        try:
            start = when(datetime.fromisoformat(str(details[start_key])))
        except (KeyError, ValueError):
            return ""
        minutes = details.get(minutes_key)
        return f"{start}, {minutes} min" if minutes is not None else start

    before, after = side("starts_from", "minutes_from"), side("starts_to", "minutes_to")
    return f"{before} → {after}" if before and after else ""


def shown_status(value: ShownStatus) -> str:
    """The state the user reads (domain/meeting_state.py)."""
    return {
        ShownStatus.PLANNED: _t("Planerat"),
        ShownStatus.STARTED: _t("Pågår"),
        ShownStatus.HELD: _t("Genomfört"),
        ShownStatus.CANCELLED: _t("Inställt"),
    }[value]


def _edited_fields(details: Mapping[str, object]) -> str:
    """Which of a participant's details changed, in words ("telefon, kanal")."""
    names = {
        "name": _t("namn"),
        "organisation_kind": _t("organisationstyp"),
        "organisation": _t("enhet"),
        "role": _t("roll"),
        "is_relative": _t("närstående"),
        "email": _t("e-post"),
        "phone": _t("telefon"),
        "channel": _t("kanal"),
    }
    fields = [names[f] for f in str(details.get("fields", "")).split(",") if f in names]
    return _t("ändrat: %1").replace("%1", ", ".join(fields)) if fields else ""
