#include "report/MarkdownReport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)
};

// Escapes what Markdown (and the HTML it may contain) would otherwise interpret.
QString md(QString text)
{
    // Only what is markup inside a line: values never start a line here.
    static const QRegularExpression special(QStringLiteral(R"(([\\`*_\[\]|<>&]))"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.replace(special, QStringLiteral("\\\\1"));
}

QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& marked)
{
    QString out = QLatin1String("| ");
    QStringList escaped;
    for (const QString& h : headers)
        escaped.append(md(h));
    out += escaped.join(QLatin1String(" | ")) + QLatin1String(" |\n|");
    for (qsizetype i = 0; i < headers.size(); ++i)
        out += QLatin1String(" --- |");
    out += QLatin1Char('\n');
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (const QString& c : rows.at(r))
            cells.append(marked.contains(int(r)) ? QLatin1String("**") + md(c) + QLatin1String("**") : md(c));
        out += QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    }
    return out;
}
} // namespace

QString MarkdownReport::write(const ReportDocument& doc)
{
    QString out;
    if (doc.sandbox)
        out += QLatin1String("> **") + md(doc.sandboxNotice) + QLatin1String("**\n\n");
    out += QLatin1String("# ") + md(doc.title) + QLatin1String("\n\n**") + md(doc.institution)
        + QLatin1String("**\n\n");
    for (const auto& [label, value] : doc.header)
        out += QLatin1String("- ") + md(label) + QLatin1String(": ") + md(value) + QLatin1Char('\n');
    out += QLatin1Char('\n');

    for (const ReportBlock& b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            out += QLatin1String("## ") + md(b.text) + QLatin1String("\n\n");
            break;
        case ReportBlock::Kind::SectionHeading:
            out += QLatin1String("## ") + md(b.text) + QStringLiteral(" — ") + md(b.note) + QLatin1String("\n\n");
            break;
        case ReportBlock::Kind::Subheading:
            out += QLatin1String("### ") + md(b.text) + QLatin1String("\n\n");
            break;
        case ReportBlock::Kind::Paragraph:
            out += md(b.text) + QLatin1String("\n\n");
            break;
        case ReportBlock::Kind::Fields:
            for (const auto& [label, value] : b.fields)
                out += QLatin1String("- ") + md(label) + QLatin1String(": ") + md(value) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table:
            if (!b.text.isEmpty())
                out += md(b.text) + QLatin1String("\n\n");
            out += b.rows.isEmpty() ? md(Text::tr("(none entered)")) + QLatin1Char('\n')
                                    : table(b.headers, b.rows, b.marked);
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Checklist:
            out += QLatin1String("### ") + md(b.text) + QLatin1String("\n\n");
            for (const ReportBlock::ChecklistItem& item : b.items)
                out += QLatin1String(item.done ? "- [x] " : "- [ ] ") + md(item.text) + QStringLiteral(" — _")
                    + md(item.detail) + QLatin1String("_\n");
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Findings:
            out += QLatin1String("### ") + md(b.text) + QLatin1String("\n\n");
            for (const Finding& f : b.findings)
                out += QLatin1String("- **") + md(Findings::severityName(f.severity)) + QLatin1String(":** ")
                    + md(Findings::messageAndFix(f)) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        }
    }
    out += QLatin1String("## ") + Text::tr("Sign-off") + QLatin1String("\n\n");
    for (const QString& line : doc.signOff)
        out += md(line) + QLatin1String(": ______________________________\n\n");
    return out;
}
