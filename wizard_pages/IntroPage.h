#pragma once

#include <QWizardPage>

class SetupModel;

// First page: the institution, who does the setup, the roles they need, and the preset.
class IntroPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit IntroPage(SetupModel* model, QWidget* parent = nullptr);
    // Complete once the institution is named (it heads every page of the report).
    bool isComplete() const override;

private:
    SetupModel* m_model;
};
