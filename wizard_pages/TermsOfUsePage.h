#pragma once

#include "SectionPage.h"

// Section 10: the Loan, Lending and Borrowing Resource Sharing terms of use.
class TermsOfUsePage final : public SectionPage {
    Q_OBJECT

public:
    explicit TermsOfUsePage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
