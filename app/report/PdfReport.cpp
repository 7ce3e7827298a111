#include "report/PdfReport.h"

#include "report/HtmlReport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

// Tables longer than this (a consortium's partner list) go to an appendix drawn row by row:
// QTextDocument lays out every cell, which for 5,000 partners takes seconds.
constexpr qsizetype AppendixRows = 60;

struct Appendix {
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QList<int> marked;
};

// Column widths for an appendix table: proportional to the longest text in each column (capped),
// so codes stay narrow and names get room.
QList<qreal> columnWidths(const Appendix& a, const QFontMetricsF& metrics, const QFontMetricsF& bold, qreal total)
{
    // Each column wants room for its title and its widest value (a sample of rows). Narrow
    // columns (codes, numbers) get what they want; the wide ones share the rest equally, so a
    // long name is cut, never a code.
    const qreal pad = metrics.averageCharWidth() * 2;
    const qsizetype columns = a.headers.size();
    QList<qreal> want;
    for (qsizetype c = 0; c < columns; ++c) {
        qreal widest = bold.horizontalAdvance(a.headers.at(c));
        const qsizetype sample = qMin<qsizetype>(a.rows.size(), 400);
        for (qsizetype r = 0; r < sample; ++r)
            widest = qMax(widest, metrics.horizontalAdvance(a.rows.at(r).value(c)));
        want.append(widest + pad);
    }
    QList<qreal> widths(columns, -1);
    qreal left = total;
    qsizetype open = columns;
    for (bool settled = true; settled && open > 0;) {
        settled = false;
        const qreal fair = left / open;
        for (qsizetype c = 0; c < columns; ++c) {
            if (widths.at(c) < 0 && want.at(c) <= fair) {
                widths[c] = want.at(c);
                left -= want.at(c);
                --open;
                settled = true;
            }
        }
    }
    for (qsizetype c = 0; c < columns; ++c) {
        if (widths.at(c) < 0)
            widths[c] = left / open;
    }
    // Spare room (all columns fit) goes evenly, so the table spans the page.
    qreal used = 0;
    for (qreal w : widths)
        used += w;
    for (qreal& w : widths)
        w += (total - used) / columns;
    return widths;
}

class Pager {
public:
    Pager(QPagedPaintDevice* device, QPainter* painter, const ReportDocument& doc)
        : m_device(device)
        , m_painter(painter)
        , m_dpi(device->logicalDpiY())
        , m_page(0, 0, device->width(), device->height())
        , m_top(
              doc.institution + QStringLiteral(" — ") + doc.title + (doc.sandbox ? Text::tr(" — SANDBOX") : QString()))
    {
        m_body = QRectF(m_page.left(), m_page.top() + points(28), m_page.width(), m_page.height() - points(48));
        m_base = QFont(QStringLiteral("DejaVu Sans"));
        m_base.setPointSizeF(9.5);
    }

    qreal points(qreal pt) const { return pt * m_dpi / 72.0; }
    QRectF body() const { return m_body; }
    QFont baseFont() const { return m_base; }

    // Starts the next page (not before the first) and draws its running header and footer.
    bool newPage()
    {
        if (m_current > 0 && !m_device->newPage())
            return false;
        ++m_current;
        m_painter->save();
        QFont small = m_base;
        small.setPointSizeF(7.5);
        m_painter->setFont(small);
        m_painter->setPen(QPen(Qt::black, points(0.5)));
        m_painter->drawText(QRectF(m_page.left(), m_page.top(), m_page.width(), points(16)),
            Qt::AlignLeft | Qt::AlignBottom,
            m_painter->fontMetrics().elidedText(m_top, Qt::ElideRight, int(m_page.width())));
        m_painter->drawLine(
            QPointF(m_page.left(), m_page.top() + points(19)), QPointF(m_page.right(), m_page.top() + points(19)));
        m_painter->drawText(QRectF(m_page.left(), m_page.bottom() - points(14), m_page.width(), points(14)),
            Qt::AlignRight | Qt::AlignBottom, Text::tr("Page %1 of %2").arg(m_current).arg(m_total));
        m_painter->restore();
        return true;
    }

    void setTotal(int total) { m_total = total; }
    int current() const { return m_current; }

private:
    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    qreal m_dpi;
    QRectF m_page;
    QRectF m_body;
    QFont m_base;
    QString m_top;
    int m_current = 0;
    int m_total = 0;
};

struct TableMetrics {
    QFont font;
    QFont bold;
    qreal rowHeight;
    qreal titleHeight;
    int firstPageRows;
    int rowsPerPage;

    int pages(qsizetype rows) const
    {
        if (rows <= firstPageRows)
            return 1;
        return 1 + int((rows - firstPageRows + rowsPerPage - 1) / rowsPerPage);
    }
};

TableMetrics tableMetrics(const Pager& pager, QPaintDevice* device)
{
    TableMetrics m;
    m.font = pager.baseFont();
    m.font.setPointSizeF(8);
    m.bold = m.font;
    m.bold.setBold(true);
    const QFontMetricsF metrics(m.font, device);
    m.rowHeight = metrics.height() + pager.points(4);
    m.titleHeight = pager.points(24);
    m.firstPageRows = qMax(1, int((pager.body().height() - m.titleHeight) / m.rowHeight) - 1);
    m.rowsPerPage = qMax(1, int(pager.body().height() / m.rowHeight) - 1);
    return m;
}

void drawAppendix(Pager& pager, QPainter& painter, const Appendix& a, const TableMetrics& m)
{
    const QRectF body = pager.body();
    const QFontMetricsF metrics(m.font, painter.device());
    const QList<qreal> widths = columnWidths(a, metrics, QFontMetricsF(m.bold, painter.device()), body.width());
    const qreal pad = pager.points(3);
    auto drawRow = [&](const QStringList& cells, qreal y, bool header, bool marked) {
        if (header) {
            painter.fillRect(QRectF(body.left(), y, body.width(), m.rowHeight), QColor(0xe8, 0xe8, 0xe8));
        }
        painter.setFont(header || marked ? m.bold : m.font);
        qreal x = body.left();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QRectF cell(x + pad, y, widths.at(c) - 2 * pad, m.rowHeight);
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(painter.font(), painter.device())
                    .elidedText(cells.value(c), Qt::ElideRight, cell.width()));
            x += widths.at(c);
        }
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), pager.points(0.4)));
        painter.drawLine(QPointF(body.left(), y + m.rowHeight), QPointF(body.right(), y + m.rowHeight));
        painter.setPen(Qt::black);
    };

    qsizetype row = 0;
    bool first = true;
    while (first || row < a.rows.size()) {
        pager.newPage();
        qreal y = body.top();
        if (first) {
            QFont title = m.bold;
            title.setPointSizeF(12);
            painter.setFont(title);
            painter.drawText(
                QRectF(body.left(), y, body.width(), m.titleHeight), Qt::AlignLeft | Qt::AlignTop, a.title);
            y += m.titleHeight;
        }
        const int capacity = first ? m.firstPageRows : m.rowsPerPage;
        first = false;
        drawRow(a.headers, y, true, false); // the column titles on every page
        y += m.rowHeight;
        for (int i = 0; i < capacity && row < a.rows.size(); ++i, ++row) {
            drawRow(a.rows.at(row), y, false, a.marked.contains(int(row)));
            y += m.rowHeight;
        }
    }
}
} // namespace

QPageSize PdfReport::defaultPageSize()
{
    const QLocale locale;
    const bool letter
        = locale.measurementSystem() == QLocale::ImperialUSSystem || locale.territory() == QLocale::Canada;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

int PdfReport::render(const ReportDocument& doc, QPagedPaintDevice* device)
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    Pager pager(device, &painter, doc);

    // Long tables move to appendices; their place in the section says where they went.
    ReportDocument main = doc;
    QList<Appendix> appendices;
    for (ReportBlock& b : main.blocks) {
        if (b.kind != ReportBlock::Kind::Table || b.rows.size() <= AppendixRows)
            continue;
        const QChar letter(QLatin1Char(char('A' + appendices.size() % 26)));
        const QString title = Text::tr("Appendix %1: %2")
                                  .arg(letter)
                                  .arg(b.text.isEmpty() ? b.headers.join(QLatin1String(", ")) : b.text);
        appendices.append({ title, b.headers, b.rows, b.marked });
        b.kind = ReportBlock::Kind::Paragraph;
        b.text = Text::tr("%1 rows: listed in appendix %2 at the end of this report.").arg(b.rows.size()).arg(letter);
        b.rows.clear();
    }

    QTextDocument text;
    text.documentLayout()->setPaintDevice(device); // fonts in points, at the device's resolution
    text.setDefaultFont(pager.baseFont());
    text.setDocumentMargin(0);
    text.setHtml(HtmlReport::write(main, HtmlReport::Flavor::QtRichText));
    const QRectF body = pager.body();
    text.setPageSize(body.size()); // QTextDocument paginates: no line is cut between pages
    const int textPages = text.pageCount();

    const TableMetrics metrics = tableMetrics(pager, device);
    int total = textPages;
    for (const Appendix& a : appendices)
        total += metrics.pages(a.rows.size());
    pager.setTotal(total);

    for (int i = 0; i < textPages; ++i) {
        if (!pager.newPage())
            return pager.current();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    for (const Appendix& a : appendices)
        drawAppendix(pager, painter, a, metrics);
    return pager.current();
}
