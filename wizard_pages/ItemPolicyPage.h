#pragma once

#include "SectionPage.h"

// Section 7: the item policy of borrowed items.
class ItemPolicyPage final : public SectionPage {
    Q_OBJECT

public:
    explicit ItemPolicyPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
