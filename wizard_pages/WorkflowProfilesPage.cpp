#include "WorkflowProfilesPage.h"

#include "model/SetupModel.h"

#include "FieldForm.h"
#include "model/FieldId.h"

#include <QBoxLayout>
#include <QVBoxLayout>

WorkflowProfilesPage::WorkflowProfilesPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::WorkflowProfiles, parent)
{
}

void WorkflowProfilesPage::buildContent()
{
    SetupModel* model = this->model();
    auto* borrowing = new FieldForm(model, this);
    borrowing->addField(FieldId::BorrowingProfileName);
    borrowing->addField(FieldId::BorrowingProfileCode);
    borrowing->addField(FieldId::BorrowingProfileSteps);
    auto* lending = new FieldForm(model, this);
    lending->addField(FieldId::LendingProfileName);
    lending->addField(FieldId::LendingProfileCode);
    lending->addField(FieldId::LendingProfileSteps);

    QBoxLayout* pair = addAdaptiveRow();
    pair->addWidget(addGroup(tr("Borrowing profile"), borrowing), 1, Qt::AlignTop);
    pair->addWidget(addGroup(tr("Lending profile"), lending), 1, Qt::AlignTop);
}
