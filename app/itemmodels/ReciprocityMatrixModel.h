#pragma once

#include "consortium/ReciprocityCheck.h"

#include <QAbstractTableModel>

// The reciprocity matrix: a row per borrower, a column per lender, each cell the pair's mark
// (never colour alone: the mark says the state; the colour only helps the eye), its state and
// reasons as tooltip and accessible text.
class ReciprocityMatrixModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { StateRole = Qt::UserRole + 1 };

    explicit ReciprocityMatrixModel(QObject* parent = nullptr);
    void setResult(const Reciprocity::Result& result);
    const Reciprocity::Result& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // "GWA borrowing from CUA: one-sided. CUA has no partner record of GWA."
    QString describe(int borrower, int lender) const;

private:
    Reciprocity::Result m_result;
};
