#include "ChoiceListEditor.h"

ChoiceListEditor::ChoiceListEditor(QWidget* parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT checkedValuesChanged(checkedValues());
    });
}

void ChoiceListEditor::setChoices(const QList<std::pair<QString, QString>>& choices)
{
    const QStringList checked = checkedValues();
    m_updating = true;
    clear();
    for (const auto& [value, label] : choices) {
        auto* item = new QListWidgetItem(label, this);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateGeometry();
}

QStringList ChoiceListEditor::checkedValues() const
{
    QStringList values;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            values.append(item(i)->data(Qt::UserRole).toString());
    }
    return values;
}

bool ChoiceListEditor::offers(const QString& value) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == value)
            return true;
    }
    return false;
}

void ChoiceListEditor::setCheckedValues(const QStringList& values)
{
    m_updating = true;
    for (int i = count() - 1; i >= 0; --i) {
        if (item(i)->data(StaleRole).toBool())
            delete takeItem(i);
    }
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(values.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    // Values the choices no longer hold (a partner removed since) stay visible, ticked, so that
    // they can be seen and unticked; nothing is dropped silently.
    for (const QString& value : values) {
        if (offers(value))
            continue;
        auto* item = new QListWidgetItem(m_staleLabel.arg(value), this);
        item->setData(Qt::UserRole, value);
        item->setData(StaleRole, true);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        QFont italic = font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setToolTip(tr("Untick it to remove it from the list."));
    }
    m_updating = false;
    updateGeometry();
}

QSize ChoiceListEditor::sizeHint() const
{
    // Show every choice without an inner scroll bar up to 16 rows; the page scrolls instead.
    const int rows = qBound(3, count(), 16);
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return { QListWidget::sizeHint().width(), rows * rowHeight + 2 * frameWidth() + 4 };
}
