#pragma once

#include "SectionPage.h"

// Section 12: the rota template and its members.
class RotaTemplatePage final : public SectionPage {
    Q_OBJECT

public:
    explicit RotaTemplatePage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
