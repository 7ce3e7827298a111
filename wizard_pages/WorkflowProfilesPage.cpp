#include "WorkflowProfilesPage.h"

#include "model/SetupModel.h"

#include "FieldForm.h"
#include "model/FieldId.h"

#include <QHBoxLayout>
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

    auto* pair = new QWidget(this);
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(addGroup(tr("Borrowing profile"), borrowing), 1, Qt::AlignTop);
    row->addWidget(addGroup(tr("Lending profile"), lending), 1, Qt::AlignTop);
    contentLayout()->addWidget(pair);
}
