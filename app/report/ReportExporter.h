#pragma once

#include "file/SetupFileError.h"
#include "report/ReportDocument.h"

#include <optional>

// Writes the report to a file in the format its extension names (.pdf, .html or .htm, .md),
// atomically: a failed export leaves any earlier file whole.
namespace ReportExporter {
enum class Format { Pdf, Html, Markdown };
std::optional<Format> formatOf(const QString& path);
// Errors name the file and say why (unknown extension, folder missing, disk full, …).
std::optional<SetupFileError> write(const ReportDocument& doc, const QString& path);
QByteArray pdf(const ReportDocument& doc);
} // namespace ReportExporter
