#include "AlmaModule.h"

#include "RuntimeModule.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
// The summary keeps the context of the commands it describes, where its translations are.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaCommands)
};
struct ModuleText {
    Q_DECLARE_TR_FUNCTIONS(AlmaModule)
};

using RunCommand = int (*)(const QStringList&, QTextStream&, QTextStream&);
using CreateDialog = QDialog* (*)(SetupModel*, QWidget*);
using UseSandbox = void (*)(QDialog*);

// Loads the module next to the program once; its functions stay valid until the program ends.
QFunctionPointer resolve(const char* symbol, QString* error)
{
    static RuntimeModule module(QStringLiteral("p2palma"));
    QFunctionPointer function = module.resolve(symbol);
    if (!function) {
        *error = module.loadFailed()
            ? ModuleText::tr("The Alma module could not be loaded (%1). Reinstall or rebuild the program.")
                  .arg(module.errorString())
            : ModuleText::tr("The Alma module does not match this program (%1).").arg(module.errorString());
    }
    return function;
}

constexpr const char* kCommands[] = { "plan", "push", "verify", "sandbox" };
} // namespace

bool AlmaModule::isCommand(const QString& word)
{
    for (const char* command : kCommands) {
        if (word == QLatin1String(command))
            return true;
    }
    return false;
}

QString AlmaModule::commandSummary()
{
    return Text::tr("  plan FILE               compare FILE with Alma: what a push would create or update,\n"
                    "                          and the manual steps left (writes nothing to Alma)\n"
                    "  push FILE               create or update the temporary locations and the partners\n"
                    "  verify FILE             read back what Alma holds and tick the steps that match\n"
                    "      with --region R (na, eu, ap, aps, ca, cn) or --alma-url URL, the API key in\n"
                    "      ALMA_API_KEY, or --sandbox; results are saved into FILE; exit 0 all done,\n"
                    "      1 some items failed, 2 unreadable input or wrong key or address\n"
                    "  sandbox [--port N]      run the built-in simulated Alma on 127.0.0.1 until stopped\n");
}

int AlmaModule::runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString error;
    const auto run = reinterpret_cast<RunCommand>(resolve("p2p_alma_run_command", &error));
    if (!run) {
        err << error << Qt::endl;
        return 2;
    }
    return run(arguments, out, err);
}

QDialog* AlmaModule::createDialog(SetupModel* model, QWidget* parent, QString* error)
{
    const auto create = reinterpret_cast<CreateDialog>(resolve("p2p_alma_create_dialog", error));
    return create ? create(model, parent) : nullptr;
}

void AlmaModule::useSandbox(QDialog* dialog)
{
    QString error;
    if (const auto use = reinterpret_cast<UseSandbox>(resolve("p2p_alma_use_sandbox", &error)))
        use(dialog);
}
