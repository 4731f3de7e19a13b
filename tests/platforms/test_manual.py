"""parse_invitation on realistic invitation shapes (made-up values), and what it must refuse."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vardmote_desktop.domain.join import JoinInfo
from vardmote_desktop.domain.types import InvitationProblem
from vardmote_desktop.platforms.manual import (
    InvitationParseError,
    parse_invitation,
)

CMS_ENGLISH = """Meeting ID: 649206560
Join from a computer, mobile phone or tablet
Click to join: https://join.example.org/meeting/649206560?secret=n354DMuPy4mzLNRwxQWo1Q
Join from a video conferencing system or application
Dial sip:rd@video.example.org
"""

KALMAR_SWEDISH = """Du är inbjuden till ett videomöte
Videoadress: hc.torsas.8@video.example.se
Mötes-ID: 612345678
Ring 0480 44 55 11 och ange mötes-ID 612345678 följt av #
"""

PEXIP_HTML = (
    "<b>Please join my Pexip Virtual Meeting Room in one of the following ways:</b><br>\r\n"
    "From a VC endpoint or a Skype/Lync client:<br>\r\n"
    "meet.alice@vmr.example.org<br>\r\n"
    "From a web browser:<br>\r\n"
    '<a href="https://pexip.example.org/webapp/#/?conference=meet.alice@vmr.example.org">'
    "Join</a><br>\r\n"
    "From a telephone:<br>\r\n"
    "+46 10 000 00 00, then 1234567 #<br>\r\n"
)


def test_cms_english_template() -> None:
    assert parse_invitation(CMS_ENGLISH) == JoinInfo(
        video_address="rd@video.example.org",
        call_id="649206560",
        passcode=None,
        web_link="https://join.example.org/meeting/649206560?secret=n354DMuPy4mzLNRwxQWo1Q",
    )


def test_kalmar_swedish_template_never_takes_the_phone_number() -> None:
    room = parse_invitation(KALMAR_SWEDISH)
    assert room.video_address == "hc.torsas.8@video.example.se"
    assert room.call_id == "612345678"
    assert room.web_link is None


def test_pexip_html_template_takes_the_numeric_alias_after_the_phone_prompt() -> None:
    room = parse_invitation(PEXIP_HTML)
    assert room.video_address == "meet.alice@vmr.example.org"
    assert room.call_id == "1234567"
    assert room.web_link == (
        "https://pexip.example.org/webapp/#/?conference=meet.alice@vmr.example.org"
    )


def test_html_with_crlf_sip_link_entities_and_bold_pin() -> None:
    text = (
        "<html><head><style>p {margin:0}</style></head><body>\r\n"
        "<p>Hej!</p><p>Du &auml;r inbjuden till ett videom&ouml;te.</p>\r\n"
        '<p><b>Videoadress:</b> <a href="sip:vc.kalmar.12@video.example.se">Ring upp</a></p>\r\n'
        "<p><b>Samtals-ID:</b>&nbsp;059893656</p>\r\n"
        "<p>Mötets PIN-kod är: 4321. Avsluta med #</p>\r\n"
        '<p><a href="https://join.example.se/invited.sf?secret=Ab_c-9&amp;id=059893656">'
        "Anslut via webbläsaren</a></p>\r\n"
        '<p>Frågor? <a href="mailto:someone@example.se">someone@example.se</a></p></body></html>'
    )
    room = parse_invitation(text)
    assert room.video_address == "vc.kalmar.12@video.example.se"
    assert room.call_id == "059893656"
    assert room.passcode == "4321"
    assert room.web_link == "https://join.example.se/invited.sf?secret=Ab_c-9&id=059893656"


def test_values_on_the_line_after_their_labels() -> None:
    text = "Videoadress:\n\nhc.torsas.9@video.example.se\nMötes-ID\n612 345 679\nLösenkod:\n8765\n"
    room = parse_invitation(text)
    assert room.video_address == "hc.torsas.9@video.example.se"
    assert room.call_id == "612345679"
    assert room.passcode == "8765"


@pytest.mark.parametrize(
    ("link", "call_id"),
    [
        ("https://wb.example.org/invited.sf?id=012345678&secret=s3cr3t", "012345678"),
        ("https://wb.example.org/invited.sf?secret=s3cr3t&id=012345678", "012345678"),
        ("https://wb.example.org/index.html?id=98765", "98765"),
        ("https://wb.example.org/meeting/612345678?secret=abc&lang=sv", "612345678"),
    ],
)
def test_cms_links_give_the_call_id(link: str, call_id: str) -> None:
    room = parse_invitation(f"Anslut här:\n{link}\n")
    assert room.call_id == call_id
    assert room.web_link == link


def test_access_query_link_gives_the_address_but_no_call_id() -> None:
    room = parse_invitation("Join: https://wb.example.org/invited.sf?url=rd%40video.example.org")
    assert room.video_address == "rd@video.example.org"
    assert room.call_id is None


@pytest.mark.parametrize(
    ("link", "address", "call_id"),
    [
        (
            "https://px.example.org/webapp/home/?conference=meet.bob@vmr.example.org",
            "meet.bob@vmr.example.org",
            None,
        ),
        (
            "https://px.example.org/webapp/conference/meet.bob@vmr.example.org?pin=1234",
            "meet.bob@vmr.example.org",
            None,
        ),
        ("https://px.example.org/webapp/?conference=7654321&join=1", None, "7654321"),
        ("https://px.example.org/webapp3/m/7654321", None, "7654321"),
        ("https://px.example.org/webapp/#/?conference=7654321", None, "7654321"),
    ],
)
def test_pexip_link_variants(link: str, address: str | None, call_id: str | None) -> None:
    room = parse_invitation(f"From a web browser: {link}")
    assert room.web_link == link
    assert room.video_address == address
    assert room.call_id == call_id


@pytest.mark.parametrize(
    "text",
    [
        "Call ID: 449 206 560\nCall using: sip:449206560@video.example.org",
        "Meeting-ID 449206560\nmake video call to 449206560@video.example.org",
        "Konferens-ID: 449206560\nAnge adressen 449206560@video.example.org i videosystemet",
        "Möte-ID: 449206560\nRing 449206560@video.example.org",
        "When prompted, enter the ID 449206560 followed by #.\nDial 449206560@video.example.org",
    ],
)
def test_label_variants(text: str) -> None:
    room = parse_invitation(text)
    assert room.call_id == "449206560"
    assert room.video_address == "449206560@video.example.org"


@pytest.mark.parametrize(
    ("sentence", "pin"),
    [
        ("The meeting PIN is: 2468", "2468"),
        ("Please join using the PIN <b>1357</b>", "1357"),
        ("Passcode: 97531", "97531"),
        ("Kod 1122", "1122"),
        ("PIN code 334455#", "334455"),
    ],
)
def test_passcode_sentences(sentence: str, pin: str) -> None:
    room = parse_invitation(f"Videoadress: rum.1@video.example.se<br>{sentence}")
    assert room.passcode == pin


def test_phone_numbers_dates_and_times_never_become_a_call_id() -> None:
    text = (
        "Videoadress: rum.2@video.example.se\n"
        "Datum: 2031-05-14 kl. 10:30\n"
        "Ring 0480 44 55 11 eller +46 10 000 00 00 eller (46) 105551234#\n"
        "Ring 0480445511 och tryck #\n"
        "Tid 13.15–14.00\n"
    )
    room = parse_invitation(text)
    assert room.call_id is None
    assert room.passcode is None


def test_labelled_phone_number_is_refused_as_call_id() -> None:
    room = parse_invitation("Meeting ID: 0480 44 55 11\nDial rum.3@video.example.se")
    assert room.call_id is None


def test_email_addresses_are_not_video_addresses() -> None:
    with pytest.raises(InvitationParseError):
        parse_invitation("E-postadress: person.x@example.se\nKontakta mig vid frågor.")


@pytest.mark.parametrize(
    "text",
    [
        "Joining instructions will follow.",
        "Anslutningsinformation skickas senare. Ring 0480 44 55 11 vid frågor.",
        "Möte 2031-05-14 10:30–11:00",
        "",
    ],
)
def test_no_address_and_no_call_id_is_an_error(text: str) -> None:
    with pytest.raises(InvitationParseError) as caught:
        parse_invitation(text)
    assert caught.value.reason is InvitationProblem.NO_ADDRESS_OR_CALL_ID
    assert caught.value.missing == ("video_address", "call_id")
    assert isinstance(caught.value, ValueError)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_anything_else(text: str) -> None:
    try:
        room = parse_invitation(text)
    except InvitationParseError:
        return
    assert room.video_address or room.call_id


_FRAGMENTS = st.sampled_from(
    [
        "<br>",
        "<p>",
        "</p>",
        '<a href="',
        '">',
        "sip:",
        "@",
        ".",
        "Mötes-ID",
        "PIN",
        "#",
        "https://x.example/meeting/",
        "?id=",
        "&amp;",
        "\r\n",
        "then ",
        "+46 ",
        "0480",
        ":",
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=5)), max_size=40).map("".join))
def test_never_raises_on_invitation_like_noise(text: str) -> None:
    with contextlib.suppress(InvitationParseError):
        parse_invitation(text)


# Pexip's shipped default join instructions: the site is meant to put its number where the
# placeholder stands, and many leave it; the digits keyed in after it are still the call ID.
PEXIP_SHIPPED_DEFAULT = (
    "<b>Please join my Pexip Virtual Meeting Room in one of the following ways:</b><br>\r\n"
    "<br>\r\n"
    "From a VC endpoint or a Skype/Lync client:<br>\r\n"
    "1234567@vmr.example.org<br>\r\n"
    "<br>\r\n"
    "From a web browser:<br>\r\n"
    '<a href="https://pexip.example.org/webapp/m/1234567">'
    "https://pexip.example.org/webapp/m/1234567</a><br>\r\n"
    "<br>\r\n"
    "From a telephone:<br>\r\n"
    "[Your number], then 1234567 #<br>\r\n"
)


def test_pexip_shipped_default_instructions() -> None:
    assert parse_invitation(PEXIP_SHIPPED_DEFAULT) == JoinInfo(
        video_address="1234567@vmr.example.org",
        call_id="1234567",
        passcode=None,
        web_link="https://pexip.example.org/webapp/m/1234567",
    )


def test_the_placeholder_phone_line_alone_gives_the_call_id() -> None:
    room = parse_invitation("From a telephone: [Your number], then 7654321 #")
    assert room.call_id == "7654321"
    assert room.video_address is None


def test_a_bracketed_word_without_a_phone_prompt_is_no_call_id() -> None:
    with pytest.raises(InvitationParseError):
        parse_invitation("[Agenda], then 7654321 # is the room on floor 3")


@pytest.mark.parametrize(
    ("link", "address", "call_id"),
    [
        ("https://px.example.org/webapp/m/7654321", None, "7654321"),
        ("https://px.example.org/webapp/m/7654321?role=guest", None, "7654321"),
        (
            "https://px.example.org/webapp/m/meet.bob%40vmr.example.org",
            "meet.bob@vmr.example.org",
            None,
        ),
        (
            "https://px.example.org/webapp/m/meet.bob@vmr.example.org",
            "meet.bob@vmr.example.org",
            None,
        ),
    ],
)
def test_web_app_3_on_the_default_path(link: str, address: str | None, call_id: str | None) -> None:
    room = parse_invitation(f"Anslut via webbläsaren: {link}")
    assert room.web_link == link
    assert (room.video_address, room.call_id) == (address, call_id)


def test_an_unrelated_webapp_page_is_not_a_meeting_link() -> None:
    room = parse_invitation(
        "Videoadress: rum.5@video.example.se\nhttps://px.example.org/webapp/help"
    )
    assert room.web_link is None


def test_a_bare_alias_line_with_no_label() -> None:
    text = "Hej!\r\nVälkommen till mötet.\r\nmeet.carol@vmr.example.org\r\nMötes-ID: 7654321\r\n"
    room = parse_invitation(text)
    assert room.video_address == "meet.carol@vmr.example.org"
    assert room.call_id == "7654321"


def test_a_bare_sip_address_line() -> None:
    assert parse_invitation("<p>sip:rum.6@video.example.se</p>").video_address == (
        "rum.6@video.example.se"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A signature's address after the sign-off is a person, not the room.
        "Mötes-ID: 7654321\nVänliga hälsningar\nAnna\nanna.s@region.example.se",
        "Meeting ID: 7654321\nBest regards,\nanna.s@region.example.se",
        # An address under an e-mail label.
        "Mötes-ID: 7654321\nE-post:\nanna.s@region.example.se",
        # The text of a mailto: link.
        'Mötes-ID: 7654321<br><a href="mailto:anna.s@region.example.se">'
        "anna.s@region.example.se</a>",
    ],
)
def test_a_persons_address_on_its_own_line_is_not_the_room(text: str) -> None:
    room = parse_invitation(text)
    assert room.call_id == "7654321"
    assert room.video_address is None


def test_a_cms_2_web_bridge_invitation() -> None:
    # Shaped like CMS 2.x's copied invitation: the web bridge's invited.sf link, entities in HTML.
    text = (
        "<p>Anslut till mötet</p>\r\n"
        "<p>Från en dator: "
        '<a href="https://wb.example.se/invited.sf?secret=Zx9_q-Aa1Bb2Cc3&amp;id=061234567">'
        "https://wb.example.se/invited.sf?secret=Zx9_q-Aa1Bb2Cc3&amp;id=061234567</a></p>\r\n"
        "<p>Från ett videosystem: hc.torsas.14@video.example.se</p>\r\n"
        "<p>Från telefon: ring 0480 44 55 11 och ange samtals-ID följt av #</p>\r\n"
    )
    room = parse_invitation(text)
    assert room == JoinInfo(
        video_address="hc.torsas.14@video.example.se",
        call_id="061234567",
        passcode=None,
        web_link="https://wb.example.se/invited.sf?secret=Zx9_q-Aa1Bb2Cc3&id=061234567",
    )
