#pragma once

#include "checks/Finding.h"

#include <QWizard>

class SetupModel;
class SetupValidation;

// The pages of the setup, one per section of the guide between the introduction and the
// summary, all editing one SetupModel, inside a window staff keep open all week: Back and Next
// go to the previous and next page in the guide's order, goTo() to any page (side list, Go
// menu, a finding), Escape closes nothing, and the button row has Save and, on the summary,
// Export Report instead of a Cancel or Finish that would close the window.
class SetupWizard final : public QWizard {
    Q_OBJECT

public:
    // `validation` may be nullptr: pages then show no findings.
    SetupWizard(SetupModel* model, SetupValidation* validation, QWidget* parent = nullptr);

    void goTo(int pageId);
    // Goes to the finding's section and shows the field, row or rule it concerns.
    void showFinding(const Finding& finding);
    void goBack();
    void goNext();
    // Shows the page the model says the user was on (after a start, or opening a file).
    void resumeAtModelPage();
    int nextId() const override;
    void reject() override; // Escape: a document window does not close on it

Q_SIGNALS:
    void saveRequested();
    void exportReportRequested();

private:
    int neighbour(int step) const; // the page `step` places after (or before) the current one
    void updateButtons();
    SetupModel* m_model;
    int m_jumpTarget = -1;
};
