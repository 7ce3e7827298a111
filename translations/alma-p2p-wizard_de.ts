<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlmaClient</name>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="34"/>
        <location filename="../app/api/AlmaClient.cpp" line="274"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="33"/>
        <location filename="../app/api/AlmaClient.cpp" line="36"/>
        <source>Alma did not answer in time.</source>
        <translation>Alma hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="40"/>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="43"/>
        <source>Could not reach Alma: %1</source>
        <translation>Alma ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="186"/>
        <source>Alma&apos;s answer to %1 is larger than %2 MB; it was not read.</source>
        <translation>Die Antwort von Alma auf %1 ist größer als %2 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="191"/>
        <source>Alma&apos;s answer to %1 did not arrive within %2 seconds.</source>
        <translation>Die Antwort von Alma auf %1 kam nicht innerhalb von %2 Sekunden an.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="200"/>
        <source>Alma answered with a redirect to %1; check the API address.</source>
        <translation>Alma hat mit einer Weiterleitung auf %1 geantwortet; prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="208"/>
        <source>Alma&apos;s answer to %1 is not JSON.</source>
        <translation>Die Antwort von Alma auf %1 ist kein JSON.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="315"/>
        <source>Alma lists more than %1 items at %2; this program reads at most that many.</source>
        <translation>Alma listet unter %2 mehr als %1 Einträge; dieses Programm liest höchstens so viele.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaClient.cpp" line="362"/>
        <source>Alma said %1 holds %2 items but its pages held %3; the list was not used.</source>
        <translation>Laut Alma enthält %1 %2 Einträge, die Seiten enthielten aber %3; die Liste wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>AlmaCommands</name>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="121"/>
        <source>Compares a setup with what Alma holds and lists, per item, create, update (with the fields that change) or already as wanted, then the manual steps left. Nothing is written to Alma.</source>
        <translation>Vergleicht ein Setup mit dem Stand in Alma und gibt für jedes Objekt an: anlegen, aktualisieren (mit den Feldern, die sich ändern) oder bereits wie gewünscht; danach die offenen manuellen Schritte. In Alma wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="124"/>
        <source>Creates or updates the temporary locations (with the circulation desk attached) and the partners in Alma. Never deletes anything. Each item&apos;s result is saved into FILE, and a second push does only what is left.</source>
        <translation>Legt die temporären Standorte (mit verknüpfter Ausleihtheke) und die Partner in Alma an oder aktualisiert sie. Löscht nie etwas. Das Ergebnis jedes Objekts wird in FILE gespeichert, und ein zweiter Aufruf von push erledigt nur noch, was offen ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="127"/>
        <source>Reads back the library, the circulation desk, the locations, the job, the item policy and the partners, ticks the steps that match and saves a finding for what differs.</source>
        <translation>Liest die Bibliothek, die Ausleihtheke, die Standorte, den Prozess, die Exemplarrichtlinie und die Partner aus Alma zurück, hakt die übereinstimmenden Schritte ab und speichert für jede Abweichung einen Befund.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="199"/>
        <location filename="../app/cli/AlmaCommands.cpp" line="208"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="77"/>
        <source>The setup file; the results are saved into it.</source>
        <translation>Die Setup-Datei; die Ergebnisse werden darin gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="82"/>
        <source>Usage: %1 %2 FILE (--region R | --alma-url URL | --sandbox)</source>
        <translation>Aufruf: %1 %2 FILE (--region R | --alma-url URL | --sandbox)</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="138"/>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="144"/>
        <source>Retrying %1 in %2 ms (attempt %3): %4</source>
        <translation>%1 wird in %2 ms wiederholt (Versuch %3): %4</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="106"/>
        <source>Alma allows %1 more API calls today.</source>
        <translation>Alma erlaubt heute noch %1 API-Aufrufe.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="48"/>
        <source>  plan FILE               compare FILE with Alma: what a push would create or update,
                          and the manual steps left (writes nothing to Alma)
  push FILE               create or update the temporary locations and the partners
  verify FILE             read back what Alma holds and tick the steps that match
  pull FILE [--library CODE]
                          read the partners and the two locations from Alma into FILE
                          (new, or existing: its ticks stay); a read-only key is enough
      with --region R (na, eu, ap, aps, ca, cn) or --alma-url URL, the API key in
      ALMA_API_KEY, or --sandbox; results are saved into FILE; exit 0 all done,
      1 some items failed, 2 unreadable input or wrong key or address
  sandbox [--port N]      run the built-in simulated Alma on 127.0.0.1 until stopped
</source>
        <translation>  plan FILE               FILE mit Alma vergleichen: was push anlegen oder aktualisieren
                          würde, und offene manuelle Schritte (schreibt nichts in Alma)
  push FILE               temporäre Standorte und Partner anlegen oder aktualisieren
  verify FILE             Stand in Alma zurücklesen und übereinstimmende Schritte abhaken
  pull FILE [--library CODE]
                          Partner und die beiden Standorte aus Alma in FILE übernehmen
                          (neu oder vorhanden: Häkchen bleiben); ein Nur-Lese-Schlüssel genügt
      mit --region R (na, eu, ap, aps, ca, cn) oder --alma-url URL und API-Schlüssel in
      ALMA_API_KEY, oder mit --sandbox; Ergebnisse werden in FILE gespeichert; Exit-Status
      0 erledigt, 1 Objekte fehlgeschlagen, 2 Eingabe unlesbar, Schlüssel oder Adresse falsch
  sandbox [--port N]      eingebaute Alma-Simulation auf 127.0.0.1 bis zum Beenden ausführen
</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="108"/>
        <source>This was a sandbox run: nothing was written to a real Alma.</source>
        <translation>Dies war ein Lauf in der Sandbox: In ein echtes Alma wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="114"/>
        <source>Saved the results into %1.</source>
        <translation>Ergebnisse in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="192"/>
        <source>Runs the built-in simulated Alma on 127.0.0.1 until stopped (Ctrl+C). It holds a demo institution and accepts the keys sandbox-read-write and sandbox-read-only. Try: ALMA_API_KEY=sandbox-read-write %1 plan FILE --alma-url http://127.0.0.1:PORT</source>
        <translation>Führt das eingebaute, simulierte Alma auf 127.0.0.1 aus, bis es beendet wird (Strg+C). Es enthält eine Demo-Institution und akzeptiert die Schlüssel sandbox-read-write und sandbox-read-only. Zum Ausprobieren: ALMA_API_KEY=sandbox-read-write %1 plan FILE --alma-url http://127.0.0.1:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="199"/>
        <source>The port to listen on (default: any free one).</source>
        <translation>Der zu verwendende Port (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="201"/>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Jede Antwort um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="201"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="203"/>
        <source>Answer this share of calls (0 to 1) with HTTP 500 or 503.</source>
        <translation>Diesen Anteil der Aufrufe (0 bis 1) mit HTTP 500 oder 503 beantworten.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="203"/>
        <location filename="../app/cli/AlmaCommands.cpp" line="205"/>
        <source>SHARE</source>
        <translation>SHARE</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="205"/>
        <source>Drop the connection of this share of calls (0 to 1) after doing the work.</source>
        <translation>Bei diesem Anteil der Aufrufe (0 bis 1) die Verbindung trennen, nachdem die Arbeit erledigt ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="207"/>
        <source>The per-second threshold (default 25).</source>
        <translation>Der Grenzwert pro Sekunde (Standard: 25).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="224"/>
        <source>Check the numbers: --port 0-65535, --latency in ms, shares from 0 to 1, --calls-per-second at least 1.</source>
        <translation>Prüfen Sie die Zahlen: --port 0-65535, --latency in ms, Anteile von 0 bis 1, --calls-per-second mindestens 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="233"/>
        <source>Could not listen on 127.0.0.1:%1; is the port in use?</source>
        <translation>Auf 127.0.0.1:%1 konnte kein Port geöffnet werden; ist der Port belegt?</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaCommands.cpp" line="236"/>
        <source>Alma sandbox listening on %1/almaws/v1 (keys: %2, %3). Stop it with Ctrl+C.</source>
        <translation>Die Alma-Sandbox nimmt Anfragen unter %1/almaws/v1 entgegen (Schlüssel: %2, %3). Beenden mit Strg+C.</translation>
    </message>
</context>
<context>
    <name>AlmaDialog</name>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="44"/>
        <location filename="../app/gui/AlmaDialog.cpp" line="507"/>
        <source>Alma: Plan, Push and Verify</source>
        <translation>Alma: Planen, Übertragen und Abgleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="55"/>
        <source>The API key was taken from the system keychain.</source>
        <translation>Der API-Schlüssel wurde aus dem Schlüsselbund des Systems übernommen.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="93"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="96"/>
        <source>Built-in sandbox: try it without Alma</source>
        <translation>Eingebaute Sandbox: ohne Alma ausprobieren</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="219"/>
        <source>North America (na)</source>
        <translation>Nordamerika (na)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="221"/>
        <source>Europe (eu)</source>
        <translation>Europa (eu)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="223"/>
        <source>Asia Pacific (ap)</source>
        <translation>Asien-Pazifik (ap)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="225"/>
        <source>Australia and New Zealand (aps)</source>
        <translation>Australien und Neuseeland (aps)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="227"/>
        <source>Canada (ca)</source>
        <translation>Kanada (ca)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="229"/>
        <source>China (cn)</source>
        <translation>China (cn)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="99"/>
        <source>Another address…</source>
        <translation>Andere Adresse…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="100"/>
        <source>&amp;Alma:</source>
        <translation>&amp;Alma:</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="103"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="106"/>
        <source>From Alma&apos;s Developer Network: needs Configuration and Partners, read/write</source>
        <translation>Aus dem Developer Network von Alma: benötigt Configuration und Partners, Lesen/Schreiben</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="107"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="108"/>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="110"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; a simulated Alma on this computer with a demo institution (libraries MAIN, RS and LAW). Nothing reaches your institution, and what you push is gone when the program closes.</source>
        <translation>&lt;b&gt;Sandbox:&lt;/b&gt; ein simuliertes Alma auf diesem Computer mit einer Demo-Institution (Bibliotheken MAIN, RS und LAW). Nichts erreicht Ihre Institution, und was Sie übertragen, geht beim Beenden des Programms verloren.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="116"/>
        <location filename="../app/gui/AlmaDialog.cpp" line="193"/>
        <source>(not connected yet)</source>
        <translation>(noch nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="119"/>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="120"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="121"/>
        <source>Shows what the key may read and write</source>
        <translation>Zeigt, was der Schlüssel lesen und schreiben darf</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="135"/>
        <source>P&amp;lan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="136"/>
        <source>Compare the setup with Alma: what a push would create or update (writes nothing)</source>
        <translation>Setup mit Alma vergleichen: was eine Übertragung anlegen oder aktualisieren würde (schreibt nichts)</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="137"/>
        <source>&amp;Push…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="138"/>
        <source>Create or update the items of the plan in Alma; never deletes</source>
        <translation>Die Objekte des Plans in Alma anlegen oder aktualisieren; löscht nie etwas</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="139"/>
        <source>&amp;Verify</source>
        <translation>Ab&amp;gleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="140"/>
        <source>Read back what Alma holds and tick the steps that match</source>
        <translation>Den Stand in Alma zurücklesen und übereinstimmende Schritte abhaken</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="141"/>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="345"/>
        <source>Every item left to push has a problem (listed in the plan); fix them and plan again.</source>
        <translation>Jedes noch zu übertragende Element hat ein Problem (im Plan aufgeführt); beheben Sie es und planen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="358"/>
        <source>%1, institution %2</source>
        <translation>%1, Institution %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="361"/>
        <source>Push to %1: %2 and %3, as listed in the plan?</source>
        <translation>An %1 übertragen: %2 und %3, wie im Plan aufgeführt?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="362"/>
        <source>create %n item(s)</source>
        <translation>
            <numerusform>%n Element anlegen</numerusform>
            <numerusform>%n Elemente anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="362"/>
        <source>update %n item(s)</source>
        <translation>
            <numerusform>%n Element aktualisieren</numerusform>
            <numerusform>%n Elemente aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="363"/>
        <source>Nothing is deleted, and each update keeps the fields the wizard does not manage.</source>
        <translation>Nichts wird gelöscht, und jede Aktualisierung behält die Felder, die der Assistent nicht verwaltet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="366"/>
        <source>%n item(s) with open errors or problems (marked in the plan) are skipped; fix them and push again.</source>
        <translation>
            <numerusform>%n Element mit offenen Fehlern oder Problemen (im Plan markiert) wird übersprungen; beheben Sie sie und übertragen Sie erneut.</numerusform>
            <numerusform>%n Elemente mit offenen Fehlern oder Problemen (im Plan markiert) werden übersprungen; beheben Sie sie und übertragen Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="369"/>
        <source>&amp;Push %n item(s)</source>
        <translation>
            <numerusform>%n Element &amp;übertragen</numerusform>
            <numerusform>%n Elemente &amp;übertragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="433"/>
        <source>The sandbox is not your Alma: what matches is recorded, but no step of the checklist is ticked; what differs is listed with the section&apos;s findings.</source>
        <translation>Die Sandbox ist nicht Ihr Alma: Übereinstimmungen werden festgehalten, aber kein Schritt der Checkliste wird abgehakt; Abweichungen stehen bei den Befunden des jeweiligen Abschnitts.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="452"/>
        <source>Skipped (%1)</source>
        <translation>Übersprungen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="512"/>
        <source>%Ln API call(s) left today</source>
        <translation>
            <numerusform>Heute noch %Ln API-Aufruf verfügbar</numerusform>
            <numerusform>Heute noch %Ln API-Aufrufe verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="159"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="172"/>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="172"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="172"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="173"/>
        <source>Items in Alma</source>
        <translation>Objekte in Alma</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="204"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="206"/>
        <source>Reading what Alma holds…</source>
        <translation>Stand in Alma wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="209"/>
        <source>Reading back from Alma…</source>
        <translation>Daten werden aus Alma zurückgelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="272"/>
        <source>The sandbox could not start: no free port on 127.0.0.1.</source>
        <translation>Die Sandbox konnte nicht starten: kein freier Port auf 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="283"/>
        <source>Enter the API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="309"/>
        <source>Alma asked to slow down or failed for a moment (%1); trying again in %2 s.</source>
        <translation>Alma hat um weniger Aufrufe gebeten oder ist kurz ausgefallen (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="317"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="344"/>
        <source>Everything in the plan is already as wanted; there is nothing to push.</source>
        <translation>Alles im Plan ist bereits wie gewünscht; es gibt nichts zu übertragen.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="356"/>
        <source>the Alma sandbox</source>
        <translation>der Alma-Sandbox</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="356"/>
        <source>Alma at %1</source>
        <translation>Alma unter %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="360"/>
        <source>Push to Alma</source>
        <translation>An Alma übertragen</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="377"/>
        <source>Pushing…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="394"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="394"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="398"/>
        <source>Stopped: what was not reached is left for the next run.</source>
        <translation>Angehalten: Was nicht erreicht wurde, bleibt für den nächsten Lauf.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="405"/>
        <source>%1: write</source>
        <translation>%1: Schreiben</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="405"/>
        <source>%1: read</source>
        <translation>%1: Lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="408"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="407"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="142"/>
        <source>Stop now; what is not reached is left for the next run</source>
        <translation>Jetzt anhalten; was nicht erreicht wird, bleibt für den nächsten Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="409"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="417"/>
        <source>Connected: the key may read and write both the configuration and the partners.</source>
        <translation>Verbunden: Der Schlüssel darf sowohl die Konfiguration als auch die Partner lesen und schreiben.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="418"/>
        <source>Connected, but the key may not do everything a push needs: see the list.</source>
        <translation>Verbunden, aber der Schlüssel darf nicht alles, was eine Übertragung erfordert: siehe Liste.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="435"/>
        <source>Steps that Alma shows as done are ticked in the checklist; what differs is listed with the section&apos;s findings.</source>
        <translation>Schritte, die laut Alma erledigt sind, werden in der Checkliste abgehakt; Abweichungen stehen bei den Befunden des jeweiligen Abschnitts.</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="440"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="464"/>
        <source>Nothing to push: enter the library code, the temporary locations or partners first.</source>
        <translation>Nichts zu übertragen: Geben Sie zuerst den Bibliothekscode, die temporären Standorte oder Partner ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AlmaDialog.cpp" line="466"/>
        <source>%n step(s) of the checklist are left to do by hand in Alma; they stay in the checklist.</source>
        <translation>
            <numerusform>%n Schritt der Checkliste ist in Alma von Hand zu erledigen; er bleibt in der Checkliste.</numerusform>
            <numerusform>%n Schritte der Checkliste sind in Alma von Hand zu erledigen; sie bleiben in der Checkliste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AlmaDialog.cpp" line="507"/>
        <source>Alma Sandbox: Plan, Push and Verify</source>
        <translation>Alma-Sandbox: Planen, Übertragen und Abgleichen</translation>
    </message>
</context>
<context>
    <name>AlmaEndpoint</name>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="43"/>
        <source>Choose a region or enter the API&apos;s address.</source>
        <translation>Wählen Sie eine Region oder geben Sie die Adresse der API ein.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="49"/>
        <source>&quot;%1&quot; is not an Alma region; use one of %2.</source>
        <translation>„%1“ ist keine Alma-Region; verwenden Sie eine davon: %2.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="55"/>
        <source>The address is not a web address, e.g. https://api-eu.hosted.exlibrisgroup.com.</source>
        <translation>Die Adresse ist keine Webadresse (Beispiel: https://api-eu.hosted.exlibrisgroup.com).</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="60"/>
        <source>Leave everything after &quot;?&quot; out of the address; the API key goes in its own field.</source>
        <translation>Lassen Sie in der Adresse alles nach „?“ weg; der API-Schlüssel gehört in ein eigenes Feld.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaEndpoint.cpp" line="65"/>
        <source>%1 must use https: the API key would travel unencrypted (plain http is only allowed for this computer&apos;s own sandbox).</source>
        <translation>%1 muss https verwenden: Der API-Schlüssel würde sonst unverschlüsselt übertragen (einfaches http ist nur für die eigene Sandbox dieses Computers erlaubt).</translation>
    </message>
</context>
<context>
    <name>AlmaError</name>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="49"/>
        <source>Alma error %1: %2</source>
        <translation>Alma-Fehler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="54"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="56"/>
        <source>tracking id %1</source>
        <translation>Tracking-ID %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaError.cpp" line="98"/>
        <source>Alma answered HTTP %1 without saying why.</source>
        <translation>Alma hat mit HTTP %1 geantwortet, ohne einen Grund zu nennen.</translation>
    </message>
</context>
<context>
    <name>AlmaJsonFields</name>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="76"/>
        <source>%1: in Alma “%2”, in this setup “%3”</source>
        <translation>%1: in Alma „%2“, in diesem Setup „%3“</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="77"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="93"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaJsonFields.cpp" line="93"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>AlmaLocationJson</name>
    <message>
        <location filename="../app/api/AlmaLocationJson.cpp" line="154"/>
        <source>Circulation desk %1: not attached</source>
        <translation>Ausleihtheke %1: nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>AlmaMemberReader</name>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="153"/>
        <source>the key opens %1 (%2), not %3</source>
        <translation>der Schlüssel gehört zu %1 (%2), nicht zu %3</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="24"/>
        <source>Alma&apos;s answer holds a partner without a code.</source>
        <translation>Die Antwort von Alma enthält einen Partner ohne Code.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="72"/>
        <source>no Alma address (region or almaUrl in the roster): %1</source>
        <translation>keine Alma-Adresse (region oder almaUrl in der Mitgliederliste): %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="79"/>
        <source>%1 is not an Ex Libris API host; its key was not sent</source>
        <translation>%1 ist kein API-Host von Ex Libris; der Schlüssel wurde nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="94"/>
        <source>no key in %1 or the system keychain, and no setup file</source>
        <translation>kein Schlüssel in %1 oder im Schlüsselbund des Systems und keine Setup-Datei</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="96"/>
        <source>no key in %1, and no setup file</source>
        <translation>kein Schlüssel in %1 und keine Setup-Datei</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="165"/>
        <source>Alma (%1)</source>
        <translation>Alma (%1)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaMemberReader.cpp" line="167"/>
        <source>, institution not verified (the key cannot read the Configuration API)</source>
        <translation>, Institution nicht geprüft (der Schlüssel kann die Configuration-API nicht lesen)</translation>
    </message>
</context>
<context>
    <name>AlmaPlan</name>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="27"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="29"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="31"/>
        <source>Already as wanted</source>
        <translation>Bereits wie gewünscht</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="69"/>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="69"/>
        <source>Partner %1 (%2)</source>
        <translation>Partner %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="74"/>
        <source>Temporary borrowing location %1 in %2</source>
        <translation>Temporärer Standort %1 der aktiven Fernleihe in %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="75"/>
        <source>Temporary lending location %1 in %2</source>
        <translation>Temporärer Standort %1 der passiven Fernleihe in %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="108"/>
        <source>the circulation desk %1 is not in library %2 in Alma</source>
        <translation>die Ausleihtheke %1 gibt es in Alma in der Bibliothek %2 nicht</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="115"/>
        <source>Alma gives no name for the circulation desk %1, which a location needs</source>
        <translation>Alma nennt keinen Namen für die Ausleihtheke %1, den ein Standort braucht</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="119"/>
        <source>Alma gives no link for the circulation desk %1, which a location needs</source>
        <translation>Alma nennt keinen Link für die Ausleihtheke %1, den ein Standort braucht</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="123"/>
        <source>the circulation desks of %1 could not be read</source>
        <translation>die Ausleihtheken von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="128"/>
        <source>Alma has no location %1 in %2, though this setup says it exists; clear &quot;already exists&quot; to have the push create it</source>
        <translation>Alma hat keinen Standort %1 in %2, obwohl diese Einrichtung sagt, dass er besteht; entfernen Sie das Häkchen bei „besteht bereits“, damit das Übertragen ihn anlegt</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="132"/>
        <source>the location has no name, which Alma requires</source>
        <translation>der Standort hat keinen Namen, den Alma verlangt</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="156"/>
        <source>this program does not hold the connection details of profile type %1: copy the partner from the Community tab in Alma</source>
        <translation>dieses Programm führt die Verbindungsdaten des Profiltyps %1 nicht: kopieren Sie den Partner in Alma aus dem Reiter Community</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="167"/>
        <source>this program does not hold the connection details of profile type %1: change the type in Alma</source>
        <translation>dieses Programm führt die Verbindungsdetails des Profiltyps %1 nicht: ändern Sie den Typ in Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="173"/>
        <source>Alma requires %1 for %2 partners</source>
        <translation>Alma verlangt %1 für Partner des Typs %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="175"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaPlan.cpp" line="187"/>
        <source>open error in this setup: %1</source>
        <translation>offener Fehler in dieser Einrichtung: %1</translation>
    </message>
</context>
<context>
    <name>AlmaRecord</name>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="14"/>
        <source>Created in Alma</source>
        <translation>In Alma angelegt</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="15"/>
        <source>Updated in Alma</source>
        <translation>In Alma aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="16"/>
        <source>Already as wanted</source>
        <translation>Bereits wie gewünscht</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="17"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="18"/>
        <source>Verified in Alma</source>
        <translation>In Alma bestätigt</translation>
    </message>
    <message>
        <location filename="../app/model/SetupTypes.cpp" line="19"/>
        <source>Differs in Alma</source>
        <translation>Weicht in Alma ab</translation>
    </message>
</context>
<context>
    <name>AlmaSnapshotReader</name>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="17"/>
        <source>Alma&apos;s answer holds %1 that is not an object.</source>
        <translation>Die Antwort von Alma enthält %1, das kein Objekt ist.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="55"/>
        <source>Alma&apos;s answer holds a partner without a code.</source>
        <translation>Die Antwort von Alma enthält einen Partner ohne Code.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="65"/>
        <source>Alma&apos;s answer is not a list of locations.</source>
        <translation>Die Antwort von Alma ist keine Liste von Standorten.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="69"/>
        <source>Alma&apos;s answer holds a location without a code.</source>
        <translation>Die Antwort von Alma enthält einen Standort ohne Code.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="78"/>
        <source>Alma&apos;s answer is not a library.</source>
        <translation>Die Antwort von Alma ist keine Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSnapshotReader.cpp" line="103"/>
        <source>Alma&apos;s answer is not a code table.</source>
        <translation>Die Antwort von Alma ist keine Code-Tabelle.</translation>
    </message>
</context>
<context>
    <name>AlmaSync</name>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="32"/>
        <source>%1, sandbox environment</source>
        <translation>%1, Sandbox-Umgebung</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="34"/>
        <source>%1, production environment</source>
        <translation>%1, Produktionsumgebung</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="50"/>
        <source>the Alma sandbox</source>
        <translation>Alma-Sandbox</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="50"/>
        <source>Alma</source>
        <translation>Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="54"/>
        <source>%1: write</source>
        <translation>%1: Schreiben</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="54"/>
        <source>%1: read</source>
        <translation>%1: Lesen</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="55"/>
        <source>%1: not allowed (%2)</source>
        <translation>%1: nicht erlaubt (%2)</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="56"/>
        <source>%1: allowed</source>
        <translation>%1: erlaubt</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="61"/>
        <source>Nothing could be read from %1, so there is no plan.</source>
        <translation>Aus %1 konnte nichts gelesen werden, daher gibt es keinen Plan.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="65"/>
        <source>Plan against %1: %2 to create, %3 to update, %4 already as wanted; %5 manual steps left.</source>
        <translation>Plan (%1): %2 anzulegen, %3 zu aktualisieren, %4 bereits wie gewünscht; %5 manuelle Schritte offen.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="72"/>
        <source>A push would not send %1 of them, because Alma would refuse them as they are:</source>
        <translation>%1 davon würde eine Übertragung nicht senden, weil Alma sie so ablehnen würde:</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="80"/>
        <source>Push to %1: %2 created, %3 updated, %4 already as wanted, %5 failed.</source>
        <translation>Übertragung (%1): %2 angelegt, %3 aktualisiert, %4 bereits wie gewünscht, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="87"/>
        <source>Not sent, because Alma would refuse them as they are (fix them, then push again):</source>
        <translation>Nicht gesendet, weil Alma sie so ablehnen würde (korrigieren Sie sie und übertragen Sie erneut):</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="93"/>
        <source>Nothing could be read from %1, so nothing was verified.</source>
        <translation>Aus %1 konnte nichts gelesen werden, daher wurde nichts geprüft.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="96"/>
        <source>Verify against %1: %2 items match, %3 differ or could not be read.</source>
        <translation>Abgleich (%1): %2 Objekte stimmen überein, %3 weichen ab oder konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="103"/>
        <source>Institution: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="105"/>
        <source>Cancelled: items not reached are left for the next run.</source>
        <translation>Abgebrochen: Nicht erreichte Objekte bleiben für den nächsten Lauf.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="107"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="219"/>
        <source>Not sent: the run was stopped.</source>
        <translation>Nicht gesendet: der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="244"/>
        <location filename="../app/api/AlmaSync.cpp" line="245"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="246"/>
        <location filename="../app/api/AlmaSync.cpp" line="247"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="337"/>
        <source>Reading %1: %2</source>
        <translation>%1 lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="393"/>
        <source>the partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="399"/>
        <source>the locations of %1</source>
        <translation>Standorte von %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="411"/>
        <source>library %1</source>
        <translation>Bibliothek %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="402"/>
        <source>the circulation desks of %1</source>
        <translation>Ausleihtheken von %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="415"/>
        <source>the scheduled jobs</source>
        <translation>geplante Prozesse</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="420"/>
        <source>the ItemPolicy code table</source>
        <translation>Code-Tabelle ItemPolicy</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="462"/>
        <location filename="../app/api/AlmaSync.cpp" line="491"/>
        <location filename="../app/api/AlmaSync.cpp" line="611"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="536"/>
        <source>not in Alma when this push read it, and there now: the answer to the create was lost</source>
        <translation>beim Lesen durch diese Übertragung nicht in Alma und jetzt vorhanden: die Antwort auf das Anlegen ging verloren</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaSync.cpp" line="616"/>
        <source>Verified in Alma</source>
        <translation>Abgleich mit Alma</translation>
    </message>
</context>
<context>
    <name>AlmaTarget</name>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="17"/>
        <source>Alma&apos;s API region: na, eu, ap, aps, ca or cn.</source>
        <translation>API-Region von Alma: na, eu, ap, aps, ca oder cn.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="17"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="19"/>
        <source>The API&apos;s address instead of a region (https; plain http only for this computer).</source>
        <translation>Die Adresse der API anstelle einer Region (https; einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="19"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="21"/>
        <source>Run against a built-in simulated Alma instead (nothing reaches a real Alma).</source>
        <translation>Stattdessen mit einem eingebauten, simulierten Alma arbeiten (nichts erreicht ein echtes Alma).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="23"/>
        <source>Stay under this many calls a second (Alma&apos;s threshold; default 25).</source>
        <translation>Höchstens so viele Aufrufe pro Sekunde senden (Grenzwert von Alma; Standard: 25).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="23"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="39"/>
        <source>Say where Alma is with exactly one of --region, --alma-url and --sandbox.</source>
        <translation>Geben Sie mit genau einer der Optionen --region, --alma-url oder --sandbox an, wo Alma zu erreichen ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="44"/>
        <source>--calls-per-second takes a whole number from 1 to 25 (Alma&apos;s threshold).</source>
        <translation>--calls-per-second erwartet eine ganze Zahl von 1 bis 25 (Grenzwert von Alma).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="50"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Sandbox konnte auf 127.0.0.1 keinen Port öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/AlmaTarget.cpp" line="63"/>
        <source>Set the API key in the environment variable %1; it is never read from the command line, where other users could see it.</source>
        <translation>Setzen Sie den API-Schlüssel in der Umgebungsvariablen %1; er wird nie von der Befehlszeile gelesen, wo andere Benutzer ihn sehen könnten.</translation>
    </message>
</context>
<context>
    <name>AlmaVerifier</name>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="91"/>
        <location filename="../app/api/AlmaVerifier.cpp" line="109"/>
        <location filename="../app/api/AlmaVerifier.cpp" line="120"/>
        <location filename="../app/api/AlmaVerifier.cpp" line="203"/>
        <source>not found in Alma</source>
        <translation>in Alma nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="98"/>
        <source>Resource sharing library %1</source>
        <translation>Fernleihbibliothek %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="108"/>
        <source>Circulation desk %1 in %2</source>
        <translation>Ausleihtheke %1 in %2</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="148"/>
        <source>not among Alma&apos;s scheduled jobs</source>
        <translation>nicht unter den geplanten Prozessen in Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="161"/>
        <source>Job %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="179"/>
        <source>not in Alma&apos;s ItemPolicy code table</source>
        <translation>nicht in der Code-Tabelle ItemPolicy von Alma</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="181"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/api/AlmaVerifier.cpp" line="186"/>
        <source>Item policy %1</source>
        <translation>Exemplarrichtlinie %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="25"/>
        <source>This computer has no system keychain running.</source>
        <translation>Auf diesem Computer läuft kein Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="27"/>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="43"/>
        <source>The key could not be kept in the system keychain (%1); it stays in memory until the program closes.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden (%1); er bleibt bis zum Beenden des Programms im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiKeyStore.cpp" line="57"/>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="27"/>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="29"/>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="31"/>
        <source>this is not a regular file (a pipe or a device cannot be read here)</source>
        <translation>dies ist keine normale Datei (eine Pipe oder ein Gerät kann hier nicht gelesen werden)</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="34"/>
        <source>the file is %1 MB; files read here are at most %2 MB, so this is probably not the right file</source>
        <translation>die Datei ist %1 MB groß; hier gelesene Dateien haben höchstens %2 MB, es ist also wohl nicht die richtige Datei</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="38"/>
        <location filename="../app/file/BoundedFile.cpp" line="41"/>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../app/file/BoundedFile.cpp" line="43"/>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="18"/>
        <source>Steps in Alma (tick each one when you have done it)</source>
        <translation>Schritte in Alma (haken Sie jeden ab, sobald er erledigt ist)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="30"/>
        <source>The name recorded with each step you tick on this computer; empty: &quot;Prepared by&quot;</source>
        <translation>Der Name, der mit jedem Schritt gespeichert wird, den Sie an diesem Computer abhaken; leer: „Erstellt von“</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="31"/>
        <source>Tic&amp;king as:</source>
        <translation>Abha&amp;ken als:</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="141"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="145"/>
        <source>Where: %1 — %2</source>
        <translation>Wo: %1 – %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="150"/>
        <source>✓ Done by %1 on %2</source>
        <translation>✓ Erledigt von %1 am %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="152"/>
        <source>%1. Note: %2</source>
        <translation>%1. Notiz: %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="153"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="154"/>
        <source>Correct when it was done, or add a note</source>
        <translation>Korrigieren, wann es erledigt wurde, oder eine Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>ChoiceListEditor</name>
    <message>
        <location filename="../wizard_pages/ChoiceListEditor.cpp" line="70"/>
        <source>Untick it to remove it from the list.</source>
        <translation>Haken entfernen, um es aus der Liste zu entfernen.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChoiceListEditor.h" line="29"/>
        <source>%1 (no longer offered)</source>
        <translation>%1 (nicht mehr angeboten)</translation>
    </message>
</context>
<context>
    <name>ConsortiumCommands</name>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="54"/>
        <source>Usage: %1 consortium import|generate|check … (%1 consortium COMMAND --help for its options)</source>
        <translation>Aufruf: %1 consortium import|generate|check … (Optionen eines Befehls: %1 consortium COMMAND --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="70"/>
        <source>Commands for consortium coordinators:
</source>
        <translation>Befehle für die Koordination eines Konsortiums:
</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="80"/>
        <source>Writes a consortium file from a CSV of its members. The header names the columns: code, name, profile_type, symbol and any other partner column, and the member&apos;s own alma_institution, region, alma_url, lends, borrows, library, circulation_desk, borrowing_location, lending_location (docs/consortium-file.md). An existing file is never overwritten.</source>
        <translation>Schreibt eine Konsortiumsdatei aus einer CSV-Datei mit den Mitgliedern. Die Kopfzeile benennt die Spalten: code, name, profile_type, symbol und beliebige weitere Partnerspalten sowie die eigenen Angaben des Mitglieds alma_institution, region, alma_url, lends, borrows, library, circulation_desk, borrowing_location, lending_location (docs/consortium-file.md). Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="85"/>
        <source>The consortium&apos;s name.</source>
        <translation>Der Name des Konsortiums.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="85"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="87"/>
        <source>Agreed expiry time (days) of the partner records.</source>
        <translation>Vereinbarte Ablaufzeit (Tage) der Partnerdatensätze.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="87"/>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="283"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="89"/>
        <source>Agreed borrowing workflow profile code.</source>
        <translation>Vereinbarter Code des Workflow-Profils für die aktive Fernleihe.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="89"/>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="91"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="91"/>
        <source>Agreed lending workflow profile code.</source>
        <translation>Vereinbarter Code des Workflow-Profils für die passive Fernleihe.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="93"/>
        <source>The members, one row each.</source>
        <translation>Die Mitglieder, eine Zeile pro Mitglied.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="94"/>
        <source>The consortium file to write (.consortium.json).</source>
        <translation>Die zu schreibende Konsortiumsdatei (.consortium.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="102"/>
        <source>%1 already exists; it was not changed. Choose another name.</source>
        <translation>%1 existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="118"/>
        <source>--expiry-days: &quot;%1&quot; is not a number of days</source>
        <translation>--expiry-days: &quot;%1&quot; ist keine Anzahl von Tagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsortiumCommands.cpp" line="129"/>
        <source>Wrote %1: %n member(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %n Mitglied.</numerusform>
            <numerusform>%1 geschrieben: %n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="137"/>
        <source>Writes each member&apos;s setup into DIR (named after its code, e.g. GWA.p2p.json) from the template setup: its own values from the roster, every other member as a partner with the agreed terms, those it borrows from in the rota and in rules 8 and 14. A member&apos;s file that exists is brought up to date: what the member ticked or changed stays, and every change is listed.</source>
        <translation>Schreibt die Setup-Datei jedes Mitglieds aus der Setup-Vorlage nach DIR (benannt nach dem Code des Mitglieds, z. B. GWA.p2p.json): mit den eigenen Werten des Mitglieds aus der Mitgliederliste, allen anderen Mitgliedern als Partnern mit den vereinbarten Bedingungen und den Mitgliedern, von denen es entleiht, in der Rota und in den Regeln 8 und 14. Ist die Datei eines Mitglieds bereits vorhanden, wird sie aktualisiert: Was das Mitglied abgehakt oder geändert hat, bleibt erhalten, und jede Änderung wird aufgelistet.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="142"/>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="290"/>
        <source>The consortium file.</source>
        <translation>Die Konsortiumsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="143"/>
        <source>The setup every member starts from.</source>
        <translation>Die Setup-Vorlage, mit der jedes Mitglied beginnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="144"/>
        <source>The folder of the member setups.</source>
        <translation>Der Ordner mit den Setup-Dateien der Mitglieder.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="161"/>
        <source>%1: the folder cannot be made</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="178"/>
        <source>Nothing was written: fix or move that file and run again.</source>
        <translation>Es wurde nichts geschrieben: Korrigieren oder verschieben Sie diese Datei und starten Sie den Befehl erneut.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="191"/>
        <source>%1: up to date</source>
        <translation>%1: aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsortiumCommands.cpp" line="200"/>
        <source>%1: written (%n partner(s))</source>
        <translation>
            <numerusform>%1: geschrieben (%n Partner)</numerusform>
            <numerusform>%1: geschrieben (%n Partner)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="204"/>
        <source>%1: updated</source>
        <translation>%1: aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="227"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Sandbox konnte auf 127.0.0.1 keinen Port öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="275"/>
        <source>Read each member&apos;s partners from its own Alma (its region or address in the roster) with its read-only key from the environment variable ALMA_API_KEY_&lt;CODE&gt; (e.g. ALMA_API_KEY_GWA) or else from the system keychain, where the consortium window keeps the keys it is given; a member without a key is checked from its file, or reported not read.</source>
        <translation>Die Partner jedes Mitglieds aus seinem eigenen Alma lesen (seine Region oder Adresse in der Mitgliederliste), mit seinem Nur-Lese-Schlüssel aus der Umgebungsvariablen ALMA_API_KEY_&lt;CODE&gt; (z. B. ALMA_API_KEY_GWA) oder sonst aus dem Schlüsselbund des Systems, in dem das Konsortialfenster die ihm gegebenen Schlüssel aufbewahrt; ein Mitglied ohne Schlüssel wird anhand seiner Datei geprüft oder als nicht gelesen gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="310"/>
        <source>--%1 goes with --live.</source>
        <translation>--%1 gilt nur zusammen mit --live.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="249"/>
        <source>Read %1 (%2 of %3)</source>
        <translation>%1 gelesen (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="41"/>
        <source>  consortium import CSV ROSTER
                          write a consortium file (the members and the agreed terms)
                          from a CSV of the members
  consortium generate ROSTER TEMPLATE DIR
                          write every member&apos;s setup into DIR from the template setup,
                          or bring existing ones up to date, keeping the members&apos; edits
  consortium check ROSTER [FILES...] [--live [--sandbox] [--no-keychain]] [--json] [--report OUT]
                          check every pair of members from their setup files: both
                          partner records exist and agree; exit 0 all agree, 1 not
</source>
        <translation>  consortium import CSV ROSTER
                          Konsortiumsdatei (Mitglieder und vereinbarte Bedingungen) aus
                          einer CSV-Datei der Mitglieder schreiben
  consortium generate ROSTER TEMPLATE DIR
                          Setup-Datei jedes Mitglieds aus der Vorlage nach DIR schreiben
                          oder vorhandene aktualisieren; Änderungen der Mitglieder bleiben
  consortium check ROSTER [FILES...] [--live [--sandbox] [--no-keychain]] [--json] [--report OUT]
                          jedes Mitgliederpaar anhand der Setup-Dateien prüfen: beide
                          Partnerdatensätze vorhanden und stimmig;
                          Exit-Status 0 alle stimmig, 1 nicht alle
</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="262"/>
        <source>Checks every ordered pair of members (a borrower and a lender) from their setup files: the borrower&apos;s partner record of the lender and the lender&apos;s record of the borrower exist, are active, agree with the roster on code, profile type and symbol, support borrowing and lending on the right sides, and hold the agreed terms. Prints one line per pair that needs work (borrower&lt;TAB&gt;lender&lt;TAB&gt;state&lt;TAB&gt;reasons). A file belongs to the member whose code is its name, whose symbol is its library symbol, or whose name is its institution.
Exit status: 0 every pair agrees, 1 some pairs need work, 2 an input cannot be read.</source>
        <translation>Prüft jedes geordnete Paar von Mitgliedern (eine nehmende und eine gebende Bibliothek) anhand ihrer Setup-Dateien: ob der Partnerdatensatz der nehmenden Bibliothek für die gebende und der Datensatz der gebenden für die nehmende vorhanden und aktiv sind, in Code, Profiltyp und Sigel mit der Mitgliederliste übereinstimmen, aktive und passive Fernleihe auf der richtigen Seite unterstützen und die vereinbarten Bedingungen enthalten. Gibt für jedes Paar mit Handlungsbedarf eine Zeile aus (nehmend&lt;TAB&gt;gebend&lt;TAB&gt;Zustand&lt;TAB&gt;Gründe). Eine Datei gehört zu dem Mitglied, dessen Code ihr Name ist, dessen Sigel das Sigel ihrer Bibliothek ist oder dessen Name ihre Institution ist.
Exit-Status: 0 alle Paare stimmen überein, 1 einige Paare mit Handlungsbedarf, 2 eine Eingabe ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="271"/>
        <source>Print the matrix as JSON: members, counts, pairs {borrower, lender, state, reasons} and todo per member.</source>
        <translation>Die Matrix als JSON ausgeben: members, counts, pairs {borrower, lender, state, reasons} und todo pro Mitglied.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="273"/>
        <source>Print each member&apos;s to-do list instead of the pairs.</source>
        <translation>Statt der Paare die Aufgabenliste jedes Mitglieds ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="280"/>
        <source>With --live: read from the built-in sandbox, which serves each member as an institution of its own (with the partners of its file, or those the roster gives it).</source>
        <translation>Mit --live: aus der eingebauten Sandbox lesen, die jedes Mitglied als eigene Institution bereitstellt (mit den Partnern aus seiner Datei oder denen, die ihm die Mitgliederliste zuweist).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="283"/>
        <source>With --live: calls per second per member (Alma allows 25 per institution).</source>
        <translation>Mit --live: Aufrufe pro Sekunde und Mitglied (Alma erlaubt 25 pro Institution).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="286"/>
        <source>Also write the matrix, the pairs and the to-do lists to OUT (.pdf, .html or .md).</source>
        <translation>Zusätzlich Matrix, Paare und Aufgabenlisten nach OUT schreiben (.pdf, .html oder .md).</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="286"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="288"/>
        <source>With --live: keys from the environment only, so a script never waits for a keychain to be unlocked.</source>
        <translation>Mit --live: Schlüssel nur aus der Umgebung, damit ein Skript nie darauf wartet, dass ein Schlüsselbund entsperrt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="291"/>
        <source>The members&apos; setup files.</source>
        <translation>Die Setup-Dateien der Mitglieder.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="291"/>
        <source>[FILES...]</source>
        <translation>[FILES...]</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsortiumCommands.cpp" line="318"/>
        <source>--calls-per-second: give a number from 1 to 25</source>
        <translation>--calls-per-second: Geben Sie eine Zahl von 1 bis 25 an</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsortiumCommands.cpp" line="353"/>
        <source>%1 of %n pair(s) agree.</source>
        <translation>
            <numerusform>Übereinstimmende Paare: %1 von %n.</numerusform>
            <numerusform>Übereinstimmende Paare: %1 von %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumWindow</name>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="43"/>
        <source>Consortium files (*%1);;JSON files (*.json);;All files (*)</source>
        <translation>Konsortiumsdateien (*%1);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="59"/>
        <source>&amp;Members and Terms</source>
        <translation>&amp;Mitglieder und Bedingungen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="60"/>
        <source>&amp;Reciprocity Matrix</source>
        <translation>&amp;Gegenseitigkeitsmatrix</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="77"/>
        <source>Agreed terms (empty: not agreed, neither generated nor checked)</source>
        <translation>Vereinbarte Bedingungen (leer: nicht vereinbart, weder erzeugt noch geprüft)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="81"/>
        <source>not agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="82"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="87"/>
        <source>E&amp;xpiry time:</source>
        <translation>&amp;Ablaufzeit:</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="88"/>
        <source>&amp;Borrowing workflow profile:</source>
        <translation>Workflow-Profil (a&amp;ktive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="89"/>
        <source>Len&amp;ding workflow profile:</source>
        <translation>Workflow-Profil (&amp;passive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="90"/>
        <source>Loan &amp;period (Loan terms of use):</source>
        <translation>&amp;Leihfrist (Nutzungsbedingungen für die Ausleihe):</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="91"/>
        <source>Lending p&amp;eriod (Lending terms of use):</source>
        <translation>Le&amp;ihfrist (Nutzungsbedingungen für die passive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="111"/>
        <source>&amp;Add Member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="112"/>
        <source>Re&amp;move Member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="113"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="114"/>
        <source>Member&apos;s API &amp;Key…</source>
        <translation>API-&amp;Schlüssel des Mitglieds…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="115"/>
        <source>The chosen member&apos;s read-only Alma API key, for Check in Alma. It is kept in the system keychain, never in a file.</source>
        <translation>Der Nur-Lese-API-Schlüssel des gewählten Mitglieds für „In Alma prüfen“. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="147"/>
        <source>Member &amp;Setup Files…</source>
        <translation>&amp;Setup-Dateien der Mitglieder…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="148"/>
        <source>Check &amp;Again</source>
        <translation>Erneut p&amp;rüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="151"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="215"/>
        <source>Check in A&amp;lma</source>
        <translation>In A&amp;lma prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="152"/>
        <source>Reads the partners of every member with an API key from its own Alma (only GET calls), then checks every pair. Members without a key are checked from their setup files.</source>
        <translation>Liest die Partner jedes Mitglieds mit API-Schlüssel aus seinem eigenen Alma (nur GET-Aufrufe) und prüft dann jedes Paar. Mitglieder ohne Schlüssel werden anhand ihrer Setup-Dateien geprüft.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="174"/>
        <source>Rows borrow from columns. Arrow keys move between pairs.</source>
        <translation>Zeilen entleihen bei Spalten. Mit den Pfeiltasten wechseln Sie zwischen den Paaren.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="186"/>
        <source>Rows borrow from columns. </source>
        <translation>Zeilen entleihen bei Spalten. </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="201"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="202"/>
        <source>&amp;New Consortium</source>
        <translation>&amp;Neues Konsortium</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="209"/>
        <source>&amp;Open Consortium…</source>
        <translation>Konsortium ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="210"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="211"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="213"/>
        <source>&amp;Import Members from CSV…</source>
        <translation>Mitglieder aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="214"/>
        <source>Member Setup &amp;Files…</source>
        <translation>Setup-Dateien der &amp;Mitglieder…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="216"/>
        <source>&amp;Generate Member Setups…</source>
        <translation>Setups der Mitglieder &amp;erzeugen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="218"/>
        <source>E&amp;xport Matrix Report…</source>
        <translation>Matrixbericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="220"/>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="257"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="283"/>
        <source>Open Consortium</source>
        <translation>Konsortium öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="275"/>
        <source>Opened %1: %n member(s).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Mitglied.</numerusform>
            <numerusform>%1 geöffnet: %n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="295"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="301"/>
        <source>Member Setup Files</source>
        <translation>Setup-Dateien der Mitglieder</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="302"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="423"/>
        <source>Setup files (*%1);;All files (*)</source>
        <translation>Setup-Dateien (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="556"/>
        <source>Member&apos;s API Key</source>
        <translation>API-Schlüssel des Mitglieds</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="557"/>
        <source>Choose a member with a code in the table first.</source>
        <translation>Wählen Sie zuerst ein Mitglied mit Code in der Tabelle.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="562"/>
        <source>API Key of %1</source>
        <translation>API-Schlüssel von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="565"/>
        <source>&lt;p&gt;The read-only Alma API key of &lt;b&gt;%1&lt;/b&gt; (%2), for Check in Alma: it needs read access to the Resource Sharing Partners API and the Configuration API.&lt;/p&gt;&lt;p&gt;It is kept in the system keychain as &quot;%3&quot;, never in a file. Leave it empty to remove it. ALMA_API_KEY_%4 in the environment takes precedence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Nur-Lese-API-Schlüssel von &lt;b&gt;%1&lt;/b&gt; (%2) für „In Alma prüfen“: Er braucht Lesezugriff auf die Resource Sharing Partners API und die Configuration API.&lt;/p&gt;&lt;p&gt;Er wird im Schlüsselbund des Systems als „%3“ aufbewahrt, nie in einer Datei. Leer lassen, um ihn zu entfernen. ALMA_API_KEY_%4 in der Umgebung hat Vorrang.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="579"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="581"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="602"/>
        <source>%1&apos;s key was removed.</source>
        <translation>Der Schlüssel von %1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="603"/>
        <source>%1&apos;s key is kept for Check in Alma.</source>
        <translation>Der Schlüssel von %1 wird für „In Alma prüfen“ aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="616"/>
        <source>Looking up the members&apos; keys…</source>
        <translation>Die Schlüssel der Mitglieder werden gesucht…</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="636"/>
        <source>this window</source>
        <translation>dieses Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="648"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="660"/>
        <source>Check in Alma</source>
        <translation>In Alma prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="643"/>
        <source>No member has an API key. Give each member&apos;s read-only key with Member&apos;s API Key… on the Members tab, or set ALMA_API_KEY_&lt;CODE&gt; (e.g. %1) before starting the program.</source>
        <translation>Kein Mitglied hat einen API-Schlüssel. Geben Sie den Nur-Lese-Schlüssel jedes Mitglieds mit „API-Schlüssel des Mitglieds…“ auf der Registerkarte „Mitglieder“ an, oder setzen Sie ALMA_API_KEY_&lt;CODE&gt; (z. B. %1), bevor Sie das Programm starten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="658"/>
        <source>Reading the partners of %n member(s) from Alma…</source>
        <translation>
            <numerusform>Die Partner von %n Mitglied werden aus Alma gelesen…</numerusform>
            <numerusform>Die Partner von %n Mitgliedern werden aus Alma gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="659"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="665"/>
        <source>Check in Alma cancelled; the matrix is as it was.</source>
        <translation>„In Alma prüfen“ abgebrochen; die Matrix ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="352"/>
        <source>Choose a pair in the matrix (arrow keys or a click) to see why it has its state and what each member must change.</source>
        <translation>Wählen Sie ein Paar in der Matrix (mit den Pfeiltasten oder per Klick), um zu sehen, warum es diesen Zustand hat und was jedes Mitglied ändern muss.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="149"/>
        <source>Reads the members&apos; setup files again and checks every pair from them (results from a check in Alma are set aside).</source>
        <translation>Liest die Setup-Dateien der Mitglieder erneut und prüft jedes Paar anhand dieser Dateien (Ergebnisse aus „In Alma prüfen“ werden beiseitegelegt).</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="333"/>
        <source>%1 of %2 members read from their setup files. %3 of %4 pairs agree.</source>
        <translation>%1 von %2 Mitgliedern aus ihren Setup-Dateien gelesen. %3 von %4 Paaren stimmen überein.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="340"/>
        <source>%1 of %2 members read (%3 from Alma at %4, the others from their setup files). %5 of %6 pairs agree.</source>
        <translation>%1 von %2 Mitgliedern gelesen (%3 um %4 aus Alma, die übrigen aus ihren Setup-Dateien). %5 von %6 Paaren stimmen überein.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="365"/>
        <source>To do at %1:</source>
        <translation>Zu tun bei %1:</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="375"/>
        <source>nothing for this pair</source>
        <translation>nichts für dieses Paar</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="384"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="389"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="395"/>
        <source>Import Members from CSV</source>
        <translation>Mitglieder aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="384"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="390"/>
        <source>Nothing was imported:
%1</source>
        <translation>Es wurde nichts importiert:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="396"/>
        <source>Replace the %1 members of the table with the %2 of %3?</source>
        <translation>Die %1 Mitglieder der Tabelle durch die %2 aus %3 ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="400"/>
        <source>The agreed terms stay. Until you save, the consortium file is unchanged.</source>
        <translation>Die vereinbarten Bedingungen bleiben. Bis Sie speichern, bleibt die Konsortiumsdatei unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="404"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="412"/>
        <source>Imported %n member(s) from %1.</source>
        <translation>
            <numerusform>%n Mitglied aus %1 importiert.</numerusform>
            <numerusform>%n Mitglieder aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="419"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="428"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="444"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="472"/>
        <source>Generate Member Setups</source>
        <translation>Setups der Mitglieder erzeugen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="422"/>
        <source>Template Setup</source>
        <translation>Setup-Vorlage</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="432"/>
        <source>Folder of the Member Setups</source>
        <translation>Ordner mit den Setups der Mitglieder</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="445"/>
        <source>%1
Nothing was written: fix or move that file and generate again.</source>
        <translation>%1
Es wurde nichts geschrieben: Korrigieren oder verschieben Sie diese Datei und erzeugen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConsortiumWindow.cpp" line="466"/>
        <source>%n member setup(s) written to %1.</source>
        <translation>
            <numerusform>%n Setup eines Mitglieds in %1 geschrieben.</numerusform>
            <numerusform>%n Setups von Mitgliedern in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="468"/>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="470"/>
        <source>Not written:</source>
        <translation>Nicht geschrieben:</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="479"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="490"/>
        <source>Export Matrix Report</source>
        <translation>Matrixbericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="482"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="490"/>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="498"/>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="517"/>
        <source>Save Consortium</source>
        <translation>Konsortium speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="503"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="529"/>
        <source>Untitled consortium</source>
        <translation>Unbenanntes Konsortium</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="530"/>
        <source>%1[*] — Consortium — Alma Peer-to-Peer Setup</source>
        <translation>%1[*] – Konsortium – Alma Peer-to-Peer Setup</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="539"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="540"/>
        <source>The consortium has changes that are not saved.</source>
        <translation>Das Konsortium hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsortiumWindow.cpp" line="541"/>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../app/file/CsvText.cpp" line="92"/>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../app/file/CsvText.cpp" line="122"/>
        <source>this is not a text file</source>
        <translation>dies ist keine Textdatei</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../app/model/Dates.cpp" line="15"/>
        <location filename="../app/model/Dates.cpp" line="23"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/model/Dates.cpp" line="17"/>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>A date and time pattern of QLocale::toString; keep the four-digit year (yyyy).</extracomment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../app/model/Dates.cpp" line="25"/>
        <source>d MMM yyyy</source>
        <extracomment>A date pattern of QLocale::toString; keep the four-digit year (yyyy).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ExistingRulesEditor</name>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="31"/>
        <source>Rule list in Alma&apos;s order</source>
        <translation>Regelliste in der Reihenfolge von Alma</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="32"/>
        <source>Add e&amp;xisting rule</source>
        <translation>&amp;Vorhandene Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="33"/>
        <source>Remove existing ru&amp;le</source>
        <translation>Vorhandene Regel l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="46"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="47"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Nach unten</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="48"/>
        <source>Moves the selected rule up (Alt+Up in the table)</source>
        <translation>Verschiebt die ausgewählte Regel nach oben (in der Tabelle: Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="49"/>
        <source>Moves the selected rule down (Alt+Down in the table)</source>
        <translation>Verschiebt die ausgewählte Regel nach unten (in der Tabelle: Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="50"/>
        <source>&amp;Paste rules</source>
        <translation>&amp;Regeln einfügen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="52"/>
        <source>Adds rules copied from a spreadsheet: name, enabled, input parameters</source>
        <translation>Fügt Regeln ein, die aus einer Tabellenkalkulation kopiert wurden: Name, aktiv, Eingabeparameter</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="53"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="74"/>
        <source>Alma uses the &lt;b&gt;first&lt;/b&gt; rule in this list that matches a request. Enter the rules already in Alma in their order, and move the new rule (bold) to where it goes.</source>
        <translation>Alma verwendet die &lt;b&gt;erste&lt;/b&gt; Regel dieser Liste, die auf eine Bestellung zutrifft. Tragen Sie die bereits in Alma vorhandenen Regeln in ihrer Reihenfolge ein und verschieben Sie die neue Regel (fett) an ihre Position.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="113"/>
        <source>Added %n rule(s) at the end of the list.</source>
        <translation>
            <numerusform>%n Regel am Ende der Liste hinzugefügt.</numerusform>
            <numerusform>%n Regeln am Ende der Liste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="115"/>
        <source>Added %n rule(s). Not added: %1</source>
        <translation>
            <numerusform>%n Regel hinzugefügt. Nicht hinzugefügt: %1</numerusform>
            <numerusform>%n Regeln hinzugefügt. Nicht hinzugefügt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="122"/>
        <source>Import Existing Rules</source>
        <translation>Vorhandene Regeln importieren</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="122"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="127"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="24"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="25"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="26"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="31"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="32"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="33"/>
        <source>ISBN/ISSN</source>
        <translation>ISBN/ISSN</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="34"/>
        <source>System Control Number</source>
        <translation>System Control Number</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="35"/>
        <source>LCCN (010)</source>
        <translation>LCCN (010)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="40"/>
        <source>Automatic renew</source>
        <translation>Automatic renew</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="41"/>
        <source>Cancelled By Patron</source>
        <translation>Cancelled By Patron</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="42"/>
        <source>Cancelled by partner</source>
        <translation>Cancelled by partner</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="43"/>
        <source>Cancelled by staff</source>
        <translation>Cancelled by staff</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="44"/>
        <location filename="../app/model/FieldCatalog.cpp" line="66"/>
        <source>Conditional</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="45"/>
        <location filename="../app/model/FieldCatalog.cpp" line="67"/>
        <source>Lender check in</source>
        <translation>Lender check in</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="46"/>
        <source>Manual renew</source>
        <translation>Manual renew</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="47"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="48"/>
        <source>Renew requested</source>
        <translation>Renew requested</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="49"/>
        <source>Request accepted</source>
        <translation>Request accepted</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="50"/>
        <source>Will supply</source>
        <translation>Will supply</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="51"/>
        <source>Cancel request not accepted</source>
        <translation>Cancel request not accepted</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="53"/>
        <source>Damaged communicated</source>
        <translation>Damaged communicated</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="55"/>
        <source>Declared lost by partner</source>
        <translation>Declared lost by partner</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="57"/>
        <source>Lost communicated</source>
        <translation>Lost communicated</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="59"/>
        <source>Recalled by partner</source>
        <translation>Recalled by partner</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="64"/>
        <source>Borrower recall</source>
        <translation>Borrower recall</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="65"/>
        <source>Cancel reply</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="68"/>
        <source>Patron renewal</source>
        <translation>Patron renewal</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="69"/>
        <source>Staff renewal</source>
        <translation>Staff renewal</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="165"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="166"/>
        <source>The Institution Zone being configured, as the report should name it.</source>
        <translation>Die einzurichtende Institution Zone, so wie der Bericht sie nennen soll.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="168"/>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Erstellt von:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="169"/>
        <source>Who is doing the setup. Ticked steps record this name.</source>
        <translation>Wer das Setup durchführt. Abgehakte Schritte werden mit diesem Namen vermerkt.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="170"/>
        <source>P&amp;reset:</source>
        <translation>Vo&amp;reinstellung:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="172"/>
        <source>WRLC AFN/CLS</source>
        <translation>WRLC AFN/CLS</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="173"/>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="177"/>
        <source>Resource sharing &amp;library:</source>
        <translation>&amp;Fernleihbibliothek:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="178"/>
        <source>Using the main library avoids a transit step on every receive and return.</source>
        <translation>Mit der Hauptbibliothek entfällt der Transit-Schritt bei jedem Empfang und jeder Rückgabe.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="181"/>
        <source>Main library (no transit step)</source>
        <translation>Hauptbibliothek (kein Transit-Schritt)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="183"/>
        <source>Stand-alone resource sharing library (adds a transit step)</source>
        <translation>Eigenständige Fernleihbibliothek (zusätzlicher Transit-Schritt)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="185"/>
        <source>Library &amp;code:</source>
        <translation>Bibliotheks&amp;code:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="186"/>
        <source>The Alma code of the library chosen above.</source>
        <translation>Der Alma-Code der oben gewählten Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="188"/>
        <source>Is &amp;Resource Sharing Library</source>
        <translation>Is &amp;Resource Sharing Library</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="190"/>
        <source>&amp;Symbol (OCLC):</source>
        <translation>&amp;Symbol (OCLC):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="191"/>
        <source>Your OCLC symbol, as in the Symbol field.</source>
        <translation>Ihr OCLC-Symbol, wie im Feld „Symbol“.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="193"/>
        <source>Cancel Request on Locate Fail&amp;ure</source>
        <translation>Cancel Request on Locate Fail&amp;ure</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="195"/>
        <source>Automatically &amp;Activate Locate Profile</source>
        <translation>Automatically Activate Locate &amp;Profile</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="197"/>
        <source>Borrowing default l&amp;ocation:</source>
        <translation>Default L&amp;ocation (aktive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="198"/>
        <source>The temporary borrowing location of section 2.</source>
        <translation>Der temporäre Standort der aktiven Fernleihe aus Abschnitt 2.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="200"/>
        <source>Default &amp;pickup location:</source>
        <translation>Default Pic&amp;kup Location:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="201"/>
        <source>The library where patrons pick up borrowed items.</source>
        <translation>Die Bibliothek, in der Benutzer entliehene Exemplare abholen.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="203"/>
        <source>Automatically Locate Reso&amp;urce</source>
        <translation>Automatically &amp;Locate Resource</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="205"/>
        <source>Reject Request When No A&amp;vailable Items</source>
        <translation>Reject Request When No A&amp;vailable Items</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="207"/>
        <source>Reject Request When No Re&amp;questable Items</source>
        <translation>Reject Request When No Re&amp;questable Items</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="209"/>
        <source>Reject Request When Only Electr&amp;onic Available</source>
        <translation>Reject Request When O&amp;nly Electronic Available</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="224"/>
        <location filename="../app/model/FieldCatalog.cpp" line="248"/>
        <source>Then the step is to check it; a push never creates it and changes only what differs from the values entered here (an empty name, or the suggested type Open, keeps Alma&apos;s).</source>
        <translation>Dann ist der Schritt, ihn zu prüfen; eine Übertragung legt ihn nie an und ändert nur, was von den hier eingegebenen Werten abweicht (ein leerer Name oder der vorgeschlagene Typ Open behält den Wert aus Alma).</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="330"/>
        <source>Lending Resource Sharing TO&amp;U name:</source>
        <translation>Name der Nutzungsbedingungen (&amp;passive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="213"/>
        <source>Automatic Crea&amp;tion</source>
        <translation>Automatic Crea&amp;tion</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="215"/>
        <source>Lending default loca&amp;tion:</source>
        <translation>Default Locat&amp;ion (passive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="216"/>
        <source>The temporary lending location of section 2.</source>
        <translation>Der temporäre Standort der passiven Fernleihe aus Abschnitt 2.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="218"/>
        <source>Locate B&amp;y Fields:</source>
        <translation>Locate B&amp;y Fields:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="223"/>
        <source>Already e&amp;xists in Alma: reuse it</source>
        <translation>Besteht bereits in Alma: weiterverwenden (&amp;x)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="247"/>
        <source>Already exists in Alma: re&amp;use it</source>
        <translation>Besteht bereits in Alma: weiterverwenden (&amp;u)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="228"/>
        <location filename="../app/model/FieldCatalog.cpp" line="318"/>
        <location filename="../app/model/FieldCatalog.cpp" line="343"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="22"/>
        <source>(not set: not sent, Alma keeps its own)</source>
        <translation>(nicht gesetzt: wird nicht gesendet, Alma behält den eigenen)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="211"/>
        <source>Ignore E&amp;lectronic Resources</source>
        <translation>Ignore E&amp;lectronic Resources</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="229"/>
        <location filename="../app/model/FieldCatalog.cpp" line="253"/>
        <source>At most 10 characters, no commas.</source>
        <translation>Höchstens 10 Zeichen, keine Kommas.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="231"/>
        <location filename="../app/model/FieldCatalog.cpp" line="345"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="234"/>
        <source>E&amp;xternal name:</source>
        <translation>E&amp;xternal Name:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="235"/>
        <location filename="../app/model/FieldCatalog.cpp" line="347"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="238"/>
        <source>&amp;Remote storage:</source>
        <translation>&amp;Remote Storage:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="238"/>
        <location filename="../app/model/FieldCatalog.cpp" line="244"/>
        <location filename="../app/model/FieldCatalog.cpp" line="262"/>
        <location filename="../app/model/FieldCatalog.cpp" line="268"/>
        <source>Leave blank.</source>
        <translation>Leer lassen.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="241"/>
        <source>Fulfillment un&amp;it:</source>
        <translation>&amp;Fulfillment Unit:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="242"/>
        <location filename="../app/model/FieldCatalog.cpp" line="266"/>
        <source>Ends in _FU: the RS library&apos;s unit.</source>
        <translation>Endet auf _FU: die Fulfillment Unit der Fernleihbibliothek.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="244"/>
        <source>Call n&amp;umber type:</source>
        <translation>Call Nu&amp;mber Type:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="252"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="255"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="258"/>
        <source>External na&amp;me:</source>
        <translation>E&amp;xternal Name:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="259"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="262"/>
        <source>Remote st&amp;orage:</source>
        <translation>&amp;Remote Storage:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="265"/>
        <source>Fu&amp;lfillment unit:</source>
        <translation>&amp;Fulfillment Unit:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="268"/>
        <source>Call number t&amp;ype:</source>
        <translation>Call Nu&amp;mber Type:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="271"/>
        <source>Circulation &amp;desk:</source>
        <translation>Ausleihthe&amp;ke (Circulation Desk):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="272"/>
        <source>The RS library&apos;s desk, attached to both locations.</source>
        <translation>Die Ausleihtheke der Fernleihbibliothek, mit beiden Standorten verknüpft.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="273"/>
        <source>Check &amp;In</source>
        <translation>Check &amp;In</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="275"/>
        <source>Check Ou&amp;t</source>
        <translation>Check &amp;Out</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="277"/>
        <source>Re&amp;shelve</source>
        <translation>Re&amp;shelve</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="282"/>
        <source>Expired Resource Sharing Requests job &amp;active</source>
        <translation>Prozess „Expired Resource Sharing Requests“ a&amp;ktiv</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="283"/>
        <source>&amp;Schedule:</source>
        <translation>Zeit&amp;plan:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="285"/>
        <source>Every Day at 02:00</source>
        <translation>Every Day at 02:00</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="287"/>
        <source>Another schedule (not the guide&apos;s)</source>
        <translation>Anderer Zeitplan (nicht der des Leitfadens)</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="292"/>
        <source>Borrowing profile na&amp;me:</source>
        <translation>Profil&amp;name (aktive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="295"/>
        <source>Borrowing profile &amp;code:</source>
        <translation>Profil&amp;code (aktive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="296"/>
        <location filename="../app/model/FieldCatalog.cpp" line="306"/>
        <source>Partners refer to the profile by this code.</source>
        <translation>Partner verweisen über diesen Code auf das Profil.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="299"/>
        <source>Borrowing &amp;steps:</source>
        <translation>&amp;Schritte (aktive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="302"/>
        <source>&amp;Lending profile name:</source>
        <translation>Profilna&amp;me (passive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="305"/>
        <source>Lending profile co&amp;de:</source>
        <translation>Profilc&amp;ode (passive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="309"/>
        <source>Lending s&amp;teps:</source>
        <translation>Schri&amp;tte (passive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="313"/>
        <source>Default e&amp;xpiry time (days):</source>
        <translation>&amp;Standard-Ablaufzeit (Tage):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="314"/>
        <source>Used for new partners. SUNY and FLVC use 4.</source>
        <translation>Gilt für neue Partner. SUNY und FLVC verwenden 4.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="320"/>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="324"/>
        <source>&amp;Loan TOU name:</source>
        <translation>&amp;Name der Nutzungsbedingungen (Ausleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="327"/>
        <source>Loan TOU p&amp;olicies:</source>
        <translation>&amp;Richtlinien (Ausleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="333"/>
        <source>Lending TOU polic&amp;ies:</source>
        <translation>Richtlinien (pa&amp;ssive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="336"/>
        <source>Borro&amp;wing Resource Sharing TOU name:</source>
        <translation>Name der Nutzungsbedingungen (&amp;aktive Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="339"/>
        <source>Borrowing TOU poli&amp;cies:</source>
        <translation>Richtlinien (akti&amp;ve Fernleihe):</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="349"/>
        <source>Non Ordered</source>
        <translation>Non Ordered</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="351"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="352"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="354"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="356"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="357"/>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="358"/>
        <source>Peer-to-peer partners of section 6.</source>
        <translation>Peer-to-Peer-Partner aus Abschnitt 6.</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="521"/>
        <source>Temporary borrowing location</source>
        <translation>Temporärer Standort der aktiven Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="522"/>
        <source>Temporary lending location</source>
        <translation>Temporärer Standort der passiven Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="523"/>
        <source>Item policy</source>
        <translation>Exemplarrichtlinie</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="524"/>
        <source>Rota template</source>
        <translation>Rota-Vorlage</translation>
    </message>
    <message>
        <location filename="../app/model/FieldCatalog.cpp" line="528"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="121"/>
        <source>suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="134"/>
        <source>Suggested value: %1</source>
        <translation>Vorgeschlagener Wert: %1</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="227"/>
        <source>%1 (not a partner)</source>
        <translation>%1 (kein Partner)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FieldForm.cpp" line="229"/>
        <source>%1 (not a policy of section 9)</source>
        <translation>%1 (keine Richtlinie aus Abschnitt 9)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../app/checks/Finding.cpp" line="28"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/checks/Finding.cpp" line="30"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/checks/Finding.cpp" line="32"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/checks/Finding.cpp" line="73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="20"/>
        <source>Checks of this section</source>
        <translation>Prüfungen dieses Abschnitts</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="68"/>
        <source>Still empty: %1.</source>
        <translation>Noch leer: %1.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="69"/>
        <source>Enter them as they are (or will be) in Alma.</source>
        <translation>Geben Sie die Werte so ein, wie sie in Alma sind (oder sein werden).</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="92"/>
        <source>Show what this is about</source>
        <translation>Zeigen, worum es geht</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="100"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;&lt;i&gt;Fix:&lt;/i&gt; %3</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;&lt;i&gt;Lösung:&lt;/i&gt; %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/FindingsPanel.cpp" line="108"/>
        <source>… and %n more: see the summary page.</source>
        <translation>
            <numerusform>… und %n weiterer Befund: siehe Zusammenfassung.</numerusform>
            <numerusform>… und %n weitere Befunde: siehe Zusammenfassung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="54"/>
        <source>%1 Fix: %2</source>
        <translation>%1 Lösung: %2</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="69"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="71"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/FindingsTableModel.cpp" line="73"/>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
</context>
<context>
    <name>FulfillmentPoliciesPage</name>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="21"/>
        <source>Fulfillment policies</source>
        <translation>Benutzungsrichtlinien</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="23"/>
        <source>&amp;Add policy</source>
        <translation>&amp;Richtlinie hinzufügen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="24"/>
        <source>Re&amp;move policy</source>
        <translation>Richtlinie &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="29"/>
        <source>Policies (the terms of use of section 10 choose from these)</source>
        <translation>Richtlinien (zur Auswahl für die Nutzungsbedingungen in Abschnitt 10)</translation>
    </message>
</context>
<context>
    <name>FulfillmentUnitRulesPage</name>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="27"/>
        <source>&amp;Loan</source>
        <translation>A&amp;usleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="28"/>
        <source>Len&amp;ding Resource Sharing</source>
        <translation>A&amp;ktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="29"/>
        <source>Borro&amp;wing Resource Sharing</source>
        <translation>&amp;Aktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="34"/>
        <source>Fulfillment unit rules</source>
        <translation>Regeln der Fulfillment Unit</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="38"/>
        <source>%1 rule</source>
        <translation>Regel (%1)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="39"/>
        <source>Use the terms of use of section 10</source>
        <translation>Nutzungsbedingungen aus Abschnitt 10 verwenden</translation>
    </message>
</context>
<context>
    <name>GuideChecks</name>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="39"/>
        <source>%1 is not checked; the guide checks it.</source>
        <translation>%1 ist nicht aktiviert; der Leitfaden aktiviert es.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="40"/>
        <source>%1 is not checked: %2</source>
        <translation>%1 ist nicht aktiviert: %2</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="41"/>
        <source>Check %1, as the guide says.</source>
        <translation>Aktivieren Sie %1, wie es der Leitfaden sagt.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="48"/>
        <source>the guide says to make sure it is checked.</source>
        <translation>laut Leitfaden muss es aktiviert sein.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="58"/>
        <source>No default pickup location is entered; the guide selects the library where patrons pick up borrowed items.</source>
        <translation>Es ist kein Standard-Abholort eingetragen; der Leitfaden wählt die Bibliothek, in der Benutzer ausgeliehene Medien abholen.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="60"/>
        <source>Enter the library to select in Default Pickup Location.</source>
        <translation>Tragen Sie die Bibliothek ein, die unter „Default Pickup Location“ gewählt wird.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="64"/>
        <source>No OCLC symbol is entered; the guide says to make sure it is listed in the Symbol field.</source>
        <translation>Es ist kein OCLC-Symbol eingetragen; laut Leitfaden muss es im Feld „Symbol“ stehen.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="65"/>
        <source>Enter your OCLC symbol.</source>
        <translation>Tragen Sie Ihr OCLC-Symbol ein.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="80"/>
        <source>Locate By Fields lacks %1; the guide checks Title, Author, ISBN/ISSN, System Control Number and LCCN (010).</source>
        <translation>„Locate By Fields“ fehlt %1; der Leitfaden aktiviert Title, Author, ISBN/ISSN, System Control Number und LCCN (010).</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="83"/>
        <source>Check the missing fields.</source>
        <translation>Aktivieren Sie die fehlenden Felder.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="91"/>
        <source>the guide attaches the desk with Check In, Check Out and Reshelve.</source>
        <translation>der Leitfaden verbindet die Theke mit „Check In“, „Check Out“ und „Reshelve“.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="98"/>
        <source>%1 is empty; the guide selects the resource sharing library&apos;s unit, a value ending in &quot;_FU&quot;.</source>
        <translation>%1 ist leer; der Leitfaden wählt die Einheit der Resource-Sharing-Bibliothek, einen Wert, der auf „_FU“ endet.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="100"/>
        <source>Enter the resource sharing library&apos;s fulfillment unit.</source>
        <translation>Tragen Sie die Fulfillment Unit der Resource-Sharing-Bibliothek ein.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="103"/>
        <source>%1 &quot;%2&quot; does not end in &quot;_FU&quot;, as the guide&apos;s value does.</source>
        <translation>%1 „%2“ endet nicht auf „_FU“ wie der Wert des Leitfadens.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="104"/>
        <source>Check that this is the resource sharing library&apos;s fulfillment unit.</source>
        <translation>Prüfen Sie, ob dies die Fulfillment Unit der Resource-Sharing-Bibliothek ist.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="109"/>
        <source>The two locations have different fulfillment units (%1 and %2); the guide gives both the resource sharing library&apos;s.</source>
        <translation>Die beiden Standorte haben verschiedene Fulfillment Units (%1 und %2); der Leitfaden gibt beiden die der Resource-Sharing-Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="112"/>
        <source>Use the same unit for both.</source>
        <translation>Verwenden Sie für beide dieselbe Einheit.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="117"/>
        <source>%1 is &quot;%2&quot;; the guide leaves it blank.</source>
        <translation>%1 ist „%2“; der Leitfaden lässt es leer.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="117"/>
        <source>Leave it blank.</source>
        <translation>Lassen Sie es leer.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="127"/>
        <source>The job is not scheduled Every Day at 02:00, as the guide says.</source>
        <translation>Der Job ist nicht auf „Every Day at 02:00“ geplant, wie es der Leitfaden sagt.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="128"/>
        <source>Select Every Day at 02:00 unless your institution has a reason for another time.</source>
        <translation>Wählen Sie „Every Day at 02:00“, sofern Ihre Einrichtung keinen Grund für eine andere Zeit hat.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="149"/>
        <source>%1 lacks steps the guide checks: %2.</source>
        <translation>%1 fehlen Schritte, die der Leitfaden aktiviert: %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="150"/>
        <source>Check them in the profile.</source>
        <translation>Aktivieren Sie sie im Profil.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="163"/>
        <source>Rule &quot;%1&quot;: the condition %2 %3 has no values.</source>
        <translation>Regel „%1“: die Bedingung %2 %3 hat keine Werte.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="165"/>
        <source>Enter the values, or remove the condition.</source>
        <translation>Tragen Sie die Werte ein oder entfernen Sie die Bedingung.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="181"/>
        <source>Rule &quot;%1&quot; has no input, so it would send every borrowing request automatically, to any partner (ILLiad, Rapido, …), not only to your peer-to-peer partners.</source>
        <translation>Regel „%1“ hat keine Eingabe und würde daher jede Fernleih-Bestellung automatisch an jeden Partner senden (ILLiad, Rapido, …), nicht nur an Ihre Peer-to-Peer-Partner.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="184"/>
        <location filename="../app/checks/GuideChecks.cpp" line="201"/>
        <source>Add the input Resource Sharing Partner InList your peer-to-peer partners (&quot;Use all partners&quot;).</source>
        <translation>Fügen Sie die Eingabe „Resource Sharing Partner InList“ mit Ihren Peer-to-Peer-Partnern hinzu („Alle Partner verwenden“).</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="198"/>
        <source>Rule &quot;%1&quot; does not test the resource sharing partner, so it may send requests to partners that are not your peer-to-peer ones.</source>
        <translation>Regel „%1“ prüft den Fernleihpartner nicht und sendet daher vielleicht Bestellungen an Partner, die nicht Ihre Peer-to-Peer-Partner sind.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="210"/>
        <source>the Lending Resource Sharing TOU would apply to every item you lend, not only to items loaned to your peer-to-peer partners</source>
        <translation>die Nutzungsbedingungen für die passive Fernleihe gälten für jedes Exemplar, das Sie verleihen, nicht nur für die an Ihre Peer-to-Peer-Partner</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="213"/>
        <source>every borrowing request would get the peer-to-peer rota; the guide says to configure the rule according to the terms of your lending agreement</source>
        <translation>jede aktive Fernleihbestellung bekäme die Peer-to-Peer-Rota; laut Leitfaden wird die Regel nach den Bedingungen Ihrer Leihvereinbarung eingerichtet</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="223"/>
        <source>Rule &quot;%1&quot; has no input that narrows it: %2.</source>
        <translation>Regel „%1“ hat keine Eingabe, die sie eingrenzt: %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="224"/>
        <source>Add inputs that select your peer-to-peer requests.</source>
        <translation>Fügen Sie Eingaben hinzu, die Ihre Peer-to-Peer-Bestellungen auswählen.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="234"/>
        <source>Rule &quot;%1&quot; has no User Group input; the guide selects the user groups allowed to submit borrowing requests.</source>
        <translation>Regel „%1“ hat keine Eingabe „User Group“; der Leitfaden wählt die Benutzergruppen, die aktive Fernleihbestellungen aufgeben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/checks/GuideChecks.cpp" line="237"/>
        <source>Add the input User Group InList the groups allowed to request.</source>
        <translation>Fügen Sie die Eingabe „User Group InList“ mit den bestellberechtigten Gruppen hinzu.</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="120"/>
        <source>  new FILE [--preset wrlc|blank] [--institution NAME]
                          write a new setup file without opening a window
  check FILE [--json]     validate a setup: one finding per line (severity, section,
                          message); exit 0 without errors, 1 with errors
  report OUT FILE         write the completion report of FILE to OUT; the format is
                          taken from OUT&apos;s extension: .pdf, .html or .md
</source>
        <translation>  new FILE [--preset wrlc|blank] [--institution NAME]
                          neue Setup-Datei schreiben, ohne ein Fenster zu öffnen
  check FILE [--json]     Setup prüfen: ein Befund pro Zeile (Schweregrad, Abschnitt,
                          Meldung); Exit-Status 0 ohne Fehler, 1 bei Fehlern
  report OUT FILE         Abschlussbericht von FILE nach OUT schreiben; das Format
                          ergibt sich aus der Endung von OUT: .pdf, .html oder .md
</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="96"/>
        <source>Unknown option: %1. alma-p2p-wizard --help lists the options and commands.</source>
        <translation>Unbekannte Option: %1. alma-p2p-wizard --help listet die Optionen und Befehle auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="100"/>
        <source>Too many arguments: the window opens one setup file (%1).</source>
        <translation>Zu viele Argumente: Das Fenster öffnet eine Einrichtungsdatei (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="106"/>
        <location filename="../app/cli/HeadlessCommands.cpp" line="141"/>
        <source>Unknown command: %1. alma-p2p-wizard --help lists the commands.</source>
        <translation>Unbekannter Befehl: %1. alma-p2p-wizard --help listet die Befehle auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="107"/>
        <source>Unknown command: %1. Did you mean %2?</source>
        <translation>Unbekannter Befehl: %1. Meinten Sie %2?</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="148"/>
        <source>Writes a new setup file, ready to be opened with alma-p2p-wizard FILE.</source>
        <translation>Schreibt eine neue Setup-Datei, die sich mit alma-p2p-wizard FILE öffnen lässt.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="151"/>
        <source>Start from PRESET: &quot;wrlc&quot; (WRLC AFN/CLS: main library, CLSBORR, CLSLEND) or &quot;blank&quot; (the guide&apos;s suggestions, no institution codes). Default: blank.</source>
        <translation>Mit der Voreinstellung PRESET beginnen: &quot;wrlc&quot; (WRLC AFN/CLS: Hauptbibliothek, CLSBORR, CLSLEND) oder &quot;blank&quot; (Vorschläge des Leitfadens, ohne Codes der Institution). Standard: blank.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="153"/>
        <source>PRESET</source>
        <translation>PRESET</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="155"/>
        <source>The institution the setup is for.</source>
        <translation>Die Institution, für die das Setup gilt.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="155"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="158"/>
        <source>The setup file to create; it must not exist yet.</source>
        <translation>Die anzulegende Setup-Datei; sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="163"/>
        <source>Usage: %1 new FILE [--preset wrlc|blank] [--institution NAME]</source>
        <translation>Aufruf: %1 new FILE [--preset wrlc|blank] [--institution NAME]</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="171"/>
        <source>Unknown preset &quot;%1&quot;; choose one of: %2</source>
        <translation>Unbekannte Voreinstellung &quot;%1&quot;; wählen Sie eine davon: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="177"/>
        <source>%1 already exists; it was left as it is. Choose another name, or open it with %2 %1.</source>
        <translation>%1 existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit %2 %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="190"/>
        <source>Created %1 (preset %2).</source>
        <translation>%1 angelegt (Voreinstellung %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="198"/>
        <source>Validates a setup: rule order (first match wins), names that must line up between sections, formats and required values. Prints one finding per line: severity&lt;TAB&gt;section&lt;TAB&gt;message.
Exit status: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be read.</source>
        <translation>Prüft ein Setup: Reihenfolge der Regeln (die erste zutreffende Regel gilt), Namen, die zwischen Abschnitten übereinstimmen müssen, Formate und Pflichtwerte. Gibt einen Befund pro Zeile aus: Schweregrad&lt;TAB&gt;Abschnitt&lt;TAB&gt;Meldung.
Exit-Status: 0 keine Fehler (Warnungen erlaubt), 1 Fehler, 2 Datei nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="203"/>
        <source>Print the findings as a JSON array of {severity, section, sectionTitle, subject, code, message, fix}.</source>
        <translation>Befunde als JSON-Array von {severity, section, sectionTitle, subject, code, message, fix} ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="205"/>
        <source>The setup file to check.</source>
        <translation>Die zu prüfende Setup-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="209"/>
        <source>Usage: %1 check FILE [--json]</source>
        <translation>Aufruf: %1 check FILE [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="236"/>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HeadlessCommands.cpp" line="237"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HeadlessCommands.cpp" line="238"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HeadlessCommands.cpp" line="239"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="266"/>
        <source>Writes the completion report of a setup: every section with its values, checklist and checks, and sign-off lines. The format is taken from OUT&apos;s extension: .pdf (A4 or Letter by locale), .html (one file) or .md.
Exit status: 0 written, 2 FILE cannot be read or OUT cannot be written.</source>
        <translation>Schreibt den Abschlussbericht eines Setups: jeden Abschnitt mit seinen Werten, seiner Checkliste und seinen Prüfungen sowie Zeilen für die Freigabe. Das Format ergibt sich aus der Endung von OUT: .pdf (A4 oder Letter je nach Gebietsschema), .html (eine Datei) oder .md.
Exit-Status: 0 geschrieben, 2 FILE nicht lesbar oder OUT nicht schreibbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="271"/>
        <source>The report to write (.pdf, .html or .md).</source>
        <translation>Der zu schreibende Bericht (.pdf, .html oder .md).</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="272"/>
        <source>The setup file.</source>
        <translation>Die Setup-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="276"/>
        <source>Usage: %1 report OUT FILE</source>
        <translation>Aufruf: %1 report OUT FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="282"/>
        <source>%1: the report format is taken from the file name: use .pdf, .html or .md</source>
        <translation>%1: das Berichtsformat ergibt sich aus dem Dateinamen; verwenden Sie .pdf, .html oder .md</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="299"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../app/report/HtmlReport.cpp" line="146"/>
        <source>(none entered)</source>
        <translation>(nichts eingetragen)</translation>
    </message>
    <message>
        <location filename="../app/report/HtmlReport.cpp" line="182"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="22"/>
        <source>Peer-to-peer resource sharing setup</source>
        <translation>Einrichtung der Peer-to-Peer-Fernleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="26"/>
        <source>This wizard walks you through the 14 sections of configuring peer-to-peer resource sharing in your Alma Institution Zone. Enter the values you will use, tick each step as you do it in Alma, and come back to any section at any time: the list on the left shows how far the setup has come.</source>
        <translation>Dieser Assistent führt Sie in 14 Abschnitten durch die Einrichtung der Peer-to-Peer-Fernleihe in Ihrer Alma Institution Zone. Geben Sie die Werte ein, die Sie verwenden werden, haken Sie jeden Schritt ab, sobald Sie ihn in Alma erledigt haben, und kehren Sie jederzeit zu jedem Abschnitt zurück: Die Liste links zeigt, wie weit das Setup fortgeschritten ist.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="34"/>
        <source>Roles you need in Alma: Fulfillment Administrator and Resource Sharing Partners Manager. Work at the institution level unless a step says otherwise.</source>
        <translation>Benötigte Rollen in Alma: Fulfillment Administrator (Benutzungs-Administrator) und Resource Sharing Partners Manager. Arbeiten Sie auf Institutionsebene, sofern ein Schritt nichts anderes angibt.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="42"/>
        <source>Who and where</source>
        <translation>Wer und wo</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="46"/>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="56"/>
        <source>Appl&amp;y preset</source>
        <translation>&amp;Voreinstellung anwenden</translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="63"/>
        <source>WRLC AFN/CLS uses your main library as the resource sharing library, with its existing CLSBORR and CLSLEND as temporary locations (as the guide says). Blank leaves your codes empty. Both fill in names the guide does not give with this program&apos;s suggestions, marked &quot;suggested&quot;. Applying a preset replaces the values of every section (ticked steps stay); Edit &gt; Undo brings them back.</source>
        <translation>WRLC AFN/CLS verwendet Ihre Hauptbibliothek als Fernleihbibliothek und Ihre bestehenden CLSBORR und CLSLEND als temporäre Standorte (wie im Leitfaden). „Leer“ lässt Ihre Codes leer. Beide füllen Namen, die der Leitfaden nicht nennt, mit Vorschlägen dieses Programms, markiert mit „Vorschlag“. Das Anwenden einer Vorlage ersetzt die Werte aller Abschnitte (angehakte Schritte bleiben); Bearbeiten &gt; Rückgängig stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>ItemPolicyPage</name>
    <message>
        <location filename="../wizard_pages/ItemPolicyPage.cpp" line="19"/>
        <source>Item policy for borrowed items</source>
        <translation>Exemplarrichtlinie für entliehene Exemplare</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../wizard_pages/JobsPage.cpp" line="19"/>
        <source>Expired Resource Sharing Requests</source>
        <translation>Expired Resource Sharing Requests</translation>
    </message>
</context>
<context>
    <name>KeyValueTableModel</name>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="20"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="20"/>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="38"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="38"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="71"/>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (unbestätigt)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/KeyValueTableModel.cpp" line="73"/>
        <source>Unconfirmed: no public source confirms this parameter name. Check your Other Settings table in Alma.</source>
        <translation>Unbestätigt: Keine öffentliche Quelle bestätigt diesen Parameternamen. Prüfen Sie Ihre Tabelle „Other Settings“ in Alma.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="47"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="60"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="62"/>
        <source>Next and Back buttons: the next and previous section</source>
        <translation>Schaltflächen Weiter und Zurück: der nächste und der vorige Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="63"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="63"/>
        <source>The field or button with that label</source>
        <translation>Das Feld oder die Schaltfläche mit dieser Beschriftung</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="64"/>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="64"/>
        <source>The step with that number in the checklist</source>
        <translation>Der Schritt mit dieser Nummer in der Checkliste</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="65"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="65"/>
        <source>Tick or untick the step (or check box) that has the focus</source>
        <translation>Den Schritt (oder das Kontrollkästchen) mit dem Fokus abhaken oder den Haken entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="66"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="66"/>
        <source>Go to the section or problem that has the focus</source>
        <translation>Zum Abschnitt oder Problem mit dem Fokus gehen</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="67"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="67"/>
        <source>Edit the table cell that has the focus</source>
        <translation>Die Tabellenzelle mit dem Fokus bearbeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48"/>
        <source>Setup files (*%1);;JSON files (*.json);;All files (*)</source>
        <translation>Setup-Dateien (*%1);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Es konnte keine Wiederherstellungskopie angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>&amp;New Setup</source>
        <translation>&amp;Neues Setup</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="142"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="148"/>
        <source>Save and &amp;Continue Later</source>
        <translation>Speichern und s&amp;päter fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="151"/>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="154"/>
        <source>Plan, Push and Verify in A&amp;lma…</source>
        <translation>In &amp;Alma planen, übertragen und abgleichen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>&amp;Try It with the Alma Sandbox…</source>
        <translation>&amp;Mit der Alma-Sandbox ausprobieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="176"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>&amp;Previous Section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Einführung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="211"/>
        <source>About Alma Peer-to-Peer Setup</source>
        <translation>Über Alma Peer-to-Peer Setup</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>&lt;h3&gt;Alma Peer-to-Peer Setup %1&lt;/h3&gt;&lt;p&gt;Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alma Peer-to-Peer Setup %1&lt;/h3&gt;&lt;p&gt;Führt Mitarbeitende der Fernleihe durch die Einrichtung der Peer-to-Peer-Fernleihe in einer Alma Institution Zone.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="218"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="298"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>The program will use the new language the next time you start it.</source>
        <translation>Das Programm verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="162"/>
        <source>Consort&amp;ium</source>
        <translation>&amp;Konsortium</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="163"/>
        <source>&amp;New Consortium</source>
        <translation>&amp;Neues Konsortium</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <source>&amp;Open Consortium…</source>
        <translation>Konsortium ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="165"/>
        <source>Open Consortium</source>
        <translation>Konsortium öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="166"/>
        <source>Consortium files (*.consortium.json);;JSON files (*.json);;All files (*)</source>
        <translation>Konsortiumsdateien (*.consortium.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Next P&amp;roblem</source>
        <translation>Nächstes P&amp;roblem</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>Previous Pro&amp;blem</source>
        <translation>Vorheriges Pro&amp;blem</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Next &amp;Unticked Step</source>
        <translation>Nächster &amp;offener Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="195"/>
        <source>Section &amp;List</source>
        <translation>Abschnitts&amp;liste</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="204"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="209"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="230"/>
        <source>No problems: the checks found nothing to fix.</source>
        <translation>Keine Probleme: die Prüfungen fanden nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="236"/>
        <source>Problem %1 of %2: %3</source>
        <translation>Problem %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="257"/>
        <source>Every step of the sections still needed is ticked.</source>
        <translation>Jeder Schritt der noch benötigten Abschnitte ist abgehakt.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>the summary</source>
        <translation>der Übersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="267"/>
        <source>the introduction</source>
        <translation>der Einführung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>last changed %1</source>
        <translation>zuletzt geändert %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="271"/>
        <source>last changed %1 by %2</source>
        <translation>zuletzt geändert %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="272"/>
        <source>Resumed %1 at %2, %3: %4, %5.</source>
        <translation>%1 fortgesetzt bei %2, %3: %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="273"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>No recent setups</source>
        <translation>Keine zuletzt geöffneten Setups</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="320"/>
        <source>%1[*] — Alma Peer-to-Peer Setup</source>
        <translation>%1[*] – Alma Peer-to-Peer Setup</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="327"/>
        <source>Save the changes to %1 before starting a new setup?</source>
        <translation>Änderungen an %1 speichern, bevor Sie ein neues Setup beginnen?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="338"/>
        <source>Open Setup</source>
        <translation>Setup öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="345"/>
        <source>Save the changes to %1 before opening another setup?</source>
        <translation>Änderungen an %1 speichern, bevor Sie ein anderes Setup öffnen?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>Cannot Open Setup</source>
        <translation>Setup kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>The setup could not be opened; the file was not changed.

%1</source>
        <translation>Das Setup konnte nicht geöffnet werden; die Datei wurde nicht verändert.

%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="365"/>
        <location filename="../app/gui/MainWindow.cpp" line="391"/>
        <source>Cannot Save Setup</source>
        <translation>Setup kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="366"/>
        <source>%1

Your work is still open here. Try Save As to save it somewhere else.</source>
        <translation>%1

Ihre Arbeit ist hier weiterhin geöffnet. Speichern Sie sie mit „Speichern unter“ an einem anderen Ort.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <location filename="../app/gui/MainWindow.cpp" line="396"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="381"/>
        <source>p2p-setup</source>
        <translation>p2p-setup</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="385"/>
        <source>Save Setup As</source>
        <translation>Setup speichern unter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="392"/>
        <source>%1

Your work is still open here. Choose another place to save it.</source>
        <translation>%1

Ihre Arbeit ist hier weiterhin geöffnet. Wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="411"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="413"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen die Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="435"/>
        <source>an unsaved setup</source>
        <translation>einem nicht gespeicherten Setup</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="436"/>
        <source>an unsaved setup for %1</source>
        <translation>einem nicht gespeicherten Setup für %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="439"/>
        <source>Restore Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="440"/>
        <source>The program was not closed properly. A copy of the unsaved changes to %1 from %2 was kept.</source>
        <translation>Das Programm wurde nicht ordnungsgemäß beendet. Eine Kopie der nicht gespeicherten Änderungen an %1 vom %2 wurde aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="442"/>
        <source>Restore it to go on where you left off. Later keeps the copy for the next start.</source>
        <translation>Stellen Sie sie wieder her, um dort weiterzumachen, wo Sie aufgehört haben. „Später“ behält die Kopie für den nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="444"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="444"/>
        <source>&amp;Discard Copy</source>
        <translation>Kopie &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="445"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Save the changes to %1 before restoring?</source>
        <translation>Änderungen an %1 vor dem Wiederherstellen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="455"/>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="459"/>
        <source>Restored unsaved work. Save it to keep it.</source>
        <translation>Nicht gespeicherte Arbeit wiederhergestellt. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="481"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="482"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="483"/>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="500"/>
        <source>Cannot Export Report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="503"/>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="509"/>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="519"/>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Änderungen an %1 vor dem Beenden speichern?</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <location filename="../app/report/MarkdownReport.cpp" line="73"/>
        <source>(none entered)</source>
        <translation>(nichts eingetragen)</translation>
    </message>
    <message>
        <location filename="../app/report/MarkdownReport.cpp" line="93"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>MatrixReport</name>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="35"/>
        <source>Consortium reciprocity and agreement</source>
        <translation>Gegenseitigkeit und Übereinstimmung im Konsortium</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="36"/>
        <source>Consortium</source>
        <translation>Konsortium</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="38"/>
        <source>Checked</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="39"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="40"/>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="40"/>
        <source>%1 (each member borrowing from each other member)</source>
        <translation>%1 (jedes Mitglied entleiht von jedem anderen Mitglied)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="42"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <source>Mark</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="46"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="54"/>
        <source>Every pair that lends and borrows agrees with the roster.</source>
        <translation>Jedes Paar, in dem entliehen und verliehen wird, stimmt mit der Mitgliederliste überein.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="55"/>
        <source>Rows are borrowers, columns lenders: the cell of row A and column B is A borrowing from B, which needs A&apos;s partner record of B and B&apos;s partner record of A.</source>
        <translation>Zeilen sind nehmende, Spalten gebende Bibliotheken: Die Zelle in Zeile A und Spalte B steht dafür, dass A von B entleiht; dafür braucht A einen Partnerdatensatz für B und B einen Partnerdatensatz für A.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="59"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="64"/>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>Borrower</source>
        <translation>Nehmende Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="73"/>
        <source>Lenders %1 to %2</source>
        <translation>Gebende Bibliotheken %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>Lender</source>
        <translation>Gebende Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="81"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="93"/>
        <source>Pairs that need work</source>
        <translation>Paare mit Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="95"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="100"/>
        <source>To do, per member</source>
        <translation>Aufgaben pro Mitglied</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="106"/>
        <source>Not read: %1.</source>
        <translation>Nicht gelesen: %1.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="112"/>
        <source>Nothing: its partner records agree with the roster (read from %1).</source>
        <translation>Nichts: Die Partnerdatensätze stimmen mit der Mitgliederliste überein (gelesen aus %1).</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="119"/>
        <source>Read from %1.</source>
        <translation>Gelesen aus %1.</translation>
    </message>
    <message>
        <location filename="../app/consortium/MatrixReport.cpp" line="122"/>
        <source>Checked by</source>
        <translation>Geprüft von</translation>
    </message>
</context>
<context>
    <name>MemberKeys</name>
    <message>
        <location filename="../app/api/MemberKeys.cpp" line="108"/>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>MemberSetupFiles</name>
    <message>
        <location filename="../app/consortium/MemberSetupFiles.cpp" line="134"/>
        <source>no setup file was given</source>
        <translation>es wurde keine Setup-Datei angegeben</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupFiles.cpp" line="140"/>
        <source>%1: belongs to no member of the roster (name the file after the member&apos;s code, e.g. %2)</source>
        <translation>%1: gehört zu keinem Mitglied der Mitgliederliste (benennen Sie die Datei nach dem Code des Mitglieds, z. B. %2)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupFiles.cpp" line="147"/>
        <source>%1 and %2 are both %3&apos;s setup</source>
        <translation>%1 und %2 sind beide die Setup-Datei von %3</translation>
    </message>
</context>
<context>
    <name>MemberSetupGenerator</name>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="119"/>
        <source>partner %1: %2</source>
        <translation>Partner %1: %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="123"/>
        <source>the partner list of the %1</source>
        <translation>die Partnerliste der %1</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="126"/>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="135"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="135"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="137"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="241"/>
        <source>partner %1: kept yours (no longer in the roster, but you changed it)</source>
        <translation>Partner %1: Ihr Datensatz wurde beibehalten (nicht mehr in der Mitgliederliste, aber von Ihnen geändert)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="243"/>
        <source>partner %1 removed (no longer in the roster)</source>
        <translation>Partner %1 entfernt (nicht mehr in der Mitgliederliste)</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="251"/>
        <source>partner %1 added</source>
        <translation>Partner %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="275"/>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="289"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/consortium/MemberSetupGenerator.cpp" line="284"/>
        <source>%1: kept yours, %2 (the roster says %3)</source>
        <translation>%1: Ihr Wert %2 wurde beibehalten (laut Mitgliederliste %3)</translation>
    </message>
</context>
<context>
    <name>OtherSettingsPage</name>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="22"/>
        <source>Other settings</source>
        <translation>Andere Einstellungen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="27"/>
        <source>Fill from sec&amp;tions 1 and 2</source>
        <translation>Aus Abschnitten 1 und 2 aus&amp;füllen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="29"/>
        <source>Sets ill_item_creation_lib_code to the library code and ill_item_creation_loc_code (unconfirmed: check your Other Settings table) to the temporary borrowing location code.</source>
        <translation>Setzt ill_item_creation_lib_code auf den Bibliothekscode und ill_item_creation_loc_code (unbestätigt: prüfen Sie Ihre Tabelle „Other Settings“) auf den Code des temporären Standorts der aktiven Fernleihe.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="32"/>
        <source>Customer parameters</source>
        <translation>Kundenparameter</translation>
    </message>
</context>
<context>
    <name>PartnerChecks</name>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="37"/>
        <source>Partner %1 has profile type &quot;%2&quot;, which Alma does not have (%3).</source>
        <translation>Partner %1 hat den Profiltyp „%2“, den Alma nicht kennt (%3).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="39"/>
        <source>Choose one of Alma&apos;s profile types.</source>
        <translation>Wählen Sie einen der Profiltypen von Alma.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="55"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="52"/>
        <source>Partner %1 lacks %2, which Alma requires of %3 partners (rest_partner.xsd). Copied from the Community tab, as the guide does, it has them; a push can create it only once they are set here.</source>
        <translation>Partner %1 fehlt %2, was Alma von %3-Partnern verlangt (rest_partner.xsd). Aus dem Community-Reiter kopiert, wie im Leitfaden, hat er diese Angaben; ein Übertragen kann ihn erst anlegen, wenn sie hier gesetzt sind.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="56"/>
        <source>Copy the partner from the Community tab in Alma, or enter them in the partner&apos;s details.</source>
        <translation>Kopieren Sie den Partner aus dem Community-Reiter in Alma oder tragen Sie die Angaben in den Details des Partners ein.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="61"/>
        <source>Partner %1 has no expiry days; the guide sets Expiry Time (Days) on the partner&apos;s Parameters tab.</source>
        <translation>Partner %1 hat keine Ablauftage; der Leitfaden setzt „Expiry Time (Days)“ im Reiter „Parameters“ des Partners.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="64"/>
        <source>Enter the expiry days agreed with the partner.</source>
        <translation>Tragen Sie die mit dem Partner vereinbarten Ablauftage ein.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="68"/>
        <source>Partner %1 has expiry days, but its request expiry type is %2: Alma uses the days only with EXPIRY_TIME (rest_partner.xsd).</source>
        <translation>Partner %1 hat Ablauftage, aber seine Art des Bestellablaufs ist %2: Alma verwendet die Tage nur bei EXPIRY_TIME (rest_partner.xsd).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="71"/>
        <source>Choose the request expiry type EXPIRY_TIME.</source>
        <translation>Wählen Sie die Art des Bestellablaufs EXPIRY_TIME.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="74"/>
        <source>Partner %1 has expiry days, but Alma keeps no expiry time for %2 partners: the value is not used.</source>
        <translation>Partner %1 hat Ablauftage, aber Alma führt für %2-Partner keine Ablaufzeit: der Wert wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="77"/>
        <source>Clear the expiry days, or check the partner&apos;s profile type.</source>
        <translation>Löschen Sie die Ablauftage oder prüfen Sie den Profiltyp des Partners.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="88"/>
        <source>Partners not in the rota template: %1. Requests never go to them.</source>
        <translation>Partner, die nicht in der Rota-Vorlage stehen: %1. Bestellungen gehen nie an sie.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="89"/>
        <source>Add them as members (&quot;Select all partners&quot;).</source>
        <translation>Fügen Sie sie als Mitglieder hinzu („Alle Partner auswählen“).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="93"/>
        <source>Requests to %1 are not sent automatically: they are not in the sending rule&apos;s partner list.</source>
        <translation>Bestellungen an %1 werden nicht automatisch gesendet: sie stehen nicht in der Partnerliste der Senderegel.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="95"/>
        <source>Add them to the rule&apos;s list (&quot;Use all partners&quot;).</source>
        <translation>Fügen Sie sie der Liste der Regel hinzu („Alle Partner verwenden“).</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="109"/>
        <source>The sending rule lists partners that are not in section 6: %1.</source>
        <translation>Die Senderegel nennt Partner, die nicht in Abschnitt 6 stehen: %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/PartnerChecks.cpp" line="110"/>
        <source>Add them to the partners, or remove them from the rule.</source>
        <translation>Fügen Sie sie den Partnern hinzu oder entfernen Sie sie aus der Regel.</translation>
    </message>
</context>
<context>
    <name>PartnerCsvReader</name>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="28"/>
        <source>could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="47"/>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="69"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="74"/>
        <source>the file has %1 rows; a setup holds at most %2 partners</source>
        <translation>die Datei hat %1 Zeilen; ein Setup enthält höchstens %2 Partner</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="89"/>
        <source>line %1: no &quot;code&quot; column in the header row</source>
        <translation>Zeile %1: keine Spalte &quot;code&quot; in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="103"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="109"/>
        <source>a value is %1 characters long; a value holds at most %2</source>
        <translation>ein Wert ist %1 Zeichen lang; ein Wert hat höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="125"/>
        <source>%1 &quot;%2&quot; is not one of Alma&apos;s values (%3)</source>
        <translation>%1 „%2“ ist keiner der Werte von Alma (%3)</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="135"/>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="144"/>
        <source>%1 &quot;%2&quot; is not yes or no</source>
        <translation>%1 „%2“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="159"/>
        <source>the partner code is empty</source>
        <translation>der Partnercode ist leer</translation>
    </message>
    <message>
        <location filename="../app/file/PartnerCsvReader.cpp" line="161"/>
        <source>partner code &quot;%1&quot; already appears on line %2</source>
        <translation>Partnercode „%1“ steht bereits in Zeile %2</translation>
    </message>
</context>
<context>
    <name>PartnerDetailsEditor</name>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="16"/>
        <source>(not set: Alma&apos;s value stays)</source>
        <translation>(nicht gesetzt: der Wert in Alma bleibt)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="23"/>
        <source>Select a partner in the table to see and edit its other fields.</source>
        <translation>Wählen Sie einen Partner in der Tabelle, um seine weiteren Felder zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="24"/>
        <source>* Alma requires it of partners of this profile type (rest_partner.xsd).</source>
        <translation>* Alma verlangt dies von Partnern dieses Profiltyps (rest_partner.xsd).</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="51"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="52"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="106"/>
        <source>Partner details</source>
        <translation>Partnerdetails</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="107"/>
        <source>Partner %1: details for profile type %2</source>
        <translation>Partner %1: Details für den Profiltyp %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="107"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnerDetailsEditor.cpp" line="121"/>
        <source>Alma requires this for %1 partners (%2).</source>
        <translation>Alma verlangt dies für Partner des Typs %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PartnerFields</name>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="67"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="69"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="71"/>
        <source>Profile type</source>
        <translation>Profiltyp</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="77"/>
        <source>System type</source>
        <translation>Systemtyp</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="81"/>
        <source>Borrowing</source>
        <translation>Aktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="84"/>
        <source>Borrowing workflow</source>
        <translation>Workflow (aktive Fernleihe)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="86"/>
        <source>Lending</source>
        <translation>Passive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="89"/>
        <source>Lending workflow</source>
        <translation>Workflow (passive Fernleihe)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="91"/>
        <source>Average supply time (days)</source>
        <translation>Durchschnittliche Lieferzeit (Tage)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="94"/>
        <source>Delivery delay (days)</source>
        <translation>Lieferverzögerung (Tage)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="96"/>
        <source>Locate profile</source>
        <translation>Lokalisierungsprofil</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="98"/>
        <source>Institution code</source>
        <translation>Institutionscode</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="100"/>
        <source>Holding code</source>
        <translation>Bestandscode</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="102"/>
        <source>Request expiry type</source>
        <translation>Art des Bestellablaufs</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="106"/>
        <source>Expiry days</source>
        <translation>Ablauf (Tage)</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="108"/>
        <source>ILL server</source>
        <translation>ILL-Server</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="111"/>
        <source>ILL port</source>
        <translation>ILL-Port</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="113"/>
        <source>ISO symbol</source>
        <translation>ISO-Sigel</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="116"/>
        <source>Partner symbol</source>
        <translation>Partner-Sigel</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="120"/>
        <source>Partner&apos;s institution symbol</source>
        <translation>Institutions-Sigel des Partners</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="122"/>
        <source>User identifier type</source>
        <translation>Art der Benutzerkennung</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="127"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="131"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="134"/>
        <source>Send requester information</source>
        <translation>Angaben zur bestellenden Person senden</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="136"/>
        <source>Shared barcodes</source>
        <translation>Gemeinsame Barcodes</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="184"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/model/PartnerFields.cpp" line="185"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../app/itemmodels/PartnerTableModel.cpp" line="71"/>
        <source>Not set: a push leaves Alma&apos;s value as it is.</source>
        <translation>Nicht gesetzt: eine Übertragung lässt den Wert in Alma, wie er ist.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="33"/>
        <source>Defaults for new partners</source>
        <translation>Standardwerte für neue Partner</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="36"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="65"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="38"/>
        <source>&amp;Add partner</source>
        <translation>&amp;Partner hinzufügen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="39"/>
        <source>Re&amp;move partner</source>
        <translation>Partner &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="60"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/PartnersPage.cpp" line="68"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="75"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="86"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="92"/>
        <source>Import partners</source>
        <translation>Partner importieren</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="75"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="87"/>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Aus %1 wurde nichts importiert:
%2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="93"/>
        <source>%1 partner(s) added, %2 updated from %3.</source>
        <translation>Aus %3: %1 Partner hinzugefügt, %2 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="81"/>
        <source> — SANDBOX</source>
        <translation> – SANDBOX</translation>
    </message>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="109"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="231"/>
        <source>Appendix %1: %2</source>
        <translation>Anhang %1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/PdfReport.cpp" line="236"/>
        <source>%1 rows: listed in appendix %2 at the end of this report.</source>
        <translation>%1 Zeilen: aufgeführt in Anhang %2 am Ende dieses Berichts.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Policy type</source>
        <translation>Richtlinientyp</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/PolicyTableModel.cpp" line="27"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="26"/>
        <source>Reads the institution&apos;s partners (all pages) and the resource sharing library&apos;s two temporary locations from Alma into FILE: a new setup, or an existing one whose ticks and other values stay. Alma&apos;s values replace the setup&apos;s where Alma has them; partners only in the setup are kept. Only reads: a read-only key is enough.</source>
        <translation>Liest die Partner der Institution (alle Seiten) und die beiden temporären Standorte der Fernleihbibliothek aus Alma und übernimmt sie in FILE: ein neues Setup oder ein vorhandenes, dessen Häkchen und übrige Werte erhalten bleiben. Die Werte aus Alma ersetzen die des Setups, wo Alma sie enthält; Partner, die nur im Setup stehen, bleiben erhalten. Liest nur: Ein Nur-Lese-Schlüssel genügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="39"/>
        <source>The resource sharing library&apos;s code, for its locations (default: the setup&apos;s section 1 code).</source>
        <translation>Der Code der Fernleihbibliothek, für ihre Standorte (Standard: der Code aus Abschnitt 1 des Setups).</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="40"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="42"/>
        <source>Pull even when FILE was pulled from another Alma institution than the key opens.</source>
        <translation>Auch dann übernehmen, wenn FILE aus einer anderen Alma-Institution übernommen wurde, als der Schlüssel öffnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="44"/>
        <source>The setup file to write or bring up to date.</source>
        <translation>Die zu schreibende oder zu aktualisierende Setup-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="49"/>
        <source>Usage: %1 pull FILE (--region R | --alma-url URL | --sandbox)</source>
        <translation>Aufruf: %1 pull FILE (--region R | --alma-url URL | --sandbox)</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="127"/>
        <source>Nothing was pulled; %1 was not changed: %2</source>
        <translation>Nichts übernommen; %1 wurde nicht verändert: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="135"/>
        <source>Nothing was pulled; %1 was not changed: it was pulled from %2 before, and this key opens %3 (%4). Give --another-institution to pull anyway.</source>
        <translation>Nichts übernommen; %1 wurde nicht verändert: Die Datei wurde zuvor aus %2 übernommen, und dieser Schlüssel öffnet %3 (%4). Geben Sie --another-institution an, um trotzdem zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="155"/>
        <source>Pulled from %1 into %2:</source>
        <translation>Aus %1 nach %2 übernommen:</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="156"/>
        <source>  partners: %1 new, %2 updated, %3 unchanged; %4 only in the setup (kept)</source>
        <translation>  Partner: %1 neu, %2 aktualisiert, %3 unverändert; %4 nur im Setup (beibehalten)</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="163"/>
        <source>  locations: not read (no library code: give --library CODE)</source>
        <translation>  Standorte: nicht gelesen (kein Bibliothekscode: --library CODE angeben)</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="165"/>
        <source>  locations of %1: not read: %2</source>
        <translation>  Standorte von %1: nicht gelesen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="167"/>
        <source>  locations of %1: none of the setup&apos;s location codes is in Alma yet</source>
        <translation>  Standorte von %1: noch keiner der Standortcodes des Setups ist in Alma vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="170"/>
        <source>  locations of %1: %2 of the setup&apos;s found in Alma (%3)</source>
        <translation>  Standorte von %1: %2 aus dem Setup in Alma gefunden (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/PullCommand.cpp" line="176"/>
        <source>This was read from the built-in sandbox, not a real Alma.</source>
        <translation>Dies wurde aus der eingebauten Sandbox gelesen, nicht aus einem echten Alma.</translation>
    </message>
</context>
<context>
    <name>Reciprocity</name>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="75"/>
        <source>%1&apos;s record of %2 has the code %3 (found by its symbol %4)</source>
        <translation>der Partnerdatensatz von %1 für %2 hat den Code %3 (gefunden über das Sigel %4)</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="81"/>
        <source>%1 has no partner record of %2</source>
        <translation>%1 hat keinen Partnerdatensatz für %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="82"/>
        <source>Add partner %1 (%2): %3.</source>
        <translation>Legen Sie den Partner %1 (%2) an: %3.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="87"/>
        <source>%1&apos;s record of %2 is inactive</source>
        <translation>der Partnerdatensatz von %1 für %2 ist inaktiv</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="88"/>
        <source>Set partner %1&apos;s %2 to ACTIVE.</source>
        <translation>Setzen Sie beim Partner %1 das Feld „%2“ auf ACTIVE.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="117"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="119"/>
        <source>%1&apos;s record of %2: %3 is %4; the roster says %5</source>
        <translation>Partnerdatensatz von %1 für %2: %3 ist %4; laut Mitgliederliste %5</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="121"/>
        <source>Set partner %1&apos;s %2 to %3.</source>
        <translation>Setzen Sie beim Partner %1 das Feld „%2“ auf %3.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="178"/>
        <source>%1&apos;s rota template leaves out %2: no borrowing request goes to it</source>
        <translation>Die Rota-Vorlage von %1 enthält %2 nicht: Keine Bestellung geht dorthin</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="180"/>
        <source>Add %1 to the rota template (section 12) and to the partner lists of rules 8 and 14.</source>
        <translation>Nehmen Sie %1 in die Rota-Vorlage (Abschnitt 12) und in die Partnerlisten der Regeln 8 und 14 auf.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="205"/>
        <source>%1 was not read: %2</source>
        <translation>%1 wurde nicht gelesen: %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="244"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="247"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="249"/>
        <source>one-sided</source>
        <translation>einseitig</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="251"/>
        <source>code mismatch</source>
        <translation>Code abweichend</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="252"/>
        <source>A record of the partner exists under another code (found by its symbol).</source>
        <translation>Ein Partnerdatensatz besteht unter einem anderen Code (anhand des Sigels gefunden).</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="253"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="255"/>
        <source>profile type mismatch</source>
        <translation>Profiltyp abweichend</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="257"/>
        <source>symbol mismatch</source>
        <translation>Sigel abweichend</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="259"/>
        <source>borrowing or lending off</source>
        <translation>aktive oder passive Fernleihe aus</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="260"/>
        <source>The borrower&apos;s record of the lender has Borrowing set to No, the lender&apos;s record of the borrower has Lending set to No, or the borrower&apos;s rota template leaves the lender out.</source>
        <translation>Der Datensatz der nehmenden Bibliothek zur gebenden hat „Aktive Fernleihe“ auf Nein, der Datensatz der gebenden zur nehmenden hat „Passive Fernleihe“ auf Nein, oder die Rota-Vorlage der nehmenden Bibliothek enthält die gebende nicht.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="263"/>
        <source>terms differ</source>
        <translation>Bedingungen abweichend</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="265"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="267"/>
        <source>not applicable</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="245"/>
        <source>A member&apos;s partners could not be read (no setup file, no key, or its Alma failed).</source>
        <translation>Die Partner eines Mitglieds konnten nicht gelesen werden (keine Setup-Datei, kein Schlüssel oder Fehler in seinem Alma).</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="77"/>
        <source>Add partner %1 (%2): %3; put %1 in place of %4 in the rota template and in the partner lists of rules 8 and 14; then set partner %4 inactive (Alma cannot change a partner&apos;s code).</source>
        <translation>Legen Sie den Partner %1 (%2) an: %3; setzen Sie %1 an die Stelle von %4 in der Rota-Vorlage und in den Partnerlisten der Regeln 8 und 14; setzen Sie dann den Partner %4 auf inaktiv (Alma kann den Code eines Partners nicht ändern).</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="248"/>
        <source>Neither member has a partner record of the other.</source>
        <translation>Keines der beiden Mitglieder hat einen Partnerdatensatz für das andere.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="250"/>
        <source>Only one of the two has a partner record of the other.</source>
        <translation>Nur eines der beiden hat einen Partnerdatensatz für das andere.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="254"/>
        <source>A record is inactive.</source>
        <translation>Ein Datensatz ist inaktiv.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="256"/>
        <source>A record&apos;s profile type is not the roster&apos;s.</source>
        <translation>Der Profiltyp eines Datensatzes weicht von der Mitgliederliste ab.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="258"/>
        <source>A record&apos;s symbol is not the roster&apos;s.</source>
        <translation>Das Sigel eines Datensatzes weicht von der Mitgliederliste ab.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="264"/>
        <source>A workflow profile or the expiry time is not what the consortium agreed.</source>
        <translation>Ein Workflow-Profil oder die Ablaufzeit entspricht nicht der Vereinbarung des Konsortiums.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="266"/>
        <source>Both records exist and agree with the roster and its terms.</source>
        <translation>Beide Datensätze sind vorhanden und stimmen mit der Mitgliederliste und ihren Bedingungen überein.</translation>
    </message>
    <message>
        <location filename="../app/consortium/ReciprocityCheck.cpp" line="268"/>
        <source>The row&apos;s member does not borrow, or the column&apos;s member does not lend.</source>
        <translation>Das Mitglied der Zeile entleiht nicht, oder das Mitglied der Spalte verleiht nicht.</translation>
    </message>
</context>
<context>
    <name>ReciprocityMatrixModel</name>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="41"/>
        <source>%1 borrowing (row)</source>
        <translation>%1 entleiht (Zeile)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="42"/>
        <source>%1 lending (column)</source>
        <translation>%1 verleiht (Spalte)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="49"/>
        <source>%1: the same member</source>
        <translation>%1: dasselbe Mitglied</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/ReciprocityMatrixModel.cpp" line="51"/>
        <source>%1 borrowing from %2: %3.</source>
        <translation>%1 entleiht bei %2: %3.</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="57"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="65"/>
        <source>cannot create the lock file %1 (%2)</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="67"/>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="68"/>
        <source>it is in use</source>
        <translation>sie wird gerade verwendet</translation>
    </message>
    <message>
        <location filename="../app/file/RecoveryStore.cpp" line="157"/>
        <source>the recovery copy is damaged and cannot be restored</source>
        <translation>die Wiederherstellungskopie ist beschädigt und kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="44"/>
        <location filename="../app/report/ReportBuilder.cpp" line="49"/>
        <location filename="../app/report/ReportBuilder.cpp" line="55"/>
        <location filename="../app/report/ReportBuilder.cpp" line="254"/>
        <location filename="../app/report/ReportBuilder.cpp" line="261"/>
        <location filename="../app/report/ReportBuilder.cpp" line="307"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="40"/>
        <location filename="../app/report/ReportBuilder.cpp" line="100"/>
        <location filename="../app/report/ReportBuilder.cpp" line="117"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="40"/>
        <location filename="../app/report/ReportBuilder.cpp" line="100"/>
        <location filename="../app/report/ReportBuilder.cpp" line="117"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="66"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="71"/>
        <source>none (matches every request)</source>
        <translation>keine (trifft auf jede Bestellung zu)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="97"/>
        <location filename="../app/report/ReportBuilder.cpp" line="259"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="100"/>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="101"/>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>Input parameters</source>
        <translation>Eingabeparameter</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="103"/>
        <source>Output parameters</source>
        <translation>Ausgabeparameter</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="104"/>
        <source>Place in Alma&apos;s list</source>
        <translation>Position in der Liste von Alma</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="104"/>
        <source>row %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="107"/>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="112"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="116"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="229"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="229"/>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="245"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="248"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="63"/>
        <source>%1 (suggested name)</source>
        <translation>%1 (vorgeschlagener Name)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="102"/>
        <location filename="../app/report/ReportBuilder.cpp" line="183"/>
        <location filename="../app/report/ReportBuilder.cpp" line="275"/>
        <source>%1 (suggested)</source>
        <translation>%1 (Vorschlag)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="171"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="174"/>
        <source>Last push or verify: %1 (%2); verify pending</source>
        <translation>Letzte Übertragung oder Prüfung: %1 (%2); Prüfung steht aus</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="175"/>
        <source>Last push or verify: %1 (%2)</source>
        <translation>Letzte Übertragung oder Prüfung: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="200"/>
        <source>Temporary borrowing location</source>
        <translation>Temporärer Standort der aktiven Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="200"/>
        <source>Temporary lending location</source>
        <translation>Temporärer Standort der passiven Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="235"/>
        <source>%1 (unconfirmed: check your Other Settings table)</source>
        <translation>%1 (nicht bestätigt: prüfen Sie Ihre Tabelle „Other Settings“)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="269"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="291"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <location filename="../app/report/ReportBuilder.cpp" line="324"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="294"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="307"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="323"/>
        <source>Open problems</source>
        <translation>Offene Probleme</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="324"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="324"/>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="334"/>
        <source>… and %n more: each section lists its own.</source>
        <translation>
            <numerusform>… und %n weiteres: Jeder Abschnitt listet seine eigenen auf.</numerusform>
            <numerusform>… und %n weitere: Jeder Abschnitt listet seine eigenen auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="336"/>
        <source>Open problems: none.</source>
        <translation>Offene Probleme: keine.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="354"/>
        <source>… (%1 characters in all; the setup file holds the whole text)</source>
        <translation>… (insgesamt %1 Zeichen; die Setup-Datei enthält den ganzen Text)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="387"/>
        <source>Peer-to-peer resource sharing setup</source>
        <translation>Einrichtung der Peer-to-Peer-Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="390"/>
        <source>(institution not named)</source>
        <translation>(Institution nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="394"/>
        <source>SANDBOX — results in this report come from a sandbox, not from production Alma</source>
        <translation>SANDBOX – Ergebnisse in diesem Bericht stammen aus einer Sandbox, nicht aus dem produktiven Alma</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="400"/>
        <location filename="../app/report/ReportBuilder.cpp" line="504"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="403"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="404"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="405"/>
        <source>Setup file</source>
        <translation>Setup-Datei</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="406"/>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="407"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="408"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="409"/>
        <location filename="../app/report/ReportBuilder.cpp" line="484"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="410"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="411"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/ReportBuilder.cpp" line="412"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="420"/>
        <source>Values marked (suggested) are this program&apos;s suggestions where neither the staff guide nor Ex Libris gives one: your institution may use its own.</source>
        <translation>Mit (Vorschlag) markierte Werte sind Vorschläge dieses Programms, wo weder der Leitfaden noch Ex Libris einen Wert nennt: Ihre Einrichtung kann eigene verwenden.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="431"/>
        <source>Where in Alma: %1 (%2)</source>
        <translation>Wo in Alma: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="435"/>
        <source>Not needed: %1</source>
        <translation>Nicht erforderlich: %1</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="436"/>
        <source>(no reason given)</source>
        <translation>(keine Begründung angegeben)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="442"/>
        <source>Steps in Alma</source>
        <translation>Schritte in Alma</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="450"/>
        <source>done by %1, %2</source>
        <translation>erledigt von %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="451"/>
        <source>done by %1, %2. Note: %3</source>
        <translation>erledigt von %1, %2. Notiz: %3</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="452"/>
        <source>to do: %1 (%2)</source>
        <translation>offen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="457"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="463"/>
        <source>In Alma (last push or verify)</source>
        <translation>In Alma (letzte Übertragung oder letzter Abgleich)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="464"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="470"/>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="497"/>
        <source>… and %1 more like the above.</source>
        <translation>… und %1 weitere dieser Art.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="498"/>
        <source>alma-p2p-wizard check lists them all.</source>
        <translation>alma-p2p-wizard check listet alle auf.</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="504"/>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <location filename="../app/report/ReportBuilder.cpp" line="504"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../app/report/ReportExporter.cpp" line="51"/>
        <source>the report format is taken from the file name: use .pdf, .html or .md</source>
        <translation>das Berichtsformat ergibt sich aus dem Dateinamen; verwenden Sie .pdf, .html oder .md</translation>
    </message>
</context>
<context>
    <name>ResourceSharingLibraryPage</name>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="22"/>
        <source>⚠ Warning: with the stand-alone library, every item you receive or return goes through a transit step between it and your main library.</source>
        <translation>⚠ Warnung: Bei der eigenständigen Fernleihbibliothek durchläuft jedes Exemplar, das Sie erhalten oder zurückgeben, einen Transit-Schritt zwischen ihr und Ihrer Hauptbibliothek.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="30"/>
        <source>Library and Resource Sharing Information</source>
        <translation>Bibliotheks- und Fernleihinformationen (Library and Resource Sharing Information)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="37"/>
        <source>Borrowing Information</source>
        <translation>Borrowing Information</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="45"/>
        <source>Lending Information</source>
        <translation>Lending Information</translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="49"/>
        <source>Locate By Fields</source>
        <translation>Locate By Fields</translation>
    </message>
</context>
<context>
    <name>RosterCsvReader</name>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="64"/>
        <source>the file has %1 members; a consortium holds at most %2</source>
        <translation>die Datei enthält %1 Mitglieder; ein Konsortium umfasst höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="106"/>
        <source>line %1: profile type %2 has no symbol; leave &quot;symbol&quot; empty</source>
        <translation>Zeile %1: Profiltyp %2 hat kein Sigel; lassen Sie &quot;symbol&quot; leer</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="123"/>
        <source>line %1: &quot;%2&quot; is not yes or no</source>
        <translation>Zeile %1: „%2“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterCsvReader.cpp" line="142"/>
        <source>line %1: member %2 has no profile type</source>
        <translation>Zeile %1: Mitglied %2 hat keinen Profiltyp</translation>
    </message>
</context>
<context>
    <name>RosterFile</name>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="30"/>
        <source>this is not an alma-p2p-wizard consortium file (it lacks &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>dies ist keine Konsortiumsdatei von alma-p2p-wizard (es fehlt &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="34"/>
        <source>expected the format version, a whole number</source>
        <translation>erwartet: die Formatversion, eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="38"/>
        <source>this file was written by a newer version of alma-p2p-wizard (consortium format %1); this version reads format %2. Nothing was read or changed.</source>
        <translation>diese Datei wurde von einer neueren Version von alma-p2p-wizard geschrieben (Konsortiumsformat %1); diese Version liest Format %2. Es wurde nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="43"/>
        <source>%1 is not a consortium format version</source>
        <translation>%1 ist keine Version des Konsortiumsformats</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="49"/>
        <source>&quot;%1&quot; is not a member this version knows; check its spelling</source>
        <translation>&quot;%1&quot; ist kein Feld, das diese Version kennt; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="108"/>
        <source>a member needs its &quot;record&quot; (code, name, profile type, symbol)</source>
        <translation>ein Mitglied benötigt seinen &quot;record&quot; (Code, Name, Profiltyp, Sigel)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="115"/>
        <source>the file holds %1, not a consortium (a JSON object)</source>
        <translation>der Inhalt der Datei ist %1, kein Konsortium (ein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="130"/>
        <source>the list has %1 members; a consortium file holds at most %2</source>
        <translation>die Liste hat %1 Mitglieder; eine Konsortiumsdatei enthält höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="186"/>
        <source>the agreed expiry time must be at least 1 day</source>
        <translation>die vereinbarte Ablaufzeit muss mindestens 1 Tag betragen</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="193"/>
        <source>member %1 has no code</source>
        <translation>Mitglied %1 hat keinen Code</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="195"/>
        <source>the code &quot;%1&quot; starts or ends with a space</source>
        <translation>der Code „%1“ beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="200"/>
        <source>the codes %1 and %2 are too alike: each member needs a code of its own (told apart only by case or punctuation, they would name the same file and key variable)</source>
        <translation>die Codes %1 und %2 sind zu ähnlich: jedes Mitglied braucht einen eigenen Code (nur durch Groß- und Kleinschreibung oder Satzzeichen unterschieden, benennen sie dieselbe Datei und dieselbe Schlüsselvariable)</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="206"/>
        <source>member %1 has no profile type</source>
        <translation>Mitglied %1 hat keinen Profiltyp</translation>
    </message>
    <message>
        <location filename="../app/consortium/RosterFile.cpp" line="223"/>
        <source>the file could not be read (%1)</source>
        <translation>die Datei konnte nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="37"/>
        <source>Profile type</source>
        <translation>Profiltyp</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="39"/>
        <source>Symbol</source>
        <translation>Sigel</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="41"/>
        <source>Alma institution</source>
        <translation>Alma-Institution</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="43"/>
        <source>Region or address</source>
        <translation>Region oder Adresse</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="45"/>
        <source>Lends</source>
        <translation>Verleiht</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="47"/>
        <source>Borrows</source>
        <translation>Entleiht</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="49"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="51"/>
        <source>Borrowing location</source>
        <translation>Standort aktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="53"/>
        <source>Lending location</source>
        <translation>Standort passive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RosterTableModel.cpp" line="83"/>
        <source>Partners of profile type %1 have no symbol.</source>
        <translation>Partner des Profiltyps %1 haben kein Sigel.</translation>
    </message>
</context>
<context>
    <name>RotaAssignmentRulePage</name>
    <message>
        <location filename="../wizard_pages/RotaAssignmentRulePage.cpp" line="20"/>
        <source>Rota assignment rule</source>
        <translation>Rota-Zuweisungsregel</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RotaAssignmentRulePage.cpp" line="21"/>
        <source>Use the rota template of section 12</source>
        <translation>Rota-Vorlage aus Abschnitt 12 verwenden</translation>
    </message>
</context>
<context>
    <name>RotaTemplatePage</name>
    <message>
        <location filename="../wizard_pages/RotaTemplatePage.cpp" line="22"/>
        <source>Select &amp;all partners</source>
        <translation>Alle &amp;Partner auswählen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RotaTemplatePage.cpp" line="25"/>
        <source>Rota template</source>
        <translation>Rota-Vorlage</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="37"/>
        <source>Temporary item creation rule</source>
        <translation>Regel für die Erstellung temporärer Exemplare</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="45"/>
        <source>Loan rule</source>
        <translation>Regel für die Ausleihe</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="49"/>
        <source>Lending Resource Sharing rule</source>
        <translation>Regel für die passive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="54"/>
        <source>Borrowing Resource Sharing rule</source>
        <translation>Regel für die aktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="60"/>
        <source>Rota assignment rule</source>
        <translation>Rota-Zuweisungsregel</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="71"/>
        <source>Sending borrowing request rule</source>
        <translation>Regel zum Senden aktiver Fernleihbestellungen</translation>
    </message>
</context>
<context>
    <name>RuleConditionTableModel</name>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="24"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="24"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="24"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleConditionTableModel.cpp" line="48"/>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>RuleCsvReader</name>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="27"/>
        <source>the text has %1 rows; a list holds at most %2 rules</source>
        <translation>der Text hat %1 Zeilen; eine Liste enthält höchstens %2 Regeln</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="60"/>
        <source>line %1: a value is longer than %2 characters</source>
        <translation>Zeile %1: ein Wert ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="66"/>
        <source>line %1: the rule has no name</source>
        <translation>Zeile %1: die Regel hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="74"/>
        <source>line %1: “%2” is not yes or no</source>
        <translation>Zeile %1: „%2“ ist weder yes noch no</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="80"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/file/RuleCsvReader.cpp" line="87"/>
        <source>there are no rules in the text</source>
        <translation>der Text enthält keine Regeln</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="38"/>
        <source>Input parameters of %1</source>
        <translation>Eingabeparameter: %1</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="40"/>
        <source>Add &amp;input</source>
        <translation>&amp;Eingabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="54"/>
        <source>Outputs of %1</source>
        <translation>Ausgaben: %1</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="56"/>
        <source>Add ou&amp;tput</source>
        <translation>Au&amp;sgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="29"/>
        <source>Rule enable&amp;d</source>
        <translation>Rege&amp;l aktiv</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="41"/>
        <source>Remo&amp;ve input</source>
        <translation>Eingabe en&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="57"/>
        <source>&amp;Remove output</source>
        <translation>Ausgabe ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="64"/>
        <source>Rule na&amp;me:</source>
        <translation>Regelna&amp;me:</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="74"/>
        <source>The inputs a preset gives this rule are suggested: %1.</source>
        <translation>Die Eingaben, die eine Vorlage dieser Regel gibt, sind Vorschläge: %1.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="85"/>
        <source>Input parameters (all must match; none matches every request):</source>
        <translation>Eingabeparameter (alle müssen zutreffen; ohne Eingabeparameter trifft die Regel auf jede Bestellung zu):</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="89"/>
        <source>Output parameters:</source>
        <translation>Ausgabeparameter:</translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="95"/>
        <source>&lt;b&gt;Where it goes in Alma&apos;s list&lt;/b&gt;</source>
        <translation>&lt;b&gt;Position in der Liste von Alma&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RuleListTableModel</name>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="35"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="35"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="36"/>
        <source>Input parameters (e.g. User Group InList STAFF, FACULTY; Location = MAIN)</source>
        <translation>Eingabeparameter (z. B. User Group InList STAFF, FACULTY; Location = MAIN)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="68"/>
        <source>%1 (the new rule)</source>
        <translation>%1 (die neue Regel)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="72"/>
        <source>The rule this setup adds; edit it above. Move it to where it goes in Alma&apos;s list.</source>
        <translation>Die Regel, die dieses Setup hinzufügt; bearbeiten Sie sie oben. Verschieben Sie sie an ihre Position in der Liste von Alma.</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="80"/>
        <source>(none: matches every request)</source>
        <translation>(keine: trifft auf jede Bestellung zu)</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="135"/>
        <source>Existing rule %1</source>
        <translation>Vorhandene Regel %1</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/RuleListTableModel.cpp" line="147"/>
        <source>The new rule cannot be removed from the list; move it instead.</source>
        <translation>Die neue Regel kann nicht aus der Liste entfernt werden; verschieben Sie sie stattdessen.</translation>
    </message>
</context>
<context>
    <name>RuleMatchSet</name>
    <message numerus="yes">
        <location filename="../app/checks/RuleMatchSet.cpp" line="65"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und noch %n</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/RuleMatchSet.cpp" line="213"/>
        <location filename="../app/checks/RuleMatchSet.cpp" line="269"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/checks/RuleMatchSet.cpp" line="275"/>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <location filename="../app/checks/RuleMatchSet.cpp" line="276"/>
        <source>any value except %1</source>
        <translation>beliebiger Wert außer %1</translation>
    </message>
</context>
<context>
    <name>RuleOperators</name>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="82"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="84"/>
        <source>Not =</source>
        <translation>Not =</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="85"/>
        <source>InList</source>
        <translation>InList</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="86"/>
        <source>NotInList</source>
        <translation>NotInList</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="87"/>
        <source>Is Empty</source>
        <translation>Is Empty</translation>
    </message>
    <message>
        <location filename="../app/model/RuleCatalog.cpp" line="88"/>
        <source>Is Not Empty</source>
        <translation>Is Not Empty</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../app/model/RuleText.cpp" line="101"/>
        <source>a quote (&quot;) is not closed: %1</source>
        <translation>ein Anführungszeichen (&quot;) ist nicht geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="121"/>
        <source>after the quoted value “%1” comes “%2”; put a comma between values</source>
        <translation>nach dem Wert in Anführungszeichen „%1“ folgt „%2“; setzen Sie ein Komma zwischen die Werte</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="181"/>
        <source>a value holding “;” needs quotes: &quot;%1&quot;</source>
        <translation>ein Wert mit „;“ braucht Anführungszeichen: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="241"/>
        <source>after “%1” comes no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</source>
        <translation>nach „%1“ folgt kein Operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="249"/>
        <source>“%1” has no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</source>
        <translation>„%1“ hat keinen Operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="253"/>
        <source>“%1” names no parameter before the operator</source>
        <translation>„%1“ nennt keinen Parameter vor dem Operator</translation>
    </message>
    <message>
        <location filename="../app/model/RuleText.cpp" line="263"/>
        <source>“%1” takes no value, but “%2” follows it</source>
        <translation>„%1“ nimmt keinen Wert, aber „%2“ folgt darauf</translation>
    </message>
</context>
<context>
    <name>SectionCatalog</name>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="18"/>
        <source>Configuration &gt; Fulfillment &gt; Library Management &gt; Library Details</source>
        <translation>Configuration &gt; Fulfillment &gt; Library Management &gt; Library Details</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="20"/>
        <source>Configuration &gt; Fulfillment &gt; Locations &gt; Physical Locations</source>
        <translation>Configuration &gt; Fulfillment &gt; Locations &gt; Physical Locations</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="22"/>
        <source>Configuration &gt; Fulfillment &gt; General &gt; Fulfillment Jobs Configuration</source>
        <translation>Configuration &gt; Fulfillment &gt; General &gt; Fulfillment Jobs Configuration</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="24"/>
        <source>Configuration &gt; Fulfillment &gt; General &gt; Other Settings</source>
        <translation>Configuration &gt; Fulfillment &gt; General &gt; Other Settings</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="26"/>
        <source>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Workflow Profiles</source>
        <translation>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Workflow Profiles</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="27"/>
        <source>Fulfillment &gt; Resource Sharing &gt; Partners</source>
        <translation>Fulfillment &gt; Resource Sharing &gt; Partners</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="29"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Item Policy</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Item Policy</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="30"/>
        <source>Configuration &gt; Fulfillment &gt; Library Management &gt; Temporary Item Creation Rules</source>
        <translation>Configuration &gt; Fulfillment &gt; Library Management &gt; Temporary Item Creation Rules</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="32"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Advanced Policy Configuration</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Advanced Policy Configuration</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="34"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Terms of Use and Policies</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Terms of Use and Policies</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="38"/>
        <source>Fulfillment &gt; Resource Sharing &gt; Rota Templates</source>
        <translation>Fulfillment &gt; Resource Sharing &gt; Rota Templates</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="40"/>
        <source>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Rota Assignment Rules</source>
        <translation>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Rota Assignment Rules</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="41"/>
        <source>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Sending Borrowing Request Rules</source>
        <translation>Configuration &gt; Fulfillment &gt; Resource Sharing &gt; Sending Borrowing Request Rules</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="46"/>
        <source>Resource Sharing Library</source>
        <translation>Fernleihbibliothek</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="47"/>
        <source>The resource sharing library houses the temporary borrowing and lending locations. Using your main library avoids a transit step on every receive and return; the stand-alone library Ex Libris created adds one.</source>
        <translation>Die Fernleihbibliothek enthält die temporären Standorte für die aktive und die passive Fernleihe. Mit Ihrer Hauptbibliothek entfällt der Transit-Schritt bei jedem Empfang und jeder Rückgabe; die von Ex Libris angelegte eigenständige Fernleihbibliothek fügt ihn hinzu.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="54"/>
        <source>Select the resource sharing library from the Configuring dropdown and open Library Details.</source>
        <translation>Wählen Sie im Auswahlmenü „Configuring“ die Fernleihbibliothek aus und öffnen Sie „Library Details“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="58"/>
        <source>In Resource Sharing Information, check Is Resource Sharing Library and enter your OCLC symbol in the Symbol field.</source>
        <translation>Aktivieren Sie unter „Resource Sharing Information“ das Kontrollkästchen „Is Resource Sharing Library“ und tragen Sie Ihr OCLC-Symbol in das Feld „Symbol“ ein.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="63"/>
        <source>In Borrowing Information, check Cancel Request on Locate Failure and Automatically Activate Locate Profile, then select the default location (temporary borrowing location) and the default pickup location.</source>
        <translation>Aktivieren Sie unter „Borrowing Information“ die Kontrollkästchen „Cancel Request on Locate Failure“ und „Automatically Activate Locate Profile“; wählen Sie dann als „Default Location“ den temporären Standort der aktiven Fernleihe und die „Default Pickup Location“ aus.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="69"/>
        <source>In Lending Information, check the six lending boxes and select the temporary lending location as the default location.</source>
        <translation>Aktivieren Sie unter „Lending Information“ die sechs Kontrollkästchen für die passive Fernleihe und wählen Sie als „Default Location“ den temporären Standort der passiven Fernleihe aus.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="74"/>
        <source>Check Locate By Fields, click No, and check the locate-by fields chosen below.</source>
        <translation>Aktivieren Sie „Locate By Fields“, klicken Sie auf „No“ und aktivieren Sie die unten gewählten Felder für die Lokalisierung.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="77"/>
        <location filename="../app/model/SectionCatalog.cpp" line="194"/>
        <source>Click Save.</source>
        <translation>Klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="81"/>
        <source>Temporary Resource Sharing Locations</source>
        <translation>Temporäre Fernleihstandorte</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="82"/>
        <source>Temporary item records for items you borrow are housed in the temporary borrowing location; items you lend are moved to the temporary lending location while they are away.</source>
        <translation>Die temporären Exemplarsätze der Exemplare, die Sie entleihen, liegen im temporären Standort der aktiven Fernleihe; Exemplare, die Sie verleihen, werden für die Zeit ihrer Abwesenheit in den temporären Standort der passiven Fernleihe verschoben.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="88"/>
        <source>Select the resource sharing library from the Configuring dropdown and open Physical Locations.</source>
        <translation>Wählen Sie im Auswahlmenü „Configuring“ die Fernleihbibliothek aus und öffnen Sie „Physical Locations“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="93"/>
        <source>Add Location: the temporary borrowing location, with the values below.</source>
        <translation>„Add Location“: der temporäre Standort der aktiven Fernleihe, mit den Werten unten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="96"/>
        <source>Open the existing temporary borrowing location and check it has the values below.</source>
        <translation>Öffnen Sie den bestehenden temporären Standort der aktiven Fernleihe und prüfen Sie, dass er die Werte unten hat.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="99"/>
        <source>Add Location: the temporary lending location, with the values below.</source>
        <translation>„Add Location“: der temporäre Standort der passiven Fernleihe, mit den Werten unten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="102"/>
        <source>Open the existing temporary lending location and check it has the values below.</source>
        <translation>Öffnen Sie den bestehenden temporären Standort der passiven Fernleihe und prüfen Sie, dass er die Werte unten hat.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="105"/>
        <source>Attach the resource sharing library&apos;s circulation desk to the borrowing location with Check In, Check Out and Reshelve checked, then Save.</source>
        <translation>Verknüpfen Sie die Ausleihtheke der Fernleihbibliothek mit dem Standort der aktiven Fernleihe, aktivieren Sie „Check In“, „Check Out“ und „Reshelve“ und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="110"/>
        <source>Attach the same circulation desk to the lending location with Check In, Check Out and Reshelve checked, then Save.</source>
        <translation>Verknüpfen Sie dieselbe Ausleihtheke mit dem Standort der passiven Fernleihe, aktivieren Sie „Check In“, „Check Out“ und „Reshelve“ und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="115"/>
        <source>Resource Sharing Jobs</source>
        <translation>Fernleihprozesse</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="116"/>
        <source>Without the Expired Resource Sharing Requests job, requests never move on to the next lender when a partner does not fill them within its expiry days. Requests expire at the next run after that, not at exactly that many days.</source>
        <translation>Ohne den Prozess „Expired Resource Sharing Requests“ gehen Bestellungen nie an den nächsten Lieferpartner weiter, wenn ein Partner sie nicht innerhalb seiner Ablaufzeit erfüllt. Bestellungen laufen beim nächsten Prozesslauf danach ab, nicht genau nach dieser Anzahl von Tagen.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="123"/>
        <source>Switch the Expired Resource Sharing Requests job to Active, select the schedule below, and click Save.</source>
        <translation>Setzen Sie den Prozess „Expired Resource Sharing Requests“ auf „Active“, wählen Sie den Zeitplan unten aus und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="129"/>
        <source>Other Resource Sharing Settings</source>
        <translation>Weitere Fernleiheinstellungen</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="37"/>
        <source>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Fulfillment Units</source>
        <translation>Configuration &gt; Fulfillment &gt; Physical Fulfillment &gt; Fulfillment Units</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="130"/>
        <source>The guide sets two parameters here, to the code of your resource sharing library and to the code of your temporary borrowing location: where Alma creates the temporary items of borrowed books. The guide&apos;s table of their names was lost; only the library parameter&apos;s name is confirmed.</source>
        <translation>Der Leitfaden setzt hier zwei Parameter, auf den Code Ihrer Fernleihbibliothek und auf den Code Ihres temporären Standorts der aktiven Fernleihe: dort legt Alma die temporären Exemplare entliehener Bücher an. Die Tabelle des Leitfadens mit ihren Namen ging verloren; nur der Name des Bibliotheksparameters ist bestätigt.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="137"/>
        <source>Open Other Settings (the fulfillment customer parameters).</source>
        <translation>Öffnen Sie „Other Settings“ (die Kundenparameter für die Benutzung).</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="140"/>
        <source>Set each parameter below to its value and click Save.</source>
        <translation>Setzen Sie jeden Parameter unten auf seinen Wert und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="143"/>
        <source>Workflow Profiles</source>
        <translation>Workflow-Profile</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="144"/>
        <source>Workflow profiles decide which steps a resource sharing request goes through. Partners refer to them, so create them before editing the partners.</source>
        <translation>Workflow-Profile legen fest, welche Schritte eine Fernleihbestellung durchläuft. Partner verweisen auf sie; legen Sie sie daher an, bevor Sie die Partner bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="150"/>
        <source>Add Workflow Profile: the borrowing profile, Type Borrowing, with the steps checked below; Add and Close.</source>
        <translation>„Add Workflow Profile“: das Profil für die aktive Fernleihe mit dem Typ (Type) „Borrowing“ und den unten angehakten Schritten; dann „Add and Close“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="155"/>
        <source>Add Workflow Profile: the lending profile, Type Lending, with the steps checked below; Add and Close.</source>
        <translation>„Add Workflow Profile“: das Profil für die passive Fernleihe mit dem Typ (Type) „Lending“ und den unten angehakten Schritten; dann „Add and Close“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="160"/>
        <source>Resource Sharing Partners</source>
        <translation>Fernleihpartner</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="161"/>
        <source>Partners let Alma institutions send resource sharing requests to each other. Each partner needs your workflow profiles and an expiry time.</source>
        <translation>Über Partner senden Alma-Institutionen einander Fernleihbestellungen. Jeder Partner braucht Ihre Workflow-Profile und eine Ablaufzeit.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="167"/>
        <source>On the Community tab, search by Name for each partner, click the ellipsis and Copy.</source>
        <translation>Suchen Sie auf dem Tab „Community“ jeden Partner über „Name“, klicken Sie auf die Auslassungspunkte und auf „Copy“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="171"/>
        <source>On the Institution tab, Edit each partner and select the borrowing and lending workflow profiles.</source>
        <translation>Bearbeiten Sie auf dem Tab „Institution“ jeden Partner („Edit“) und wählen Sie die Workflow-Profile für die aktive und die passive Fernleihe aus.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="176"/>
        <source>On the Parameters tab, set Expiry Time (Days) and click Save.</source>
        <translation>Legen Sie auf dem Tab „Parameters“ die „Expiry Time (Days)“ fest und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="180"/>
        <source>Item Policy</source>
        <translation>Exemplarrichtlinie</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="181"/>
        <source>This item policy is added to the temporary records Alma creates for the items you borrow, so they get the right terms of use.</source>
        <translation>Die temporären Sätze, die Alma für die von Ihnen entliehenen Exemplare anlegt, erhalten diese Exemplarrichtlinie, damit für sie die richtigen Nutzungsbedingungen gelten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="187"/>
        <source>Select the resource sharing library from the Configuring dropdown and open Item Policy.</source>
        <translation>Wählen Sie im Auswahlmenü „Configuring“ die Fernleihbibliothek aus und öffnen Sie „Item Policy“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="191"/>
        <source>Click Add Row, enter the code and description below, and click Add Row.</source>
        <translation>Klicken Sie auf „Add Row“, geben Sie den Code und die Beschreibung unten ein und klicken Sie auf „Add Row“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="197"/>
        <source>Temporary Item Creation Rule</source>
        <translation>Regel für die Erstellung temporärer Exemplare</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="198"/>
        <source>This rule gives the temporary records of borrowed items your item policy and the temporary borrowing location. Without it, borrowed items get the wrong terms of use and due dates.</source>
        <translation>Diese Regel gibt den temporären Sätzen entliehener Exemplare Ihre Exemplarrichtlinie und den temporären Standort der aktiven Fernleihe. Ohne sie erhalten entliehene Exemplare falsche Nutzungsbedingungen und Fälligkeitsdaten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="204"/>
        <source>Select the resource sharing library from the Configuring dropdown, open Temporary Item Creation Rules and click Add Rule.</source>
        <translation>Wählen Sie im Auswahlmenü „Configuring“ die Fernleihbibliothek aus, öffnen Sie „Temporary Item Creation Rules“ und klicken Sie auf „Add Rule“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="209"/>
        <source>Set the input Resource Sharing Partner InList your partners, and the outputs below.</source>
        <translation>Legen Sie den Eingabeparameter „Resource Sharing Partner“ (Operator InList, Werte: Ihre Partner) an und tragen Sie die Ausgabeparameter unten ein.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="213"/>
        <source>Move the rule to the top of the Temporary Item Creation Rules list.</source>
        <translation>Verschieben Sie die Regel ganz nach oben in der Liste „Temporary Item Creation Rules“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="218"/>
        <source>Fulfillment Policies</source>
        <translation>Benutzungsrichtlinien</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="219"/>
        <source>The loan and lending terms of use are built from these policies. Agree the values with your lending partners; policies you already have can be reused.</source>
        <translation>Aus diesen Richtlinien werden die Nutzungsbedingungen für die Ausleihe und die passive Fernleihe gebildet. Stimmen Sie die Werte mit Ihren Lieferpartnern ab; vorhandene Richtlinien können Sie wiederverwenden.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="225"/>
        <source>Agree the policy values (loan period, renewals, due date …) with your partners.</source>
        <translation>Stimmen Sie die Werte der Richtlinien (Leihfrist, Verlängerungen, Fälligkeitsdatum …) mit Ihren Partnern ab.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="229"/>
        <source>Click Add Fulfillment Policy for each policy below, configure it and click Save.</source>
        <translation>Klicken Sie für jede Richtlinie unten auf „Add Fulfillment Policy“, konfigurieren Sie sie und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="233"/>
        <source>Terms of Use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="234"/>
        <source>The terms of use set the loan and renewal periods for items you borrow and lend, and decide which user groups may place borrowing requests in Primo.</source>
        <translation>Die Nutzungsbedingungen legen die Leih- und Verlängerungsfristen für entliehene und verliehene Exemplare fest und bestimmen, welche Benutzergruppen in Primo Fernleihbestellungen aufgeben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="240"/>
        <source>Add a Terms of Use of type Loan with the policies below, and Save.</source>
        <translation>Legen Sie Nutzungsbedingungen vom Typ „Loan“ mit den Richtlinien unten an und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="244"/>
        <source>Add a Terms of Use of type Lending Resource Sharing with the policies below, and Save.</source>
        <translation>Legen Sie Nutzungsbedingungen vom Typ „Lending Resource Sharing“ mit den Richtlinien unten an und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="248"/>
        <source>Add a Terms of Use of type Borrowing Resource Sharing with the policies below, and Save.</source>
        <translation>Legen Sie Nutzungsbedingungen vom Typ „Borrowing Resource Sharing“ mit den Richtlinien unten an und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="253"/>
        <source>Fulfillment Unit Rules</source>
        <translation>Regeln der Fulfillment Unit</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="254"/>
        <source>These rules assign your new terms of use to the items you borrow and lend. Alma uses the first rule that matches, so each new rule must stand above any rule that could match the same items or users.</source>
        <translation>Diese Regeln weisen den entliehenen und verliehenen Exemplaren Ihre neuen Nutzungsbedingungen zu. Alma verwendet die erste zutreffende Regel; jede neue Regel muss daher über allen Regeln stehen, die auf dieselben Exemplare oder Benutzer zutreffen könnten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="260"/>
        <source>Edit the resource sharing fulfillment unit, Fulfillment Unit Rules tab, Rule Type Loan: add the Loan rule below.</source>
        <translation>Bearbeiten Sie die Fulfillment Unit der Fernleihbibliothek und fügen Sie auf dem Tab „Fulfillment Unit Rules“ unter Rule Type „Loan“ die unten stehende Regel für die Ausleihe hinzu.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="265"/>
        <source>Move the Loan rule above any other Loan rule that could match the same items.</source>
        <translation>Verschieben Sie die Regel für die Ausleihe über alle anderen Regeln vom Typ „Loan“, die auf dieselben Exemplare zutreffen könnten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="269"/>
        <source>Rule Type Lending Resource Sharing: add the lending rule below.</source>
        <translation>Fügen Sie unter Rule Type „Lending Resource Sharing“ die unten stehende Regel für die passive Fernleihe hinzu.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="273"/>
        <source>Move the lending rule above any other Lending Resource Sharing rule that could match the same items.</source>
        <translation>Verschieben Sie die Regel für die passive Fernleihe über alle anderen Regeln vom Typ „Lending Resource Sharing“, die auf dieselben Exemplare zutreffen könnten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="278"/>
        <source>Rule Type Borrowing Resource Sharing: add the borrowing rule below with the user groups allowed to request.</source>
        <translation>Fügen Sie unter Rule Type „Borrowing Resource Sharing“ die unten stehende Regel für die aktive Fernleihe mit den Benutzergruppen hinzu, die bestellen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="284"/>
        <source>Move the borrowing rule above any other Borrowing Resource Sharing rule that could stop these users from requesting.</source>
        <translation>Verschieben Sie die Regel für die aktive Fernleihe über alle anderen Regeln vom Typ „Borrowing Resource Sharing“, die diese Benutzer am Bestellen hindern könnten.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="289"/>
        <source>Rota Template</source>
        <translation>Rota-Vorlage</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="290"/>
        <source>The rota template decides which peer-to-peer libraries are added to your request rotas. It is done from the main Alma page, not from Configuration.</source>
        <translation>Die Rota-Vorlage legt fest, welche Peer-to-Peer-Bibliotheken in die Rotas Ihrer Bestellungen aufgenommen werden. Sie wird auf der Alma-Hauptseite angelegt, nicht im Konfigurationsmenü.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="296"/>
        <source>Click Add Template, fill in the values below and click Save and Add Members.</source>
        <translation>Klicken Sie auf „Add Template“, tragen Sie die Werte unten ein und klicken Sie auf „Save and Add Members“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="300"/>
        <source>Click Add Partners, select the members below and click Save.</source>
        <translation>Klicken Sie auf „Add Partners“, wählen Sie die Mitglieder unten aus und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="304"/>
        <source>Rota Assignment Rule</source>
        <translation>Rota-Zuweisungsregel</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="305"/>
        <source>The rota assignment rule determines where your peer-to-peer libraries are positioned in your request rotas. Alma uses the first rule that matches, so the guide puts it at the top of the list.</source>
        <translation>Die Rota-Zuweisungsregel bestimmt, an welcher Stelle Ihre Peer-to-Peer-Bibliotheken in Ihren Bestell-Rotas stehen. Alma verwendet die erste passende Regel, daher setzt der Leitfaden sie an den Anfang der Liste.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="311"/>
        <location filename="../app/model/SectionCatalog.cpp" line="326"/>
        <source>Click Add Rule, configure it as agreed with your partners and click Save.</source>
        <translation>Klicken Sie auf „Add Rule“, konfigurieren Sie die Regel wie mit Ihren Partnern vereinbart und klicken Sie auf „Save“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="315"/>
        <source>Move the rule to the top of the Rota Assignment Rules list.</source>
        <translation>Verschieben Sie die Regel ganz nach oben in der Liste „Rota Assignment Rules“.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="319"/>
        <source>Sending Borrowing Request Rule</source>
        <translation>Regel zum Senden aktiver Fernleihbestellungen</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="320"/>
        <source>This rule sends borrowing requests to your peer-to-peer partners automatically; without one, requests wait in Ready to be sent. Your existing rules may already do this.</source>
        <translation>Diese Regel sendet aktive Fernleihbestellungen automatisch an Ihre Peer-to-Peer-Partner; ohne eine solche Regel warten Bestellungen im Status „Ready to be sent“. Vielleicht erledigen das bereits Ihre vorhandenen Regeln.</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="422"/>
        <source>Institution level</source>
        <translation>Institutionsebene</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="424"/>
        <source>Configuring: the resource sharing library</source>
        <translation>Configuring: die Fernleihbibliothek</translation>
    </message>
    <message>
        <location filename="../app/model/SectionCatalog.cpp" line="426"/>
        <source>Main Alma page (not Configuration)</source>
        <translation>Alma-Hauptseite (nicht das Konfigurationsmenü)</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="39"/>
        <source>&lt;b&gt;Where:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Wo:&lt;/b&gt; %1 – %2</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="235"/>
        <source>Not needed?</source>
        <translation>Nicht erforderlich?</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="236"/>
        <source>This section is not nee&amp;ded for our setup</source>
        <translation>Dieser Abschnitt &amp;ist für unser Setup nicht erforderlich</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="240"/>
        <source>Why, for whoever reads the report</source>
        <translation>Warum? Für alle, die den Bericht lesen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="241"/>
        <source>Rea&amp;son:</source>
        <translation>Begr&amp;ündung:</translation>
    </message>
</context>
<context>
    <name>SectionProgressList</name>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="48"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="52"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="60"/>
        <source>&amp;Sections</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SectionProgressList.cpp" line="91"/>
        <source>%1 of %n section(s) done · %2% of the steps</source>
        <translation>
            <numerusform>%1 von %n Abschnitt erledigt · %2 % der Schritte</numerusform>
            <numerusform>%1 von %n Abschnitten erledigt · %2 % der Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionStatusModel</name>
    <message numerus="yes">
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="90"/>
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 von %n Schritt</numerusform>
            <numerusform>%1 von %n Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="97"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="99"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="55"/>
        <source>Not needed: %1</source>
        <translation>Nicht erforderlich: %1</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="56"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="109"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="113"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="115"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/itemmodels/SectionStatusModel.cpp" line="117"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>SendingBorrowingRequestRulePage</name>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="23"/>
        <source>Alma&apos;s default is not to send requests automatically: they wait in Ready to be sent. If your existing rules already send requests to these partners, mark this section not needed and say why.</source>
        <translation>Standardmäßig sendet Alma Bestellungen nicht automatisch: Sie warten im Status „Ready to be sent“. Wenn Ihre vorhandenen Regeln bereits Bestellungen an diese Partner senden, markieren Sie diesen Abschnitt als nicht erforderlich und geben Sie den Grund an.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="28"/>
        <source>Sending borrowing request rule</source>
        <translation>Regel zum Senden aktiver Fernleihbestellungen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="29"/>
        <source>Use all partners</source>
        <translation>Alle Partner verwenden</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="31"/>
        <source>Sets the input Resource Sharing Partner InList to every partner of section 6.</source>
        <translation>Setzt die Eingabe „Resource Sharing Partner InList“ auf alle Partner aus Abschnitt 6.</translation>
    </message>
</context>
<context>
    <name>SetupDocument</name>
    <message>
        <location filename="../app/file/SetupDocument.cpp" line="36"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="24"/>
        <source>The file on disk was not changed.</source>
        <translation>Die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="46"/>
        <source>This is a folder: choose a file name inside it.</source>
        <translation>Dies ist ein Ordner: Wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="49"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="54"/>
        <source>The setup could not be saved here: %1. The folder may be read-only; choose another place with Save As.</source>
        <translation>Das Setup konnte hier nicht gespeichert werden: %1. Der Ordner ist vielleicht schreibgeschützt; wählen Sie mit „Speichern unter“ einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFile.cpp" line="62"/>
        <source>The setup could not be saved: %1.</source>
        <translation>Das Setup konnte nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>SetupFileFormat</name>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="44"/>
        <source>the file holds %1, not a setup (a JSON object)</source>
        <translation>der Inhalt der Datei ist %1, kein Setup (ein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="49"/>
        <source>the file has no &quot;%1&quot; part; it may be cut short or edited by hand</source>
        <translation>der Datei fehlt der Teil &quot;%1&quot;; sie ist vielleicht abgeschnitten oder von Hand bearbeitet</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="83"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="85"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="85"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="89"/>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="94"/>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="97"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="99"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="101"/>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="222"/>
        <source>the file holds binary data, not JSON text</source>
        <translation>die Datei enthält Binärdaten, keinen JSON-Text</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="94"/>
        <source>this is not an alma-p2p-wizard setup file (it lacks &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>dies ist keine Setup-Datei von alma-p2p-wizard (es fehlt &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="98"/>
        <source>the file does not say which format version it uses</source>
        <translation>die Datei gibt nicht an, welche Formatversion sie verwendet</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="146"/>
        <location filename="../app/file/SetupFileFormat.cpp" line="100"/>
        <source>expected a whole number, found %1</source>
        <translation>erwartet: eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="104"/>
        <source>this file was written by a newer version of alma-p2p-wizard (setup format %1); this version reads format %2. Open it with a newer version of the program; nothing was read or changed.</source>
        <translation>diese Datei wurde von einer neueren Version von alma-p2p-wizard geschrieben (Setup-Format %1); diese Version liest Format %2. Öffnen Sie sie mit einer neueren Version des Programms; es wurde nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="109"/>
        <source>%1 is not a setup format version</source>
        <translation>%1 ist keine Version des Setup-Formats</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="108"/>
        <source>expected an object ({ … }), found %1</source>
        <translation>erwartet: ein Objekt ({ … }), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="115"/>
        <source>expected a list ([ … ]), found %1</source>
        <translation>erwartet: eine Liste ([ … ]), gefunden: %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="118"/>
        <source>the list has %1 items; a setup holds at most %2 in one list</source>
        <translation>die Liste hat %1 Einträge; ein Setup enthält höchstens %2 in einer Liste</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="126"/>
        <source>expected text, found %1</source>
        <translation>erwartet: Text, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="130"/>
        <source>the text is %1 characters long; a value holds at most %2</source>
        <translation>der Text ist %1 Zeichen lang; ein Wert hat höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="139"/>
        <source>expected true or false, found %1</source>
        <translation>erwartet: true oder false, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="151"/>
        <location filename="../app/file/JsonValueReader.cpp" line="237"/>
        <source>the number %1 is too large</source>
        <translation>die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="169"/>
        <source>expected a date and time such as 2026-11-29T14:05:00Z, found &quot;%1&quot;</source>
        <translation>erwartet: Datum und Uhrzeit wie 2026-11-29T14:05:00Z, gefunden: „%1“</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="171"/>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="193"/>
        <source>&quot;%1&quot; is not one of Alma&apos;s values (%2)</source>
        <translation>„%1“ ist keiner der Werte von Alma (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="208"/>
        <source>a partner needs a &quot;code&quot;</source>
        <translation>ein Partner benötigt einen &quot;code&quot;</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="246"/>
        <source>two rules are marked &quot;new&quot;: true; only the rule the setup adds may be</source>
        <translation>zwei Regeln sind mit &quot;new&quot;: true markiert; das darf nur die Regel sein, die das Setup hinzufügt</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="260"/>
        <source>no rule in this list is marked &quot;new&quot;: true (the rule the setup adds)</source>
        <translation>keine Regel in dieser Liste ist mit &quot;new&quot;: true markiert (die Regel, die das Setup hinzufügt)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="342"/>
        <source>&quot;%1&quot; is not a rule operator (%2)</source>
        <translation>„%1“ ist kein Regeloperator (%2)</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="355"/>
        <source>there are %1 Alma results; a setup holds at most %2</source>
        <translation>es gibt %1 Alma-Ergebnisse; ein Setup enthält höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="360"/>
        <source>an item key is %1 bytes long; a value holds at most %2</source>
        <translation>ein Eintragsschlüssel ist %1 Byte lang; ein Wert hat höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="372"/>
        <source>&quot;%1&quot; is not a result the wizard knows</source>
        <translation>„%1“ ist kein Ergebnis, das der Assistent kennt</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="388"/>
        <source>the Alma result has no &quot;outcome&quot;</source>
        <translation>dem Alma-Ergebnis fehlt &quot;outcome&quot;</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="66"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/file/SetupFileFormat.cpp" line="467"/>
        <source>the file could not be read (%1)</source>
        <translation>die Datei konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="219"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="227"/>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation>Listen und Objekte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="235"/>
        <source>the file ends too early; it may have been cut short</source>
        <translation>die Datei endet zu früh; sie wurde vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="239"/>
        <source>this is not valid JSON (%1)</source>
        <translation>dies ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../app/file/JsonValueReader.cpp" line="241"/>
        <source>this is not valid JSON</source>
        <translation>dies ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="142"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="149"/>
        <source>Apply preset</source>
        <translation>Voreinstellung anwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="182"/>
        <source>Add %n partner(s)</source>
        <translation>
            <numerusform>%n Partner hinzufügen</numerusform>
            <numerusform>%n Partner hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="193"/>
        <source>Edit partner %1</source>
        <translation>Partner %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="201"/>
        <source>Remove %n partner(s)</source>
        <translation>
            <numerusform>%n Partner entfernen</numerusform>
            <numerusform>%n Partner entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="227"/>
        <source>Import partners</source>
        <translation>Partner importieren</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="235"/>
        <source>Edit other settings</source>
        <translation>Andere Einstellungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="252"/>
        <source>Edit fulfillment policies</source>
        <translation>Benutzungsrichtlinien bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="260"/>
        <source>Edit rule %1</source>
        <translation>Regel %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="269"/>
        <source>Edit existing rules</source>
        <translation>Vorhandene Regeln bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="292"/>
        <source>Tick step</source>
        <translation>Schritt abhaken</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="292"/>
        <source>Untick step</source>
        <translation>Haken bei Schritt entfernen</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="309"/>
        <source>Edit tick</source>
        <translation>Haken bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="324"/>
        <source>Record Alma results</source>
        <translation>Alma-Ergebnisse eintragen</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="343"/>
        <source>Mark section not needed</source>
        <translation>Abschnitt als nicht erforderlich markieren</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="343"/>
        <source>Mark section needed</source>
        <translation>Abschnitt als erforderlich markieren</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="376"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="378"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="380"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="382"/>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location filename="../app/model/SetupModel.cpp" line="446"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="453"/>
        <source>%1 of %n section(s) done or not needed</source>
        <translation>
            <numerusform>%1 von %n Abschnitt erledigt oder nicht erforderlich</numerusform>
            <numerusform>%1 von %n Abschnitten erledigt oder nicht erforderlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/SetupModel.cpp" line="454"/>
        <source>; %1 of %n step(s) ticked (%2%)</source>
        <translation>
            <numerusform>; %1 von %n Schritt abgehakt (%2%)</numerusform>
            <numerusform>; %1 von %n Schritten abgehakt (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupTableModel</name>
    <message>
        <location filename="../app/itemmodels/SetupTableModel.cpp" line="101"/>
        <source>Typed in this setup: not a name the guide or Ex Libris gives. Check it in Alma.</source>
        <translation>In dieser Einrichtung eingegeben: kein Name aus dem Leitfaden oder von Ex Libris. Prüfen Sie ihn in Alma.</translation>
    </message>
</context>
<context>
    <name>SetupValidator</name>
    <message numerus="yes">
        <location filename="../app/checks/SetupValidator.cpp" line="28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und noch %n</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="112"/>
        <source>the Alma sandbox</source>
        <translation>der Alma-Sandbox</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="112"/>
        <source>Alma</source>
        <translation>Alma</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="115"/>
        <source>%1 could not be written to %2: %3</source>
        <translation>%1 konnte nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="116"/>
        <source>Correct it here or in Alma, then push again; only what is left is sent.</source>
        <translation>Korrigieren Sie das Problem hier oder in Alma und übertragen Sie dann erneut; gesendet wird nur, was noch offen ist.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="119"/>
        <source>%1 in %2 differs from this setup: %3</source>
        <translation>%1 in %2 weicht von diesem Setup ab: %3</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="120"/>
        <source>Change it in Alma (or push it), or change the setup, then verify again.</source>
        <translation>Ändern Sie das Objekt in Alma (oder übertragen Sie es) oder ändern Sie das Setup; gleichen Sie danach erneut ab.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="129"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="130"/>
        <source>Enter it as it is (or will be) in Alma.</source>
        <translation>Geben Sie den Wert so ein, wie er in Alma ist (oder sein wird).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="141"/>
        <source>%1 &quot;%2&quot; has %3 characters; Alma location codes have at most 10.</source>
        <translation>%1 „%2“ hat %3 Zeichen; Standortcodes in Alma haben höchstens 10.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="144"/>
        <source>Shorten the code to 10 characters or fewer.</source>
        <translation>Kürzen Sie den Code auf höchstens 10 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="147"/>
        <source>%1 &quot;%2&quot; contains a comma, which Alma does not allow in location codes.</source>
        <translation>%1 „%2“ enthält ein Komma; Alma erlaubt in Standortcodes keine Kommas.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="148"/>
        <source>Remove the comma from the code.</source>
        <translation>Entfernen Sie das Komma aus dem Code.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="159"/>
        <source>%1 is empty; it should be %2 &quot;%3&quot;.</source>
        <translation>%1 ist leer; richtig wäre %2, „%3“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="160"/>
        <location filename="../app/checks/SetupValidator.cpp" line="296"/>
        <source>Set %1 to &quot;%2&quot;.</source>
        <translation>Setzen Sie %1 auf „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="163"/>
        <location filename="../app/checks/SetupValidator.cpp" line="295"/>
        <source>%1 is &quot;%2&quot;, but %3 is &quot;%4&quot;.</source>
        <translation>%1 ist „%2“, aber %3 ist „%4“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="164"/>
        <source>Set %1 to &quot;%2&quot; (or change %3).</source>
        <translation>Setzen Sie %1 auf „%2“ (andernfalls ist %3 zu ändern).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="178"/>
        <location filename="../app/checks/SetupValidator.cpp" line="581"/>
        <source>(unnamed rule)</source>
        <translation>(Regel ohne Namen)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="201"/>
        <source>Rule &quot;%1&quot; has no %2 output; it should be %3 &quot;%4&quot;.</source>
        <translation>Regel „%1“ hat keine Ausgabe %2; erwartet: %3, „%4“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="203"/>
        <source>Add the output %1 = &quot;%2&quot;.</source>
        <translation>Fügen Sie die Ausgabe %1 = „%2“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="206"/>
        <source>Rule &quot;%1&quot; sets %2 to &quot;%3&quot;, but %4 is &quot;%5&quot;.</source>
        <translation>Regel „%1“ setzt %2 auf „%3“; erwartet: %4, „%5“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="208"/>
        <source>Set the output %1 to &quot;%2&quot;.</source>
        <translation>Setzen Sie die Ausgabe %1 auf „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="218"/>
        <source>A stand-alone resource sharing library adds a transit step to every receive and return.</source>
        <translation>Eine eigenständige Fernleihbibliothek fügt jedem Empfang und jeder Rückgabe einen Transit-Schritt hinzu.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="219"/>
        <source>Use the main library as the resource sharing library unless you need the separate one.</source>
        <translation>Verwenden Sie die Hauptbibliothek als Fernleihbibliothek, sofern Sie keine separate benötigen.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="229"/>
        <source>the temporary borrowing location (section 2)</source>
        <translation>der temporäre Standort der aktiven Fernleihe (Abschnitt 2)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="231"/>
        <source>the temporary lending location (section 2)</source>
        <translation>der temporäre Standort der passiven Fernleihe (Abschnitt 2)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="247"/>
        <source>The borrowing and lending locations have the same code &quot;%1&quot;.</source>
        <translation>Die Standorte der aktiven und der passiven Fernleihe haben denselben Code „%1“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="248"/>
        <source>Give each temporary location its own code (WRLC uses CLSBORR and CLSLEND).</source>
        <translation>Geben Sie jedem temporären Standort einen eigenen Code (WRLC verwendet CLSBORR und CLSLEND).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="257"/>
        <source>The Expired Resource Sharing Requests job is not active: requests will never move on to the next lender.</source>
        <translation>Der Prozess „Expired Resource Sharing Requests“ ist nicht aktiv: Bestellungen gehen nie an den nächsten Lieferpartner weiter.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="259"/>
        <source>Activate the job, every day at 02:00.</source>
        <translation>Aktivieren Sie den Prozess, täglich um 02:00 Uhr.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="272"/>
        <source>The parameter %1 is listed twice.</source>
        <translation>Der Parameter %1 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="272"/>
        <source>Keep one row for %1.</source>
        <translation>Behalten Sie nur eine Zeile für %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="224"/>
        <source>The OCLC symbol &quot;%1&quot; does not look like one: symbols are short codes of capital letters and digits (this program&apos;s reading of OCLC&apos;s symbols, not the guide&apos;s).</source>
        <translation>Das OCLC-Symbol „%1“ sieht nicht wie eines aus: Symbole sind kurze Codes aus Großbuchstaben und Ziffern (so liest dieses Programm die OCLC-Symbole, nicht der Leitfaden).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="227"/>
        <source>Check the symbol in the OCLC directory.</source>
        <translation>Prüfen Sie das Symbol im OCLC-Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="284"/>
        <source> This parameter&apos;s name is unconfirmed: check your Other Settings table.</source>
        <translation> Der Name dieses Parameters ist nicht bestätigt: prüfen Sie Ihre Tabelle „Other Settings“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="290"/>
        <source>The parameter %1 is not in the list.</source>
        <translation>Der Parameter %1 fehlt in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="291"/>
        <source>Add the row %1 with %2.</source>
        <translation>Fügen Sie die Zeile %1 hinzu; Wert: %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="292"/>
        <source>Add the row %1 = &quot;%2&quot;.</source>
        <translation>Fügen Sie die Zeile %1 = „%2“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="310"/>
        <source>The borrowing and lending profiles have the same code &quot;%1&quot;.</source>
        <translation>Die Profile der aktiven und der passiven Fernleihe haben denselben Code „%1“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="311"/>
        <source>Give each workflow profile its own code.</source>
        <translation>Geben Sie jedem Workflow-Profil einen eigenen Code.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="319"/>
        <source>The default expiry time must be a positive number of days.</source>
        <translation>Die Standard-Ablaufzeit muss eine positive Anzahl von Tagen sein.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="320"/>
        <source>Use 4 days, as SUNY and FLVC do.</source>
        <translation>Verwenden Sie 4 Tage, wie SUNY und FLVC.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="322"/>
        <source>No partners are listed yet.</source>
        <translation>Es sind noch keine Partner eingetragen.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="323"/>
        <source>Add your peer-to-peer partners, or import them from a CSV file.</source>
        <translation>Fügen Sie Ihre Peer-to-Peer-Partner hinzu oder importieren Sie sie aus einer CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="330"/>
        <source>borrowing</source>
        <translation>die aktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="331"/>
        <source>lending</source>
        <translation>die passive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="338"/>
        <source>The partner in row %1</source>
        <translation>Der Partner in Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="338"/>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="341"/>
        <source>%1 has no code.</source>
        <translation>%1 hat keinen Code.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="342"/>
        <source>Enter the partner&apos;s code as in Alma.</source>
        <translation>Geben Sie den Code des Partners wie in Alma ein.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="345"/>
        <source>Partner code %1 is listed more than once.</source>
        <translation>Der Partnercode %1 kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="346"/>
        <source>Remove the extra row; partner codes are unique in Alma.</source>
        <translation>Entfernen Sie die überzählige Zeile; Partnercodes sind in Alma eindeutig.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="351"/>
        <source>%1 has expiry time %2; it must be a positive number of days.</source>
        <translation>%1 hat die Ablaufzeit %2; sie muss eine positive Anzahl von Tagen sein.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="352"/>
        <source>Set the expiry time (e.g. 4 days).</source>
        <translation>Legen Sie die Ablaufzeit fest (z. B. 4 Tage).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="360"/>
        <source>%1 has no %2 workflow.</source>
        <translation>%1 hat keinen Workflow für %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="361"/>
        <source>Choose the %1 profile %2.</source>
        <translation>Wählen Sie für %1 das Profil %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="364"/>
        <source>%1 uses the %2 workflow &quot;%3&quot;, not the peer-to-peer profile &quot;%4&quot; of section 5.</source>
        <translation>%1 verwendet für %2 den Workflow „%3“, nicht das Peer-to-Peer-Profil „%4“ aus Abschnitt 5.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="366"/>
        <source>Choose %1 unless this partner needs a different workflow.</source>
        <translation>Wählen Sie %1, sofern dieser Partner keinen anderen Workflow benötigt.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="408"/>
        <source>Rule &quot;%1&quot; has no input %2, so it would give every temporary item the peer-to-peer policy.</source>
        <translation>Regel „%1“ hat keine Eingabe %2 und würde daher jedem temporären Exemplar die Peer-to-Peer-Richtlinie geben.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="410"/>
        <source>Add the input %1 InList your partners (&quot;Use all partners&quot;).</source>
        <translation>Fügen Sie die Eingabe %1 InList mit Ihren Partnern hinzu („Alle Partner aus Abschnitt 6 übernehmen“).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="420"/>
        <source>Rule &quot;%1&quot; lists partners that are not in section 6: %2.</source>
        <translation>Regel „%1“ nennt Partner, die nicht in Abschnitt 6 stehen: %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="422"/>
        <source>Add them to the partners, or remove them from the rule.</source>
        <translation>Fügen Sie sie zu den Partnern hinzu oder entfernen Sie sie aus der Regel.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="439"/>
        <source>Items borrowed from %1 will not get the peer-to-peer item policy: they are not in rule &quot;%2&quot;.</source>
        <translation>Exemplare, die von %1 entliehen werden, erhalten nicht die Peer-to-Peer-Exemplarrichtlinie: Diese Partner fehlen in Regel „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="441"/>
        <source>Add them to the rule&apos;s partner list (&quot;Use all partners&quot;).</source>
        <translation>Nehmen Sie sie in die Partnerliste der Regel auf („Alle Partner aus Abschnitt 6 übernehmen“).</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="443"/>
        <source>the item policy of section 7</source>
        <translation>die Exemplarrichtlinie aus Abschnitt 7</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="445"/>
        <source>the temporary borrowing location</source>
        <translation>der temporäre Standort der aktiven Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="455"/>
        <source>A policy has no name.</source>
        <translation>Eine Richtlinie hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="456"/>
        <source>A &quot;%1&quot; policy has no name.</source>
        <translation>Eine Richtlinie vom Typ „%1“ hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="457"/>
        <source>Name the policy as in Alma.</source>
        <translation>Benennen Sie die Richtlinie wie in Alma.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="461"/>
        <source>The &quot;%1&quot; policy &quot;%2&quot; is listed twice.</source>
        <translation>Die Richtlinie „%2“ vom Typ „%1“ steht doppelt in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="462"/>
        <source>Keep one of them.</source>
        <translation>Behalten Sie nur eine davon.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="479"/>
        <source>the Loan TOU</source>
        <translation>die Nutzungsbedingungen für die Ausleihe</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="480"/>
        <source>the Lending Resource Sharing TOU</source>
        <translation>die Nutzungsbedingungen für die passive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="481"/>
        <source>the Borrowing Resource Sharing TOU</source>
        <translation>die Nutzungsbedingungen für die aktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="489"/>
        <source>%1 has no policies; the guide selects the relevant policies for each TOU.</source>
        <translation>%1 haben keine Richtlinien; der Leitfaden wählt für jede Nutzungsbedingung die passenden Richtlinien.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="490"/>
        <source>Choose its policies from those of section 9.</source>
        <translation>Wählen Sie ihre Richtlinien aus denen von Abschnitt 9.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="498"/>
        <source>%1 names policies that are not defined in section 9: %2.</source>
        <translation>%1 nennen Richtlinien, die in Abschnitt 9 nicht definiert sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="499"/>
        <source>Define them in section 9, or choose defined ones.</source>
        <translation>Definieren Sie sie in Abschnitt 9 oder wählen Sie definierte Richtlinien.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="506"/>
        <source>%1 and %2 have the same name, &quot;%3&quot;.</source>
        <translation>%1 und %2 haben denselben Namen: „%3“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="507"/>
        <source>Give each TOU its own name.</source>
        <translation>Geben Sie allen Nutzungsbedingungen eigene Namen.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="524"/>
        <source>The Loan rule &quot;%1&quot; has no input %2.</source>
        <translation>Die Regel „%1“ für die Ausleihe hat keine Eingabe %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="525"/>
        <source>Add the input %1 = %2.</source>
        <translation>Fügen Sie die Eingabe %1 = %2 hinzu.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="528"/>
        <source>The Loan rule &quot;%1&quot; tests &quot;%2&quot;, which does not accept the item policy of section 7, &quot;%3&quot;.</source>
        <translation>Die Regel „%1“ für die Ausleihe prüft „%2“; das schließt die Exemplarrichtlinie aus Abschnitt 7, „%3“, nicht ein.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="530"/>
        <source>Set the input %1 = %2.</source>
        <translation>Setzen Sie die Eingabe auf %1 = %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="533"/>
        <source>the Loan TOU of section 10</source>
        <translation>die Nutzungsbedingungen für die Ausleihe aus Abschnitt 10</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="535"/>
        <source>the Lending Resource Sharing TOU of section 10</source>
        <translation>die Nutzungsbedingungen für die passive Fernleihe aus Abschnitt 10</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="537"/>
        <source>the Borrowing Resource Sharing TOU of section 10</source>
        <translation>die Nutzungsbedingungen für die aktive Fernleihe aus Abschnitt 10</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="548"/>
        <source>The rota template has no members, so requests have no lender to go to.</source>
        <translation>Die Rota-Vorlage hat keine Mitglieder, daher gibt es für Bestellungen keinen Lieferpartner.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="549"/>
        <source>Add your peer-to-peer partners as members.</source>
        <translation>Fügen Sie Ihre Peer-to-Peer-Partner als Mitglieder hinzu.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="560"/>
        <source>The rota lists members that are not partners in section 6: %1.</source>
        <translation>Die Rota enthält Mitglieder, die in Abschnitt 6 keine Partner sind: %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="561"/>
        <source>Add them as partners, or remove them from the rota.</source>
        <translation>Fügen Sie sie als Partner hinzu oder entfernen Sie sie aus der Rota.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="567"/>
        <source>the rota template of section 12</source>
        <translation>die Rota-Vorlage aus Abschnitt 12</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="585"/>
        <source>The new rule &quot;%1&quot; is disabled, so Alma skips it.</source>
        <translation>Die neue Regel „%1“ ist deaktiviert, daher überspringt Alma sie.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="586"/>
        <source>Enable it when it should take effect.</source>
        <translation>Aktivieren Sie sie, sobald sie wirken soll.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="592"/>
        <source>The conditions of rule &quot;%1&quot; contradict each other, so it matches no request.</source>
        <translation>Die Bedingungen der Regel „%1“ widersprechen sich, daher trifft sie auf keine Bestellung zu.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="593"/>
        <source>Check the values of conditions that test the same parameter.</source>
        <translation>Prüfen Sie die Werte von Bedingungen, die denselben Parameter prüfen.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="609"/>
        <source>every request the new rule matches</source>
        <translation>jede Bestellung, auf die die neue Regel zutrifft</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="611"/>
        <source>requests with %1</source>
        <translation>Bestellungen mit %1</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="613"/>
        <source>some of the same requests (it tests other parameters than the new rule)</source>
        <translation>einen Teil derselben Bestellungen (sie prüft andere Parameter als die neue Regel)</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="616"/>
        <source>Rule &quot;%1&quot; (row %2) is above the new rule &quot;%3&quot; and also matches %4. Alma uses the first rule that matches, so &quot;%1&quot; wins there.</source>
        <translation>Regel „%1“ (Zeile %2) steht über der neuen Regel „%3“ und gilt ebenfalls für %4. Alma verwendet die erste zutreffende Regel, daher gilt dort „%1“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="621"/>
        <source>Move &quot;%1&quot; to the top of the list.</source>
        <translation>Verschieben Sie „%1“ ganz nach oben in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="622"/>
        <source>Move &quot;%1&quot; above &quot;%2&quot;.</source>
        <translation>Verschieben Sie „%1“ über „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="625"/>
        <source>The guide says rule &quot;%1&quot; must be at the top of the list, but &quot;%2&quot; (row %3) is above it.</source>
        <translation>Laut Leitfaden muss die Regel „%1“ ganz oben in der Liste stehen, aber „%2“ (Zeile %3) steht darüber.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="628"/>
        <source>Move &quot;%1&quot; to the top.</source>
        <translation>Verschieben Sie „%1“ ganz nach oben.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="636"/>
        <source>The new rule &quot;%1&quot; matches every request that &quot;%2&quot; (row %3, below it) matches, so Alma will no longer use &quot;%2&quot; for any request.</source>
        <translation>Die neue Regel „%1“ trifft auf alle Bestellungen zu, auf die „%2“ (Zeile %3, darunter) zutrifft. Alma verwendet „%2“ daher für keine Bestellung mehr.</translation>
    </message>
    <message>
        <location filename="../app/checks/SetupValidator.cpp" line="640"/>
        <source>Narrow the new rule&apos;s conditions, or check that &quot;%1&quot; is no longer needed.</source>
        <translation>Schränken Sie die Bedingungen der neuen Regel ein oder prüfen Sie, ob „%1“ wirklich nicht mehr benötigt wird.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="59"/>
        <location filename="../app/gui/SetupWizard.cpp" line="40"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupWizard.cpp" line="41"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupWizard.cpp" line="47"/>
        <source>Save the setup (%1)</source>
        <translation>Einrichtung speichern (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupWizard.cpp" line="163"/>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="58"/>
        <location filename="../app/gui/SetupWizard.cpp" line="163"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/model/Source.cpp" line="16"/>
        <source>From the staff guide.</source>
        <translation>Aus dem Leitfaden für Mitarbeitende.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="16"/>
        <source>From the staff guide: %1</source>
        <translation>Aus dem Leitfaden für Mitarbeitende: %1</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="18"/>
        <source>From Ex Libris&apos; documentation.</source>
        <translation>Aus der Dokumentation von Ex Libris.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="19"/>
        <source>From Ex Libris: %1</source>
        <translation>Von Ex Libris: %1</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="21"/>
        <source>From a public source.</source>
        <translation>Aus einer öffentlichen Quelle.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="21"/>
        <source>From a public source: %1</source>
        <translation>Aus einer öffentlichen Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="26"/>
        <source>Suggested by this program: no public source gives it. Use your institution&apos;s own value.</source>
        <translation>Vorschlag dieses Programms: keine öffentliche Quelle nennt ihn. Verwenden Sie den Wert Ihrer Einrichtung.</translation>
    </message>
    <message>
        <location filename="../app/model/Source.cpp" line="27"/>
        <source>Suggested by this program (%1). Use your institution&apos;s own value.</source>
        <translation>Vorschlag dieses Programms (%1). Verwenden Sie den Wert Ihrer Einrichtung.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="24"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="73"/>
        <source>Sections (double-click one, or press Enter on it, to go there):</source>
        <translation>Abschnitte (Doppelklick oder Eingabetaste auf einem Abschnitt, um dorthin zu gehen):</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="78"/>
        <source>Sections and their status</source>
        <translation>Abschnitte und ihr Status</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="95"/>
        <source>Go &amp;to section</source>
        <translation>Abschnitt &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="129"/>
        <source>&amp;Checks: %1, %2 (double-click one, or press Enter on it, to go to what it concerns).</source>
        <translation>&amp;Prüfungen: %1, %2 (Doppelklick oder Eingabetaste auf einem Eintrag, um zu seinem Feld zu gehen).</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="98"/>
        <source>&amp;Print report…</source>
        <translation>Bericht dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="48"/>
        <source>Checks: errors, warnings and notes</source>
        <translation>Prüfungen: Fehler, Warnungen und Hinweise</translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="128"/>
        <source>&amp;Checks: no errors or warnings.</source>
        <translation>&amp;Prüfungen: keine Fehler oder Warnungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/SummaryPage.cpp" line="130"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/SummaryPage.cpp" line="130"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="16"/>
        <source>&amp;Add</source>
        <translation>Hi&amp;nzufügen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="17"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="30"/>
        <source>Adds a row (Insert key in the table)</source>
        <translation>Fügt eine Zeile hinzu (in der Tabelle: Einfg-Taste)</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="31"/>
        <source>Removes the selected rows (Delete key in the table)</source>
        <translation>Entfernt die ausgewählten Zeilen (in der Tabelle: Entf-Taste)</translation>
    </message>
</context>
<context>
    <name>TemporaryItemCreationRulePage</name>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="20"/>
        <source>Temporary item creation rule</source>
        <translation>Regel für die Erstellung temporärer Exemplare</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="21"/>
        <source>Use &amp;all partners of section 6</source>
        <translation>Alle &amp;Partner aus Abschnitt 6 übernehmen</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="23"/>
        <source>Fill &amp;outputs from sections 2 and 7</source>
        <translation>A&amp;usgaben aus Abschnitten 2 und 7 ausfüllen</translation>
    </message>
</context>
<context>
    <name>TemporaryLocationsPage</name>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="31"/>
        <source>Temporary borrowing location</source>
        <translation>Temporärer Standort der aktiven Fernleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="32"/>
        <source>Temporary lending location</source>
        <translation>Temporärer Standort der passiven Fernleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="38"/>
        <source>Circulation desk to attach to both locations</source>
        <translation>Ausleihtheke für beide Standorte</translation>
    </message>
</context>
<context>
    <name>TermsOfUsePage</name>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="20"/>
        <source>The policies to choose from are those entered in section 9.</source>
        <translation>Zur Auswahl stehen die in Abschnitt 9 eingetragenen Richtlinien.</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Loan</source>
        <translation>Ausleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Lending Resource Sharing</source>
        <translation>Passive Fernleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Borrowing Resource Sharing</source>
        <translation>Aktive Fernleihe</translation>
    </message>
</context>
<context>
    <name>TickDetailsDialog</name>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="19"/>
        <source>Edit Tick</source>
        <translation>Haken bearbeiten</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="27"/>
        <source>For the report, e.g. who helped or what differed</source>
        <translation>Für den Bericht, z. B. wer geholfen hat oder was anders war</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="30"/>
        <source>&amp;Done in Alma on:</source>
        <translation>In Alma &amp;erledigt am:</translation>
    </message>
    <message>
        <location filename="../wizard_pages/TickDetailsDialog.cpp" line="32"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>WorkflowProfilesPage</name>
    <message>
        <location filename="../wizard_pages/WorkflowProfilesPage.cpp" line="29"/>
        <source>Borrowing profile</source>
        <translation>Profil für die aktive Fernleihe</translation>
    </message>
    <message>
        <location filename="../wizard_pages/WorkflowProfilesPage.cpp" line="30"/>
        <source>Lending profile</source>
        <translation>Profil für die passive Fernleihe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.

Commands:
  [FILE]                  open the wizard, resuming the setup saved in FILE
</source>
        <translation>Führt Mitarbeitende der Fernleihe durch die Einrichtung der Peer-to-Peer-Fernleihe in einer Alma Institution Zone.

Befehle:
  [FILE]                  Assistenten öffnen und das in FILE gespeicherte Setup fortsetzen
</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="121"/>
        <source>
Run alma-p2p-wizard COMMAND --help for a command&apos;s options.
Exit status: 0 done, 1 failed, 2 bad command line or unreadable file.</source>
        <translation>
Die Optionen eines Befehls zeigt alma-p2p-wizard COMMAND --help.
Exit-Status: 0 erledigt, 1 fehlgeschlagen, 2 ungültige Befehlszeile oder unlesbare Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>Show the first page, wait until it is painted, and exit (smoke tests, start-up benchmark).</source>
        <translation>Erste Seite anzeigen, warten, bis sie gezeichnet ist, und beenden (Smoke-Tests, Start-Benchmark).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="130"/>
        <source>A setup file to resume, or a consortium file (.consortium.json) to open.</source>
        <translation>Eine Setup-Datei zum Fortsetzen oder eine Konsortiumsdatei (.consortium.json) zum Öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="147"/>
        <source>Opened consortium %1: %n member(s).</source>
        <translation>
            <numerusform>Konsortium %1 geöffnet: %n Mitglied.</numerusform>
            <numerusform>Konsortium %1 geöffnet: %n Mitglieder.</numerusform>
        </translation>
    </message>
</context>
</TS>
