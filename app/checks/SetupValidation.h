#pragma once

#include "checks/Finding.h"

#include <QObject>

class SetupModel;

// The findings of the current setup, kept up to date: every change to the model re-validates
// (SetupValidator), and pages, the summary and the progress list listen to findingsChanged().
class SetupValidation final : public QObject {
    Q_OBJECT

public:
    explicit SetupValidation(SetupModel* model, QObject* parent = nullptr);

    const QList<Finding>& findings() const { return m_findings; }
    QList<Finding> findings(SectionId section) const { return Findings::ofSection(m_findings, section); }
    int count(SectionId section, Finding::Severity severity) const;
    int count(Finding::Severity severity) const { return Findings::count(m_findings, severity); }

Q_SIGNALS:
    void findingsChanged();

private:
    void revalidate();

    SetupModel* m_model;
    QList<Finding> m_findings;
};
