#pragma once

#include "checks/Finding.h"
#include "model/SectionId.h"

#include <QAbstractTableModel>

class SetupModel;
class SetupValidation;

// The 14 sections with their derived status, for the progress side list (column 0) and the
// summary page (all columns), with each section's validation errors and warnings. Read-only;
// follows the SetupModel's and SetupValidation's signals.
class SectionStatusModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Status, Steps, Findings, Level, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(SectionStatus)
        SectionKeyRole, // stable section key
        ErrorCountRole, // validation errors in the section (0 without a SetupValidation)
        WarningCountRole,
        TouchedRole, // bool: visited, a step ticked or marked not needed (the side list shows errors only then)
    };

    // `validation` may be nullptr: the Findings column then stays empty.
    explicit SectionStatusModel(SetupModel* model, SetupValidation* validation = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static SectionId sectionAt(int row) { return Sections::all().at(row); }

private:
    void sectionChanged(SectionId section);
    int findingCount(SectionId id, Finding::Severity severity) const;
    QString stepsText(SectionId id) const;
    QString findingsText(SectionId id) const;
    SetupModel* m_model;
    SetupValidation* m_validation;
};
