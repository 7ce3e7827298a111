#pragma once

#include "LazyWizardPage.h"
#include "checks/Finding.h"

class QLabel;
class QVBoxLayout;
class QTableView;
class SetupModel;
class SetupValidation;

// Last page: every validation finding, then every section's status and checklist count, with a
// way to go to what a finding concerns and to any section.
class SummaryPage final : public LazyWizardPage {
    Q_OBJECT

public:
    explicit SummaryPage(SetupModel* model, QWidget* parent = nullptr);
    // Null until the page has been shown once.
    QTableView* table() const { return m_table; }
    QTableView* findingsTable() const { return m_findingsTable; }
    // Adds the checks of every section, with a way to jump to each (set before the page is built).
    void setValidation(SetupValidation* validation) { m_validation = validation; }

Q_SIGNALS:
    // The user wants to go to this wizard page id.
    void jumpRequested(int pageId);
    // The user wants to see what this finding concerns.
    void findingRequested(const Finding& finding);
    // The user wants the completion report printed (through a preview).
    void printReportRequested();

protected:
    void build(QVBoxLayout* layout) override;
    // Enter jumps to the section and is not passed on to the wizard's default (Finish) button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateProgress();
    void jumpToCurrent();
    void jumpToFinding();
    void updateFindingsSummary();
    SetupModel* m_model;
    SetupValidation* m_validation = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_findingsTable = nullptr;
    QLabel* m_findingsSummary = nullptr;
    QLabel* m_progress = nullptr;
};
