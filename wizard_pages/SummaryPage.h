#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;
class SetupModel;

// Last page: every section's status and checklist count, with a way to jump to any section.
class SummaryPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit SummaryPage(SetupModel* model, QWidget* parent = nullptr);
    // Null until the page has been shown once (built on first show, like the section pages).
    QTableView* table() const { return m_table; }
    void initializePage() override;
    void ensureBuilt();

Q_SIGNALS:
    // The user wants to go to this wizard page id.
    void jumpRequested(int pageId);

protected:
    // Enter jumps to the section and is not passed on to the wizard's default (Finish) button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateProgress();
    void jumpToCurrent();
    SetupModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_progress = nullptr;
};
