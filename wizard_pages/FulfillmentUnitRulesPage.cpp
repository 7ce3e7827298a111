#include "FulfillmentUnitRulesPage.h"

#include "RuleEditor.h"
#include "model/FieldId.h"
#include "model/RuleAutofill.h"
#include "model/SetupModel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

FulfillmentUnitRulesPage::FulfillmentUnitRulesPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::FulfillmentUnitRules, parent)
{
}

void FulfillmentUnitRulesPage::buildContent()
{
    SetupModel* model = this->model();
    struct Tab {
        RuleId rule;
        QString title;
        const char* touField;
    };
    const Tab tabs[] = {
        { RuleId::FulfillmentUnitLoan, tr("&Loan"), FieldId::LoanTouName },
        { RuleId::FulfillmentUnitLendingResourceSharing, tr("Len&ding Resource Sharing"), FieldId::LendingTouName },
        { RuleId::FulfillmentUnitBorrowingResourceSharing, tr("Borro&wing Resource Sharing"),
            FieldId::BorrowingTouName },
    };
    auto* tabWidget = new QTabWidget(this);
    tabWidget->setObjectName(QStringLiteral("fulfillment-unit-rule-tabs"));
    tabWidget->setAccessibleName(tr("Fulfillment unit rules"));
    for (const Tab& tab : tabs) {
        QString plain = tab.title;
        plain.remove(QLatin1Char('&'));
        auto* editor = new RuleEditor(model, tab.rule, tr("%1 rule").arg(plain), tabWidget);
        auto* fill = new QPushButton(tr("Use the terms of use of section 10"), editor);
        editor->actionRow()->addWidget(fill);
        const RuleId rule = tab.rule;
        const QString tou = QString::fromLatin1(tab.touField);
        connect(fill, &QPushButton::clicked, this, [model, rule, tou] {
            model->setRule(
                rule, RuleAutofill::withOutput(model->rule(rule), QStringLiteral("Terms of Use"), model->text(tou)));
        });
        tabWidget->addTab(editor, tab.title);
    }
    contentLayout()->addWidget(tabWidget);
}
