"""Invitation rendering: join details only, missing lines dropped, identity numbers refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardmote_desktop.domain.invitation import (
    DEFAULT_TEMPLATE_SV,
    InvitationDetails,
    OutgoingTextRefused,
    TemplateError,
    guard_outgoing,
    meeting_data,
    messenger_body,
    messenger_subject,
    render_invitation,
)
from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.privacy import (
    contains_identity_number,
    looks_like_identity_number,
    luhn_check_digit,
)

PNR = "19121212-1212"  # Skatteverket's test series

KALMAR = InvitationDetails(
    date=date(2026, 12, 3),
    time=time(13, 30),
    join=JoinInfo(video_address="hc.torsas.8@ltkalmar.se", call_id="612345678"),
    dial_in_number="0480 44 55 11",
)
PEXIP = InvitationDetails(
    date=date(2026, 12, 3),
    time=time(9, 5),
    join=JoinInfo(
        video_address="vmr.4711@video.region.example.se",
        call_id="4711",
        passcode="1234",
        web_link="https://video.region.example.se/webapp/m/4711",
    ),
    call_id_label="mötes-ID",
)


def with_join(details: InvitationDetails, **join: str | None) -> InvitationDetails:
    """details with some of its join values changed."""
    return replace(details, join=replace(details.join, **join))


def test_default_template_with_every_value() -> None:
    text = render_invitation(DEFAULT_TEMPLATE_SV, replace(PEXIP, dial_in_number="010 000 00 00"))
    assert text == (
        "Inbjudan till videomöte\n"
        "\n"
        "Datum: 2026-12-03\n"
        "Tid: 09:05\n"
        "\n"
        "Videoadress: vmr.4711@video.region.example.se\n"
        "Mötes-ID: 4711\n"
        "PIN-kod: 1234\n"
        "Webblänk: https://video.region.example.se/webapp/m/4711\n"
        "\n"
        "Endast ljud via telefon: ring 010 000 00 00 och ange mötes-ID 4711.\n"
    )


def test_missing_values_drop_their_lines_cleanly() -> None:
    text = render_invitation(DEFAULT_TEMPLATE_SV, replace(KALMAR, dial_in_number=None))
    assert text == (
        "Inbjudan till videomöte\n"
        "\n"
        "Datum: 2026-12-03\n"
        "Tid: 13:30\n"
        "\n"
        "Videoadress: hc.torsas.8@ltkalmar.se\n"
        "Samtals-ID: 612345678\n"
    )
    assert "PIN-kod" not in text and "Webblänk" not in text and "\n\n\n" not in text


def test_string_template_style_and_escapes() -> None:
    template = "Kl. $time den ${date}: $video_address ($$ {{ }})\nPIN: $passcode\n"
    assert render_invitation(template, KALMAR) == (
        "Kl. 13:30 den 2026-12-03: hc.torsas.8@ltkalmar.se ($ { })\n"
    )


def test_unknown_placeholder_is_a_template_error() -> None:
    with pytest.raises(TemplateError, match="patient_name"):
        render_invitation("Hej {patient_name}\n", KALMAR)


def test_invitation_with_identity_number_is_refused() -> None:
    with pytest.raises(OutgoingTextRefused) as caught:
        render_invitation(f"Gäller {PNR}\nVideoadress: {{video_address}}\n", KALMAR)
    assert caught.value.count == 1
    assert PNR not in str(caught.value) and "1212" not in str(caught.value)


def test_identity_number_smuggled_through_a_value_is_refused() -> None:
    with pytest.raises(OutgoingTextRefused):
        render_invitation(DEFAULT_TEMPLATE_SV, with_join(KALMAR, passcode="121212-1212"))


def test_guard_outgoing() -> None:
    assert guard_outgoing("Ring 0480 44 55 11, samtals-ID 612345678") == (
        "Ring 0480 44 55 11, samtals-ID 612345678"
    )
    with pytest.raises(OutgoingTextRefused) as caught:
        guard_outgoing(f"{PNR} och 121212+1212")
    assert caught.value.count == 2
    assert "121212" not in str(caught.value)


def test_messenger_subject_is_neutral() -> None:
    assert messenger_subject(KALMAR) == "Distansmöte 2026-12-03 13:30"


def test_messenger_body_carries_only_address_and_call_id() -> None:
    body = messenger_body(with_join(KALMAR, passcode="1234", web_link="https://x.example.se"))
    assert "hc.torsas.8@ltkalmar.se" in body and "Samtals-ID: 612345678" in body
    assert "1234\n" not in body and "https://" not in body
    assert "bekräftelse" in body


@given(
    st.dates(),
    st.times(),
    st.integers(100_000_000, 999_999_999),
    st.one_of(st.none(), st.integers(0, 999_999).map(str)),
)
def test_rendered_invitations_never_look_like_identity_numbers(
    day: date, at: time, call_id: int, passcode: str | None
) -> None:
    details = with_join(replace(KALMAR, date=day, time=at), call_id=str(call_id), passcode=passcode)
    text = render_invitation(DEFAULT_TEMPLATE_SV, details)
    assert not contains_identity_number(text)
    assert str(call_id) in text


# --- the room's own call ID is never a false alarm ------------------------------------------------


@st.composite
def identity_shaped_call_ids(draw: st.DrawFn) -> str:
    """A 10-digit call ID that reads as a personnummer (about 0.7 % of random ones do)."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    serial = f"{draw(st.integers(0, 999)):03d}"
    return yymmdd + serial + str(luhn_check_digit(yymmdd + serial))


# 9 to 11 digits, leading zeros kept; half of them shaped like a personnummer.
CALL_IDS = st.one_of(
    st.text(alphabet="0123456789", min_size=9, max_size=11), identity_shaped_call_ids()
)

# Invitation shapes from docs/platforms.md "Pasted invitations" (values made up).
PASTED_SHAPES = [
    "Meeting ID: {id}\nJoin from a computer, mobile phone or tablet\n"
    "Anslut: https://join.example.org/meeting/{id}?secret=n354DMuPy4mzLNRwxQWo1Q\n"
    "Join from a video conferencing system or application\nDial sip:rd@video.example.org\n",
    "Du är inbjuden till ett videomöte\nVideoadress: hc.torsas.8@video.example.se\n"
    "Mötes-ID: {id}\nRing 0480 44 55 11 och ange mötes-ID {id} följt av #\n",
    "<b>Please join my Pexip Virtual Meeting Room in one of the following ways:</b><br>\r\n"
    "From a VC endpoint or a Skype/Lync client:<br>\r\n{id}@vmr.example.org<br>\r\n"
    "From a web browser:<br>\r\n"
    '<a href="https://pexip.example.org/webapp/#/?conference={id}@vmr.example.org">…</a><br>\r\n'
    "From a telephone:<br>\r\n+46 10 000 00 00, then {id} #<br>\r\n",
    "From a telephone: [Your number], then {id} #",
    "Samtals-ID:\n{id}\nPIN-kod: 1234\n"
    "Webblänk: https://cms.example.se/invited.sf?secret=x&amp;id={id}\n",
    "<p>Konferens-ID: <b>{id}</b></p><p>https://cms.example.se/index.html?id={id}</p>",
    "Call ID is {id}. Or dial in and enter the id {id} followed by #.",
]


@given(CALL_IDS, st.sampled_from(PASTED_SHAPES))
def test_a_call_id_in_its_own_places_never_refuses_the_invitation(call_id: str, shape: str) -> None:
    text = shape.replace("{id}", call_id)
    assert guard_outgoing(text, known=(call_id,)) == text


@given(identity_shaped_call_ids(), st.sampled_from(PASTED_SHAPES))
def test_the_same_digits_as_a_personnummer_elsewhere_are_refused(call_id: str, shape: str) -> None:
    text = shape.replace("{id}", call_id)
    for smuggled in (
        f"{text}\nGäller patient {call_id}.",  # free text
        f"{text}\nPersonnummer: {call_id}",
        f"{text}\n{call_id[:6]}-{call_id[6:]}",  # with a separator
        text.replace(call_id, f"{call_id[:6]}\u2011{call_id[6:]}", 1),  # a call-ID place too
    ):
        with pytest.raises(OutgoingTextRefused):
            guard_outgoing(smuggled, known=(call_id,))


@given(CALL_IDS, st.sampled_from([DEFAULT_TEMPLATE_SV, None]), st.booleans())
def test_rendered_invitations_with_any_call_id_are_not_refused(
    call_id: str, template: str | None, numeric_alias: bool
) -> None:
    address = f"{call_id}@vmr.example.se" if numeric_alias else KALMAR.join.video_address
    details = with_join(
        KALMAR,
        call_id=call_id,
        video_address=address,
        web_link=f"https://join.example.se/meeting/{call_id}?secret=x",
    )
    text = render_invitation(template, details) if template is not None else messenger_body(details)
    assert call_id in text


def test_a_personnummer_in_the_template_is_refused_even_when_it_is_the_call_id() -> None:
    details = with_join(KALMAR, call_id="1212121212")
    assert looks_like_identity_number(details.join.call_id or "")
    render_invitation(DEFAULT_TEMPLATE_SV, details)  # the room's own call ID: accepted
    with pytest.raises(OutgoingTextRefused):
        render_invitation("Gäller 1212121212\n" + DEFAULT_TEMPLATE_SV, details)
    with pytest.raises(OutgoingTextRefused):
        render_invitation("Gäller 121212-1212\n" + DEFAULT_TEMPLATE_SV, details)


def test_the_passcode_is_not_meeting_data() -> None:
    # A long "passcode" that reads as a personnummer is more likely a number in the wrong field.
    details = with_join(KALMAR, passcode="1212121212")
    with pytest.raises(OutgoingTextRefused):
        render_invitation(DEFAULT_TEMPLATE_SV, details)


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        (KALMAR, ("612345678", "0480 44 55 11")),
        (PEXIP, ("4711",)),
        (with_join(PEXIP, video_address="sip:4711@vmr.example.se"), ("4711", "4711")),
        (with_join(PEXIP, video_address="4712@vmr.example.se", passcode="9"), ("4711", "4712")),
    ],
)
def test_meeting_data(details: InvitationDetails, expected: tuple[str, ...]) -> None:
    assert meeting_data(details) == expected
