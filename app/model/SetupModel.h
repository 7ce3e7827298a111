#pragma once

#include "model/SetupData.h"

#include <QObject>
#include <QPair>

#include <functional>

class QUndoStack;

// Overall progress, derived from the checklist.
struct SetupProgress {
    int sectionsDone = 0; // done or not needed
    int sectionsTotal = Sections::Count;
    int stepsDone = 0; // in sections that are needed
    int stepsTotal = 0;

    int percent() const { return stepsTotal == 0 ? 100 : (stepsDone * 100) / stepsTotal; }
    // "3 of 14 sections done or not needed; 20 of 41 steps ticked (48%)", with plural forms.
    QString text() const;
};

// The one model of a setup, shared by every page, the command line and the tests.
// It owns the data, derives each section's status and the overall progress from the checklist,
// and records every edit on an undo stack. Views never keep a second copy of the truth: they
// read from here and listen to the change signals.
class SetupModel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupModel)

public:
    explicit SetupModel(QObject* parent = nullptr);
    ~SetupModel() override;

    const SetupData& data() const { return m_data; }
    // Replaces everything (new setup, file loaded): not undoable, clears the undo stack.
    void reset(const SetupData& data);
    QUndoStack* undoStack() const { return m_undoStack; }

    // Single-valued fields (FieldId).
    QVariant field(const QString& id) const { return m_data.fields.value(id); }
    QString text(const QString& id) const { return field(id).toString(); }
    bool flag(const QString& id) const { return field(id).toBool(); }
    int number(const QString& id) const { return field(id).toInt(); }
    QStringList list(const QString& id) const { return field(id).toStringList(); }
    void setField(const QString& id, const QVariant& value);

    // Replaces the values with a preset's, keeping the checklist and who is doing the setup. Undoable.
    void applyPreset(const QString& presetKey);

    // Partners (section 6).
    const QList<Partner>& partners() const { return m_data.partners; }
    int partnerRow(const QString& code) const;
    QStringList partnerCodes() const;
    void insertPartners(int row, const QList<Partner>& partners);
    void setPartner(int row, const Partner& partner);
    void removePartners(int row, int count);
    // Adds partners with new codes and updates those whose code exists. Returns {added, updated}.
    std::pair<int, int> mergePartners(const QList<Partner>& partners);

    // Other settings rows (section 4).
    const QList<KeyValue>& otherSettings() const { return m_data.otherSettings; }
    void setOtherSettings(const QList<KeyValue>& rows);

    // Fulfillment policies (section 9).
    const QList<FulfillmentPolicy>& policies() const { return m_data.policies; }
    QStringList policyNames() const;
    void setPolicies(const QList<FulfillmentPolicy>& policies);

    // The rules of sections 8, 11, 13 and 14.
    Rule rule(RuleId id) const { return m_data.rules.value(id); }
    // Typing edits in a row merge into one undo step; other edits (rows added or removed,
    // a cell committed) are each their own.
    enum class EditKind { Step, Typing };
    void setRule(RuleId id, const Rule& rule, EditKind kind = EditKind::Step);
    // The rules of this kind already in Alma, in order, and where the new rule goes among them.
    QList<Rule> existingRules(RuleId id) const { return m_data.existingRules.value(id); }
    int newRulePosition(RuleId id) const { return m_data.newRulePositions.value(id); }
    // `newRulePosition` is clamped to 0..rules.size().
    void setExistingRules(RuleId id, const QList<Rule>& rules, int newRulePosition);

    // Checklist.
    StepState step(SectionId section, const QString& stepKey) const;
    // Ticks or clears a step; a tick records the current time and who is doing the setup.
    void setStepDone(SectionId section, const QString& stepKey, bool done);
    // Stores what push or verify learned from Alma (replacing the records with the same keys) and
    // ticks the steps verify found done in Alma, with `verifiedBy` as who did them. One undo step.
    using StepRef = QPair<SectionId, QString>;
    // Calls with the same non-empty `mergeKey` in a row are one undo step (a push records as it goes).
    void recordAlma(const QMap<QString, AlmaRecord>& records, const QList<StepRef>& stepsVerified = {},
        const QString& verifiedBy = {}, const QString& mergeKey = {});
    bool isNotNeeded(SectionId section) const { return m_data.sections.value(section).notNeeded; }
    QString notNeededReason(SectionId section) const { return m_data.sections.value(section).notNeededReason; }
    void setNotNeeded(SectionId section, bool notNeeded, const QString& reason);

    // Derived state.
    SectionStatus status(SectionId section) const { return statusOf(m_data, section); }
    int stepsDone(SectionId section) const { return stepsDoneOf(m_data, section); }
    SetupProgress progress() const;
    static SectionStatus statusOf(const SetupData& data, SectionId section);
    static SetupProgress progressOf(const SetupData& data);
    static int stepsDoneOf(const SetupData& data, SectionId section);
    static QString statusName(SectionStatus status);

    // The page the user is on, so a resumed setup opens where it was left. Not undoable.
    QString currentPage() const { return m_data.currentPage; }
    void setCurrentPage(const QString& pageName);
    // Whether the section's page has been shown (not an edit: no undo step, not unsaved work).
    bool wasVisited(SectionId section) const;
    void markVisited(SectionId section);

    // Corrects when a ticked step was done and sets its note (one undo step). Nothing happens to
    // a step that is not ticked.
    void setStepDetails(SectionId section, const QString& stepKey, const QDateTime& doneAt, const QString& note);
    // Who ticks steps on this workstation ("Ticking as"), kept in the workstation's settings, not
    // in the setup: a colleague resuming the file ticks under their own name.
    QString tickingAs() const { return m_tickingAs; }
    void setTickingAs(const QString& name);
    // Who ticks steps: "Ticking as", else "Prepared by", else the login name.
    QString actor() const;

Q_SIGNALS:
    void fieldChanged(const QString& id);
    void partnersChanged();
    void otherSettingsChanged();
    void policiesChanged();
    void ruleChanged(RuleId id);
    void stepChanged(SectionId section, const QString& stepKey);
    void notNeededChanged(SectionId section);
    void sectionStatusChanged(SectionId section);
    void progressChanged();
    void currentPageChanged(const QString& pageName);
    void visitedChanged(SectionId section);
    void tickingAsChanged(const QString& name);
    // Everything was replaced (reset()).
    void modelReset();
    // Any change at all (for the unsaved-changes mark).
    void changed();

private:
    friend class SetupSnapshotCommand;
    // Runs `edit` on the data and records it as one undoable step. Edits with the same non-empty
    // mergeKey in a row merge into one (typing in a field is one undo step, not one per key).
    void edit(const QString& undoText, const std::function<void(SetupData&)>& edit, const QString& mergeKey = {});
    // Sets the data to `to` and emits a signal for each part that differs from `from`.
    void restore(const SetupData& from, const SetupData& to);
    void announce(const SetupData& before);

    SetupData m_data;
    QString m_tickingAs;
    QUndoStack* m_undoStack;
};
