#pragma once

#include <QStyledItemDelegate>

// An item delegate for short, word-wrapped item texts (the section list) that lays each text out
// once per paint.
//
// The style's item painting lays a wrapped text out four times (size, layout, elision check,
// drawing): 56 text layouts to paint the 14 section titles at start-up. Here the style still
// draws the item's background, selection, icon and focus frame; only the text is drawn by the
// delegate, with the style's margins and colours. Sizes stay the style's.
class WrappedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
