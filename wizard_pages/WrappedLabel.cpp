#include "WrappedLabel.h"

#include <QEvent>
#include <QMovie>
#include <QPicture>
#include <QPixmap>

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrappedLabel::Layout::operator==(const Layout& other) const
{
    return text == other.text && showsText == other.showsText && format == other.format && alignment == other.alignment
        && wordWrap == other.wordWrap && margin == other.margin && indent == other.indent
        && contentsMargins == other.contentsMargins && minimumSize == other.minimumSize
        && maximumSize == other.maximumSize && hasBuddy == other.hasBuddy && interaction == other.interaction
        && openExternalLinks == other.openExternalLinks;
}

WrappedLabel::Layout WrappedLabel::currentLayout() const
{
    Layout layout;
    layout.text = text();
    layout.showsText = pixmap().isNull() && picture().isNull() && !movie();
    layout.format = textFormat();
    layout.alignment = alignment();
    layout.wordWrap = wordWrap();
    layout.margin = margin();
    layout.indent = indent();
    layout.contentsMargins = contentsMargins();
    layout.minimumSize = minimumSize();
    layout.maximumSize = maximumSize();
    layout.hasBuddy = buddy() != nullptr;
    layout.interaction = textInteractionFlags();
    layout.openExternalLinks = openExternalLinks();
    return layout;
}

void WrappedLabel::forget() const
{
    m_heights.fill(std::nullopt);
}

int WrappedLabel::heightForWidth(int width) const
{
    ensurePolished(); // polishing may change the font, which forgets the heights
    Layout layout = currentLayout();
    if (!(layout == m_layout)) {
        forget();
        m_layout = std::move(layout);
    }
    for (const std::optional<Height>& known : m_heights) {
        if (known && known->width == width)
            return known->height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = Height { width, height };
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
