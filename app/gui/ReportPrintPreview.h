#pragma once

#include <QString>

class QWidget;
struct ReportDocument;

// The completion report in Qt's print preview, on the paper of the user's locale; prints from it.
namespace ReportPrintPreview {
void show(const ReportDocument& document, const QString& title, QWidget* parent);
} // namespace ReportPrintPreview
