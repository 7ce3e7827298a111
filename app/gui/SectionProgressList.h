#pragma once

#include <QListView>

class SetupModel;
class SetupValidation;
class QLabel;
class QProgressBar;

// The side list of the wizard: every section with a status mark (and an error mark while it has
// validation errors and has been visited or worked on), driven by the model.
// Activating a section (click, Enter) asks to jump to its page.
class SectionProgressList final : public QWidget {
    Q_OBJECT

public:
    // `validation` may be nullptr; otherwise sections with errors get a red mark.
    SectionProgressList(SetupModel* model, SetupValidation* validation, QWidget* parent = nullptr);
    QListView* list() const { return m_list; }
    // Highlights the section shown on this wizard page (none for the introduction and summary).
    void setCurrentPage(int pageId);

Q_SIGNALS:
    void jumpRequested(int pageId);

protected:
    // Enter jumps to the section and is not passed on to the wizard's default (Next) button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateProgress();
    SetupModel* m_model;
    QListView* m_list;
    QProgressBar* m_bar;
    QLabel* m_summary;
};
