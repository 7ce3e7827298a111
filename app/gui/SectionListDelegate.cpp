#include "gui/SectionListDelegate.h"

#include "itemmodels/FindingIcon.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/SetupTypes.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace {
constexpr int MarkSize = 16;
constexpr int Gap = 6;
constexpr int Padding = 4;

// The section's status as a shape, so it is never told by colour alone.
void drawStatus(QPainter* p, const QRectF& box, SectionStatus status, const QColor& ink)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->translate(box.topLeft());
    const QRectF circle(2, 2, MarkSize - 4, MarkSize - 4);
    p->setPen(QPen(ink, 1.6));
    p->setBrush(Qt::NoBrush);
    switch (status) {
    case SectionStatus::Done:
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x2e, 0x7d, 0x32));
        p->drawEllipse(circle);
        p->setPen(QPen(Qt::white, 2));
        p->drawPolyline(QPolygonF({ QPointF(5, 8.5), QPointF(7.2, 10.8), QPointF(11.5, 5.5) }));
        break;
    case SectionStatus::InProgress:
        p->drawEllipse(circle);
        p->setBrush(ink);
        p->drawPie(circle, 90 * 16, 180 * 16);
        break;
    case SectionStatus::NotNeeded:
        p->drawEllipse(circle);
        p->drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    case SectionStatus::NotStarted:
        p->drawEllipse(circle);
        break;
    }
    p->restore();
}
} // namespace

bool SectionListDelegate::showsErrors(const QModelIndex& index)
{
    return index.data(SectionStatusModel::ErrorCountRole).toInt() > 0
        && index.data(SectionStatusModel::TouchedRole).toBool();
}

SectionListDelegate::Parts SectionListDelegate::layout(const QRect& rect, Qt::LayoutDirection direction)
{
    const QRect inner = rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QRect status(inner.left(), inner.top() + (inner.height() - MarkSize) / 2, MarkSize, MarkSize);
    const QRect error(inner.right() - MarkSize + 1, status.top(), MarkSize, MarkSize);
    const QRect text(status.right() + Gap, inner.top(), error.left() - Gap - status.right() - Gap, inner.height());
    return { QStyle::visualRect(direction, rect, status), QStyle::visualRect(direction, rect, text),
        QStyle::visualRect(direction, rect, error) };
}

int SectionListDelegate::textWidth(const QStyleOptionViewItem& option) const
{
    // A list item is as wide as the viewport: that is the width the title wraps in.
    int width = option.rect.width();
    if (auto* view = qobject_cast<const QAbstractItemView*>(parent()))
        width = view->viewport()->width();
    return std::max(40, width - 2 * Padding - 2 * MarkSize - 2 * Gap);
}

QSize SectionListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width = textWidth(option);
    const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
    return { width + 2 * Padding + 2 * MarkSize + 2 * Gap, std::max(bounds.height(), MarkSize) + 2 * Padding };
}

void SectionListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The style draws the background, selection and focus; the parts are drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Parts parts = layout(option.rect, option.direction);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    drawStatus(painter, parts.status, SectionStatus(index.data(SectionStatusModel::StatusRole).toInt()), ink);
    if (showsErrors(index))
        FindingIcon::of(Finding::Severity::Error).paint(painter, parts.error);
    painter->save();
    painter->setPen(ink);
    painter->setFont(option.font);
    const Qt::Alignment align = QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter);
    painter->drawText(parts.text, int(align) | Qt::TextWordWrap, text);
    painter->restore();
}
