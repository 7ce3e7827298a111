#include "FulfillmentPoliciesPage.h"

#include "model/SetupModel.h"

#include "ChoiceDelegate.h"
#include "TableEditor.h"
#include "itemmodels/PolicyTableModel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

FulfillmentPoliciesPage::FulfillmentPoliciesPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::FulfillmentPolicies, parent)
{
}

void FulfillmentPoliciesPage::buildContent()
{
    SetupModel* model = this->model();
    auto* table = new TableEditor(new PolicyTableModel(model, this), tr("Fulfillment policies"), this);
    table->setObjectName(QStringLiteral("policies"));
    table->addButton()->setText(tr("&Add policy"));
    table->removeButton()->setText(tr("Re&move policy"));
    QTableView* view = table->view();
    view->setItemDelegateForColumn(PolicyTableModel::Type, new ChoiceDelegate(PolicyTableModel::policyTypes(), view));
    view->horizontalHeader()->resizeSection(PolicyTableModel::Type, 200);
    view->horizontalHeader()->resizeSection(PolicyTableModel::Name, 200);
    addGroup(tr("Policies (the terms of use of section 10 choose from these)"), table);
}
