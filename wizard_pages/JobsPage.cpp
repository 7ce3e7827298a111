#include "JobsPage.h"

#include "model/SetupModel.h"

#include "FieldForm.h"
#include "model/FieldId.h"

JobsPage::JobsPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::Jobs, parent)
{
}

void JobsPage::buildContent()
{
    SetupModel* model = this->model();
    auto* form = new FieldForm(model, this);
    form->addField(FieldId::JobExpiredRequestsActive);
    form->addField(FieldId::JobExpiredRequestsSchedule);
    addGroup(tr("Expired Resource Sharing Requests"), form);
}
