#pragma once

#include "SectionId.h"

#include <QWizardPage>

class ChecklistWidget;
class QVBoxLayout;
class SetupModel;

// Base of the 14 section pages: the section's title, why it matters, where in Alma it is done,
// the checklist, the values to enter (added by the subclass to contentLayout()) and, where the
// guide allows it, "not needed" with a reason. Everything sits in a scroll area so nothing is
// clipped on a small screen.
class SectionPage : public QWizardPage {
    Q_OBJECT

public:
    SectionPage(SetupModel* model, SectionId section, QWidget* parent = nullptr);

    SectionId section() const { return m_section; }
    // Null until the page has been shown once.
    ChecklistWidget* checklist() const { return m_checklist; }
    // Builds the page's widgets the first time it is shown: start-up stays as quick as a bare
    // wizard's, and a 5,000-partner table is not built until someone opens the partners page.
    void initializePage() override;
    void ensureBuilt();

protected:
    // Subclasses create their widgets here, not in the constructor.
    virtual void buildContent() = 0;
    SetupModel* model() const { return m_model; }
    // Where subclasses add their values, below the checklist.
    QVBoxLayout* contentLayout() const { return m_content; }
    // A titled group for values, added to contentLayout(); returns the group's layout parent.
    QWidget* addGroup(const QString& title, QWidget* content);

private:
    void addNotNeededBox();
    SetupModel* m_model;
    SectionId m_section;
    ChecklistWidget* m_checklist = nullptr;
    QVBoxLayout* m_content = nullptr;
};

// A page in a scroll area: shared by SectionPage and the introduction and summary pages.
namespace PageLayout {
// Makes `page` a scroll area holding a widget with a vertical layout, and returns that layout.
QVBoxLayout* scrollingLayout(QWizardPage* page);
} // namespace PageLayout
