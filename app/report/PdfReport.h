#pragma once

#include "report/ReportDocument.h"

#include <QPageSize>

class QPagedPaintDevice;

// The completion report on paper or as PDF: paginated, with the institution and the title at
// the top of every page and "Page N of M" at the bottom, in black and white, fonts in points.
namespace PdfReport {
// A4, or Letter where the locale measures in inches (the US and Canada).
QPageSize defaultPageSize();
// Lays the report out for the device's page size and draws every page. Returns the page count.
int render(const ReportDocument& doc, QPagedPaintDevice* device);
} // namespace PdfReport
