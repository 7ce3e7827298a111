#pragma once

#include "SectionPage.h"

// Section 14: the sending borrowing request rule (may be not needed).
class SendingBorrowingRequestRulePage final : public SectionPage {
    Q_OBJECT

public:
    explicit SendingBorrowingRequestRulePage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
