#include "report/ReportBuilder.h"

#include "model/AlmaItemKey.h"
#include "model/AlmaStepKeys.h"
#include "model/Dates.h"

#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "model/RuleCatalog.h"
#include "model/RuleText.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace {
// lupdate reads Text::tr() only inside classes: this one gives every text below the "ReportBuilder" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
};

QString dateTime(const QDateTime& t)
{
    return Dates::shown(t);
}

QString fieldValue(const FieldSpec& spec, const QVariant& value)
{
    switch (spec.type) {
    case FieldType::Bool:
        return value.toBool() ? Text::tr("Yes") : Text::tr("No");
    case FieldType::Integer:
        return QString::number(value.toInt());
    case FieldType::Choice:
        return value.toString().isEmpty() ? Text::tr("—") : spec.choiceLabel(value.toString());
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QString& v : value.toStringList())
            labels.append(spec.choices.isEmpty() ? v : spec.choiceLabel(v));
        return labels.isEmpty() ? Text::tr("—") : labels.join(QLatin1String(", "));
    }
    case FieldType::Text:
        break;
    }
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? Text::tr("—") : text;
}

QString outputsText(RuleId id, const QList<KeyValue>& outputs)
{
    QStringList parts;
    for (const KeyValue& o : outputs) {
        const Sourced* known = RuleCatalog::output(id, o.key);
        const QString name = known && known->isSuggestion() ? Text::tr("%1 (suggested name)").arg(o.key) : o.key;
        parts.append(name + QLatin1String(" = ") + o.value);
    }
    return parts.isEmpty() ? Text::tr("none") : parts.join(QLatin1String("; "));
}

QString conditionsText(const Rule& rule)
{
    return rule.conditions.isEmpty() ? Text::tr("none (matches every request)") : RuleText::format(rule.conditions);
}

ReportBlock block(ReportBlock::Kind kind, const QString& text = {})
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

// The rule still has the inputs its preset gave it, and those are the program's suggestion.
bool suggestedInputs(const SetupData& d, RuleId id)
{
    if (RuleCatalog::rule(id).presetSource != Source::Suggestion)
        return false;
    const QString preset = d.fields.value(QString::fromLatin1(FieldId::Preset)).toString();
    return d.rules.value(id).conditions == Presets::create(preset).rules.value(id).conditions;
}

void addRule(QList<ReportBlock>& blocks, const SetupData& d, RuleId id)
{
    const Rule rule = d.rules.value(id);
    const QList<Rule> existing = d.existingRules.value(id);
    const int position = qBound(0, d.newRulePositions.value(id), int(existing.size()));
    blocks.append(block(
        ReportBlock::Kind::Subheading, Text::tr("%1: %2").arg(RuleCatalog::rule(id).translatedTitle(), rule.name)));
    ReportBlock fields = block(ReportBlock::Kind::Fields);
    fields.fields = {
        { Text::tr("Enabled"), rule.enabled ? Text::tr("Yes") : Text::tr("No") },
        { Text::tr("Input parameters"),
            suggestedInputs(d, id) ? Text::tr("%1 (suggested)").arg(conditionsText(rule)) : conditionsText(rule) },
        { Text::tr("Output parameters"), outputsText(id, rule.outputs) },
        { Text::tr("Place in Alma's list"), Text::tr("row %1 of %2").arg(position + 1).arg(existing.size() + 1) },
    };
    if (!rule.description.trimmed().isEmpty())
        fields.fields.insert(0, { Text::tr("Description"), rule.description.trimmed() });
    blocks.append(fields);
    if (existing.isEmpty())
        return;
    ReportBlock list = block(ReportBlock::Kind::Table);
    list.headers = { Text::tr("#"), Text::tr("Rule"), Text::tr("Enabled"), Text::tr("Input parameters") };
    for (int row = 0; row <= existing.size(); ++row) {
        const bool isNew = row == position;
        const Rule& r = isNew ? rule : existing.at(row < position ? row : row - 1);
        list.rows.append({ QString::number(row + 1), isNew ? Text::tr("%1 (new)").arg(r.name) : r.name,
            r.enabled ? Text::tr("Yes") : Text::tr("No"), conditionsText(r) });
        if (isNew)
            list.marked.append(row);
    }
    blocks.append(list);
}

// The results of push and verify that speak for a step the API does for the user: the step's
// location, the job, the item policy, or every partner. Empty for a step only people do.
QStringList almaKeysOf(const SetupData& d, SectionId section, const QString& stepKey)
{
    auto text = [&d](const char* id) { return d.fields.value(QString::fromLatin1(id)).toString().trimmed(); };
    auto is
        = [&](const AlmaStepKeys::Step& step) { return step.section == section && stepKey == QLatin1String(step.key); };
    const QString library = text(FieldId::LibraryCode);
    using namespace AlmaStepKeys;
    if (is(AddBorrowingLocation) || is(AttachDeskBorrowing))
        return { AlmaItemKey::location(library, text(FieldId::BorrowingLocationCode)) };
    if (is(AddLendingLocation) || is(AttachDeskLending))
        return { AlmaItemKey::location(library, text(FieldId::LendingLocationCode)) };
    if (is(ActivateExpiredRequestsJob))
        return { AlmaItemKey::expiredRequestsJob() };
    if (is(AddItemPolicyRow) || is(SaveItemPolicy))
        return { AlmaItemKey::itemPolicy(text(FieldId::ItemPolicyCode)) };
    if (is(CopyPartners) || is(SetWorkflows) || is(SetExpiryTime)) {
        QStringList keys;
        for (const Partner& p : d.partners) {
            if (!p.code.trimmed().isEmpty())
                keys.append(AlmaItemKey::partner(p.code.trimmed()));
        }
        return keys;
    }
    return {};
}

// What Alma's last results say of a step not ticked yet ("Last push or verify: 1 × Created in
// Alma (6 Dec 2026, 10:00); verify pending"), or empty when there are none.
QString almaStateOf(const SetupData& d, SectionId section, const QString& stepKey)
{
    QMap<AlmaRecord::Outcome, int> counts;
    QDateTime last;
    for (const QString& key : almaKeysOf(d, section, stepKey)) {
        const auto found = d.alma.constFind(key);
        if (found == d.alma.cend())
            continue;
        ++counts[found->outcome];
        last = std::max(last, found->at);
    }
    if (counts.isEmpty())
        return {};
    using O = AlmaRecord::Outcome;
    QStringList parts;
    for (O outcome : { O::Failed, O::Differs, O::Created, O::Updated, O::AsWanted, O::Verified })
        if (counts.value(outcome) > 0)
            parts.append(Text::tr("%1 × %2").arg(counts.value(outcome)).arg(AlmaRecord::outcomeName(outcome)));
    const bool pushedOnly = counts.value(O::Verified) + counts.value(O::Differs) == 0 && counts.value(O::Failed) == 0;
    const QString results = parts.join(QLatin1String(", "));
    return pushedOnly ? Text::tr("Last push or verify: %1 (%2); verify pending").arg(results, dateTime(last))
                      : Text::tr("Last push or verify: %1 (%2)").arg(results, dateTime(last));
}

// A field's value as the report prints it, marked when it is the program's suggestion.
QString shownValue(const SetupData& d, const FieldSpec& spec)
{
    const QVariant value = d.fields.value(spec.key());
    const QString shown = fieldValue(spec, value);
    return spec.suggestionNote(value).isEmpty() ? shown : Text::tr("%1 (suggested)").arg(shown);
}

// Section 2's two locations side by side, one row per attribute; returns the fields it printed.
QSet<QString> addLocationPair(QList<ReportBlock>& blocks, const SetupData& d)
{
    static const std::pair<const char*, const char*> pairs[] = {
        { FieldId::BorrowingLocationExists, FieldId::LendingLocationExists },
        { FieldId::BorrowingLocationCode, FieldId::LendingLocationCode },
        { FieldId::BorrowingLocationName, FieldId::LendingLocationName },
        { FieldId::BorrowingLocationExternalName, FieldId::LendingLocationExternalName },
        { FieldId::BorrowingLocationType, FieldId::LendingLocationType },
        { FieldId::BorrowingLocationRemoteStorage, FieldId::LendingLocationRemoteStorage },
        { FieldId::BorrowingLocationFulfillmentUnit, FieldId::LendingLocationFulfillmentUnit },
        { FieldId::BorrowingLocationCallNumberType, FieldId::LendingLocationCallNumberType },
    };
    ReportBlock t = block(ReportBlock::Kind::Table);
    t.headers = { QString(), Text::tr("Temporary borrowing location"), Text::tr("Temporary lending location") };
    t.columnWidths = { 30, 35, 35 };
    QSet<QString> printed;
    for (const auto& [borrowing, lending] : pairs) {
        const FieldSpec& b = FieldCatalog::get(borrowing);
        const FieldSpec& l = FieldCatalog::get(lending);
        t.rows.append({ b.plainLabel(), shownValue(d, b), shownValue(d, l) });
        printed << b.key() << l.key();
    }
    blocks.append(t);
    return printed;
}

void addSectionValues(QList<ReportBlock>& blocks, const SetupData& d, SectionId section)
{
    const QSet<QString> printed
        = section == SectionId::TemporaryLocations ? addLocationPair(blocks, d) : QSet<QString>();
    ReportBlock fields = block(ReportBlock::Kind::Fields);
    for (const FieldSpec* spec : FieldCatalog::ofSection(section)) {
        if (printed.contains(spec->key()))
            continue;
        fields.fields.append({ spec->qualifiedLabel(), shownValue(d, *spec) });
    }
    if (!fields.fields.isEmpty())
        blocks.append(fields);

    switch (section) {
    case SectionId::OtherSettings: {
        ReportBlock t = block(ReportBlock::Kind::Table);
        t.headers = { Text::tr("Parameter"), Text::tr("Value") };
        for (const KeyValue& row : d.otherSettings) {
            bool unconfirmed = false;
            for (const FieldCatalog::OtherSetting& s : FieldCatalog::otherSettings())
                unconfirmed = unconfirmed || (row.key.trimmed() == s.parameter.text() && !s.confirmed());
            t.rows.append(
                { unconfirmed ? Text::tr("%1 (unconfirmed: check your Other Settings table)").arg(row.key) : row.key,
                    row.value });
        }
        blocks.append(t);
        break;
    }
    case SectionId::Partners: {
        // The table's columns, then each partner's other fields that are set for its type.
        const QList<const PartnerField*> columns = PartnerFields::columns();
        ReportBlock t = block(ReportBlock::Kind::Table);
        t.text = Text::tr("%n partner(s)", nullptr, int(d.partners.size()));
        for (const PartnerField* f : columns)
            t.headers.append(f->translatedTitle());
        t.headers.append(Text::tr("Other fields"));
        t.rows.reserve(d.partners.size());
        for (const Partner& p : d.partners) {
            QStringList row;
            for (const PartnerField* f : columns) {
                const QString value = f->appliesTo(p.profileType) ? f->displayValue(p) : QString();
                row.append(value.isEmpty() ? Text::tr("—") : value);
            }
            QStringList others;
            for (const PartnerField& f : PartnerFields::all()) {
                if (!columns.contains(&f) && f.appliesTo(p.profileType) && f.isSet(p))
                    others.append(Text::tr("%1: %2").arg(f.translatedTitle(), f.displayValue(p)));
            }
            row.append(others.isEmpty() ? Text::tr("—") : others.join(QLatin1String("; ")));
            t.rows.append(row);
        }
        blocks.append(t);
        break;
    }
    case SectionId::FulfillmentPolicies: {
        ReportBlock t = block(ReportBlock::Kind::Table);
        t.headers = { Text::tr("Type"), Text::tr("Name"), Text::tr("Value"), Text::tr("Description") };
        for (const FulfillmentPolicy& p : d.policies) {
            const auto known = std::find_if(FieldCatalog::policyTypes().cbegin(), FieldCatalog::policyTypes().cend(),
                [&p](const Sourced& type) { return type.text() == p.type.trimmed(); });
            const bool suggested = known != FieldCatalog::policyTypes().cend() && known->isSuggestion();
            t.rows.append(
                { suggested ? Text::tr("%1 (suggested)").arg(p.type) : p.type, p.name, p.value, p.description });
        }
        blocks.append(t);
        break;
    }
    default:
        break;
    }
    for (RuleId id : RuleIds::all()) {
        if (RuleCatalog::rule(id).section == section)
            addRule(blocks, d, id);
    }
}
// Page 1 of the report: every section's status and counts, then the problems left open.
void addOverview(QList<ReportBlock>& blocks, const SetupData& d, const QList<Finding>& findings)
{
    blocks.append(block(ReportBlock::Kind::Heading, Text::tr("Overview")));
    ReportBlock sections = block(ReportBlock::Kind::Table);
    sections.headers
        = { Text::tr("Section"), Text::tr("Status"), Text::tr("Steps done"), Text::tr("Errors"), Text::tr("Warnings") };
    sections.columnWidths = { 42, 18, 14, 12, 14 };
    for (SectionId s : Sections::all()) {
        const SectionState state = d.sections.value(s);
        const QList<StepSpec>& steps = SectionCatalog::section(s).steps;
        const auto done = std::count_if(steps.cbegin(), steps.cend(),
            [&state](const StepSpec& step) { return state.steps.value(step.key()).done; });
        const QList<Finding> own = Findings::ofSection(findings, s);
        const int errors = Findings::count(own, Finding::Severity::Error);
        if (errors > 0)
            sections.marked.append(int(sections.rows.size()));
        sections.rows.append(
            { SectionCatalog::section(s).numberedTitle(), SetupModel::statusName(SetupModel::statusOf(d, s)),
                state.notNeeded ? Text::tr("—") : Text::tr("%1 of %2").arg(done).arg(steps.size()),
                QString::number(errors), QString::number(Findings::count(own, Finding::Severity::Warning)) });
    }
    blocks.append(sections);

    // Errors, then warnings, in the guide's order; the first few, the sections have the rest.
    constexpr int Shown = 25;
    QList<Finding> open;
    for (const Finding& f : findings) {
        if (f.severity != Finding::Severity::Info)
            open.append(f);
    }
    std::stable_sort(open.begin(), open.end(), [](const Finding& a, const Finding& b) {
        return std::make_pair(int(a.severity), Sections::index(a.section))
            < std::make_pair(int(b.severity), Sections::index(b.section));
    });
    ReportBlock problems = block(ReportBlock::Kind::Table, Text::tr("Open problems"));
    problems.headers = { Text::tr("Section"), Text::tr("Severity"), Text::tr("What to change") };
    problems.columnWidths = { 28, 12, 60 };
    for (const Finding& f : open.mid(0, Shown)) {
        if (f.severity == Finding::Severity::Error)
            problems.marked.append(int(problems.rows.size()));
        problems.rows.append({ SectionCatalog::section(f.section).numberedTitle(), Findings::severityName(f.severity),
            Findings::messageAndFix(f) });
    }
    if (open.size() > Shown)
        problems.rows.append({ QString(), QString(),
            Text::tr("… and %n more: each section lists its own.", nullptr, int(open.size() - Shown)) });
    if (open.isEmpty())
        blocks.append(block(ReportBlock::Kind::Paragraph, Text::tr("Open problems: none.")));
    else
        blocks.append(problems);
}
} // namespace

namespace {
// A value longer than this is shown cut short in the report (the setup file keeps all of it):
// a table row that spans pages costs the PDF time out of all proportion (20 partners with
// 32,767-character names took 41 s), and no reader wants more of one value.
constexpr int MaxShownCharacters = 1000;

void elide(QString* text)
{
    if (text->size() <= MaxShownCharacters)
        return;
    const qsizetype all = text->size();
    text->truncate(MaxShownCharacters);
    *text += Text::tr("\u2026 (%1 characters in all; the setup file holds the whole text)").arg(all);
}

void elideLongTexts(ReportDocument* doc)
{
    elide(&doc->institution);
    for (auto& [label, value] : doc->header)
        elide(&value);
    for (ReportBlock& b : doc->blocks) {
        elide(&b.text);
        elide(&b.note);
        for (auto& [label, value] : b.fields)
            elide(&value);
        for (QStringList& row : b.rows) {
            for (QString& cell : row)
                elide(&cell);
        }
        for (ReportBlock::ChecklistItem& item : b.items) {
            elide(&item.text);
            elide(&item.detail);
        }
        for (Finding& f : b.findings) {
            elide(&f.message);
            elide(&f.fix);
            elide(&f.subjectLabel);
        }
    }
}
} // namespace

ReportDocument ReportBuilder::build(const SetupData& d, const QList<Finding>& findings, const Info& info)
{
    ReportDocument doc;
    doc.title = Text::tr("Peer-to-peer resource sharing setup");
    doc.institution = d.fields.value(QString::fromLatin1(FieldId::Institution)).toString().trimmed();
    if (doc.institution.isEmpty())
        doc.institution = Text::tr("(institution not named)");
    // Anything learned from the sandbox marks the whole report: it must never pass for production.
    doc.sandbox = std::any_of(d.alma.cbegin(), d.alma.cend(), [](const AlmaRecord& r) { return r.sandbox; });
    if (doc.sandbox)
        doc.sandboxNotice = Text::tr("SANDBOX — results in this report come from a sandbox, not from production Alma");

    const SetupProgress progress = SetupModel::progressOf(d);
    const QString preset = d.fields.value(QString::fromLatin1(FieldId::Preset)).toString();
    const FieldSpec& presetSpec = FieldCatalog::get(FieldId::Preset);
    doc.header = {
        { Text::tr("Prepared by"),
            fieldValue(
                FieldCatalog::get(FieldId::PreparedBy), d.fields.value(QString::fromLatin1(FieldId::PreparedBy))) },
        { Text::tr("Started"), dateTime(d.createdAt) },
        { Text::tr("Last changed"), dateTime(info.lastChanged) },
        { Text::tr("Setup file"),
            info.fileName.isEmpty() ? Text::tr("(not saved)") : QFileInfo(info.fileName).fileName() },
        { Text::tr("Preset"), presetSpec.choiceLabel(preset) },
        { Text::tr("Progress"), progress.text() },
        { Text::tr("Checks"),
            Text::tr("%1, %2").arg(
                Text::tr("%n error(s)", nullptr, Findings::count(findings, Finding::Severity::Error)),
                Text::tr("%n warning(s)", nullptr, Findings::count(findings, Finding::Severity::Warning))) },
    };

    addOverview(doc.blocks, d, findings);
    const bool anySuggestion = std::any_of(FieldCatalog::all().cbegin(), FieldCatalog::all().cend(),
        [&d](const FieldSpec& f) { return !f.suggestionNote(d.fields.value(f.key())).isEmpty(); });
    if (anySuggestion)
        doc.blocks.append(block(ReportBlock::Kind::Paragraph,
            Text::tr("Values marked (suggested) are this program's suggestions where neither the staff guide nor "
                     "Ex Libris gives one: your institution may use its own.")));

    const QSet<QString> currentAlmaKeys = AlmaItemKey::currentKeys(d); // results of items still in the setup
    for (SectionId s : Sections::all()) {
        const SectionSpec& spec = SectionCatalog::section(s);
        const SectionState state = d.sections.value(s);
        ReportBlock heading = block(ReportBlock::Kind::SectionHeading, spec.numberedTitle());
        heading.note = SetupModel::statusName(SetupModel::statusOf(d, s));
        doc.blocks.append(heading);
        doc.blocks.append(block(ReportBlock::Kind::Paragraph,
            Text::tr("Where in Alma: %1 (%2)").arg(spec.translatedMenuPath(), SectionCatalog::levelName(spec.level))));
        if (state.notNeeded) {
            // Its values and steps do not apply: the reason is all a reader needs.
            doc.blocks.append(block(ReportBlock::Kind::Paragraph,
                Text::tr("Not needed: %1")
                    .arg(state.notNeededReason.trimmed().isEmpty() ? Text::tr("(no reason given)")
                                                                   : state.notNeededReason.trimmed())));
            continue;
        }
        addSectionValues(doc.blocks, d, s);

        ReportBlock checklist = block(ReportBlock::Kind::Checklist, Text::tr("Steps in Alma"));
        for (const StepSpec& step : spec.steps) {
            const StepState done = state.steps.value(step.key());
            ReportBlock::ChecklistItem item;
            item.done = done.done;
            item.text = step.translatedText(d);
            item.detail = done.done
                ? (done.note.isEmpty()
                        ? Text::tr("done by %1, %2").arg(done.doneBy, dateTime(done.doneAt))
                        : Text::tr("done by %1, %2. Note: %3").arg(done.doneBy, dateTime(done.doneAt), done.note))
                : Text::tr("to do: %1 (%2)").arg(step.translatedMenuPath(), SectionCatalog::levelName(step.level));
            if (!done.done) {
                // A push may have done it already: say so on the step, not only in the table below.
                const QString alma = almaStateOf(d, s, step.key());
                if (!alma.isEmpty())
                    item.detail = Text::tr("%1. %2").arg(alma, item.detail);
            }
            checklist.items.append(item);
        }
        doc.blocks.append(checklist);

        ReportBlock alma = block(ReportBlock::Kind::Table, Text::tr("In Alma (last push or verify)"));
        alma.headers = { Text::tr("Item"), Text::tr("Result"), Text::tr("Details"), Text::tr("When") };
        alma.columnWidths = { 28, 16, 40, 16 }; // Alma's errors with their tracking ids are long
        for (auto it = d.alma.cbegin(); it != d.alma.cend(); ++it) {
            if (AlmaItemKey::sectionOf(it.key()) != s || !currentAlmaKeys.contains(it.key()))
                continue;
            const AlmaRecord& r = it.value();
            const QString result = r.sandbox ? Text::tr("%1 (sandbox)").arg(AlmaRecord::outcomeName(r.outcome))
                                             : AlmaRecord::outcomeName(r.outcome);
            if (!r.isGood())
                alma.marked.append(int(alma.rows.size()));
            alma.rows.append({ r.label, result, r.detail, dateTime(r.at) });
        }
        if (!alma.rows.isEmpty())
            doc.blocks.append(alma);

        const QList<Finding> sectionFindings = Findings::ofSection(findings, s);
        if (!sectionFindings.isEmpty()) {
            // Thousands of partners can share one problem: a report lists the first few of a
            // kind and counts the rest (the check command lists them all).
            constexpr int PerKind = 10;
            ReportBlock f = block(ReportBlock::Kind::Findings, Text::tr("Checks"));
            QHash<QString, int> perKind;
            for (const Finding& finding : sectionFindings) {
                if (++perKind[finding.code] <= PerKind)
                    f.findings.append(finding);
            }
            for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
                if (it.value() <= PerKind)
                    continue;
                Finding more;
                more.severity = Finding::Severity::Info;
                more.section = s;
                more.code = it.key();
                more.message = Text::tr("… and %1 more like the above.").arg(it.value() - PerKind);
                more.fix = Text::tr("alma-p2p-wizard check lists them all.");
                f.findings.append(more);
            }
            doc.blocks.append(f);
        }
    }
    doc.signOff = { Text::tr("Prepared by"), Text::tr("Reviewed by"), Text::tr("Date") };
    elideLongTexts(&doc);
    return doc;
}
