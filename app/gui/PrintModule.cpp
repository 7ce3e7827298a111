#include "PrintModule.h"

#include "RuntimeModule.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrintModule)
};

using Preview = void (*)(const ReportDocument&, const QString&, QWidget*);
} // namespace

bool PrintModule::preview(const ReportDocument& document, const QString& title, QWidget* parent, QString* error)
{
    static RuntimeModule module(QStringLiteral("p2pprint"));
    const auto show = reinterpret_cast<Preview>(module.resolve("p2p_print_preview"));
    if (!show) {
        *error = module.loadFailed()
            ? Text::tr("The print module could not be loaded (%1). Reinstall or rebuild the program.")
                  .arg(module.errorString())
            : Text::tr("The print module does not match this program (%1).").arg(module.errorString());
        return false;
    }
    show(document, title, parent);
    return true;
}
