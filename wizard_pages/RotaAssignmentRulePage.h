#pragma once

#include "SectionPage.h"

// Section 13: the rota assignment rule.
class RotaAssignmentRulePage final : public SectionPage {
    Q_OBJECT

public:
    explicit RotaAssignmentRulePage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
