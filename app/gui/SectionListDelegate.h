#pragma once

#include <QStyledItemDelegate>

// Draws a section of the side list: its status mark, its title wrapped at word boundaries only
// (the style's item text wraps inside words), and, while the section has errors and has been
// visited or worked on, the error mark at the other end.
class SectionListDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Whether the row shows the error mark.
    static bool showsErrors(const QModelIndex& index);

private:
    // The rectangles of the status mark, the text and the error mark inside `rect`.
    struct Parts {
        QRect status;
        QRect text;
        QRect error;
    };
    static Parts layout(const QRect& rect, Qt::LayoutDirection direction);
    int textWidth(const QStyleOptionViewItem& option) const;
};
