#include "WrappedLabel.h"

#include <QEvent>

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrappedLabel::Layout::operator==(const Layout& other) const
{
    return text == other.text && format == other.format && alignment == other.alignment && wordWrap == other.wordWrap
        && margin == other.margin && indent == other.indent && contentsMargins == other.contentsMargins;
}

WrappedLabel::Layout WrappedLabel::currentLayout() const
{
    return { text(), textFormat(), alignment(), wordWrap(), margin(), indent(), contentsMargins() };
}

void WrappedLabel::forget() const
{
    m_heights.fill(Height {});
}

int WrappedLabel::heightForWidth(int width) const
{
    ensurePolished(); // polishing may change the font, which forgets the heights
    Layout layout = currentLayout();
    if (!(layout == m_layout)) {
        forget();
        m_layout = std::move(layout);
    }
    for (const Height& known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = { width, height };
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
