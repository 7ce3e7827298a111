<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="13"/>
        <source>Steps in Alma (tick each one when you have done it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="28"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="93"/>
        <source>Where: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ChecklistWidget.cpp" line="96"/>
        <source>✓ Done by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../app/core/CsvText.cpp" line="83"/>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/CsvText.cpp" line="113"/>
        <source>this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExistingRulesEditor</name>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="27"/>
        <source>Rule list in Alma&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="28"/>
        <source>Add e&amp;xisting rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="29"/>
        <source>Remove existing ru&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="42"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="43"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="44"/>
        <source>Moves the selected rule up (Alt+Up in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="45"/>
        <source>Moves the selected rule down (Alt+Down in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="46"/>
        <source>&amp;Paste rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="47"/>
        <source>Adds rules copied from a spreadsheet: name, enabled, input parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="48"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="62"/>
        <source>Alma uses the &lt;b&gt;first&lt;/b&gt; rule in this list that matches a request. Enter the rules already in Alma in their order, and move the new rule (bold) to where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="102"/>
        <source>Added %n rule(s) at the end of the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="104"/>
        <source>Added %n rule(s). Not added: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="111"/>
        <source>Import Existing Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="111"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="116"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ExistingRulesEditor.cpp" line="122"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <location filename="../app/core/FieldCatalog.cpp" line="273"/>
        <source>Temporary borrowing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/FieldCatalog.cpp" line="274"/>
        <source>Temporary lending location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/FieldCatalog.cpp" line="275"/>
        <source>Item policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/FieldCatalog.cpp" line="276"/>
        <source>Rota template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/FieldCatalog.cpp" line="280"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../app/core/Finding.cpp" line="22"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Finding.cpp" line="24"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Finding.cpp" line="26"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="33"/>
        <source>Checks of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="77"/>
        <source>Still empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="78"/>
        <source>Enter them as they are (or will be) in Alma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FindingsPanel.cpp" line="97"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2&lt;br&gt;&lt;i&gt;Fix:&lt;/i&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/FindingsPanel.cpp" line="107"/>
        <source>… and %n more: see the summary page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../app/core/FindingsTableModel.cpp" line="51"/>
        <source>%1 Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/FindingsTableModel.cpp" line="66"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/FindingsTableModel.cpp" line="68"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/FindingsTableModel.cpp" line="70"/>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfillmentPoliciesPage</name>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="21"/>
        <source>Fulfillment policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="23"/>
        <source>&amp;Add policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="24"/>
        <source>Re&amp;move policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentPoliciesPage.cpp" line="29"/>
        <source>Policies (the terms of use of section 10 choose from these)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfillmentUnitRulesPage</name>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="27"/>
        <source>&amp;Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="28"/>
        <source>Len&amp;ding Resource Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="29"/>
        <source>Borro&amp;wing Resource Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="37"/>
        <source>%1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/FulfillmentUnitRulesPage.cpp" line="38"/>
        <source>Use the terms of use of section 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="37"/>
        <source>  new FILE [--preset wrlc|blank] [--institution NAME]
                          write a new setup file without opening a window
  check FILE [--json]     validate a setup: one finding per line (severity, section,
                          message); exit 0 without errors, 1 with errors
  report OUT FILE         write the completion report of FILE to OUT; the format is
                          taken from OUT&apos;s extension: .pdf, .html or .md
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="53"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="60"/>
        <source>Writes a new setup file, ready to be opened with alma-p2p-wizard FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="63"/>
        <source>Start from PRESET: &quot;wrlc&quot; (WRLC AFN/CLS: main library, CLSBORR, CLSLEND) or &quot;blank&quot; (the guide&apos;s suggestions, no institution codes). Default: blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="65"/>
        <source>PRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="67"/>
        <source>The institution the setup is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="67"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="70"/>
        <source>The setup file to create; it must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="75"/>
        <source>Usage: %1 new FILE [--preset wrlc|blank] [--institution NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="82"/>
        <source>Unknown preset &quot;%1&quot;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="89"/>
        <source>%1 already exists; it was left as it is. Choose another name, or open it with %2 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="102"/>
        <source>Created %1 (preset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="110"/>
        <source>Validates a setup: rule order (first match wins), names that must line up between sections, formats and required values. Prints one finding per line: severity&lt;TAB&gt;section&lt;TAB&gt;message.
Exit status: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="115"/>
        <source>Print the findings as a JSON array of {severity, section, sectionTitle, subject, code, message, fix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="117"/>
        <source>The setup file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="121"/>
        <source>Usage: %1 check FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="171"/>
        <source>Writes the completion report of a setup: every section with its values, checklist and checks, and sign-off lines. The format is taken from OUT&apos;s extension: .pdf (A4 or Letter by locale), .html (one file) or .md.
Exit status: 0 written, 2 FILE cannot be read or OUT cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="176"/>
        <source>The report to write (.pdf, .html or .md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="177"/>
        <source>The setup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="181"/>
        <source>Usage: %1 report OUT FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="187"/>
        <source>%1: the report format is taken from the file name: use .pdf, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessCommands.cpp" line="204"/>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../app/core/HtmlReport.cpp" line="106"/>
        <source>SANDBOX — these settings were pushed to a sandbox, not to production Alma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/HtmlReport.cpp" line="129"/>
        <source>(none entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/HtmlReport.cpp" line="164"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="22"/>
        <source>Peer-to-peer resource sharing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="25"/>
        <source>This wizard walks you through the 14 sections of configuring peer-to-peer resource sharing in your Alma Institution Zone. Enter the values you will use, tick each step as you do it in Alma, and come back to any section at any time: the list on the left shows how far the setup has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="33"/>
        <source>&lt;b&gt;Roles you need in Alma:&lt;/b&gt; Fulfillment Administrator and Resource Sharing Partners Manager. Work at the institution level unless a step says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="42"/>
        <source>Who and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="46"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="56"/>
        <source>A&amp;pply preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/IntroPage.cpp" line="62"/>
        <source>WRLC AFN/CLS uses your main library as the resource sharing library, with CLSBORR and CLSLEND as temporary locations. Blank keeps the guide&apos;s suggested names and leaves your codes empty. Applying a preset replaces the values of every section (ticked steps stay); Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPolicyPage</name>
    <message>
        <location filename="../wizard_pages/ItemPolicyPage.cpp" line="19"/>
        <source>Item policy for borrowed items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../wizard_pages/JobsPage.cpp" line="19"/>
        <source>Expired Resource Sharing Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueTableModel</name>
    <message>
        <location filename="../app/core/KeyValueTableModel.cpp" line="17"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeyValueTableModel.cpp" line="17"/>
        <location filename="../app/core/KeyValueTableModel.cpp" line="26"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeyValueTableModel.cpp" line="26"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="38"/>
        <source>Setup files (*%1);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="62"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="79"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="80"/>
        <source>&amp;New Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="82"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="85"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="86"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="87"/>
        <source>Save and &amp;Continue Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="90"/>
        <source>E&amp;xport Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="91"/>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="93"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="95"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>&amp;Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Section &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>&lt;b&gt;Alma Peer-to-Peer Setup&lt;/b&gt; %1&lt;br&gt;Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="131"/>
        <source>No recent setups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="136"/>
        <source>%1[*] — Alma Peer-to-Peer Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>Save the changes to %1 before starting a new setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="154"/>
        <source>Open Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>Save the changes to %1 before opening another setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <source>Cannot Open Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="165"/>
        <source>The setup could not be opened; the file was not changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="172"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <location filename="../app/gui/MainWindow.cpp" line="207"/>
        <source>Cannot Save Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>%1

Your work is still open here. Try Save As to save it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>p2p-setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="201"/>
        <source>Save Setup As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="208"/>
        <source>%1

Your work is still open here. Choose another place to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="226"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="228"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="249"/>
        <source>an unsaved setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="249"/>
        <source>an unsaved setup for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>Restore Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>The program was not closed properly. A copy of the unsaved changes to %1 from %2 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="255"/>
        <source>Restore it to go on where you left off. Later keeps the copy for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="256"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="257"/>
        <source>&amp;Discard Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="258"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="264"/>
        <source>Save the changes to %1 before restoring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="267"/>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="271"/>
        <source>Restored unsaved work. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="294"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="295"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="313"/>
        <source>Cannot Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="316"/>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="327"/>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <source>Save the changes to %1 before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <location filename="../app/core/MarkdownReport.cpp" line="42"/>
        <source>SANDBOX — these settings were pushed to a sandbox, not to production Alma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/MarkdownReport.cpp" line="68"/>
        <source>(none entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/MarkdownReport.cpp" line="87"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherSettingsPage</name>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="19"/>
        <source>Other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="21"/>
        <source>Fill from sec&amp;tions 1 and 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="23"/>
        <source>Sets ill_item_creation_lib_code to the library code and ill_item_creation_loc_code to the temporary borrowing location code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/OtherSettingsPage.cpp" line="26"/>
        <source>Customer parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerCsvReader</name>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="78"/>
        <source>could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="106"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="119"/>
        <source>line %1: no &quot;code&quot; column in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="132"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="168"/>
        <source>&quot;%1&quot; is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="183"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="204"/>
        <source>the partner code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="206"/>
        <source>partner code &quot;%1&quot; already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="24"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="24"/>
        <source>Profile type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="24"/>
        <source>Borrowing workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="24"/>
        <source>Lending workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="25"/>
        <source>Expiry days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="25"/>
        <source>Avg. supply time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="25"/>
        <source>Delivery delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="25"/>
        <source>Borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="26"/>
        <source>Lending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="26"/>
        <source>Locate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="26"/>
        <source>Institution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="26"/>
        <source>Holding code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerTableModel.cpp" line="26"/>
        <source>System type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="31"/>
        <source>Defaults for new partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="34"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="60"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="36"/>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="37"/>
        <source>Re&amp;move partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="52"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="54"/>
        <source>Show all Alma fie&amp;lds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/PartnersPage.cpp" line="69"/>
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="75"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="88"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="94"/>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="76"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="89"/>
        <source>Nothing was imported from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="95"/>
        <source>%1 partner(s) added, %2 updated from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../app/core/PdfReport.cpp" line="79"/>
        <source> — SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PdfReport.cpp" line="106"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PdfReport.cpp" line="226"/>
        <source>Appendix %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PdfReport.cpp" line="229"/>
        <source>%1 rows: listed in appendix %2 at the end of this report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../app/core/PolicyTableModel.cpp" line="22"/>
        <source>Policy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PolicyTableModel.cpp" line="22"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PolicyTableModel.cpp" line="22"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PolicyTableModel.cpp" line="22"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../app/core/RecoveryStore.cpp" line="43"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RecoveryStore.cpp" line="51"/>
        <source>cannot create the lock file %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RecoveryStore.cpp" line="54"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RecoveryStore.cpp" line="55"/>
        <source>it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RecoveryStore.cpp" line="139"/>
        <source>the recovery copy is damaged and cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <location filename="../app/core/ReportBuilder.cpp" line="135"/>
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="166"/>
        <source>Peer-to-peer resource sharing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="169"/>
        <source>(institution not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="188"/>
        <location filename="../app/core/ReportBuilder.cpp" line="256"/>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="190"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="191"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="192"/>
        <source>Setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="192"/>
        <source>(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="193"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="194"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="194"/>
        <source>%1 of %2 sections done or not needed; %3 of %4 steps ticked (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="200"/>
        <location filename="../app/core/ReportBuilder.cpp" line="236"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="200"/>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="212"/>
        <source>Where in Alma: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="215"/>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="215"/>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="219"/>
        <source>Steps in Alma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="225"/>
        <source>done by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="226"/>
        <source>to do: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="249"/>
        <source>… and %1 more like the above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="250"/>
        <source>alma-p2p-wizard check lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="256"/>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReportBuilder.cpp" line="256"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../app/core/ReportExporter.cpp" line="45"/>
        <source>the report format is taken from the file name: use .pdf, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceSharingLibraryPage</name>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="20"/>
        <source>⚠ Warning: with the stand-alone library, every item you receive or return goes through a transit step between it and your main library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="29"/>
        <source>Library and Resource Sharing Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="36"/>
        <source>Borrowing Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="43"/>
        <source>Lending Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/ResourceSharingLibraryPage.cpp" line="47"/>
        <source>Locate By Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaAssignmentRulePage</name>
    <message>
        <location filename="../wizard_pages/RotaAssignmentRulePage.cpp" line="20"/>
        <source>Rota assignment rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RotaAssignmentRulePage.cpp" line="21"/>
        <source>Use the rota template of section 12</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaTemplatePage</name>
    <message>
        <location filename="../wizard_pages/RotaTemplatePage.cpp" line="21"/>
        <source>Select &amp;all partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RotaTemplatePage.cpp" line="24"/>
        <source>Rota template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleConditionTableModel</name>
    <message>
        <location filename="../app/core/RuleConditionTableModel.cpp" line="28"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleConditionTableModel.cpp" line="28"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleConditionTableModel.cpp" line="28"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleConditionTableModel.cpp" line="44"/>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="25"/>
        <source>Rule ena&amp;bled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="34"/>
        <source>Input parameters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="36"/>
        <source>Add &amp;input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="37"/>
        <source>Remove in&amp;put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="50"/>
        <source>Outputs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="52"/>
        <source>Add ou&amp;tput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="53"/>
        <source>Remove outp&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="60"/>
        <source>Rule na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="67"/>
        <source>Input parameters (all must match; none matches every request):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="71"/>
        <source>Output parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="77"/>
        <source>&lt;b&gt;Where it goes in Alma&apos;s list&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleListTableModel</name>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="32"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="32"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="32"/>
        <source>Input parameters (e.g. User Group InList STAFF, FACULTY; Location = MAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="64"/>
        <source>%1 (the new rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="68"/>
        <source>The rule this setup adds; edit it above. Move it to where it goes in Alma&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="76"/>
        <source>(none: matches every request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="131"/>
        <source>Existing rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleListTableModel.cpp" line="143"/>
        <source>The new rule cannot be removed from the list; move it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleMatchSet</name>
    <message numerus="yes">
        <location filename="../app/core/RuleMatchSet.cpp" line="58"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/RuleMatchSet.cpp" line="206"/>
        <location filename="../app/core/RuleMatchSet.cpp" line="262"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleMatchSet.cpp" line="268"/>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleMatchSet.cpp" line="269"/>
        <source>any value except %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleOperators</name>
    <message>
        <location filename="../app/core/SetupTypes.cpp" line="12"/>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupTypes.cpp" line="13"/>
        <source>Not =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupTypes.cpp" line="14"/>
        <source>InList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupTypes.cpp" line="15"/>
        <source>NotInList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupTypes.cpp" line="16"/>
        <source>Is Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupTypes.cpp" line="17"/>
        <source>Is Not Empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../app/core/RuleText.cpp" line="88"/>
        <source>“%1” has no operator (=, Not =, InList, NotInList, Is Empty, Is Not Empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleText.cpp" line="96"/>
        <source>“%1” names no parameter before the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleText.cpp" line="148"/>
        <source>line %1: the rule has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleText.cpp" line="155"/>
        <source>line %1: “%2” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleText.cpp" line="161"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/RuleText.cpp" line="168"/>
        <source>there are no rules in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionCatalog</name>
    <message>
        <location filename="../app/core/SectionCatalog.cpp" line="275"/>
        <source>Institution level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionCatalog.cpp" line="277"/>
        <source>Configuring: the resource sharing library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionCatalog.cpp" line="279"/>
        <source>Main Alma page (not Configuration)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="31"/>
        <source>&lt;b&gt;Where:&lt;/b&gt; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="63"/>
        <source>Not needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="64"/>
        <source>This section is not nee&amp;ded for our setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="68"/>
        <source>Why, for whoever reads the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="69"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionProgressList</name>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="100"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="105"/>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="108"/>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="140"/>
        <source>%1 of %2 sections · %p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionStatusModel</name>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="35"/>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/SectionStatusModel.cpp" line="40"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/SectionStatusModel.cpp" line="42"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="56"/>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="57"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="88"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="92"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="94"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="96"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendingBorrowingRequestRulePage</name>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="18"/>
        <source>Alma&apos;s default is not to send requests automatically: they wait in Ready to be sent. If your existing rules already send requests to these partners, mark this section not needed and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SendingBorrowingRequestRulePage.cpp" line="25"/>
        <source>Sending borrowing request rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDocument</name>
    <message>
        <location filename="../app/core/SetupDocument.cpp" line="36"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupFile</name>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="27"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="29"/>
        <source>this is a folder, not a setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="32"/>
        <source>the file is %1 MB; setup files are at most %2 MB, so this is probably not a setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="37"/>
        <location filename="../app/core/SetupFile.cpp" line="40"/>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="42"/>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="56"/>
        <source>This is a folder: choose a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="58"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="63"/>
        <source>The setup could not be saved here: %1. The folder may be read-only; choose another place with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFile.cpp" line="71"/>
        <source>The setup could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupFileFormat</name>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="59"/>
        <source>the file holds %1, not a setup (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="64"/>
        <source>the file has no &quot;%1&quot; part; it may be cut short or edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="106"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="108"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="108"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="112"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="117"/>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="120"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="122"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="124"/>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="133"/>
        <source>this is not an alma-p2p-wizard setup file (it lacks &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="137"/>
        <source>the file does not say which format version it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="139"/>
        <location filename="../app/core/SetupFileFormat.cpp" line="186"/>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="143"/>
        <source>this file was written by a newer version of alma-p2p-wizard (setup format %1); this version reads format %2. Open it with a newer version of the program; nothing was read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="148"/>
        <source>%1 is not a setup format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="155"/>
        <source>expected an object ({ … }), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="163"/>
        <source>expected a list ([ … ]), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="172"/>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="179"/>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="191"/>
        <source>the number %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="209"/>
        <source>expected a date and time such as 2026-11-29T14:05:00Z, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="274"/>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="319"/>
        <source>a partner needs a &quot;code&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="390"/>
        <source>two rules are marked &quot;new&quot;: true; only the rule the setup adds may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="404"/>
        <source>no rule in this list is marked &quot;new&quot;: true (the rule the setup adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="482"/>
        <source>&quot;%1&quot; is not a rule operator (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="594"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="620"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="624"/>
        <source>the file holds binary data, not a setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="629"/>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="638"/>
        <source>the file ends too early; it may have been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupFileFormat.cpp" line="639"/>
        <source>this is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="133"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="140"/>
        <source>Apply preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/SetupModel.cpp" line="173"/>
        <source>Add %n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="183"/>
        <source>Edit partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/SetupModel.cpp" line="191"/>
        <source>Remove %n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="217"/>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="225"/>
        <source>Edit other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="242"/>
        <source>Edit fulfillment policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="249"/>
        <source>Edit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="258"/>
        <source>Edit existing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="281"/>
        <source>Tick step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="281"/>
        <source>Untick step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="297"/>
        <source>Mark section not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="297"/>
        <source>Mark section needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="328"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="330"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="332"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="334"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="369"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupValidator</name>
    <message numerus="yes">
        <location filename="../app/core/SetupValidator.cpp" line="29"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="92"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="92"/>
        <source>Enter it as it is (or will be) in Alma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="103"/>
        <source>%1 &quot;%2&quot; has %3 characters; Alma location codes have at most 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="104"/>
        <source>Shorten the code to 10 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="107"/>
        <source>%1 &quot;%2&quot; contains a comma, which Alma does not allow in location codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="108"/>
        <source>Remove the comma from the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="119"/>
        <source>%1 is empty; it should be %2 &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="120"/>
        <location filename="../app/core/SetupValidator.cpp" line="249"/>
        <source>Set %1 to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="123"/>
        <location filename="../app/core/SetupValidator.cpp" line="248"/>
        <source>%1 is &quot;%2&quot;, but %3 is &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="124"/>
        <source>Set %1 to &quot;%2&quot; (or change %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="136"/>
        <location filename="../app/core/SetupValidator.cpp" line="528"/>
        <source>(unnamed rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="158"/>
        <source>Rule &quot;%1&quot; has no %2 output; it should be %3 &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="159"/>
        <source>Add the output %1 = &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="162"/>
        <source>Rule &quot;%1&quot; sets %2 to &quot;%3&quot;, but %4 is &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="163"/>
        <source>Set the output %1 to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="173"/>
        <source>A stand-alone resource sharing library adds a transit step to every receive and return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="174"/>
        <source>Use the main library as the resource sharing library unless you need the separate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="179"/>
        <source>No OCLC symbol is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="179"/>
        <source>Enter the library&apos;s OCLC symbol if your partners use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="182"/>
        <source>The OCLC symbol &quot;%1&quot; does not look like one: symbols are 3 to 5 capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="183"/>
        <source>Check the symbol in the OCLC directory (e.g. DGW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="185"/>
        <location filename="../app/core/SetupValidator.cpp" line="235"/>
        <source>the temporary borrowing location (section 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="187"/>
        <source>the temporary lending location (section 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="200"/>
        <source>The borrowing and lending locations have the same code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="201"/>
        <source>Give each temporary location its own code (WRLC uses CLSBORR and CLSLEND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="209"/>
        <source>The Expired Resource Sharing Requests job is not active: requests will never move on to the next lender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="211"/>
        <source>Activate the job, every day at 02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="224"/>
        <source>The parameter %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="224"/>
        <source>Keep one row for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="233"/>
        <source>the resource sharing library code (section 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="243"/>
        <source>The parameter %1 is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="244"/>
        <source>Add the row %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="245"/>
        <source>Add the row %1 = &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="263"/>
        <source>The borrowing and lending profiles have the same code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="264"/>
        <source>Give each workflow profile its own code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="272"/>
        <source>The default expiry time must be a positive number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="272"/>
        <source>Use 4 days, as SUNY and FLVC do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="274"/>
        <source>No partners are listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="275"/>
        <source>Add your peer-to-peer partners, or import them from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="282"/>
        <source>borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="283"/>
        <source>lending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="290"/>
        <source>The partner in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="290"/>
        <source>Partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="293"/>
        <source>%1 has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="294"/>
        <source>Enter the partner&apos;s code as in Alma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="297"/>
        <source>Partner code %1 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="298"/>
        <source>Remove the extra row; partner codes are unique in Alma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="303"/>
        <source>%1 has expiry time %2; it must be a positive number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="304"/>
        <source>Set the expiry time (e.g. 4 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="311"/>
        <source>%1 has no %2 workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="312"/>
        <source>Choose the %1 profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="315"/>
        <source>%1 uses the %2 workflow &quot;%3&quot;, not the peer-to-peer profile &quot;%4&quot; of section 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="317"/>
        <source>Choose %1 unless this partner needs a different workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="362"/>
        <source>Rule &quot;%1&quot; has no input %2, so it would give every temporary item the peer-to-peer policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="364"/>
        <source>Add the input %1 InList your partners (&quot;Use all partners&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="374"/>
        <source>Rule &quot;%1&quot; lists partners that are not in section 6: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="375"/>
        <source>Add them to the partners, or remove them from the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="392"/>
        <source>Items borrowed from %1 will not get the peer-to-peer item policy: they are not in rule &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="394"/>
        <source>Add them to the rule&apos;s partner list (&quot;Use all partners&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="396"/>
        <source>the item policy of section 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="397"/>
        <source>the temporary borrowing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="407"/>
        <source>A policy has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="408"/>
        <source>A &quot;%1&quot; policy has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="409"/>
        <source>Name the policy as in Alma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="412"/>
        <source>The &quot;%1&quot; policy &quot;%2&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="413"/>
        <source>Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="430"/>
        <source>The Loan TOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="431"/>
        <source>The Lending Resource Sharing TOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="432"/>
        <source>The Borrowing Resource Sharing TOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="445"/>
        <source>%1 names policies that are not defined in section 9: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="446"/>
        <source>Define them in section 9, or choose defined ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="453"/>
        <source>%1 and %2 have the same name, &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="454"/>
        <source>Give each TOU its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="471"/>
        <source>The Loan rule &quot;%1&quot; has no input %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="472"/>
        <source>Add the input %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="475"/>
        <source>The Loan rule &quot;%1&quot; tests &quot;%2&quot;, which does not accept the item policy of section 7, &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="477"/>
        <source>Set the input %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="479"/>
        <source>the Loan TOU of section 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="481"/>
        <source>the Lending Resource Sharing TOU of section 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="483"/>
        <source>the Borrowing Resource Sharing TOU of section 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="494"/>
        <source>The rota template has no members, so requests have no lender to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="495"/>
        <source>Add your peer-to-peer partners as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="506"/>
        <source>The rota lists members that are not partners in section 6: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="507"/>
        <source>Add them as partners, or remove them from the rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="512"/>
        <source>the rota template of section 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="532"/>
        <source>The new rule &quot;%1&quot; is disabled, so Alma skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="533"/>
        <source>Enable it when it should take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="539"/>
        <source>The conditions of rule &quot;%1&quot; contradict each other, so it matches no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="540"/>
        <source>Check the values of conditions that test the same parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="556"/>
        <source>every request the new rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="558"/>
        <source>requests with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="560"/>
        <source>some of the same requests (it tests other parameters than the new rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="563"/>
        <source>Rule &quot;%1&quot; (row %2) is above the new rule &quot;%3&quot; and also matches %4. Alma uses the first rule that matches, so &quot;%1&quot; wins there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="568"/>
        <source>Move &quot;%1&quot; to the top of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="569"/>
        <source>Move &quot;%1&quot; above &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="572"/>
        <source>The guide says rule &quot;%1&quot; must be at the top of the list, but &quot;%2&quot; (row %3) is above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="575"/>
        <source>Move &quot;%1&quot; to the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="583"/>
        <source>The new rule &quot;%1&quot; matches every request that &quot;%2&quot; (row %3, below it) matches, so Alma will no longer use &quot;%2&quot; for any request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupValidator.cpp" line="587"/>
        <source>Narrow the new rule&apos;s conditions, or check that &quot;%1&quot; is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="22"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="36"/>
        <source>Sections and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="52"/>
        <source>Go &amp;to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="54"/>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="56"/>
        <source>The completion report for your supervisor or consortium: PDF, HTML or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="57"/>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="61"/>
        <source>(or double-click a section, or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="77"/>
        <source>Checks: errors, warnings and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="109"/>
        <source>%1 of %2 sections done or not needed; %3 of %4 steps ticked (%5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="122"/>
        <source>&amp;Checks: no errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="123"/>
        <source>&amp;Checks: %1, %2 (press Enter on one to go to its section).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/SummaryPage.cpp" line="124"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard_pages/SummaryPage.cpp" line="124"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="16"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="17"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="30"/>
        <source>Adds a row (Insert key in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TableEditor.cpp" line="31"/>
        <source>Removes the selected rows (Delete key in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryItemCreationRulePage</name>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="20"/>
        <source>Temporary item creation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="21"/>
        <source>Use all &amp;partners of section 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryItemCreationRulePage.cpp" line="23"/>
        <source>Fill &amp;outputs from sections 2 and 7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryLocationsPage</name>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="34"/>
        <source>Temporary borrowing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="35"/>
        <source>Temporary lending location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TemporaryLocationsPage.cpp" line="42"/>
        <source>Circulation desk to attach to both locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsOfUsePage</name>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="19"/>
        <source>The policies to choose from are those entered in section 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Lending Resource Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/TermsOfUsePage.cpp" line="27"/>
        <source>Borrowing Resource Sharing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowProfilesPage</name>
    <message>
        <location filename="../wizard_pages/WorkflowProfilesPage.cpp" line="31"/>
        <source>Borrowing profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/WorkflowProfilesPage.cpp" line="32"/>
        <source>Lending profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="108"/>
        <source>Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.

Commands:
  [FILE]                  open the wizard, resuming the setup saved in FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="113"/>
        <source>
Run alma-p2p-wizard COMMAND --help for a command&apos;s options.
Exit status: 0 done, 1 failed, 2 bad command line or unreadable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="118"/>
        <source>Show the first page, wait until it is painted, and exit (smoke tests, start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="122"/>
        <source>A setup file to resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
