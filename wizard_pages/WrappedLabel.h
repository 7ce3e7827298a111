#pragma once

#include <QLabel>

#include <array>
#include <optional>

// A word-wrapped QLabel that remembers its height for the last few widths.
//
// While a window settles, its layouts ask every label's heightForWidth several times for the
// same two or three widths, and QLabel lays its whole paragraph out again (shaping included) on
// each call: on the introduction page that was 75 layouts for 6 labels. The answers come from
// QLabel itself; they are kept until the text or a setting QLabel measures with changes (the
// list in Layout), or the font or the style changes.
class WrappedLabel : public QLabel {
    Q_OBJECT

public:
    explicit WrappedLabel(const QString& text = QString(), QWidget* parent = nullptr);
    explicit WrappedLabel(QWidget* parent)
        : WrappedLabel(QString(), parent)
    {
    }

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Everything besides font and style that QLabel's height for a width depends on.
    struct Layout {
        QString text;
        bool showsText = true; // no pixmap, picture or movie instead
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        bool wordWrap = false;
        int margin = 0;
        int indent = 0;
        QMargins contentsMargins;
        QSize minimumSize;
        QSize maximumSize;
        bool hasBuddy = false; // a label with a buddy measures "&File" as "File"
        Qt::TextInteractionFlags interaction; // selectable text is measured as rich text
        bool openExternalLinks = false;
        bool operator==(const Layout& other) const;
    };
    Layout currentLayout() const;
    void forget() const;

    struct Height {
        int width = 0;
        int height = 0;
    };
    mutable Layout m_layout;
    mutable std::array<std::optional<Height>, 4> m_heights;
    mutable std::size_t m_next = 0;
};
