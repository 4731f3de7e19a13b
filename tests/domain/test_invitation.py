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
    messenger_body,
    messenger_subject,
    render_invitation,
)
from vardmote_desktop.domain.privacy import contains_identity_number

PNR = "19121212-1212"  # Skatteverket's test series

KALMAR = InvitationDetails(
    date=date(2026, 12, 3),
    time=time(13, 30),
    video_address="hc.torsas.8@ltkalmar.se",
    call_id="612345678",
    dial_in_number="0480 44 55 11",
)
PEXIP = InvitationDetails(
    date=date(2026, 12, 3),
    time=time(9, 5),
    video_address="vmr.4711@video.region.example.se",
    call_id="4711",
    passcode="1234",
    web_link="https://video.region.example.se/webapp/m/4711",
    call_id_label="mötes-ID",
)


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
        render_invitation(DEFAULT_TEMPLATE_SV, replace(KALMAR, passcode="121212-1212"))


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
    body = messenger_body(replace(KALMAR, passcode="1234", web_link="https://x.example.se"))
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
    details = replace(KALMAR, date=day, time=at, call_id=str(call_id), passcode=passcode)
    text = render_invitation(DEFAULT_TEMPLATE_SV, details)
    assert not contains_identity_number(text)
    assert str(call_id) in text
