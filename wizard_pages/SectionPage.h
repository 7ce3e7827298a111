#pragma once

#include "checks/Finding.h"
#include "model/SectionId.h"

#include "LazyWizardPage.h"

class ChecklistWidget;
class QBoxLayout;
class QVBoxLayout;
class FindingsPanel;
class SetupModel;
class SetupValidation;

// Base of the 14 section pages: the section's title, why it matters, where in Alma it is done,
// the checklist, the values to enter (added by the subclass to contentLayout()) and, where the
// guide allows it, "not needed" with a reason. Built on first show (LazyWizardPage).
class SectionPage : public LazyWizardPage {
    Q_OBJECT

public:
    SectionPage(SetupModel* model, SectionId section, QWidget* parent = nullptr);

    SectionId section() const { return m_section; }
    // Null until the page has been shown once.
    ChecklistWidget* checklist() const { return m_checklist; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    // Shows the section's validation findings on the page (set before the page is built).
    void setValidation(SetupValidation* validation) { m_validation = validation; }
    // Shows and focuses what a finding is about (a field, a table row, a rule); false when
    // this page has nothing for it. Builds the page if needed.
    virtual bool focusSubject(const QString& subject);
    // focusSubject(), then for a partner's finding the cell or detail of its `field`.
    bool focusFinding(const QString& subject, const QString& field);
    // Focuses the check box of a step.
    void focusStep(const QString& stepKey);

protected:
    void build(QVBoxLayout* layout) final;
    // Subclasses create their widgets here, not in the constructor.
    virtual void buildContent() = 0;
    SetupModel* model() const { return m_model; }
    // Where subclasses add their values, below the checklist.
    QVBoxLayout* contentLayout() const { return m_content; }
    // A titled group for values, added to contentLayout(); returns the group's layout parent.
    QWidget* addGroup(const QString& title, QWidget* content);
    // A row added to contentLayout() whose widgets stand side by side while the page has room
    // for them, one above the other otherwise, so the page never scrolls sideways.
    QBoxLayout* addAdaptiveRow();
    void resizeEvent(QResizeEvent* event) override;

private:
    void addNotNeededBox(QVBoxLayout* layout);
    // Marks the fields and table cells the section's findings concern (called as they change).
    void showFindings(const QList<Finding>& findings);
    // Lays out the checklist beside the values on a wide page, above them otherwise, and the
    // adaptive rows likewise.
    void arrange(int width);
    SetupModel* m_model;
    SectionId m_section;
    ChecklistWidget* m_checklist = nullptr;
    SetupValidation* m_validation = nullptr;
    FindingsPanel* m_findings = nullptr;
    QVBoxLayout* m_content = nullptr;
    QWidget* m_body = nullptr; // the checklist and m_content
    QBoxLayout* m_bodyLayout = nullptr;
    QList<QBoxLayout*> m_adaptiveRows;
};
