#include "itemmodels/ReciprocityMatrixModel.h"

#include <QColor>

using Reciprocity::State;

ReciprocityMatrixModel::ReciprocityMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReciprocityMatrixModel::setResult(const Reciprocity::Result& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int ReciprocityMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.codes.size());
}

int ReciprocityMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.codes.size());
}

Qt::ItemFlags ReciprocityMatrixModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ReciprocityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_result.codes.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_result.codes.at(section);
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("%1 borrowing (row)").arg(m_result.codes.at(section))
                                           : tr("%1 lending (column)").arg(m_result.codes.at(section));
    return {};
}

QString ReciprocityMatrixModel::describe(int borrower, int lender) const
{
    if (borrower == lender)
        return tr("%1: the same member").arg(m_result.codes.at(borrower));
    const Reciprocity::Pair& p = m_result.pair(borrower, lender);
    QString text = tr("%1 borrowing from %2: %3.")
                       .arg(m_result.codes.at(borrower), m_result.codes.at(lender), Reciprocity::name(p.state));
    for (const QString& reason : p.reasons)
        text += QLatin1Char(' ') + reason + QLatin1Char('.');
    return text;
}

QVariant ReciprocityMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.codes.size() || index.column() >= m_result.codes.size())
        return {};
    const int b = index.row();
    const int l = index.column();
    const State state = b == l ? State::NotApplicable : m_result.pair(b, l).state;
    switch (role) {
    case Qt::DisplayRole:
        return b == l ? QStringLiteral("—") : Reciprocity::mark(state);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return describe(b, l);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case StateRole:
        return int(state);
    case Qt::BackgroundRole:
        // A light tint that keeps the mark readable; the mark alone says the state.
        if (b == l)
            return QColor(0xee, 0xee, 0xee);
        switch (state) {
        case State::Ok:
            return QColor(0xe3, 0xf4, 0xe1);
        case State::NotApplicable:
            return {};
        case State::NotRead:
            return QColor(0xee, 0xee, 0xee);
        case State::TermsDiffer:
        case State::DirectionOff:
            return QColor(0xfd, 0xf0, 0xcf);
        default:
            return QColor(0xfb, 0xdd, 0xdb);
        }
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    }
    return {};
}
