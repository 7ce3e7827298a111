#include "gui/SetupWizard.h"

#include "FulfillmentPoliciesPage.h"
#include "FulfillmentUnitRulesPage.h"
#include "IntroPage.h"
#include "ItemPolicyPage.h"
#include "JobsPage.h"
#include "OtherSettingsPage.h"
#include "PageId.h"
#include "PartnersPage.h"
#include "ResourceSharingLibraryPage.h"
#include "RotaAssignmentRulePage.h"
#include "RotaTemplatePage.h"
#include "SectionPage.h"
#include "SendingBorrowingRequestRulePage.h"
#include "SummaryPage.h"
#include "TemporaryItemCreationRulePage.h"
#include "TemporaryLocationsPage.h"
#include "TermsOfUsePage.h"
#include "WorkflowProfilesPage.h"
#include "model/SetupModel.h"

#include <QKeySequence>
#include <QPushButton>
#include <QScopedValueRollback>

SetupWizard::SetupWizard(SetupModel* model, SetupValidation* validation, QWidget* parent)
    : QWizard(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("setup-wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    // Pages keep their state when left; QWizard's own Back, Next, Cancel and Finish are replaced
    // by buttons that follow the guide's order and never close the window.
    setOption(QWizard::IndependentPages);
    setOption(QWizard::NoCancelButton);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::HaveCustomButton3);
    setButtonText(QWizard::CustomButton1, tr("< &Back"));
    setButtonText(QWizard::CustomButton3, tr("Save"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("back"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("next"));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("save"));
    button(QWizard::CustomButton3)
        ->setToolTip(
            tr("Save the setup (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    for (QWizard::WizardButton b : { QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3 }) {
        // Enter in a field edits the field; it does not press a button.
        if (auto* push = qobject_cast<QPushButton*>(button(b))) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    setButtonLayout({ QWizard::CustomButton3, QWizard::Stretch, QWizard::CustomButton1, QWizard::CustomButton2 });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            goBack();
        else if (which == QWizard::CustomButton2 && currentId() == Pages::idOf(PageId::Summary))
            Q_EMIT exportReportRequested();
        else if (which == QWizard::CustomButton2)
            goNext();
        else if (which == QWizard::CustomButton3)
            Q_EMIT saveRequested();
    });

    setPage(Pages::idOf(PageId::Introduction), new IntroPage(model, this));
    setPage(Pages::idOf(SectionId::ResourceSharingLibrary), new ResourceSharingLibraryPage(model, this));
    setPage(Pages::idOf(SectionId::TemporaryLocations), new TemporaryLocationsPage(model, this));
    setPage(Pages::idOf(SectionId::Jobs), new JobsPage(model, this));
    setPage(Pages::idOf(SectionId::OtherSettings), new OtherSettingsPage(model, this));
    setPage(Pages::idOf(SectionId::WorkflowProfiles), new WorkflowProfilesPage(model, this));
    setPage(Pages::idOf(SectionId::Partners), new PartnersPage(model, this));
    setPage(Pages::idOf(SectionId::ItemPolicy), new ItemPolicyPage(model, this));
    setPage(Pages::idOf(SectionId::TemporaryItemCreationRule), new TemporaryItemCreationRulePage(model, this));
    setPage(Pages::idOf(SectionId::FulfillmentPolicies), new FulfillmentPoliciesPage(model, this));
    setPage(Pages::idOf(SectionId::TermsOfUse), new TermsOfUsePage(model, this));
    setPage(Pages::idOf(SectionId::FulfillmentUnitRules), new FulfillmentUnitRulesPage(model, this));
    setPage(Pages::idOf(SectionId::RotaTemplate), new RotaTemplatePage(model, this));
    setPage(Pages::idOf(SectionId::RotaAssignmentRule), new RotaAssignmentRulePage(model, this));
    setPage(Pages::idOf(SectionId::SendingBorrowingRequestRule), new SendingBorrowingRequestRulePage(model, this));
    auto* summary = new SummaryPage(model, this);
    summary->setValidation(validation);
    setPage(Pages::idOf(PageId::Summary), summary);
    for (SectionId section : Sections::all())
        static_cast<SectionPage*>(page(Pages::idOf(section)))->setValidation(validation);
    setStartId(Pages::idOf(PageId::Introduction));

    connect(summary, &SummaryPage::jumpRequested, this, &SetupWizard::goTo);
    connect(summary, &SummaryPage::findingRequested, this, &SetupWizard::showFinding);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::updateButtons);
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &SetupWizard::updateButtons);
}

int SetupWizard::nextId() const
{
    return m_jumpTarget >= 0 ? m_jumpTarget : neighbour(1);
}

int SetupWizard::neighbour(int step) const
{
    const QList<int> ids = pageIds(); // in id order, which is the guide's
    const qsizetype at = ids.indexOf(currentId()) + step;
    return at >= 0 && at < ids.size() ? ids.at(at) : -1;
}

void SetupWizard::goTo(int pageId)
{
    if (!page(pageId))
        return;
    if (pageId != currentId()) {
        // QWizard keeps a history it can only go back through: a page met before is reached by
        // going back to it, any other by a next() that is told where to go.
        if (visitedIds().contains(pageId)) {
            while (currentId() != pageId)
                back();
        } else {
            const QScopedValueRollback<int> target(m_jumpTarget, pageId);
            next();
        }
    }
    m_model->setCurrentPage(Pages::pageName(currentId()));
    if (const std::optional<SectionId> section = Pages::sectionOf(currentId()))
        m_model->markVisited(*section);
}

void SetupWizard::showFinding(const Finding& finding)
{
    goTo(Pages::idOf(finding.section));
    if (auto* page = qobject_cast<SectionPage*>(currentPage()))
        page->focusFinding(finding.subject, finding.field);
}

void SetupWizard::goBack()
{
    goTo(neighbour(-1));
}

void SetupWizard::goNext()
{
    if (currentPage() && currentPage()->isComplete())
        goTo(neighbour(1));
}

void SetupWizard::resumeAtModelPage()
{
    // restart() shows the first page: read where the user was before it does.
    const int target = Pages::pageIdFromName(m_model->currentPage());
    restart();
    goTo(target >= 0 ? target : startId());
}

void SetupWizard::reject()
{
    // QDialog calls this for Escape. The window stays; File > Quit and the close button quit.
}

void SetupWizard::updateButtons()
{
    const bool summary = currentId() == Pages::idOf(PageId::Summary);
    button(QWizard::CustomButton1)->setEnabled(neighbour(-1) >= 0);
    setButtonText(QWizard::CustomButton2, summary ? tr("E&xport Report…") : tr("&Next >"));
    button(QWizard::CustomButton2)->setEnabled(summary || (currentPage() && currentPage()->isComplete()));
}
