<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/widgets.py" line="121"/>
        <source>Kopiera videoadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="121"/>
        <source>Videoadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="122"/>
        <source>Kopiera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="123"/>
        <source>Kopiera PIN-kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="123"/>
        <source>PIN-kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="124"/>
        <source>Kopiera webblänk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="124"/>
        <source>Webblänk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="125"/>
        <source>Kopiera telefonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="125"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="126"/>
        <source>Videoadress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="128"/>
        <source>PIN-kod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="129"/>
        <source>Webblänk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="130"/>
        <source>Via telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting.py" line="96"/>
        <location filename="../../ui/new_meeting.py" line="97"/>
        <source>Nytt möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting.py" line="99"/>
        <source>Välj mötestyp (Ctrl+N startar %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../ui/busy.py" line="27"/>
        <source>Arbetar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/busy.py" line="29"/>
        <source>Avbr&amp;yt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/busy.py" line="30"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="136"/>
        <source>Förmedla mötesuppgifterna säkert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="139"/>
        <source>Välj kanal för varje mottagare. Skicka aldrig mötesuppgifter eller patientuppgifter med vanlig e-post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="145"/>
        <source>Kopiera &amp;inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="146"/>
        <source>Kopiera inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="172"/>
        <source>Ingen deltar via video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="76"/>
        <source>Städa rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="81"/>
        <source>Jämför rummen på videoservern med mötesloggen. Inget tas bort förrän du har markerat det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="88"/>
        <source>På servern men inte i mötesloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="89"/>
        <source>Rum på servern som saknas i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="91"/>
        <source>Ta &amp;bort markerade rum från servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="93"/>
        <source>Lämnas kvar på servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="94"/>
        <source>Rum som lämnas kvar och varför</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="96"/>
        <source>I mötesloggen men borta från servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="97"/>
        <source>Rum i loggen som saknas på servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="99"/>
        <source>&amp;Markera som borttagna i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="101"/>
        <source>Rum efter avslutade möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="105"/>
        <source>Jag har tagit bort de manuella rummen i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="113"/>
        <source>Ta bort &amp;alla rum efter avslutade möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="122"/>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="127"/>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="128"/>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="130"/>
        <source>&amp;Sök igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="132"/>
        <source>Sök igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="175"/>
        <source>Avbrutet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="189"/>
        <source>Läser rummen på servern och i mötesloggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="207"/>
        <source>%1 – möte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="214"/>
        <source>Vårdmöte är inte kopplat till en videoserver (CMS eller Pexip), så servern kan inte jämföras. Rum efter avslutade möten kan tas bort här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="221"/>
        <source>Inget att ta bort. %1 rum lämnas kvar; se varför i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="225"/>
        <source>Servern och mötesloggen stämmer överens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="243"/>
        <source>skapat %1 från den här mötesloggen men aldrig bokat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="247"/>
        <source>borttaget enligt mötesloggen men finns kvar på servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="249"/>
        <source>skapat på en annan dator; mötet slutade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="252"/>
        <source>skapat %1, alldeles nyss: någon kan fortfarande hålla på att boka mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="255"/>
        <source>hör till ett sparat utkast som inte är bokat än</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="258"/>
        <source>skapat på en annan dator; mötet slutar %1 och kan ännu vara kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="261"/>
        <source>skapat på en annan dator, som inte har angett när mötet slutar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="262"/>
        <source>skapat av en äldre version av Vårdmöte: det går inte att se vems rummet är</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="274"/>
        <source>%1 rum: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="276"/>
        <source>Inga rum väntar på att tas bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="290"/>
        <source>Markera först de rum som ska tas bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="294"/>
        <source>Tar bort rummen från servern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="296"/>
        <source>%1 rum togs bort från servern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="302"/>
        <source>Markera först de rum som ska markeras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="306"/>
        <source>Kontrollerar rummen på servern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="311"/>
        <source>%n rum markerades som borttaget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="312"/>
        <source>%n rum markerades som borttagna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="321"/>
        <source>Tar bort rum efter avslutade möten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="328"/>
        <source>%1 rum togs bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cleanup_dialog.py" line="332"/>
        <source>Väntar på din bekräftelse (manuella rum): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../ui/widgets.py" line="60"/>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="74"/>
        <source>Kopierades inte: texten innehåller något som liknar ett personnummer eller samordningsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="54"/>
        <source>Tid, mötesform och roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="57"/>
        <source>Mötesform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="59"/>
        <source>&amp;Planerat digitalt: alla deltar via video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="61"/>
        <source>Del&amp;vis digitalt: fysiskt möte där några deltar via video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="82"/>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="83"/>
        <source>t.ex. 13:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="90"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="91"/>
        <source>Längd i minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="92"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="93"/>
        <source>&amp;Tid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="94"/>
        <source>&amp;Längd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="106"/>
        <source>&amp;Ja, tiden stämmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="107"/>
        <source>Ja, tiden stämmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="126"/>
        <source>Kommunen &amp;skickade begäran om mötet i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="128"/>
        <source>Begärt i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="135"/>
        <source>t.ex. ärendenummer i %1 – aldrig personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="141"/>
        <source>Patienten är utskrivningsplanerad och finns i &amp;Cosmic Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="265"/>
        <source>Mötet ligger utanför dagtid (07–20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="272"/>
        <source>Stämmer tiden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="133"/>
        <source>Referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="138"/>
        <source>&amp;Referens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="143"/>
        <source>Patienten finns i Cosmic Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="148"/>
        <source>Roller enligt rutinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="207"/>
        <source>Fyll i datum, t.ex. 2026-12-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="209"/>
        <source>Datumet går inte att läsa. Skriv t.ex. 2026-12-03 eller 3/12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="214"/>
        <source>Fyll i tid, t.ex. 13:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="216"/>
        <source>Tiden går inte att läsa. Skriv t.ex. 13:30 eller 1330.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="239"/>
        <source>Datum eller tid saknas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="241"/>
        <source>Datum eller tid går inte att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="247"/>
        <source>Vald tid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_details.py" line="263"/>
        <source>Tiden har redan passerat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="45"/>
        <source>Exportera mötesloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="49"/>
        <source>Exporteras: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="51"/>
        <source>&amp;CSV för Excel (semikolon, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="52"/>
        <source>&amp;PDF-rapport för utskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="57"/>
        <source>Fil att spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="59"/>
        <source>&amp;Bläddra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="60"/>
        <source>Välj fil att spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="68"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="70"/>
        <source>&amp;Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="78"/>
        <source>&amp;Exportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="79"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="98"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="98"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="99"/>
        <source>Spara export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/export_dialog.py" line="111"/>
        <source>Välj en fil i en mapp som finns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/log/filters.py" line="61"/>
        <source>Rum, videoadress, samtals-ID, deltagare, organisation, referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="64"/>
        <source>Sök i mötesloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="69"/>
        <source>Alla typer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="72"/>
        <source>Mötestyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="75"/>
        <source>Från och med datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="75"/>
        <source>Välj från och med datum i kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="78"/>
        <source>Till och med datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="78"/>
        <source>Välj till och med datum i kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="82"/>
        <source>Alla rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="85"/>
        <source>Rummets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="87"/>
        <source>Rum ej &amp;borttaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="88"/>
        <source>Endast rum ej borttaget efter mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="89"/>
        <source>&amp;Obekräftade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="90"/>
        <source>Endast möten med obekräftade mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="92"/>
        <source>Med inställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="93"/>
        <source>Utan inställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="94"/>
        <source>Endast inställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="95"/>
        <source>Inställda möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="105"/>
        <source>Fel i datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="111"/>
        <source>&amp;Sök:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="113"/>
        <source>&amp;Typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="115"/>
        <source>&amp;Från:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="117"/>
        <source>Ti&amp;ll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="139"/>
        <source>Kalender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="154"/>
        <source>”%1” är inget datum. Skriv t.ex. 2026-12-03, 20261203 eller 3/12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="119"/>
        <source>&amp;Rum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="123"/>
        <source>&amp;Inställda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/filters.py" line="135"/>
        <source>Alla datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="104"/>
        <source>Välkommen till Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108"/>
        <source>Välj regionens rutin och ange enhetens namn. Du kan ändra detta senare under Inställningar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>&amp;Börja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="121"/>
        <source>Börja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDetails</name>
    <message>
        <location filename="../../ui/widgets.py" line="144"/>
        <source>%1, ange %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/launcher.py" line="123"/>
        <source>Ett fel inträffade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="124"/>
        <source>Ett oväntat fel inträffade. Det har skrivits till loggfilen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location filename="../../ui/log/window.py" line="67"/>
        <source>Möteslogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="83"/>
        <source>Möten i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="114"/>
        <source>Antal möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="115"/>
        <source>&amp;Exportera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="116"/>
        <source>Exportera det filtrerade urvalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="140"/>
        <source>Sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="143"/>
        <source>Exportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="144"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="159"/>
        <source>Räknar möten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="262"/>
        <source>%n möte exporterat till %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="263"/>
        <source>%n möten exporterade till %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="169"/>
        <source>Hämtar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log/window.py" line="256"/>
        <source>Exporterar till %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Vårdmöte – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Öppnar Vårdmöte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>öppnar mötesloggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Uppdatera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Om Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Nytt möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Nytt möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Verktyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Profil: %1 · Enhet: %2 · Databas: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Mötesloggen kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Om Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Vårdmöte – säkra videomöten mellan region och kommun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualRoomHint</name>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="41"/>
        <source>Ge rummet i %1 exakt den här videoadressen och detta %2, så används de aldrig igen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="51"/>
        <source>Kopiera videoadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="51"/>
        <source>Videoadress att ange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="54"/>
        <source>Kopiera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="55"/>
        <source>%1 att ange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="57"/>
        <source>Vide&amp;oadress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="125"/>
        <source>Inbjudan går inte till rummet med adressen ovan. Öppna rummet i %1, ge det videoadressen %2 och %3 %4, spara, kopiera inbjudan igen och klistra in den här. Har du inget rum än: skapa ett i %1 med namnet, videoadressen och %3 som visas ovan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="138"/>
        <source>videoadressen och %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="138"/>
        <location filename="../../ui/wizards/manual_room_hint.py" line="142"/>
        <source>samtals-ID:t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="140"/>
        <source>videoadressen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/manual_room_hint.py" line="145"/>
        <source>Inbjudan går till ett rum som redan har använts: %1 har lämnats ut förut. En gammal inbjudan skulle då leda in i det här mötet. Skapa rummet i %2 med videoadressen och ID:t som visas ovan och klistra in den nya inbjudan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../ui/meeting_actions.py" line="49"/>
        <source>Markera som &amp;skickad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="50"/>
        <source>Markera som &amp;bekräftad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="51"/>
        <source>&amp;Kan inte delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="52"/>
        <source>Byt till &amp;ersättare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="53"/>
        <source>&amp;Starta mötet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="54"/>
        <source>Ställ &amp;in mötet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="55"/>
        <source>Ta bort &amp;mötesrum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="161"/>
        <source>Ställ in mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="162"/>
        <source>Ställa in mötet? Mötesrummet måste ändå tas bort efteråt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="173"/>
        <source>Har du tagit bort mötesrummet ”%1” i %2? Svara ja först när det är gjort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="177"/>
        <source>Ta bort mötesrummet ”%1” på videoplattformen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="182"/>
        <source>Ta bort mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetailPane</name>
    <message>
        <location filename="../../ui/meeting_detail.py" line="37"/>
        <source>Mötesdetaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="42"/>
        <location filename="../../ui/meeting_detail.py" line="141"/>
        <source>Välj ett möte i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="44"/>
        <source>Möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="49"/>
        <source>Mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="51"/>
        <source>Kopiera rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="51"/>
        <source>Rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="52"/>
        <source>Rumsnamn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="55"/>
        <source>Rummets läge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="58"/>
        <source>Deltagare och utskick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="61"/>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="64"/>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="65"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="66"/>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="68"/>
        <location filename="../../ui/meeting_detail.py" line="89"/>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="85"/>
        <location filename="../../ui/meeting_detail.py" line="88"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="89"/>
        <source>Vem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="89"/>
        <source>Vad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="154"/>
        <source>%1, %n minut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="154"/>
        <source>%1, %n minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="156"/>
        <source>Mötesform: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="159"/>
        <source>Kallande: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="162"/>
        <source>Referens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="193"/>
        <source>%1 (ersatt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_detail.py" line="210"/>
        <source>Ändrad samma dag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../ui/meeting_list.py" line="23"/>
        <source>Möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="25"/>
        <source>Datum och tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="25"/>
        <source>Mötestyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="25"/>
        <source>Rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="25"/>
        <source>Bekräftade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="42"/>
        <source>Öppnar mötesloggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="50"/>
        <source>Behöver åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="51"/>
        <source>Kommande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_list.py" line="52"/>
        <source>Tidigare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWizard</name>
    <message>
        <location filename="../../ui/wizards/meeting_wizard.py" line="97"/>
        <source>Nytt möte – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingFlow</name>
    <message>
        <location filename="../../ui/new_meeting.py" line="55"/>
        <source>Fortsätta utkastet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting.py" line="57"/>
        <source>Du har ett påbörjat möte av den här typen (sparat %1). Fortsätta med det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting.py" line="62"/>
        <source>&amp;Fortsätt utkastet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting.py" line="63"/>
        <source>&amp;Börja om</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="51"/>
        <source>t.ex. Torsås kommun, hemsjukvården</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="53"/>
        <source>t.ex. biståndshandläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="54"/>
        <source>När&amp;stående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="57"/>
        <source>Nås i Cosmic &amp;Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="58"/>
        <source>Deltar via &amp;video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="68"/>
        <source>&amp;Enhet/förvaltning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="74"/>
        <source>E-&amp;post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="75"/>
        <source>Tele&amp;fon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="65"/>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="65"/>
        <source>N&amp;amn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="66"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="66"/>
        <source>Organisationstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="71"/>
        <source>Enhet eller förvaltning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="73"/>
        <source>&amp;Roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="73"/>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="74"/>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="75"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="163"/>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="166"/>
        <source>Lägg till alla som ska delta, även närstående. Skriv aldrig personnummer eller uppgifter om patienten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="173"/>
        <source>&amp;Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="174"/>
        <source>Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="176"/>
        <source>Än&amp;dra vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="177"/>
        <source>Ändra vald deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="179"/>
        <source>&amp;Ta bort vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="180"/>
        <source>Ta bort vald deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="193"/>
        <source>Tillagda deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="195"/>
        <source>Delete tar bort vald deltagare, F2 lägger den i fälten för ändring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="198"/>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="198"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="198"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="198"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="261"/>
        <source>Välj en deltagare i listan först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="265"/>
        <source>Lägg till eller töm fälten först, så att inget skrivet försvinner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="279"/>
        <source> (närstående)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="284"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_participants.py" line="284"/>
        <source>nej</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileUnitForm</name>
    <message>
        <location filename="../../ui/first_run.py" line="34"/>
        <source>Regionprofil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40"/>
        <source>&amp;Regionprofil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45"/>
        <source>Enhetens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>t.ex. HC Torsås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>&amp;Enhetens namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Mötesrummen får namn efter enheten följt av ett nummer, t.ex. ”HC Torsås 8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="62"/>
        <source>Ditt visningsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65"/>
        <source>Ditt &amp;visningsnamn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="70"/>
        <source>Historiken visar alltid också din inloggning (%1) och datorns namn (%2). Lämna tomt för namnet från din inloggning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientRow</name>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="46"/>
        <source>Kanal för %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="54"/>
        <source>Kopiera ämnesrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="55"/>
        <location filename="../../ui/wizards/page_channels.py" line="96"/>
        <source>Kopiera meddelande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="57"/>
        <source>Kopiera ämnesrad till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="64"/>
        <location filename="../../ui/wizards/page_channels.py" line="105"/>
        <source>Skickat nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="65"/>
        <source>Skickat till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="69"/>
        <source>Kanal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="94"/>
        <source>Text att läsa upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="100"/>
        <source>Kopiera text att läsa upp för %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="102"/>
        <source>Kopiera meddelande till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="105"/>
        <source>Ringt nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_channels.py" line="124"/>
        <source>Välj en kanal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/reminders.py" line="55"/>
        <source>Påminnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="59"/>
        <source>&amp;Öppna mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="60"/>
        <source>Öppna mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="62"/>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="63"/>
        <source>Stäng påminnelsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../ui/reminders.py" line="111"/>
        <location filename="../../ui/reminders.py" line="115"/>
        <source>Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="116"/>
        <source>&amp;Visa Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="118"/>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="173"/>
        <source>(och %n påminnelse till)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="174"/>
        <source>(och %n påminnelser till)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="187"/>
        <source>Mötet börjar snart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="188"/>
        <source>Obekräftade mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="189"/>
        <source>Rum ej borttaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="195"/>
        <source>inget rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="198"/>
        <source>Mötet %2 (%1) är inställt men mötesrummet %3 finns kvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="201"/>
        <source>%1 börjar %2 i %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="202"/>
        <source>%1 %2 (%3): alla mottagare har inte bekräftat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="203"/>
        <source>Mötesrummet %3 finns kvar efter mötet %2 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="41"/>
        <source>Mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="44"/>
        <source>Ett unikt mötesrum för varje möte. Ett rum eller rumsnamn används aldrig igen, inte ens efter att rummet tagits bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="49"/>
        <source>&amp;Vårt mötesrum i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="50"/>
        <source>kommunens verktyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="52"/>
        <source>&amp;Kommunens mötesrum (%1): kommunen bjuder in och startar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="61"/>
        <source>1. Rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="63"/>
        <source>Kopiera rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="63"/>
        <source>Rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="72"/>
        <source>2. Klistra in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="77"/>
        <source>Inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="78"/>
        <source>Klistra in hela inbjudan här (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="81"/>
        <source>Klistra &amp;in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="82"/>
        <source>Klistra in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="84"/>
        <source>&amp;Skapa mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="85"/>
        <source>Skapa mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="106"/>
        <source>3. Uppgifter att förmedla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="132"/>
        <source>Skapa ett mötesrum i %1 med namnet ovan. Klicka på ”Bjud in”, välj att kopiera inbjudan och klistra in den här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="137"/>
        <source>Vårdmöte skapar rummet på videoplattformen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="141"/>
        <source>Klistra in länken eller adressen du fått från kommunen. Vårdmöte varken skapar eller tar bort kommunens rum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="164"/>
        <source>Reserverar ett rumsnamn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="171"/>
        <source>Namnet är reserverat för det här mötet och används aldrig igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="244"/>
        <source>Ett nytt rum i Pexip kan behöva upp till 90 sekunder innan det går att ringa upp. Vänta en stund om någon ringer in direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="259"/>
        <source>Skapar mötesrummet på videoservern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_room.py" line="264"/>
        <source>Avbrutet. Om rummet hann skapas på servern hittar du det under Städa rum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>&amp;Allmänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>&amp;Videoplattform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>&amp;Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>&amp;Databas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Inbyggd SQLite-fil (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Profil, enhet och databas gäller när Vårdmöte startas om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Videoplattform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Manuellt: klistra in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Cisco Meeting Server (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Pexip Infinity (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>&amp;Plattform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Serveradress (&amp;URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>API-&amp;konto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>&amp;Lösenord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>Lämna tomt för att behålla sparat lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Lösenordet sparas i %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source>Det finns ingen nyckelring på den här datorn. Lösenordet sparas bara i minnet för den här sessionen och behöver anges igen nästa gång Vårdmöte startar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="138"/>
        <source>&amp;CA-certifikat (valfritt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Väl&amp;j fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>Välj CA-certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>Vide&amp;odomän:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>&amp;Webbadress för anslutning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>&amp;Testa anslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149"/>
        <source>Testa anslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Resultat av anslutningstestet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>Certifikat (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="204"/>
        <source>Ange serverns adress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <location filename="../../ui/settings_dialog.py" line="215"/>
        <source>Ange en adress som börjar med https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>Adressen måste börja med https:// (krypterad anslutning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="210"/>
        <source>Ange API-kontot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Filen finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>Anslutningen fungerar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="244"/>
        <source>Testar anslutningen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254"/>
        <source>Avbrutet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="287"/>
        <source>Sparar lösenordet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartChecklistDialog</name>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="137"/>
        <source>Starta mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="139"/>
        <source>Inled alltid mötet med att kontrollera bild och ljud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="142"/>
        <source>Alla &amp;ser varandra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="143"/>
        <source>Ljudet är bra för &amp;alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="152"/>
        <source>&amp;Mötet är igång</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../ui/statistics_window.py" line="265"/>
        <source>Utskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="266"/>
        <source>SIP slutenvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="267"/>
        <source>SIP öppenvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="268"/>
        <source>Annat möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="269"/>
        <source>Distansmöte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../ui/statistics_window.py" line="64"/>
        <source>Statistik – Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="65"/>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="68"/>
        <source>&lt;h2&gt;Statistik&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="71"/>
        <source>Rutinerna säger att distansmöte ska vara förstahandsvalet. Här följer enheten upp hur många möten som hålls med video, hur snabbt mottagarna bekräftar och om mötesrummen tas bort efter mötet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="80"/>
        <source>Från månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="81"/>
        <source>Till månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="82"/>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="83"/>
        <source>Visa statistik för perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="85"/>
        <source>&amp;Från månad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="87"/>
        <source>&amp;Till månad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="100"/>
        <source>Möten (ej inställda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="101"/>
        <source>Andel med video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="102"/>
        <source>Mediantid från inbjudan till bekräftelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="103"/>
        <source>Rum borttagna en senare dag än mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="104"/>
        <source>Rum ej borttagna efter mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="105"/>
        <source>Genomförda: samtal sågs i rummet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="106"/>
        <source>Ingen anslöt till rummet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="107"/>
        <source>Varav gallrade möten (anonym statistik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="115"/>
        <source>Möten per månad och mötestyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="117"/>
        <source>Möten per månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="119"/>
        <source>Video eller fysiskt/telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="120"/>
        <source>Andel möten med video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="162"/>
        <source>Från-månaden måste vara före till-månaden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="166"/>
        <source>Beräknar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="184"/>
        <source>Perioden %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="191"/>
        <source>%1 % (%2 av %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="214"/>
        <source>inga bekräftelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="219"/>
        <source>%1 dygn %2 tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="221"/>
        <source>%1 tim %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="222"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="256"/>
        <source>Video (helt eller delvis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="257"/>
        <source>Fysiskt eller telefon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="41"/>
        <source>Byt till ersättare för %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="45"/>
        <source>Inbjudan får aldrig vidarebefordras till en kollega. Ersättarens namn och e-postadress meddelas via %1; ersättaren får en egen inbjudan och bekräftar på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="55"/>
        <source>Ändring samma dag: kontakta den som kallat via %1, telefon eller e-post, så att mötet kan genomföras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="61"/>
        <source>Ändring samma dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="71"/>
        <source>Patienten finns i Cosmic &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="72"/>
        <source>Patienten finns i Cosmic Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="75"/>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="76"/>
        <source>&amp;Kanal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialogs.py" line="93"/>
        <source>&amp;Byt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuitabilityPage</name>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="26"/>
        <source>Passar ett videomöte?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="29"/>
        <source>Ta först hänsyn till patientens behov och förutsättningar att delta och att tillgodogöra sig mötesformen. Ett fysiskt möte eller telefon kan passa bättre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="34"/>
        <source>&amp;Ja, ett videomöte passar patienten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="35"/>
        <source>Nej, ett &amp;fysiskt möte passar bättre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="36"/>
        <source>Nej, &amp;telefon passar bättre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="44"/>
        <source>Jag har beaktat arbetsgivarens rutiner för &amp;informationssäkerhet i videomötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="46"/>
        <source>Informationssäkerhet beaktad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="50"/>
        <source>&amp;Kommentar (frivillig, inga patientuppgifter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_suitability.py" line="52"/>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="20"/>
        <location filename="../../ui/wizards/page_summary.py" line="24"/>
        <source>Sammanfattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="36"/>
        <source>Tid: %1 (%2, %3 minuter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="40"/>
        <source>Mötesform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="43"/>
        <source>Video passar inte: mötet loggas utan mötesrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="45"/>
        <source>Referens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="50"/>
        <source>kommunens rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="51"/>
        <source>Mötesrum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="54"/>
        <source>Videoadress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="58"/>
        <source>&lt;br&gt;&lt;b&gt;Deltagare&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="60"/>
        <source>ingen videoinbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/page_summary.py" line="61"/>
        <source>, skickad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../../ui/window_tools.py" line="74"/>
        <source>&amp;Inställningar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="78"/>
        <source>&amp;Städa rum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="79"/>
        <source>&amp;Möteslogg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="80"/>
        <source>&amp;Statistik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="81"/>
        <source>&amp;Rensa gamla möten nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="134"/>
        <source>Gamla möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="135"/>
        <source>%1 äldre än %2 rensades; statistiken finns kvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="138"/>
        <source>%n månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="138"/>
        <source>%n månader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
