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
        <location filename="../app/gui/MainWindow.cpp" line="22"/>
        <source>Alma Peer-to-Peer Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="40"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="41"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="44"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="45"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="52"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>&amp;Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="55"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="57"/>
        <source>Section &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="60"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="61"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="62"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="63"/>
        <source>&lt;b&gt;Alma Peer-to-Peer Setup&lt;/b&gt; %1&lt;br&gt;Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <source>This setup has changes that are not saved. Quit anyway and lose them?</source>
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
        <location filename="../app/core/PartnerCsvReader.cpp" line="140"/>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="155"/>
        <source>this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="175"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="188"/>
        <source>line %1: no &quot;code&quot; column in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="198"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="234"/>
        <source>&quot;%1&quot; is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="249"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="270"/>
        <source>the partner code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PartnerCsvReader.cpp" line="272"/>
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
        <location filename="../wizard_pages/PartnersPage.cpp" line="86"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="93"/>
        <location filename="../wizard_pages/PartnersPage.cpp" line="99"/>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="76"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="87"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="94"/>
        <source>Nothing was imported from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/PartnersPage.cpp" line="100"/>
        <source>%1 partner(s) added, %2 updated from %3.</source>
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
        <location filename="../wizard_pages/RuleEditor.cpp" line="24"/>
        <source>Rule ena&amp;bled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="33"/>
        <source>Input parameters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="35"/>
        <source>Add &amp;input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="36"/>
        <source>Remove in&amp;put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="49"/>
        <source>Outputs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="51"/>
        <source>Add ou&amp;tput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="52"/>
        <source>Remove outp&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="59"/>
        <source>Rule na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="66"/>
        <source>Input parameters (all must match; none matches every request):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/RuleEditor.cpp" line="70"/>
        <source>Output parameters:</source>
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
        <location filename="../wizard_pages/SectionPage.cpp" line="57"/>
        <source>&lt;b&gt;Where:&lt;/b&gt; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="85"/>
        <source>Not needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="86"/>
        <source>This section is not nee&amp;ded for our setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="90"/>
        <source>Why, for whoever reads the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SectionPage.cpp" line="91"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionProgressList</name>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="85"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="90"/>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="93"/>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SectionProgressList.cpp" line="125"/>
        <source>%1 of %2 sections · %p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionStatusModel</name>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="28"/>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="37"/>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="38"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="63"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="67"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SectionStatusModel.cpp" line="69"/>
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
    <name>SetupModel</name>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="144"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="151"/>
        <source>Apply preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/SetupModel.cpp" line="184"/>
        <source>Add %n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="194"/>
        <source>Edit partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/SetupModel.cpp" line="202"/>
        <source>Remove %n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="228"/>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="238"/>
        <source>Edit other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="255"/>
        <source>Edit fulfillment policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="262"/>
        <source>Edit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="283"/>
        <source>Tick step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="283"/>
        <source>Untick step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="299"/>
        <source>Mark section not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="299"/>
        <source>Mark section needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="330"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="332"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="334"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="336"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SetupModel.cpp" line="371"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="23"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="31"/>
        <source>Sections and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="46"/>
        <source>Go &amp;to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="50"/>
        <source>(or double-click a section, or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="65"/>
        <source>%1 of %2 sections done or not needed; %3 of %4 steps ticked (%5%).</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution Zone.

Usage:
  alma-p2p-wizard [FILE]    open the wizard (FILE: a saved setup, once saving lands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>Show the first page, wait until it is painted, and exit (smoke tests, start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>A setup file to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>Opening setup files is not available yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
