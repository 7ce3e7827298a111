#pragma once

#include "SectionPage.h"

// Section 11: the three fulfillment unit rules.
class FulfillmentUnitRulesPage final : public SectionPage {
    Q_OBJECT

public:
    explicit FulfillmentUnitRulesPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
