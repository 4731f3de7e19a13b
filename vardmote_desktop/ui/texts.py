"""The users' Swedish words for the domain's enums (glossary.md), all through Qt's translate."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from vardmote_desktop.domain.types import (
    Channel,
    DeliveryState,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    OrganisationKind,
    PlatformKind,
    RoomState,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


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


def event(action: str, details: dict[str, object]) -> str:
    """One line of the history: what was done, with the few details worth showing."""
    base = {
        "meeting_booked": _t("Mötet bokades"),
        "judged_unsuitable": _t("Video bedömdes olämpligt; mötet loggas utan rum"),
        "room_number_reserved": _t("Rumsnamn reserverat"),
        "room_recorded": _t("Mötesrum registrerat"),
        "room_created": _t("Mötesrum skapat"),
        "room_deleted": _t("Mötesrum borttaget"),
        "channel_chosen": _t("Kanal vald"),
        "delivery_sent": _t("Skickad"),
        "delivery_confirmed": _t("Bekräftad"),
        "cannot_attend": _t("Förhinder"),
        "participant_replaced": _t("Ersatt av ersättare"),
        "participant_added": _t("Deltagare tillagd"),
        "meeting_cancelled": _t("Mötet ställdes in"),
        "meeting_held": _t("Mötet genomfördes"),
        "meeting_started": _t("Mötet startades"),
        "retention_purge": _t("Gamla möten rensades"),
    }.get(action, action)
    extra = []
    for key in ("room", "participant", "channel", "how"):
        if key not in details:
            continue
        value = str(details[key])
        if key == "channel" and value in Channel.__members__.values():
            value = channel(Channel(value))
        extra.append(value)
    return base + (": " + ", ".join(extra) if extra else "")
