#pragma once

#include "report/ReportDocument.h"

// The completion report as Markdown (GitHub flavour): checklist steps as task-list boxes,
// tables as pipe tables. Characters Markdown would read as markup are escaped in user values.
namespace MarkdownReport {
QString write(const ReportDocument& doc);
} // namespace MarkdownReport
