#include "report/ReportExporter.h"

#include "file/SetupFile.h"
#include "report/HtmlReport.h"
#include "report/MarkdownReport.h"
#include "report/PdfReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
};
} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatOf(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".pdf")))
        return Format::Pdf;
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")))
        return Format::Html;
    if (lower.endsWith(QLatin1String(".md")) || lower.endsWith(QLatin1String(".markdown")))
        return Format::Markdown;
    return std::nullopt;
}

QByteArray ReportExporter::pdf(const ReportDocument& doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(PdfReport::defaultPageSize());
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(doc.institution + QStringLiteral(" — ") + doc.title);
        writer.setCreator(QCoreApplication::applicationName());
        PdfReport::render(doc, &writer);
    }
    return buffer.data();
}

std::optional<SetupFileError> ReportExporter::write(const ReportDocument& doc, const QString& path)
{
    const std::optional<Format> format = formatOf(path);
    if (!format)
        return SetupFileError { path, {},
            Text::tr("the report format is taken from the file name: use .pdf, .html or .md") };
    QByteArray bytes;
    switch (*format) {
    case Format::Pdf:
        bytes = pdf(doc);
        break;
    case Format::Html:
        bytes = HtmlReport::write(doc).toUtf8();
        break;
    case Format::Markdown:
        bytes = MarkdownReport::write(doc).toUtf8();
        break;
    }
    return SetupFile::writeAtomically(path, bytes);
}
