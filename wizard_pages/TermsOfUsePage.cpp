#include "TermsOfUsePage.h"

#include "model/SetupModel.h"

#include "FieldForm.h"
#include "PageLayout.h"
#include "model/FieldId.h"

#include <QLabel>
#include <QVBoxLayout>

TermsOfUsePage::TermsOfUsePage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::TermsOfUse, parent)
{
}

void TermsOfUsePage::buildContent()
{
    SetupModel* model = this->model();
    auto* note = PageLayout::wrappingLabel(tr("The policies to choose from are those entered in section 9."), this);
    contentLayout()->addWidget(note);
    const std::pair<const char*, const char*> tous[] = {
        { FieldId::LoanTouName, FieldId::LoanTouPolicies },
        { FieldId::LendingTouName, FieldId::LendingTouPolicies },
        { FieldId::BorrowingTouName, FieldId::BorrowingTouPolicies },
    };
    const QString titles[] = { tr("Loan"), tr("Lending Resource Sharing"), tr("Borrowing Resource Sharing") };
    for (int i = 0; i < 3; ++i) {
        auto* form = new FieldForm(model, this);
        form->addField(tous[i].first);
        form->addField(tous[i].second);
        addGroup(titles[i], form);
    }
}
