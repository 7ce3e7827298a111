<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlmaDialog</name>
    <message numerus="yes">
        <source>%n step(s) of the checklist are left to do by hand in Alma; they stay in the checklist.</source>
        <translation>
            <numerusform>%n step of the checklist is left to do by hand in Alma; it stays in the checklist.</numerusform>
            <numerusform>%n steps of the checklist are left to do by hand in Alma; they stay in the checklist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln API call(s) left today</source>
        <translation>
            <numerusform>%Ln API call left today</numerusform>
            <numerusform>%Ln API calls left today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %n item(s)</source>
        <translation>
            <numerusform>create %n item</numerusform>
            <numerusform>create %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update %n item(s)</source>
        <translation>
            <numerusform>update %n item</numerusform>
            <numerusform>update %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with open errors or problems (marked in the plan) are skipped; fix them and push again.</source>
        <translation>
            <numerusform>%n item with open errors or problems (marked in the plan) is skipped; fix it and push again.</numerusform>
            <numerusform>%n items with open errors or problems (marked in the plan) are skipped; fix them and push again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Push %n item(s)</source>
        <translation>
            <numerusform>&amp;Push %n item</numerusform>
            <numerusform>&amp;Push %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumCommands</name>
    <message numerus="yes">
        <source>Wrote %1: %n member(s).</source>
        <translation>
            <numerusform>Wrote %1: %n member.</numerusform>
            <numerusform>Wrote %1: %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: written (%n partner(s))</source>
        <translation>
            <numerusform>%1: written (%n partner)</numerusform>
            <numerusform>%1: written (%n partners)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pair(s) agree.</source>
        <translation>
            <numerusform>%1 of %n pair agrees.</numerusform>
            <numerusform>%1 of %n pairs agree.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumWindow</name>
    <message numerus="yes">
        <source>Opened %1: %n member(s).</source>
        <translation>
            <numerusform>Opened %1: %n member.</numerusform>
            <numerusform>Opened %1: %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from %1.</source>
        <translation>
            <numerusform>Imported %n member from %1.</numerusform>
            <numerusform>Imported %n members from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member setup(s) written to %1.</source>
        <translation>
            <numerusform>%n member setup written to %1.</numerusform>
            <numerusform>%n member setups written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the partners of %n member(s) from Alma…</source>
        <translation>
            <numerusform>Reading the partners of %n member from Alma…</numerusform>
            <numerusform>Reading the partners of %n members from Alma…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExistingRulesEditor</name>
    <message numerus="yes">
        <source>Added %n rule(s) at the end of the list.</source>
        <translation>
            <numerusform>Added %n rule at the end of the list.</numerusform>
            <numerusform>Added %n rules at the end of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n rule(s). Not added: %1</source>
        <translation>
            <numerusform>Added %n rule. Not added: %1</numerusform>
            <numerusform>Added %n rules. Not added: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>… and %n more: see the summary page.</source>
        <translation>
            <numerusform>… and %n more: see the summary page.</numerusform>
            <numerusform>… and %n more: see the summary page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: each section lists its own.</source>
        <translation>
            <numerusform>… and %n more: each section lists its own.</numerusform>
            <numerusform>… and %n more: each section lists its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleMatchSet</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionProgressList</name>
    <message numerus="yes">
        <source>%1 of %n section(s) done · %2% of the steps</source>
        <translation>
            <numerusform>%1 of %n section done · %2% of the steps</numerusform>
            <numerusform>%1 of %n sections done · %2% of the steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionStatusModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 of %n step</numerusform>
            <numerusform>%1 of %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupModel</name>
    <message numerus="yes">
        <source>Add %n partner(s)</source>
        <translation>
            <numerusform>Add %n partner</numerusform>
            <numerusform>Add %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n partner(s)</source>
        <translation>
            <numerusform>Remove %n partner</numerusform>
            <numerusform>Remove %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message numerus="yes">
        <source>%1 of %n section(s) done or not needed</source>
        <translation>
            <numerusform>%1 of %n section done or not needed</numerusform>
            <numerusform>%1 of %n sections done or not needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %1 of %n step(s) ticked (%2%)</source>
        <translation>
            <numerusform>; %1 of %n step ticked (%2%)</numerusform>
            <numerusform>; %1 of %n steps ticked (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupValidator</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Opened consortium %1: %n member(s).</source>
        <translation>
            <numerusform>Opened consortium %1: %n member.</numerusform>
            <numerusform>Opened consortium %1: %n members.</numerusform>
        </translation>
    </message>
</context>
</TS>
