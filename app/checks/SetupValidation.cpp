#include "checks/SetupValidation.h"

#include "checks/SetupValidator.h"
#include "model/SetupModel.h"

SetupValidation::SetupValidation(SetupModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    // Validation of even a large setup takes milliseconds (bench/validation_bench), so each
    // edit re-validates at once and findings appear as the user types.
    connect(m_model, &SetupModel::changed, this, &SetupValidation::revalidate);
    connect(m_model, &SetupModel::modelReset, this, &SetupValidation::revalidate);
    m_findings = SetupValidator::validate(m_model->data());
}

int SetupValidation::count(SectionId section, Finding::Severity severity) const
{
    int n = 0;
    for (const Finding& f : m_findings) {
        if (f.section == section && f.severity == severity)
            ++n;
    }
    return n;
}

void SetupValidation::revalidate()
{
    QList<Finding> findings = SetupValidator::validate(m_model->data());
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    Q_EMIT findingsChanged();
}
