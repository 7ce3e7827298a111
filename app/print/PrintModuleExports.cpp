// The print module's entry point, found by name by PrintModule (app/gui) after it loads the module.
#include "PdfReport.h"
#include "ReportDocument.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

extern "C" {

// Shows the print preview of `document`, on the paper of the user's locale, and prints from it.
Q_DECL_EXPORT void p2p_print_preview(const ReportDocument& document, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfReport::defaultPageSize());
    printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&document](QPrinter* target) { PdfReport::render(document, target); });
    preview.resize(900, 700);
    preview.exec();
}
}
