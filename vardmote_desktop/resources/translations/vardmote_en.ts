<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Kopiera videoadress</source>
        <translation>Copy video address</translation>
    </message>
    <message>
        <source>Videoadress</source>
        <translation>Video address</translation>
    </message>
    <message>
        <source>Kopiera %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Kopiera PIN-kod</source>
        <translation>Copy PIN</translation>
    </message>
    <message>
        <source>PIN-kod</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Kopiera webblänk</source>
        <translation>Copy web link</translation>
    </message>
    <message>
        <source>Webblänk</source>
        <translation>Web link</translation>
    </message>
    <message>
        <source>Kopiera telefonnummer</source>
        <translation>Copy phone number</translation>
    </message>
    <message>
        <source>%n möte</source>
        <translation>%n meeting</translation>
    </message>
    <message>
        <source>%n möten</source>
        <translation>%n meetings</translation>
    </message>
    <message>
        <source>Utskrivningsplanering i slutenvård</source>
        <translation>Discharge planning in inpatient care</translation>
    </message>
    <message>
        <source>SIP i slutenvård – rött spår</source>
        <translation>SIP in inpatient care – red track</translation>
    </message>
    <message>
        <source>SIP i öppenvård</source>
        <translation>SIP in outpatient care</translation>
    </message>
    <message>
        <source>Annat möte (rond, hembesök, annat)</source>
        <translation>Other meeting (ward round, home visit, other)</translation>
    </message>
    <message>
        <source>Distansmöte mellan huvudmän</source>
        <translation>Remote meeting between care providers</translation>
    </message>
    <message>
        <source>Digitalt</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Delvis digitalt</source>
        <translation>Partly digital</translation>
    </message>
    <message>
        <source>Fysiskt</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Genomfört</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Inställt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Lifecare SP</source>
        <translation>Lifecare SP</translation>
    </message>
    <message>
        <source>Cosmic Link</source>
        <translation>Cosmic Link</translation>
    </message>
    <message>
        <source>Cosmic Messenger</source>
        <translation>Cosmic Messenger</translation>
    </message>
    <message>
        <source>Pexip-inbjudan (e-post)</source>
        <translation>Pexip invitation (e-mail)</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ej skickad</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Bekräftad</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Kan inte delta</source>
        <translation>Unable to attend</translation>
    </message>
    <message>
        <source>Regionen</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Finns kvar</source>
        <translation>Still there</translation>
    </message>
    <message>
        <source>Borttaget</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Externt (kommunens)</source>
        <translation>External (the municipality&apos;s)</translation>
    </message>
    <message>
        <source>Manuellt (inklistrad inbjudan)</source>
        <translation>Manual (pasted invitation)</translation>
    </message>
    <message>
        <source>Cisco Meeting Server</source>
        <translation>Cisco Meeting Server</translation>
    </message>
    <message>
        <source>Pexip Infinity</source>
        <translation>Pexip Infinity</translation>
    </message>
    <message>
        <source>Externt mötesrum</source>
        <translation>External meeting room</translation>
    </message>
    <message>
        <source>Inbjudan ej skickad</source>
        <translation>Invitation not sent</translation>
    </message>
    <message>
        <source>Inställt möte: rummet finns kvar</source>
        <translation>Cancelled meeting: the room is still there</translation>
    </message>
    <message>
        <source>Pågår fortfarande</source>
        <translation>Still going on</translation>
    </message>
    <message>
        <source>Rummet kunde inte tas bort automatiskt</source>
        <translation>The room could not be deleted automatically</translation>
    </message>
    <message>
        <source>Ingen anslöt</source>
        <translation>Nobody joined</translation>
    </message>
    <message>
        <source>Ändrat efter bokning: skicka mötesuppgifterna igen</source>
        <translation>Changed after booking: send the meeting details again</translation>
    </message>
    <message>
        <source>Begär mötet</source>
        <translation>Requests the meeting</translation>
    </message>
    <message>
        <source>Kallar och bjuder in</source>
        <translation>Convenes and invites</translation>
    </message>
    <message>
        <source>Riggar utrustningen</source>
        <translation>Sets up the equipment</translation>
    </message>
    <message>
        <source>Startar mötet</source>
        <translation>Starts the meeting</translation>
    </message>
    <message>
        <source>Hjälper patienten på plats</source>
        <translation>Helps the patient on site</translation>
    </message>
    <message>
        <source>Skapar mötesrummet</source>
        <translation>Creates the meeting room</translation>
    </message>
    <message>
        <source>Mötet bokades</source>
        <translation>The meeting was booked</translation>
    </message>
    <message>
        <source>Video bedömdes olämpligt; mötet loggas utan rum</source>
        <translation>Video was judged unsuitable; the meeting is logged without a room</translation>
    </message>
    <message>
        <source>Rumsnamn reserverat</source>
        <translation>Room name reserved</translation>
    </message>
    <message>
        <source>Mötesrum registrerat</source>
        <translation>Meeting room registered</translation>
    </message>
    <message>
        <source>Mötesrum skapat</source>
        <translation>Meeting room created</translation>
    </message>
    <message>
        <source>Videoadress reserverad för rum som skapas för hand</source>
        <translation>Video address reserved for a room made by hand</translation>
    </message>
    <message>
        <source>Mötesrum borttaget</source>
        <translation>Meeting room deleted</translation>
    </message>
    <message>
        <source>Kanal vald</source>
        <translation>Channel chosen</translation>
    </message>
    <message>
        <source>Förhinder</source>
        <translation>Unable to attend</translation>
    </message>
    <message>
        <source>Ersatt av ersättare</source>
        <translation>Replaced by a substitute</translation>
    </message>
    <message>
        <source>Mötet startades</source>
        <translation>The meeting was started</translation>
    </message>
    <message>
        <source>Mötet ställdes in</source>
        <translation>The meeting was cancelled</translation>
    </message>
    <message>
        <source>Gamla möten rensades</source>
        <translation>Old meetings were purged</translation>
    </message>
    <message>
        <source>Rummet togs inte bort: mötet pågår fortfarande</source>
        <translation>The room was not deleted: the meeting is still going on</translation>
    </message>
    <message>
        <source>Rummet stängdes för nya deltagare (ny kod)</source>
        <translation>The room was closed to new participants (new code)</translation>
    </message>
    <message>
        <source>Kontrollerat: rummet finns inte längre på servern</source>
        <translation>Checked: the room no longer exists on the server</translation>
    </message>
    <message>
        <source>Rummet kunde inte tas bort; nytt försök senare</source>
        <translation>The room could not be deleted; will try again later</translation>
    </message>
    <message>
        <source>Ett samtal pågick i rummet</source>
        <translation>A call was going on in the room</translation>
    </message>
    <message>
        <source>Genomfört: ett samtal sågs i rummet</source>
        <translation>Held: a call was seen in the room</translation>
    </message>
    <message>
        <source>Genomfört: mötet startades och sluttiden har passerat</source>
        <translation>Held: the meeting was started and its end time has passed</translation>
    </message>
    <message>
        <source>Ingen anslöt till rummet före mötets slut</source>
        <translation>Nobody joined the room before the meeting ended</translation>
    </message>
    <message>
        <source>Ny tid</source>
        <translation>New time</translation>
    </message>
    <message>
        <source>Deltagare tillagd</source>
        <translation>Participant added</translation>
    </message>
    <message>
        <source>Deltagare borttagen</source>
        <translation>Participant removed</translation>
    </message>
    <message>
        <source>Deltagarens uppgifter ändrade</source>
        <translation>Participant&apos;s details changed</translation>
    </message>
    <message>
        <source>Mötesuppgifterna måste skickas igen</source>
        <translation>The meeting details must be sent again</translation>
    </message>
    <message>
        <source>via servern</source>
        <translation>through the server</translation>
    </message>
    <message>
        <source>för hand, bekräftat i Vårdmöte</source>
        <translation>by hand, confirmed in Vårdmöte</translation>
    </message>
    <message>
        <source>kvarlämnat rum på servern</source>
        <translation>room left on the server</translation>
    </message>
    <message>
        <source>fanns inte längre på servern</source>
        <translation>no longer existed on the server</translation>
    </message>
    <message>
        <source>svar</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>telefonsamtal</source>
        <translation>phone call</translation>
    </message>
    <message>
        <source>på annat sätt</source>
        <translation>some other way</translation>
    </message>
    <message>
        <source>Mötesrum borttaget automatiskt</source>
        <translation>Meeting room deleted automatically</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>organisationstyp</source>
        <translation>type of organisation</translation>
    </message>
    <message>
        <source>enhet</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>role</translation>
    </message>
    <message>
        <source>närstående</source>
        <translation>next of kin</translation>
    </message>
    <message>
        <source>e-post</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>kanal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>ändrat: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>Videoadress:</source>
        <translation>Video address:</translation>
    </message>
    <message>
        <source>PIN-kod:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Webblänk:</source>
        <translation>Web link:</translation>
    </message>
    <message>
        <source>Via telefon:</source>
        <translation>By phone:</translation>
    </message>
    <message>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Välj mötestyp (Ctrl+N startar %1)</source>
        <translation>Choose meeting type (Ctrl+N starts %1)</translation>
    </message>
    <message>
        <source>måndag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tisdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>lördag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>söndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>(slutar %1)</source>
        <translation>(ends %1)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>t.ex. 2026-12-03 eller 3/12</source>
        <translation>e.g. 2026-12-03 or 3/12</translation>
    </message>
    <message>
        <source>&amp;Kalender…</source>
        <translation>&amp;Calendar…</translation>
    </message>
    <message>
        <source>Välj datum i kalender</source>
        <translation>Choose date in calendar</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Databasen har uppgraderats av en nyare version av Vårdmöte. Den här datorn behöver version %1 eller senare. Uppdatera programmet.</source>
        <translation>The database has been upgraded by a newer version of Vårdmöte. This computer needs version %1 or later. Update the program.</translation>
    </message>
    <message>
        <source>Rummet %1 hör redan till ett bokat möte, så inget bokades. Mötet är troligen redan bokat på en annan dator: titta i listan i huvudfönstret.</source>
        <translation>Room %1 already belongs to a booked meeting, so nothing was booked. The meeting was probably already booked on another computer: look at the list in the main window.</translation>
    </message>
    <message>
        <source>Databasen har skapats av en nyare version av Vårdmöte. Uppdatera programmet.</source>
        <translation>The database was created by a newer version of Vårdmöte. Update the program.</translation>
    </message>
    <message>
        <source>Loggen uppgraderas av en annan dator. Försök igen om en stund.</source>
        <translation>The log is being upgraded by another computer. Try again in a moment.</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas. Kontrollera adressen i Inställningar eller kontakta IT.</source>
        <translation>The database could not be opened. Check the address in Settings or contact IT.</translation>
    </message>
    <message>
        <source>Mötet finns inte längre. Listan uppdateras.</source>
        <translation>The meeting no longer exists. The list is being refreshed.</translation>
    </message>
    <message>
        <source>Utkastet finns inte längre, så inget bokades: mötet har bokats eller utkastet tagits bort på en annan dator. Titta i listan i huvudfönstret. Saknas mötet där, tryck Färdig igen för att boka det.</source>
        <translation>The draft no longer exists, so nothing was booked: the meeting has been booked or the draft removed on another computer. Look at the list in the main window. If the meeting is not there, press Finish again to book it.</translation>
    </message>
    <message>
        <source>Det går inte att göra det i mötets nuvarande läge.</source>
        <translation>That cannot be done in the meeting&apos;s current state.</translation>
    </message>
    <message>
        <source>Texten innehåller något som liknar ett personnummer eller samordningsnummer och får inte användas.</source>
        <translation>The text contains something that looks like a personal identity number or coordination number and must not be used.</translation>
    </message>
    <message>
        <source>Kanalen är inte tillåten för den här mottagaren enligt regionens rutin.</source>
        <translation>The region&apos;s routine does not allow this channel for this recipient.</translation>
    </message>
    <message>
        <source>Videoplattformen är inte inställd. Ange server, konto och lösenord i Inställningar.</source>
        <translation>The video platform is not set up. Enter server, account and password in Settings.</translation>
    </message>
    <message>
        <source>Lösenordet kunde inte läsas eller sparas i datorns nyckelring. Lås upp nyckelringen och försök igen.</source>
        <translation>The password could not be read from or saved in the computer&apos;s keyring. Unlock the keyring and try again.</translation>
    </message>
    <message>
        <source>CA-certifikatet som anges i Inställningar finns inte. Välj rätt fil.</source>
        <translation>The CA certificate given in Settings does not exist. Choose the right file.</translation>
    </message>
    <message>
        <source>Bekräfta först att du har tagit bort mötesrummet i videoverktyget.</source>
        <translation>First confirm that you have deleted the meeting room in the video tool.</translation>
    </message>
    <message>
        <source>Inget ledigt rumsnamn hittades för enheten: namnen är redan använda. Kontakta IT.</source>
        <translation>No free room name was found for the unit: the names have all been used. Contact IT.</translation>
    </message>
    <message>
        <source>Ingen ledig videoadress kunde tas fram. Försök igen eller kontakta IT.</source>
        <translation>No free video address could be found. Try again or contact IT.</translation>
    </message>
    <message>
        <source>Loggen ändrades av en annan dator medan gamla möten rensades. Inget rensades; försök igen.</source>
        <translation>Another computer changed the log while old meetings were being purged. Nothing was purged; try again.</translation>
    </message>
    <message>
        <source>Kontakten kunde inte sparas: kontrollera namn, e-post och telefon. Närstående och patienter sparas aldrig som kontakter, och samma person finns bara en gång.</source>
        <translation>The contact could not be saved: check name, e-mail and phone. Next of kin and patients are never saved as contacts, and each person is there only once.</translation>
    </message>
    <message>
        <source>Videoplattformen godtog inte kontot eller lösenordet.</source>
        <translation>The video platform did not accept the account or the password.</translation>
    </message>
    <message>
        <source>Mötesrummet finns inte på videoplattformen.</source>
        <translation>The meeting room does not exist on the video platform.</translation>
    </message>
    <message>
        <source>Rumsnamnet eller samtals-ID:t är upptaget på videoplattformen och inget ledigt hittades.</source>
        <translation>The room name or call ID is taken on the video platform and no free one was found.</translation>
    </message>
    <message>
        <source>Videoplattformen svarar inte. Försök igen om en stund.</source>
        <translation>The video platform does not answer. Try again in a moment.</translation>
    </message>
    <message>
        <source>Videoplattformen gav ett svar som inte gick att läsa. Kontakta IT.</source>
        <translation>The video platform gave an answer that could not be read. Contact IT.</translation>
    </message>
    <message>
        <source>Serveradressen måste börja med https://. Lösenordet skickas aldrig okrypterat över http. Ändra adressen i Inställningar.</source>
        <translation>The server address must start with https://. The password is never sent unencrypted over http. Change the address in Settings.</translation>
    </message>
    <message>
        <source>Videoplattformen gav ett fel.</source>
        <translation>The video platform returned an error.</translation>
    </message>
    <message>
        <source>Videoplattformen svarade utan att ange vilket mötesrum som skapades, så inget rum sparades i mötet. Försök igen. Ett rum som ändå skapades tas bort med Städa rum. Kontakta IT om det händer igen.</source>
        <translation>The video platform answered without saying which meeting room was created, so no room was saved in the meeting. Try again. A room that was created anyway is deleted with Clean up rooms. Contact IT if it happens again.</translation>
    </message>
    <message>
        <source>Mötesloggen är krypterad och nyckeln finns inte i din nyckelring. Loggen kan inte öppnas utan den. Kontakta IT.</source>
        <translation>The meeting log is encrypted and its key is not in your keyring. The log cannot be opened without it. Contact IT.</translation>
    </message>
    <message>
        <source>Nyckeln i nyckelringen öppnar inte den krypterade mötesloggen. Kontakta IT; ta inte bort filen.</source>
        <translation>The key in the keyring does not open the encrypted meeting log. Contact IT; do not delete the file.</translation>
    </message>
    <message>
        <source>Mötesloggen ska vara krypterad men datorn har ingen nyckelring för nyckeln. Kontakta IT.</source>
        <translation>The meeting log must be encrypted but this computer has no keyring for its key. Contact IT.</translation>
    </message>
    <message>
        <source>Mötesloggen kunde inte krypteras. Den är oförändrad; försök igen eller kontakta IT.</source>
        <translation>The meeting log could not be encrypted. It is unchanged; try again or contact IT.</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade. Det har skrivits till loggfilen.</source>
        <translation>An unexpected error occurred. It has been written to the log file.</translation>
    </message>
    <message>
        <source>Databasen är upptagen av en annan dator eller ett annat program. Inget sparades. Försök igen om en stund.</source>
        <translation>The database is busy with another computer or program. Nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>Disken där databasen ligger är full. Inget sparades. Frigör utrymme eller kontakta IT.</source>
        <translation>The disk holding the database is full. Nothing was saved. Free up space or contact IT.</translation>
    </message>
    <message>
        <source>Databasfilen är skadad. Inget sparades. Kontakta IT: den kan behöva återställas från en säkerhetskopia (vardmote-desktop --check visar felet).</source>
        <translation>The database file is damaged. Nothing was saved. Contact IT: it may need to be restored from a backup (vardmote-desktop --check shows the error).</translation>
    </message>
    <message>
        <source>Databasen går bara att läsa, inte att ändra. Inget sparades. Kontrollera behörigheten till filen eller kontakta IT.</source>
        <translation>The database can only be read, not changed. Nothing was saved. Check the permissions on the file or contact IT.</translation>
    </message>
    <message>
        <source>Texten innehåller tecken som inte kan sparas. Ta bort ovanliga tecken och försök igen.</source>
        <translation>The text contains characters that cannot be saved. Remove unusual characters and try again.</translation>
    </message>
    <message>
        <source>Datum och tid</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mötesrum</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>Rummets status</source>
        <translation>Room status</translation>
    </message>
    <message>
        <source>Kallande</source>
        <translation>Convener</translation>
    </message>
    <message>
        <source>Bekräftade / mottagare</source>
        <translation>Confirmed / recipients</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bekräftade</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Sökning: ”%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <source>Typ: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Datum: %1 – %2</source>
        <translation>Dates: %1 – %2</translation>
    </message>
    <message>
        <source>Rum: %1</source>
        <translation>Room: %1</translation>
    </message>
    <message>
        <source>Rum ej borttaget</source>
        <translation>Room not deleted</translation>
    </message>
    <message>
        <source>Obekräftade mottagare</source>
        <translation>Unconfirmed recipients</translation>
    </message>
    <message>
        <source>Endast inställda</source>
        <translation>Cancelled only</translation>
    </message>
    <message>
        <source>Utan inställda</source>
        <translation>Without cancelled</translation>
    </message>
    <message>
        <source>Alla möten</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>Möteslogg</source>
        <translation>Meeting log</translation>
    </message>
    <message>
        <source>Skapad %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Fältet måste fyllas i.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Texten är för lång.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>Texten innehåller något som liknar ett personnummer eller samordningsnummer. Sådana uppgifter får inte skrivas här.</source>
        <translation>The text contains something that looks like a personal identity number or coordination number. Such details must not be written here.</translation>
    </message>
    <message>
        <source>Texten innehåller otillåtna tecken.</source>
        <translation>The text contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Ange en giltig e-postadress, t.ex. namn@kommun.se.</source>
        <translation>Enter a valid e-mail address, e.g. name@kommun.se.</translation>
    </message>
    <message>
        <source>Ange ett giltigt telefonnummer, t.ex. 070-123 45 67.</source>
        <translation>Enter a valid phone number, e.g. 070-123 45 67.</translation>
    </message>
    <message>
        <source>Ange e-postadress eller telefonnummer (minst ett av dem).</source>
        <translation>Enter an e-mail address or a phone number (at least one of them).</translation>
    </message>
    <message>
        <source>Namnet går inte att använda som början på ett rumsnamn. Använd bokstäver och siffror.</source>
        <translation>The name cannot be used as the beginning of a room name. Use letters and digits.</translation>
    </message>
    <message>
        <source>Patienten är utskrivningsplanerad och finns i Cosmic Link: skicka videoadress och samtals-ID där i första hand.</source>
        <translation>The patient is in discharge planning and is in Cosmic Link: send the video address and call ID there first.</translation>
    </message>
    <message>
        <source>Personen finns inte i Cosmic Link: skicka via Cosmic Messenger med kategorin ”Distansmöte”.</source>
        <translation>The person is not in Cosmic Link: send via Cosmic Messenger with the category “Distansmöte”.</translation>
    </message>
    <message>
        <source>Mottagaren har varken Link eller Messenger: ring och läs upp videoadress och samtals-ID.</source>
        <translation>The recipient has neither Link nor Messenger: call and read out the video address and call ID.</translation>
    </message>
    <message>
        <source>Skicka Pexip-inbjudan till deltagarens e-postadress; den får bara innehålla själva inbjudan.</source>
        <translation>Send the Pexip invitation to the participant&apos;s e-mail address; it may contain only the invitation itself.</translation>
    </message>
    <message>
        <source>Närstående får Pexip-inbjudan till sin e-postadress, utan uppgifter om patienten.</source>
        <translation>Next of kin get the Pexip invitation at their e-mail address, without details about the patient.</translation>
    </message>
    <message>
        <source>E-post får bara bära själva inbjudan, aldrig uppgifter om patienten.</source>
        <translation>E-mail may carry only the invitation itself, never details about the patient.</translation>
    </message>
    <message>
        <source>Ingen e-postadress: meddela mötesuppgifterna via Lifecare SP.</source>
        <translation>No e-mail address: send the meeting details via Lifecare SP.</translation>
    </message>
    <message>
        <source>Ingen e-postadress: ring och läs upp mötesuppgifterna.</source>
        <translation>No e-mail address: call and read out the meeting details.</translation>
    </message>
    <message>
        <source>Ingen tillåten kanal når mottagaren: lägg till e-postadress eller telefonnummer.</source>
        <translation>No allowed channel reaches the recipient: add an e-mail address or a phone number.</translation>
    </message>
    <message>
        <source>Kanalen används inte enligt regionens rutin.</source>
        <translation>The region&apos;s routine does not use this channel.</translation>
    </message>
    <message>
        <source>E-post är inte säkert och därför inte tillåtet för mötesuppgifterna.</source>
        <translation>E-mail is not secure and therefore not allowed for the meeting details.</translation>
    </message>
    <message>
        <source>Patienten finns inte i Cosmic Link.</source>
        <translation>The patient is not in Cosmic Link.</translation>
    </message>
    <message>
        <source>Mottagaren har inte Cosmic Messenger.</source>
        <translation>The recipient does not have Cosmic Messenger.</translation>
    </message>
    <message>
        <source>Mottagaren har inte Lifecare SP.</source>
        <translation>The recipient does not have Lifecare SP.</translation>
    </message>
    <message>
        <source>Mottagaren saknar e-postadress.</source>
        <translation>The recipient has no e-mail address.</translation>
    </message>
    <message>
        <source>Mottagaren saknar telefonnummer.</source>
        <translation>The recipient has no phone number.</translation>
    </message>
    <message>
        <source>Hittade varken videoadress eller samtals-ID i inbjudan.</source>
        <translation>Found neither a video address nor a call ID in the invitation.</translation>
    </message>
    <message>
        <source>Ett fel inträffade</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade. Det har skrivits till loggfilen:</source>
        <translation>An unexpected error occurred. It has been written to the log file:</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade. Loggfilen kunde inte skrivas; kopiera detaljerna och skicka dem till IT.</source>
        <translation>An unexpected error occurred. The log file could not be written; copy the details and send them to IT.</translation>
    </message>
    <message>
        <source>Loggfilens sökväg</source>
        <translation>Path of the log file</translation>
    </message>
    <message>
        <source>&amp;Kopiera detaljer</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Kopiera detaljer till urklipp</source>
        <translation>Copy details to the clipboard</translation>
    </message>
    <message>
        <source>Detaljerna är kopierade. Klistra in dem i ärendet till IT.</source>
        <translation>The details have been copied. Paste them into your ticket to IT.</translation>
    </message>
    <message>
        <source>Om video passar patienten (frågas först).</source>
        <translation>Whether video suits the patient (asked first).</translation>
    </message>
    <message>
        <source>Tid, mötesform och vem som gör vad.</source>
        <translation>Time, meeting format and who does what.</translation>
    </message>
    <message>
        <source>Deltagarna: namn, organisation och hur de nås.</source>
        <translation>The participants: name, organisation and how to reach them.</translation>
    </message>
    <message>
        <source>Mötesrummet: ett nytt i %1 som aldrig återanvänds.</source>
        <translation>The meeting room: a new one in %1 that is never reused.</translation>
    </message>
    <message>
        <source>En säker kanal per mottagare, och texten att klistra in.</source>
        <translation>A secure channel per recipient, and the text to paste.</translation>
    </message>
    <message>
        <source>Välj ett möte i listan för att se rum, deltagare och historik.</source>
        <translation>Choose a meeting in the list to see its room, participants and history.</translation>
    </message>
    <message>
        <source>Boka ett nytt möte med &lt;b&gt;Nytt möte&lt;/b&gt; i verktygsfältet, &lt;b&gt;Arkiv → Nytt möte&lt;/b&gt; eller &lt;b&gt;Ctrl+N&lt;/b&gt;. Guiden frågar efter:</source>
        <translation>Book a new meeting with &lt;b&gt;New meeting&lt;/b&gt; in the toolbar, &lt;b&gt;File → New meeting&lt;/b&gt; or &lt;b&gt;Ctrl+N&lt;/b&gt;. The wizard asks for:</translation>
    </message>
    <message>
        <source>Tryck F1 på varje sida i guiden för rutinens hjälp.</source>
        <translation>Press F1 on any page of the wizard for the routine&apos;s help.</translation>
    </message>
    <message>
        <source>E-post får inte användas för mötesuppgifterna.</source>
        <translation>E-mail must not be used for the meeting details.</translation>
    </message>
    <message>
        <source>Kryssa i att mottagaren nås i Cosmic Messenger, eller ange ett telefonnummer: då ringer du och läser upp videoadress och %1.</source>
        <translation>Tick that the recipient can be reached in Cosmic Messenger, or enter a phone number: then you call and read out the video address and %1.</translation>
    </message>
    <message>
        <source>Ange ett telefonnummer: då ringer du och läser upp mötesuppgifterna.</source>
        <translation>Enter a phone number: then you call and read out the meeting details.</translation>
    </message>
    <message>
        <source>Ange e-postadress eller telefonnummer här, så visas de kanaler som når mottagaren.</source>
        <translation>Enter an e-mail address or a phone number here to see the channels that reach the recipient.</translation>
    </message>
    <message>
        <source>Mottagare som redan fått mötesuppgifterna måste få dem igen: mötet visas under Behöver åtgärd tills de är skickade.</source>
        <translation>Recipients who already received the meeting details must get them again: the meeting is shown under Needs action until they have been sent.</translation>
    </message>
    <message>
        <source>möte %1</source>
        <translation>meeting %1</translation>
    </message>
    <message>
        <source>hela loggen</source>
        <translation>the whole log</translation>
    </message>
    <message>
        <source>har skrivits utanför programmet</source>
        <translation>was written outside the program</translation>
    </message>
    <message>
        <source>har ändrats, eller en händelse före den har tagits bort</source>
        <translation>was changed, or an event before it was removed</translation>
    </message>
    <message>
        <source>Historiken har ändrats utanför programmet. Första avvikelsen: händelse %1 (%2, %3, %4) %5. Brutna kedjor: %6. Kontakta IT.</source>
        <translation>The history has been changed outside the program. First difference: event %1 (%2, %3, %4) %5. Broken chains: %6. Contact IT.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Avbr&amp;yt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Förmedla mötesuppgifterna säkert</source>
        <translation>Pass on the meeting details securely</translation>
    </message>
    <message>
        <source>Välj kanal för varje mottagare. Skicka aldrig mötesuppgifter eller patientuppgifter med vanlig e-post.</source>
        <translation>Choose a channel for each recipient. Never send meeting details or patient details by ordinary e-mail.</translation>
    </message>
    <message>
        <source>Kopiera &amp;inbjudan</source>
        <translation>Copy the &amp;invitation</translation>
    </message>
    <message>
        <source>Kopiera inbjudan</source>
        <translation>Copy the invitation</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ingen deltar via video.</source>
        <translation>Nobody takes part by video.</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Städa rum</source>
        <translation>Clean up rooms</translation>
    </message>
    <message>
        <source>Jämför rummen på videoservern med mötesloggen. Inget tas bort förrän du har markerat det.</source>
        <translation>Compares the rooms on the video server with the meeting log. Nothing is deleted until you have selected it.</translation>
    </message>
    <message>
        <source>På servern men inte i mötesloggen</source>
        <translation>On the server but not in the meeting log</translation>
    </message>
    <message>
        <source>Rum på servern som saknas i loggen</source>
        <translation>Rooms on the server missing from the log</translation>
    </message>
    <message>
        <source>Ta &amp;bort markerade rum från servern</source>
        <translation>&amp;Delete the selected rooms from the server</translation>
    </message>
    <message>
        <source>Lämnas kvar på servern</source>
        <translation>Left on the server</translation>
    </message>
    <message>
        <source>Rum som lämnas kvar och varför</source>
        <translation>Rooms left alone, and why</translation>
    </message>
    <message>
        <source>I mötesloggen men borta från servern</source>
        <translation>In the meeting log but gone from the server</translation>
    </message>
    <message>
        <source>Rum i loggen som saknas på servern</source>
        <translation>Rooms in the log missing from the server</translation>
    </message>
    <message>
        <source>&amp;Markera som borttagna i loggen</source>
        <translation>&amp;Mark as deleted in the log</translation>
    </message>
    <message>
        <source>Rum efter avslutade möten</source>
        <translation>Rooms after finished meetings</translation>
    </message>
    <message>
        <source>Jag har tagit bort de manuella rummen i %1</source>
        <translation>I have deleted the manual rooms in %1</translation>
    </message>
    <message>
        <source>Ta bort &amp;alla rum efter avslutade möten</source>
        <translation>Delete &amp;all rooms after finished meetings</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Sök igen</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <source>Sök igen</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Avbrutet.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Läser rummen på servern och i mötesloggen…</source>
        <translation>Reading the rooms on the server and in the meeting log…</translation>
    </message>
    <message>
        <source>%1 – möte %2</source>
        <translation>%1 – meeting %2</translation>
    </message>
    <message>
        <source>Vårdmöte är inte kopplat till en videoserver (CMS eller Pexip), så servern kan inte jämföras. Rum efter avslutade möten kan tas bort här.</source>
        <translation>Vårdmöte is not connected to a video server (CMS or Pexip), so the server cannot be compared. Rooms after finished meetings can be deleted here.</translation>
    </message>
    <message>
        <source>Inget att ta bort. %1 rum lämnas kvar; se varför i listan.</source>
        <translation>Nothing to delete. %1 rooms are left alone; see why in the list.</translation>
    </message>
    <message>
        <source>Servern och mötesloggen stämmer överens.</source>
        <translation>The server and the meeting log agree.</translation>
    </message>
    <message>
        <source>skapat %1 från den här mötesloggen men aldrig bokat</source>
        <translation>created %1 from this meeting log but never booked</translation>
    </message>
    <message>
        <source>borttaget enligt mötesloggen men finns kvar på servern</source>
        <translation>deleted according to the meeting log but still on the server</translation>
    </message>
    <message>
        <source>skapat på en annan dator; mötet slutade %1</source>
        <translation>created on another computer; the meeting ended %1</translation>
    </message>
    <message>
        <source>skapat %1, alldeles nyss: någon kan fortfarande hålla på att boka mötet</source>
        <translation>created %1, just now: someone may still be booking the meeting</translation>
    </message>
    <message>
        <source>hör till ett sparat utkast som inte är bokat än</source>
        <translation>belongs to a saved draft not booked yet</translation>
    </message>
    <message>
        <source>skapat på en annan dator; mötet slutar %1 och kan ännu vara kvar</source>
        <translation>created on another computer; the meeting ends %1 and may still be ahead</translation>
    </message>
    <message>
        <source>skapat på en annan dator, som inte har angett när mötet slutar</source>
        <translation>created on another computer, which did not say when the meeting ends</translation>
    </message>
    <message>
        <source>skapat av en äldre version av Vårdmöte: det går inte att se vems rummet är</source>
        <translation>created by an older version of Vårdmöte: there is no telling whose room it is</translation>
    </message>
    <message>
        <source>%1 rum: %2</source>
        <translation>%1 rooms: %2</translation>
    </message>
    <message>
        <source>Inga rum väntar på att tas bort.</source>
        <translation>No rooms are waiting to be deleted.</translation>
    </message>
    <message>
        <source>Markera först de rum som ska tas bort.</source>
        <translation>First select the rooms to be deleted.</translation>
    </message>
    <message>
        <source>Tar bort rummen från servern…</source>
        <translation>Deleting the rooms from the server…</translation>
    </message>
    <message>
        <source>%1 rum togs bort från servern.</source>
        <translation>%1 rooms were deleted from the server.</translation>
    </message>
    <message>
        <source>Markera först de rum som ska markeras.</source>
        <translation>First select the rooms to be marked.</translation>
    </message>
    <message>
        <source>Kontrollerar rummen på servern…</source>
        <translation>Checking the rooms on the server…</translation>
    </message>
    <message>
        <source>%n rum markerades som borttaget.</source>
        <translation>%n room was marked as deleted.</translation>
    </message>
    <message>
        <source>%n rum markerades som borttagna.</source>
        <translation>%n rooms were marked as deleted.</translation>
    </message>
    <message>
        <source>Tar bort rum efter avslutade möten…</source>
        <translation>Deleting rooms after finished meetings…</translation>
    </message>
    <message>
        <source>%1 rum togs bort.</source>
        <translation>%1 rooms were deleted.</translation>
    </message>
    <message>
        <source>Väntar på din bekräftelse (manuella rum): %1</source>
        <translation>Waiting for your confirmation (manual rooms): %1</translation>
    </message>
</context>
<context>
    <name>ContactSuggestions</name>
    <message>
        <source>Enhetens kontakter</source>
        <translation>The unit&apos;s contacts</translation>
    </message>
    <message>
        <source>Klicka, eller tryck Enter eller blanksteg, för att lägga till kontakten.</source>
        <translation>Click, or press Enter or Space, to add the contact.</translation>
    </message>
</context>
<context>
    <name>ContactsWindow</name>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Personal i kommun och region som enheten möter. Erbjuds i guiden när du skriver en deltagares namn. Aldrig patienter eller närstående.</source>
        <translation>Staff in the municipality and region whom the unit meets. Offered in the wizard as you type a participant&apos;s name. Never patients or next of kin.</translation>
    </message>
    <message>
        <source>Enhetens kontakter</source>
        <translation>The unit&apos;s contacts</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Spara ändring</source>
        <translation>&amp;Save change</translation>
    </message>
    <message>
        <source>&amp;Lägg till ny</source>
        <translation>&amp;Add new</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>St&amp;äng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ta bort kontakt</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Ta bort %1 från enhetens kontakter? Bokade möten påverkas inte.</source>
        <translation>Remove %1 from the unit&apos;s contacts? Booked meetings are not affected.</translation>
    </message>
    <message>
        <source>&amp;Behåll</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Kopierades inte: texten innehåller något som liknar ett personnummer eller samordningsnummer.</source>
        <translation>Not copied: the text contains something that looks like a personal identity number or coordination number.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Tid, mötesform och roller</source>
        <translation>Time, meeting format and roles</translation>
    </message>
    <message>
        <source>Mötesform</source>
        <translation>Meeting format</translation>
    </message>
    <message>
        <source>&amp;Planerat digitalt: alla deltar via video</source>
        <translation>&amp;Planned as digital: everyone takes part by video</translation>
    </message>
    <message>
        <source>Del&amp;vis digitalt: fysiskt möte där några deltar via video</source>
        <translation>Part&amp;ly digital: an in-person meeting where some take part by video</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>t.ex. 13:30</source>
        <translation>e.g. 13:30</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Längd i minuter</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Längd:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>&amp;Ja, tiden stämmer</source>
        <translation>&amp;Yes, the time is right</translation>
    </message>
    <message>
        <source>Ja, tiden stämmer</source>
        <translation>Yes, the time is right</translation>
    </message>
    <message>
        <source>Kommunen &amp;skickade begäran om mötet i %1</source>
        <translation>The municipality &amp;sent the meeting request in %1</translation>
    </message>
    <message>
        <source>Begärt i %1</source>
        <translation>Requested in %1</translation>
    </message>
    <message>
        <source>t.ex. ärendenummer i %1 – aldrig personnummer</source>
        <translation>e.g. case number in %1 – never a personal identity number</translation>
    </message>
    <message>
        <source>Patienten är utskrivningsplanerad och finns i &amp;Cosmic Link</source>
        <translation>The patient is in discharge planning and is in &amp;Cosmic Link</translation>
    </message>
    <message>
        <source>Mötet ligger utanför dagtid (07–20).</source>
        <translation>The meeting is outside daytime (07–20).</translation>
    </message>
    <message>
        <source>Stämmer tiden?</source>
        <translation>Is the time right?</translation>
    </message>
    <message>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>&amp;Referens:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Patienten finns i Cosmic Link</source>
        <translation>The patient is in Cosmic Link</translation>
    </message>
    <message>
        <source>Roller enligt rutinen</source>
        <translation>Roles according to the routine</translation>
    </message>
    <message>
        <source>Fyll i datum, t.ex. 2026-12-03.</source>
        <translation>Fill in the date, e.g. 2026-12-03.</translation>
    </message>
    <message>
        <source>Datumet går inte att läsa. Skriv t.ex. 2026-12-03 eller 3/12.</source>
        <translation>The date cannot be read. Type e.g. 2026-12-03 or 3/12.</translation>
    </message>
    <message>
        <source>Fyll i tid, t.ex. 13:30.</source>
        <translation>Fill in the time, e.g. 13:30.</translation>
    </message>
    <message>
        <source>Tiden går inte att läsa. Skriv t.ex. 13:30 eller 1330.</source>
        <translation>The time cannot be read. Type e.g. 13:30 or 1330.</translation>
    </message>
    <message>
        <source>Datum eller tid saknas.</source>
        <translation>The date or time is missing.</translation>
    </message>
    <message>
        <source>Datum eller tid går inte att läsa.</source>
        <translation>The date or time cannot be read.</translation>
    </message>
    <message>
        <source>Vald tid: %1</source>
        <translation>Chosen time: %1</translation>
    </message>
    <message>
        <source>Tiden har redan passerat.</source>
        <translation>The time has already passed.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exportera mötesloggen</source>
        <translation>Export the meeting log</translation>
    </message>
    <message>
        <source>Exporteras: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>&amp;CSV för Excel (semikolon, UTF-8)</source>
        <translation>&amp;CSV for Excel (semicolon, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;PDF-rapport för utskrift</source>
        <translation>&amp;PDF report for printing</translation>
    </message>
    <message>
        <source>Fil att spara</source>
        <translation>File to save</translation>
    </message>
    <message>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Välj fil att spara</source>
        <translation>Choose file to save</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Spara export</source>
        <translation>Save export</translation>
    </message>
    <message>
        <source>Välj en fil i en mapp som finns.</source>
        <translation>Choose a file in a folder that exists.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Rum, videoadress, samtals-ID, deltagare, organisation, referens</source>
        <translation>Room, video address, call ID, participant, organisation, reference</translation>
    </message>
    <message>
        <source>Sök i mötesloggen</source>
        <translation>Search the meeting log</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Mötestyp</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Från och med datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Välj från och med datum i kalender</source>
        <translation>Choose from date in calendar</translation>
    </message>
    <message>
        <source>Till och med datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Välj till och med datum i kalender</source>
        <translation>Choose to date in calendar</translation>
    </message>
    <message>
        <source>Alla rum</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>Rummets status</source>
        <translation>Room status</translation>
    </message>
    <message>
        <source>Rum ej &amp;borttaget</source>
        <translation>Room not &amp;deleted</translation>
    </message>
    <message>
        <source>Endast rum ej borttaget efter mötet</source>
        <translation>Only rooms not deleted after the meeting</translation>
    </message>
    <message>
        <source>&amp;Obekräftade</source>
        <translation>&amp;Unconfirmed</translation>
    </message>
    <message>
        <source>Endast möten med obekräftade mottagare</source>
        <translation>Only meetings with unconfirmed recipients</translation>
    </message>
    <message>
        <source>Med inställda</source>
        <translation>Including cancelled</translation>
    </message>
    <message>
        <source>Utan inställda</source>
        <translation>Without cancelled</translation>
    </message>
    <message>
        <source>Endast inställda</source>
        <translation>Cancelled only</translation>
    </message>
    <message>
        <source>Inställda möten</source>
        <translation>Cancelled meetings</translation>
    </message>
    <message>
        <source>Fel i datum</source>
        <translation>Error in date</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Ti&amp;ll:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Kalender…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>”%1” är inget datum. Skriv t.ex. 2026-12-03, 20261203 eller 3/12.</source>
        <translation>“%1” is not a date. Type e.g. 2026-12-03, 20261203 or 3/12.</translation>
    </message>
    <message>
        <source>&amp;Rum:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>&amp;Inställda:</source>
        <translation>&amp;Cancelled:</translation>
    </message>
    <message>
        <source>Alla datum</source>
        <translation>All dates</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Välkommen till Vårdmöte</source>
        <translation>Welcome to Vårdmöte</translation>
    </message>
    <message>
        <source>Välj regionens rutin och ange enhetens namn. Du kan ändra detta senare under Inställningar.</source>
        <translation>Choose the region&apos;s routine and enter the unit&apos;s name. You can change this later under Settings.</translation>
    </message>
    <message>
        <source>&amp;Börja</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Börja</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hjälptext</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Hjälp – %1</source>
        <translation>Help – %1</translation>
    </message>
</context>
<context>
    <name>JoinDetails</name>
    <message>
        <source>%1, ange %2</source>
        <translation>%1, enter %2</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Vårdmöte kan inte starta</source>
        <translation>Vårdmöte cannot start</translation>
    </message>
    <message>
        <source>Inställningarna kunde inte läsas. Rätta filen eller kontakta IT, och starta sedan Vårdmöte igen.</source>
        <translation>The settings could not be read. Correct the file or contact IT, then start Vårdmöte again.</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Möteslogg</source>
        <translation>Meeting log</translation>
    </message>
    <message>
        <source>Möten i loggen</source>
        <translation>Meetings in the log</translation>
    </message>
    <message>
        <source>Antal möten</source>
        <translation>Number of meetings</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Exportera det filtrerade urvalet</source>
        <translation>Export the filtered selection</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Räknar möten…</source>
        <translation>Counting meetings…</translation>
    </message>
    <message>
        <source>%n möte exporterat till %2</source>
        <translation>%n meeting exported to %2</translation>
    </message>
    <message>
        <source>%n möten exporterade till %2</source>
        <translation>%n meetings exported to %2</translation>
    </message>
    <message>
        <source>Hämtar…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Exporterar till %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Om Vårdmöte</source>
        <translation>&amp;About Vårdmöte</translation>
    </message>
    <message>
        <source>&amp;Nytt möte</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Möte</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Om Vårdmöte</source>
        <translation>About Vårdmöte</translation>
    </message>
    <message>
        <source>Vårdmöte – säkra videomöten mellan region och kommun.</source>
        <translation>Vårdmöte – secure video meetings between region and municipality.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vårdmöte – %1</source>
        <translation>Vårdmöte – %1</translation>
    </message>
    <message>
        <source>Öppnar Vårdmöte…</source>
        <translation>Opening Vårdmöte…</translation>
    </message>
    <message>
        <source>öppnar mötesloggen…</source>
        <translation>opening the meeting log…</translation>
    </message>
    <message>
        <source>Profil: %1 · Enhet: %2 · Databas: %3</source>
        <translation>Profile: %1 · Unit: %2 · Database: %3</translation>
    </message>
    <message>
        <source>kunde inte öppnas</source>
        <translation>could not be opened</translation>
    </message>
    <message>
        <source>Mötesloggen kunde inte öppnas</source>
        <translation>The meeting log could not be opened</translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>ManualRoomHint</name>
    <message>
        <source>Ge rummet i %1 exakt den här videoadressen och detta %2, så används de aldrig igen:</source>
        <translation>Give the room in %1 exactly this video address and this %2, so that they are never used again:</translation>
    </message>
    <message>
        <source>Kopiera videoadress</source>
        <translation>Copy video address</translation>
    </message>
    <message>
        <source>Videoadress att ange</source>
        <translation>Video address to enter</translation>
    </message>
    <message>
        <source>Kopiera %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>%1 att ange</source>
        <translation>%1 to enter</translation>
    </message>
    <message>
        <source>Vide&amp;oadress:</source>
        <translation>Vide&amp;o address:</translation>
    </message>
    <message>
        <source>Inbjudan går inte till rummet med adressen ovan. Öppna rummet i %1, ge det videoadressen %2 och %3 %4, spara, kopiera inbjudan igen och klistra in den här. Har du inget rum än: skapa ett i %1 med namnet, videoadressen och %3 som visas ovan.</source>
        <translation>The invitation does not lead to the room with the address above. Open the room in %1, give it the video address %2 and %3 %4, save, copy the invitation again and paste it here. If you have no room yet: create one in %1 with the name, video address and %3 shown above.</translation>
    </message>
    <message>
        <source>videoadressen och %1</source>
        <translation>the video address and %1</translation>
    </message>
    <message>
        <source>samtals-ID:t</source>
        <translation>the call ID</translation>
    </message>
    <message>
        <source>videoadressen</source>
        <translation>the video address</translation>
    </message>
    <message>
        <source>Inbjudan går till ett rum som redan har använts: %1 har lämnats ut förut. En gammal inbjudan skulle då leda in i det här mötet. Skapa rummet i %2 med videoadressen och ID:t som visas ovan och klistra in den nya inbjudan.</source>
        <translation>The invitation leads to a room that has been used before: %1 has been handed out already. An old invitation would then lead into this meeting. Create the room in %2 with the video address and the ID shown above, and paste the new invitation.</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Markera som &amp;skickad</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <source>Markera som &amp;bekräftad</source>
        <translation>Mark as &amp;confirmed</translation>
    </message>
    <message>
        <source>&amp;Kan inte delta</source>
        <translation>&amp;Unable to attend</translation>
    </message>
    <message>
        <source>Byt till &amp;ersättare…</source>
        <translation>Replace with a &amp;substitute…</translation>
    </message>
    <message>
        <source>&amp;Starta mötet…</source>
        <translation>&amp;Start the meeting…</translation>
    </message>
    <message>
        <source>Ställ &amp;in mötet…</source>
        <translation>&amp;Cancel the meeting…</translation>
    </message>
    <message>
        <source>Ta bort &amp;mötesrum…</source>
        <translation>Delete the &amp;meeting room…</translation>
    </message>
    <message>
        <source>Starta mötet</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Mötet börjar först %1, om %n minut. Starta det ändå nu?</source>
        <translation>The meeting does not start until %1, in %n minute. Start it now anyway?</translation>
    </message>
    <message>
        <source>Mötet börjar först %1, om %n minuter. Starta det ändå nu?</source>
        <translation>The meeting does not start until %1, in %n minutes. Start it now anyway?</translation>
    </message>
    <message>
        <source>Mötet skulle ha slutat %1. Starta det ändå nu?</source>
        <translation>The meeting was due to end %1. Start it now anyway?</translation>
    </message>
    <message>
        <source>Ställ in mötet</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>Ställa in mötet? Mötesrummet måste ändå tas bort efteråt.</source>
        <translation>Cancel the meeting? The meeting room must still be deleted afterwards.</translation>
    </message>
    <message>
        <source>Har du tagit bort mötesrummet ”%1” i %2? Svara ja först när det är gjort.</source>
        <translation>Have you deleted the meeting room “%1” in %2? Answer yes only once it is done.</translation>
    </message>
    <message>
        <source>Ta bort mötesrummet ”%1” på videoplattformen?</source>
        <translation>Delete the meeting room “%1” on the video platform?</translation>
    </message>
    <message>
        <source>Mötet är inte över: det slutar %1. Tas rummet bort nu kan ingen ansluta.</source>
        <translation>The meeting is not over: it ends %1. If the room is deleted now, nobody can join.</translation>
    </message>
    <message>
        <source>Ta bort mötesrum</source>
        <translation>Delete meeting room</translation>
    </message>
</context>
<context>
    <name>MeetingChangeActions</name>
    <message>
        <source>Ändra &amp;tid och längd…</source>
        <translation>Change &amp;time and length…</translation>
    </message>
    <message>
        <source>Kopiera i&amp;nbjudan</source>
        <translation>Copy the &amp;invitation</translation>
    </message>
    <message>
        <source>&amp;Lägg till deltagare…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <source>Ändra &amp;deltagare…</source>
        <translation>Edit &amp;participant…</translation>
    </message>
    <message>
        <source>Ta bort delta&amp;gare…</source>
        <translation>Remove partici&amp;pant…</translation>
    </message>
    <message>
        <source>Kopier&amp;a meddelande</source>
        <translation>Copy &amp;message</translation>
    </message>
    <message>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Ta bort %1 från mötet? Berätta för personen att hen inte längre är kallad; historiken behåller att hen var med.</source>
        <translation>Remove %1 from the meeting? Tell the person they are no longer invited; the history keeps that they were.</translation>
    </message>
    <message>
        <source>Meddelandet till %1 är kopierat.</source>
        <translation>The message to %1 has been copied.</translation>
    </message>
    <message>
        <source>Inbjudan är kopierad.</source>
        <translation>The invitation has been copied.</translation>
    </message>
    <message>
        <source>Ämnesrad: %1</source>
        <translation>Subject line: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDetailPane</name>
    <message>
        <source>Mötesdetaljer</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>Välj ett möte i listan.</source>
        <translation>Choose a meeting in the list.</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Kopiering</source>
        <translation>Copying</translation>
    </message>
    <message>
        <source>Mötesrum</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>Kopiera rumsnamn</source>
        <translation>Copy room name</translation>
    </message>
    <message>
        <source>Rumsnamn</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>Rumsnamn:</source>
        <translation>Room name:</translation>
    </message>
    <message>
        <source>Rummets läge:</source>
        <translation>Room&apos;s state:</translation>
    </message>
    <message>
        <source>Deltagare och utskick</source>
        <translation>Participants and messages sent</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>%1, %n minut</source>
        <translation>%1, %n minute</translation>
    </message>
    <message>
        <source>%1, %n minuter</source>
        <translation>%1, %n minutes</translation>
    </message>
    <message>
        <source>Mötesform: %1 · %2</source>
        <translation>Meeting format: %1 · %2</translation>
    </message>
    <message>
        <source>Kallande: %1 (%2)</source>
        <translation>Convener: %1 (%2)</translation>
    </message>
    <message>
        <source>Referens: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>(startat %1)</source>
        <translation>(started %1)</translation>
    </message>
    <message>
        <source>%1 (ersatt)</source>
        <translation>%1 (replaced)</translation>
    </message>
    <message>
        <source>%1 (borttagen)</source>
        <translation>%1 (removed)</translation>
    </message>
    <message>
        <source>Ändrad samma dag</source>
        <translation>Changed the same day</translation>
    </message>
    <message>
        <source>Skicka igen</source>
        <translation>Send again</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Datum och tid</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Mötestyp</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Rum</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Bekräftade</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Öppnar mötesloggen…</source>
        <translation>Opening the meeting log…</translation>
    </message>
    <message>
        <source>Behöver åtgärd</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <source>Kommande</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Tidigare</source>
        <translation>Past</translation>
    </message>
</context>
<context>
    <name>MeetingWizard</name>
    <message>
        <source>Nytt möte – %1</source>
        <translation>New meeting – %1</translation>
    </message>
</context>
<context>
    <name>NewMeetingFlow</name>
    <message>
        <source>Fortsätta utkastet?</source>
        <translation>Continue the draft?</translation>
    </message>
    <message>
        <source>Du har ett påbörjat möte av den här typen (sparat %1). Fortsätta med det?</source>
        <translation>You have an unfinished meeting of this type (saved %1). Continue with it?</translation>
    </message>
    <message>
        <source>&amp;Fortsätt utkastet</source>
        <translation>&amp;Continue the draft</translation>
    </message>
    <message>
        <source>&amp;Börja om</source>
        <translation>&amp;Start over</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Ändra deltagare: %1</source>
        <translation>Edit participant: %1</translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Patienten finns i Cosmic &amp;Link</source>
        <translation>The patient is in Cosmic &amp;Link</translation>
    </message>
    <message>
        <source>Patienten finns i Cosmic Link</source>
        <translation>The patient is in Cosmic Link</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Spara &amp;ändringar</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <source>Lä&amp;gg till</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>t.ex. Torsås kommun, hemsjukvården</source>
        <translation>e.g. Torsås kommun, home health care</translation>
    </message>
    <message>
        <source>t.ex. biståndshandläggare</source>
        <translation>e.g. needs assessor</translation>
    </message>
    <message>
        <source>När&amp;stående</source>
        <translation>Next of &amp;kin</translation>
    </message>
    <message>
        <source>Nås i Cosmic &amp;Messenger</source>
        <translation>Reachable in Cosmic &amp;Messenger</translation>
    </message>
    <message>
        <source>Deltar via &amp;video</source>
        <translation>Takes part by &amp;video</translation>
    </message>
    <message>
        <source>&amp;Enhet/förvaltning:</source>
        <translation>&amp;Unit/department:</translation>
    </message>
    <message>
        <source>E-&amp;post:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>N&amp;amn:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisationstyp</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Enhet eller förvaltning</source>
        <translation>Unit or department</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Lägg till alla som ska delta, även närstående. Skriv aldrig personnummer eller uppgifter om patienten.</source>
        <translation>Add everyone who will take part, next of kin too. Never write personal identity numbers or details about the patient.</translation>
    </message>
    <message>
        <source>Enhetens kontakter (kl&amp;icka för att lägga till):</source>
        <translation>The unit&apos;s contacts (cl&amp;ick to add):</translation>
    </message>
    <message>
        <source>&amp;Lägg till deltagare</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Än&amp;dra vald</source>
        <translation>&amp;Edit selected</translation>
    </message>
    <message>
        <source>Ändra vald deltagare</source>
        <translation>Edit the selected participant</translation>
    </message>
    <message>
        <source>&amp;Ta bort vald</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>Ta bort vald deltagare</source>
        <translation>Remove the selected participant</translation>
    </message>
    <message>
        <source>Spara som &amp;kontakt</source>
        <translation>Save as &amp;contact</translation>
    </message>
    <message>
        <source>Spara som kontakt</source>
        <translation>Save as contact</translation>
    </message>
    <message>
        <source>En ny deltagare sparas bland enhetens kontakter (aldrig närstående).</source>
        <translation>A new participant is saved among the unit&apos;s contacts (never next of kin).</translation>
    </message>
    <message>
        <source>Tillagda deltagare</source>
        <translation>Added participants</translation>
    </message>
    <message>
        <source>Delete tar bort vald deltagare, F2 lägger den i fälten för ändring.</source>
        <translation>Delete removes the selected participant; F2 puts it into the fields for editing.</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Deltagaren lades till men sparades inte som kontakt: %1</source>
        <translation>The participant was added but not saved as a contact: %1</translation>
    </message>
    <message>
        <source>Välj en deltagare i listan först.</source>
        <translation>Choose a participant in the list first.</translation>
    </message>
    <message>
        <source>Lägg till eller töm fälten först, så att inget skrivet försvinner.</source>
        <translation>Add or clear the fields first, so that nothing you typed is lost.</translation>
    </message>
    <message>
        <source> (närstående)</source>
        <translation> (next of kin)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ProfileUnitForm</name>
    <message>
        <source>Regionprofil</source>
        <translation>Region profile</translation>
    </message>
    <message>
        <source>&amp;Regionprofil:</source>
        <translation>&amp;Region profile:</translation>
    </message>
    <message>
        <source>Enhetens namn</source>
        <translation>Unit&apos;s name</translation>
    </message>
    <message>
        <source>t.ex. HC Torsås</source>
        <translation>e.g. HC Torsås</translation>
    </message>
    <message>
        <source>&amp;Enhetens namn:</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <source>Mötesrummen får namn efter enheten följt av ett nummer, t.ex. ”HC Torsås 8”.</source>
        <translation>Meeting rooms are named after the unit followed by a number, e.g. “HC Torsås 8”.</translation>
    </message>
    <message>
        <source>Ditt visningsnamn</source>
        <translation>Your display name</translation>
    </message>
    <message>
        <source>Ditt &amp;visningsnamn:</source>
        <translation>Your &amp;display name:</translation>
    </message>
    <message>
        <source>Historiken visar alltid också din inloggning (%1) och datorns namn (%2). Lämna tomt för namnet från din inloggning.</source>
        <translation>The history always also shows your login (%1) and the computer&apos;s name (%2). Leave empty to use the name from your login.</translation>
    </message>
</context>
<context>
    <name>RecipientFix</name>
    <message>
        <source>Telefon för %1</source>
        <translation>Phone for %1</translation>
    </message>
    <message>
        <source>t.ex. 070-123 45 67</source>
        <translation>e.g. 070-123 45 67</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Nås i Cosmic Messenger</source>
        <translation>Reachable in Cosmic Messenger</translation>
    </message>
    <message>
        <source>%1 nås i Cosmic Messenger</source>
        <translation>%1 can be reached in Cosmic Messenger</translation>
    </message>
    <message>
        <source>E-post för %1</source>
        <translation>E-mail for %1</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>E-mail:</translation>
    </message>
</context>
<context>
    <name>RecipientRow</name>
    <message>
        <source>Kanal för %1</source>
        <translation>Channel for %1</translation>
    </message>
    <message>
        <source>Kopiera ämnesrad</source>
        <translation>Copy subject line</translation>
    </message>
    <message>
        <source>Kopiera meddelande</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <source>Kopiera ämnesrad till %1</source>
        <translation>Copy subject line to %1</translation>
    </message>
    <message>
        <source>Skickat nu</source>
        <translation>Sent now</translation>
    </message>
    <message>
        <source>Skickat till %1</source>
        <translation>Sent to %1</translation>
    </message>
    <message>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Ingen tillåten kanal når %1.</source>
        <translation>No allowed channel reaches %1.</translation>
    </message>
    <message>
        <source>Text att läsa upp</source>
        <translation>Text to read out</translation>
    </message>
    <message>
        <source>Kopiera text att läsa upp för %1</source>
        <translation>Copy the text to read out to %1</translation>
    </message>
    <message>
        <source>Kopiera meddelande till %1</source>
        <translation>Copy message to %1</translation>
    </message>
    <message>
        <source>Ringt nu</source>
        <translation>Called now</translation>
    </message>
    <message>
        <source>Välj en kanal.</source>
        <translation>Choose a channel.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Påminnelse</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>&amp;Öppna mötet</source>
        <translation>&amp;Open the meeting</translation>
    </message>
    <message>
        <source>Öppna mötet</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Stäng påminnelsen</source>
        <translation>Close the reminder</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Vårdmöte</source>
        <translation>Vårdmöte</translation>
    </message>
    <message>
        <source>&amp;Visa Vårdmöte</source>
        <translation>&amp;Show Vårdmöte</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>(och %n påminnelse till)</source>
        <translation>(and %n more reminder)</translation>
    </message>
    <message>
        <source>(och %n påminnelser till)</source>
        <translation>(and %n more reminders)</translation>
    </message>
    <message>
        <source>Ta bort mötesrummet</source>
        <translation>Delete the meeting room</translation>
    </message>
    <message>
        <source>Rum ej borttaget sedan igår</source>
        <translation>Room not deleted since yesterday</translation>
    </message>
    <message>
        <source>Mötet börjar snart</source>
        <translation>The meeting starts soon</translation>
    </message>
    <message>
        <source>Obekräftade mottagare</source>
        <translation>Unconfirmed recipients</translation>
    </message>
    <message>
        <source>Rum ej borttaget</source>
        <translation>Room not deleted</translation>
    </message>
    <message>
        <source>mötesrummet</source>
        <translation>the meeting room</translation>
    </message>
    <message>
        <source>Ta bort det virtuella mötesrummet %1 i Pexip: i Pexips administration väljer du Services &gt; Virtual Meeting Rooms, markerar rummet och väljer Delete selected Virtual Meeting Rooms. Saknar du den behörigheten, be regionens Pexip-administratör ta bort det.</source>
        <translation>Delete the virtual meeting room %1 in Pexip: in Pexip&apos;s administration choose Services &gt; Virtual Meeting Rooms, select the room and choose Delete selected Virtual Meeting Rooms. If you lack that permission, ask the region&apos;s Pexip administrator to delete it.</translation>
    </message>
    <message>
        <source>Ta bort rummet %1 i Cisco Meeting: välj rummet (space) i listan över dina rum, öppna rummets meny och välj Ta bort (Delete space).</source>
        <translation>Delete the room %1 in Cisco Meeting: choose the room (space) in the list of your rooms, open the room&apos;s menu and choose Delete space.</translation>
    </message>
    <message>
        <source>Markera det sedan som borttaget här med Ta bort mötesrum.</source>
        <translation>Then mark it as deleted here with Delete meeting room.</translation>
    </message>
    <message>
        <source>inget rum</source>
        <translation>no room</translation>
    </message>
    <message>
        <source>Mötesrummet %3 från mötet %2 (%1) finns fortfarande kvar. Den som har inbjudan kan ringa in i det tills det tas bort.</source>
        <translation>The meeting room %3 from the meeting %2 (%1) is still there. Anyone with the invitation can call into it until it is deleted.</translation>
    </message>
    <message>
        <source>Mötet %2 (%1) är inställt men mötesrummet %3 finns kvar.</source>
        <translation>The meeting %2 (%1) is cancelled but the meeting room %3 is still there.</translation>
    </message>
    <message>
        <source>%1 börjar %2 i %3.</source>
        <translation>%1 starts %2 in %3.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): alla mottagare har inte bekräftat.</source>
        <translation>%1 %2 (%3): not all recipients have confirmed.</translation>
    </message>
    <message>
        <source>Mötesrummet %3 finns kvar efter mötet %2 (%1).</source>
        <translation>The meeting room %3 is still there after the meeting %2 (%1).</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Ändra tid och längd</source>
        <translation>Change time and length</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Längd i minuter</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Längd:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Ändring samma dag: ring mottagarna också, ett meddelande hinner kanske inte läsas.</source>
        <translation>Change on the same day: call the recipients too, a message may not be read in time.</translation>
    </message>
    <message>
        <source>Ändring samma dag</source>
        <translation>Same-day change</translation>
    </message>
    <message>
        <source>&amp;Spara ny tid</source>
        <translation>&amp;Save new time</translation>
    </message>
    <message>
        <source>Datum eller tid går inte att läsa.</source>
        <translation>The date or time cannot be read.</translation>
    </message>
    <message>
        <source>Vald tid: %1</source>
        <translation>Chosen time: %1</translation>
    </message>
    <message>
        <source>Skriv datum som 2026-12-03 eller 3/12 och tid som 13:30.</source>
        <translation>Type the date as 2026-12-03 or 3/12 and the time as 13:30.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Mötesrum</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>Ett unikt mötesrum för varje möte. Ett rum eller rumsnamn används aldrig igen, inte ens efter att rummet tagits bort.</source>
        <translation>A unique meeting room for every meeting. A room or room name is never used again, not even after the room has been deleted.</translation>
    </message>
    <message>
        <source>&amp;Vårt mötesrum i %1</source>
        <translation>&amp;Our meeting room in %1</translation>
    </message>
    <message>
        <source>kommunens verktyg</source>
        <translation>the municipality&apos;s tool</translation>
    </message>
    <message>
        <source>&amp;Kommunens mötesrum (%1): kommunen bjuder in och startar</source>
        <translation>The &amp;municipality&apos;s meeting room (%1): the municipality invites and starts</translation>
    </message>
    <message>
        <source>1. Rumsnamn</source>
        <translation>1. Room name</translation>
    </message>
    <message>
        <source>Kopiera rumsnamn</source>
        <translation>Copy room name</translation>
    </message>
    <message>
        <source>Rumsnamn</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>2. Klistra in inbjudan</source>
        <translation>2. Paste the invitation</translation>
    </message>
    <message>
        <source>Inbjudan</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Klistra in hela inbjudan här (Ctrl+V)</source>
        <translation>Paste the whole invitation here (Ctrl+V)</translation>
    </message>
    <message>
        <source>Klistra &amp;in inbjudan</source>
        <translation>&amp;Paste the invitation</translation>
    </message>
    <message>
        <source>Klistra in inbjudan</source>
        <translation>Paste the invitation</translation>
    </message>
    <message>
        <source>&amp;Skapa mötesrum</source>
        <translation>&amp;Create meeting room</translation>
    </message>
    <message>
        <source>Skapa mötesrum</source>
        <translation>Create meeting room</translation>
    </message>
    <message>
        <source>3. Uppgifter att förmedla</source>
        <translation>3. Details to pass on</translation>
    </message>
    <message>
        <source>Skapa ett mötesrum i %1 med namnet ovan. Klicka på ”Bjud in”, välj att kopiera inbjudan och klistra in den här.</source>
        <translation>Create a meeting room in %1 with the name above. Click “Bjud in” (Invite), choose to copy the invitation and paste it here.</translation>
    </message>
    <message>
        <source>Vårdmöte skapar rummet på videoplattformen.</source>
        <translation>Vårdmöte creates the room on the video platform.</translation>
    </message>
    <message>
        <source>Klistra in länken eller adressen du fått från kommunen. Vårdmöte varken skapar eller tar bort kommunens rum.</source>
        <translation>Paste the link or address you got from the municipality. Vårdmöte neither creates nor deletes the municipality&apos;s rooms.</translation>
    </message>
    <message>
        <source>Reserverar ett rumsnamn…</source>
        <translation>Reserving a room name…</translation>
    </message>
    <message>
        <source>Namnet är reserverat för det här mötet och används aldrig igen.</source>
        <translation>The name is reserved for this meeting and is never used again.</translation>
    </message>
    <message>
        <source>Inbjudan hämtades från urklipp. Är den fel: töm rutan och klistra in rätt.</source>
        <translation>The invitation was taken from the clipboard. If it is wrong, clear the box and paste the right one.</translation>
    </message>
    <message>
        <source>Ett nytt rum i Pexip kan behöva upp till 90 sekunder innan det går att ringa upp. Vänta en stund om någon ringer in direkt.</source>
        <translation>A new room in Pexip may need up to 90 seconds before it can be dialled. Wait a moment if someone calls in straight away.</translation>
    </message>
    <message>
        <source>Skapar mötesrummet på videoservern…</source>
        <translation>Creating the meeting room on the video server…</translation>
    </message>
    <message>
        <source>Avbrutet. Om rummet hann skapas på servern hittar du det under Städa rum.</source>
        <translation>Cancelled. If the room was already created on the server, you will find it under Clean up rooms.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Allmänt</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Videoplattform</source>
        <translation>&amp;Video platform</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Databas:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Inbyggd SQLite-fil (standard)</source>
        <translation>Built-in SQLite file (default)</translation>
    </message>
    <message>
        <source>Profil, enhet och databas gäller när Vårdmöte startas om.</source>
        <translation>Profile, unit and database take effect when Vårdmöte is restarted.</translation>
    </message>
    <message>
        <source>Videoplattform</source>
        <translation>Video platform</translation>
    </message>
    <message>
        <source>Manuellt: klistra in inbjudan</source>
        <translation>Manual: paste the invitation</translation>
    </message>
    <message>
        <source>Cisco Meeting Server (API)</source>
        <translation>Cisco Meeting Server (API)</translation>
    </message>
    <message>
        <source>Pexip Infinity (API)</source>
        <translation>Pexip Infinity (API)</translation>
    </message>
    <message>
        <source>&amp;Plattform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Serveradress (&amp;URL):</source>
        <translation>Server address (&amp;URL):</translation>
    </message>
    <message>
        <source>API-&amp;konto:</source>
        <translation>API &amp;account:</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Lämna tomt för att behålla sparat lösenord</source>
        <translation>Leave empty to keep the saved password</translation>
    </message>
    <message>
        <source>Kontrollerar nyckelringen…</source>
        <translation>Checking the keyring…</translation>
    </message>
    <message>
        <source>Lösenordet sparas i %1.</source>
        <translation>The password is stored in %1.</translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring på den här datorn. Lösenordet sparas bara i minnet för den här sessionen och behöver anges igen nästa gång Vårdmöte startar.</source>
        <translation>This computer has no keyring. The password is kept in memory for this session only and must be entered again the next time Vårdmöte starts.</translation>
    </message>
    <message>
        <source>&amp;CA-certifikat (valfritt):</source>
        <translation>&amp;CA certificate (optional):</translation>
    </message>
    <message>
        <source>Väl&amp;j fil…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Välj CA-certifikat</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <source>Vide&amp;odomän:</source>
        <translation>Vide&amp;o domain:</translation>
    </message>
    <message>
        <source>&amp;Webbadress för anslutning:</source>
        <translation>&amp;Web address for joining:</translation>
    </message>
    <message>
        <source>&amp;Testa anslutning</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Testa anslutning</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Resultat av anslutningstestet</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <source>Certifikat (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Ange serverns adress.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <source>Ange en adress som börjar med https://.</source>
        <translation>Enter an address starting with https://.</translation>
    </message>
    <message>
        <source>Adressen måste börja med https:// (krypterad anslutning).</source>
        <translation>The address must start with https:// (encrypted connection).</translation>
    </message>
    <message>
        <source>Ange API-kontot.</source>
        <translation>Enter the API account.</translation>
    </message>
    <message>
        <source>Filen finns inte.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Anslutningen fungerar.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <source>Testar anslutningen…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Avbrutet.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Sparar lösenordet…</source>
        <translation>Saving the password…</translation>
    </message>
</context>
<context>
    <name>StartChecklistDialog</name>
    <message>
        <source>Starta mötet</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Inled alltid mötet med att kontrollera bild och ljud.</source>
        <translation>Always begin the meeting by checking picture and sound.</translation>
    </message>
    <message>
        <source>Alla &amp;ser varandra</source>
        <translation>Everyone can &amp;see each other</translation>
    </message>
    <message>
        <source>Ljudet är bra för &amp;alla</source>
        <translation>Sound is good for &amp;everyone</translation>
    </message>
    <message>
        <source>&amp;Mötet är igång</source>
        <translation>&amp;The meeting is under way</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Utskrivning</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>SIP slutenvård</source>
        <translation>SIP inpatient</translation>
    </message>
    <message>
        <source>SIP öppenvård</source>
        <translation>SIP outpatient</translation>
    </message>
    <message>
        <source>Annat möte</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <source>Distansmöte</source>
        <translation>Remote meeting</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistik – Vårdmöte</source>
        <translation>Statistics – Vårdmöte</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Statistik&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Statistics&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Rutinerna säger att distansmöte ska vara förstahandsvalet. Här följer enheten upp hur många möten som hålls med video, hur snabbt mottagarna bekräftar och om mötesrummen tas bort efter mötet.</source>
        <translation>The routines say that a remote meeting should be the first choice. Here the unit follows up how many meetings are held by video, how quickly recipients confirm and whether meeting rooms are deleted after the meeting.</translation>
    </message>
    <message>
        <source>Från månad</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>Till månad</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Visa statistik för perioden</source>
        <translation>Show statistics for the period</translation>
    </message>
    <message>
        <source>&amp;Från månad:</source>
        <translation>&amp;From month:</translation>
    </message>
    <message>
        <source>&amp;Till månad:</source>
        <translation>&amp;To month:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Möten (ej inställda)</source>
        <translation>Meetings (not cancelled)</translation>
    </message>
    <message>
        <source>Andel med video</source>
        <translation>Share by video</translation>
    </message>
    <message>
        <source>Mediantid från inbjudan till bekräftelse</source>
        <translation>Median time from invitation to confirmation</translation>
    </message>
    <message>
        <source>Rum borttagna en senare dag än mötet</source>
        <translation>Rooms deleted on a later day than the meeting</translation>
    </message>
    <message>
        <source>Rum ej borttagna efter mötet</source>
        <translation>Rooms not deleted after the meeting</translation>
    </message>
    <message>
        <source>Genomförda: samtal sågs i rummet</source>
        <translation>Held: calls were seen in the room</translation>
    </message>
    <message>
        <source>Ingen anslöt till rummet</source>
        <translation>Nobody joined the room</translation>
    </message>
    <message>
        <source>Varav gallrade möten (anonym statistik)</source>
        <translation>Of which purged meetings (anonymous statistics)</translation>
    </message>
    <message>
        <source>Möten per månad och mötestyp</source>
        <translation>Meetings per month and meeting type</translation>
    </message>
    <message>
        <source>Möten per månad</source>
        <translation>Meetings per month</translation>
    </message>
    <message>
        <source>Video eller fysiskt/telefon</source>
        <translation>Video or in person/phone</translation>
    </message>
    <message>
        <source>Andel möten med video</source>
        <translation>Share of meetings by video</translation>
    </message>
    <message>
        <source>Mötestyper i stapeldiagrammet</source>
        <translation>Meeting types in the bar chart</translation>
    </message>
    <message>
        <source>Andel möten med video, i siffror</source>
        <translation>Share of meetings by video, in figures</translation>
    </message>
    <message>
        <source>Från-månaden måste vara före till-månaden.</source>
        <translation>The from month must come before the to month.</translation>
    </message>
    <message>
        <source>Beräknar…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Perioden %1 – %2</source>
        <translation>The period %1 – %2</translation>
    </message>
    <message>
        <source>%1 % (%2 av %3)</source>
        <translation>%1 % (%2 of %3)</translation>
    </message>
    <message>
        <source>inga bekräftelser</source>
        <translation>no confirmations</translation>
    </message>
    <message>
        <source>%1 dygn %2 tim</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 tim %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Video (helt eller delvis)</source>
        <translation>Video (wholly or partly)</translation>
    </message>
    <message>
        <source>Fysiskt eller telefon</source>
        <translation>In person or by phone</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Byt till ersättare för %1</source>
        <translation>Replace %1 with a substitute</translation>
    </message>
    <message>
        <source>Inbjudan får aldrig vidarebefordras till en kollega. Ersättarens namn och e-postadress meddelas via %1; ersättaren får en egen inbjudan och bekräftar på nytt.</source>
        <translation>The invitation must never be forwarded to a colleague. The substitute&apos;s name and e-mail address are given via %1; the substitute gets an invitation of their own and confirms again.</translation>
    </message>
    <message>
        <source>Ändring samma dag: kontakta den som kallat via %1, telefon eller e-post, så att mötet kan genomföras.</source>
        <translation>Change on the same day: contact the convener via %1, phone or e-mail, so that the meeting can go ahead.</translation>
    </message>
    <message>
        <source>Ändring samma dag</source>
        <translation>Change on the same day</translation>
    </message>
    <message>
        <source>Patienten finns i Cosmic &amp;Link</source>
        <translation>The patient is in Cosmic &amp;Link</translation>
    </message>
    <message>
        <source>Patienten finns i Cosmic Link</source>
        <translation>The patient is in Cosmic Link</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Byt</source>
        <translation>&amp;Replace</translation>
    </message>
</context>
<context>
    <name>SuitabilityPage</name>
    <message>
        <source>Passar ett videomöte?</source>
        <translation>Does a video meeting suit?</translation>
    </message>
    <message>
        <source>Ta först hänsyn till patientens behov och förutsättningar att delta och att tillgodogöra sig mötesformen. Ett fysiskt möte eller telefon kan passa bättre.</source>
        <translation>First consider the patient&apos;s needs and ability to take part in and benefit from this kind of meeting. An in-person meeting or a phone call may suit better.</translation>
    </message>
    <message>
        <source>&amp;Ja, ett videomöte passar patienten</source>
        <translation>&amp;Yes, a video meeting suits the patient</translation>
    </message>
    <message>
        <source>Nej, ett &amp;fysiskt möte passar bättre</source>
        <translation>No, an &amp;in-person meeting suits better</translation>
    </message>
    <message>
        <source>Nej, &amp;telefon passar bättre</source>
        <translation>No, a &amp;phone call suits better</translation>
    </message>
    <message>
        <source>Jag har beaktat arbetsgivarens rutiner för &amp;informationssäkerhet i videomötet</source>
        <translation>I have considered the employer&apos;s routines for &amp;information security in the video meeting</translation>
    </message>
    <message>
        <source>Informationssäkerhet beaktad</source>
        <translation>Information security considered</translation>
    </message>
    <message>
        <source>&amp;Kommentar (frivillig, inga patientuppgifter):</source>
        <translation>&amp;Comment (optional, no patient details):</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Tid: %1 (%2, %n minut)</source>
        <translation>Time: %1 (%2, %n minute)</translation>
    </message>
    <message>
        <source>Tid: %1 (%2, %n minuter)</source>
        <translation>Time: %1 (%2, %n minutes)</translation>
    </message>
    <message>
        <source>Mötesform: %1</source>
        <translation>Meeting format: %1</translation>
    </message>
    <message>
        <source>Video passar inte: mötet loggas utan mötesrum.</source>
        <translation>Video is not suitable: the meeting is logged without a meeting room.</translation>
    </message>
    <message>
        <source>Referens: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>kommunens rum</source>
        <translation>the municipality&apos;s room</translation>
    </message>
    <message>
        <source>Mötesrum: %1</source>
        <translation>Meeting room: %1</translation>
    </message>
    <message>
        <source>Videoadress: %1</source>
        <translation>Video address: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Deltagare&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Participants&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ingen videoinbjudan</source>
        <translation>no video invitation</translation>
    </message>
    <message>
        <source>, skickad</source>
        <translation>, sent</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Städa rum…</source>
        <translation>&amp;Clean up rooms…</translation>
    </message>
    <message>
        <source>&amp;Möteslogg…</source>
        <translation>Meeting &amp;log…</translation>
    </message>
    <message>
        <source>&amp;Statistik…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <source>&amp;Rensa gamla möten nu</source>
        <translation>&amp;Purge old meetings now</translation>
    </message>
    <message>
        <source>&amp;Kontakter…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <source>Kontrollera &amp;historiken</source>
        <translation>Check the &amp;history</translation>
    </message>
    <message>
        <source>Gamla möten</source>
        <translation>Old meetings</translation>
    </message>
    <message>
        <source>%1 äldre än %2 rensades; statistiken finns kvar.</source>
        <translation>%1 older than %2 were purged; the statistics are kept.</translation>
    </message>
    <message>
        <source>%n månad</source>
        <translation>%n month</translation>
    </message>
    <message>
        <source>%n månader</source>
        <translation>%n months</translation>
    </message>
    <message>
        <source>%n händelse</source>
        <translation>%n event</translation>
    </message>
    <message>
        <source>%n händelser</source>
        <translation>%n events</translation>
    </message>
    <message>
        <source>Historiken är oförändrad: %1 kontrollerade.</source>
        <translation>The history is unchanged: %1 checked.</translation>
    </message>
    <message>
        <source>Historiken</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Resultat av kontrollen av historiken</source>
        <translation>Result of the history check</translation>
    </message>
</context>
<context>
    <name>WizardHelp</name>
    <message>
        <source>Hjälp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Hjälp för den här sidan (F1)</source>
        <translation>Help for this page (F1)</translation>
    </message>
</context>
</TS>
