#include "gui/ReportPrintPreview.h"

#include "report/PdfReport.h"
#include "report/ReportDocument.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

void ReportPrintPreview::show(const ReportDocument& document, const QString& title, QWidget* parent)
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
