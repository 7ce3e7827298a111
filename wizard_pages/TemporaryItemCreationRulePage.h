#pragma once

#include "SectionPage.h"

// Section 8: the temporary item creation rule.
class TemporaryItemCreationRulePage final : public SectionPage {
    Q_OBJECT

public:
    explicit TemporaryItemCreationRulePage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
