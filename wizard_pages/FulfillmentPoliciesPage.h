#pragma once

#include "SectionPage.h"

// Section 9: the fulfillment policies agreed with the partners.
class FulfillmentPoliciesPage final : public SectionPage {
    Q_OBJECT

public:
    explicit FulfillmentPoliciesPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
