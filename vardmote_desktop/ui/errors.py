"""One clear Swedish message per kind of error the user can act on; the rest is a bug."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vardmote_desktop.platforms import base as platform_errors
from vardmote_desktop.platforms.transport_security import InsecureServerAddress
from vardmote_desktop.services import errors as service_errors
from vardmote_desktop.ui.messages import invitation_problem


def _t(text: str) -> str:
    # pyside6-lupdate files a bare _t()/tr() call under the nameless context
    # (-tr-function-alias tr+=_t, installer/translations.py): the context looked up.
    return QCoreApplication.translate("", text)


def user_message(exc: BaseException) -> str:
    """The message for an error; never the exception's own text, which may hold details."""
    if isinstance(exc, service_errors.DatabaseTooNew) and exc.needed_release:
        return _t(
            "Databasen har uppgraderats av en nyare version av Vårdmöte. Den här datorn "
            "behöver version %1 eller senare. Uppdatera programmet."
        ).replace("%1", exc.needed_release)
    if isinstance(exc, service_errors.RoomNameTaken):
        return _t(
            "Rummet %1 hör redan till ett bokat möte, så inget bokades. Mötet är troligen "
            "redan bokat på en annan dator: titta i listan i huvudfönstret."
        ).replace("%1", exc.name)
    if isinstance(exc, service_errors.InvitationUnreadable):
        return invitation_problem(exc.reason)  # one text per reason code (ui/messages.py)
    fault = database_fault_message(exc)  # before the general "could not be opened"
    if fault is not None:
        return fault
    messages: list[tuple[type[BaseException], str]] = [
        (
            service_errors.DatabaseTooNew,
            _t("Databasen har skapats av en nyare version av Vårdmöte. Uppdatera programmet."),
        ),
        (
            service_errors.DatabaseBeingUpgraded,
            _t("Loggen uppgraderas av en annan dator. Försök igen om en stund."),
        ),
        (
            service_errors.DatabaseUnavailable,
            _t(
                "Databasen kunde inte öppnas. Kontrollera adressen i Inställningar "
                "eller kontakta IT."
            ),
        ),
        (service_errors.NotFound, _t("Mötet finns inte längre. Listan uppdateras.")),
        (
            service_errors.DraftGone,
            _t(
                "Utkastet finns inte längre, så inget bokades: mötet har bokats eller utkastet "
                "tagits bort på en annan dator. Titta i listan i huvudfönstret. Saknas mötet "
                "där, tryck Färdig igen för att boka det."
            ),
        ),
        (service_errors.InvalidMove, _t("Det går inte att göra det i mötets nuvarande läge.")),
        (
            service_errors.RefusedText,
            _t(
                "Texten innehåller något som liknar ett personnummer eller samordningsnummer "
                "och får inte användas."
            ),
        ),
        (
            service_errors.ForbiddenChannel,
            _t("Kanalen är inte tillåten för den här mottagaren enligt regionens rutin."),
        ),
        (
            service_errors.PlatformNotConfigured,
            _t(
                "Videoplattformen är inte inställd. Ange server, konto och lösenord "
                "i Inställningar."
            ),
        ),
        (
            service_errors.CredentialsUnavailable,
            _t(
                "Lösenordet kunde inte läsas eller sparas i datorns nyckelring. Lås upp "
                "nyckelringen och försök igen."
            ),
        ),
        (
            service_errors.CaBundleMissing,
            _t("CA-certifikatet som anges i Inställningar finns inte. Välj rätt fil."),
        ),
        (
            service_errors.ManualDeletionUnconfirmed,
            _t("Bekräfta först att du har tagit bort mötesrummet i videoverktyget."),
        ),
        (
            service_errors.NoFreeRoomName,
            _t("Inget ledigt rumsnamn hittades för enheten: namnen är redan använda. Kontakta IT."),
        ),
        (
            service_errors.NoFreeVideoAddress,
            _t("Ingen ledig videoadress kunde tas fram. Försök igen eller kontakta IT."),
        ),
        (
            service_errors.RetentionConflict,
            _t(
                "Loggen ändrades av en annan dator medan gamla möten rensades. Inget rensades; "
                "försök igen."
            ),
        ),
        (
            service_errors.ContactInvalid,
            _t(
                "Kontakten kunde inte sparas: kontrollera namn, e-post och telefon. Närstående "
                "och patienter sparas aldrig som kontakter, och samma person finns bara en gång."
            ),
        ),
        (
            platform_errors.PlatformAuthError,
            _t("Videoplattformen godtog inte kontot eller lösenordet."),
        ),
        (platform_errors.PlatformNotFound, _t("Mötesrummet finns inte på videoplattformen.")),
        (
            platform_errors.PlatformConflict,
            _t(
                "Rumsnamnet eller samtals-ID:t är upptaget på videoplattformen och inget ledigt "
                "hittades."
            ),
        ),
        (
            platform_errors.PlatformUnavailable,
            _t("Videoplattformen svarar inte. Försök igen om en stund."),
        ),
        (
            platform_errors.PlatformInvalidAnswer,
            _t("Videoplattformen gav ett svar som inte gick att läsa. Kontakta IT."),
        ),
        (
            InsecureServerAddress,
            _t(
                "Serveradressen måste börja med https://. Lösenordet skickas aldrig okrypterat "
                "över http. Ändra adressen i Inställningar."
            ),
        ),
        (platform_errors.PlatformError, _t("Videoplattformen gav ett fel.")),
        (
            service_errors.CreatedRoomUnidentified,
            _t(
                "Videoplattformen svarade utan att ange vilket mötesrum som skapades, så inget "
                "rum sparades i mötet. Försök igen. Ett rum som ändå skapades tas bort med "
                "Städa rum. Kontakta IT om det händer igen."
            ),
        ),
        (
            service_errors.LogKeyMissing,
            _t(
                "Mötesloggen är krypterad och nyckeln finns inte i din nyckelring. Loggen kan "
                "inte öppnas utan den. Kontakta IT."
            ),
        ),
        (
            service_errors.LogKeyWrong,
            _t(
                "Nyckeln i nyckelringen öppnar inte den krypterade mötesloggen. Kontakta IT; "
                "ta inte bort filen."
            ),
        ),
        (
            service_errors.LogKeyUnavailable,
            _t(
                "Mötesloggen ska vara krypterad men datorn har ingen nyckelring för nyckeln. "
                "Kontakta IT."
            ),
        ),
        (
            service_errors.LogEncryptionFailed,
            _t(
                "Mötesloggen kunde inte krypteras. Den är oförändrad; försök igen eller "
                "kontakta IT."
            ),
        ),
    ]
    for kind, message in messages:
        if isinstance(exc, kind):
            return message
    return _t("Ett oväntat fel inträffade. Det har skrivits till loggfilen.")


def database_fault_message(exc: BaseException) -> str | None:
    """One message per database fault the user (or IT) can act on; None for other errors."""
    messages: list[tuple[type[BaseException], str]] = [
        (
            service_errors.DatabaseLocked,
            _t(
                "Databasen är upptagen av en annan dator eller ett annat program. Inget "
                "sparades. Försök igen om en stund."
            ),
        ),
        (
            service_errors.DatabaseFull,
            _t(
                "Disken där databasen ligger är full. Inget sparades. Frigör utrymme eller "
                "kontakta IT."
            ),
        ),
        (
            service_errors.DatabaseCorrupt,
            _t(
                "Databasfilen är skadad. Inget sparades. Kontakta IT: den kan behöva "
                "återställas från en säkerhetskopia (vardmote-desktop --check visar felet)."
            ),
        ),
        (
            service_errors.DatabaseReadOnly,
            _t(
                "Databasen går bara att läsa, inte att ändra. Inget sparades. Kontrollera "
                "behörigheten till filen eller kontakta IT."
            ),
        ),
        (
            service_errors.UnsavableText,
            _t(
                "Texten innehåller tecken som inte kan sparas. Ta bort ovanliga tecken och "
                "försök igen."
            ),
        ),
    ]
    for kind, message in messages:
        if isinstance(exc, kind):
            return message
    return None
