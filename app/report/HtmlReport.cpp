#include "report/HtmlReport.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};
constexpr qsizetype QtTableChunk = 40;
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const char BrowserStyle[] = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #000; margin: 2em auto; max-width: 60em; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 0.2em; }
h2 { font-size: 13.5pt; margin: 1.6em 0 0.3em; border-bottom: 1.5pt solid #000; padding-bottom: 0.15em; }
h2 .status { font-size: 10pt; font-weight: normal; float: right; border: 1pt solid #000; padding: 0 0.5em; }
h3 { font-size: 11pt; margin: 1em 0 0.3em; }
.institution { font-size: 13pt; margin: 0 0 0.8em; }
.sandbox { border: 2.5pt solid #000; font-weight: bold; font-size: 13pt; padding: 0.4em; text-align: center; letter-spacing: 0.1em; }
table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.6em; }
th, td { border: 0.75pt solid #555; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
table.fields th { width: 32%; background: none; font-weight: normal; color: #333; }
table.header th { width: 20%; }
tr.marked td { font-weight: bold; border: 1.5pt solid #000; }
ul.checklist { list-style: none; padding-left: 0; margin: 0.3em 0; }
ul.checklist li { margin: 0.25em 0; padding-left: 1.6em; text-indent: -1.6em; }
.box { font-size: 12pt; }
.detail { color: #444; font-size: 9.5pt; }
.finding { margin: 0.25em 0; }
.signoff td { border: none; padding: 1.6em 0.4em 0.2em; }
.line { border-bottom: 0.75pt solid #000; width: 60%; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  @page { margin: 18mm 16mm; }
}
)";

const char QtStyle[] = R"(
body { font-size: 10pt; }
h1 { font-size: 17pt; }
h2 { font-size: 13pt; margin-top: 18px; }
h3 { font-size: 11pt; margin-top: 10px; }
th { background-color: #e8e8e8; font-weight: bold; }
.institution { font-size: 13pt; }
.sandbox { font-size: 13pt; font-weight: bold; }
.detail { color: #444444; font-size: 9pt; }
.box { font-size: 12pt; }
.status { font-size: 10pt; font-weight: normal; }
)";

QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& marked,
    const QList<int>& widths, bool qt, qsizetype first = 0, qsizetype count = -1)
{
    if (qt && count < 0 && rows.size() > QtTableChunk) {
        // QTextDocument draws each page by walking every row of a table: thousands of partners in
        // one table make a PDF take seconds per page. Tables of QtTableChunk rows, each with the
        // column titles, keep drawing proportional to the page.
        QString html;
        for (qsizetype start = 0; start < rows.size(); start += QtTableChunk)
            html += table(headers, rows, marked, widths, qt, start, QtTableChunk);
        return html;
    }
    const qsizetype end = count < 0 ? rows.size() : qMin(rows.size(), first + count);
    QString html = qt ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                      : QStringLiteral("<table>");
    html += QLatin1String("<thead><tr>");
    for (qsizetype c = 0; c < headers.size(); ++c) {
        html += c < widths.size() ? QStringLiteral("<th width=\"%1%\">").arg(widths.at(c)) : QStringLiteral("<th>");
        html += esc(headers.at(c)) + QLatin1String("</th>");
    }
    html += QLatin1String("</tr></thead><tbody>");
    for (qsizetype r = first; r < end; ++r) {
        const bool isMarked = marked.contains(int(r));
        html += isMarked ? QStringLiteral("<tr class=\"marked\">") : QStringLiteral("<tr>");
        for (const QString& cell : rows.at(r)) {
            const QString text = esc(cell);
            html += QLatin1String("<td>")
                + (isMarked && qt ? QLatin1String("<b>") + text + QLatin1String("</b>") : text)
                + QLatin1String("</td>");
        }
        html += QLatin1String("</tr>");
    }
    return html + QLatin1String("</tbody></table>");
}

QString fields(const QList<std::pair<QString, QString>>& pairs, const QString& cssClass, bool qt)
{
    QString html = qt ? QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">")
                      : QStringLiteral("<table class=\"%1\">").arg(cssClass);
    for (const auto& [label, value] : pairs) {
        html += qt ? QStringLiteral("<tr><td width=\"32%\"><span class=\"detail\">%1</span></td><td>%2</td></tr>")
                         .arg(esc(label), esc(value))
                   : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
    }
    return html + QLatin1String("</table>");
}
} // namespace

QString HtmlReport::write(const ReportDocument& doc, Flavor flavor)
{
    const bool qt = flavor == Flavor::QtRichText;
    QString html;
    html.reserve(4096 + doc.blocks.size() * 256);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>%1 — "
                           "%2</title>\n<style>%3</style></head>\n<body>\n")
                .arg(esc(doc.title), esc(doc.institution), QLatin1String(qt ? QtStyle : BrowserStyle));
    if (doc.sandbox)
        html += QStringLiteral("<p class=\"sandbox\">%1</p>\n").arg(esc(doc.sandboxNotice));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"institution\">%2</p>\n").arg(esc(doc.title), esc(doc.institution));
    html += fields(doc.header, QStringLiteral("fields header"), qt) + QLatin1Char('\n');

    bool firstSection = true;
    for (const ReportBlock& b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::SectionHeading: {
            // The overview fills page 1; the sections start on a page of their own.
            const QLatin1String open(firstSection ? "<h2 style=\"page-break-before: always\">" : "<h2>");
            firstSection = false;
            html += qt
                ? QStringLiteral("%1%2 <span class=\"status\">[%3]</span></h2>\n").arg(open, esc(b.text), esc(b.note))
                : QStringLiteral("%1%2 <span class=\"status\">%3</span></h2>\n").arg(open, esc(b.text), esc(b.note));
            break;
        }
        case ReportBlock::Kind::Subheading:
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Fields:
            html += fields(b.fields, QStringLiteral("fields"), qt) + QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table:
            if (!b.text.isEmpty())
                html += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            if (b.rows.isEmpty())
                html += QStringLiteral("<p class=\"detail\">%1</p>\n").arg(Text::tr("(none entered)"));
            else
                html += table(b.headers, b.rows, b.marked, b.columnWidths, qt) + QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Checklist:
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            if (qt) {
                // QTextDocument draws list bullets it cannot drop: a table keeps the boxes aligned.
                html += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
                for (const ReportBlock::ChecklistItem& item : b.items)
                    html += QStringLiteral("<tr><td width=\"4%\"><span class=\"box\">%1</span></td><td>%2<br>"
                                           "<span class=\"detail\">%3</span></td></tr>")
                                .arg(item.done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"), esc(item.text),
                                    esc(item.detail));
                html += QLatin1String("</table>\n");
                break;
            }
            html += QLatin1String("<ul class=\"checklist\">\n");
            for (const ReportBlock::ChecklistItem& item : b.items) {
                html
                    += QStringLiteral("<li><span class=\"box\">%1</span> %2<br><span class=\"detail\">%3</span></li>\n")
                           .arg(item.done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"), esc(item.text),
                               esc(item.detail));
            }
            html += QLatin1String("</ul>\n");
            break;
        case ReportBlock::Kind::Findings:
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            for (const Finding& f : b.findings) {
                html += QStringLiteral("<p class=\"finding\"><b>%1:</b> %2</p>\n")
                            .arg(esc(Findings::severityName(f.severity)), esc(Findings::messageAndFix(f)));
            }
            break;
        }
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Sign-off"));
    html += qt ? QStringLiteral("<table border=\"0\" cellpadding=\"8\" width=\"100%\">")
               : QStringLiteral("<table class=\"signoff\">");
    for (const QString& line : doc.signOff)
        html += QStringLiteral("<tr><td width=\"25%\">%1:</td><td class=\"line\">%2</td></tr>")
                    .arg(esc(line), qt ? QStringLiteral("_______________________________________") : QString());
    html += QLatin1String("</table>\n</body></html>\n");
    return html;
}
