#pragma once

#include <QString>

class QWidget;
struct ReportDocument;

// The program's door to the print module (libp2pprint, app/print), loaded the first time
// someone prints, so that Qt PrintSupport is not loaded at start-up.
namespace PrintModule {
// Shows the print preview of `document` (modal). False when the module cannot be loaded;
// *error then says why.
bool preview(const ReportDocument& document, const QString& title, QWidget* parent, QString* error);
} // namespace PrintModule
