#pragma once

#include <QWizard>

class SetupModel;
class SetupValidation;

// The wizard: the introduction, one page per section of the guide, and the summary, all
// editing one SetupModel. Pages have fixed ids (PageId.h); jumpTo() goes straight to any page.
class SetupWizard final : public QWizard {
    Q_OBJECT

public:
    // `validation` may be nullptr: pages then show no findings.
    SetupWizard(SetupModel* model, SetupValidation* validation, QWidget* parent = nullptr);

    // Shows the page with this id, going back through history or forward directly.
    void jumpTo(int pageId);
    // Starts over and shows the page the model says the user was on (after opening a file).
    void resumeAtModelPage();
    int nextId() const override;

private:
    SetupModel* m_model;
    int m_jumpTarget = -1;
};
