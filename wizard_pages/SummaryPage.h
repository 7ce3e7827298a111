#pragma once

#include "LazyWizardPage.h"

class QLabel;
class QVBoxLayout;
class QTableView;
class SetupModel;

// Last page: every section's status and checklist count, with a way to jump to any section.
class SummaryPage final : public LazyWizardPage {
    Q_OBJECT

public:
    explicit SummaryPage(SetupModel* model, QWidget* parent = nullptr);
    // Null until the page has been shown once.
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    // The user wants to go to this wizard page id.
    void jumpRequested(int pageId);

protected:
    void build(QVBoxLayout* layout) override;
    // Enter jumps to the section and is not passed on to the wizard's default (Finish) button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateProgress();
    void jumpToCurrent();
    SetupModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_progress = nullptr;
};
