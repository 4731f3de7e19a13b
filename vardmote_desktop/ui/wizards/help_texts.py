"""The wizard's help (*Hjälp*, F1) as data: per step, the routine's own rules in a few lines.

Drawn from the two routines (the region's Pexip / Lifecare SP routine and Kalmar's distance
meetings, restated in docs/domain.md). Each step has paragraphs; a paragraph may hold only for
a site whose profile has the channel or policy it names, so Kalmar never reads of e-mail
invitations or Lifecare SP. Placeholders ({system}, {tool}, {dial_in}, {label}) are the
profile's words.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from vardmote_desktop.domain.profiles import SiteProfile
from vardmote_desktop.domain.types import Channel
from vardmote_desktop.domain.workflows import Step

Applies = Callable[[SiteProfile], bool]


def _always(_profile: SiteProfile) -> bool:
    return True


def _cosmic(profile: SiteProfile) -> bool:
    return profile.allows(Channel.COSMIC_LINK) or profile.allows(Channel.COSMIC_MESSENGER)


def _email_invitation(profile: SiteProfile) -> bool:
    return profile.email_bare_invitation


def _dial_in(profile: SiteProfile) -> bool:
    return bool(profile.dial_in_number)


@dataclass(frozen=True)
class Paragraph:
    text: str  # Swedish source text, translated when shown
    applies: Applies = _always


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


TITLES: dict[Step, str] = {
    Step.SUITABILITY: "Passar video?",
    Step.DETAILS: "Tid, mötesform och roller",
    Step.PARTICIPANTS: "Deltagare",
    Step.ROOM: "Mötesrum",
    Step.CHANNELS: "Förmedla mötesuppgifterna säkert",
    Step.SUMMARY: "Sammanfattning och efter mötet",
}

HELP: dict[Step, tuple[Paragraph, ...]] = {
    Step.SUITABILITY: (
        Paragraph(
            "Tänk först på patientens behov och förutsättningar att delta och att kunna "
            "tillgodogöra sig ett videomöte. Ett fysiskt möte eller telefon kan passa bättre."
        ),
        Paragraph("Beakta arbetsgivarens rutiner för informationssäkerhet i videomötet."),
        Paragraph(
            "Passar video inte loggas mötet ändå, som fysiskt möte eller telefon, men utan "
            "mötesrum och utan inbjudan."
        ),
    ),
    Step.DETAILS: (
        Paragraph(
            "Skriv datum som 2026-12-03 eller 3/12 och tid som 13:30. Tiden visas i ord under "
            "fälten: läs den innan du går vidare. En tid som passerat eller ligger utanför "
            "dagtid frågas det om."
        ),
        Paragraph(
            "Planerat digitalt: alla deltar via video. Delvis digitalt: ett fysiskt möte där "
            "några deltar via video."
        ),
        Paragraph(
            "Rollerna är rutinens: vem som begär mötet, vem som kallar och bjuder in, vem som "
            "riggar utrustningen och startar mötet."
        ),
        Paragraph(
            "Referensen är en kort hänvisning, t.ex. ärendet i {system}. Skriv aldrig "
            "personnummer, samordningsnummer eller patientens namn."
        ),
    ),
    Step.PARTICIPANTS: (
        Paragraph(
            "Lägg till alla som deltar, även närstående: namn, organisation, roll och hur de "
            "nås. Uppgifter om patienten skrivs aldrig här."
        ),
        Paragraph(
            "Kryssa i Nås i Cosmic Messenger för den som har Messenger; den som varken har "
            "Link eller Messenger rings upp, så ange telefonnummer.",
            _cosmic,
        ),
        Paragraph(
            "Ange e-postadress: Pexip-inbjudan skickas till varje deltagares e-post, även "
            "till närstående.",
            _email_invitation,
        ),
    ),
    Step.ROOM: (
        Paragraph(
            "Ett unikt mötesrum per möte. Rummets namn (enheten och ett nummer, t.ex. "
            "HC Torsås 8) och videoadress används aldrig igen, inte heller efter att rummet "
            "tagits bort: en gammal inbjudan får aldrig leda in i ett nytt möte."
        ),
        Paragraph(
            "Skapar du rummet för hand i {tool}: ge det exakt den videoadress och det {label} "
            "som sidan visar, kopiera inbjudan och klistra in den här. En inbjudan från ett "
            "tidigare möte nekas."
        ),
        Paragraph(
            "Används kommunens verktyg (t.ex. Sefos eller Inera Digitalt Möte) bjuder "
            "kommunen in och startar mötet; klistra in adressen du fått.",
            _email_invitation,
        ),
        Paragraph(
            "Via telefon: ring {dial_in} och ange {label}, om inget annat fungerar.", _dial_in
        ),
    ),
    Step.CHANNELS: (
        Paragraph(
            "Skicka bara videoadress och {label}. Cosmic Link i första hand när patienten är "
            "utskrivningsplanerad och finns i Link; annars Cosmic Messenger med kategorin "
            "Distansmöte; den som har varken Link eller Messenger rings upp och får "
            "uppgifterna upplästa.",
            _cosmic,
        ),
        Paragraph(
            "E-post är aldrig tillåtet för mötesuppgifterna, inte ens för videoadressen. "
            "Har mottagaren bara e-post: ange telefonnummer eller Cosmic Messenger direkt på "
            "sidan.",
            _cosmic,
        ),
        Paragraph(
            "Pexip-inbjudan skickas till deltagarens e-post och får bara innehålla själva "
            "inbjudan, aldrig uppgifter om patienten. Meddelanden om patienten går via "
            "{system}.",
            _email_invitation,
        ),
        Paragraph(
            "Mottagaren bekräftar när uppgifterna är noterade; markera det sedan i Vårdmöte. "
            "Ett telefonsamtal räknas som bekräftat när det är gjort."
        ),
    ),
    Step.SUMMARY: (
        Paragraph("Läs igenom tid, rum och mottagare. Färdig sparar mötet i mötesloggen."),
        Paragraph(
            "Inled mötet med att kontrollera att alla ser varandra och att ljudet är bra "
            "(Starta mötet)."
        ),
        Paragraph(
            "Efter mötet tar den som skapade rummet bort det, så att det inte kan användas "
            "igen. Ett inställt mötes rum ska också tas bort."
        ),
        Paragraph(
            "Vid förhinder vidarebefordras inbjudan aldrig till en kollega: personen "
            "meddelar den som kallat, och en ersättare får en egen inbjudan. Samma dag: "
            "kontakta den som kallat via {system} eller telefon."
        ),
    ),
}


def help_title(step: Step) -> str:
    return _t(TITLES[step])


def help_html(step: Step, profile: SiteProfile) -> str:
    """The step's help for this site, as rich text."""
    words = {
        "system": profile.messaging_system,
        "tool": profile.video_tool,
        "dial_in": profile.dial_in_number or "",
        "label": profile.call_id_label,
    }
    paragraphs = []
    for paragraph in HELP[step]:
        if not paragraph.applies(profile):
            continue
        text = _t(paragraph.text)
        for key, value in words.items():
            text = text.replace("{" + key + "}", value)
        paragraphs.append(f"<p>{html.escape(text)}</p>")
    return f"<h3>{html.escape(help_title(step))}</h3>" + "".join(paragraphs)
