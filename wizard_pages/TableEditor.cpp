#include "TableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

TableEditor::TableEditor(QAbstractItemModel* model, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_buttons(new QHBoxLayout)
{
    m_view->setModel(model);
    m_view->setAccessibleName(accessibleName);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setTabKeyNavigation(false); // Tab leaves the table instead of trapping focus in it
    m_view->setMinimumHeight(140);
    m_view->installEventFilter(this);
    m_add->setAccessibleDescription(tr("Adds a row (Insert key in the table)"));
    m_remove->setAccessibleDescription(tr("Removes the selected rows (Delete key in the table)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    layout->addLayout(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &TableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TableEditor::removeSelectedRows);
}

void TableEditor::addRow()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    m_view->edit(index);
}

void TableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

bool TableEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeSelectedRows();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
