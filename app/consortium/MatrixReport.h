#pragma once

#include "consortium/ReciprocityCheck.h"
#include "consortium/Roster.h"
#include "report/ReportDocument.h"

#include <QByteArray>

// The reciprocity matrix as a report, written like the completion report (ReportExporter: PDF,
// self-contained HTML or Markdown): a summary, the legend, the matrix in blocks of lenders that
// fit a page (each cell a mark, never colour alone), the pairs that need work with every reason,
// and a to-do list per member.
namespace MatrixReport {
inline constexpr int LendersPerBlock = 12;
ReportDocument build(const Roster& roster, const Reciprocity::Result& result,
    const QHash<QString, Reciprocity::MemberPartners>& partners);
// {"members": [...], "pairs": [{borrower, lender, state, reasons}], "todo": {code: [...]}, "counts": {...}}
QByteArray json(const Reciprocity::Result& result);
} // namespace MatrixReport
