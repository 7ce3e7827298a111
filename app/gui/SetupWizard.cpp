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

#include <QScopedValueRollback>

SetupWizard::SetupWizard(SetupModel* model, SetupValidation* validation, QWidget* parent)
    : QWizard(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("setup-wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);

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

    connect(summary, &SummaryPage::jumpRequested, this, &SetupWizard::jumpTo);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) { m_model->setCurrentPage(Pages::pageName(id)); });
}

int SetupWizard::nextId() const
{
    return m_jumpTarget >= 0 ? m_jumpTarget : QWizard::nextId();
}

void SetupWizard::jumpTo(int pageId)
{
    if (!page(pageId) || pageId == currentId())
        return;
    if (visitedIds().contains(pageId)) {
        while (currentId() != pageId)
            back();
        return;
    }
    const QScopedValueRollback<int> target(m_jumpTarget, pageId);
    next();
}

void SetupWizard::resumeAtModelPage()
{
    // restart() moves to the first page and so overwrites the model's page: read it first.
    const int target = Pages::pageIdFromName(m_model->currentPage());
    restart();
    if (target >= 0)
        jumpTo(target);
}
