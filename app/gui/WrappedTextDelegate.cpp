#include "WrappedTextDelegate.h"

#include "AppStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace {
QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}
} // namespace

void WrappedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle* style = styleOf(opt);
    // Only where the item's text area does not depend on its text, and the text is drawn as
    // QCommonStyle does (Fusion). Other styles size the text area from the text, or change the
    // colours, so they draw the whole item.
    if (!AppStyle::isFusion(style) || !opt.showDecorationSelected) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear(); // the style draws the background, selection, icon and focus frame
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    // Where and in which colour the style would draw the text (QCommonStyle's item view text).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = QPalette::Normal;
    if (!(opt.state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    // As the style wraps item texts: at word boundaries, or anywhere in a word too long for a line.
    painter->drawText(textRect,
        int(QStyle::visualAlignment(opt.direction, opt.displayAlignment)) | Qt::TextWordWrap | Qt::TextWrapAnywhere,
        text);
    painter->restore();
}
