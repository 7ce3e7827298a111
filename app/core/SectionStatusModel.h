#pragma once

#include "SectionId.h"

#include <QAbstractTableModel>

class SetupModel;

// The 14 sections with their derived status, for the progress side list (column 0) and the
// summary page (all columns). Read-only; follows the SetupModel's signals.
class SectionStatusModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Status, Steps, Level, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(SectionStatus)
        SectionKeyRole, // stable section key
    };

    explicit SectionStatusModel(SetupModel* model, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static SectionId sectionAt(int row) { return Sections::all().at(row); }

private:
    void sectionChanged(SectionId section);
    SetupModel* m_model;
};
