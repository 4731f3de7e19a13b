<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="86"/>
        <source>Kopiera videoadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="86"/>
        <source>Videoadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="87"/>
        <source>Kopiera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="88"/>
        <source>Kopiera PIN-kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="88"/>
        <source>PIN-kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="89"/>
        <source>Kopiera webblänk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="89"/>
        <source>Webblänk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="90"/>
        <source>Kopiera telefonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="90"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="91"/>
        <source>Videoadress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="93"/>
        <source>PIN-kod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="94"/>
        <source>Webblänk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="95"/>
        <source>Via telefon:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../vardmote_desktop/ui/busy.py" line="27"/>
        <source>Arbetar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/busy.py" line="29"/>
        <source>Avbr&amp;yt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/busy.py" line="30"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="137"/>
        <source>Förmedla mötesuppgifterna säkert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="140"/>
        <source>Välj kanal för varje mottagare. Skicka aldrig mötesuppgifter eller patientuppgifter med vanlig e-post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="146"/>
        <source>Kopiera &amp;inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="147"/>
        <source>Kopiera inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="172"/>
        <source>Ingen deltar via video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="67"/>
        <source>Städa rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="72"/>
        <source>Jämför rummen på videoservern med mötesloggen. Inget tas bort förrän du har markerat det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="79"/>
        <source>På servern men inte i mötesloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="80"/>
        <source>Rum på servern som saknas i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="82"/>
        <source>Ta &amp;bort markerade rum från servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="84"/>
        <source>I mötesloggen men borta från servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="85"/>
        <source>Rum i loggen som saknas på servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="87"/>
        <source>&amp;Markera som borttagna i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="89"/>
        <source>Rum efter avslutade möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="93"/>
        <source>Jag har tagit bort de manuella rummen i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="101"/>
        <source>Ta bort &amp;alla rum efter avslutade möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="110"/>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="115"/>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="116"/>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="118"/>
        <source>&amp;Sök igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="120"/>
        <source>Sök igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="159"/>
        <source>Avbrutet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="173"/>
        <source>Läser rummen på servern och i mötesloggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="186"/>
        <source>%1 – möte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="193"/>
        <source>Vårdmöte är inte kopplat till en videoserver (CMS eller Pexip), så servern kan inte jämföras. Rum efter avslutade möten kan tas bort här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="199"/>
        <source>Servern och mötesloggen stämmer överens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="215"/>
        <source>%1 rum: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="217"/>
        <source>Inga rum väntar på att tas bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="231"/>
        <source>Markera först de rum som ska tas bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="235"/>
        <source>Tar bort rummen från servern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="237"/>
        <source>%1 rum togs bort från servern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="243"/>
        <source>Markera först de rum som ska markeras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="247"/>
        <source>Kontrollerar rummen på servern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="249"/>
        <source>%1 rum markerades som borttagna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="255"/>
        <source>Tar bort rum efter avslutade möten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="262"/>
        <source>%1 rum togs bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/cleanup_dialog.py" line="266"/>
        <source>Väntar på din bekräftelse (manuella rum): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="39"/>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="39"/>
        <source>Tid, mötesform och roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="42"/>
        <source>Mötesform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="44"/>
        <source>&amp;Planerat digitalt: alla deltar via video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="46"/>
        <source>&amp;Delvis digitalt: fysiskt möte där några deltar via video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="61"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="64"/>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="70"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="71"/>
        <source>Längd i minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="72"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="73"/>
        <source>&amp;Tid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="74"/>
        <source>&amp;Längd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="76"/>
        <source>Kommunen begärde mötet i &amp;Lifecare SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="77"/>
        <source>Begärt i Lifecare SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="82"/>
        <source>Referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="83"/>
        <source>t.ex. Lifecare SP-ärende – aldrig personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="85"/>
        <source>&amp;Referens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="88"/>
        <source>Patienten är utskrivningsplanerad och finns i Cosmic &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="90"/>
        <source>Patienten finns i Cosmic Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="95"/>
        <source>Roller enligt rutinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_details.py" line="152"/>
        <source>Tiden har redan passerat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="45"/>
        <source>Exportera mötesloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="49"/>
        <source>Exporteras: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="51"/>
        <source>&amp;CSV för Excel (semikolon, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="52"/>
        <source>&amp;PDF-rapport för utskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="57"/>
        <source>Fil att spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="59"/>
        <source>&amp;Bläddra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="60"/>
        <source>Välj fil att spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="68"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="70"/>
        <source>&amp;Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="78"/>
        <source>&amp;Exportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="79"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="98"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="98"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="99"/>
        <source>Spara export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/export_dialog.py" line="111"/>
        <source>Välj en fil i en mapp som finns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="43"/>
        <source>Rum, videoadress, samtals-ID, deltagare, organisation, referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="46"/>
        <source>Sök i mötesloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="51"/>
        <source>Alla typer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="54"/>
        <source>Mötestyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="56"/>
        <source>Från och med datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="57"/>
        <source>Till och med datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="60"/>
        <source>Alla rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="63"/>
        <source>Rummets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="65"/>
        <source>Rum ej &amp;borttaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="66"/>
        <source>Endast rum ej borttaget efter mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="67"/>
        <source>&amp;Obekräftade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="68"/>
        <source>Endast möten med obekräftade mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="70"/>
        <source>Med inställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="71"/>
        <source>Utan inställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="72"/>
        <source>Endast inställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="73"/>
        <source>Inställda möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="84"/>
        <source>&amp;Sök:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="86"/>
        <source>&amp;Typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="88"/>
        <source>&amp;Från:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="90"/>
        <source>&amp;Till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="92"/>
        <source>&amp;Rum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="96"/>
        <source>&amp;Inställda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/filters.py" line="109"/>
        <source>Alla datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="87"/>
        <source>Välkommen till Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="91"/>
        <source>Välj regionens rutin och ange enhetens namn. Du kan ändra detta senare under Inställningar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="103"/>
        <source>&amp;Börja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="104"/>
        <source>Börja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDetails</name>
    <message>
        <location filename="../../vardmote_desktop/ui/widgets.py" line="111"/>
        <source>%1, ange %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../vardmote_desktop/ui/launcher.py" line="100"/>
        <source>Ett fel inträffade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/launcher.py" line="101"/>
        <source>Ett oväntat fel inträffade. Det har skrivits till loggfilen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTexts</name>
    <message>
        <location filename="../../vardmote_desktop/ui/log/texts.py" line="115"/>
        <source>%n möten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="61"/>
        <source>Möteslogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="77"/>
        <source>Möten i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="106"/>
        <source>Antal möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="107"/>
        <source>&amp;Exportera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="108"/>
        <source>Exportera det filtrerade urvalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="132"/>
        <source>Sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="135"/>
        <source>Exportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="136"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="151"/>
        <source>Räknar möten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../vardmote_desktop/ui/log/window.py" line="156"/>
        <source>%n möten</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="161"/>
        <source>Hämtar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="220"/>
        <source>Exporterar till %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/log/window.py" line="224"/>
        <source>%1 möten exporterade till %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="64"/>
        <source>Vårdmöte – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="66"/>
        <source>Öppnar Vårdmöte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="67"/>
        <source>öppnar mötesloggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Uppdatera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="128"/>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Om Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="136"/>
        <source>&amp;Nytt möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="137"/>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="170"/>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="171"/>
        <source>Nytt möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="145"/>
        <source>&amp;Möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="166"/>
        <source>Verktyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="173"/>
        <source>Välj mötestyp (Ctrl+N startar %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="184"/>
        <source>Profil: %1 · Enhet: %2 · Databas: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="222"/>
        <source>kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="224"/>
        <source>Mötesloggen kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="248"/>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="301"/>
        <source>Fortsätta utkastet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="303"/>
        <source>Du har ett påbörjat möte av den här typen (sparat %1). Fortsätta med det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="308"/>
        <source>&amp;Fortsätt utkastet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="309"/>
        <source>&amp;Börja om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="355"/>
        <source>Om Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/main_window.py" line="356"/>
        <source>Vårdmöte – säkra videomöten mellan region och kommun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="49"/>
        <source>Markera som &amp;skickad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="50"/>
        <source>Markera som &amp;bekräftad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="51"/>
        <source>&amp;Kan inte delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="52"/>
        <source>Byt till &amp;ersättare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="53"/>
        <source>&amp;Starta mötet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="54"/>
        <source>Ställ &amp;in mötet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="55"/>
        <source>Ta bort &amp;mötesrum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="161"/>
        <source>Ställ in mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="162"/>
        <source>Ställa in mötet? Mötesrummet måste ändå tas bort efteråt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="173"/>
        <source>Har du tagit bort mötesrummet ”%1” i %2? Svara ja först när det är gjort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="177"/>
        <source>Ta bort mötesrummet ”%1” på videoplattformen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_actions.py" line="182"/>
        <source>Ta bort mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetailPane</name>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="34"/>
        <source>Mötesdetaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="39"/>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="138"/>
        <source>Välj ett möte i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="41"/>
        <source>Möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="46"/>
        <source>Mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="48"/>
        <source>Kopiera rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="48"/>
        <source>Rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="49"/>
        <source>Rumsnamn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="52"/>
        <source>Rummets läge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="55"/>
        <source>Deltagare och utskick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="58"/>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="61"/>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="62"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="63"/>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="65"/>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="86"/>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="82"/>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="85"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="86"/>
        <source>Vem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="86"/>
        <source>Vad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="150"/>
        <source>%1, %2 minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="153"/>
        <source>Mötesform: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="156"/>
        <source>Kallande: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="159"/>
        <source>Referens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="183"/>
        <source>%1 (ersatt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_detail.py" line="200"/>
        <source>Ändrad samma dag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="22"/>
        <source>Möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="24"/>
        <source>Datum och tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="24"/>
        <source>Mötestyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="24"/>
        <source>Rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="24"/>
        <source>Bekräftade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="39"/>
        <source>Öppnar mötesloggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="46"/>
        <source>Behöver åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="47"/>
        <source>Kommande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/meeting_list.py" line="48"/>
        <source>Tidigare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWizard</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/meeting_wizard.py" line="62"/>
        <source>Nytt möte – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="53"/>
        <source>t.ex. Torsås kommun, hemsjukvården</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="55"/>
        <source>t.ex. biståndshandläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="56"/>
        <source>När&amp;stående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="59"/>
        <source>Nås i Cosmic &amp;Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="60"/>
        <source>Deltar via &amp;video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="66"/>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="66"/>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="67"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="67"/>
        <source>Organisationstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="69"/>
        <source>Enhet/&amp;förvaltning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="72"/>
        <source>Enhet eller förvaltning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="74"/>
        <source>&amp;Roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="74"/>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="75"/>
        <source>&amp;E-post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="75"/>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="76"/>
        <source>&amp;Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="76"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="137"/>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="140"/>
        <source>Lägg till alla som ska delta, även närstående. Skriv aldrig personnummer eller uppgifter om patienten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="147"/>
        <source>&amp;Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="148"/>
        <source>Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="151"/>
        <source>Ta &amp;bort vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="152"/>
        <source>Ta bort vald deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="160"/>
        <source>Tillagda deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="162"/>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="162"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="162"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="162"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="193"/>
        <source> (närstående)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="198"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_participants.py" line="198"/>
        <source>nej</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileUnitForm</name>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="33"/>
        <source>Regionprofil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="39"/>
        <source>&amp;Regionprofil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="44"/>
        <source>Enhetens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="45"/>
        <source>t.ex. HC Torsås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="48"/>
        <source>&amp;Enhetens namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="52"/>
        <source>Mötesrummen får namn efter enheten följt av ett nummer, t.ex. ”HC Torsås 8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="58"/>
        <source>Ditt namn i historiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/first_run.py" line="60"/>
        <source>Ditt &amp;namn i historiken:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientRow</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="57"/>
        <source>Kanal för %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="65"/>
        <source>Kopiera ämnesrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="66"/>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="100"/>
        <source>Kopiera meddelande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="71"/>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="103"/>
        <source>Skickat nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="72"/>
        <source>Skickat till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="75"/>
        <source>Kanal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="98"/>
        <source>Text att läsa upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="103"/>
        <source>Ringt nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_channels.py" line="126"/>
        <source>Välj en kanal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="55"/>
        <source>Påminnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="59"/>
        <source>&amp;Öppna mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="60"/>
        <source>Öppna mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="62"/>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="63"/>
        <source>Stäng påminnelsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="111"/>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="115"/>
        <source>Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="116"/>
        <source>&amp;Visa Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="118"/>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="171"/>
        <source>(och %1 påminnelser till)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="183"/>
        <source>Mötet börjar snart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="184"/>
        <source>Obekräftade mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="185"/>
        <source>Rum ej borttaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="191"/>
        <source>inget rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="193"/>
        <source>%1 börjar %2 i %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="194"/>
        <source>%1 %2 (%3): alla mottagare har inte bekräftat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/reminders.py" line="195"/>
        <source>Mötesrummet %3 finns kvar efter mötet %2 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="37"/>
        <source>Mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="40"/>
        <source>Ett unikt mötesrum för varje möte. Ett rum eller rumsnamn används aldrig igen, inte ens efter att rummet tagits bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="45"/>
        <source>&amp;Vårt mötesrum i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="46"/>
        <source>kommunens verktyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="48"/>
        <source>&amp;Kommunens mötesrum (%1): kommunen bjuder in och startar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="57"/>
        <source>1. Rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="59"/>
        <source>Kopiera rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="59"/>
        <source>Rumsnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="66"/>
        <source>2. Klistra in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="71"/>
        <source>Inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="72"/>
        <source>Klistra in hela inbjudan här (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="75"/>
        <source>Klistra &amp;in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="76"/>
        <source>Klistra in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="78"/>
        <source>&amp;Skapa mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="79"/>
        <source>Skapa mötesrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="100"/>
        <source>3. Uppgifter att förmedla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="121"/>
        <source>Skapa ett mötesrum i %1 med namnet ovan. Klicka på ”Bjud in”, välj att kopiera inbjudan och klistra in den här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="126"/>
        <source>Vårdmöte skapar rummet på videoplattformen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="130"/>
        <source>Klistra in länken eller adressen du fått från kommunen. Vårdmöte varken skapar eller tar bort kommunens rum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="153"/>
        <source>Reserverar ett rumsnamn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="160"/>
        <source>Namnet är reserverat för det här mötet och används aldrig igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="207"/>
        <source>Ett nytt rum i Pexip kan behöva upp till 90 sekunder innan det går att ringa upp. Vänta en stund om någon ringer in direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="222"/>
        <source>Skapar mötesrummet på videoservern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_room.py" line="227"/>
        <source>Avbrutet. Om rummet hann skapas på servern hittar du det under Städa rum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="72"/>
        <source>Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="75"/>
        <source>&amp;Allmänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="77"/>
        <source>&amp;Videoplattform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="82"/>
        <source>&amp;Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="83"/>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="97"/>
        <source>&amp;Databas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="98"/>
        <source>Inbyggd SQLite-fil (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="100"/>
        <source>Profil, enhet och databas gäller när Vårdmöte startas om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="110"/>
        <source>Videoplattform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="111"/>
        <source>Manuellt: klistra in inbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="112"/>
        <source>Cisco Meeting Server (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="113"/>
        <source>Pexip Infinity (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="117"/>
        <source>&amp;Plattform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="119"/>
        <source>Serveradress (&amp;URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="121"/>
        <source>API-&amp;konto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="122"/>
        <source>&amp;Lösenord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="124"/>
        <source>Lämna tomt för att behålla sparat lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="127"/>
        <source>Lösenordet sparas i %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="130"/>
        <source>Det finns ingen nyckelring på den här datorn. Lösenordet sparas bara i minnet för den här sessionen och behöver anges igen nästa gång Vårdmöte startar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="138"/>
        <source>&amp;CA-certifikat (valfritt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="139"/>
        <source>Väl&amp;j fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="140"/>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="194"/>
        <source>Välj CA-certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="144"/>
        <source>Vide&amp;odomän:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="146"/>
        <source>&amp;Webbadress för anslutning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="148"/>
        <source>&amp;Testa anslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="149"/>
        <source>Testa anslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="153"/>
        <source>Resultat av anslutningstestet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="194"/>
        <source>Certifikat (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="204"/>
        <source>Ange serverns adress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="205"/>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="215"/>
        <source>Ange en adress som börjar med https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="206"/>
        <source>Adressen måste börja med https:// (krypterad anslutning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="210"/>
        <source>Ange API-kontot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="213"/>
        <source>Filen finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="241"/>
        <source>Anslutningen fungerar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="244"/>
        <source>Testar anslutningen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="254"/>
        <source>Avbrutet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/settings_dialog.py" line="287"/>
        <source>Sparar lösenordet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartChecklistDialog</name>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="136"/>
        <source>Starta mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="138"/>
        <source>Inled alltid mötet med att kontrollera bild och ljud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="141"/>
        <source>Alla &amp;ser varandra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="142"/>
        <source>Ljudet är bra för &amp;alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="151"/>
        <source>&amp;Mötet är igång</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="256"/>
        <source>Utskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="257"/>
        <source>SIP slutenvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="258"/>
        <source>SIP öppenvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="259"/>
        <source>Annat möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="260"/>
        <source>Distansmöte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="64"/>
        <source>Statistik – Vårdmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="65"/>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="68"/>
        <source>&lt;h2&gt;Statistik&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="71"/>
        <source>Rutinerna säger att distansmöte ska vara förstahandsvalet. Här följer enheten upp hur många möten som hålls med video, hur snabbt mottagarna bekräftar och om mötesrummen tas bort efter mötet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="80"/>
        <source>Från månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="81"/>
        <source>Till månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="82"/>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="83"/>
        <source>Visa statistik för perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="85"/>
        <source>&amp;Från månad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="87"/>
        <source>&amp;Till månad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="100"/>
        <source>Möten (ej inställda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="101"/>
        <source>Andel med video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="102"/>
        <source>Mediantid från inbjudan till bekräftelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="103"/>
        <source>Rum borttagna en senare dag än mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="104"/>
        <source>Rum ej borttagna efter mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="105"/>
        <source>Varav gallrade möten (anonym statistik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="113"/>
        <source>Möten per månad och mötestyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="115"/>
        <source>Möten per månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="117"/>
        <source>Video eller fysiskt/telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="118"/>
        <source>Andel möten med video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="160"/>
        <source>Från-månaden måste vara före till-månaden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="164"/>
        <source>Beräknar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="182"/>
        <source>Perioden %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="189"/>
        <source>%1 % (%2 av %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="205"/>
        <source>inga bekräftelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="210"/>
        <source>%1 dygn %2 tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="212"/>
        <source>%1 tim %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="213"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="247"/>
        <source>Video (helt eller delvis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/statistics_window.py" line="248"/>
        <source>Fysiskt eller telefon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="40"/>
        <source>Byt till ersättare för %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="44"/>
        <source>Inbjudan får aldrig vidarebefordras till en kollega. Ersättarens namn och e-postadress meddelas via Lifecare SP; ersättaren får en egen inbjudan och bekräftar på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="54"/>
        <source>Ändring samma dag: kontakta den som kallat via Lifecare SP, telefon eller e-post, så att mötet kan genomföras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="60"/>
        <source>Ändring samma dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="70"/>
        <source>Patienten finns i Cosmic &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="71"/>
        <source>Patienten finns i Cosmic Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="74"/>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="75"/>
        <source>&amp;Kanal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/followup_dialogs.py" line="92"/>
        <source>&amp;Byt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuitabilityPage</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="30"/>
        <source>Passar ett videomöte?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="33"/>
        <source>Ta först hänsyn till patientens behov och förutsättningar att delta och att tillgodogöra sig mötesformen. Ett fysiskt möte eller telefon kan passa bättre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="38"/>
        <source>&amp;Ja, ett videomöte passar patienten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="39"/>
        <source>Nej, ett &amp;fysiskt möte passar bättre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="40"/>
        <source>Nej, &amp;telefon passar bättre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="48"/>
        <source>Jag har beaktat arbetsgivarens rutiner för &amp;informationssäkerhet i videomötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="50"/>
        <source>Informationssäkerhet beaktad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="54"/>
        <source>&amp;Kommentar (frivillig, inga patientuppgifter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_suitability.py" line="56"/>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="21"/>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="25"/>
        <source>Sammanfattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="36"/>
        <source>Tid: %1, %2 minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="39"/>
        <source>Mötesform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="42"/>
        <source>Video passar inte: mötet loggas utan mötesrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="44"/>
        <source>Referens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="49"/>
        <source>kommunens rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="50"/>
        <source>Mötesrum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="52"/>
        <source>Videoadress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="56"/>
        <source>&lt;br&gt;&lt;b&gt;Deltagare&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="58"/>
        <source>ingen videoinbjudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/wizards/page_summary.py" line="59"/>
        <source>, skickad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../../vardmote_desktop/ui/window_tools.py" line="39"/>
        <source>&amp;Inställningar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/window_tools.py" line="43"/>
        <source>&amp;Städa rum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/window_tools.py" line="44"/>
        <source>&amp;Möteslogg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/window_tools.py" line="45"/>
        <source>&amp;Statistik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/window_tools.py" line="46"/>
        <source>&amp;Rensa gamla möten nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/window_tools.py" line="93"/>
        <source>Gamla möten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vardmote_desktop/ui/window_tools.py" line="94"/>
        <source>%1 möten äldre än %2 månader rensades; statistiken finns kvar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
