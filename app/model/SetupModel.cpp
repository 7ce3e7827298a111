#include "model/SetupModel.h"

#include <QCoreApplication>

#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "model/SetupLimits.h"
#include "model/SetupSnapshotCommand.h"

#include <QSet>
#include <QUndoStack>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SetupProgress)
};

QString plainLabel(const QString& id)
{
    const FieldSpec* spec = FieldCatalog::find(id);
    QString label = spec ? spec->translatedLabel() : id;
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

template <typename T> bool validRange(const QList<T>& list, int row, int count)
{
    return row >= 0 && count >= 0 && row + count <= list.size();
}
} // namespace

SetupModel::SetupModel(QObject* parent)
    : QObject(parent)
    , m_data(Presets::create(QString::fromLatin1(Presets::Blank)))
    , m_undoStack(new QUndoStack(this))
{
}

SetupModel::~SetupModel() = default;

void SetupModel::reset(const SetupData& data)
{
    m_undoStack->clear();
    m_data = data;
    Presets::complete(m_data); // a file may lack newer fields, rules or sections
    Q_EMIT modelReset();
    Q_EMIT progressChanged();
    Q_EMIT changed();
}

void SetupModel::edit(const QString& undoText, const std::function<void(SetupData&)>& edit, const QString& mergeKey)
{
    SetupData before = m_data;
    edit(m_data);
    m_undoStack->push(new SetupSnapshotCommand(this, before, m_data, undoText, mergeKey));
    announce(before);
}

void SetupModel::restore(const SetupData& from, const SetupData& to)
{
    // Undo and redo change values, not where the user is.
    SetupData before = from;
    before.currentPage = m_data.currentPage;
    before.visitedSections = m_data.visitedSections;
    m_data = to;
    m_data.currentPage = before.currentPage;
    m_data.visitedSections = before.visitedSections;
    announce(before);
}

void SetupModel::announce(const SetupData& before)
{
    for (auto it = m_data.fields.cbegin(); it != m_data.fields.cend(); ++it) {
        if (before.fields.value(it.key()) != it.value())
            Q_EMIT fieldChanged(it.key());
    }
    if (before.partners != m_data.partners)
        Q_EMIT partnersChanged();
    if (before.otherSettings != m_data.otherSettings)
        Q_EMIT otherSettingsChanged();
    if (before.policies != m_data.policies)
        Q_EMIT policiesChanged();
    for (RuleId id : RuleIds::all()) {
        if (before.rules.value(id) != m_data.rules.value(id)
            || before.existingRules.value(id) != m_data.existingRules.value(id)
            || before.newRulePositions.value(id) != m_data.newRulePositions.value(id))
            Q_EMIT ruleChanged(id);
    }
    bool progressMoved = false;
    for (SectionId s : Sections::all()) {
        const SectionState was = before.sections.value(s);
        const SectionState now = m_data.sections.value(s);
        if (was == now)
            continue;
        progressMoved = true;
        for (const StepSpec& step : SectionCatalog::section(s).steps) {
            if (was.steps.value(step.key()) != now.steps.value(step.key()))
                Q_EMIT stepChanged(s, step.key());
        }
        if (was.notNeeded != now.notNeeded || was.notNeededReason != now.notNeededReason)
            Q_EMIT notNeededChanged(s);
        if (statusOf(before, s) != statusOf(m_data, s))
            Q_EMIT sectionStatusChanged(s);
    }
    if (progressMoved)
        Q_EMIT progressChanged();
    if (before.currentPage != m_data.currentPage)
        Q_EMIT currentPageChanged(m_data.currentPage);
    Q_EMIT changed();
}

void SetupModel::setField(const QString& id, const QVariant& value)
{
    const FieldSpec* spec = FieldCatalog::find(id);
    Q_ASSERT_X(spec, "SetupModel::setField", qPrintable(id));
    if (!spec)
        return;
    QVariant normalized = value;
    switch (spec->type) {
    case FieldType::Text:
    case FieldType::Choice:
        normalized = value.toString();
        break;
    case FieldType::Bool:
        normalized = value.toBool();
        break;
    case FieldType::Integer:
        normalized = value.toInt();
        break;
    case FieldType::MultiChoice:
        normalized = value.toStringList();
        break;
    }
    if (m_data.fields.value(id) == normalized)
        return;
    const bool typing = spec->type == FieldType::Text || spec->type == FieldType::Integer;
    edit(
        tr("Edit %1").arg(plainLabel(id)), [&](SetupData& d) { d.fields.insert(id, normalized); },
        typing ? QStringLiteral("field:") + id : QString());
}

void SetupModel::applyPreset(const QString& presetKey)
{
    const SetupData preset = Presets::create(presetKey);
    edit(tr("Apply preset"), [&](SetupData& d) {
        const QString institution = d.fields.value(QString::fromLatin1(FieldId::Institution)).toString();
        const QString preparedBy = d.fields.value(QString::fromLatin1(FieldId::PreparedBy)).toString();
        d.fields = preset.fields;
        d.fields.insert(QString::fromLatin1(FieldId::Institution), institution);
        d.fields.insert(QString::fromLatin1(FieldId::PreparedBy), preparedBy);
        d.otherSettings = preset.otherSettings;
        d.rules = preset.rules;
    });
}

int SetupModel::partnerRow(const QString& code) const
{
    for (int i = 0; i < m_data.partners.size(); ++i) {
        if (m_data.partners.at(i).code == code)
            return i;
    }
    return -1;
}

QStringList SetupModel::partnerCodes() const
{
    QStringList codes;
    codes.reserve(m_data.partners.size());
    for (const Partner& p : m_data.partners)
        codes.append(p.code);
    return codes;
}

void SetupModel::insertPartners(int row, const QList<Partner>& partners)
{
    if (row < 0 || row > m_data.partners.size() || partners.isEmpty())
        return;
    edit(tr("Add %n partner(s)", nullptr, int(partners.size())), [&](SetupData& d) {
        for (int i = 0; i < partners.size(); ++i)
            d.partners.insert(row + i, partners.at(i));
    });
}

void SetupModel::setPartner(int row, const Partner& partner)
{
    if (!validRange(m_data.partners, row, 1) || m_data.partners.at(row) == partner)
        return;
    edit(
        tr("Edit partner %1").arg(partner.code), [&](SetupData& d) { d.partners[row] = partner; },
        QStringLiteral("partner:%1").arg(row));
}

void SetupModel::removePartners(int row, int count)
{
    if (!validRange(m_data.partners, row, count) || count == 0)
        return;
    edit(tr("Remove %n partner(s)", nullptr, count), [&](SetupData& d) { d.partners.remove(row, count); });
}

std::pair<int, int> SetupModel::mergePartners(const QList<Partner>& partners)
{
    int added = 0;
    int updated = 0;
    QList<Partner> merged = m_data.partners;
    QHash<QString, int> rows;
    for (int i = 0; i < merged.size(); ++i)
        rows.insert(merged.at(i).code, i);
    QSet<QString> addedCodes;
    for (const Partner& p : partners) {
        const auto it = rows.constFind(p.code);
        if (it == rows.cend()) {
            rows.insert(p.code, int(merged.size()));
            merged.append(p);
            addedCodes.insert(p.code);
            ++added;
        } else if (merged.at(*it) != p) {
            merged[*it] = p;
            if (!addedCodes.contains(p.code)) // a repeated new code is still one added partner
                ++updated;
        }
    }
    if (added + updated > 0)
        edit(tr("Import partners"), [&](SetupData& d) { d.partners = merged; });
    return { added, updated };
}

void SetupModel::setOtherSettings(const QList<KeyValue>& rows)
{
    if (m_data.otherSettings == rows)
        return;
    edit(tr("Edit other settings"), [&](SetupData& d) { d.otherSettings = rows; });
}

QStringList SetupModel::policyNames() const
{
    QStringList names;
    for (const FulfillmentPolicy& p : m_data.policies) {
        if (!p.name.isEmpty() && !names.contains(p.name))
            names.append(p.name);
    }
    return names;
}

void SetupModel::setPolicies(const QList<FulfillmentPolicy>& policies)
{
    if (m_data.policies == policies)
        return;
    edit(tr("Edit fulfillment policies"), [&](SetupData& d) { d.policies = policies; });
}

void SetupModel::setRule(RuleId id, const Rule& rule, EditKind kind)
{
    if (m_data.rules.value(id) == rule)
        return;
    edit(
        tr("Edit rule %1").arg(rule.name), [&](SetupData& d) { d.rules.insert(id, rule); },
        kind == EditKind::Typing ? QStringLiteral("rule:") + RuleIds::key(id) : QString());
}

void SetupModel::setExistingRules(RuleId id, const QList<Rule>& rules, int newRulePosition)
{
    const int position = qBound(0, newRulePosition, int(rules.size()));
    if (existingRules(id) == rules && this->newRulePosition(id) == position)
        return;
    edit(tr("Edit existing rules"), [&](SetupData& d) {
        d.existingRules.insert(id, rules);
        d.newRulePositions.insert(id, position);
    });
}

StepState SetupModel::step(SectionId section, const QString& stepKey) const
{
    return m_data.sections.value(section).steps.value(stepKey);
}

void SetupModel::setStepDone(SectionId section, const QString& stepKey, bool done)
{
    const StepSpec* spec = SectionCatalog::section(section).step(stepKey);
    Q_ASSERT_X(spec, "SetupModel::setStepDone", qPrintable(stepKey));
    if (!spec || step(section, stepKey).done == done)
        return;
    StepState state;
    if (done) {
        state.done = true;
        state.doneAt = QDateTime::currentDateTimeUtc();
        state.doneBy = actor();
    }
    edit(done ? tr("Tick step") : tr("Untick step"), [&](SetupData& d) {
        if (done)
            d.sections[section].steps.insert(stepKey, state);
        else
            d.sections[section].steps.remove(stepKey);
    });
}

void SetupModel::setStepDetails(SectionId section, const QString& stepKey, const QDateTime& doneAt, const QString& note)
{
    StepState state = step(section, stepKey);
    if (!state.done || !doneAt.isValid())
        return;
    state.doneAt = doneAt.toUTC();
    state.note = note.trimmed().left(SetupLimits::MaxText);
    if (state == step(section, stepKey))
        return;
    edit(tr("Edit tick"), [&](SetupData& d) { d.sections[section].steps.insert(stepKey, state); });
}

void SetupModel::recordAlma(const QMap<QString, AlmaRecord>& records, const QList<StepRef>& stepsVerified,
    const QString& verifiedBy, const QString& mergeKey)
{
    QList<StepRef> toTick;
    for (const StepRef& ref : stepsVerified) {
        if (SectionCatalog::section(ref.first).step(ref.second) && !step(ref.first, ref.second).done)
            toTick.append(ref);
    }
    if (records.isEmpty() && toTick.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    edit(
        tr("Record Alma results"),
        [&](SetupData& d) {
            for (auto it = records.cbegin(); it != records.cend(); ++it)
                d.alma.insert(it.key(), it.value());
            for (const StepRef& ref : toTick)
                d.sections[ref.first].steps.insert(ref.second, StepState { true, now, verifiedBy, {} });
        },
        mergeKey);
}

void SetupModel::setNotNeeded(SectionId section, bool notNeeded, const QString& reason)
{
    const SectionState current = m_data.sections.value(section);
    if (current.notNeeded == notNeeded && current.notNeededReason == reason)
        return;
    // Typing the reason merges into one undo step; switching the flag is its own step.
    const QString mergeKey
        = current.notNeeded == notNeeded ? QStringLiteral("reason:") + Sections::key(section) : QString();
    edit(
        notNeeded ? tr("Mark section not needed") : tr("Mark section needed"),
        [&](SetupData& d) {
            d.sections[section].notNeeded = notNeeded;
            d.sections[section].notNeededReason = reason;
        },
        mergeKey);
}

int SetupModel::stepsDoneOf(const SetupData& data, SectionId section)
{
    const SectionState state = data.sections.value(section);
    int done = 0;
    for (const StepSpec& step : SectionCatalog::section(section).steps) {
        if (state.steps.value(step.key()).done)
            ++done;
    }
    return done;
}

SectionStatus SetupModel::statusOf(const SetupData& data, SectionId section)
{
    if (data.sections.value(section).notNeeded)
        return SectionStatus::NotNeeded;
    const int done = stepsDoneOf(data, section);
    if (done == 0)
        return SectionStatus::NotStarted;
    return done == SectionCatalog::section(section).steps.size() ? SectionStatus::Done : SectionStatus::InProgress;
}

QString SetupModel::statusName(SectionStatus status)
{
    switch (status) {
    case SectionStatus::NotStarted:
        return tr("Not started");
    case SectionStatus::InProgress:
        return tr("In progress");
    case SectionStatus::Done:
        return tr("Done");
    case SectionStatus::NotNeeded:
        return tr("Not needed");
    }
    return {};
}

SetupProgress SetupModel::progress() const
{
    return progressOf(m_data);
}

SetupProgress SetupModel::progressOf(const SetupData& data)
{
    SetupProgress p;
    for (SectionId s : Sections::all()) {
        const SectionStatus st = statusOf(data, s);
        if (st == SectionStatus::Done || st == SectionStatus::NotNeeded)
            ++p.sectionsDone;
        if (st == SectionStatus::NotNeeded)
            continue;
        p.stepsTotal += int(SectionCatalog::section(s).steps.size());
        p.stepsDone += stepsDoneOf(data, s);
    }
    return p;
}

bool SetupModel::wasVisited(SectionId section) const
{
    return m_data.visitedSections.contains(Sections::key(section));
}

void SetupModel::markVisited(SectionId section)
{
    if (wasVisited(section))
        return;
    m_data.visitedSections.append(Sections::key(section));
    Q_EMIT visitedChanged(section);
}

void SetupModel::setCurrentPage(const QString& pageName)
{
    if (m_data.currentPage == pageName)
        return;
    m_data.currentPage = pageName;
    Q_EMIT currentPageChanged(pageName);
    Q_EMIT changed();
}

void SetupModel::setTickingAs(const QString& name)
{
    const QString trimmed = name.trimmed().left(200);
    if (trimmed == m_tickingAs)
        return;
    m_tickingAs = trimmed;
    Q_EMIT tickingAsChanged(m_tickingAs);
}

QString SetupModel::actor() const
{
    if (!m_tickingAs.isEmpty())
        return m_tickingAs;
    const QString name = text(QString::fromLatin1(FieldId::PreparedBy)).trimmed();
    if (!name.isEmpty())
        return name;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? tr("unknown") : login;
}

QString SetupProgress::text() const
{
    // The plural follows the total ("1 of 1 step", "1 of 5 steps"); two messages, since one
    // message can carry only one %n.
    return Text::tr("%1 of %n section(s) done or not needed", nullptr, sectionsTotal).arg(sectionsDone)
        + Text::tr("; %1 of %n step(s) ticked (%2%)", nullptr, stepsTotal).arg(stepsDone).arg(percent());
}
