#pragma once

#include "report/ReportDocument.h"

// The completion report as one self-contained HTML file with print styles. Every value that
// came from the user is escaped. The Qt flavour uses only what QTextDocument understands; the
// PDF is drawn from it.
namespace HtmlReport {
enum class Flavor { Browser, QtRichText };
QString write(const ReportDocument& doc, Flavor flavor = Flavor::Browser);
} // namespace HtmlReport
