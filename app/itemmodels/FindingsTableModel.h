#pragma once

#include "checks/Finding.h"

#include <QAbstractTableModel>

class SetupValidation;

// All findings of the setup, for the summary page: severity, section, and what to do.
// Read-only; reset whenever the findings change.
class FindingsTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Severity, Section, Message, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Finding::Severity)
        SectionRole, // int(SectionId)
    };

    explicit FindingsTableModel(SetupValidation* validation, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Finding& findingAt(int row) const { return m_findings.at(row); }

private:
    void reload();
    SetupValidation* m_validation;
    QList<Finding> m_findings; // errors first, then warnings, then notes
};
