#pragma once

#include <QStyledItemDelegate>

// An item delegate for short, word-wrapped item texts (the section list) that lays each text out
// once per paint.
//
// The style's item painting lays a wrapped text out four times (size, layout, elision check,
// drawing): 56 text layouts to paint the 14 section titles at start-up. Under Fusion (where an
// item's text area does not depend on its text) the style still draws the item's background,
// selection, icon and focus frame, and only the text is drawn here, with the style's margins,
// colours and wrapping; a text taller than its item is cut at the item's edge instead of ending
// in "…". Other styles draw the whole item. Sizes stay the style's.
class WrappedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
