#include "ItemPolicyPage.h"

#include "model/SetupModel.h"

#include "FieldForm.h"
#include "model/FieldId.h"

ItemPolicyPage::ItemPolicyPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::ItemPolicy, parent)
{
}

void ItemPolicyPage::buildContent()
{
    SetupModel* model = this->model();
    auto* form = new FieldForm(model, this);
    form->addField(FieldId::ItemPolicyCode);
    form->addField(FieldId::ItemPolicyDescription);
    addGroup(tr("Item policy for borrowed items"), form);
}
